//! A schedule's slots and ignites, and how each is read from its data file: a day, times that
//! may not read as times, a colour marker, a link.

use super::super::{SlotPlace, place};
use crate::diagnostic::Diagnostic;
use crate::language::words::notes;
use crate::sanitise::UntrustedHtml;
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
    /// The type as the data files write it (`talk`, `open-space`, or the file's own value).
    pub fn name(&self) -> &str {
        match self {
            SlotKind::Talk => "talk",
            SlotKind::Workshop => "workshop",
            SlotKind::Ignite => "ignite",
            SlotKind::OpenSpace => "open-space",
            SlotKind::Other(other) => other,
        }
    }

    fn parse(kind: &str) -> SlotKind {
        match kind.trim().to_ascii_lowercase().as_str() {
            "talk" => SlotKind::Talk,
            "workshop" => SlotKind::Workshop,
            "ignite" | "ignites" => SlotKind::Ignite,
            "open-space" | "openspace" | "open space" => SlotKind::OpenSpace,
            // 2017 Chicago's misspelling (both copies of its schedule).
            "custo" => SlotKind::Other("custom".to_owned()),
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
    /// `custom_url`: where the slot's label links (an `http(s)` address; anything else is
    /// refused with a warning, as the data file is untrusted).
    pub link: Option<String>,
    /// `background_color` (or 2018 Amsterdam's `backgroud_color`): the organisers' colour for
    /// the slot, as `#rrggbb`. A timetable shows it as a marker beside the slot, never as the
    /// colour behind its text, whose contrast it cannot vouch for.
    pub marker: Option<String>,
    /// The slot's line in its data file.
    pub line: usize,
}

impl Slot {
    /// What the slot's comments say besides where it happens, as HTML for the sanitiser
    /// (Markdown or HTML in the data file; relative links resolve against `base_url`, the data
    /// file's address), when they say anything.
    pub fn note(&self, base_url: Option<&str>) -> Option<UntrustedHtml> {
        let note = place::note(self.comments.as_deref()?);
        (!note.is_empty()).then(|| crate::markdown::render_note(note, base_url))
    }

    /// Where the slot happens, as its comments name it (see [`SlotPlace`]).
    pub fn place(&self) -> SlotPlace {
        self.comments
            .as_deref()
            .map(SlotPlace::read)
            .unwrap_or_default()
    }
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

pub(super) fn slot(node: &Node, warnings: &mut Vec<Diagnostic>) -> Option<Slot> {
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
            notes::slot_ends_before_start(&e.to_string(), &s.to_string(), &title),
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
        link: link(node, warnings),
        marker: marker(node, warnings),
        line: node.line,
    })
}

/// A slot's colour (`background_color`, or the misspelt `backgroud_color`) as `#rrggbb`: the
/// forms `#rgb` and `#rrggbb`; anything else is a located warning (the value reaches the page
/// as an attribute, so only a colour gets there).
fn marker(node: &Node, warnings: &mut Vec<Diagnostic>) -> Option<String> {
    let field = node
        .get("background_color")
        .or_else(|| node.get("backgroud_color"))?;
    let text = field.text().filter(|t| !t.trim().is_empty())?;
    let hex = text.trim().strip_prefix('#').unwrap_or("");
    let colour = match hex.len() {
        3 | 6 if hex.chars().all(|c| c.is_ascii_hexdigit()) => Some(if hex.len() == 3 {
            hex.chars().flat_map(|c| [c, c]).collect::<String>()
        } else {
            hex.to_owned()
        }),
        _ => None,
    };
    if colour.is_none() {
        warnings.push(Diagnostic::warning(
            Some(field.line),
            notes::slot_colour(&text),
        ));
    }
    colour.map(|c| format!("#{}", c.to_ascii_lowercase()))
}

/// A slot's `custom_url`, when it is a web address.
fn link(node: &Node, warnings: &mut Vec<Diagnostic>) -> Option<String> {
    let field = node.get("custom_url")?;
    let text = field.text().filter(|t| !t.trim().is_empty())?;
    let url = crate::link::http_url(&text);
    if url.is_none() {
        warnings.push(Diagnostic::warning(
            Some(field.line),
            notes::slot_url(&text),
        ));
    }
    url
}

/// The `date` of a slot or ignite: `YYYY-MM-DD`, or a date-time whose day is taken.
pub(super) fn day(node: &Node, warnings: &mut Vec<Diagnostic>) -> Option<Date> {
    let field = node.get("date")?;
    let text = field.text()?;
    let date = Moment::parse(&text).map(|m| m.date);
    if date.is_none() {
        warnings.push(Diagnostic::warning(
            Some(field.line),
            notes::slot_date(&text),
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
                notes::slot_time(key, &text),
            ));
            (None, Some(text))
        }
    }
}
