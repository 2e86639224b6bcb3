//! An event's schedule, as the site's data files write it: a `program:` list of slots and an
//! `ignites:` list of the ignite talks shown on each day.
//!
//! A slot's `title` is a talk's file slug for talks and workshops, and a label ("Lunch",
//! "Open Space #1") for the rest; its day and times are the event's local wall clock, with no
//! zone. Real schedules hold times such as `"late"` or `'8:00'`: what reads as a time is one,
//! the rest is a located warning and the slot keeps the text as written.

use crate::diagnostic::Diagnostic;
use crate::schedule::{Date, Moment, Time};
use crate::yaml::Node;

/// What a slot is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SlotKind {
    /// A talk: the title is its file's slug.
    Talk,
    /// A workshop: the title is its file's slug.
    Workshop,
    /// Where the day's ignites are shown; the title is a label, or none.
    Ignite,
    /// Open space sessions.
    OpenSpace,
    /// Anything else (`custom`: breaks, meals, keynotes by label), with the type as written.
    Other(String),
}

impl SlotKind {
    fn parse(kind: &str) -> SlotKind {
        match kind.trim().to_ascii_lowercase().as_str() {
            "talk" => SlotKind::Talk,
            "workshop" => SlotKind::Workshop,
            "ignite" | "ignites" => SlotKind::Ignite,
            "open-space" | "openspace" | "open space" => SlotKind::OpenSpace,
            other => SlotKind::Other(other.to_owned()),
        }
    }

    /// True for slots whose title names a talk file.
    pub fn names_a_talk(&self) -> bool {
        matches!(self, SlotKind::Talk | SlotKind::Workshop)
    }
}

/// One slot of the schedule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    /// A talk's slug or a label, trimmed.
    pub title: String,
    /// What the slot is.
    pub kind: SlotKind,
    /// The day.
    pub date: Option<Date>,
    /// Start, local time.
    pub start: Option<Time>,
    /// End, local time.
    pub end: Option<Time>,
    /// `start_time` as written when it is not a time (`"late"`).
    pub start_text: Option<String>,
    /// `comments`: free text, often the room or track.
    pub comments: Option<String>,
    /// The slot's line in its data file.
    pub line: usize,
}

/// An ignite talk and the day it is shown on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignite {
    /// The talk's slug.
    pub slug: String,
    /// The day.
    pub date: Option<Date>,
    /// Its line in its data file.
    pub line: usize,
}

/// A schedule: slots in file order, and ignites.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timetable {
    /// The `program:` slots, in file order.
    pub slots: Vec<Slot>,
    /// The `ignites:` entries, in file order.
    pub ignites: Vec<Ignite>,
}

impl Timetable {
    /// The schedule in a data file's document (the event file or `program.yml`), or `None`
    /// when it has neither `program:` nor `ignites:`. Unreadable dates and times are warnings.
    pub fn from_document(root: &Node, warnings: &mut Vec<Diagnostic>) -> Option<Timetable> {
        let program = root.get("program");
        let ignites = root.get("ignites");
        if program.is_none() && ignites.is_none() {
            return None;
        }
        let slots = program
            .map(Node::items)
            .unwrap_or_default()
            .iter()
            .filter_map(|node| slot(node, warnings))
            .collect();
        let ignites = ignites
            .map(Node::items)
            .unwrap_or_default()
            .iter()
            .filter_map(|node| {
                Some(Ignite {
                    slug: node.get("title")?.text()?,
                    date: day(node, warnings),
                    line: node.line,
                })
            })
            .collect();
        Some(Timetable { slots, ignites })
    }

    /// True when the schedule has no slot naming a talk and no ignite.
    pub fn has_talks(&self) -> bool {
        !self.ignites.is_empty() || self.slots.iter().any(|s| s.kind.names_a_talk())
    }

    /// The slot of the talk whose file is `slug.md`: a talk or workshop slot titled with the
    /// slug, else any other slot titled with it (a label may be a slug: `open-space-one-day-one`).
    pub fn slot_of(&self, slug: &str) -> Option<&Slot> {
        let slug = slug.trim();
        let named = |s: &&Slot| s.title == slug;
        let mut slots = self.slots.iter().filter(named);
        let first = slots.clone().next();
        slots.find(|s| s.kind.names_a_talk()).or(first)
    }

    /// The ignite entry of the talk `slug`.
    pub fn ignite_of(&self, slug: &str) -> Option<&Ignite> {
        let slug = slug.trim();
        self.ignites.iter().find(|i| i.slug == slug)
    }

    /// The ignite session's slot on `date`, if the schedule has one.
    pub fn ignite_slot(&self, date: Date) -> Option<&Slot> {
        self.slots
            .iter()
            .find(|s| s.kind == SlotKind::Ignite && s.date == Some(date))
    }
}

fn slot(node: &Node, warnings: &mut Vec<Diagnostic>) -> Option<Slot> {
    node.get("type").or(node.get("title"))?;
    let kind = SlotKind::parse(&node.get("type").and_then(Node::text).unwrap_or_default());
    let title = node
        .get("title")
        .and_then(Node::text)
        .unwrap_or_else(|| match kind {
            SlotKind::Ignite => "Ignites".to_owned(),
            _ => String::new(),
        });
    let (start, start_text) = time(node, "start_time", warnings);
    let (end, _) = time(node, "end_time", warnings);
    if let (Some(s), Some(e)) = (start, end)
        && e < s
    {
        warnings.push(Diagnostic::warning(
            Some(node.line),
            format!("the slot \"{title}\" ends ({e}) before it starts ({s})"),
        ));
    }
    Some(Slot {
        title,
        kind,
        date: day(node, warnings),
        start,
        end,
        start_text,
        comments: node.get("comments").and_then(Node::text),
        line: node.line,
    })
}

/// The `date` of a slot or ignite: `YYYY-MM-DD`, or a date-time whose day is taken.
fn day(node: &Node, warnings: &mut Vec<Diagnostic>) -> Option<Date> {
    let field = node.get("date")?;
    let text = field.text()?;
    let date = Moment::parse(&text).map(|m| m.date);
    if date.is_none() {
        warnings.push(Diagnostic::warning(
            Some(field.line),
            format!("date \"{text}\" is not a day (YYYY-MM-DD)"),
        ));
    }
    date
}

/// A slot's time field, and its text when it is not a time.
fn time(node: &Node, key: &str, warnings: &mut Vec<Diagnostic>) -> (Option<Time>, Option<String>) {
    let Some(field) = node.get(key) else {
        return (None, None);
    };
    let Some(text) = field.text() else {
        return (None, None);
    };
    match Time::parse(&text) {
        Some(time) => (Some(time), None),
        None => {
            warnings.push(Diagnostic::warning(
                Some(field.line),
                format!("{key} \"{text}\" is not a time (HH:MM)"),
            ));
            (None, Some(text))
        }
    }
}
