//! When a talk happens, from its file and its event's schedule together.
//!
//! Most talk files leave `Talk_date` empty (180 of the corpus's 208); the event's schedule
//! names the talk by its slug and gives the day and times. The talk file wins when it has a
//! day, and a schedule that says otherwise is a warning the editor shows. Times are the
//! event's wall clock; the event file's offset (`startdate: …-05:00`) places them in UTC, and
//! without one they stay as written.

use super::data::{DataWarning, EventData};
use super::timetable::Slot;
use super::titles::TitleMatch;
use crate::calendar;
use crate::diagnostic::Diagnostic;
use crate::language::words::notes;
use crate::schedule::{Date, Offset, Schedule, Time, utc_minutes};

/// Where a talk's day and time came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The talk file's own `Talk_date` and times.
    TalkFile,
    /// A slot of the event's schedule: its data file and line.
    Slot {
        /// The data file.
        path: String,
        /// The slot's line in it.
        line: usize,
    },
    /// A slot carrying the talk's title (no slot names its slug): its data file and line.
    Title {
        /// The data file.
        path: String,
        /// The slot's line in it.
        line: usize,
    },
    /// The event's `ignites:` list (the day), and the ignite session's slot that day (the time).
    Ignite {
        /// The data file.
        path: String,
        /// The ignite entry's line in it.
        line: usize,
    },
}

/// When a talk happens, as far as its file and its event's data say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TalkTime {
    /// Day, start and end, in the event's local time.
    pub schedule: Schedule,
    /// The event's offset from UTC, when its data gives one.
    pub offset: Option<Offset>,
    /// Where the day came from.
    pub source: Source,
    /// Where the talk happens (`Grote Zaal · HumanOps Track`), when the slot that names it in
    /// the schedule says.
    pub place: Option<String>,
    /// Notes for the event's organisers on how the schedule gave (or could not give) this
    /// time: a slot found by the talk's title, a title several slots carry.
    pub notes: Vec<DataWarning>,
}

impl TalkTime {
    /// Reads the talk's time: `file` is the talk file's own schedule, `talk` its slug and
    /// title (for schedules that name talks by title). A schedule that disagrees with the file
    /// adds a warning for the speaker; a slot found by the title, or a title several slots
    /// carry, a note for the organisers ([`TalkTime::notes`]).
    pub fn resolve(
        file: &Schedule,
        data: Option<&EventData>,
        talk: TalkName<'_>,
        warnings: &mut Vec<Diagnostic>,
    ) -> TalkTime {
        let offset = data.and_then(|d| d.facts.as_ref()).and_then(|f| f.offset());
        let mut notes = Vec::new();
        let scheduled = data.and_then(|d| scheduled(d, talk, &mut notes));
        // The room of the slot that names the talk holds whichever day is shown.
        let place = scheduled.as_ref().and_then(|(_, _, place)| place.clone());
        match scheduled {
            Some((schedule, source, _)) if file.date.is_none() => TalkTime {
                schedule: Schedule {
                    start: file.start.or(schedule.start),
                    end: file.end.or(schedule.end),
                    ..schedule
                },
                offset,
                source,
                place,
                notes,
            },
            other => {
                if let Some((
                    schedule,
                    Source::Slot { path, line }
                    | Source::Title { path, line }
                    | Source::Ignite { path, line },
                    _,
                )) = other
                    && (schedule.date != file.date
                        || (file.start.is_some()
                            && schedule.start.is_some()
                            && schedule.start != file.start))
                {
                    warnings.push(Diagnostic::warning(None, {
                        let (schedule_day, schedule_time) = describe(&schedule);
                        let (file_day, file_time) = describe(file);
                        notes::schedule_disagrees(
                            &file_day,
                            &file_time,
                            &line.to_string(),
                            &path,
                            &schedule_day,
                            &schedule_time,
                        )
                    }));
                }
                TalkTime {
                    schedule: *file,
                    offset,
                    source: Source::TalkFile,
                    place,
                    notes,
                }
            }
        }
    }

    /// The start in ISO 8601, as far as known: `2019-08-27T09:15-05:00`, without the offset
    /// when the data gives none, a day alone without a time.
    pub fn iso_start(&self) -> Option<String> {
        self.iso(self.schedule.start)
    }

    /// The end in ISO 8601, like [`TalkTime::iso_start`]; `None` without an end time.
    pub fn iso_end(&self) -> Option<String> {
        self.schedule.end?;
        self.iso(self.schedule.end)
    }

    fn iso(&self, time: Option<Time>) -> Option<String> {
        let date = self.schedule.date?;
        Some(match (time, self.offset) {
            (Some(t), Some(offset)) => format!("{date}T{t}{}", offset.iso()),
            (Some(t), None) => format!("{date}T{t}"),
            (None, _) => date.to_string(),
        })
    }

    /// Its start and end for a calendar, once the day is known: in UTC when the offset is,
    /// floating when only the wall clock is, all day without a time.
    pub fn calendar_times(&self) -> Option<(calendar::When, Option<calendar::When>)> {
        let s = &self.schedule;
        let date = s.date?;
        Some(match (self.utc_start(), s.start) {
            (Some(start), _) => (
                calendar::When::Utc(start),
                self.utc_end().map(calendar::When::Utc),
            ),
            (None, Some(t)) => (
                calendar::When::Floating(date, t),
                s.end.map(|e| calendar::When::Floating(date, e)),
            ),
            (None, None) => (calendar::When::Day(date), None),
        })
    }

    /// The start in minutes since 1970-01-01T00:00Z, when day, time and offset are all known.
    pub fn utc_start(&self) -> Option<i64> {
        Some(utc_minutes(
            self.schedule.date?,
            self.schedule.start?,
            self.offset?,
        ))
    }

    /// The end in minutes since 1970-01-01T00:00Z (the next day's when it is before the start).
    pub fn utc_end(&self) -> Option<i64> {
        let end = utc_minutes(self.schedule.date?, self.schedule.end?, self.offset?);
        Some(match self.utc_start() {
            Some(start) if end < start => end + 1440,
            _ => end,
        })
    }
}

/// How the schedule may name a talk: by its file's slug, or by its title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TalkName<'a> {
    /// The file name without `.md`.
    pub slug: &'a str,
    /// The talk's title as its file writes it.
    pub title: &'a str,
}

/// The talk's day and times from the schedule, and where they are written: the slot or ignite
/// naming its slug, else the one slot carrying its title.
fn scheduled(
    data: &EventData,
    talk: TalkName<'_>,
    notes: &mut Vec<DataWarning>,
) -> Option<(Schedule, Source, Option<String>)> {
    let timetable = data.timetable.as_ref()?;
    let path = data.timetable_from.clone().unwrap_or_default();
    let of_slot = |slot: &Slot| Schedule {
        date: slot.date,
        start: slot.start,
        end: slot.end,
    };
    if let Some(slot) = timetable.slot_of(talk.slug) {
        return Some((
            of_slot(slot),
            Source::Slot {
                path,
                line: slot.line,
            },
            slot.place().label(),
        ));
    }
    if let Some(ignite) = timetable.ignite_of(talk.slug) {
        let session = ignite.date.and_then(|d| timetable.ignite_slot(d));
        return Some((
            Schedule {
                date: ignite.date,
                start: session.and_then(|s| s.start),
                end: session.and_then(|s| s.end),
            },
            Source::Ignite {
                path,
                line: ignite.line,
            },
            session.and_then(|s| s.place().label()),
        ));
    }
    match timetable.slots_titled(talk.title) {
        TitleMatch::None => None,
        TitleMatch::One(slot) => {
            notes.push(DataWarning {
                path: path.clone(),
                diagnostic: Diagnostic::warning(
                    Some(slot.line),
                    notes::matched_by_title(talk.slug, &slot.title),
                ),
            });
            Some((
                of_slot(slot),
                Source::Title {
                    path,
                    line: slot.line,
                },
                slot.place().label(),
            ))
        }
        TitleMatch::Several(slots) => {
            let lines: Vec<String> = slots.iter().map(|s| s.line.to_string()).collect();
            notes.push(DataWarning {
                path,
                diagnostic: Diagnostic::warning(
                    Some(slots[0].line),
                    notes::title_in_many_slots(slots.len() as u64, &lines.join(", "), talk.slug),
                ),
            });
            None
        }
    }
}

/// A schedule's day and start for a note: `2019-08-27` and `09:15`, `none` for either missing.
fn describe(schedule: &Schedule) -> (String, String) {
    let none = || "none".to_owned();
    (
        schedule.date.map_or_else(none, |d: Date| d.to_string()),
        schedule.start.map_or_else(none, |t| t.to_string()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::DataFile;

    const MAIN: &str = "name: \"2019-chicago\"\ncity: \"Chicago\"\nstartdate: 2019-08-27T00:00:00-05:00\nenddate: 2019-08-28T23:59:59-05:00\nprogram:\n  - title: \"jeff-smith\"\n    type: talk\n    date: 2019-08-27\n    start_time: \"09:15\"\n    end_time: \"09:45\"\n  - title: \"Ignites\"\n    type: ignite\n    date: 2019-08-28\n    start_time: \"11:30\"\n    end_time: \"12:00\"\nignites:\n  - title: \"jason-yee\"\n    date: 2019-08-28\n";

    fn data(text: &str) -> EventData {
        EventData::from_files(&[DataFile::read("data/events/2019/chicago/main.yml", text)])
    }

    fn named(slug: &str) -> TalkName<'_> {
        TalkName { slug, title: "" }
    }

    fn file(date: &str, start: &str) -> Schedule {
        Schedule {
            date: Date::parse(date),
            start: Time::parse(start),
            end: None,
        }
    }

    #[test]
    fn a_talk_without_a_day_takes_its_slot_placed_in_utc_by_the_event_offset() {
        let mut warnings = Vec::new();
        let time = TalkTime::resolve(
            &Schedule::default(),
            Some(&data(MAIN)),
            named("jeff-smith"),
            &mut warnings,
        );
        assert_eq!(time.schedule.date.unwrap().to_string(), "2019-08-27");
        assert_eq!(time.offset, Some(Offset { minutes: -300 }));
        assert_eq!(
            time.source,
            Source::Slot {
                path: "data/events/2019/chicago/main.yml".into(),
                line: 6
            }
        );
        assert_eq!(time.iso_start().as_deref(), Some("2019-08-27T09:15-05:00"));
        assert_eq!(time.iso_end().as_deref(), Some("2019-08-27T09:45-05:00"));
        // 09:15-09:45 at UTC-05:00 is 14:15-14:45 UTC.
        let day = Date::parse("2019-08-27").unwrap().days_since_epoch() * 1440;
        assert_eq!(time.utc_start(), Some(day + 14 * 60 + 15));
        assert_eq!(time.utc_end(), Some(day + 14 * 60 + 45));
        assert!(warnings.is_empty());
    }

    #[test]
    fn an_ignite_takes_its_day_and_the_ignite_session_time() {
        let time = TalkTime::resolve(
            &Schedule::default(),
            Some(&data(MAIN)),
            named("jason-yee"),
            &mut Vec::new(),
        );
        assert_eq!(time.schedule.date.unwrap().to_string(), "2019-08-28");
        assert_eq!(time.schedule.start, Time::parse("11:30"));
        assert!(matches!(time.source, Source::Ignite { line: 17, .. }));
    }

    #[test]
    fn the_talk_file_wins_and_a_disagreeing_schedule_warns() {
        let mut warnings = Vec::new();
        let time = TalkTime::resolve(
            &file("2019-08-28", "10:00"),
            Some(&data(MAIN)),
            named("jeff-smith"),
            &mut warnings,
        );
        assert_eq!(time.source, Source::TalkFile);
        assert_eq!(time.schedule.date.unwrap().to_string(), "2019-08-28");
        assert_eq!(warnings.len(), 1);
        assert_eq!(
            warnings[0].message(),
            "the event's schedule (data/events/2019/chicago/main.yml, line 6) has this talk on 2019-08-27 at 09:15, the talk file on 2019-08-28 at 10:00: the talk file's is shown"
        );
        let mut agreeing = Vec::new();
        TalkTime::resolve(
            &file("2019-08-27", ""),
            Some(&data(MAIN)),
            named("jeff-smith"),
            &mut agreeing,
        );
        assert!(agreeing.is_empty(), "{agreeing:?}");
    }

    #[test]
    fn without_an_offset_times_stay_as_written_and_have_no_utc() {
        let text = MAIN
            .replace("T00:00:00-05:00", "")
            .replace("T23:59:59-05:00", "");
        let time = TalkTime::resolve(
            &Schedule::default(),
            Some(&data(&text)),
            named("jeff-smith"),
            &mut Vec::new(),
        );
        assert_eq!(time.offset, None);
        assert_eq!(time.schedule.start, Time::parse("09:15"));
        assert_eq!(time.utc_start(), None);
        let nothing = TalkTime::resolve(
            &Schedule::default(),
            None,
            named("jeff-smith"),
            &mut Vec::new(),
        );
        assert_eq!(nothing.schedule, Schedule::default());
    }

    const TITLED: &str = "program:\n  - title: \"Registration\"\n    type: custom\n    date: 2031-05-14\n    start_time: \"08:00\"\n    end_time: \"09:00\"\n  - title: \"Observability Without Tears.\"\n    type: custom\n    date: 2031-05-14\n    start_time: \"09:00\"\n    end_time: \"09:30\"\n    comments: \"Location: Main Hall\"\n  - title: \"Chaos Days\"\n    type: custom\n    date: 2031-05-14\n    start_time: \"10:00\"\n    end_time: \"10:30\"\n  - title: \"Chaos Days!\"\n    type: custom\n    date: 2031-05-15\n    start_time: \"10:00\"\n    end_time: \"10:30\"\n";

    #[test]
    fn a_schedule_of_custom_slots_gives_a_talk_its_slot_by_title_and_says_so() {
        let titled = EventData::from_files(&[DataFile::read(
            "data/events/2031/tidewater/program.yml",
            TITLED,
        )]);
        assert!(titled.timetable.is_some(), "labels only is a schedule too");
        let mut notes = Vec::new();
        let time = TalkTime::resolve(
            &Schedule::default(),
            Some(&titled),
            TalkName {
                slug: "ana-lima",
                title: "Observability without tears",
            },
            &mut notes,
        );
        assert_eq!(time.schedule.date.unwrap().to_string(), "2031-05-14");
        assert_eq!(time.schedule.start, Time::parse("09:00"));
        assert_eq!(time.place.as_deref(), Some("Main Hall"));
        assert_eq!(
            time.source,
            Source::Title {
                path: "data/events/2031/tidewater/program.yml".into(),
                line: 7
            }
        );
        assert!(notes.is_empty(), "nothing for the speaker: {notes:?}");
        assert_eq!(
            time.notes
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>(),
            [
                "data/events/2031/tidewater/program.yml, line 7: matched by title: no slot names the file ana-lima.md, and this slot (\"Observability Without Tears.\") carries its title"
            ]
        );
    }

    #[test]
    fn a_title_two_slots_carry_is_a_note_and_never_a_guess() {
        let titled = EventData::from_files(&[DataFile::read(
            "data/events/2031/tidewater/program.yml",
            TITLED,
        )]);
        let mut notes = Vec::new();
        let time = TalkTime::resolve(
            &Schedule::default(),
            Some(&titled),
            TalkName {
                slug: "chaos",
                title: "Chaos days",
            },
            &mut notes,
        );
        assert_eq!(time.schedule, Schedule::default());
        assert_eq!(time.source, Source::TalkFile);
        assert_eq!(
            time.notes[0].to_string(),
            "data/events/2031/tidewater/program.yml, line 13: 2 slots (lines 13, 18) carry the title of chaos.md: none is taken as its slot"
        );
        // A slot naming the slug comes first, whatever the titles say.
        let mut quiet = Vec::new();
        TalkTime::resolve(
            &Schedule::default(),
            Some(&data(MAIN)),
            TalkName {
                slug: "jeff-smith",
                title: "Ignites",
            },
            &mut quiet,
        );
        assert!(quiet.is_empty(), "{quiet:?}");
    }

    #[test]
    fn past_events_are_past() {
        let facts = data(MAIN).facts.unwrap();
        assert!(facts.is_past(Date::parse("2026-12-01").unwrap()));
        assert!(!facts.is_past(Date::parse("2019-08-28").unwrap()));
    }
}
