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

/// The cards that wait for a language's words, drawn when they come.
type Waiting = Vec<Box<dyn FnOnce(Language)>>;

thread_local! {
    /// What waits for a language whose catalogue is on its way: one fetch per language.
    static WAITING: std::cell::RefCell<[Option<Waiting>; 7]> =
        const { std::cell::RefCell::new([const { None }; 7]) };
}

/// Calls `then` with `language` once its words are here: at once for English or a language
/// already loaded; else once its catalogue file (`<base>i18n/<tag>.txt`, which `embed.js`
/// asked for beside the bundle) has arrived, and with English if it cannot (a network fault,
/// another build's file): a card is in one language or the other, never both. `base` is the
/// dist's address (empty: the page's own folder).
pub fn when_ready(language: Language, base: &str, then: impl FnOnce(Language) + 'static) {
    if crate::language::words::has(language) {
        return then(language);
    }
    let first = WAITING.with_borrow_mut(|waiting| {
        let queue = &mut waiting[language as usize];
        let first = queue.is_none();
        queue.get_or_insert_with(Vec::new).push(Box::new(then));
        first
    });
    if !first {
        return;
    }
    let url = format!("{base}i18n/{}.txt", language.tag());
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = super::source::fetch_bytes(&url)
            .await
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .is_some_and(|text| crate::language::words::load(language, &text));
        let spoken = if loaded { language } else { Language::English };
        let queue = WAITING.with_borrow_mut(|waiting| waiting[language as usize].take());
        for then in queue.into_iter().flatten() {
            then(spoken);
        }
    });
}
