//! Finding a talk's slot by its title, for schedules that name talks the way a person reads
//! them rather than by their file's slug.
//!
//! Some sites write every slot, talks included, as `type: custom` with the talk's title (a
//! real 2024 event's `program.yml`: 36 slots, no slug). The titles there are typed again by
//! hand and differ from the talk files' in small ways: a trailing full stop, straight or
//! typographic quotes and apostrophes, a doubled space, a capital. Two titles are the same
//! talk when their words are: letters and digits in lower case, every other run of characters
//! one space. A title that more than one slot carries is ambiguous, and then nothing is
//! chosen: a wrong time on a card is worse than none.

use std::collections::HashMap;

use super::timetable::{Slot, SlotKind, Timetable};

/// A title reduced to its words: lower case, letters and digits, one space between words
/// (`"Don’t Panic: It's Only Prod."` and `"don't panic - it’s only prod"` have the same key).
pub fn title_key(title: &str) -> String {
    let mut key = String::with_capacity(title.len());
    let mut gap = false;
    for c in title.chars() {
        // Apostrophes join the parts of one word ("don't" is "dont", whatever its quote).
        if matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`' | '´') {
            continue;
        }
        if c.is_alphanumeric() {
            if gap && !key.is_empty() {
                key.push(' ');
            }
            gap = false;
            key.push(c);
        } else {
            gap = true;
        }
    }
    crate::case::lower(&key)
}

/// What a talk's title finds in a schedule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TitleMatch<'a> {
    /// No slot carries the title.
    None,
    /// Exactly one slot does.
    One(&'a Slot),
    /// Several do (their lines say where): none is chosen.
    Several(Vec<&'a Slot>),
}

impl Timetable {
    /// The slots carrying `title` as their label: any slot but an ignite session (whose title
    /// is the session's, never a talk's). An empty title matches nothing.
    pub fn slots_titled(&self, title: &str) -> TitleMatch<'_> {
        let key = title_key(title);
        if key.is_empty() {
            return TitleMatch::None;
        }
        let mut found: Vec<&Slot> = self
            .slots
            .iter()
            .filter(|s| s.kind != SlotKind::Ignite && title_key(&s.title) == key)
            .collect();
        match found.len() {
            0 => TitleMatch::None,
            1 => TitleMatch::One(found.remove(0)),
            _ => TitleMatch::Several(found),
        }
    }
}

/// Which talk file each slot carrying a talk's title is, for a timetable that knows the files
/// (the export knows them all): the slot's line, and the file's slug.
pub type TitledTalks = HashMap<usize, String>;

impl Timetable {
    /// The slots that name no slug but carry the title of one of `talks` (each a file's slug
    /// and title), by their line. A slot is matched when its title's key is the key of exactly
    /// one file and of no other slot, and that file is not already named by its slug: the
    /// same rule that gives a card its slot, seen from the schedule.
    pub fn titled_talks<'a>(
        &self,
        talks: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> TitledTalks {
        let mut files: HashMap<String, Vec<&str>> = HashMap::new();
        for (slug, title) in talks {
            if self.slot_of(slug).is_some() || self.ignite_of(slug).is_some() {
                continue;
            }
            let key = title_key(title);
            if !key.is_empty() {
                files.entry(key).or_default().push(slug);
            }
        }
        // Each slot's key once, and how many slots carry it ([`Timetable::slots_titled`]'s
        // slots: any but an ignite session).
        let keyed: Vec<(&Slot, String)> = self
            .slots
            .iter()
            .filter(|s| s.kind != SlotKind::Ignite)
            .map(|s| (s, title_key(&s.title)))
            .collect();
        let mut carried: HashMap<&str, usize> = HashMap::new();
        for (_, key) in &keyed {
            *carried.entry(key.as_str()).or_default() += 1;
        }
        let mut found = TitledTalks::new();
        for (slot, key) in &keyed {
            if slot.kind.names_a_talk() || carried[key.as_str()] != 1 {
                continue;
            }
            if let Some([slug]) = files.get(key).map(Vec::as_slice) {
                found.insert(slot.line, (*slug).to_owned());
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::DataFile;

    #[test]
    fn case_spacing_punctuation_trailing_dots_and_quote_kinds_are_ignored() {
        let same = [
            "Don’t Panic: It's Only Prod.",
            "don't panic - it’s only prod",
            "  DON'T  PANIC:  IT'S ONLY PROD...  ",
            "“Don't Panic”: It‘s Only Prod",
        ];
        for title in same {
            assert_eq!(title_key(title), "dont panic its only prod", "{title}");
        }
        assert_ne!(
            title_key("Scaling Teams, Part 1"),
            title_key("Scaling Teams, Part 2")
        );
        assert_eq!(title_key("Ünïcode — Straße"), "ünïcode straße");
        assert_eq!(title_key("…"), "");
    }

    const PROGRAM: &str = "program:\n  - title: \"Registration\"\n    type: custom\n    date: 2031-05-14\n    start_time: \"08:00\"\n    end_time: \"09:00\"\n  - title: \"Observability Without Tears.\"\n    type: custom\n    date: 2031-05-14\n    start_time: \"09:00\"\n    end_time: \"09:30\"\n  - title: \"Lunch\"\n    type: custom\n    date: 2031-05-14\n    start_time: \"12:00\"\n    end_time: \"13:00\"\n  - title: \"Lunch\"\n    type: custom\n    date: 2031-05-15\n    start_time: \"12:00\"\n    end_time: \"13:00\"\n";

    fn timetable() -> Timetable {
        DataFile::read("data/events/2031/tidewater/program.yml", PROGRAM)
            .timetable
            .unwrap()
    }

    #[test]
    fn one_slot_matches_several_are_ambiguous_none_is_none() {
        let timetable = timetable();
        match timetable.slots_titled("Observability without tears") {
            TitleMatch::One(slot) => assert_eq!(slot.line, 7),
            other => panic!("{other:?}"),
        }
        match timetable.slots_titled("lunch") {
            TitleMatch::Several(slots) => {
                assert_eq!(slots.iter().map(|s| s.line).collect::<Vec<_>>(), [12, 17])
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(timetable.slots_titled("Observability"), TitleMatch::None);
        assert_eq!(timetable.slots_titled(""), TitleMatch::None);
    }

    #[test]
    fn a_timetable_that_knows_the_files_links_each_titled_slot_to_one() {
        let timetable = timetable();
        let talks = [
            ("ana-lima", "Observability without tears"),
            ("lunch-talk", "Lunch"),
            ("unscheduled", "Something Else"),
        ];
        let found = timetable.titled_talks(talks);
        assert_eq!(found.get(&7).map(String::as_str), Some("ana-lima"));
        // Two slots carry "Lunch": neither is taken as the file's.
        assert_eq!(found.len(), 1, "{found:?}");
        // Two files with one title: the slot is nobody's.
        let twins = [
            ("ana-lima", "Observability Without Tears"),
            ("ana-2", "observability without tears!"),
        ];
        assert!(timetable.titled_talks(twins).is_empty());
    }
}
