//! An event's schedule, as the site's data files write it: a `program:` list of slots and an
//! `ignites:` list of the ignite talks shown on each day.
//!
//! A slot's `title` is a talk's file slug for talks and workshops, and a label ("Lunch",
//! "Open Space #1") for the rest; its day and times are the event's local wall clock, with no
//! zone. Real schedules hold times such as `"late"` or `'8:00'`: what reads as a time is one,
//! the rest is a located warning and the slot keeps the text as written.

mod days;
mod slot;

pub use days::{Day, Row};
pub use slot::{Ignite, Slot, SlotKind};

use super::titles::TitledTalks;
use crate::diagnostic::Diagnostic;
use crate::schedule::{Date, Schedule};
use crate::yaml::Node;
use slot::{day, slot};

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

impl Timetable {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::DataFile;
    use crate::schedule::Time;

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
            warnings[0].message().contains("is not a colour"),
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
                && w.message()
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
