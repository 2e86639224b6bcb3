//! What a timetable says of its event above the days: its name, its dates, where, and whose
//! clock the times are in; and, for an event whose data has no schedule, what is known of it.

use yew::prelude::*;

use crate::event::{Event, EventData, EventFacts, EventSite};
use crate::language::{Language, words::timetable};
use crate::schedule::Offset;
use crate::ui::card::when::{day_text, place_text};

/// The timetable's header: "2019 Chicago program", the dates, the venue, the clock.
pub(super) fn event_header(
    language: Language,
    site: &EventSite,
    facts: Option<&EventFacts>,
    offset: Option<Offset>,
) -> Html {
    let dates = facts.and_then(|f| f.start).map(|start| {
        let first = day_text(language, start.date);
        match facts
            .and_then(|f| f.end)
            .filter(|end| end.date != start.date)
        {
            Some(end) => format!("{first} – {}", day_text(language, end.date)),
            None => first,
        }
    });
    let zone = match offset {
        Some(offset) => timetable::times_offset(language, &offset.to_string()),
        None => timetable::times_local(language),
    };
    html! {
        <header class="talkcard-timetable-header">
            <h1 class="talkcard-timetable-title">{ timetable::program_title(language, &Event::title(&site.event, facts)) }</h1>
            if let Some(dates) = dates {
                <p class="talkcard-timetable-dates">{ dates }</p>
            }
            if let Some(place) = place_text(facts) {
                <p class="talkcard-where">{ place }</p>
            }
            <p class="talkcard-timetable-zone">{ zone }</p>
        </header>
    }
}

/// An event whose data has no schedule (and no talk files read ahead): what is known of it,
/// calmly.
pub(super) fn no_schedule(language: Language, site: &EventSite, data: &EventData) -> Html {
    let detail = if data.is_empty() {
        let urls = site.data_urls();
        timetable::no_data_file(language, &site.event, &urls[2], &urls[1])
    } else {
        timetable::no_schedule_in_data(language, &site.event)
    };
    html! {
        <section class="talkcard-program talkcard-timetable" data-state="empty">
            <div class="talkcard">
                <h2 class="talkcard-error-title">{ timetable::no_schedule(language) }</h2>
                <p class="talkcard-error-detail">{ detail }</p>
                { for data.warnings.iter().filter(|w| w.diagnostic.is_error()).map(|w| html! {
                    <p class="talkcard-diagnostic" data-severity="warning">{ w.located(language) }</p>
                }) }
            </div>
        </section>
    }
}
