//! The event's days and times as each language writes them, from the message files
//! (`i18n/<tag>/dates.ftl`, CLDR's full date and short time forms).
//!
//! These are the event's own wall clock, with no zone to convert: the same words natively (an
//! exported page) and in the browser (the live card that takes it over), so nothing changes
//! when the bundle arrives and every engine writes them alike. Only the visitor's own time,
//! which needs their zone, is the browser's `Intl` (`ui::card::dates`).

use super::Language;
use super::words;
use crate::schedule::{Date, Time};

/// How a language's clock writes the hour (CLDR's short time pattern).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HourCycle {
    /// 1–12 with a half of the day ("9:15 AM", `h:mm a`).
    Twelve,
    /// 00–23 ("09:15", `HH:mm`).
    TwentyFourPadded,
    /// 0–23 ("9:15", `H:mm`).
    TwentyFour,
}

impl Language {
    /// The language's clock, as CLDR's short time format has it.
    pub fn hour_cycle(self) -> HourCycle {
        match self {
            Language::English => HourCycle::Twelve,
            Language::Spanish => HourCycle::TwentyFour,
            Language::BrazilianPortuguese
            | Language::EuropeanPortuguese
            | Language::French
            | Language::German
            | Language::Russian => HourCycle::TwentyFourPadded,
        }
    }
}

/// A day of the event: "Tuesday, August 27, 2019", "terça-feira, 27 de agosto de 2019".
pub fn day(language: Language, date: Date) -> String {
    words::dates::day(
        language,
        &date.day.to_string(),
        date.month.into(),
        date.weekday() as u64,
        &date.year.to_string(),
    )
}

/// A day in a timetable's row of day links: "Tue 27", "ter 27".
pub fn short_day(language: Language, date: Date) -> String {
    words::dates::short_day(language, &date.day.to_string(), date.weekday() as u64)
}

/// A time of the event's clock: "9:15 AM", "09:15".
pub fn clock(language: Language, time: Time) -> String {
    let hour = match language.hour_cycle() {
        HourCycle::Twelve => match time.hour % 12 {
            0 => "12".to_owned(),
            h => h.to_string(),
        },
        HourCycle::TwentyFourPadded => format!("{:02}", time.hour),
        HourCycle::TwentyFour => time.hour.to_string(),
    };
    let half = if time.hour < 12 { "am" } else { "pm" };
    words::dates::clock(language, half, &hour, &format!("{:02}", time.minute))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The forms of the browsers' `Intl.DateTimeFormat` for the same options (weekday, day,
    /// month and year long; hour numeric, minute two digits), which the card used before.
    #[test]
    fn each_language_writes_the_day_and_clock_as_cldr_does() {
        let date = Date::parse("2019-08-27").unwrap();
        let morning = Time::parse("09:05").unwrap();
        let evening = Time::parse("18:30").unwrap();
        let cases = [
            (
                Language::English,
                "Tuesday, August 27, 2019",
                "9:05 AM",
                "6:30 PM",
            ),
            (
                Language::BrazilianPortuguese,
                "terça-feira, 27 de agosto de 2019",
                "09:05",
                "18:30",
            ),
            (
                Language::EuropeanPortuguese,
                "terça-feira, 27 de agosto de 2019",
                "09:05",
                "18:30",
            ),
            (
                Language::Spanish,
                "martes, 27 de agosto de 2019",
                "9:05",
                "18:30",
            ),
            (Language::French, "mardi 27 août 2019", "09:05", "18:30"),
            (
                Language::German,
                "Dienstag, 27. August 2019",
                "09:05",
                "18:30",
            ),
            (
                Language::Russian,
                "вторник, 27 августа 2019 г.",
                "09:05",
                "18:30",
            ),
        ];
        for (language, want_day, want_morning, want_evening) in cases {
            assert_eq!(day(language, date), want_day);
            assert_eq!(clock(language, morning), want_morning);
            assert_eq!(clock(language, evening), want_evening);
        }
        // Midnight and noon on the 12-hour clock; the first and last weekday and month.
        assert_eq!(
            clock(Language::English, Time::parse("00:00").unwrap()),
            "12:00 AM"
        );
        assert_eq!(
            clock(Language::English, Time::parse("12:00").unwrap()),
            "12:00 PM"
        );
        assert_eq!(
            day(Language::English, Date::parse("2023-12-31").unwrap()),
            "Sunday, December 31, 2023"
        );
        assert_eq!(
            day(Language::German, Date::parse("2022-01-01").unwrap()),
            "Samstag, 1. Januar 2022"
        );
    }
}
