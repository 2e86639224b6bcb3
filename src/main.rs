//! The talkcard binary: in the browser (wasm32) it starts the Yew app; natively it is a small
//! CLI that reads talk files with the same core and prints what each card would show, with
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

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;

    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() || paths.iter().any(|p| p == "-h" || p == "--help") {
        eprintln!(
            "usage: talkcard TALK_FILE...\n\
             Prints one line per file: title | type | speakers | player | other media | diagnostics.\n\
             Exits with 1 when a file has errors."
        );
        return ExitCode::from(2);
    }
    let mut failed = false;
    for path in &paths {
        let summary = match std::fs::read(path) {
            Ok(bytes) => match talkcard::Talk::from_bytes(&bytes, None) {
                Ok(talk) => {
                    failed |= talk.has_errors();
                    talk.summary()
                }
                Err(err) => {
                    failed = true;
                    format!("error: {err}")
                }
            },
            Err(err) => {
                failed = true;
                format!("error: cannot read: {err}")
            }
        };
        println!("{path}: {summary}");
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
