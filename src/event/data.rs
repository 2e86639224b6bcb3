//! The site's data files for one event, read and put together.
//!
//! devopsdays keeps an event's facts and schedule in `data/events/<year>/<city>/main.yml`
//! (newer sites; the schedule may be in `program.yml` beside it) or in the flat
//! `data/events/<year>-<city>.yml` (older ones). Many events have both, written at different
//! points of the event's history; the newer layout wins, file by file: the schedule from
//! `program.yml`, else `main.yml`, else the flat file; the facts from `main.yml`, else the flat
//! file. A broken file is a located warning and the next one is used.

use std::fmt;

use super::facts::EventFacts;
use super::timetable::Timetable;
use crate::diagnostic::Diagnostic;
use crate::front_matter::{self, Value};
use crate::language::words::notes;
use crate::schedule::Moment;
use crate::yaml::{self, Repeats};

/// One data file, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataFile {
    /// Where it is, in the site (`data/events/2019/chicago/main.yml`) or as fetched.
    pub path: String,
    /// What it says of the event.
    pub facts: Option<EventFacts>,
    /// Its schedule.
    pub timetable: Option<Timetable>,
    /// What was wrong in it, located on its lines.
    pub warnings: Vec<Diagnostic>,
}

/// The top-level keys talkcard reads from a data file. The rest (team members' bios,
/// sponsors, navigation) is never parsed: real files break YAML there (quoted bios whose lines
/// are less indented than YAML allows, in 20 of the corpus's 105 files), and a card needs none
/// of it.
const KEYS: [&str; 9] = [
    "name",
    "city",
    "location",
    "location_address",
    "startdate",
    "enddate",
    "cancel",
    "program",
    "ignites",
];

impl DataFile {
    /// Reads the YAML `text` of the data file at `path`. Never fails: each top-level field
    /// talkcard uses is read on its own, and one that is not YAML (merge-conflict markers, bad
    /// indentation) is a located warning while the others are still read.
    pub fn read(path: &str, text: &str) -> DataFile {
        if path.ends_with(".md") {
            return DataFile::read_front_matter(path, text);
        }
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut warnings = Vec::new();
        let mut entries = Vec::new();
        for (key, first_line, section) in sections(text) {
            if !KEYS.contains(&key) {
                continue;
            }
            // Blank lines before the section keep its lines the file's.
            let padded = format!("{}{section}", "\n".repeat(first_line - 1));
            match yaml::read(&padded, Repeats::LaterWins) {
                Ok(document) => {
                    for (key, line) in &document.repeated {
                        warnings.push(written_twice(key, *line));
                    }
                    if let Some(yaml::Node {
                        kind: yaml::Kind::Mapping(fields),
                        ..
                    }) = document.root
                    {
                        entries.extend(fields);
                    }
                }
                Err(err) => warnings.push(broken(key, first_line, section, &err)),
            }
        }
        let mut root_entries: Vec<(String, yaml::Node)> = Vec::new();
        for (key, node) in entries {
            match root_entries.iter().position(|(k, _)| *k == key) {
                Some(at) => {
                    warnings.push(written_twice(&key, node.line));
                    root_entries[at] = (key, node);
                }
                None => root_entries.push((key, node)),
            }
        }
        let root = yaml::Node {
            line: 1,
            kind: yaml::Kind::Mapping(root_entries),
        };
        DataFile {
            path: path.to_owned(),
            facts: EventFacts::from_document(&root, &mut warnings),
            timetable: Timetable::from_document(&root, &mut warnings),
            warnings,
        }
    }

    /// The "new-events" tree's `_index.md` (the event's facts) and `program.md` (its schedule
    /// as `program_elements`, each with full date-times, and `ignites`), read from their TOML
    /// front matter into the same fields as a YAML data file. A slot's day and wall-clock times
    /// come from its date-times; their offsets are not used (`program.md` has -06:00 for Berlin,
    /// `_index.md` +01:00): the event's offset is its `startdate`'s, as for every event.
    fn read_front_matter(path: &str, text: &str) -> DataFile {
        let fm = front_matter::parse(text);
        let mut warnings = fm.warnings.clone();
        if let Some(error) = &fm.error {
            warnings.push(error.to_diagnostic());
        }
        let lines: Vec<&str> = text.lines().collect();
        let mut entries = Vec::new();
        for field in fm.fields.iter() {
            let line = field.line.unwrap_or(1);
            let key = crate::case::lower(&field.key);
            if key == "program_elements" {
                entries.push(("program".to_owned(), program_of(&field.value, line, &lines)));
            } else if KEYS.contains(&key.as_str()) {
                entries.push((key, node_of(&field.value, line)));
            }
        }
        let root = yaml::Node {
            line: 1,
            kind: yaml::Kind::Mapping(entries),
        };
        DataFile {
            path: path.to_owned(),
            facts: EventFacts::from_document(&root, &mut warnings),
            timetable: Timetable::from_document(&root, &mut warnings),
            warnings,
        }
    }

    /// Each warning with the file it is in.
    pub fn located_warnings(&self) -> impl Iterator<Item = DataWarning> + '_ {
        self.warnings.iter().map(|diagnostic| DataWarning {
            path: self.path.clone(),
            diagnostic: diagnostic.clone(),
        })
    }
}

/// A warning about a data file, with the file's path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataWarning {
    /// The data file.
    pub path: String,
    /// What is wrong, and where.
    pub diagnostic: Diagnostic,
}

/// `data/events/2019-chicago.yml, line 12: not valid YAML: …`
impl DataWarning {
    /// `data/events/2019/chicago/main.yml, line 12: …`, its note in `language`.
    pub fn located(&self, language: crate::language::Language) -> String {
        format!("{}, {}", self.path, self.diagnostic.located(language))
    }
}

impl fmt::Display for DataWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.located(crate::language::Language::English))
    }
}

/// What the site's data says of one event, from the files that were found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventData {
    /// The event's facts, from the first file that has them.
    pub facts: Option<EventFacts>,
    /// The schedule, from the first file whose schedule names a talk by its slug, else the
    /// first with any slot.
    pub timetable: Option<Timetable>,
    /// Where the facts came from.
    pub facts_from: Option<String>,
    /// Where the schedule came from.
    pub timetable_from: Option<String>,
    /// Every file's warnings.
    pub warnings: Vec<DataWarning>,
}

impl EventData {
    /// Puts the files together, `files` in order of preference (see [`super::site::DataFiles`]:
    /// `program.yml`, `main.yml`, the flat file).
    pub fn from_files(files: &[DataFile]) -> EventData {
        let mut data = EventData::default();
        for file in files {
            data.warnings.extend(file.located_warnings());
            if data.facts.is_none()
                && let Some(facts) = &file.facts
            {
                data.facts = Some(facts.clone());
                data.facts_from = Some(file.path.clone());
            }
            if data.timetable.is_none()
                && let Some(timetable) = file.timetable.as_ref().filter(|t| t.has_talks())
            {
                data.timetable = Some(timetable.clone());
                data.timetable_from = Some(file.path.clone());
            }
        }
        // A schedule of labels only is a schedule too (sites that write talks as custom slots
        // carrying their titles), taken when no file's schedule names a talk by its slug.
        if data.timetable.is_none()
            && let Some(file) = files
                .iter()
                .find(|f| f.timetable.as_ref().is_some_and(|t| !t.slots.is_empty()))
        {
            data.timetable = file.timetable.clone();
            data.timetable_from = Some(file.path.clone());
        }
        data
    }

    /// True when no file said anything of the event.
    pub fn is_empty(&self) -> bool {
        self.facts.is_none() && self.timetable.is_none()
    }
}

/// A key written twice in one mapping (inside a field, or a top-level field repeated).
fn written_twice(key: &str, line: usize) -> Diagnostic {
    Diagnostic::warning(Some(line), notes::written_twice(key))
}

/// The file's top-level fields: each `key:` line at column 0 and the lines up to the next one
/// (continuations, nested lists, comments), with the key and its 1-based first line.
fn sections(text: &str) -> Vec<(&str, usize, &str)> {
    let mut sections: Vec<(&str, usize, usize)> = Vec::new();
    let mut offset = 0;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        if let Some(key) = top_level_key(line) {
            sections.push((key, index + 1, offset));
        }
        offset += line.len();
    }
    let ends: Vec<usize> = sections
        .iter()
        .skip(1)
        .map(|&(_, _, start)| start)
        .chain([text.len()])
        .collect();
    sections
        .into_iter()
        .zip(ends)
        .map(|((key, line, start), end)| (key, line, &text[start..end]))
        .collect()
}

/// The key of a top-level `key:` line (`sponsors_accepted :` too).
fn top_level_key(line: &str) -> Option<&str> {
    let (key, rest) = line.split_once(':')?;
    let key = key.trim_end();
    let valid = key.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'));
    (valid && (rest.is_empty() || rest.starts_with([' ', '\t', '\r', '\n']))).then_some(key)
}

/// The warning for a field that is not YAML: at a merge-conflict marker when the field holds
/// one (`2019-chicago.yml`), else where the parser stopped.
fn broken(key: &str, first_line: usize, section: &str, err: &yaml::ScanError) -> Diagnostic {
    let marker = section.lines().enumerate().find(|(_, line)| {
        ["<<<<<<< ", "=======", ">>>>>>> "]
            .iter()
            .any(|m| line.starts_with(m))
    });
    match marker {
        Some((index, line)) => Diagnostic::error(
            Some(first_line + index),
            Some(1),
            notes::merge_conflict(key, line.split_whitespace().next().unwrap_or(line)),
        ),
        None => {
            let at = err.marker();
            Diagnostic::error(
                Some(at.line().max(1)),
                Some(at.col() + 1),
                notes::invalid_yaml(err.info(), key),
            )
        }
    }
}

/// A front matter value as a node on `line`.
fn node_of(value: &Value, line: usize) -> yaml::Node {
    let kind = match value {
        Value::Array(items) => {
            yaml::Kind::Sequence(items.iter().map(|v| node_of(v, line)).collect())
        }
        Value::Table(entries) => yaml::Kind::Mapping(
            entries
                .iter()
                .map(|(k, v)| (crate::case::lower(k), node_of(v, line)))
                .collect(),
        ),
        scalar => yaml::Kind::Scalar(scalar.clone()),
    };
    yaml::Node { line, kind }
}

/// `program_elements` (`{ title, type, start, end, comments }` with date-times) as the YAML
/// schedule's `program` slots (`date`, `start_time`, `end_time`), each on the file line that
/// names its title after the previous one's.
fn program_of(value: &Value, line: usize, lines: &[&str]) -> yaml::Node {
    let mut at = line;
    let mut slots = Vec::new();
    for element in match value {
        Value::Array(items) => items.as_slice(),
        _ => &[],
    } {
        let Value::Table(fields) = element else {
            continue;
        };
        let get = |key: &str| {
            fields
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(key))
                .and_then(|(_, v)| v.text())
        };
        if let Some(title) = get("title") {
            let quoted = format!("\"{title}\"");
            if let Some(found) = lines.iter().skip(at).position(|l| l.contains(&quoted)) {
                at += found + 1;
            }
        }
        let start = get("start").and_then(|s| Moment::parse(&s));
        let end = get("end").and_then(|s| Moment::parse(&s));
        let text = |s: String| yaml::Node {
            line: at,
            kind: yaml::Kind::Scalar(Value::String(s)),
        };
        let mut slot: Vec<(String, yaml::Node)> = Vec::new();
        for key in ["title", "type", "comments"] {
            if let Some(value) = get(key) {
                slot.push((key.to_owned(), text(value)));
            }
        }
        if let Some(start) = start {
            slot.push(("date".to_owned(), text(start.date.to_string())));
        }
        for (key, moment) in [("start_time", start), ("end_time", end)] {
            if let Some(time) = moment.and_then(|m| m.time) {
                slot.push((key.to_owned(), text(time.to_string())));
            }
        }
        slots.push(yaml::Node {
            line: at,
            kind: yaml::Kind::Mapping(slot),
        });
    }
    yaml::Node {
        line,
        kind: yaml::Kind::Sequence(slots),
    }
}
