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
