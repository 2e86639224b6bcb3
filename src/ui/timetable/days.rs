//! Finding one's way in a schedule of several days: each day's section is an anchor named by
//! its date (`#2024-09-23`, a link to share: "Tuesday's program"), and a row of day links at
//! the top goes to each one. On a phone the row stays at the top of the screen while the
//! visitor scrolls (CSS `position: sticky`), as pretalx's day tabs do. Plain links: they work
//! before the bundle arrives, with JavaScript off, and in the exported event pages.

use yew::prelude::*;

use crate::event::Day;
use crate::language::{Language, dates, words::timetable};
use crate::schedule::Date;

/// The anchor of a day's section: its date, `2024-09-23`.
pub fn day_anchor(date: Date) -> String {
    date.to_string()
}

/// The day links above a timetable of `days` (in order; the undated are not linked);
/// nothing for a single day.
pub fn day_switcher(language: Language, days: &[Day<'_>]) -> Html {
    let dates: Vec<Date> = days.iter().filter_map(|d| d.date).collect();
    if dates.len() < 2 {
        return Html::default();
    }
    html! {
        <nav class="talkcard-days" aria-label={timetable::days(language)}>
            { for dates.into_iter().map(|date| html! {
                <a class="talkcard-day-link" href={format!("#{}", day_anchor(date))}
                    title={dates::day(language, date)}>
                    { dates::short_day(language, date) }
                </a>
            }) }
        </nav>
    }
}
