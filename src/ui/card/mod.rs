//! The card: the components that draw one talk (header, player, abstract, speakers, when and
//! where, calendar button) and the hooks that fetch what it shows.
//!
//! These compile for both targets: in the browser they render and hydrate; natively
//! (`yew`'s `ssr` feature) `talkcard export` renders the same components to HTML, so a
//! pre-rendered page and the live card are one tree. What only a browser has (the page's
//! address, `Intl`, DOMPurify, fetch) sits behind small functions with a native twin.

pub(crate) mod calendar;
#[cfg(target_arch = "wasm32")]
pub mod dates;
pub(crate) mod download;
pub(crate) mod event_data;
#[cfg(target_arch = "wasm32")]
pub(crate) mod language;
pub(crate) mod player;
pub(crate) mod sanitise;
pub(crate) mod source;
pub(crate) mod speaker;
pub(crate) mod structured_data;
pub(crate) mod talk_card;
pub(crate) mod when;

pub use event_data::{forget as forget_event_data, remember as remember_event_data};
pub use player::{Player, PlayerProps};
pub use source::{DEMO_FILE, DEMO_TALK, FetchError, TalkSource};
pub use speaker::{Lookup, SpeakerEntry, speaker_box, use_speakers};
pub use speaker::{forget as forget_speakers, remember as remember_speaker};
pub use talk_card::{CardOptions, CardState, Failure, Prerendered, TalkCard, TalkCardProps};
