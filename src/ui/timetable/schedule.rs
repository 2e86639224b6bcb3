//! A timetable's days: a section per day (its date an anchor), rows in time order with the
//! time of the event's clock (and the visitor's beside it where the browser knows it), parallel
//! slots side by side, labels as thin rows with the organisers' notes, the ignite session with
//! its talks, and the "now" line while the event is on. The view hands over how it draws a talk
//! and which sessions its filters let through. What only the browser can draw (the now line) is
//! marked `data-talkcard-late`: the exported page's live copy finds a control pressed before it
//! was live by its place among the others (`ui::app::adopt`).

use yew::prelude::*;

use super::days::day_anchor;
use crate::event::{Day, Row, Slot, SlotKind, Timetable, TitledTalks};
use crate::language::{Language, words::timetable};
use crate::schedule::{Date, Offset, Time};
use crate::ui::card::when::{clock_text, day_text, slot_label, slot_note, visitor_row_time};

/// Whether a view's filters let a session through: its kind (`talk`, `ignite`…), its slot when
/// it is a label, its talk's slug when it is a talk.
pub type Shown<'a> = &'a dyn Fn(&str, Option<&Slot>, Option<&str>) -> bool;

/// How a view draws its timetable's talks, and what it shows.
pub struct Draw<'a> {
    /// The language of its words and times.
    pub language: Language,
    /// A talk's cell: its slug, and the note above its card (room, comments, colour marker).
    pub talk: &'a dyn Fn(&str, Html) -> Html,
    /// Whether the view's filters let a session through.
    pub shown: Shown<'a>,
    /// True while a filter narrows the view: an ignite session none of whose talks is left
    /// then goes, and a day with nothing left says so.
    pub filtering: bool,
    /// The slots that carry a talk's title rather than its slug, by line (known when the
    /// event's files were read ahead; a view that fetches what its schedule names, which
    /// cannot list a site's files, knows none: such slots stay labels there).
    pub titled: &'a TitledTalks,
    /// Where the slots' comments were read from: their links resolve against it.
    pub base: Option<&'a str>,
    /// The event's offset, when known: each row then also gives the visitor's own time where
    /// their zone differs (the browser only: the export cannot know the visitor's zone).
    pub offset: Option<Offset>,
    /// Today and the time in the event's clock while the view can know it (the browser): the
    /// now line goes in today's rows.
    pub now: Option<(Date, Time)>,
}

/// The sections of `days` (of `timetable`), drawn as `draw` says.
pub fn day_sections(timetable: &Timetable, days: &[Day<'_>], draw: &Draw<'_>) -> Html {
    days.iter()
        .map(|day| day_section(timetable, day, draw))
        .collect()
}

fn day_section(timetable: &Timetable, day: &Day<'_>, draw: &Draw<'_>) -> Html {
    let mut rows: Vec<Html> = day
        .rows
        .iter()
        .filter_map(|row| row_item(timetable, day, row, draw))
        .collect();
    if let (Some((today, clock)), Some(date)) = (draw.now, day.date)
        && today == date
        && let Some(at) = day.now_at(clock)
    {
        let visible_before = day.rows[..at.min(day.rows.len())].len().min(rows.len());
        rows.insert(
            visible_before,
            html! { <li class="talkcard-now" id="now" role="note" data-talkcard-late="">{ timetable::now(draw.language, &clock_text(draw.language, clock)) }</li> },
        );
    }
    let heading = day.date.map_or_else(
        || timetable::undated(draw.language),
        |date| day_text(draw.language, date),
    );
    html! {
        <section class="talkcard-day" data-date={day.date.map(|d| d.to_string())}
            id={day.date.map(day_anchor)}>
            <h2 class="talkcard-day-title">{ heading }</h2>
            if rows.is_empty() {
                <p class="talkcard-status">{ timetable::nothing_matches(draw.language) }</p>
            } else {
                <ol class="talkcard-rows">{ for rows }</ol>
            }
        </section>
    }
}

/// A row of the day: its time and its slots; `None` when the filters leave none of them.
fn row_item(timetable: &Timetable, day: &Day<'_>, row: &Row<'_>, draw: &Draw<'_>) -> Option<Html> {
    let cells: Vec<Html> = row
        .slots
        .iter()
        .filter_map(|slot| slot_cell(timetable, day, slot, draw))
        .collect();
    if cells.is_empty() {
        return None;
    }
    let clock = |time| clock_text(draw.language, time);
    let time = match (row.start, row.end) {
        (Some(s), Some(e)) => format!("{}–{}", clock(s), clock(e)),
        (Some(s), None) => clock(s),
        _ => row.slots[0].start_text.clone().unwrap_or_default(),
    };
    let class = classes!(
        "talkcard-row",
        row.is_label().then_some("talkcard-row--label")
    );
    let visitor = visitor_row_time(draw.language, day.date, row.start, row.end, draw.offset);
    Some(html! {
        <li {class} data-start={row.start.map(|t| t.to_string())}>
            <div class="talkcard-row-time">
                { time }
                if let Some(visitor) = visitor {
                    <span class="talkcard-when-local">{ visitor }</span>
                }
            </div>
            <div class="talkcard-row-slots">{ for cells }</div>
        </li>
    })
}

/// One slot of a row: a talk, the ignite session with its talks, or a label.
fn slot_cell(timetable: &Timetable, day: &Day<'_>, slot: &Slot, draw: &Draw<'_>) -> Option<Html> {
    let kind = slot.kind.name();
    match slot.kind {
        SlotKind::Talk | SlotKind::Workshop => (draw.shown)(kind, None, Some(&slot.title))
            .then(|| (draw.talk)(&slot.title, slot_note(slot, draw.base))),
        SlotKind::Ignite => {
            let ignites: Vec<Html> = timetable
                .ignites_on(day.date)
                .iter()
                .filter(|i| (draw.shown)(kind, None, Some(&i.slug)))
                .map(|i| (draw.talk)(&i.slug, Html::default()))
                .collect();
            (!ignites.is_empty() || !draw.filtering).then(|| {
                html! {
                    <div class="talkcard-slot talkcard-slot--ignite">
                        <h3 class="talkcard-slot-label">{ &slot.title }</h3>
                        <div class="talkcard-ignites">{ for ignites }</div>
                    </div>
                }
            })
        }
        _ => match draw.titled.get(&slot.line) {
            Some(slug) => (draw.shown)("talk", None, Some(slug))
                .then(|| (draw.talk)(slug, slot_note(slot, draw.base))),
            None => (draw.shown)(kind, Some(slot), None).then(|| {
                html! {
                    <div class="talkcard-slot talkcard-slot--label" data-type={kind.to_owned()}>
                        { slot_label(slot) }
                        { slot_note(slot, draw.base) }
                    </div>
                }
            }),
        },
    }
}
