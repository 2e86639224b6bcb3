//! Plural forms: which form of a message a count takes ("1 talk", "2 talks"; Russian's
//! "1 доклад", "2 доклада", "5 докладов").
//!
//! CLDR's plural rules (the ones `Intl.PluralRules` and every translation tool apply), for whole
//! numbers, in the shipped languages only: talkcard counts talks, stars and speakers, never
//! fractions. They are written here rather than asked of the browser's `Intl.PluralRules` so
//! that the export (natively) picks the same form as the live card; a browser test checks that
//! they agree with the browser's own rules (`tests/web.rs`).

use super::Language;

/// A plural category, as CLDR names them. Of CLDR's six, the shipped languages use these four
/// for whole numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Plural {
    One,
    Few,
    Many,
    Other,
}

impl Plural {
    /// CLDR's name for the category (`Intl.PluralRules.select` answers with it, and a Fluent
    /// variant key is written with it).
    pub fn name(self) -> &'static str {
        match self {
            Plural::One => "one",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }
}

/// The categories each language's messages must give (`other` always): a catalogue that lacks
/// one of them is incomplete.
pub fn categories(language: Language) -> &'static [Plural] {
    match language {
        Language::English | Language::German => &[Plural::One, Plural::Other],
        Language::Russian => &[Plural::One, Plural::Few, Plural::Many, Plural::Other],
        Language::BrazilianPortuguese
        | Language::EuropeanPortuguese
        | Language::Spanish
        | Language::French => &[Plural::One, Plural::Many, Plural::Other],
    }
}

/// The category of the whole number `n` in `language` (CLDR 46's rules with `v = 0`, `e = 0`).
pub fn of(language: Language, n: u64) -> Plural {
    match language {
        // one: i = 1 and v = 0
        Language::English | Language::German if n == 1 => Plural::One,
        Language::English | Language::German => Plural::Other,
        // one: i % 10 = 1 and i % 100 != 11; few: i % 10 = 2..4 and i % 100 != 12..14;
        // many: the rest of the whole numbers
        Language::Russian => {
            let (units, tens) = (n % 10, n % 100);
            if units == 1 && tens != 11 {
                Plural::One
            } else if (2..=4).contains(&units) && !(12..=14).contains(&tens) {
                Plural::Few
            } else {
                Plural::Many
            }
        }
        Language::BrazilianPortuguese
        | Language::EuropeanPortuguese
        | Language::Spanish
        | Language::French => {
            // one: i = 0..1 in Brazil and France (zero is singular there), n = 1 in Spain,
            // i = 1 and v = 0 in Portugal
            let one = match language {
                Language::BrazilianPortuguese | Language::French => n <= 1,
                _ => n == 1,
            };
            // many: a round million ("1 millón de charlas")
            if one {
                Plural::One
            } else if n != 0 && n.is_multiple_of(1_000_000) {
                Plural::Many
            } else {
                Plural::Other
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_counts_one_few_and_many() {
        let forms: Vec<_> = [
            0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 112, 1_000_001,
        ]
        .map(|n| Language::Russian.plural(n).name())
        .to_vec();
        assert_eq!(
            forms,
            [
                "many", "one", "few", "few", "many", "many", "many", "many", "one", "few", "many",
                "one", "many", "many", "one"
            ]
        );
    }

    #[test]
    fn zero_is_singular_in_brazil_and_france_and_plural_elsewhere() {
        assert_eq!(Language::BrazilianPortuguese.plural(0), Plural::One);
        assert_eq!(Language::French.plural(0), Plural::One);
        for language in [
            Language::English,
            Language::German,
            Language::Spanish,
            Language::EuropeanPortuguese,
        ] {
            assert_eq!(language.plural(0), Plural::Other, "{language:?}");
            assert_eq!(language.plural(1), Plural::One, "{language:?}");
            assert_eq!(language.plural(2), Plural::Other, "{language:?}");
        }
    }

    #[test]
    fn a_round_million_has_its_own_form_in_the_romance_languages() {
        for language in [
            Language::Spanish,
            Language::French,
            Language::BrazilianPortuguese,
            Language::EuropeanPortuguese,
        ] {
            assert_eq!(language.plural(1_000_000), Plural::Many, "{language:?}");
            assert_eq!(language.plural(3_000_000), Plural::Many, "{language:?}");
            assert_eq!(language.plural(1_000_001), Plural::Other, "{language:?}");
        }
        assert_eq!(Language::English.plural(1_000_000), Plural::Other);
    }

    #[test]
    fn every_category_a_language_uses_is_one_it_declares() {
        for language in Language::ALL {
            for n in (0..2_000).chain([1_000_000, 2_000_000]) {
                let category = language.plural(n);
                assert!(
                    categories(language).contains(&category),
                    "{language:?} {n}: {category:?}"
                );
            }
        }
    }
}
