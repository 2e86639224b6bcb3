//! Any text as a talk body: the rendered HTML never carries a tag or attribute that runs script
//! or loads a document (the same check as the property tests: `tests/support/danger.rs`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use talkcard::markdown::{Block, render};

#[path = "../../tests/support/danger.rs"]
mod danger;

fuzz_target!(|body: &str| {
    let html: String = render(body, 1, Some("https://example.org/e/program/t.md"))
        .blocks
        .iter()
        .map(Block::to_html)
        .collect();
    if let Some(bad) = danger::dangerous_markup(&html) {
        panic!("{bad} in {html}");
    }
});
