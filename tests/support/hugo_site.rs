//! The corpus as the Hugo site it came from, for the export's tests (native and end-to-end):
//! talks in `content/events/<event>/program`, speakers beside them in `…/speakers`, the data
//! files and the new-events tree as they are.

use std::fs;
use std::path::{Path, PathBuf};

/// The corpus the tests use.
pub const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/devopsdays");

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Lays the corpus out as a Hugo site in `dir/site`, and returns that folder.
pub fn corpus_site(dir: &Path) -> PathBuf {
    let site = dir.join("site");
    let fixtures = Path::new(FIXTURES);
    for event in fs::read_dir(fixtures.join("talks")).unwrap() {
        let event = event.unwrap();
        let folder = site.join("content/events").join(event.file_name());
        copy_dir(&event.path(), &folder.join("program"));
        let speakers = fixtures.join("speakers").join(event.file_name());
        if speakers.is_dir() {
            copy_dir(&speakers, &folder.join("speakers"));
        }
    }
    copy_dir(&fixtures.join("data"), &site.join("data"));
    copy_dir(&fixtures.join("content"), &site.join("content"));
    site
}
