//! "Add to calendar": the talk as an `.ics` file (see [`crate::calendar`]), saved by the
//! browser; nothing is sent anywhere.

use yew::prelude::*;

use super::download::{CALENDAR, download};
use crate::calendar::{Entry, ics};
use crate::language::{Language, words};

/// Properties of [`AddToCalendar`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct AddToCalendarProps {
    /// The entries to save, made when the button is pressed (not on every render of the card
    /// or timetable: an entry's excerpt reads the whole abstract).
    pub entries: Callback<(), Vec<Entry>>,
    /// The file's name without `.ics`.
    pub name: AttrValue,
    /// What the button says, when not "Add to calendar" in `language`.
    #[prop_or_default]
    pub label: Option<AttrValue>,
    /// The language of its words.
    #[prop_or_default]
    pub language: Language,
    /// The talk it saves, for its accessible name ("Add to calendar: <title>").
    #[prop_or_default]
    pub title: Option<AttrValue>,
    /// The calendar file already made, beside the page (the export writes one per talk): the
    /// button is then a plain link to it, which works without script.
    #[prop_or_default]
    pub href: Option<AttrValue>,
}

/// A button that saves a calendar file: one talk's, or a timetable's.
#[component]
pub fn AddToCalendar(props: &AddToCalendarProps) -> Html {
    let onclick = {
        let (entries, name) = (props.entries.clone(), props.name.clone());
        Callback::from(move |_: MouseEvent| {
            let now = (js_sys::Date::now() / 60_000.0).floor() as i64;
            download(
                &format!("{name}.ics"),
                &ics(&entries.emit(()), now),
                CALENDAR,
            );
        })
    };
    let language = props.language;
    let (label, accessible) = match &props.label {
        Some(label) => (
            label.to_string(),
            props
                .title
                .as_ref()
                .map(|title| format!("{label}: {title}")),
        ),
        None => (
            words::card::add_to_calendar(language),
            props
                .title
                .as_ref()
                .map(|title| words::card::add_to_calendar_of(language, title)),
        ),
    };
    if let Some(href) = props.href.clone() {
        let file = format!("{}.ics", props.name);
        return html! {
            <a class="talkcard-calendar" {href} download={file} aria-label={accessible}>{ label }</a>
        };
    }
    html! {
        <button type="button" class="talkcard-calendar" {onclick} aria-label={accessible}>
            { label }
        </button>
    }
}
