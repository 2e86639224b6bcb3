//! A visitor's starred talks of an event, kept in this browser's `localStorage` (one slug a
//! line), so that they last across visits.

use std::collections::BTreeSet;

use crate::event::EventSite;

/// The browser's storage key for the stars of an event.
fn stars_key(site: &EventSite) -> String {
    format!("talkcard:stars:{}/{}", site.root, site.event)
}

/// The stars kept for the event (none natively: a page rendered ahead knows no visitor).
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn load_stars(_site: &EventSite) -> BTreeSet<String> {
    BTreeSet::new()
}

/// The stars kept for the event in this browser.
#[cfg(target_arch = "wasm32")]
pub(super) fn load_stars(site: &EventSite) -> BTreeSet<String> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(&stars_key(site)).ok().flatten())
        .map(|text| text.lines().map(str::to_owned).collect())
        .unwrap_or_default()
}

/// Saves the stars of an event in this browser; `false` when it refused (no storage, storage
/// full or disabled): the visitor is then told the stars last only as long as the page.
pub(super) fn save_stars(site: &EventSite, stars: &BTreeSet<String>) -> bool {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return false;
    };
    let text: Vec<&str> = stars.iter().map(String::as_str).collect();
    storage.set_item(&stars_key(site), &text.join("\n")).is_ok()
}
