//! An event's schedule, as the site's data files write it: a `program:` list of slots and an
//! `ignites:` list of the ignite talks shown on each day.
//!
//! A slot's `title` is a talk's file slug for talks and workshops, and a label ("Lunch",
//! "Open Space #1") for the rest; its day and times are the event's local wall clock, with no
//! zone. Real schedules hold times such as `"late"` or `'8:00'`: what reads as a time is one,
//! the rest is a located warning and the slot keeps the text as written.

use super::SlotPlace;
use super::titles::TitledTalks;
use crate::diagnostic::Diagnostic;
use crate::sanitise::UntrustedHtml;
use crate::schedule::{Date, Moment, Schedule, Time};
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
        let note = super::place::note(self.comments.as_deref()?);
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

    /// True when the schedule names a talk by its slug: a talk or workshop slot, or an ignite.
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

/// A talk as the schedule places it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduledTalk {
    /// The talk file's slug.
    pub slug: String,
    /// Its day and times (an ignite: its session's).
    pub schedule: Schedule,
    /// The line of its slot or ignite entry.
    pub line: usize,
    /// Where it happens, as one label (`Grote Zaal · Security Track`), when its slot says.
    pub place: Option<String>,
}

/// One day of a schedule, as a timetable shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Day<'a> {
    /// The day (`None`: slots whose date could not be read, shown last).
    pub date: Option<Date>,
    /// Its rows, in time order.
    pub rows: Vec<Row<'a>>,
}

/// Slots that start at the same time: parallel tracks, side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row<'a> {
    /// When they start.
    pub start: Option<Time>,
    /// When the last of them ends.
    pub end: Option<Time>,
    /// The slots, in file order.
    pub slots: Vec<&'a Slot>,
}

impl Row<'_> {
    /// A row of labels only (breaks, meals, "Opening Welcome"): a thin row.
    pub fn is_label(&self) -> bool {
        self.slots
            .iter()
            .all(|s| matches!(s.kind, SlotKind::Other(_)))
    }
}

impl<'a> Day<'a> {
    /// Where a "now" line goes at `time` on this day: before the first row that starts after
    /// it; `None` before the first row starts or after the last one ends.
    pub fn now_at(&self, time: Time) -> Option<usize> {
        let first = self.rows.first()?.start?;
        let last_end = self.rows.iter().filter_map(|r| r.end.or(r.start)).max()?;
        if time < first || time >= last_end {
            return None;
        }
        Some(
            self.rows
                .iter()
                .position(|r| r.start.is_some_and(|s| s > time))
                .unwrap_or(self.rows.len()),
        )
    }
}

impl Timetable {
    /// The schedule as days in order, each with its rows in time order (slots with the same
    /// start side by side; a slot whose time could not be read after the others, in file order).
    pub fn days(&self) -> Vec<Day<'_>> {
        let mut dates: Vec<Option<Date>> = Vec::new();
        for slot in &self.slots {
            if !dates.contains(&slot.date) {
                dates.push(slot.date);
            }
        }
        dates.sort_by_key(|d| (d.is_none(), *d));
        dates
            .into_iter()
            .map(|date| {
                let mut slots: Vec<&Slot> = self.slots.iter().filter(|s| s.date == date).collect();
                slots.sort_by_key(|s| (s.start.is_none(), s.start));
                let mut rows: Vec<Row<'_>> = Vec::new();
                for slot in slots {
                    match rows.last_mut() {
                        Some(row) if slot.start.is_some() && row.start == slot.start => {
                            row.end = row.end.max(slot.end);
                            row.slots.push(slot);
                        }
                        _ => rows.push(Row {
                            start: slot.start,
                            end: slot.end,
                            slots: vec![slot],
                        }),
                    }
                }
                Day { date, rows }
            })
            .collect()
    }

    /// Every talk the schedule places, in timetable order: the talk and workshop slots, the
    /// slots `titled` knows as talks by their title, and the ignites of each day's ignite
    /// session at that session's time. (Ignites whose day has no ignite session are in
    /// [`Timetable::ignites`] only.)
    pub fn scheduled_talks(&self, titled: &TitledTalks) -> Vec<ScheduledTalk> {
        let mut talks = Vec::new();
        for day in self.days() {
            for row in &day.rows {
                for slot in &row.slots {
                    let at = |slug: &str, line: usize| ScheduledTalk {
                        slug: slug.to_owned(),
                        schedule: Schedule {
                            date: day.date,
                            start: slot.start,
                            end: slot.end,
                        },
                        line,
                        place: slot.place().label(),
                    };
                    match slot.kind {
                        SlotKind::Talk | SlotKind::Workshop => {
                            talks.push(at(&slot.title, slot.line))
                        }
                        SlotKind::Ignite => talks.extend(
                            self.ignites_on(day.date)
                                .iter()
                                .map(|ignite| at(&ignite.slug, ignite.line)),
                        ),
                        _ => {
                            if let Some(slug) = titled.get(&slot.line) {
                                talks.push(at(slug, slot.line));
                            }
                        }
                    }
                }
            }
        }
        talks
    }

    /// The ignites shown on `date`, in file order.
    pub fn ignites_on(&self, date: Option<Date>) -> Vec<&Ignite> {
        self.ignites.iter().filter(|i| i.date == date).collect()
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
            format!(
                "background_color \"{text}\" is not a colour (#rrggbb): the slot has no marker"
            ),
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
            format!("custom_url \"{text}\" is not a web address: the slot is not linked"),
        ));
    }
    url
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::DataFile;

    const PROGRAM: &str = "program:\n  - title: Lunch\n    type: custom\n    date: 2019-08-27\n    start_time: '12:00'\n    end_time: '13:00'\n  - title: a-talk\n    type: talk\n    date: 2019-08-27\n    start_time: '09:15'\n    end_time: '09:45'\n  - title: workshop-1\n    type: workshop\n    date: 2019-08-28\n    start_time: '10:00'\n    end_time: '12:00'\n  - title: open-space\n    type: open-space\n    date: 2019-08-28\n    start_time: '10:00'\n    end_time: '11:00'\n  - title: Party\n    type: custom\n    date: 2019-08-28\n    start_time: '18:00'\n    end_time: late\n  - title: Ignites\n    type: ignite\n    date: 2019-08-27\n    start_time: '13:00'\n    end_time: '13:30'\nignites:\n  - title: ignite-one\n    date: 2019-08-27\n";

    fn timetable() -> Timetable {
        DataFile::read("program.yml", PROGRAM).timetable.unwrap()
    }

    fn slot_of(yaml: &str) -> (Slot, Vec<Diagnostic>) {
        let file = DataFile::read("program.yml", yaml);
        let warnings = file.located_warnings().map(|w| w.diagnostic).collect();
        (file.timetable.unwrap().slots.remove(0), warnings)
    }

    #[test]
    fn a_slots_colour_is_a_marker_when_it_is_a_colour() {
        let slot = |colour: &str| {
            slot_of(&format!(
                "program:\n  - title: Lunch\n    type: custom\n    backgroud_color: \"{colour}\"\n"
            ))
        };
        assert_eq!(slot("#FFB566").0.marker.as_deref(), Some("#ffb566"));
        assert_eq!(slot("#abc").0.marker.as_deref(), Some("#aabbcc"));
        let (hostile, warnings) = slot("red; background: url(javascript:alert(1))");
        assert_eq!(hostile.marker, None);
        assert!(
            warnings[0].message.contains("is not a colour"),
            "{warnings:?}"
        );
    }

    // (The browser's sanitiser is DOMPurify, tested in the browser; this is the export's.)
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn a_slots_comments_are_a_note_the_sanitiser_cleans() {
        let (slot, _) = slot_of(
            "program:\n  - title: Party\n    type: custom\n    comments: \"At [10pin](http://10pinchicago.com/)<img src=x onerror=alert(1)><script>alert(2)</script> [x](javascript:alert(3))\"\n",
        );
        let clean = slot.note(None).unwrap().sanitise();
        assert!(
            clean.contains("<a href=\"http://10pinchicago.com/\""),
            "{clean}"
        );
        for bad in ["onerror", "<script", "javascript:"] {
            assert!(!clean.contains(bad), "{bad} in {clean}");
        }
    }

    #[test]
    fn days_in_order_rows_in_time_order_parallel_slots_side_by_side() {
        let timetable = timetable();
        let days = timetable.days();
        assert_eq!(days.len(), 2);
        assert_eq!(days[0].date.unwrap().to_string(), "2019-08-27");
        let titles = |day: &Day<'_>| -> Vec<Vec<String>> {
            day.rows
                .iter()
                .map(|r| r.slots.iter().map(|s| s.title.clone()).collect())
                .collect()
        };
        assert_eq!(
            titles(&days[0]),
            [vec!["a-talk"], vec!["Lunch"], vec!["Ignites"]]
        );
        assert_eq!(
            titles(&days[1]),
            [vec!["workshop-1", "open-space"], vec!["Party"]]
        );
        assert!(days[0].rows[1].is_label());
        assert!(!days[1].rows[0].is_label());
        assert_eq!(days[1].rows[0].end, Time::parse("12:00"));
        assert_eq!(timetable.ignites_on(days[0].date).len(), 1);
        let talks: Vec<(String, Option<Time>)> = timetable
            .scheduled_talks(&TitledTalks::new())
            .into_iter()
            .map(|t| (t.slug, t.schedule.start))
            .collect();
        assert_eq!(
            talks,
            [
                ("a-talk".to_owned(), Time::parse("09:15")),
                ("ignite-one".to_owned(), Time::parse("13:00")),
                ("workshop-1".to_owned(), Time::parse("10:00")),
            ]
        );
        assert_eq!(days[1].rows[0].slots[1].kind.name(), "open-space");
    }

    #[test]
    fn a_custom_url_links_the_slot_and_only_to_the_web() {
        let file = DataFile::read(
            "program.yml",
            "program:\n  - title: Party\n    type: custo\n    date: 2018-09-20\n    start_time: '19:00'\n    custom_url: \"https://www.altitudelondon.com/contact-us/\"\n  - title: Trap\n    type: custom\n    date: 2018-09-20\n    start_time: '20:00'\n    custom_url: \"javascript:alert(1)\"\n",
        );
        let slots = &file.timetable.as_ref().unwrap().slots;
        assert_eq!(
            slots[0].link.as_deref(),
            Some("https://www.altitudelondon.com/contact-us/")
        );
        // 2017 Chicago's misspelt type reads as what it means.
        assert_eq!(slots[0].kind.name(), "custom");
        assert_eq!(slots[1].link, None);
        assert!(
            file.warnings.iter().any(|w| w.line == Some(11)
                && w.message
                    .contains("custom_url \"javascript:alert(1)\" is not a web address")),
            "{:?}",
            file.warnings
        );
    }

    #[test]
    fn the_now_line_falls_between_rows_while_the_day_is_on() {
        let timetable = timetable();
        let days = timetable.days();
        let at = |t: &str| days[0].now_at(Time::parse(t).unwrap());
        assert_eq!(at("08:00"), None);
        assert_eq!(at("09:30"), Some(1));
        assert_eq!(at("12:59"), Some(2));
        assert_eq!(at("13:10"), Some(3));
        assert_eq!(at("13:30"), None);
    }

    #[test]
    fn a_time_that_is_not_a_time_is_a_located_warning() {
        let file = DataFile::read("program.yml", PROGRAM);
        assert_eq!(file.warnings.len(), 1);
        assert_eq!(
            file.warnings[0].to_string(),
            "line 26: end_time \"late\" is not a time (HH:MM)"
        );
    }
}
