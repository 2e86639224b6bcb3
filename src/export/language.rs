//! Which language an exported event's pages speak, and which one each of its talks is written
//! in (issue 31).
//!
//! An event's pages are in the language `--lang EVENT=TAG` names; else in the language most of
//! its talk files are written in, as their titles and abstracts tell whatlang (a small trigram
//! detector, natively only: the card bundle carries none); else in English. A talk written in
//! another language than its page's marks its title and abstract with its own `lang`, and says
//! nothing when its text is too short to tell.

use std::collections::BTreeMap;
use std::fmt;

use whatlang::Lang;

use crate::Talk;
use crate::language::Language;
use crate::markdown::Block;
use crate::ui::card::sanitise::SafeNodes;

/// The language a talk is written in, as far as its text tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    /// Its BCP 47 tag, the shortest form (`en`, `pt`): what a page's `lang` says.
    pub tag: &'static str,
    /// Its English name, for the export's messages.
    pub name: &'static str,
    /// The language talkcard ships that it is, if any (Portuguese is Brazil's: a detector
    /// cannot tell the two apart).
    pub shipped: Option<Language>,
}

/// Fewer letters than this in a title and abstract together are too few to tell a language
/// by (whatlang's own reliability test aside): a title alone, "Keynote", a name.
const LETTERS_TO_TELL: usize = 40;

/// A talk's title and abstract, as text.
fn text_of(talk: &Talk) -> String {
    let abstract_text: Vec<String> = talk
        .body
        .iter()
        .filter_map(|block| match block {
            Block::Html(html) => Some(SafeNodes::of([html]).text()),
            Block::Player(_) => None,
        })
        .collect();
    format!("{}.\n{}", talk.title, abstract_text.join("\n"))
}

/// What the talk's title and abstract are written in, when the detector is sure.
pub fn written_in(talk: &Talk) -> Option<Written> {
    let text = text_of(talk);
    if text.chars().filter(|c| c.is_alphabetic()).count() < LETTERS_TO_TELL {
        return None;
    }
    let info = whatlang::detect(&text).filter(whatlang::Info::is_reliable)?;
    let (tag, shipped) = tag_of(info.lang())?;
    Some(Written {
        tag,
        name: info.lang().eng_name(),
        shipped,
    })
}

/// The BCP 47 tag of a detected language (ISO 639-1 where it has one, as BCP 47 requires), and
/// the shipped language it is. `None` for the few whatlang knows that have no two-letter code
/// listed here: better no `lang` than a wrong one.
fn tag_of(lang: Lang) -> Option<(&'static str, Option<Language>)> {
    let shipped = match lang {
        Lang::Eng => Some(Language::English),
        Lang::Por => Some(Language::BrazilianPortuguese),
        Lang::Spa => Some(Language::Spanish),
        Lang::Fra => Some(Language::French),
        Lang::Deu => Some(Language::German),
        Lang::Rus => Some(Language::Russian),
        _ => None,
    };
    let tag = match lang {
        Lang::Eng => "en",
        Lang::Por => "pt",
        Lang::Spa => "es",
        Lang::Fra => "fr",
        Lang::Deu => "de",
        Lang::Rus => "ru",
        Lang::Ita => "it",
        Lang::Nld => "nl",
        Lang::Tur => "tr",
        Lang::Pol => "pl",
        Lang::Ukr => "uk",
        Lang::Ces => "cs",
        Lang::Swe => "sv",
        Lang::Dan => "da",
        Lang::Nob => "nb",
        Lang::Fin => "fi",
        Lang::Hun => "hu",
        Lang::Ron => "ro",
        Lang::Ell => "el",
        Lang::Bul => "bg",
        Lang::Heb => "he",
        Lang::Ara => "ar",
        Lang::Pes => "fa",
        Lang::Hin => "hi",
        Lang::Jpn => "ja",
        Lang::Kor => "ko",
        Lang::Cmn => "zh",
        Lang::Vie => "vi",
        Lang::Tha => "th",
        Lang::Ind => "id",
        _ => return None,
    };
    Some((tag, shipped))
}

/// The language of an event's pages, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// The language chosen.
    pub language: Language,
    /// Why it was.
    pub why: Why,
}

/// Why an event's pages are in their language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// `--lang` named it.
    Asked,
    /// Most of the event's talk files whose language could be told are in it (`of` of them,
    /// among `told` told and `files` in all).
    Detected {
        of: usize,
        told: usize,
        files: usize,
        name: &'static str,
    },
    /// None of the event's talk files could be told (too short, or not a shipped language).
    Untold { files: usize },
}

impl Decision {
    /// The event's language: `asked`, else the one most of `written` are in (English when two
    /// tie with it, else the first in `Language::ALL`'s order), else English.
    pub fn of(asked: Option<Language>, written: &[Option<Written>]) -> Decision {
        if let Some(language) = asked {
            return Decision {
                language,
                why: Why::Asked,
            };
        }
        let mut counts: BTreeMap<Language, (usize, &'static str)> = BTreeMap::new();
        for written in written.iter().flatten() {
            if let Some(language) = written.shipped {
                counts.entry(language).or_insert((0, written.name)).0 += 1;
            }
        }
        let told = counts.values().map(|(n, _)| n).sum();
        // Ties go to the first in order (English first): max_by_key keeps the last of equals.
        let best = counts
            .iter()
            .rev()
            .max_by_key(|(_, (n, _))| *n)
            .map(|(language, (n, name))| (*language, *n, *name));
        match best {
            Some((language, of, name)) => Decision {
                language,
                why: Why::Detected {
                    of,
                    told,
                    files: written.len(),
                    name,
                },
            },
            None => Decision {
                language: Language::English,
                why: Why::Untold {
                    files: written.len(),
                },
            },
        }
    }
}

/// `pt-BR: 21 of its 23 talk files are in Portuguese (by their titles and abstracts)`.
impl fmt::Display for Decision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tag = self.language.tag();
        match &self.why {
            Why::Asked => write!(f, "{tag}, as --lang asks"),
            Why::Detected {
                of,
                told,
                files,
                name,
            } => {
                write!(f, "{tag}: {of} of its {files} talk files are in {name}")?;
                if told < files {
                    write!(
                        f,
                        " ({} too short to tell or in another language)",
                        files - told
                    )?;
                }
                if self.language == Language::BrazilianPortuguese {
                    write!(f, "; Brazil's Portuguese unless --lang says pt-PT")?;
                }
                Ok(())
            }
            Why::Untold { files: 0 } => write!(f, "{tag}: it has no talk files"),
            Why::Untold { files } => write!(
                f,
                "{tag}: the language of none of its {files} talk files could be told"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn talk(text: &str) -> Talk {
        Talk::from_bytes(text.as_bytes(), None).unwrap()
    }

    /// Real abstracts of the corpus' Brazilian, Russian and English talks, and a title alone.
    #[test]
    fn a_talk_says_its_language_when_its_text_tells() {
        let portuguese = talk(
            "+++\nTitle = \"Observabilidade na prática\"\n+++\nNesta palestra vamos falar sobre como \
             implementar observabilidade em sistemas distribuídos, com exemplos reais de empresas \
             brasileiras e as lições que aprendemos no caminho.\n",
        );
        let written = written_in(&portuguese).unwrap();
        assert_eq!(
            (written.tag, written.shipped),
            ("pt", Some(Language::BrazilianPortuguese))
        );
        let english = talk(
            "+++\nTitle = \"Scaling on-call\"\n+++\nThis talk covers what we learned when our on-call \
             rotation grew from five engineers to fifty, and the tooling we built along the way.\n",
        );
        assert_eq!(written_in(&english).map(|w| w.tag), Some("en"));
        let russian = talk(
            "+++\nTitle = \"Наблюдаемость\"\n+++\nВ этом докладе мы поговорим о том, как построить \
             систему мониторинга для большой распределённой инфраструктуры.\n",
        );
        assert_eq!(written_in(&russian).map(|w| w.tag), Some("ru"));
        // Too short to tell: say nothing.
        assert_eq!(written_in(&talk("+++\nTitle = \"Keynote\"\n+++\n")), None);
    }

    /// The card's own small detector (`language::detect`, for cards no export told) agrees
    /// with whatlang on the corpus' real talks: never another language where both answer, and
    /// it answers for most of those whatlang is sure of.
    #[test]
    fn the_cards_detector_agrees_with_whatlang_on_the_corpus() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/devopsdays/talks");
        let (mut both, mut agreed, mut told_by_whatlang) = (0, 0, 0);
        let mut disagreements = Vec::new();
        for event in std::fs::read_dir(&root).unwrap() {
            for file in std::fs::read_dir(event.unwrap().path()).unwrap() {
                let path = file.unwrap().path();
                let Ok(talk) = Talk::from_bytes(&std::fs::read(&path).unwrap(), None) else {
                    continue;
                };
                let whatlang = written_in(&talk).and_then(|w| w.shipped);
                let small = crate::language::detect::written_in(&text_of(&talk));
                told_by_whatlang += usize::from(whatlang.is_some());
                if let (Some(a), Some(b)) = (whatlang, small) {
                    both += 1;
                    if a == b {
                        agreed += 1;
                    } else {
                        disagreements.push(format!("{}: {a:?} / {b:?}", path.display()));
                    }
                }
            }
        }
        eprintln!("told by whatlang {told_by_whatlang}, by both {both}, agreed {agreed}");
        assert!(disagreements.is_empty(), "{disagreements:#?}");
        assert!(
            both * 100 >= told_by_whatlang * 95,
            "{both} of {told_by_whatlang}"
        );
    }

    #[test]
    fn an_event_speaks_the_language_most_of_its_talks_are_in() {
        let pt = Some(Written {
            tag: "pt",
            name: "Portuguese",
            shipped: Some(Language::BrazilianPortuguese),
        });
        let en = Some(Written {
            tag: "en",
            name: "English",
            shipped: Some(Language::English),
        });
        let decision = Decision::of(None, &[pt, pt, en, None]);
        assert_eq!(decision.language, Language::BrazilianPortuguese);
        assert_eq!(
            decision.to_string(),
            "pt-BR: 2 of its 4 talk files are in Portuguese (1 too short to tell or in another \
             language); Brazil's Portuguese unless --lang says pt-PT"
        );
        // A tie goes to English; --lang wins over any count; nothing told is English.
        assert_eq!(Decision::of(None, &[pt, en]).language, Language::English);
        let asked = Decision::of(Some(Language::German), &[pt, pt]);
        assert_eq!(asked.to_string(), "de, as --lang asks");
        let untold = Decision::of(None, &[None, None]);
        assert_eq!(untold.language, Language::English);
        assert_eq!(
            untold.to_string(),
            "en: the language of none of its 2 talk files could be told"
        );
    }
}
