//! Size floor (built by `scripts/bench`, never shipped): talkcard's core alone in a wasm
//! module — front matter, media, Markdown (the browser sanitises) — with no UI and no Yew.
//! Whatever the UI does, the app cannot be smaller than this.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::prelude::wasm_bindgen;

/// Parses a talk file; the CLI's one-line summary keeps every part of the parse alive.
#[wasm_bindgen]
pub fn summary(text: &str) -> String {
    match talkcard::Talk::from_bytes(text.as_bytes(), None) {
        Ok(talk) => talk.summary(),
        Err(err) => err.to_string(),
    }
}
