//! When a talk happens, from its file and its event's schedule together.
//!
//! Most talk files leave `Talk_date` empty (180 of the corpus's 208); the event's schedule
//! names the talk by its slug and gives the day and times. The talk file wins when it has a
//! day, and a schedule that says otherwise is a warning the editor shows. Times are the
//! event's wall clock; the event file's offset (`startdate: …-05:00`) places them in UTC, and
//! without one they stay as written.

use super::data::EventData;
use crate::calendar;
use crate::diagnostic::Diagnostic;
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
}

impl TalkTime {
    /// Reads the talk's time: `file` is the talk file's own schedule, `slug` its file name
    /// without `.md`. A schedule that disagrees with the file adds a warning.
    pub fn resolve(
        file: &Schedule,
        data: Option<&EventData>,
        slug: &str,
        warnings: &mut Vec<Diagnostic>,
    ) -> TalkTime {
        let offset = data.and_then(|d| d.facts.as_ref()).and_then(|f| f.offset());
        let scheduled = data.and_then(|d| scheduled(d, slug));
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
            },
            other => {
                if let Some((
                    schedule,
                    Source::Slot { path, line } | Source::Ignite { path, line },
                    _,
                )) = other
                    && (schedule.date != file.date
                        || (file.start.is_some()
                            && schedule.start.is_some()
                            && schedule.start != file.start))
                {
                    warnings.push(Diagnostic::warning(
                        None,
                        format!(
                            "the event's schedule ({path}, line {line}) has this talk on {}, the talk file on {}: the talk file's is shown",
                            describe(&schedule),
                            describe(file)
                        ),
                    ));
                }
                TalkTime {
                    schedule: *file,
                    offset,
                    source: Source::TalkFile,
                    place,
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

/// The talk's day and times from the schedule, and where they are written.
fn scheduled(data: &EventData, slug: &str) -> Option<(Schedule, Source, Option<String>)> {
    let timetable = data.timetable.as_ref()?;
    let path = data.timetable_from.clone().unwrap_or_default();
    if let Some(slot) = timetable.slot_of(slug) {
        return Some((
            Schedule {
                date: slot.date,
                start: slot.start,
                end: slot.end,
            },
            Source::Slot {
                path,
                line: slot.line,
            },
            slot.place().label(),
        ));
    }
    let ignite = timetable.ignite_of(slug)?;
    let session = ignite.date.and_then(|d| timetable.ignite_slot(d));
    Some((
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
    ))
}

fn describe(schedule: &Schedule) -> String {
    let date = schedule
        .date
        .map_or("no day".to_owned(), |d: Date| d.to_string());
    match schedule.start {
        Some(t) => format!("{date} at {t}"),
        None => date,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::DataFile;

    const MAIN: &str = "name: \"2019-chicago\"\ncity: \"Chicago\"\nstartdate: 2019-08-27T00:00:00-05:00\nenddate: 2019-08-28T23:59:59-05:00\nprogram:\n  - title: \"jeff-smith\"\n    type: talk\n    date: 2019-08-27\n    start_time: \"09:15\"\n    end_time: \"09:45\"\n  - title: \"Ignites\"\n    type: ignite\n    date: 2019-08-28\n    start_time: \"11:30\"\n    end_time: \"12:00\"\nignites:\n  - title: \"jason-yee\"\n    date: 2019-08-28\n";

    fn data(text: &str) -> EventData {
        EventData::from_files(&[DataFile::read("data/events/2019/chicago/main.yml", text)])
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
            "jeff-smith",
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
            "jason-yee",
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
            "jeff-smith",
            &mut warnings,
        );
        assert_eq!(time.source, Source::TalkFile);
        assert_eq!(time.schedule.date.unwrap().to_string(), "2019-08-28");
        assert_eq!(warnings.len(), 1);
        assert_eq!(
            warnings[0].message,
            "the event's schedule (data/events/2019/chicago/main.yml, line 6) has this talk on 2019-08-27 at 09:15, the talk file on 2019-08-28 at 10:00: the talk file's is shown"
        );
        let mut agreeing = Vec::new();
        TalkTime::resolve(
            &file("2019-08-27", ""),
            Some(&data(MAIN)),
            "jeff-smith",
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
            "jeff-smith",
            &mut Vec::new(),
        );
        assert_eq!(time.offset, None);
        assert_eq!(time.schedule.start, Time::parse("09:15"));
        assert_eq!(time.utc_start(), None);
        let nothing = TalkTime::resolve(&Schedule::default(), None, "jeff-smith", &mut Vec::new());
        assert_eq!(nothing.schedule, Schedule::default());
    }

    #[test]
    fn past_events_are_past() {
        let facts = data(MAIN).facts.unwrap();
        assert!(facts.is_past(Date::parse("2026-12-01").unwrap()));
        assert!(!facts.is_past(Date::parse("2019-08-28").unwrap()));
    }
}
