//! The native CLI as a site's CI runs it: one line per file, GitHub annotations on request, and
//! an exit status that fails the build only when a file has errors.
#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Output};

const BROKEN: &str = "tests/fixtures/devopsdays/talks/2024-sao-paulo/bernardo-lankheet.md";
const GOOD: &str = "tests/fixtures/devopsdays/talks/2018-amsterdam/matt-stratton.md";

fn talkcard(args: &[&str]) -> (Option<i32>, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = Command::new(env!("CARGO_BIN_EXE_talkcard"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the talkcard binary runs");
    (
        status.code(),
        String::from_utf8(stdout).unwrap(),
        String::from_utf8(stderr).unwrap(),
    )
}

#[test]
fn a_good_file_passes_with_its_summary() {
    let (code, out, _) = talkcard(&[GOOD]);
    assert_eq!(code, Some(0), "{out}");
    assert_eq!(
        out,
        format!(
            "{GOOD}: \"How Do You Infect Your Organization With Humane Ops?\" | talk | matt-stratton | youtube:76o64wuU4bA@0\n"
        )
    );
}

#[test]
fn a_broken_file_fails_the_run_with_its_located_error() {
    let (code, out, _) = talkcard(&[GOOD, BROKEN]);
    assert_eq!(code, Some(1), "{out}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[1].starts_with(&format!("{BROKEN}: \"Apresentando metricas"))
            && lines[1].contains("| error: line 5, column 104: invalid TOML"),
        "{out}"
    );
    // No annotations unless asked.
    assert!(!out.contains("::error"), "{out}");
}

#[test]
fn github_annotations_point_at_the_line_to_fix() {
    let (code, out, _) = talkcard(&["--github", BROKEN, "tests/no-such-talk.md"]);
    assert_eq!(code, Some(1), "{out}");
    let annotations: Vec<&str> = out.lines().filter(|l| l.starts_with("::")).collect();
    assert_eq!(annotations.len(), 3, "{out}");
    assert!(
        annotations[0].starts_with(&format!(
            "::error file={BROKEN},line=5,col=104::invalid TOML"
        )),
        "{out}"
    );
    assert!(
        annotations[1].starts_with(&format!("::warning file={BROKEN},line=10::")),
        "{out}"
    );
    assert!(
        annotations[2].starts_with("::error file=tests/no-such-talk.md::cannot read"),
        "{out}"
    );
}

#[test]
fn files_in_a_speakers_folder_are_read_as_speaker_files() {
    let speaker = "tests/fixtures/devopsdays/speakers/2018-amsterdam/matt-stratton.md";
    let (code, out, _) = talkcard(&[speaker]);
    assert_eq!(code, Some(0), "{out}");
    assert_eq!(
        out,
        format!(
            "{speaker}: speaker \"Matty Stratton\" | image matt-stratton.jpg | pronouns - | website https://www.arresteddevops.com/ | twitter https://x.com/mattstratton\n"
        )
    );
}

#[test]
fn usage_without_files_and_on_help() {
    let (code, out, err) = talkcard(&[]);
    assert_eq!(code, Some(2));
    assert!(out.is_empty() && err.starts_with("usage: talkcard [--github] TALK_FILE..."));
    let (code, out, _) = talkcard(&["--help"]);
    assert_eq!(code, Some(0));
    assert!(out.starts_with("usage: talkcard"));
    let (code, _, err) = talkcard(&["--github"]);
    assert_eq!(code, Some(2));
    assert!(err.starts_with("usage:"));
}
