//! talkcard turns a conference talk file (Hugo front matter + Markdown, as devopsdays.org keeps
//! them) into a talk card.
//!
//! The core — [`front_matter`], [`media`], [`markdown`], [`shortcode`], [`talk`] — is plain Rust with no
//! browser dependency: it is tested natively and can serve a CLI or a site's CI. The Yew UI in
//! [`ui`] sits on top: its card components build for both targets (natively they render to
//! HTML for [`export`]), its browser entry points for `wasm32` only.

pub mod calendar;
pub mod case;
pub mod completion;
pub mod diagnostic;
pub mod event;
pub mod front_matter;
pub mod html_tags;
pub mod language;
pub mod legacy;
pub mod link;
pub mod markdown;
pub mod media;
pub mod mojibake;
pub mod program;
pub mod propose;
pub mod sanitise;
pub mod schedule;
pub mod share;
pub mod shortcode;
pub mod speaker;
pub mod structured_data;
pub mod talk;
pub mod value;
pub mod yaml;

pub mod ui;

/// `talkcard export`: a site's talks rendered ahead, as pages (native only).
#[cfg(not(target_arch = "wasm32"))]
pub mod export;

pub use diagnostic::{Diagnostic, Severity};
pub use front_matter::NotText;
pub use speaker::Speaker;
pub use talk::{Talk, TalkKind};

/// The browser build's allocator: Talc, made for WebAssembly, in place of Rust's default
/// (dlmalloc), which is larger (every card downloads the allocator) and slower there.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
