//! Every real data file of the corpus's events (`tests/fixtures/devopsdays/data/`, described in
//! its `DATA.md`), read by the core as the card and the timetable will read them.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use talkcard::event::{DataFile, DataFiles, EventData, SlotKind};
use talkcard::schedule::{Offset, Time};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/devopsdays")
}

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            yaml_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "yml") {
            out.push(path);
        }
    }
}

fn read(site_path: &str) -> Option<DataFile> {
    let bytes = std::fs::read(corpus().join(site_path)).ok()?;
    Some(DataFile::read(
        site_path,
        std::str::from_utf8(&bytes).unwrap(),
    ))
}

/// The event data a talk at `content/events/<event>/program/<slug>.md` finds, as the browser will
/// (`new-events_<year>-<city>`: the experimental tree's `content/new-events/<year>/<city>/`).
fn event_data(event: &str, slug: &str) -> (DataFiles, EventData) {
    let talk = match event.strip_prefix("new-events_") {
        Some(year_city) => {
            let (year, city) = year_city.split_once('-').unwrap();
            format!("/content/new-events/{year}/{city}/program/{slug}.md")
        }
        None => format!("/content/events/{event}/program/{slug}.md"),
    };
    let files = DataFiles::of_talk(&talk).unwrap();
    let found: Vec<DataFile> = files
        .urls()
        .iter()
        .filter_map(|url| read(url.trim_start_matches('/')))
        .collect();
    (files, EventData::from_files(&found))
}

#[test]
fn every_data_file_reads_and_only_the_merge_conflict_is_broken() {
    let mut paths = Vec::new();
    yaml_files(&corpus().join("data"), &mut paths);
    assert_eq!(paths.len(), 105);
    let mut broken = Vec::new();
    for path in &paths {
        let site_path = path.strip_prefix(corpus()).unwrap().to_str().unwrap();
        let file = read(site_path).unwrap();
        for warning in file.located_warnings() {
            assert!(warning.diagnostic.line.is_some(), "{warning}");
            if warning.diagnostic.is_error() {
                broken.push(warning.to_string());
            }
        }
    }
    assert_eq!(broken.len(), 1, "{broken:#?}");
    assert!(
        broken[0].starts_with("data/events/2019-chicago.yml, line "),
        "{}",
        broken[0]
    );
}

#[test]
fn schedules_are_found_for_the_events_that_have_one() {
    let mut events: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for entry in std::fs::read_dir(corpus().join("talks")).unwrap() {
        let event = entry.unwrap().file_name().into_string().unwrap();
        for talk in std::fs::read_dir(corpus().join("talks").join(&event)).unwrap() {
            let name = talk.unwrap().file_name().into_string().unwrap();
            if let Some(slug) = name.strip_suffix(".md") {
                events
                    .entry(event.clone())
                    .or_default()
                    .push(slug.to_owned());
            }
        }
    }
    assert_eq!(events.len(), 55);
    let (mut with_schedule, mut talks, mut scheduled) = (0, 0, 0);
    for (event, slugs) in &events {
        let (_, data) = event_data(event, &slugs[0]);
        assert!(data.facts.is_some(), "{event}: no event facts");
        let Some(timetable) = &data.timetable else {
            continue;
        };
        with_schedule += 1;
        for slug in slugs {
            talks += 1;
            if timetable.slot_of(slug).is_some() || timetable.ignite_of(slug).is_some() {
                scheduled += 1;
            }
        }
    }
    // DATA.md: 37 events have a YAML schedule with talk slots, and 134 of their talk files are
    // named by a slot or ignite of some schedule file of the event. talkcard reads one schedule
    // per event (the newest layout's) and finds all 134; the other 16 are the near misses
    // DATA.md lists (`anjuran-simons` for `anjuan-simmons`…) and talks the copied schedule lacks.
    // The new-events tree's Berlin 2019 adds its TOML schedule and both its talk files, and
    // 2024 Rio de Janeiro's program of one custom slot ("Credenciamento", registration) is a
    // schedule too: the site shows it (its two talk files are not in it, by slug or by title).
    assert_eq!(with_schedule, 39);
    assert_eq!((scheduled, talks), (136, 154));
}

#[test]
fn a_talk_without_a_date_gets_its_slot_and_the_event_its_offset() {
    // talks/2019-chicago/jeff-smith.md has an empty Talk_date; 2019/chicago/main.yml schedules it.
    let (files, data) = event_data("2019-chicago", "jeff-smith");
    assert_eq!(files.slug, "jeff-smith");
    let facts = data.facts.as_ref().unwrap();
    assert_eq!(facts.city.as_deref(), Some("Chicago"));
    assert_eq!(facts.offset(), Some(Offset { minutes: -300 }));
    assert_eq!(
        data.facts_from.as_deref(),
        Some("data/events/2019/chicago/main.yml")
    );
    let slot = data
        .timetable
        .as_ref()
        .unwrap()
        .slot_of("jeff-smith")
        .unwrap();
    assert_eq!(slot.kind, SlotKind::Talk);
    assert_eq!(slot.date.unwrap().to_string(), "2019-08-27");
    assert_eq!(
        slot.start,
        Some(Time {
            hour: 9,
            minute: 15
        })
    );
}

#[test]
fn the_newer_layout_wins_and_a_broken_flat_file_is_only_a_warning() {
    // 2019-chicago.yml has merge-conflict markers; main.yml is fine.
    let (_, data) = event_data("2019-chicago", "jeff-smith");
    assert_eq!(
        data.timetable_from.as_deref(),
        Some("data/events/2019/chicago/main.yml")
    );
    assert!(
        data.warnings
            .iter()
            .any(|w| w.path == "data/events/2019-chicago.yml" && w.diagnostic.is_error())
    );
    // 2023-chicago: program.yml beside main.yml holds the schedule.
    let (_, data) = event_data("2023-chicago", "x");
    assert_eq!(
        data.timetable_from.as_deref(),
        Some("data/events/2023/chicago/program.yml")
    );
    // 2017-zurich has only the flat file.
    let (_, data) = event_data("2017-zurich", "x");
    assert_eq!(
        data.facts_from.as_deref(),
        Some("data/events/2017-zurich.yml")
    );
}

#[test]
fn times_that_are_not_times_are_located_warnings() {
    let file = read("data/events/2023/prague/main.yml").unwrap();
    let odd: Vec<String> = file
        .warnings
        .iter()
        .filter(|w| w.message().contains("is not a time"))
        .map(ToString::to_string)
        .collect();
    assert!(!odd.is_empty(), "{:?}", file.warnings);
    assert!(odd.iter().all(|w| w.starts_with("line ")), "{odd:?}");
}

#[test]
fn the_new_events_tree_reads_its_front_matter_files() {
    for file in [
        "content/new-events/2019/berlin/_index.md",
        "content/new-events/2019/berlin/program.md",
    ] {
        let read = read(file).unwrap();
        let errors: Vec<String> = read
            .located_warnings()
            .filter(|w| w.diagnostic.is_error())
            .map(|w| w.to_string())
            .collect();
        assert!(errors.is_empty(), "{errors:?}");
    }
    let (_, data) = event_data("new-events_2019-berlin", "murali-suriar");
    let facts = data.facts.as_ref().unwrap();
    assert_eq!(facts.city.as_deref(), Some("Berlin"));
    assert_eq!(facts.venue.as_deref(), Some("Kalkscheune Berlin"));
    // The event's offset is its startdate's (+01:00); program.md's -06:00 is not used.
    assert_eq!(facts.offset(), Some(Offset { minutes: 60 }));
    let timetable = data.timetable.as_ref().unwrap();
    let slot = timetable.slot_of("murali-suriar").unwrap();
    assert_eq!(slot.date.unwrap().to_string(), "2019-11-27");
    assert_eq!(
        (slot.start, slot.end),
        (Time::parse("09:10"), Time::parse("09:40"))
    );
    assert_eq!(slot.line, 8);
    let ignite = timetable.ignite_of("daniel-maher-ignite").unwrap();
    assert_eq!(ignite.date.unwrap().to_string(), "2019-11-27");
    assert_eq!(timetable.days().len(), 2);
}

#[test]
fn an_event_with_no_data_file_is_calm() {
    let (_, data) = event_data("2031-nowhere", "x");
    assert!(data.is_empty());
    assert!(data.warnings.is_empty());
}
