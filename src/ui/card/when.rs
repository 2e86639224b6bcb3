//! When and where a talk happens, as the card shows it: the day and times in the event's own
//! clock with its UTC offset named, and the visitor's own time beside them when their zone
//! differs; times without an offset stay as written. Past events say so.
//!
//! The event's clock is written by the core in the card's language ([`language::dates`]), the
//! same natively and in the browser; the visitor's time is the true instant, formatted by the
//! browser in their own zone ([`super::dates`]).

use yew::prelude::*;

use super::sanitise::SafeNodes;

#[cfg(target_arch = "wasm32")]
use super::dates::{Style, format, instant};

use crate::event::{EventFacts, TalkTime};
use crate::language::{self, Language, words};
use crate::schedule::{Date, Time};

/// The talk's day and time, or nothing when neither its file nor its event's schedule has one.
///
/// `fixed`: a card rendered ahead (the export) and the live card that takes it over write the
/// same words, so nothing moves when the bundle arrives: no visitor's time (which only the
/// visitor's browser knows).
pub fn when(language: Language, time: &TalkTime, facts: Option<&EventFacts>, fixed: bool) -> Html {
    let schedule = &time.schedule;
    if schedule.is_empty() {
        return Html::default();
    }
    let mut parts = Vec::new();
    if let Some(date) = schedule.date {
        parts.push(language::dates::day(language, date));
    }
    let clock = |t: Time| language::dates::clock(language, t);
    let mut span = match (schedule.start, schedule.end) {
        (Some(start), Some(end)) => format!("{}–{}", clock(start), clock(end)),
        (Some(start), None) => clock(start),
        _ => String::new(),
    };
    if let (false, Some(offset)) = (span.is_empty(), time.offset) {
        span = format!("{span} ({offset})");
    }
    if !span.is_empty() {
        parts.push(span);
    }
    let visitor = if fixed {
        None
    } else {
        visitor_time(language, time)
    };
    let past = schedule.date.is_some_and(|date| {
        let today = today();
        facts.map_or(date < today, |f| f.is_past(today))
    });
    let mut text = parts.join(" · ");
    if past {
        text = words::card::took_place(language, &text);
    }
    html! {
        <span class="talkcard-when-wrap">
            <time class="talkcard-when" datetime={machine(time)}
                data-source={source_name(time)}>{ text }</time>
            if let Some(place) = &time.place {
                <span class="talkcard-when-place">{ format!(" · {place}") }</span>
            }
            if let Some(visitor) = visitor {
                <span class="talkcard-when-local">{ words::card::your_time(language, &visitor) }</span>
            }
        </span>
    }
}

/// A timetable row's times in the visitor's zone ("your time: Tue 4:15 PM–4:45 PM GMT+2"), when
/// the event's offset is known and the visitor's differs (never natively: a page rendered
/// ahead has no visitor).
pub fn visitor_row_time(
    language: Language,
    date: Option<Date>,
    start: Option<Time>,
    end: Option<Time>,
    offset: Option<crate::schedule::Offset>,
) -> Option<String> {
    let time = TalkTime {
        schedule: crate::schedule::Schedule { date, start, end },
        offset,
        source: crate::event::Source::TalkFile,
        place: None,
        notes: Vec::new(),
    };
    visitor_time(language, &time).map(|t| words::card::your_time(language, &t))
}

/// A day as the timetable writes it ("Tuesday, August 27, 2019").
pub fn day_text(language: Language, date: Date) -> String {
    language::dates::day(language, date)
}

/// A wall-clock time of the event as the timetable writes it ("9:15 AM", "09:15").
pub fn clock_text(language: Language, time: Time) -> String {
    language::dates::clock(language, time)
}

/// Venue and address, from the event's data.
pub fn place(facts: Option<&EventFacts>) -> Html {
    match place_text(facts) {
        Some(text) => html! { <span class="talkcard-where">{ text }</span> },
        None => Html::default(),
    }
}

/// `UIC Forum, 725 West Roosevelt Road, Chicago, Illinois 60608`: the venue and its address.
pub fn place_text(facts: Option<&EventFacts>) -> Option<String> {
    let facts = facts?;
    Some(match (&facts.venue, &facts.address) {
        (Some(venue), Some(address)) if !address.contains(venue.as_str()) => {
            format!("{venue}, {address}")
        }
        (_, Some(address)) => address.clone(),
        (Some(venue), None) => venue.clone(),
        (None, None) => return None,
    })
}

fn source_name(time: &TalkTime) -> &'static str {
    match time.source {
        crate::event::Source::TalkFile => "talk-file",
        crate::event::Source::Slot { .. } => "schedule",
        crate::event::Source::Title { .. } => "title",
        crate::event::Source::Ignite { .. } => "ignites",
    }
}

/// The `datetime` attribute: the start as far as known, else the time alone.
fn machine(time: &TalkTime) -> String {
    time.iso_start()
        .or_else(|| time.schedule.start.map(|t| t.to_string()))
        .unwrap_or_default()
}

/// The talk's time in the visitor's zone, when the event's offset is known and theirs differs
/// at that moment: `Tue 16:15–16:45 CEST`. A page rendered ahead of any visitor has none.
#[cfg(not(target_arch = "wasm32"))]
fn visitor_time(_: Language, _: &TalkTime) -> Option<String> {
    None
}

/// The talk's time in the visitor's zone, when the event's offset is known and theirs differs
/// at that moment: `Tue 16:15–16:45 CEST`.
#[cfg(target_arch = "wasm32")]
fn visitor_time(language: Language, time: &TalkTime) -> Option<String> {
    let offset = time.offset?;
    let start = instant(time.utc_start()?);
    let visitor_offset = -start.get_timezone_offset();
    if (visitor_offset - f64::from(offset.minutes)).abs() < 0.5 {
        return None;
    }
    let start_text = format(language, Style::Local, &start);
    Some(match time.utc_end() {
        Some(end) => format!(
            "{start_text}–{}",
            format(language, Style::LocalEnd, &instant(end))
        ),
        None => start_text,
    })
}

/// The visitor's day today, in their own zone.
#[cfg(target_arch = "wasm32")]
fn today() -> Date {
    let now = js_sys::Date::new_0();
    let minutes = (now.get_time() / 60_000.0).floor() as i64 - now.get_timezone_offset() as i64;
    crate::schedule::from_minutes(minutes).0
}

/// Today in UTC, where the page is rendered ahead of any visitor (the export).
#[cfg(not(target_arch = "wasm32"))]
fn today() -> Date {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    Date::from_days_since_epoch(days as i64)
}

/// A label slot's title (a break, a party), a link where its `custom_url` gives one.
pub fn slot_label(slot: &crate::event::Slot) -> Html {
    match &slot.link {
        Some(href) => html! {
            <a class="talkcard-slot-label" href={href.clone()} rel="noopener noreferrer nofollow">{ &slot.title }</a>
        },
        None => html! { <span class="talkcard-slot-label">{ &slot.title }</span> },
    }
}

/// What a slot in a timetable says beside its card or label: where it happens (`Grote Zaal ·
/// Security Track`), then the rest of its comments, sanitised like a talk's abstract (they
/// are Markdown or HTML from a data file, with links), and its colour's marker (drawn at the
/// slot's edge, wherever it stands among them). `base_url` is the data file's address.
pub fn slot_note(slot: &crate::event::Slot, base_url: Option<&str>) -> Html {
    let note = slot.note(base_url).map(|note| SafeNodes::of([&note]));
    html! {
        <>
            if let Some(place) = slot.place().label() {
                <p class="talkcard-slot-room">{ place }</p>
            }
            if let Some(note) = note.filter(|n| !n.is_empty()) {
                <div class="talkcard-slot-comments">{ note.to_html() }</div>
            }
            { slot_marker(slot) }
        </>
    }
}

/// The organisers' colour for a slot (`background_color`), as a bar at its edge: an SVG
/// shape's fill, not a style (the app's Content-Security-Policy allows no inline style), and
/// never behind text.
fn slot_marker(slot: &crate::event::Slot) -> Html {
    match &slot.marker {
        Some(colour) => html! {
            <svg class="talkcard-slot-marker" aria-hidden="true" viewBox="0 0 1 1" preserveAspectRatio="none">
                <rect width="1" height="1" fill={colour.clone()} />
            </svg>
        },
        None => Html::default(),
    }
}
