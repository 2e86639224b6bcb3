//! "Add to calendar": the talk as an `.ics` file (see [`crate::calendar`]), saved by the
//! browser; nothing is sent anywhere.

use yew::prelude::*;

use super::download::{CALENDAR, download};
use crate::calendar::{Entry, ics};

/// Properties of [`AddToCalendar`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct AddToCalendarProps {
    /// The entry to save.
    pub entry: Entry,
    /// The file's name without `.ics`.
    pub name: AttrValue,
}

/// A button that saves the talk's calendar entry.
#[component]
pub fn AddToCalendar(props: &AddToCalendarProps) -> Html {
    let onclick = {
        let (entry, name) = (props.entry.clone(), props.name.clone());
        Callback::from(move |_: MouseEvent| {
            let now = (js_sys::Date::now() / 60_000.0).floor() as i64;
            download(
                &format!("{name}.ics"),
                &ics(std::slice::from_ref(&entry), now),
                CALENDAR,
            );
        })
    };
    html! {
        <button type="button" class="talkcard-calendar" {onclick}
            aria-label={format!("Add to calendar: {}", props.entry.summary)}>
            { "Add to calendar" }
        </button>
    }
}
