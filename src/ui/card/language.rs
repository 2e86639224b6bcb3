//! Which language a card speaks in the browser (issue 31): the rule is the core's
//! ([`Language::choose`]); this gathers the candidates a page offers, most preferred first.
//!
//! - A card on a host page: its mount point's `data-lang`; else the nearest `lang` attribute
//!   above it (an empty one says the language is unknown, and is passed over); else the
//!   visitor's languages.
//! - The app's own page (`?talk=`): `?lang=`; else the visitor's languages.
//!
//! Each candidate that talkcard does not ship (or that is no tag: `C`, `x-invalid`) gives way to
//! the next; English when none is left. Natively (the export) there is no visitor: the export
//! says which language each event's pages are in.

use crate::language::Language;

/// The language of a card mounted at `mount` on a host page.
pub fn of_mount(mount: &web_sys::Element) -> Language {
    let own = mount.get_attribute("data-lang");
    let nearest = mount
        .closest("[lang]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("lang"));
    let mut candidates: Vec<String> = own.into_iter().chain(nearest).collect();
    candidates.extend(visitor());
    Language::choose(candidates.iter().map(String::as_str))
}

/// The language of the card on the app's own page: `?lang=`, else the visitor's. (The card
/// says it in its own `lang`: the page around it is English until its words are translated.)
pub fn of_app() -> Language {
    let asked = super::source::query_param("lang");
    let mut candidates: Vec<String> = asked.into_iter().collect();
    candidates.extend(visitor());
    Language::choose(candidates.iter().map(String::as_str))
}

/// The visitor's languages, as the browser names them (`navigator.languages`, then
/// `navigator.language`), untrusted: WebKit on a `C.UTF-8` system says `C`.
fn visitor() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut named: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    named.extend(navigator.language());
    named
}
