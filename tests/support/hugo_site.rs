//! The corpus as the Hugo site it came from, for the export's tests (native and end-to-end):
//! talks in `content/events/<event>/program` (or the new-events tree's
//! `content/new-events/<year>/<city>/program`), speakers beside them in `…/speakers`, the data
//! files as they are.

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

/// Adds the project's own event `name` (`tests/fixtures/site/`: its talk files and data) to the
/// site at `site`.
#[allow(
    dead_code,
    reason = "only the end-to-end tests export it with the corpus"
)]
pub fn add_own_event(site: &Path, name: &str) {
    let own = Path::new(FIXTURES).join("../site");
    copy_dir(
        &own.join("content/events").join(name),
        &site.join("content/events").join(name),
    );
    let (year, city) = name.split_once('-').unwrap();
    copy_dir(
        &own.join("data/events").join(year).join(city),
        &site.join("data/events").join(year).join(city),
    );
}

/// Lays the corpus out as a Hugo site in `dir/site`, and returns that folder.
pub fn corpus_site(dir: &Path) -> PathBuf {
    let site = dir.join("site");
    let fixtures = Path::new(FIXTURES);
    for event in fs::read_dir(fixtures.join("talks")).unwrap() {
        let event = event.unwrap();
        let name = event.file_name().into_string().unwrap();
        // The experimental tree keeps an event in `content/new-events/<year>/<city>/`.
        let folder = match name
            .strip_prefix("new-events_")
            .and_then(|e| e.split_once('-'))
        {
            Some((year, city)) => site.join("content/new-events").join(year).join(city),
            None => site.join("content/events").join(&name),
        };
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

/// The project's own small site (`tests/fixtures/site/`: events written for the tests, such as
/// 2031 Tidewater's schedule of titled custom slots), laid out in `dir/own-site`.
#[allow(dead_code, reason = "the end-to-end tests serve these files directly")]
pub fn own_site(dir: &Path) -> PathBuf {
    let site = dir.join("own-site");
    copy_dir(&Path::new(FIXTURES).join("../site"), &site);
    site
}
