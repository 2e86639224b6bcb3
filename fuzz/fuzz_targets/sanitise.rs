//! Any text as a talk body: the rendered HTML never carries a tag or attribute that runs script
//! or loads a document. Raw `<` in text is escaped, so every `<` in the output starts a tag.
#![no_main]

use libfuzzer_sys::fuzz_target;
use talkcard::markdown::{Block, render};

const BAD_TAGS: [&str; 12] = [
    "script", "iframe", "object", "embed", "style", "form", "svg", "math", "base", "meta", "link",
    "frame",
];

fuzz_target!(|body: &str| {
    let html: String = render(body, 1, Some("https://example.org/e/program/t.md"))
        .blocks
        .iter()
        .map(Block::to_html)
        .collect();
    for tag in html.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or("").to_lowercase();
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        assert!(!BAD_TAGS.contains(&name.as_str()), "<{name}> in {html}");
        for attribute in tag.split_whitespace().skip(1) {
            let (key, value) = attribute.split_once('=').unwrap_or((attribute, ""));
            let value = value.trim_matches(['"', '\'']).trim_start();
            assert!(!key.starts_with("on") && key != "style", "{key} in {html}");
            assert!(
                !["javascript:", "data:", "vbscript:"]
                    .iter()
                    .any(|s| value.starts_with(s)),
                "{key}={value} in {html}"
            );
        }
    }
});
