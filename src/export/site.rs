//! The Hugo site's tree, read as the browser's readers read a site over HTTP.
//!
//! The card's components know a talk by its URL: speakers are `../speakers/<slug>.md` beside
//! it, the event's data is under `data/events/` (see [`crate::event::site`]). The export gives
//! every file of the site an address under [`SITE_ROOT`], so those same rules find the same
//! files on disk, and turns the addresses the card writes back into relative links.

use std::fs;
use std::path::{Path, PathBuf};

use super::ExportError;

/// The address the site's files have while the export renders them: a reserved name
/// (`.invalid`, RFC 2606) that can never be fetched. Nothing with it reaches a page: the
/// export makes every such link relative.
pub const SITE_ROOT: &str = "https://talkcard.invalid";

/// One event of the site: the folder of its talk files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventFolder {
    /// `2019-chicago`: the event's name in the site's addresses.
    pub name: String,
    /// Its talk files' folder, relative to the site's root
    /// (`content/events/2019-chicago/program`, or `content/new-events/2019/berlin/program`).
    pub program: String,
}

impl EventFolder {
    /// The address of its talk file `file` (`jane-doe.md`).
    pub fn talk_url(&self, file: &str) -> String {
        format!("{SITE_ROOT}/{}/{file}", self.program)
    }
}

/// A Hugo site's root folder.
#[derive(Debug, Clone)]
pub struct SiteTree {
    root: PathBuf,
}

impl SiteTree {
    /// The site at `root`, which must hold `content/events` or `content/new-events`.
    pub fn open(root: &Path) -> Result<SiteTree, ExportError> {
        let content = root.join("content");
        if !content.join("events").is_dir() && !content.join("new-events").is_dir() {
            return Err(ExportError::NotASite(root.to_owned()));
        }
        Ok(SiteTree {
            root: root.to_owned(),
        })
    }

    /// Every event with a `program` folder, in name order: `content/events/<event>/program`
    /// and the "new-events" tree's `content/new-events/<year>/<city>/program`.
    pub fn events(&self) -> Result<Vec<EventFolder>, ExportError> {
        let mut events = Vec::new();
        let classic = self.root.join("content/events");
        for name in folder_names(&classic)? {
            if classic.join(&name).join("program").is_dir() {
                events.push(EventFolder {
                    program: format!("content/events/{name}/program"),
                    name,
                });
            }
        }
        let new = self.root.join("content/new-events");
        for year in folder_names(&new)? {
            for city in folder_names(&new.join(&year))? {
                if new.join(&year).join(&city).join("program").is_dir() {
                    events.push(EventFolder {
                        name: format!("{year}-{city}"),
                        program: format!("content/new-events/{year}/{city}/program"),
                    });
                }
            }
        }
        events.sort_by(|a, b| a.name.cmp(&b.name));
        events.dedup_by(|a, b| a.name == b.name);
        Ok(events)
    }

    /// The talk files of `event`, by file name (`_index.md` and other non-talk files left out).
    pub fn talk_files(&self, event: &EventFolder) -> Result<Vec<String>, ExportError> {
        let folder = self.root.join(&event.program);
        let mut files: Vec<String> = list(&folder)?
            .into_iter()
            .filter(|(name, is_folder)| {
                !is_folder && name.ends_with(".md") && !name.starts_with('_')
            })
            .map(|(name, _)| name)
            .collect();
        files.sort();
        Ok(files)
    }

    /// The site's file at `url` (an address under [`SITE_ROOT`]), as the browser would fetch
    /// it: `None` when there is none (or the address leaves the site).
    pub fn fetch(&self, url: &str) -> Option<(String, std::io::Result<Vec<u8>>)> {
        let path = site_path(url)?;
        let file = self.root.join(&path);
        // Read straight away (no `stat` first: most files asked for are there). A link to
        // nowhere is a file that cannot be read, said as such; no file, or a folder, is nothing.
        match fs::read(&file) {
            Ok(bytes) => Some((path, Ok(bytes))),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                file.is_symlink().then_some((path, Err(err)))
            }
            Err(_) if file.is_dir() => None,
            Err(err) => Some((path, Err(err))),
        }
    }

    /// Where the site's file `path` (relative to the site's root, as [`SiteTree::fetch`]
    /// names it) is on disk.
    pub fn path_of(&self, path: &str) -> PathBuf {
        self.root.join(path)
    }

    /// The file on disk for `path` (relative to the site's root), looking in Hugo's `static/`
    /// folder too, where sites keep pictures that are served from the root.
    pub fn file(&self, path: &str) -> Option<PathBuf> {
        if !safe(path) {
            return None;
        }
        [self.root.join(path), self.root.join("static").join(path)]
            .into_iter()
            .find(|f| f.is_file())
    }
}

/// `content/events/x/program/y.md` for `https://talkcard.invalid/content/events/x/program/y.md`,
/// percent-decoded; `None` for an address elsewhere or one that climbs out of the site.
pub fn site_path(url: &str) -> Option<String> {
    let rest = url.strip_prefix(SITE_ROOT)?.strip_prefix('/')?;
    let rest = rest.split(['?', '#']).next().unwrap_or(rest);
    let path = crate::event::percent_decode(rest);
    safe(&path).then_some(path)
}

/// A relative path that stays inside the site: no `..`, no absolute path, no backslash.
fn safe(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && !path.contains('\\')
        && path
            .split('/')
            .all(|s| !s.is_empty() && s != "." && s != "..")
}

fn list(folder: &Path) -> Result<Vec<(String, bool)>, ExportError> {
    let entries = match fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(err) => return Err(ExportError::io(folder)(err)),
    };
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(ExportError::io(folder))?;
        let Ok(name) = entry.file_name().into_string() else {
            continue;
        };
        names.push((name, entry.path().is_dir()));
    }
    Ok(names)
}

fn folder_names(folder: &Path) -> Result<Vec<String>, ExportError> {
    let mut names: Vec<String> = list(folder)?
        .into_iter()
        .filter(|(name, is_folder)| *is_folder && !name.starts_with('.'))
        .map(|(name, _)| name)
        .collect();
    names.sort();
    Ok(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_map_to_the_site_and_never_out_of_it() {
        assert_eq!(
            site_path("https://talkcard.invalid/content/events/2019-chicago/program/a%20b.md"),
            Some("content/events/2019-chicago/program/a b.md".to_owned())
        );
        assert_eq!(
            site_path("https://talkcard.invalid/content/../../etc/passwd"),
            None
        );
        assert_eq!(site_path("https://talkcard.invalid/%2e%2e/x"), None);
        assert_eq!(site_path("https://example.org/content/x.md"), None);
    }
}
