//! The Yew UI: a thin layer over the core that draws talks. Nothing here parses or decides;
//! see [`crate::talk`] and [`crate::media`] for that.
//!
//! - [`card`]: the components of one talk card, compiled for the browser and natively (the
//!   export renders them to HTML);
//! - [`timetable`]: an event's timetable, compiled for both too (the export renders the event
//!   page with it), and [`talk_queue`], the talk files it and the program fetch;
//! - [`app`]: the browser's entry points (the standalone app, embedded cards, the editor, the
//!   program), wasm32 only.

pub mod card;
pub mod talk_queue;
pub mod timetable;

#[cfg(target_arch = "wasm32")]
pub mod app;

pub use card::{
    CardOptions, CardState, DEMO_FILE, DEMO_TALK, FetchError, Lookup, Player, PlayerProps,
    Prerendered, SpeakerEntry, TalkCard, TalkCardProps, TalkSource, speaker_box, use_speakers,
};

#[cfg(target_arch = "wasm32")]
pub use app::{
    APP_ROOT_ID, App, Editor, EditorProps, ProgramView, ProgramViewProps, Route, TalkPage,
    TalkView, TalkViewProps, embed, start, start_app, stopped,
};
