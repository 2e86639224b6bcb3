//! Any bytes as a talk file and as a speaker file: never a panic, a hang or a crash.
#![no_main]

use libfuzzer_sys::fuzz_target;
use talkcard::{Speaker, Talk};

const BASE: &str = "https://example.org/events/2019-chicago/program/talk.md";

fuzz_target!(|data: &[u8]| {
    if let Ok(talk) = Talk::from_bytes(data, Some(BASE)) {
        let lines = data.iter().filter(|&&b| b == b'\n').count() + 1;
        for d in &talk.diagnostics {
            assert!(
                d.line.is_none_or(|l| l >= 1 && l <= lines + 1),
                "{d} beyond {lines} lines"
            );
        }
        let _ = talk.summary();
    }
    let _ = Speaker::from_bytes(data, Some(BASE));
});
