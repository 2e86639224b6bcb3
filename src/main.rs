//! The talkcard binary: in the browser (wasm32) it is the card bundle (`talkcard.js`), what
//! `embed.js`, `?talk=` and `?embed=1` load, with the exports for pages' own scripts; the
//! landing page, programs and the editor are the other bundle (`src/bin/talkcard-app.rs`).
//! Natively it is a small CLI that reads talk files with the same core and prints what each card would show, with
//! every located error and warning — handy in a conference site's CI.

#[cfg(target_arch = "wasm32")]
fn main() {
    talkcard::ui::start();
}

/// Called by `embed.js` once the module is loaded: mounts every `[data-talkcard-src]` of the
/// page. `app_base` is the folder `embed.js` came from.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn embed(app_base: String) {
    talkcard::ui::embed::mount_all(&app_base);
}

/// Renders the talk file `text` as a card inside `element`, with no fetch: for pages that
/// already hold the text, and for the in-browser benchmark (`scripts/bench`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn render(element: web_sys::Element, text: String) {
    talkcard::ui::embed::render_text(element, &text);
}

/// The diagnostics of the talk file `text`, without rendering: an array of
/// `{severity, line, column, message, text}` (see `talkcard::ui::embed::check_text`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn check(text: String) -> js_sys::Array {
    talkcard::ui::embed::check_text(&text)
}

/// Makes talkcard fail on this page, as a bug would: it panics with `message`. Fault injection
/// for a host page's own tests (and talkcard's): every card of the page then says that talkcard
/// stopped (see `talkcard::ui::stopped`), and the page's own content is left as it is. Only
/// the page's own scripts can call it; a talk file cannot.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = failForTesting)]
pub fn fail_for_testing(message: String) {
    panic!("{message}");
}

/// [`check`] for a speaker file: `checkSpeaker(text)`, the same array.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = checkSpeaker)]
pub fn check_speaker(text: String) -> js_sys::Array {
    talkcard::ui::embed::check_speaker_text(&text)
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;
    use talkcard::Diagnostic;

    const USAGE: &str = "usage: talkcard [--github] TALK_FILE...
Prints one line per file: title | type | speakers | player | other media | diagnostics.
Files in a `speakers` folder are read as speaker files: name | photo | pronouns | links.
--github also prints every error and warning as a GitHub Actions annotation, which the pull
request then shows at its line.
Exits with 1 when a file has errors.";
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let github = args.iter().any(|a| a == "--github");
    let paths: Vec<&String> = args.iter().filter(|a| *a != "--github").collect();
    if paths.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut failed = false;
    for path in paths {
        let (summary, diagnostics) = match std::fs::read(path) {
            // Hugo sites keep speaker files in a `speakers` folder beside `program`.
            Ok(bytes) if in_speakers_folder(path) => {
                match talkcard::Speaker::from_bytes(&bytes, None) {
                    Ok(speaker) => (speaker.summary(), speaker.diagnostics),
                    Err(err) => unreadable(err.to_diagnostic()),
                }
            }
            Ok(bytes) => match talkcard::Talk::from_bytes(&bytes, None) {
                Ok(talk) => (talk.summary(), talk.diagnostics),
                Err(err) => unreadable(err.to_diagnostic()),
            },
            Err(err) => unreadable(Diagnostic::error(None, None, format!("cannot read: {err}"))),
        };
        failed |= diagnostics.iter().any(Diagnostic::is_error);
        println!("{path}: {summary}");
        if github {
            for diagnostic in &diagnostics {
                println!("{}", diagnostic.github_annotation(path));
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// A file in a `speakers` folder, as Hugo sites lay them out (`content/events/…/speakers/`).
#[cfg(not(target_arch = "wasm32"))]
fn in_speakers_folder(path: &str) -> bool {
    let path = std::path::Path::new(path);
    path.parent()
        .is_some_and(|folder| folder.components().any(|c| c.as_os_str() == "speakers"))
}

/// The summary line and diagnostics of a file that could not be read at all.
#[cfg(not(target_arch = "wasm32"))]
fn unreadable(error: talkcard::Diagnostic) -> (String, Vec<talkcard::Diagnostic>) {
    (format!("error: {}", error.message), vec![error])
}
