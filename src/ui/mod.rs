//! The Yew UI: a thin layer that fetches a talk file, hands it to the core and draws the card.
//! Nothing here parses or decides; see [`crate::talk`] and [`crate::media`] for that.

mod app;
mod card;
mod player;
mod source;
mod speaker;

pub use app::{App, TalkView, TalkViewProps};
pub use card::{CardState, TalkCard, TalkCardProps};
pub use player::{Player, PlayerProps};
pub use source::{DEMO_TALK, FetchError, TalkSource};
pub use speaker::{Lookup, SpeakerBox, SpeakerBoxProps, SpeakerEntry, use_speakers};

/// Id of the element the standalone app mounts into (see `index.html`).
pub const APP_ROOT_ID: &str = "talkcard-app";

/// Starts the standalone app in `#talkcard-app`, or in `<body>` when a page has no such element.
pub fn start() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(APP_ROOT_ID));
    match root {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
