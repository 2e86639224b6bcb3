//! Share links: a whole draft in a URL fragment, so a speaker can send their preview to a
//! co-speaker or an organiser without any server ever seeing it (browsers never send the
//! fragment).
//!
//! A draft is the talk file and, once the speaker has written one, their own speaker file: the
//! preview shows both, so the link carries both. The text is deflated (miniz_oxide, pure Rust)
//! and written in URL-safe base64 after a version tag, so a future format can still read old
//! links. Decoding refuses anything that inflates beyond [`MAX_DRAFT_BYTES`]: a link is
//! untrusted input too.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use thiserror::Error;

/// The talk file alone: `v1.` + base64url(deflate(talk)). Still written for drafts without a
/// speaker file, so such links open in talkcards that predate `v2`.
const V1: &str = "v1.";
/// The talk file and the speaker file:
/// `v2.` + base64url(deflate("{talk's length in bytes}\n{talk}{speaker}")).
const V2: &str = "v2.";

/// The largest draft a share link may carry, inflated, both files together (talk files are a
/// few KB).
pub const MAX_DRAFT_BYTES: usize = 1 << 20;

/// What a share link carries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SharedDraft {
    /// The talk file, exactly as it was shared.
    pub talk: String,
    /// The speaker's own speaker file; empty when the draft has none.
    pub speaker: String,
}

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

/// The fragment value for a draft: `v1` for a talk file alone, `v2` with a speaker file.
pub fn encode(talk: &str, speaker: &str) -> String {
    if speaker.is_empty() {
        format!("{V1}{}", pack(talk.as_bytes()))
    } else {
        let both = format!("{}\n{talk}{speaker}", talk.len());
        format!("{V2}{}", pack(both.as_bytes()))
    }
}

/// The draft in a fragment value made by [`encode`], of either version.
pub fn decode(value: &str) -> Result<SharedDraft, ShareError> {
    let value = value.trim();
    if let Some(payload) = value.strip_prefix(V1) {
        return Ok(SharedDraft {
            talk: unpack(payload)?,
            speaker: String::new(),
        });
    }
    let payload = value.strip_prefix(V2).ok_or(ShareError::UnknownFormat)?;
    let both = unpack(payload)?;
    let (length, rest) = both.split_once('\n').ok_or(ShareError::Damaged)?;
    let length: usize = length.parse().map_err(|_| ShareError::Damaged)?;
    // Also false past the end: a length that does not fit is damage, not a panic.
    if !rest.is_char_boundary(length) {
        return Err(ShareError::Damaged);
    }
    let (talk, speaker) = rest.split_at(length);
    Ok(SharedDraft {
        talk: talk.to_owned(),
        speaker: speaker.to_owned(),
    })
}

fn pack(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(bytes, 9))
}

fn unpack(payload: &str) -> Result<String, ShareError> {
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

    const SPEAKER: &str = "+++\nTitle = \"Ada Lovelace\"\n+++\nWrote the first program.\n";

    fn draft(talk: &str, speaker: &str) -> SharedDraft {
        SharedDraft {
            talk: talk.to_owned(),
            speaker: speaker.to_owned(),
        }
    }

    #[test]
    fn round_trips_exactly() {
        for talk in [SEED, "", "é\r\nCRLF stays\r\n", "+++\ntitle = \"x\"\n+++"] {
            for speaker in ["", SPEAKER, "é\r\n", "12\n"] {
                assert_eq!(decode(&encode(talk, speaker)), Ok(draft(talk, speaker)));
            }
        }
    }

    #[test]
    fn a_talk_file_alone_keeps_the_first_format() {
        // Links from before speaker files, and to talkcards from before them, still work.
        assert!(encode(SEED, "").starts_with("v1."));
        assert!(encode(SEED, SPEAKER).starts_with("v2."));
        let old = format!("v1.{}", pack(SEED.as_bytes()));
        assert_eq!(decode(&old), Ok(draft(SEED, "")));
    }

    #[test]
    fn links_are_url_safe_and_compressed() {
        for link in [encode(SEED, ""), encode(SEED, SPEAKER)] {
            assert!(
                link[3..]
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            );
            assert!(link.len() < SEED.len(), "{} >= {}", link.len(), SEED.len());
        }
    }

    #[test]
    fn bad_links_are_refused_with_a_reason() {
        assert_eq!(decode("hello"), Err(ShareError::UnknownFormat));
        assert_eq!(decode("v3.abc"), Err(ShareError::UnknownFormat));
        assert_eq!(decode("v1.%%%"), Err(ShareError::Damaged));
        for cut in [encode(SEED, ""), encode(SEED, SPEAKER)] {
            assert_eq!(decode(&cut[..cut.len() / 2]), Err(ShareError::Damaged));
        }
        // A v2 payload whose talk length is missing, not a number, past the end, or inside a
        // character.
        for both in ["no length", "x\nabc", "4\nabc", "1\né"] {
            assert_eq!(
                decode(&format!("v2.{}", pack(both.as_bytes()))),
                Err(ShareError::Damaged),
                "{both:?}"
            );
        }
        let bomb = vec![b'a'; MAX_DRAFT_BYTES + 1];
        for version in ["v1.", "v2."] {
            assert_eq!(
                decode(&format!("{version}{}", pack(&bomb))),
                Err(ShareError::TooLarge)
            );
        }
    }
}
