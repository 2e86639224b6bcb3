//! Every real file of the devopsdays corpus (`tests/fixtures/devopsdays`): none panics, each
//! yields a talk, and what each card would show matches the reviewed golden file
//! `tests/corpus.golden`, one line per file. A change in behaviour therefore shows up as a diff
//! of that file in review.
//!
//! After an intended change: `TALKCARD_BLESS=1 cargo test --test corpus`, then read the diff.

// Native only: they read the HTML as the native sanitiser leaves it.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use talkcard::{Speaker, Talk};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/devopsdays")
}

/// Every file under `talks/` and `speakers/`, as sorted relative paths.
fn files() -> Vec<String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else {
                out.push(path);
            }
        }
    }
    let root = corpus();
    let mut paths = Vec::new();
    walk(&root.join("talks"), &mut paths);
    walk(&root.join("speakers"), &mut paths);
    let mut files: Vec<String> = paths
        .iter()
        .map(|p| {
            p.strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    files.sort();
    files
}

/// The file's URL on a site laid out like devopsdays.org, for resolving relative links.
fn url_of(file: &str) -> String {
    let (kind, rest) = file.split_once('/').unwrap();
    let (event, name) = rest.split_once('/').unwrap();
    let folder = if kind == "talks" {
        "program"
    } else {
        "speakers"
    };
    format!("https://example.org/events/{event}/{folder}/{name}")
}

fn summaries() -> String {
    let mut out = String::new();
    for file in files() {
        let bytes = std::fs::read(corpus().join(&file)).unwrap();
        let url = url_of(&file);
        let summary = if file.starts_with("speakers/") {
            Speaker::from_bytes(&bytes, Some(&url)).map(|s| s.summary())
        } else {
            Talk::from_bytes(&bytes, Some(&url)).map(|t| t.summary())
        }
        .unwrap_or_else(|err| format!("not a text file: {err}"));
        out.push_str(&format!("{file}: {summary}\n"));
    }
    out
}

#[test]
fn every_real_file_matches_the_reviewed_summary() {
    let actual = summaries();
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus.golden");
    if std::env::var_os("TALKCARD_BLESS").is_some() {
        std::fs::write(&golden, &actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&golden).unwrap_or_default();
    let changed: Vec<String> = actual
        .lines()
        .zip(expected.lines())
        .filter(|(a, e)| a != e)
        .map(|(a, e)| format!("- {e}\n+ {a}"))
        .collect();
    assert!(
        changed.is_empty() && actual.lines().count() == expected.lines().count(),
        "{} of {} summaries differ from tests/corpus.golden (bless with TALKCARD_BLESS=1 after reviewing):\n{}",
        changed.len(),
        actual.lines().count(),
        changed.join("\n")
    );
}

#[test]
fn no_speaker_file_has_errors() {
    for file in files().into_iter().filter(|f| f.starts_with("speakers/")) {
        let bytes = std::fs::read(corpus().join(&file)).unwrap();
        let speaker = Speaker::from_bytes(&bytes, Some(&url_of(&file))).unwrap();
        assert!(
            speaker.diagnostics.iter().all(|d| !d.is_error()),
            "{file}: {:?}",
            speaker.diagnostics
        );
    }
}

#[test]
fn the_corpus_is_all_there() {
    let files = files();
    assert_eq!(
        files.iter().filter(|f| f.starts_with("talks/")).count(),
        208
    );
    assert_eq!(
        files.iter().filter(|f| f.starts_with("speakers/")).count(),
        63
    );
}

#[test]
fn only_the_broken_talk_has_errors_and_it_keeps_its_content() {
    let mut with_errors = Vec::new();
    for file in files().into_iter().filter(|f| f.starts_with("talks/")) {
        let bytes = std::fs::read(corpus().join(&file)).unwrap();
        let talk = Talk::from_bytes(&bytes, Some(&url_of(&file))).unwrap();
        if talk.has_errors() {
            with_errors.push((file, talk));
        }
    }
    assert_eq!(
        with_errors.len(),
        1,
        "{:?}",
        with_errors.iter().map(|(f, _)| f).collect::<Vec<_>>()
    );
    let (file, talk) = &with_errors[0];
    assert_eq!(file, "talks/2024-sao-paulo/bernardo-lankheet.md");
    assert_eq!(
        talk.diagnostics[0].to_string(),
        "line 5, column 104: invalid TOML: unexpected key or value, expected newline, `#` (a stray `\"` after the closing quote?)"
    );
    assert!(
        talk.title
            .starts_with("Apresentando metricas de negocio com Grafana")
    );
    assert!(talk.body_html().contains("Nesta palestra irei abortar"));
}

/// Every note on a corpus file reads in each shipped language: written out whole (no marker of
/// the message format left in it) and in that language, not English, unless it is another
/// tool's words. The broken São Paulo file's error reads in Brazilian Portuguese around the
/// TOML parser's own words.
#[test]
fn every_note_on_a_corpus_file_is_written_in_each_language() {
    use talkcard::language::Language;
    let mut notes = 0;
    for file in files() {
        let bytes = std::fs::read(corpus().join(&file)).unwrap();
        let url = url_of(&file);
        let diagnostics = if file.starts_with("speakers/") {
            Speaker::from_bytes(&bytes, Some(&url)).map(|s| s.diagnostics)
        } else {
            Talk::from_bytes(&bytes, Some(&url)).map(|t| t.diagnostics)
        }
        .unwrap_or_else(|err| vec![err.to_diagnostic()]);
        for diagnostic in &diagnostics {
            notes += 1;
            let english = diagnostic.located(Language::English);
            assert_eq!(english, diagnostic.to_string());
            for language in Language::ALL {
                let written = diagnostic.located(language);
                assert!(
                    !written.contains(|c: char| ('\u{1}'..='\u{6}').contains(&c)),
                    "{file}, {language:?}: {written:?}"
                );
                if language != Language::English && diagnostic.note.is_message() {
                    assert_ne!(written, english, "{file}, {language:?}");
                }
            }
        }
    }
    assert!(notes > 40, "{notes}");
    let broken = Talk::from_bytes(
        &std::fs::read(corpus().join("talks/2024-sao-paulo/bernardo-lankheet.md")).unwrap(),
        None,
    )
    .unwrap();
    assert_eq!(
        broken.diagnostics[0].located(Language::BrazilianPortuguese),
        "linha 5, coluna 104: TOML inválido: unexpected key or value, expected newline, `#` (uma `\"` sobrando depois das aspas de fechamento?)"
    );
}
