//! The languages talkcard writes its own words in, and how a page's language is chosen among
//! them (issue 31).
//!
//! A page names languages in several places: a card's `data-lang`, the nearest `lang` attribute
//! above it, `?lang=`, the visitor's languages, `talkcard export --lang`. Each is only a
//! candidate: [`Language::choose`] takes them in order of preference and keeps the first that
//! talkcard ships, trying a tag and then its shorter forms (`pt-BR`, then `pt`), as BCP 47's
//! lookup does (RFC 4647, 3.4). What the page says is untrusted text: a tag that is not one
//! (`C`, `x-invalid`, `en_US.UTF-8`'s encoding) is skipped, never an error, and nothing matched
//! means English.
//!
//! The core decides this, not the browser, so that the export (natively) and the live card (in
//! the browser) choose the same language from the same candidates.

pub mod dates;
pub mod detect;
pub mod plural;
pub mod words;

pub use plural::Plural;

/// A language talkcard ships. Portuguese is two: Brazil's (CLDR's `pt`, what a bare `pt`
/// means) and Portugal's (`pt-PT`, and the other countries that write as Portugal does), which
/// differ in words and in their plural rule.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    #[default]
    English,
    BrazilianPortuguese,
    EuropeanPortuguese,
    Spanish,
    French,
    German,
    Russian,
}

/// The tags each language answers to, most specific first: a candidate matches the first
/// entry equal to it or to one of its shorter forms.
const SHIPPED: &[(&str, Language)] = &[
    ("pt-pt", Language::EuropeanPortuguese),
    ("pt-ao", Language::EuropeanPortuguese),
    ("pt-mz", Language::EuropeanPortuguese),
    ("pt-cv", Language::EuropeanPortuguese),
    ("pt-gw", Language::EuropeanPortuguese),
    ("pt-st", Language::EuropeanPortuguese),
    ("pt-tl", Language::EuropeanPortuguese),
    ("pt", Language::BrazilianPortuguese),
    ("en", Language::English),
    ("es", Language::Spanish),
    ("fr", Language::French),
    ("de", Language::German),
    ("ru", Language::Russian),
];

impl Language {
    /// Every shipped language, English first.
    pub const ALL: [Language; 7] = [
        Language::English,
        Language::BrazilianPortuguese,
        Language::EuropeanPortuguese,
        Language::Spanish,
        Language::French,
        Language::German,
        Language::Russian,
    ];

    /// The BCP 47 tag that names this language in a page (`<html lang>`, a title's `lang`).
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::BrazilianPortuguese => "pt-BR",
            Language::EuropeanPortuguese => "pt-PT",
            Language::Spanish => "es",
            Language::French => "fr",
            Language::German => "de",
            Language::Russian => "ru",
        }
    }

    /// The shipped language that one candidate tag asks for, if any: the tag, then its shorter
    /// forms (`pt-BR-x-rio` → `pt-BR` → `pt`). `None` for what is not a language tag.
    pub fn of_tag(tag: &str) -> Option<Language> {
        let tag = Tag::parse(tag)?;
        let mut form = tag.0.as_str();
        loop {
            if let Some((_, language)) = SHIPPED.iter().find(|(shipped, _)| *shipped == form) {
                return Some(*language);
            }
            // A one-letter subtag (a singleton, `x`) is dropped with the one after it, as the
            // lookup says.
            let (shorter, _) = form.rsplit_once('-')?;
            form = match shorter.rsplit_once('-') {
                Some((before, last)) if last.len() == 1 => before,
                _ => shorter,
            };
        }
    }

    /// The first of `candidates` (most preferred first) that talkcard ships, else English.
    pub fn choose<'a>(candidates: impl IntoIterator<Item = &'a str>) -> Language {
        candidates
            .into_iter()
            .find_map(Language::of_tag)
            .unwrap_or(Language::English)
    }

    /// Which plural form `n` takes in this language (CLDR's rules for whole numbers).
    pub fn plural(self, n: u64) -> Plural {
        plural::of(self, n)
    }
}

/// A well-formed language tag, lower-cased, its subtags joined by `-`.
struct Tag(String);

impl Tag {
    /// Reads a tag as pages and browsers write it. Accepted: a language subtag of two or three
    /// letters (or five to eight, as BCP 47 reserves), then subtags of one to eight letters or
    /// digits; `_` is read as `-` (locale names such as `pt_BR`), and what follows `.` or `@`
    /// (a POSIX locale's encoding or modifier) is left out. Anything else is not a tag: `C`,
    /// `POSIX`, `x-invalid` (private use names no language), an empty string.
    fn parse(text: &str) -> Option<Tag> {
        let text = text.trim();
        let text = text.split(['.', '@']).next().unwrap_or_default();
        let lowered: String = text
            .chars()
            .map(|c| {
                if c == '_' {
                    '-'
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect();
        let mut subtags = lowered.split('-');
        let language = subtags.next()?;
        let letters = |s: &str| s.bytes().all(|b| b.is_ascii_lowercase());
        if !(matches!(language.len(), 2 | 3 | 5..=8) && letters(language)) {
            return None;
        }
        if !subtags
            .all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()))
        {
            return None;
        }
        Some(Tag(lowered))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_is_matched_by_itself_or_its_shorter_forms() {
        for (tag, language) in [
            ("en", Language::English),
            ("en-GB", Language::English),
            ("EN-us", Language::English),
            ("pt", Language::BrazilianPortuguese),
            ("pt-BR", Language::BrazilianPortuguese),
            ("pt-PT", Language::EuropeanPortuguese),
            ("pt-AO", Language::EuropeanPortuguese),
            ("pt_BR", Language::BrazilianPortuguese),
            ("pt_PT.UTF-8", Language::EuropeanPortuguese),
            ("es-419", Language::Spanish),
            ("fr-CA", Language::French),
            ("de-CH-1996", Language::German),
            ("ru-RU", Language::Russian),
            ("sr-Latn-RS", Language::English),
            ("pt-PT-x-lisboa", Language::EuropeanPortuguese),
            ("zh-Hant-TW", Language::English),
        ] {
            let chosen = Language::choose([tag]);
            assert_eq!(chosen, language, "{tag}");
        }
    }

    #[test]
    fn what_is_not_a_tag_is_passed_over_and_nothing_means_english() {
        for not_a_tag in [
            "",
            " ",
            "C",
            "POSIX",
            "x-invalid",
            "i",
            "e",
            "123",
            "en--us",
            "en-",
            "-en",
            "en-toolongsubtag",
            "fr!",
            "日本語",
        ] {
            assert_eq!(Language::of_tag(not_a_tag), None, "{not_a_tag:?}");
        }
        assert_eq!(
            Language::choose(["C", "x-invalid", "ru"]),
            Language::Russian
        );
        assert_eq!(Language::choose(["ja", "zh-CN"]), Language::English);
        assert_eq!(Language::choose([]), Language::English);
    }

    #[test]
    fn the_first_shipped_candidate_wins() {
        assert_eq!(Language::choose(["ja", "de-AT", "fr"]), Language::German);
        assert_eq!(
            Language::choose(["pt-BR", "pt-PT"]),
            Language::BrazilianPortuguese
        );
    }

    #[test]
    fn each_language_is_found_by_its_own_tag() {
        for language in Language::ALL {
            assert_eq!(Language::of_tag(language.tag()), Some(language));
        }
    }
}
