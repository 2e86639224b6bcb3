//! Any text as a pasted video or profile link: whatever is accepted is a valid id or an
//! http(s) URL with nothing that could break out of an attribute.
#![no_main]

use libfuzzer_sys::fuzz_target;
use talkcard::media::{Vimeo, YouTube};
use talkcard::speaker::{LinkKind, normalise};

fuzz_target!(|input: &str| {
    if let Some(video) = YouTube::parse(input) {
        assert_eq!(video.id.len(), 11);
        assert!(
            video
                .id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        );
    }
    if let Some(video) = Vimeo::parse(input) {
        assert!(video.id.bytes().all(|b| b.is_ascii_digit()));
        assert!(!video.embed_url().contains(['"', '<', '>', ' ']));
    }
    for (kind, _) in LinkKind::ALL {
        if let Some(link) = normalise(kind, input) {
            assert!(
                link.url.starts_with("https://") || link.url.starts_with("http://"),
                "{link:?}"
            );
        }
    }
});
