//! The folder the export writes: built beside `DIR` under a temporary name and swapped in
//! only when complete, so a failed or interrupted export never leaves a half-written site
//! (the previous one stays until the new one is whole).

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::ExportError;

/// The folder being written.
///
/// It remembers the folders it made and the files it placed: on a large site, asking the
/// file system again (a `mkdir` that fails because the folder exists, a `stat` before each
/// link) was a third of the export's system calls. It forgets them every [`REMEMBERED`]
/// entries, so that memory does not grow with the site: what is asked again is mostly the
/// event being written, and a file placed twice is a link that already exists, harmless.
#[derive(Debug)]
pub struct Output {
    staging: PathBuf,
    target: PathBuf,
    done: bool,
    /// Folders inside `staging` known to exist.
    folders: Mutex<HashSet<PathBuf>>,
    /// Paths (as given to [`Output::write`] and [`Output::copy`]) placed so far.
    placed: Mutex<HashSet<String>>,
}

/// How many folders (and files) the output remembers before it starts again.
const REMEMBERED: usize = 4096;

impl Output {
    /// Starts writing what will become `target`.
    pub fn create(target: &Path) -> Result<Output, ExportError> {
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "site".to_owned());
        let parent = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
            _ => PathBuf::from("."),
        };
        fs::create_dir_all(&parent).map_err(ExportError::io(&parent))?;
        let staging = parent.join(format!(".{name}.talkcard-{}", std::process::id()));
        if staging.exists() {
            fs::remove_dir_all(&staging).map_err(ExportError::io(&staging))?;
        }
        fs::create_dir(&staging).map_err(ExportError::io(&staging))?;
        Ok(Output {
            staging,
            target: target.to_owned(),
            done: false,
            folders: Mutex::default(),
            placed: Mutex::default(),
        })
    }

    /// Writes `bytes` at `path` (relative, `/`-separated) inside the folder.
    pub fn write(&self, path: &str, bytes: &[u8]) -> Result<(), ExportError> {
        let file = self.staging.join(path);
        self.make_folder_of(&file)?;
        fs::write(&file, bytes).map_err(ExportError::io(&file))?;
        self.remember_placed(path);
        Ok(())
    }

    /// Puts the site's file `from` at `path` inside the folder, unless already there: a hard
    /// link where the file system allows (the same bytes, without a new file to allocate: on
    /// a large site, creating files is most of an export's time), else a copy.
    pub fn copy(&self, from: &Path, path: &str) -> Result<(), ExportError> {
        if self.has(path) {
            return Ok(());
        }
        let file = self.staging.join(path);
        self.make_folder_of(&file)?;
        match fs::hard_link(from, &file) {
            Ok(()) => {}
            // Another event's worker placed it first (or the app has a file there).
            Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(_) => {
                fs::copy(from, &file).map_err(ExportError::io(from))?;
            }
        }
        self.remember_placed(path);
        Ok(())
    }

    fn remember_placed(&self, path: &str) {
        let mut placed = self.placed();
        if placed.len() >= REMEMBERED {
            placed.clear();
        }
        placed.insert(path.to_owned());
    }

    /// True when `path` was written or copied already (as far as the output remembers).
    pub fn has(&self, path: &str) -> bool {
        self.placed().contains(path)
    }

    fn placed(&self) -> std::sync::MutexGuard<'_, HashSet<String>> {
        // A worker that panicked holding it left a set still true: go on with it.
        self.placed.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Makes the folder `file` goes in, unless this export made it already.
    fn make_folder_of(&self, file: &Path) -> Result<(), ExportError> {
        let Some(folder) = file.parent() else {
            return Ok(());
        };
        let mut folders = self.folders.lock().unwrap_or_else(|e| e.into_inner());
        if folders.contains(folder) {
            return Ok(());
        }
        drop(folders);
        fs::create_dir_all(folder).map_err(ExportError::io(folder))?;
        folders = self.folders.lock().unwrap_or_else(|e| e.into_inner());
        if folders.len() >= REMEMBERED {
            folders.clear();
        }
        for made in folder.ancestors().take_while(|f| *f != self.staging) {
            if !folders.insert(made.to_owned()) {
                break;
            }
        }
        Ok(())
    }

    /// Copies the built app (every file of `dist`) to the folder's root.
    pub fn copy_app(&self, dist: &Path) -> Result<(), ExportError> {
        copy_tree(dist, &self.staging)
    }

    /// Puts the finished folder in place of the target (the old one, if any, is removed
    /// after the swap).
    pub fn finish(mut self) -> Result<(), ExportError> {
        let old = self.staging.with_extension("old");
        let had_target = self.target.exists();
        if had_target {
            fs::rename(&self.target, &old).map_err(ExportError::io(&self.target))?;
        }
        if let Err(err) = fs::rename(&self.staging, &self.target) {
            if had_target {
                let _ = fs::rename(&old, &self.target);
            }
            return Err(ExportError::io(&self.target)(err));
        }
        self.done = true;
        if had_target {
            fs::remove_dir_all(&old).map_err(ExportError::io(&old))?;
        }
        Ok(())
    }
}

/// An export that did not finish leaves nothing behind.
impl Drop for Output {
    fn drop(&mut self) {
        if !self.done {
            let _ = fs::remove_dir_all(&self.staging);
        }
    }
}

fn copy_tree(from: &Path, to: &Path) -> Result<(), ExportError> {
    fs::create_dir_all(to).map_err(ExportError::io(to))?;
    for entry in fs::read_dir(from).map_err(ExportError::io(from))? {
        let entry = entry.map_err(ExportError::io(from))?;
        let (source, target) = (entry.path(), to.join(entry.file_name()));
        if source.is_dir() {
            copy_tree(&source, &target)?;
        } else {
            fs::copy(&source, &target).map_err(ExportError::io(&source))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("talkcard-output-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn an_output_that_forgot_what_it_made_still_writes_and_places_everything() {
        let dir = scratch("forget");
        let source = dir.join("talk.md");
        fs::write(&source, "+++\n+++\n").unwrap();
        let out = Output::create(&dir.join("site")).unwrap();
        let files = REMEMBERED + 10;
        for i in 0..files {
            out.write(
                &format!("events/e{}/program/t{i}/index.html", i % 7),
                b"page",
            )
            .unwrap();
            // The same file placed again, after the output forgot it: a link that exists.
            out.copy(&source, &format!("content/e{}/talk.md", i % 3))
                .unwrap();
        }
        out.finish().unwrap();
        let site = dir.join("site");
        assert_eq!(
            fs::read_to_string(site.join(format!("events/e3/program/t{}/index.html", files - 1)))
                .unwrap(),
            "page"
        );
        assert_eq!(
            fs::read_to_string(site.join("content/e2/talk.md")).unwrap(),
            "+++\n+++\n"
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_target_changes_only_when_the_export_is_complete() {
        let dir = scratch("swap");
        let target = dir.join("site");
        fs::create_dir(&target).unwrap();
        fs::write(target.join("old.html"), "old").unwrap();
        {
            let out = Output::create(&target).unwrap();
            out.write("events/index.html", b"new").unwrap();
            // Dropped without finish: an export that failed half-way.
        }
        assert!(target.join("old.html").exists());
        assert_eq!(
            fs::read_dir(&dir).unwrap().count(),
            1,
            "no staging folder left"
        );
        let out = Output::create(&target).unwrap();
        out.write("events/index.html", b"new").unwrap();
        out.finish().unwrap();
        assert!(!target.join("old.html").exists());
        assert_eq!(
            fs::read_to_string(target.join("events/index.html")).unwrap(),
            "new"
        );
        assert_eq!(fs::read_dir(&dir).unwrap().count(), 1);
        fs::remove_dir_all(&dir).unwrap();
    }
}
