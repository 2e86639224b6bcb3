//! The event a talk belongs to, read from where its file lives.
//!
//! Conference sites keep talks at `…/events/<YYYY-city>/program/<talk>.md`, so the URL names the
//! event: `…/events/2019-chicago/program/x.md` is "2019 Chicago". The talk file itself often
//! does not (only 33 of 208 real files have `City`/`Year`). The site's data files say more:
//! where they are ([`site`]), the event's facts ([`facts`]) and schedule ([`timetable`]), and
//! how the files of one event are put together ([`data`]), where a slot happens ([`place`]),
//! which slot a talk's title names when the schedule gives no slug ([`titles`]), and which
//! talks the schedule leaves out ([`unplaced`]).

pub mod data;
pub mod facts;
pub mod place;
pub mod site;
pub mod timetable;
pub mod titles;
pub mod unplaced;
pub mod when;

pub use data::{DataFile, DataWarning, EventData};
pub use facts::EventFacts;
pub use place::SlotPlace;
pub use site::{DataFiles, EventSite};
pub use timetable::{Day, Ignite, Row, ScheduledTalk, Slot, SlotKind, Timetable};
pub use titles::{TitleMatch, TitledTalks, title_key};
pub use unplaced::{KindGroup, ProgramTalk, session_kind, unplaced};
pub use when::{Source, TalkName, TalkTime};

use std::fmt;

/// A conference edition: a year and a city.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// The year, as written (`2019`).
    pub year: String,
    /// The city, title-cased from the slug (`sao-paulo` → "Sao Paulo").
    pub city: String,
}

impl Event {
    /// The event of a talk file at `url` (or path): the folder above `program/` or, without
    /// one, the talk's own folder, when it is named `YYYY-city`.
    pub fn from_url(url: &str) -> Option<Event> {
        let path = url.split(['?', '#']).next().unwrap_or(url);
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let (_file, folders) = segments.split_last()?;
        // The "new-events" tree: `…/new-events/<year>/<city>/program/x.md`.
        if let [.., "new-events", year, city, "program"] = folders {
            return Event::from_slug(&format!("{year}-{}", percent_decode(city)));
        }
        let folder = match folders.split_last()? {
            (&"program", rest) => rest.last()?,
            (folder, _) => folder,
        };
        Event::from_slug(&percent_decode(folder))
    }

    /// An event folder's display name: "2019 Chicago", with the data's spelling of the city
    /// ("São Paulo") when it has one; the folder's name as it is when it names no event. The
    /// export's pages and the browser's timetable title an event with it.
    pub fn title(folder: &str, facts: Option<&EventFacts>) -> String {
        match Event::from_slug(folder) {
            Some(mut event) => {
                if let Some(city) = facts.and_then(|f| f.city.clone()) {
                    event.city = city;
                }
                event.to_string()
            }
            None => folder.to_owned(),
        }
    }

    /// Reads `2019-chicago` (or `new-events_2019-berlin`) as an event.
    pub fn from_slug(slug: &str) -> Option<Event> {
        let slug = slug.rsplit('_').next().unwrap_or(slug);
        let (year, city) = slug.split_once('-')?;
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) || city.is_empty() {
            return None;
        }
        let city = city
            .split('-')
            .filter(|w| !w.is_empty())
            .map(crate::case::capitalise)
            .collect::<Vec<_>>()
            .join(" ");
        Some(Event {
            year: year.to_owned(),
            city,
        })
    }
}

/// "2019 Chicago".
impl fmt::Display for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.year, self.city)
    }
}

/// Decodes `%XX` escapes (non-ASCII folder names arrive encoded in URLs).
pub(crate) fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(byte) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(url: &str) -> Option<String> {
        Event::from_url(url).map(|e| e.to_string())
    }

    #[test]
    fn events_from_site_urls() {
        assert_eq!(
            event("https://example.org/content/events/2019-chicago/program/x.md").as_deref(),
            Some("2019 Chicago")
        );
        assert_eq!(
            event("https://raw.githubusercontent.com/devopsdays/devopsdays-web/main/content/events/2024-sao-paulo/program/bernardo-lankheet.md").as_deref(),
            Some("2024 Sao Paulo")
        );
        assert_eq!(
            event("/events/2018-tel-aviv/program/x.md?raw=1").as_deref(),
            Some("2018 Tel Aviv")
        );
    }

    #[test]
    fn events_from_corpus_paths() {
        assert_eq!(
            event("talks/2025-kansas-city/nicolas-fr%C3%A4nkel.md").as_deref(),
            Some("2025 Kansas City")
        );
        assert_eq!(
            event("talks/new-events_2019-berlin/x.md").as_deref(),
            Some("2019 Berlin")
        );
        assert_eq!(
            event("https://example.org/content/new-events/2019/berlin/program/x.md").as_deref(),
            Some("2019 Berlin")
        );
    }

    #[test]
    fn no_event_when_the_folder_is_not_one() {
        assert_eq!(event("https://example.org/talk.md"), None);
        assert_eq!(event("https://example.org/talks/x.md"), None);
        assert_eq!(event("x.md"), None);
        assert_eq!(event("data:text/markdown,+++"), None);
    }
}
