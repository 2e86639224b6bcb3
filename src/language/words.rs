//! talkcard's own words in every shipped language: the message files `i18n/<tag>/<group>.ftl`
//! (Fluent syntax), compiled by `build.rs` into one module per group and one function per
//! message, `words::card::by_speakers(language, "Ana and Bo")`. No Fluent runtime ships: a
//! message is a table of [`Piece`]s per language, rendered here.
//!
//! Unlike Fluent's own runtime, a variable's text is not wrapped in Unicode isolation marks:
//! the page marks a right-to-left name or title with `dir="auto"` on its element, and marks in
//! the text would show up in attributes, calendar files and copied text.

use super::Language;

include!(concat!(env!("OUT_DIR"), "/words.rs"));

/// A part of a message in one language.
#[derive(Debug)]
pub enum Piece {
    Text(&'static str),
    /// The message's argument at this position (its variables in alphabetical order).
    Arg(u8),
    /// `{ $n -> [one] … *[other] … }`: the argument, then the variants by key, the default
    /// last. A key is a number (an exact match), a plural category (`one`, `few`, …: the
    /// language's rule for a number argument), or a word (a text argument equal to it).
    Select(u8, &'static [(&'static str, &'static [Piece])]),
}

/// A message's argument.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Text(&'a str),
    Number(u64),
}

/// Writes `pieces` in `language` with `args`.
pub fn render(language: Language, pieces: &[Piece], args: &[Arg<'_>]) -> String {
    let mut out = String::new();
    write(&mut out, language, pieces, args);
    out
}

fn write(out: &mut String, language: Language, pieces: &[Piece], args: &[Arg<'_>]) {
    for piece in pieces {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Arg(at) => match args[usize::from(*at)] {
                Arg::Text(text) => out.push_str(text),
                Arg::Number(n) => out.push_str(&n.to_string()),
            },
            Piece::Select(at, variants) => {
                let chosen = choose(language, args[usize::from(*at)], variants);
                write(out, language, chosen, args);
            }
        }
    }
}

/// The variant for `arg`, as Fluent chooses it: an exact number first, then the number's plural
/// category, then a word equal to a text; else the default.
fn choose(
    language: Language,
    arg: Arg<'_>,
    variants: &'static [(&'static str, &'static [Piece])],
) -> &'static [Piece] {
    let found = match arg {
        Arg::Number(n) => variants
            .iter()
            .find(|(key, _)| key.parse() == Ok(n))
            .or_else(|| {
                let category = language.plural(n).name();
                variants.iter().find(|(key, _)| *key == category)
            }),
        Arg::Text(text) => variants.iter().find(|(key, _)| *key == text),
    };
    found.or(variants.last()).map_or(&[], |(_, pieces)| pieces)
}

/// What one language wrote for one message, for the completeness test.
#[cfg(test)]
#[derive(Debug)]
pub(crate) struct Written {
    /// The variables it uses.
    pub variables: &'static [&'static str],
    /// The keys of each of its selects on a number.
    pub number_selects: &'static [&'static [&'static str]],
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::plural;

    /// Every language has every message, with all of the English message's variables, and each
    /// choice by a number gives every plural form the language needs (Russian: one, few, many
    /// and other). European Portuguese writes only where it differs from Brazil's.
    #[test]
    fn every_language_is_complete() {
        let mut missing = Vec::new();
        for (group, id, written) in INVENTORY {
            let english = written[0].as_ref().expect("English is the reference");
            for (at, language) in Language::ALL.into_iter().enumerate().skip(1) {
                let own = written[at].as_ref().or_else(|| {
                    (language == Language::EuropeanPortuguese)
                        .then(|| written[1].as_ref())
                        .flatten()
                });
                let Some(own) = own else {
                    missing.push(format!("{}: {group}.ftl has no {id}", language.tag()));
                    continue;
                };
                for variable in english.variables {
                    if !own.variables.contains(variable) {
                        missing.push(format!(
                            "{}: {group}.ftl's {id} leaves out ${variable}",
                            language.tag()
                        ));
                    }
                }
                for keys in own.number_selects {
                    for category in plural::categories(language) {
                        if !keys.contains(&category.name()) {
                            missing.push(format!(
                                "{}: {group}.ftl's {id} has no [{}] form",
                                language.tag(),
                                category.name()
                            ));
                        }
                    }
                }
            }
        }
        assert!(missing.is_empty(), "{}", missing.join("\n"));
    }

    #[test]
    fn a_number_chooses_its_plural_form_and_a_word_its_variant() {
        static FORMS: [(&str, &[Piece]); 4] = [
            ("0", &[Piece::Text("none")]),
            ("one", &[Piece::Arg(0), Piece::Text(" note")]),
            ("few", &[Piece::Arg(0), Piece::Text(" notes (few)")]),
            ("other", &[Piece::Arg(0), Piece::Text(" notes")]),
        ];
        let message = [Piece::Select(0, &FORMS)];
        let say = |language, n| render(language, &message, &[Arg::Number(n)]);
        assert_eq!(say(Language::English, 0), "none");
        assert_eq!(say(Language::English, 1), "1 note");
        assert_eq!(say(Language::English, 2), "2 notes");
        assert_eq!(say(Language::Russian, 2), "2 notes (few)");
        assert_eq!(say(Language::Russian, 21), "21 note");
        assert_eq!(say(Language::Russian, 11), "11 notes");
        static KINDS: [(&str, &[Piece]); 2] = [
            ("ignite", &[Piece::Text("Ignite")]),
            ("other", &[Piece::Arg(0)]),
        ];
        let kind = [Piece::Select(0, &KINDS)];
        assert_eq!(
            render(Language::German, &kind, &[Arg::Text("ignite")]),
            "Ignite"
        );
        assert_eq!(
            render(Language::German, &kind, &[Arg::Text("panel")]),
            "panel"
        );
    }
}
