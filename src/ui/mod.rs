//! The Yew UI: a thin layer that fetches a talk file, hands it to the core and draws the card.
//! Nothing here parses or decides; see [`crate::talk`] and [`crate::media`] for that.

mod app;
mod card;
mod editor;
pub mod embed;
mod player;
mod program;
mod sanitise;
mod source;
mod speaker;

pub use app::{App, Route, TalkView, TalkViewProps};
pub use card::{CardOptions, CardState, TalkCard, TalkCardProps};
pub use editor::{Editor, EditorProps};
pub use player::{Player, PlayerProps};
pub use program::{ProgramView, ProgramViewProps};
pub use source::{DEMO_TALK, FetchError, TalkSource};
pub use speaker::{Lookup, SpeakerEntry, speaker_box, use_speakers};

/// Id of the element the standalone app mounts into (see `index.html`).
pub const APP_ROOT_ID: &str = "talkcard-app";

/// Starts the standalone app in `#talkcard-app`. A page without that element is a host page:
/// it only gets the cards it marks (see [`embed`]).
pub fn start() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(APP_ROOT_ID));
    if let Some(root) = root {
        yew::Renderer::<App>::with_root(root).render();
    }
}
