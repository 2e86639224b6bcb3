//! Letter case by Unicode's rules (`Ä` → `ä`, `ß` → `SS`, a final `Σ` → `ς`), as the keys,
//! titles, slugs and initials of talk, speaker and data files need it: in the browser build the
//! browser's own `toLowerCase` and `toUpperCase`, natively Rust's.
//!
//! Why two: Rust's `str::to_lowercase` and `char::to_uppercase` carry Unicode's case tables
//! (24 KB, 5.8 KB of every card's download once compressed), which every browser already has.
//! Both implement the Unicode standard's default case conversion; the native tests and the
//! browser tests (`tests/web.rs`) run the same cases. ASCII text, most of what is compared
//! (keys, slugs), never leaves Rust.

/// `text` in lower case.
pub fn lower(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        engine::lower(text)
    }
}

/// `text` in upper case.
pub fn upper(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_uppercase()
    } else {
        engine::upper(text)
    }
}

/// `word` with its first letter in upper case and the rest as it is (`devops` → `Devops`,
/// `ñandú` → `Ñandú`).
pub fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => upper(first.encode_utf8(&mut [0; 4])) + chars.as_str(),
        None => String::new(),
    }
}

/// Whether `a` and `b` are the same but for case.
pub fn same_but_case(a: &str, b: &str) -> bool {
    a == b || lower(a) == lower(b)
}

/// Natively: Rust's own case conversion.
#[cfg(not(target_arch = "wasm32"))]
mod engine {
    pub fn lower(text: &str) -> String {
        text.to_lowercase()
    }

    pub fn upper(text: &str) -> String {
        text.to_uppercase()
    }
}

/// In the browser: the browser's own.
#[cfg(target_arch = "wasm32")]
mod engine {
    use js_sys::JsString;

    pub fn lower(text: &str) -> String {
        JsString::from(text).to_lower_case().into()
    }

    pub fn upper(text: &str) -> String {
        JsString::from(text).to_upper_case().into()
    }
}

/// Cases both engines must agree on (run natively here, in the browser by `tests/web.rs`).
pub const CASES: &[(&str, &str, &str)] = &[
    // (text, lower, upper)
    ("Talk_Date", "talk_date", "TALK_DATE"),
    ("ÄÖÜ Straße", "äöü straße", "ÄÖÜ STRASSE"),
    ("ΟΔΟΣ", "οδος", "ΟΔΟΣ"),
    ("Σοφία ΟΔΥΣΣΕΥΣ", "σοφία οδυσσευς", "ΣΟΦΊΑ ΟΔΥΣΣΕΥΣ"),
    ("İstanbul", "i̇stanbul", "İSTANBUL"),
    ("ﬁnd", "ﬁnd", "FIND"),
    ("Ǆemal", "ǆemal", "ǄEMAL"),
    ("日本語 ok", "日本語 ok", "日本語 OK"),
    ("", "", ""),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_and_upper_follow_unicode() {
        for (text, lowered, uppered) in CASES {
            assert_eq!(lower(text), *lowered, "{text}");
            assert_eq!(upper(text), *uppered, "{text}");
        }
    }

    #[test]
    fn capitalise_upper_cases_the_first_letter_only() {
        assert_eq!(capitalise("devops"), "Devops");
        assert_eq!(capitalise("ñandú-day"), "Ñandú-day");
        assert_eq!(capitalise("ﬁre"), "FIre");
        assert_eq!(capitalise("ǆemal"), "Ǆemal");
        assert_eq!(capitalise(""), "");
    }

    #[test]
    fn same_but_case_compares_whole_words() {
        assert!(same_but_case("Title", "TITLE"));
        assert!(same_but_case("Straße", "STRAẞE"));
        assert!(!same_but_case("Title", "Titles"));
    }
}
