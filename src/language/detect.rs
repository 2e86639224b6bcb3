//! Which of the languages talkcard ships a text is written in, told by its commonest short
//! words: articles, prepositions, conjunctions, pronouns. A talk's title and abstract say it
//! in a few dozen words, and these few words are most of any sentence.
//!
//! Small enough for the card bundle, which marks a talk written in another language than the
//! page around it (`lang` on its title and abstract) when no export told it: an English file
//! embedded on a French page. The export itself asks whatlang, which knows seventy languages
//! (`export::language`); where both answer, they agree (`export::language`'s tests check it on
//! the corpus). A text too short, or mixed, says nothing: no `lang` rather than a wrong one.

use super::Language;

/// Each language's telling words, lower case. A word two languages share counts for both.
const WORDS: [(Language, &str); 6] = [
    (
        Language::English,
        "the and of to is that for with this we how you our are it in on what can be from your will",
    ),
    (
        Language::BrazilianPortuguese,
        "de que não uma para com os do da como é um em no na das dos ao mais sobre você nós são seu sua",
    ),
    (
        Language::Spanish,
        "el la los las del que una por con para es y en su como más sobre cómo nuestro nuestra se al lo",
    ),
    (
        Language::French,
        "le la les des et est une pour dans que qui pas sur nous du au en un vous ce cette avec comment",
    ),
    (
        Language::German,
        "der die und das ist nicht mit wir ein eine den zu von für auf sich im dem des wie ich sie es",
    ),
    (
        Language::Russian,
        "и в не на что с как мы это по для о из к от у же все так вы но то",
    ),
];

/// Fewer words than this tell nothing.
const FEWEST_WORDS: usize = 12;

/// The language of `text`, when its telling words say it clearly: at least a tenth of its
/// words are one language's, and that language's count is at least twice the next one's.
pub fn written_in(text: &str) -> Option<Language> {
    // Lower case by the browser's rules in the card (`case`: Rust's Unicode tables would weigh
    // more than all of this), and words apart at what is no letter of a word: spaces, digits and
    // punctuation, typographic or not (Unicode's letter table too would cost the card).
    let lowered = crate::case::lower(text);
    let words: Vec<&str> = lowered
        .split(|c: char| {
            c.is_whitespace()
                || c.is_ascii_punctuation()
                || c.is_ascii_digit()
                || matches!(
                    c,
                    '«' | '»' | '“' | '”' | '„' | '‘' | '’' | '–' | '—' | '…' | '·'
                )
        })
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < FEWEST_WORDS {
        return None;
    }
    // The two highest counts, in one pass (a sort would bring the standard library's sorting
    // code into the card).
    let (mut best, mut count, mut next) = (Language::English, 0, 0);
    for (language, telling) in WORDS {
        let n = words
            .iter()
            .filter(|w| telling.split(' ').any(|t| t == **w))
            .count();
        if n > count {
            (best, count, next) = (language, n, count);
        } else if n > next {
            next = n;
        }
    }
    (count * 10 >= words.len() && count >= 2 * next.max(1)).then_some(best)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_says_its_language_and_a_short_or_mixed_one_nothing() {
        let cases = [
            (
                "This talk covers what we learned when our on-call rotation grew from five \
                 engineers to fifty, and the tooling we built along the way.",
                Some(Language::English),
            ),
            (
                "Nesta palestra vamos falar sobre como implementar observabilidade em sistemas \
                 distribuídos, com exemplos reais e as lições que aprendemos no caminho.",
                Some(Language::BrazilianPortuguese),
            ),
            (
                "En esta charla veremos cómo construimos nuestra plataforma de despliegue y los \
                 errores que cometimos por el camino con la observabilidad.",
                Some(Language::Spanish),
            ),
            (
                "Dans cette présentation, nous verrons comment nous avons migré nos services vers \
                 Kubernetes et ce que nous avons appris sur la fiabilité.",
                Some(Language::French),
            ),
            (
                "In diesem Vortrag zeigen wir, wie wir unsere Plattform auf Kubernetes umgestellt \
                 haben und was wir dabei über die Zuverlässigkeit gelernt haben.",
                Some(Language::German),
            ),
            (
                "В этом докладе мы поговорим о том, как построить систему мониторинга для большой \
                 распределённой инфраструктуры и что из этого вышло.",
                Some(Language::Russian),
            ),
            ("Keynote", None),
            ("Kubernetes, Terraform, Ansible, Prometheus, Grafana", None),
        ];
        for (text, language) in cases {
            assert_eq!(written_in(text), language, "{text}");
        }
    }
}
