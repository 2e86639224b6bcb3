//! The Yew UI: a thin layer that fetches a talk file, hands it to the core and draws the card.
//! Nothing here parses or decides; see [`crate::talk`] and [`crate::media`] for that.

mod app;
mod bar;
mod calendar;
mod card;
mod dates;
mod download;
mod editor;
pub mod embed;
mod event_data;
mod player;
mod program;
mod route;
mod sanitise;
mod source;
mod speaker;
pub mod stopped;
mod structured_data;
mod talk_page;
mod talk_queue;
mod talk_view;
mod timetable;
mod when;

pub use app::App;
pub use card::{CardOptions, CardState, TalkCard, TalkCardProps};
pub use editor::{Editor, EditorProps};
pub use player::{Player, PlayerProps};
pub use program::{ProgramView, ProgramViewProps};
pub use route::Route;
pub use source::{DEMO_TALK, FetchError, TalkSource};
pub use speaker::{Lookup, SpeakerEntry, speaker_box, use_speakers};
pub use talk_page::TalkPage;
pub use talk_view::{TalkView, TalkViewProps};

/// Id of the element the standalone app mounts into (see `index.html`).
pub const APP_ROOT_ID: &str = "talkcard-app";

/// The card bundle's start (`talkcard`): one talk's page in `#talkcard-app` (`?talk=`, or the
/// iframe view). A page without that element is a host page: it only gets the cards it marks
/// (see [`embed`]).
pub fn start() {
    stopped::install();
    if let Some(root) = app_root() {
        yew::Renderer::<TalkPage>::with_root(root).render();
    }
}

/// The app bundle's start (`talkcard-app`): the landing page, programs and the editor in
/// `#talkcard-app`.
pub fn start_app() {
    stopped::install();
    if let Some(root) = app_root() {
        yew::Renderer::<App>::with_root(root).render();
    }
}

fn app_root() -> Option<web_sys::Element> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(APP_ROOT_ID))
}
