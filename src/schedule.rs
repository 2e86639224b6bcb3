//! When a talk happens: `Talk_date` (`YYYY-MM-DD`) and `Talk_start_time`/`Talk_end_time`
//! (`HH:MM`, the event's local time, no zone), validated so the UI can format them in the
//! visitor's locale without guessing. The Hugo theme never shows them at all.

use std::fmt;

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, valid for that month.
    pub day: u8,
}

impl Date {
    /// Reads `YYYY-MM-DD` (a TOML date-time is cut to its date).
    pub fn parse(value: &str) -> Option<Date> {
        let value = value.trim();
        let date = value.get(..10).unwrap_or(value);
        let mut parts = date.split('-');
        let year: i32 = parts.next()?.parse().ok()?;
        let month: u8 = parts.next()?.parse().ok()?;
        let day: u8 = parts.next()?.parse().ok()?;
        if parts.next().is_some() || !(1000..=9999).contains(&year) {
            return None;
        }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(Date { year, month, day })
    }
}

/// The days of the week, Sunday first, as English abbreviates them.
const WEEKDAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

impl Date {
    /// The day of the week, `0` for Sunday to `6` for Saturday.
    pub fn weekday(self) -> usize {
        // 1970-01-01 was a Thursday.
        (self.days_since_epoch() + 4).rem_euclid(7) as usize
    }
}

/// "Tue": the short name of a day of the week (`0` for Sunday), for the visitor's time when the
/// browser cannot format it.
pub fn short_weekday(weekday: usize) -> &'static str {
    WEEKDAYS[weekday % 7]
}

impl Time {
    /// "9:15 AM", "12:00 PM": a time of day when the browser cannot format the visitor's.
    pub fn plain_text(self) -> String {
        let hour = match self.hour % 12 {
            0 => 12,
            h => h,
        };
        let half = if self.hour < 12 { "AM" } else { "PM" };
        format!("{hour}:{:02} {half}", self.minute)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A time of day, in the event's local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Time {
    /// Hour, 0–23.
    pub hour: u8,
    /// Minute, 0–59.
    pub minute: u8,
}

impl Time {
    /// Reads `HH:MM` (also `H:MM` and `HH:MM:SS`).
    pub fn parse(value: &str) -> Option<Time> {
        let mut parts = value.trim().split(':');
        let hour: u8 = parts.next()?.parse().ok()?;
        let minute: u8 = parts.next()?.parse().ok()?;
        let seconds_ok = parts
            .next()
            .is_none_or(|s| s.parse::<u8>().is_ok_and(|s| s < 60));
        (hour < 24 && minute < 60 && seconds_ok && parts.next().is_none())
            .then_some(Time { hour, minute })
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl Date {
    /// Days since 1970-01-01 (negative before), for arithmetic across months and years.
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let (y, m, d) = (
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        );
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days_since_epoch(days: i64) -> Date {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }
}

/// A UTC offset as the data files write it inside a date-time (`-05:00`, `+0200`, `Z`).
/// The files have no zone names, and offsets are typed by hand (sometimes wrong for daylight
/// saving): talkcard shows the offset it read, never one it guessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Offset {
    /// Minutes east of UTC.
    pub minutes: i16,
}

impl Offset {
    /// Reads `Z`, `±HH:MM` or `±HHMM`.
    pub fn parse(value: &str) -> Option<Offset> {
        let value = value.trim();
        if value == "Z" || value == "z" {
            return Some(Offset { minutes: 0 });
        }
        let sign = match value.as_bytes().first()? {
            b'+' => 1,
            b'-' => -1,
            _ => return None,
        };
        let digits: String = value[1..].chars().filter(|c| *c != ':').collect();
        if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let hours: i16 = digits[..2].parse().ok()?;
        let minutes: i16 = digits[2..].parse().ok()?;
        (hours <= 14 && minutes < 60).then_some(Offset {
            minutes: sign * (hours * 60 + minutes),
        })
    }
}

impl Offset {
    /// As ISO 8601 writes it after a time: `-05:00`, `+00:00`.
    pub fn iso(self) -> String {
        let sign = if self.minutes < 0 { '-' } else { '+' };
        let m = self.minutes.unsigned_abs();
        format!("{sign}{:02}:{:02}", m / 60, m % 60)
    }
}

/// `UTC-05:00`, `UTC+05:30`, `UTC`.
impl fmt::Display for Offset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.minutes == 0 {
            return f.write_str("UTC");
        }
        write!(f, "UTC{}", self.iso())
    }
}

/// A day, maybe a time of day on it, maybe the offset of that time: what the event data's
/// `startdate` holds (`2019-08-27T00:00:00-05:00`, or only `2019-08-27`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    /// The day, in the event's own calendar.
    pub date: Date,
    /// The local time of day, when written.
    pub time: Option<Time>,
    /// The time's offset from UTC, when written.
    pub offset: Option<Offset>,
}

impl Moment {
    /// Reads `YYYY-MM-DD`, optionally followed by `T` (or a space) and `HH:MM[:SS]` and an
    /// offset.
    pub fn parse(value: &str) -> Option<Moment> {
        let value = value.trim();
        let date = Date::parse(value.get(..10)?)?;
        let rest = &value[10..];
        if rest.is_empty() {
            return Some(Moment {
                date,
                time: None,
                offset: None,
            });
        }
        let rest = rest.strip_prefix(['T', 't', ' '])?;
        let split = rest.find(['+', '-', 'Z', 'z']).unwrap_or(rest.len());
        let (clock, offset) = rest.split_at(split);
        // Fractions of a second are allowed and dropped.
        let clock = clock.split('.').next().unwrap_or(clock);
        let time = Time::parse(clock)?;
        let offset = if offset.is_empty() {
            None
        } else {
            Some(Offset::parse(offset)?)
        };
        Some(Moment {
            date,
            time: Some(time),
            offset,
        })
    }
}

/// The day and time of day of `minutes` since 1970-01-01T00:00 (the inverse of
/// [`utc_minutes`] at offset zero; add an offset's minutes first for its wall clock).
pub fn from_minutes(minutes: i64) -> (Date, Time) {
    let rest = minutes.rem_euclid(1440);
    (
        Date::from_days_since_epoch(minutes.div_euclid(1440)),
        Time {
            hour: (rest / 60) as u8,
            minute: (rest % 60) as u8,
        },
    )
}

/// Minutes since 1970-01-01T00:00Z of a local `date` and `time` at `offset`.
pub fn utc_minutes(date: Date, time: Time, offset: Offset) -> i64 {
    date.days_since_epoch() * 1440 + i64::from(time.hour) * 60 + i64::from(time.minute)
        - i64::from(offset.minutes)
}

/// When a talk happens, as far as the file says.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Schedule {
    /// The day.
    pub date: Option<Date>,
    /// Start time.
    pub start: Option<Time>,
    /// End time.
    pub end: Option<Time>,
}

impl Schedule {
    /// True when nothing is known.
    pub fn is_empty(&self) -> bool {
        self.date.is_none() && self.start.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_english_when_the_browser_cannot_format() {
        let date = Date::parse("2019-08-27").unwrap();
        assert_eq!(date.weekday(), 2);
        assert_eq!(Date::parse("1970-01-01").unwrap().weekday(), 4);
        assert_eq!(Date::parse("2024-02-29").unwrap().weekday(), 4);
        assert_eq!(short_weekday(2), "Tue");
        let at = |hour, minute| Time { hour, minute }.plain_text();
        assert_eq!(at(9, 15), "9:15 AM");
        assert_eq!(at(0, 5), "12:05 AM");
        assert_eq!(at(12, 0), "12:00 PM");
        assert_eq!(at(23, 59), "11:59 PM");
    }

    #[test]
    fn dates() {
        assert_eq!(
            Date::parse("2019-08-07"),
            Some(Date {
                year: 2019,
                month: 8,
                day: 7
            })
        );
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Some(29));
        assert_eq!(
            Date::parse("2016-07-15T22:06:24-06:00")
                .map(|d| d.to_string())
                .as_deref(),
            Some("2016-07-15")
        );
        for bad in [
            "",
            "2023-02-29",
            "2019-13-01",
            "2019-04-31",
            "19-08-07",
            "2019/08/07",
            "TBD",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn times() {
        assert_eq!(Time::parse("09:00"), Some(Time { hour: 9, minute: 0 }));
        assert_eq!(
            Time::parse("9:05").map(|t| t.to_string()).as_deref(),
            Some("09:05")
        );
        assert_eq!(
            Time::parse("13:30:00"),
            Some(Time {
                hour: 13,
                minute: 30
            })
        );
        for bad in ["", "24:00", "12:60", "noon", "12", "12:00:00:00"] {
            assert_eq!(Time::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn days_since_epoch_round_trip_across_leap_years() {
        let d = |s: &str| Date::parse(s).unwrap();
        assert_eq!(d("1970-01-01").days_since_epoch(), 0);
        assert_eq!(d("2000-03-01").days_since_epoch(), 11_017);
        assert_eq!(d("2019-08-27").days_since_epoch(), 18_135);
        for days in [-1, 0, 59, 60, 11_016, 18_135, 20_000, 40_000] {
            assert_eq!(Date::from_days_since_epoch(days).days_since_epoch(), days);
        }
        assert_eq!(
            Date::from_days_since_epoch(11_016).to_string(),
            "2000-02-29"
        );
    }

    #[test]
    fn offsets_and_moments_as_the_data_files_write_them() {
        assert_eq!(Offset::parse("-05:00"), Some(Offset { minutes: -300 }));
        assert_eq!(Offset::parse("+0530"), Some(Offset { minutes: 330 }));
        assert_eq!(Offset::parse("Z").unwrap().to_string(), "UTC");
        assert_eq!(Offset::parse("-05:00").unwrap().to_string(), "UTC-05:00");
        assert_eq!(Offset::parse("05:00"), None);
        let m = Moment::parse("2019-08-27T00:00:00-05:00").unwrap();
        assert_eq!(m.date.to_string(), "2019-08-27");
        assert_eq!(m.time, Some(Time { hour: 0, minute: 0 }));
        assert_eq!(m.offset, Some(Offset { minutes: -300 }));
        let m = Moment::parse("2016-10-06").unwrap();
        assert_eq!((m.time, m.offset), (None, None));
        assert_eq!(
            Moment::parse("2024-05-18T08:00:00-03:00").unwrap().time,
            Some(Time { hour: 8, minute: 0 })
        );
        assert_eq!(Moment::parse("2019-08-27T09:00").unwrap().offset, None);
        for bad in [
            "",
            "late",
            "2019-08-27T",
            "2019-08-27Tnoon",
            "2019-08-27T09:00+5",
        ] {
            assert_eq!(Moment::parse(bad), None, "{bad}");
        }
        // 09:15 in Chicago (UTC-05:00) is 14:15 UTC.
        let utc = utc_minutes(
            Date::parse("2019-08-27").unwrap(),
            Time {
                hour: 9,
                minute: 15,
            },
            Offset { minutes: -300 },
        );
        assert_eq!(utc, 18_135 * 1440 + 14 * 60 + 15);
        assert_eq!(
            from_minutes(utc),
            (
                Date::parse("2019-08-27").unwrap(),
                Time {
                    hour: 14,
                    minute: 15
                }
            )
        );
        assert_eq!(
            from_minutes(-1).1,
            Time {
                hour: 23,
                minute: 59
            }
        );
        assert_eq!(Offset { minutes: 0 }.iso(), "+00:00");
    }
}
