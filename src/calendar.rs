//! iCalendar files (RFC 5545) for a talk: what "Add to calendar" saves.
//!
//! A talk whose day, time and event offset are known is written in UTC (`DTSTART:…Z`), which
//! every calendar shows in its owner's zone. Without an offset the time is *floating* (no `Z`,
//! no zone: the same wall clock wherever the calendar is), and a day without a time is an
//! all-day event: the data files give no zone names, and talkcard never guesses one. The UID
//! is derived from the talk file's URL, so saving the same talk twice updates one entry.

use crate::schedule::{Date, Time, from_minutes};

/// When a calendar entry starts or ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// An instant: minutes since 1970-01-01T00:00Z.
    Utc(i64),
    /// A wall-clock time in no particular zone.
    Floating(Date, Time),
    /// A whole day.
    Day(Date),
}

/// One talk, as a calendar entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The talk file's URL (the UID is derived from it; also the entry's `URL` when no page is given).
    pub talk_url: String,
    /// The page that shows the talk (the card's link).
    pub page_url: Option<String>,
    /// The talk's title.
    pub summary: String,
    /// Start.
    pub start: When,
    /// End, when known.
    pub end: Option<When>,
    /// The venue, address or city.
    pub location: Option<String>,
    /// Plain text: speakers and an excerpt of the abstract.
    pub description: Option<String>,
}

/// A `VCALENDAR` holding `entries`, stamped `now` (minutes since the epoch, UTC), with CRLF line
/// ends and lines folded at 75 octets.
pub fn ics(entries: &[Entry], now: i64) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//talkcard//talkcard//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
    ];
    for entry in entries {
        lines.push("BEGIN:VEVENT".to_owned());
        lines.push(format!("UID:{}", uid(&entry.talk_url)));
        lines.push(format!("DTSTAMP:{}", utc_text(now)));
        lines.push(moment_line("DTSTART", entry.start));
        match (entry.end, entry.start) {
            (Some(end), _) => lines.push(moment_line("DTEND", end)),
            // An all-day entry ends (exclusively) the next day.
            (None, When::Day(day)) => lines.push(moment_line(
                "DTEND",
                When::Day(Date::from_days_since_epoch(day.days_since_epoch() + 1)),
            )),
            (None, _) => {}
        }
        lines.push(format!("SUMMARY:{}", escape(&entry.summary)));
        if let Some(location) = &entry.location {
            lines.push(format!("LOCATION:{}", escape(location)));
        }
        // A link only when it is an address a calendar can open (an export without
        // `--base-url` knows its talks by relative paths only).
        let url = entry.page_url.as_deref().unwrap_or(&entry.talk_url);
        if url.starts_with("https://") || url.starts_with("http://") {
            lines.push(format!("URL:{url}"));
        }
        if let Some(description) = &entry.description {
            lines.push(format!("DESCRIPTION:{}", escape(description)));
        }
        lines.push("END:VEVENT".to_owned());
    }
    lines.push("END:VCALENDAR".to_owned());
    lines.iter().map(|line| fold(line) + "\r\n").collect()
}

/// A stable, unique id for the talk at `url`: FNV-1a of the URL, and talkcard's name.
fn uid(url: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in url.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}@talkcard")
}

fn moment_line(name: &str, moment: When) -> String {
    match moment {
        When::Utc(minutes) => format!("{name}:{}", utc_text(minutes)),
        When::Floating(date, time) => format!("{name}:{}T{}", day_text(date), time_text(time)),
        When::Day(date) => format!("{name};VALUE=DATE:{}", day_text(date)),
    }
}

fn utc_text(minutes: i64) -> String {
    let (date, time) = from_minutes(minutes);
    format!("{}T{}Z", day_text(date), time_text(time))
}

fn day_text(date: Date) -> String {
    format!("{:04}{:02}{:02}", date.year, date.month, date.day)
}

fn time_text(time: Time) -> String {
    format!("{:02}{:02}00", time.hour, time.minute)
}

/// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.replace("\r\n", "\n").chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line into lines of at most 75 octets (§3.1), never inside a character.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out
}

/// The first sentences of `text` up to about `max` characters, whitespace folded, cut at a
/// word with "…": a calendar entry's description, not the whole abstract.
pub fn excerpt(text: &str, max: usize) -> String {
    let folded = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if folded.chars().count() <= max {
        return folded;
    }
    let cut: String = folded.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn entry(start: When, end: Option<When>) -> Entry {
        Entry {
            talk_url: "https://example.org/content/events/2019-chicago/program/jeff-smith.md"
                .into(),
            page_url: Some("https://talkcard.example/?talk=x".into()),
            summary: "Ethics in Computing: When Right and Wrong, Stop; Being Obvious".into(),
            start,
            end,
            location: Some("UIC Forum, 725 West Roosevelt Road, Chicago".into()),
            description: Some("by Jeff Smith\nA line\\with a backslash".into()),
        }
    }

    #[test]
    fn a_talk_in_utc_with_escaped_text_and_crlf_lines() {
        let day = date("2019-08-27").days_since_epoch() * 1440;
        let text = ics(
            &[entry(
                When::Utc(day + 14 * 60 + 15),
                Some(When::Utc(day + 14 * 60 + 45)),
            )],
            date("2026-12-01").days_since_epoch() * 1440 + 90,
        );
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(text.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assert!(text.contains("\r\nDTSTART:20190827T141500Z\r\n"), "{text}");
        assert!(text.contains("\r\nDTEND:20190827T144500Z\r\n"));
        assert!(text.contains("\r\nDTSTAMP:20261201T013000Z\r\n"));
        assert!(text.contains(
            "\r\nSUMMARY:Ethics in Computing: When Right and Wrong\\, Stop\\; Being Obvious\r\n"
        ));
        assert!(text.contains("\r\nDESCRIPTION:by Jeff Smith\\nA line\\\\with a backslash\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'));
        // The same talk, the same UID.
        let again = ics(&[entry(When::Day(date("2019-08-27")), None)], 0);
        let uid = |t: &str| {
            t.lines()
                .find(|l| l.starts_with("UID:"))
                .unwrap()
                .to_owned()
        };
        assert_eq!(uid(&text), uid(&again));
    }

    #[test]
    fn floating_times_and_all_day_entries() {
        let text = ics(
            &[entry(
                When::Floating(
                    date("2030-05-04"),
                    Time {
                        hour: 10,
                        minute: 30,
                    },
                ),
                Some(When::Floating(
                    date("2030-05-04"),
                    Time {
                        hour: 11,
                        minute: 0,
                    },
                )),
            )],
            0,
        );
        assert!(text.contains("\r\nDTSTART:20300504T103000\r\n"), "{text}");
        let day = ics(&[entry(When::Day(date("2019-12-31")), None)], 0);
        assert!(day.contains("\r\nDTSTART;VALUE=DATE:20191231\r\nDTEND;VALUE=DATE:20200101\r\n"));
    }

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let line = format!("DESCRIPTION:{}", "é".repeat(100));
        let folded = fold(&line);
        for part in folded.split("\r\n") {
            assert!(part.len() <= 75, "{} octets", part.len());
        }
        assert_eq!(folded.replace("\r\n ", ""), line);
    }

    #[test]
    fn excerpts_cut_at_a_word() {
        assert_eq!(excerpt("  A short\n\nabstract. ", 100), "A short abstract.");
        assert_eq!(
            excerpt(
                "Ethics in computing sounds like a fairly straight forward proposition",
                30
            ),
            "Ethics in computing sounds…"
        );
    }

    // The wasm32 test build has no `ical` (a native dev-dependency).
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn a_real_icalendar_parser_reads_it_back() {
        let long = "An abstract that goes on, and on; with commas, semicolons and ünïcödé "
            .repeat(4)
            .trim_end()
            .to_owned();
        let mut talk = entry(When::Day(date("2019-08-27")), None);
        talk.description = Some(long.clone());
        let text = ics(&[talk], 0);
        let calendar = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()))
            .next()
            .unwrap()
            .unwrap();
        let event = &calendar.events[0];
        let value = |name: &str| {
            event
                .properties
                .iter()
                .find(|p| p.name == name)
                .and_then(|p| p.value.clone())
                .unwrap()
        };
        assert_eq!(value("DTSTART"), "20190827");
        assert_eq!(value("DTEND"), "20190828");
        // Unfolded by the parser, it is the escaped text again.
        assert_eq!(value("DESCRIPTION"), escape(&long));
    }
}
