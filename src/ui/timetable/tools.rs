//! The timetable's tools, above the days: the search, the type filters, "My talks", "Jump to
//! now" while the event is on, the calendar files, and how many talks there are.

use yew::prelude::*;

use crate::calendar::Entry;
use crate::language::{Language, words::timetable};
use crate::ui::card::calendar::AddToCalendar;

/// Calendar entries, made when their button is pressed.
type Entries = Callback<(), Vec<Entry>>;

/// What the tools show, and the view's state they change.
pub(super) struct Tools<'a> {
    /// The language of its words.
    pub language: Language,
    /// The event's folder name: the calendar files are named after it.
    pub event: &'a str,
    /// The type filter buttons, when there is a schedule.
    pub kinds: Option<Html>,
    pub query: UseStateHandle<String>,
    pub mine_only: UseStateHandle<bool>,
    /// How many talks are starred.
    pub starred: usize,
    /// Whether the now line is drawn (the event is on).
    pub on_now: bool,
    /// The schedule's calendar entries, and the starred talks', when there is a schedule.
    pub calendars: Option<(Entries, Entries)>,
    /// The schedule's calendar file beside the page, when the export wrote one.
    pub calendar_file: Option<AttrValue>,
    pub status: String,
    /// Whether the browser kept the last change of stars.
    pub stars_kept: bool,
}

impl Tools<'_> {
    pub fn view(self) -> Html {
        let oninput = {
            let query = self.query.clone();
            Callback::from(move |event: InputEvent| {
                let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                query.set(input.value());
            })
        };
        let toggle_mine = {
            let mine_only = self.mine_only.clone();
            Callback::from(move |_: MouseEvent| mine_only.set(!*mine_only))
        };
        let event = self.event.to_owned();
        let language = self.language;
        html! {
            <div class="talkcard-program-tools">
                <label class="talkcard-search">
                    <span>{ timetable::search(language) }</span>
                    <input type="search" {oninput} />
                </label>
                { self.kinds.unwrap_or_default() }
                <button type="button" class="talkcard-kind-filter talkcard-mine"
                    aria-pressed={self.mine_only.to_string()} onclick={toggle_mine}>
                    { timetable::my_talks(language, &self.starred.to_string()) }
                </button>
                if self.on_now {
                    <a class="talkcard-kind-filter talkcard-jump-now" href="#now" data-talkcard-late="">{ timetable::jump_to_now(language) }</a>
                }
                if let Some((all, starred)) = self.calendars {
                    <AddToCalendar entries={all} name={event.clone()}
                        label={AttrValue::from(timetable::add_schedule_to_calendar(language))} href={self.calendar_file} />
                    if self.starred > 0 {
                        <AddToCalendar entries={starred} name={format!("{event}-my-talks")}
                            label={AttrValue::from(timetable::add_my_talks_to_calendar(language))} />
                    }
                }
                <p class="talkcard-program-status" role="status">{ self.status }</p>
                if !self.stars_kept {
                    <p class="talkcard-program-status talkcard-stars-unsaved" role="status">
                        { timetable::stars_not_kept(language) }
                    </p>
                }
            </div>
        }
    }
}
