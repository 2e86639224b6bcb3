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
}
