//! From a preview to a pull request: the address of GitHub's own page for adding a talk file
//! to a site's repository, or for editing the one the draft came from.
//!
//! devopsdays and most Hugo conference sites take talk files as pull requests. GitHub's web
//! editor does the rest for a speaker without write access: it forks the repository, commits
//! the file and opens the pull request. Its new-file page takes the file's name and text in its
//! address (`/new/<branch>/<folder>?filename=…&value=…`); its edit page (`/edit/<branch>/<path>`)
//! takes no text, so the draft goes by the clipboard there, as it does for a draft too long for
//! an address. talkcard sends nothing to GitHub itself and holds no token.

use std::fmt::Write as _;

/// The longest address talkcard hands to GitHub: beyond about 8 KB its servers refuse a request
/// line (HTTP 414), and some browsers cut long addresses.
pub const MAX_ADDRESS: usize = 8000;

/// A repository on GitHub and the branch that pull requests go to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repository {
    /// The owner (`devopsdays`).
    pub owner: String,
    /// The repository's name (`devopsdays-web`).
    pub name: String,
    /// The branch (`main`).
    pub branch: String,
}

/// A file in a repository: where a draft came from, or where a new one goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepositoryFile {
    /// The repository and branch.
    pub repository: Repository,
    /// The file's path in it (`content/events/2025-chicago/program/jane-doe.md`).
    pub path: String,
}

impl Repository {
    /// Reads what a speaker types for a repository: `owner/name`, or its GitHub address
    /// (`https://github.com/owner/name`, with `.git` or `/tree/<branch>`); the branch is
    /// `branch` unless the address names one.
    pub fn parse(text: &str, branch: &str) -> Option<Repository> {
        let text = text.trim();
        let address = text
            .strip_prefix("https://")
            .or_else(|| text.strip_prefix("http://"));
        let rest = match address.unwrap_or(text) {
            r if r.starts_with("github.com/") => &r["github.com/".len()..],
            r if r.starts_with("www.github.com/") => &r["www.github.com/".len()..],
            // An address elsewhere is not a GitHub repository.
            _ if address.is_some() => return None,
            r => r,
        };
        let mut parts = rest.trim_matches('/').split('/');
        let owner = parts.next().filter(|s| is_name(s))?;
        let name = parts.next()?.trim_end_matches(".git");
        if !is_name(name) {
            return None;
        }
        let branch = match (parts.next(), parts.next()) {
            (Some("tree"), Some(named)) if !named.is_empty() => named,
            (None, _) => branch.trim(),
            _ => return None,
        };
        (!branch.is_empty()).then(|| Repository {
            owner: owner.to_owned(),
            name: name.to_owned(),
            branch: branch.to_owned(),
        })
    }

    fn base(&self) -> String {
        format!("https://github.com/{}/{}", self.owner, self.name)
    }
}

impl RepositoryFile {
    /// The file behind a GitHub address: `github.com/<owner>/<repo>/blob/<branch>/<path>` or
    /// `raw.githubusercontent.com/<owner>/<repo>/<branch>/<path>` (the branch is taken to be one
    /// segment: `main`, `master`, `gh-pages`).
    pub fn from_url(url: &str) -> Option<RepositoryFile> {
        let url = url.trim();
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))?;
        let rest = rest.split(['?', '#']).next()?;
        let (host, path) = rest.split_once('/')?;
        let segments: Vec<&str> = path.split('/').collect();
        let (owner, name, branch, file) = match (host, segments.as_slice()) {
            ("github.com" | "www.github.com", [owner, name, "blob", branch, file @ ..]) => {
                (*owner, *name, *branch, file)
            }
            ("raw.githubusercontent.com", [owner, name, branch, file @ ..]) => {
                (*owner, *name, *branch, file)
            }
            _ => return None,
        };
        if !is_name(owner) || !is_name(name) || branch.is_empty() || file.is_empty() {
            return None;
        }
        Some(RepositoryFile {
            repository: Repository {
                owner: owner.to_owned(),
                name: name.to_owned(),
                branch: branch.to_owned(),
            },
            path: file
                .iter()
                .map(|s| crate::event::percent_decode(s))
                .collect::<Vec<_>>()
                .join("/"),
        })
    }

    /// A talk file of `event` in a Hugo conference site's layout:
    /// `content/events/<event>/program/<file>`.
    pub fn talk(repository: Repository, event: &str, file: &str) -> RepositoryFile {
        RepositoryFile {
            repository,
            path: format!("content/events/{}/program/{file}", event.trim()),
        }
    }

    /// The speaker file `file` beside this talk file (`…/<event>/speakers/<file>`), when this
    /// one is in a `program` folder.
    pub fn speaker_beside(&self, file: &str) -> Option<RepositoryFile> {
        let (event, _) = self.path.rsplit_once("/program/")?;
        Some(RepositoryFile {
            repository: self.repository.clone(),
            path: format!("{event}/speakers/{file}"),
        })
    }

    /// The folder and the file name.
    fn split(&self) -> (&str, &str) {
        self.path.rsplit_once('/').unwrap_or(("", &self.path))
    }
}

/// What the "Propose on GitHub" button does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Proposal {
    /// Opens GitHub's new-file page with the draft in it.
    Filled {
        /// The page's address.
        url: String,
    },
    /// Copies the draft to the clipboard and opens the page without it: GitHub's edit page
    /// (which takes no text) or a new file too long for an address.
    ByClipboard {
        /// The page's address.
        url: String,
        /// Why the draft goes by the clipboard, for the speaker.
        why: ByClipboard,
    },
}

/// Why a draft goes to GitHub by the clipboard: the editor says it in its language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ByClipboard {
    /// GitHub's editor opens with the file as it is on the site (its edit page takes no text).
    ExistingFile,
    /// The draft is too long to send in an address.
    TooLong,
}

impl Proposal {
    /// GitHub's page for `file`: the edit page when the draft came from that file
    /// (`existing`), else the new-file page, filled with `text` when the address stays short.
    pub fn for_file(file: &RepositoryFile, text: &str, existing: bool) -> Proposal {
        let base = file.repository.base();
        let branch = encode_path(&file.repository.branch);
        if existing {
            return Proposal::ByClipboard {
                url: format!("{base}/edit/{branch}/{}", encode_path(&file.path)),
                why: ByClipboard::ExistingFile,
            };
        }
        let (folder, name) = file.split();
        let empty = format!(
            "{base}/new/{branch}/{}?filename={}",
            encode_path(folder),
            encode_component(name)
        );
        let filled = format!("{empty}&value={}", encode_component(text));
        if filled.len() <= MAX_ADDRESS {
            Proposal::Filled { url: filled }
        } else {
            Proposal::ByClipboard {
                url: empty,
                why: ByClipboard::TooLong,
            }
        }
    }

    /// The address to open.
    pub fn url(&self) -> &str {
        match self {
            Proposal::Filled { url } | Proposal::ByClipboard { url, .. } => url,
        }
    }
}

/// An owner or repository name as GitHub allows them: letters, digits, `-`, `_`, `.`.
fn is_name(s: &str) -> bool {
    !s.is_empty()
        && s != "."
        && s != ".."
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// Percent-encodes `s` for a query value (everything but unreserved characters).
fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3 / 2);
    for byte in s.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            _ => {
                let _ = write!(out, "%{byte:02X}");
            }
        }
    }
    out
}

/// Percent-encodes each segment of a path, keeping its slashes.
fn encode_path(path: &str) -> String {
    path.split('/')
        .map(encode_component)
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn devopsdays() -> Repository {
        Repository::parse("devopsdays/devopsdays-web", "main").unwrap()
    }

    #[test]
    fn a_repository_is_read_as_a_speaker_types_it() {
        assert_eq!(devopsdays().owner, "devopsdays");
        for typed in [
            "https://github.com/devopsdays/devopsdays-web",
            "https://github.com/devopsdays/devopsdays-web.git",
            " github.com/devopsdays/devopsdays-web/ ",
        ] {
            assert_eq!(
                Repository::parse(typed, "main").as_ref(),
                Some(&devopsdays()),
                "{typed}"
            );
        }
        let tree = Repository::parse("https://github.com/acme/site/tree/gh-pages", "main").unwrap();
        assert_eq!(tree.branch, "gh-pages");
        for bad in [
            "",
            "devopsdays",
            "https://gitlab.com/a/b",
            "a/b/c",
            "a b/c",
            "../x",
        ] {
            assert_eq!(Repository::parse(bad, "main"), None, "{bad}");
        }
    }

    #[test]
    fn a_github_address_names_its_file() {
        let blob = RepositoryFile::from_url(
            "https://github.com/devopsdays/devopsdays-web/blob/main/content/events/2018-amsterdam/program/matt-stratton.md",
        )
        .unwrap();
        assert_eq!(blob.repository, devopsdays());
        assert_eq!(
            blob.path,
            "content/events/2018-amsterdam/program/matt-stratton.md"
        );
        let raw = RepositoryFile::from_url(
            "https://raw.githubusercontent.com/devopsdays/devopsdays-web/main/content/events/2018-amsterdam/program/matt-stratton.md",
        )
        .unwrap();
        assert_eq!(raw, blob);
        assert_eq!(
            RepositoryFile::from_url("https://example.org/events/x/program/y.md"),
            None
        );
        assert_eq!(
            blob.speaker_beside("matt-stratton.md").unwrap().path,
            "content/events/2018-amsterdam/speakers/matt-stratton.md"
        );
    }

    #[test]
    fn a_new_talk_opens_githubs_new_file_page_filled_with_the_draft() {
        let file = RepositoryFile::talk(devopsdays(), "2025-chicago", "jane-doe.md");
        let proposal = Proposal::for_file(&file, "+++\nTitle = \"Hi & bye\"\n+++\n", false);
        assert_eq!(
            proposal,
            Proposal::Filled {
                url: "https://github.com/devopsdays/devopsdays-web/new/main/content/events/2025-chicago/program?filename=jane-doe.md&value=%2B%2B%2B%0ATitle%20%3D%20%22Hi%20%26%20bye%22%0A%2B%2B%2B%0A".to_owned()
            }
        );
    }

    #[test]
    fn an_existing_file_or_a_long_draft_goes_by_the_clipboard() {
        let file = RepositoryFile::talk(devopsdays(), "2018-amsterdam", "matt-stratton.md");
        let edit = Proposal::for_file(&file, "text", true);
        assert_eq!(
            edit.url(),
            "https://github.com/devopsdays/devopsdays-web/edit/main/content/events/2018-amsterdam/program/matt-stratton.md"
        );
        assert!(matches!(edit, Proposal::ByClipboard { .. }));
        let long = "x".repeat(MAX_ADDRESS);
        let new = Proposal::for_file(&file, &long, false);
        assert_eq!(
            new,
            Proposal::ByClipboard {
                url: "https://github.com/devopsdays/devopsdays-web/new/main/content/events/2018-amsterdam/program?filename=matt-stratton.md".to_owned(),
                why: ByClipboard::TooLong,
            }
        );
    }
}
