//! What a timetable says of its event above the days: its name, its dates, where, and whose
//! clock the times are in; and, for an event whose data has no schedule, what is known of it.

use yew::prelude::*;

use crate::event::{Event, EventData, EventFacts, EventSite};
use crate::schedule::Offset;
use crate::ui::card::when::{day_text, place_text};

/// The timetable's header: "2019 Chicago program", the dates, the venue, the clock.
pub(super) fn event_header(
    site: &EventSite,
    facts: Option<&EventFacts>,
    offset: Option<Offset>,
) -> Html {
    let dates = facts.and_then(|f| f.start).map(|start| {
        let first = day_text(start.date);
        match facts
            .and_then(|f| f.end)
            .filter(|end| end.date != start.date)
        {
            Some(end) => format!("{first} – {}", day_text(end.date)),
            None => first,
        }
    });
    let zone = match offset {
        Some(offset) => format!("Times are the event's ({offset})."),
        None => "Times are the event's local time.".to_owned(),
    };
    html! {
        <header class="talkcard-timetable-header">
            <h1 class="talkcard-timetable-title">{ format!("{} program", Event::title(&site.event, facts)) }</h1>
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
pub(super) fn no_schedule(site: &EventSite, data: &EventData) -> Html {
    let detail = if data.is_empty() {
        format!(
            "No data file was found for {} ({} or the older {}).",
            site.event,
            site.data_urls()[1],
            site.data_urls()[2]
        )
    } else {
        format!(
            "The data files of {} hold no schedule with talks.",
            site.event
        )
    };
    html! {
        <section class="talkcard-program talkcard-timetable" data-state="empty">
            <div class="talkcard">
                <h2 class="talkcard-error-title">{ "No schedule for this event" }</h2>
                <p class="talkcard-error-detail">{ detail }</p>
                { for data.warnings.iter().filter(|w| w.diagnostic.is_error()).map(|w| html! {
                    <p class="talkcard-diagnostic" data-severity="warning">{ w.to_string() }</p>
                }) }
            </div>
        </section>
    }
}
