//! Mojibake: UTF-8 text that was once read as Windows-1252 and saved again as UTF-8, so that
//! `’` became `â€™` and `é` became `Ã©` (EDGE_CASES B6). The file is valid UTF-8, so nothing
//! fails; the speaker just sees garbage on their page. talkcard points at the first spot and
//! says what it most likely meant, by reversing the mistake on that spot.

/// The first double-encoded sequence in `text`: its 1-based line, what the file has, and what
/// it most likely meant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mojibake {
    /// File line (1-based) within the text given.
    pub line: usize,
    /// The garbled characters as written.
    pub found: String,
    /// The same bytes read as UTF-8; `None` when a byte was lost on the way (`”` is
    /// `E2 80 9D`, and 0x9D has no Windows-1252 character, so `â€` is often all that is left).
    pub meant: Option<String>,
}

/// Finds the first run of characters that are a UTF-8 sequence shown as Windows-1252: a lead
/// byte `Â`–`ï` (U+00C2–U+00EF) followed by one or two continuation bytes (0x80–0xBF, as
/// Windows-1252 shows them), which together decode to one non-ASCII character.
pub fn find(text: &str) -> Option<Mojibake> {
    for (at, lead) in text.char_indices() {
        let lead_byte = match u8::try_from(u32::from(lead)) {
            Ok(byte @ 0xC2..=0xEF) => byte,
            _ => continue,
        };
        let needed = if lead_byte >= 0xE0 { 2 } else { 1 };
        let after = at + lead.len_utf8();
        let mut bytes = [lead_byte, 0, 0];
        let mut len = 1;
        let mut end = after;
        for next in text[after..].chars().take(needed) {
            let Some(byte) = continuation_byte(next) else {
                break;
            };
            bytes[len] = byte;
            len += 1;
            end += next.len_utf8();
        }
        let found = |end: usize, meant: Option<&str>| Mojibake {
            line: text[..at].matches('\n').count() + 1,
            found: text[at..end].to_owned(),
            meant: meant.map(str::to_owned),
        };
        if len == needed + 1 {
            if let Ok(meant) = std::str::from_utf8(&bytes[..len]) {
                return Some(found(end, Some(meant)));
            }
        } else if lead == 'â' && text[after..].starts_with('€') {
            // `â€` and then no third byte: a typographic character (’ “ ” – — …) whose last
            // byte was dropped or replaced.
            return Some(found(after + '€'.len_utf8(), None));
        }
    }
    None
}

/// The byte 0x80–0xBF that Windows-1252 shows as `c`, if any.
fn continuation_byte(c: char) -> Option<u8> {
    // Windows-1252's 0x80–0x9F (0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned and kept as
    // the C1 controls by most decoders).
    const WINDOWS_1252: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    if let Some(at) = WINDOWS_1252.iter().position(|&w| w == c) {
        return u8::try_from(0x80 + at).ok();
    }
    match u32::from(c) {
        code @ 0xA0..=0xBF => u8::try_from(code).ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn double_encoded_punctuation_and_accents() {
        let found = find("line one\nIt\u{e2}\u{20ac}\u{2122}s fine").unwrap();
        assert_eq!(found.line, 2);
        assert_eq!(found.found, "â€™");
        assert_eq!(found.meant.as_deref(), Some("’"));
        let found = find("Caf\u{c3}\u{a9} com p\u{c3}\u{a3}o").unwrap();
        assert_eq!(
            (found.found.as_str(), found.meant.as_deref()),
            ("Ã©", Some("é"))
        );
    }

    #[test]
    fn a_typographic_character_that_lost_its_last_byte() {
        // talks/2024-sao-paulo/bernardo-lankheet.md: "outrosâ€..." (an ellipsis).
        let found = find("de processos entre outros\u{e2}\u{20ac}...\n").unwrap();
        assert_eq!(
            (found.line, found.found.as_str(), found.meant),
            (1, "â€", None)
        );
    }

    #[test]
    fn real_text_in_many_languages_is_not_mojibake() {
        for text in [
            "Àbéjídé Àyodélé",
            "DevOps для windows на базе ansible",
            "Apresentação: São Paulo, ação, coração",
            "Zürich, Größe, naïve, façade — “quoted” ’",
            "ÂÊÎ ÔÛ Ã Õ at the end Ã",
        ] {
            assert_eq!(find(text), None, "{text}");
        }
    }
}
