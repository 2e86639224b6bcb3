//! The app bundle (`talkcard-app.js`, `talkcard-app_bg.wasm`): the standalone app's landing
//! page, programs and editor, for the routes that use them. `embed.js` loads it there and the
//! card bundle (the `talkcard` binary) everywhere else, so a visitor who only wants a card
//! never downloads the editor, share links or the program view. Built by Trunk's post-build
//! hook (`scripts/bundle-js app`).

#[cfg(target_arch = "wasm32")]
fn main() {
    talkcard::ui::start_app();
}

/// Natively there is nothing to run: the app lives in the browser.
#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    eprintln!("talkcard-app is the browser app: start it with scripts/serve");
    std::process::ExitCode::from(2)
}

/// Called by `embed.js` on an exported event page once the visitor reaches for it: its
/// timetable, rendered ahead, becomes live. `root` is the export's root (where `embed.js` is).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = adoptProgram)]
pub fn adopt_program(root: String) {
    talkcard::ui::app::adopt::adopt_program(&root);
}
