//! Share links: a whole draft in a URL fragment, so a speaker can send their preview to a
//! co-speaker or an organiser without any server ever seeing it (browsers never send the
//! fragment).
//!
//! The text is deflated (miniz_oxide, pure Rust) and written in URL-safe base64 after a version
//! tag, so a future format can still read old links. Decoding refuses anything that inflates
//! beyond [`MAX_DRAFT_BYTES`]: a link is untrusted input too.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use thiserror::Error;

/// The format tag of today's links.
const VERSION: &str = "v1.";

/// The largest draft a share link may carry, inflated (talk files are a few KB).
pub const MAX_DRAFT_BYTES: usize = 1 << 20;

/// Why a share link could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ShareError {
    /// Not a talkcard share link (or from a newer talkcard).
    #[error("this is not a talkcard share link (or it comes from a newer version)")]
    UnknownFormat,
    /// The link was cut or altered.
    #[error("this share link is damaged (it was probably cut short when it was copied)")]
    Damaged,
    /// The draft inside is larger than [`MAX_DRAFT_BYTES`].
    #[error("this share link holds more than {} KB; talk files are far smaller", MAX_DRAFT_BYTES / 1024)]
    TooLarge,
}

/// The fragment value for `text`: `v1.` + base64url(deflate(text)).
pub fn encode(text: &str) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9);
    format!("{VERSION}{}", URL_SAFE_NO_PAD.encode(packed))
}

/// The draft in a fragment value made by [`encode`].
pub fn decode(value: &str) -> Result<String, ShareError> {
    let payload = value
        .trim()
        .strip_prefix(VERSION)
        .ok_or(ShareError::UnknownFormat)?;
    let packed = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| ShareError::Damaged)?;
    let bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_DRAFT_BYTES)
        .map_err(|err| match err.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ShareError::TooLarge,
            _ => ShareError::Damaged,
        })?;
    String::from_utf8(bytes).map_err(|_| ShareError::Damaged)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = include_str!("../assets/demo/backstage-roll-out.md");

    #[test]
    fn round_trips_exactly() {
        for text in [SEED, "", "é\r\nCRLF stays\r\n", "+++\ntitle = \"x\"\n+++"] {
            assert_eq!(decode(&encode(text)).as_deref(), Ok(text));
        }
    }

    #[test]
    fn links_are_url_safe_and_compressed() {
        let link = encode(SEED);
        assert!(link.starts_with("v1."));
        assert!(
            link[3..]
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        );
        assert!(link.len() < SEED.len(), "{} >= {}", link.len(), SEED.len());
    }

    #[test]
    fn bad_links_are_refused_with_a_reason() {
        assert_eq!(decode("hello"), Err(ShareError::UnknownFormat));
        assert_eq!(decode("v1.%%%"), Err(ShareError::Damaged));
        let cut = encode(SEED);
        assert_eq!(decode(&cut[..cut.len() / 2]), Err(ShareError::Damaged));
        let bomb = format!(
            "v1.{}",
            URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(
                &vec![b'a'; MAX_DRAFT_BYTES + 1],
                9
            ))
        );
        assert_eq!(decode(&bomb), Err(ShareError::TooLarge));
    }
}
