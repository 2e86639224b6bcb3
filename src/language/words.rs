//! talkcard's own words in every shipped language: the message files `i18n/<tag>/<group>.ftl`
//! (Fluent syntax), compiled by `build.rs` into one module per group and one function per
//! message, `words::card::by_speakers(language, "Ana and Bo")`. No Fluent runtime ships: each
//! language's messages are one string, rendered here.
//!
//! A message in that string is its text, with control characters for the rest: `\u{1}` and a
//! digit, an argument (the message's variables in alphabetical order, from `0`); `\u{2}` and a
//! digit, a choice by that argument among variants, each its key, `\u{3}`, its pattern,
//! `\u{4}`, the default last, then `\u{5}`. A key is a number (an exact match), a plural
//! category (`one`, `few`, …: the language's rule for a number argument), or a word (a text
//! argument equal to it).
//!
//! In the browser only English is built in: a page loads the catalogue file of the one language
//! it speaks (`i18n/<tag>.txt`, written by `build.rs`, copied into the dist) and hands it to
//! [`load`]; a card waits for it before it draws (`ui::card::language::when_ready`). Natively
//! every language is built in.
//!
//! Unlike Fluent's own runtime, a variable's text is not wrapped in Unicode isolation marks:
//! the page marks a right-to-left name or title with `dir="auto"` on its element, and marks in
//! the text would show up in attributes, calendar files and copied text.

use super::Language;

include!(concat!(env!("OUT_DIR"), "/words.rs"));

const ARG: char = '\u{1}';
const CHOICE: char = '\u{2}';
const KEY_END: char = '\u{3}';
const VARIANT_END: char = '\u{4}';
const CHOICE_END: char = '\u{5}';

/// A message's argument.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Text(&'a str),
    Number(u64),
}

/// A note on a file (a diagnostic's text), kept to be written later: a file is read where it is
/// (natively, in the card, in the editor) and its notes are shown in the language of whatever
/// shows them: a card's page, the editor, the CLI (English).
///
/// One of `i18n/<tag>/notes.ftl`'s messages (made by `words::notes::…`) with its arguments, or
/// text that is not talkcard's words to translate ([`Note::english`]). Its arguments are kept
/// as one string (each a kind, `#` a number or `"` a text, then its value; apart by NUL): a
/// card compares, clones and drops its talk's notes, and a string's code is there already.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Note {
    /// Its place among the group's messages; [`Note::TEXT`] for text to show as it is.
    index: u16,
    /// Its variables' values, in alphabetical order of their names; or the text.
    args: String,
}

impl Note {
    /// The index of a note that is text as it is.
    const TEXT: u16 = u16::MAX;

    /// One function for every message's constructor, which only lists its arguments: the card
    /// carries this code once, not once per message.
    #[inline(never)]
    fn new(index: u16, args: &[Arg<'_>]) -> Note {
        let mut kept = String::new();
        for (at, arg) in args.iter().enumerate() {
            if at > 0 {
                kept.push('\0');
            }
            match arg {
                Arg::Text(text) => {
                    kept.push('"');
                    kept.push_str(text);
                }
                Arg::Number(n) => {
                    kept.push('#');
                    kept.push_str(&n.to_string());
                }
            }
        }
        Note { index, args: kept }
    }

    /// Text that is not talkcard's own words to translate: what a maintainer's tool says, in
    /// English (issue 31: the CLI speaks English), or a note made from another tool's message.
    pub fn english(text: impl Into<String>) -> Note {
        Note {
            index: Note::TEXT,
            args: text.into(),
        }
    }

    /// Whether this is one of `notes.ftl`'s messages (not [`Note::english`] text).
    pub fn is_message(&self) -> bool {
        self.index != Note::TEXT
    }

    /// The note in `language` (in the browser, English until that language is [`load`]ed).
    pub fn write(&self, language: Language) -> String {
        if !self.is_message() {
            return self.args.clone();
        }
        // A message has a few variables: no vector for them.
        let mut args = [Arg::Number(0); 8];
        let mut count = 0;
        for arg in self
            .args
            .split('\0')
            .filter(|_| !self.args.is_empty())
            .take(8)
        {
            args[count] = match arg.strip_prefix('#') {
                // (usize: the card parses no u64 elsewhere.)
                Some(number) => Arg::Number(number.parse::<usize>().unwrap_or_default() as u64),
                None => Arg::Text(arg.get(1..).unwrap_or_default()),
            };
            count += 1;
        }
        render(
            notes::GROUP,
            &notes::CATALOGUES,
            language,
            usize::from(self.index),
            &args[..count],
        )
    }
}

/// Writes message number `message` of group `group` in `language` with `args`; `catalogues`
/// are the group's built-in messages.
fn render(
    group: usize,
    catalogues: &[&'static str],
    language: Language,
    message: usize,
    args: &[Arg<'_>],
) -> String {
    let pattern = catalogue(group, catalogues, language)
        .split('\0')
        .nth(message)
        .unwrap_or_default();
    let mut out = String::new();
    write(&mut out, language, pattern, args);
    out
}

/// The group's messages in `language`: built in natively.
#[cfg(not(target_arch = "wasm32"))]
fn catalogue(_: usize, catalogues: &[&'static str], language: Language) -> &'static str {
    catalogues[language as usize]
}

/// The group's messages in `language`: English's built in, another's as loaded (English's until
/// then: a card waits for its language, see [`has`]).
#[cfg(target_arch = "wasm32")]
fn catalogue(group: usize, catalogues: &[&'static str], language: Language) -> &'static str {
    LOADED
        .with_borrow(|loaded| loaded[language as usize].as_ref()?.get(group).copied())
        .unwrap_or(catalogues[0])
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// The languages loaded ([`load`]): each group's messages, kept for the page's life.
    static LOADED: std::cell::RefCell<[Option<Vec<&'static str>>; 7]> =
        const { std::cell::RefCell::new([const { None }; 7]) };
}

/// Whether `language`'s words can be written now: English always, natively every language, in
/// the browser a language once [`load`]ed.
pub fn has(language: Language) -> bool {
    #[cfg(target_arch = "wasm32")]
    return language == Language::English
        || LOADED.with_borrow(|loaded| loaded[language as usize].is_some());
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = language;
        true
    }
}

/// Takes `language`'s catalogue file (its text, as fetched). False, and nothing loaded, when
/// it is not that language's file of this very build (another build's messages are numbered
/// otherwise: a page whose files are from two deployments gets English).
pub fn load(language: Language, file: &str) -> bool {
    let Some(groups) = read_file(language, file) else {
        return false;
    };
    #[cfg(target_arch = "wasm32")]
    {
        let groups: Vec<&'static str> = groups
            .into_iter()
            .map(|group| &*Box::leak(group.to_owned().into_boxed_str()))
            .collect();
        LOADED.with_borrow_mut(|loaded| loaded[language as usize] = Some(groups));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = groups;
    true
}

/// The groups' messages of `file`, if it is `language`'s catalogue file of this build.
fn read_file(language: Language, file: &str) -> Option<Vec<&str>> {
    let header = HEADERS[language as usize];
    let body = file.strip_prefix(header)?;
    Some(body.split('\u{6}').collect())
}

/// Writes `pattern` (a whole pattern: its variants' ends are consumed by [`choose`]).
fn write(out: &mut String, language: Language, pattern: &str, args: &[Arg<'_>]) {
    let mut rest = pattern;
    while let Some(at) = rest.find([ARG, CHOICE]) {
        out.push_str(&rest[..at]);
        let mut chars = rest[at..].chars();
        let marker = chars.next();
        let arg = chars
            .next()
            .and_then(|digit| args.get(usize::from(digit as u8 - b'0')))
            .copied();
        rest = chars.as_str();
        match (marker, arg) {
            (Some(ARG), Some(Arg::Text(text))) => out.push_str(text),
            (Some(ARG), Some(Arg::Number(n))) => out.push_str(&n.to_string()),
            (_, Some(arg)) => {
                let (variant, after) = choose(language, rest, arg);
                write(out, language, variant, args);
                rest = after;
            }
            (_, None) => {}
        }
    }
    out.push_str(rest);
}

/// The variant of the choice at the start of `text` for `arg`, as Fluent chooses it (an exact
/// number first, then the number's plural category, then a word equal to a text; else the
/// default), and the text after the choice.
fn choose<'t>(language: Language, text: &'t str, arg: Arg<'_>) -> (&'t str, &'t str) {
    let mut variants: Vec<(&str, &str)> = Vec::new();
    let mut rest = text;
    while let Some((key, after)) = rest.split_once(KEY_END) {
        if key.contains(CHOICE_END) {
            break;
        }
        let end = variant_end(after);
        variants.push((key, &after[..end]));
        rest = &after[end + VARIANT_END.len_utf8()..];
        if rest.starts_with(CHOICE_END) {
            break;
        }
    }
    let after = rest.strip_prefix(CHOICE_END).unwrap_or(rest);
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
    let variant = found
        .or(variants.last())
        .map_or("", |(_, pattern)| *pattern);
    (variant, after)
}

/// Where the variant pattern at the start of `text` ends: its `\u{4}`, past any choice nested
/// in it.
fn variant_end(text: &str) -> usize {
    let mut depth = 0usize;
    for (at, c) in text.char_indices() {
        match c {
            CHOICE => depth += 1,
            CHOICE_END => depth = depth.saturating_sub(1),
            VARIANT_END if depth == 0 => return at,
            _ => {}
        }
    }
    text.len()
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

    /// Variables a language may leave out: the half of the day, on a 24-hour clock.
    const OPTIONAL: &[(&str, &str, &str)] = &[("dates", "clock", "half")];

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
                    if !own.variables.contains(variable)
                        && !OPTIONAL.contains(&(*group, *id, *variable))
                    {
                        missing.push(format!(
                            "{}: {group}.ftl's {id} leaves out ${variable}",
                            language.tag()
                        ));
                    }
                }
                for keys in own.number_selects {
                    // A table of numbers (a weekday, a month) chooses by exact keys alone.
                    if keys.iter().all(|key| key.parse::<u64>().is_ok()) {
                        continue;
                    }
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
        let notes = "\u{2}00\u{3}none\u{4}one\u{3}\u{1}0 note\u{4}few\u{3}\u{1}0 notes (few)\u{4}other\u{3}\u{1}0 notes\u{4}\u{5}.";
        let say = |language, n| {
            let mut out = String::new();
            write(&mut out, language, notes, &[Arg::Number(n)]);
            out
        };
        assert_eq!(say(Language::English, 0), "none.");
        assert_eq!(say(Language::English, 1), "1 note.");
        assert_eq!(say(Language::English, 2), "2 notes.");
        assert_eq!(say(Language::Russian, 2), "2 notes (few).");
        assert_eq!(say(Language::Russian, 21), "21 note.");
        assert_eq!(say(Language::Russian, 11), "11 notes.");
        // A choice by a word, nested in another's variant, and text on both sides.
        let kind = "A \u{2}0ignite\u{3}Ignite\u{4}other\u{3}[\u{2}1one\u{3}one \u{1}0\u{4}other\u{3}\u{1}0s\u{4}\u{5}]\u{4}\u{5}!";
        let say = |kind, n| {
            let mut out = String::new();
            write(
                &mut out,
                Language::German,
                kind,
                &[Arg::Text(n), Arg::Number(2)],
            );
            out
        };
        assert_eq!(say(kind, "ignite"), "A Ignite!");
        assert_eq!(say(kind, "panel"), "A [panels]!");
    }

    /// Each language's catalogue file, which a page loads in the browser, holds that language's
    /// built-in messages, group by group; another language's file, or another build's, is
    /// refused.
    #[test]
    fn a_catalogue_file_holds_its_languages_messages_and_no_other_file_is_taken() {
        let files = [
            include_str!(concat!(env!("OUT_DIR"), "/i18n/en.txt")),
            include_str!(concat!(env!("OUT_DIR"), "/i18n/pt-BR.txt")),
            include_str!(concat!(env!("OUT_DIR"), "/i18n/pt-PT.txt")),
            include_str!(concat!(env!("OUT_DIR"), "/i18n/es.txt")),
            include_str!(concat!(env!("OUT_DIR"), "/i18n/fr.txt")),
            include_str!(concat!(env!("OUT_DIR"), "/i18n/de.txt")),
            include_str!(concat!(env!("OUT_DIR"), "/i18n/ru.txt")),
        ];
        for language in Language::ALL {
            let file = files[language as usize];
            let groups = read_file(language, file).unwrap();
            assert_eq!(groups[card::GROUP], card::CATALOGUES[language as usize]);
            assert_eq!(groups[dates::GROUP], dates::CATALOGUES[language as usize]);
            assert_eq!(groups[notes::GROUP], notes::CATALOGUES[language as usize]);
            assert_eq!(
                groups[timetable::GROUP],
                timetable::CATALOGUES[language as usize]
            );
            // The exported pages' words are the export's alone: no page fetches them.
            assert_eq!(groups[pages::GROUP], "");
            assert!(load(language, file));
            assert!(has(language));
        }
        assert!(!load(Language::German, files[Language::French as usize]));
        let other_build = files[Language::German as usize].replacen(' ', "  ", 2);
        assert!(!load(Language::German, &other_build));
        assert!(!load(Language::German, ""));
    }

    /// The generated functions read their own messages: each language's catalogue has one per
    /// function, in order.
    #[test]
    fn the_catalogues_say_the_cards_words() {
        for (group, catalogues) in [
            ("bar", &bar::CATALOGUES),
            ("card", &card::CATALOGUES),
            ("dates", &dates::CATALOGUES),
            ("editor", &editor::CATALOGUES),
            ("notes", &notes::CATALOGUES),
            ("pages", &pages::CATALOGUES),
            ("timetable", &timetable::CATALOGUES),
        ] {
            let messages = INVENTORY.iter().filter(|(g, ..)| *g == group).count();
            for language in Language::ALL {
                assert_eq!(
                    catalogues[language as usize].split('\0').count(),
                    messages,
                    "{group}: {}",
                    language.tag()
                );
            }
        }
        assert_eq!(card::by_speakers(Language::English, "Ana"), "by Ana");
        assert_eq!(
            card::list_and(Language::German, "Cy", "Ana, Bo"),
            "Ana, Bo und Cy"
        );
        assert_eq!(
            card::kind(Language::French, "workshop", "Workshop"),
            "Atelier"
        );
        assert_eq!(card::kind(Language::French, "panel", "Panel"), "Panel");
        // pt-PT writes its own heading and takes the rest from pt-BR.
        assert_eq!(
            card::speakers_heading(Language::EuropeanPortuguese, 1),
            "Orador"
        );
        assert_eq!(
            card::read_abstract(Language::EuropeanPortuguese),
            "Ler o resumo"
        );
        for (n, text) in [
            (1, "1 замечание для докладчика"),
            (2, "2 замечания для докладчика"),
            (5, "5 замечаний для докладчика"),
            (21, "21 замечание для докладчика"),
        ] {
            assert_eq!(card::notes_for_speaker(Language::Russian, n), text);
        }
    }
}
