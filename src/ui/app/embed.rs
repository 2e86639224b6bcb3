//! Embedding: talk cards on any page, as many as the page wants.
//!
//! A host page loads `embed.js` once and marks mount points:
//! `<div data-talkcard-src="https://…/program/x.md" data-theme="dark" data-layout="compact">`.
//! Every mount point gets its own shadow root, so the host's CSS cannot reach the card and
//! the card's CSS cannot reach the host (custom properties, which inherit through the shadow
//! boundary, are the deliberate exception: they are the theming interface). Mount points the
//! host adds later (its own script, a CMS widget) are found by a `MutationObserver`.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{Element, MutationObserver, MutationObserverInit, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use super::talk_view::{TalkView, TalkViewProps};
use crate::ui::card::source::{self, DEMO_FILE, TalkSource};
use crate::ui::card::talk_card::{CardOptions, CardState, Failure, TalkCard, TalkCardProps};

/// The attribute that marks a mount point; its value is the talk file's URL (or the talk's
/// exported page's).
pub const SRC_ATTRIBUTE: &str = "data-talkcard-src";
/// Set by `embed.js` on a mount point that names an exported page: it fetches that page's card
/// and shows it in a shadow root (then adopted here), or says why it could not in
/// [`PAGE_ERROR_ATTRIBUTE`].
const PAGE_ATTRIBUTE: &str = "data-talkcard-page";
/// Why `embed.js` could not show the card of the page a mount point names.
const PAGE_ERROR_ATTRIBUTE: &str = "data-talkcard-error";

thread_local! {
    /// Whether [`mount_all`] watches the page for mount points already.
    static WATCHING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}
/// Set on a mount point once its card is mounted, so it is never mounted twice.
const MOUNTED_ATTRIBUTE: &str = "data-talkcard-mounted";

/// Mounts every talk card on the page, now and whenever the page adds one. `app_base` is the
/// URL of the folder `embed.js` was loaded from (the dist): the stylesheet and the standalone
/// app (for "Read the abstract" links of compact cards) are there.
///
/// Called again (`embed.js` does, once it has shown a card named by its page that the host
/// added later), it only mounts what is not mounted yet.
pub fn mount_all(app_base: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let base = app_base.to_owned();
    if WATCHING.replace(true) {
        mount_unmounted(&document, &base);
        return;
    }
    // A page the export rendered ahead: its card becomes live (see `adopt`).
    super::adopt::adopt_page(app_base);
    mount_unmounted(&document, &base);
    let callback = Closure::<dyn FnMut()>::new(move || {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            mount_unmounted(&document, &base);
        }
    });
    if let Ok(observer) = MutationObserver::new(callback.as_ref().unchecked_ref()) {
        let options = MutationObserverInit::new();
        options.set_child_list(true);
        options.set_subtree(true);
        if let Some(root) = document.document_element() {
            let _ = observer.observe_with_options(&root, &options);
        }
    }
    // The observer lives as long as the page.
    callback.forget();
}

fn mount_unmounted(document: &web_sys::Document, app_base: &str) {
    // After a failure nothing more is drawn: `stopped` marks new mount points itself.
    if super::stopped::is_stopped() {
        return;
    }
    let selector = format!("[{SRC_ATTRIBUTE}]:not([{MOUNTED_ATTRIBUTE}])");
    let Ok(found) = document.query_selector_all(&selector) else {
        return;
    };
    for i in 0..found.length() {
        if let Some(element) = found.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            mount(document, &element, app_base);
        }
    }
}

/// Reads a mount point's options and renders its card inside a new shadow root.
fn mount(document: &web_sys::Document, element: &Element, app_base: &str) {
    let page_error = element.get_attribute(PAGE_ERROR_ATTRIBUTE);
    // A card named by its page that `embed.js` is still fetching: mounted once it is shown.
    if element.has_attribute(PAGE_ATTRIBUTE)
        && element.shadow_root().is_none()
        && page_error.is_none()
    {
        return;
    }
    let _ = element.set_attribute(MOUNTED_ATTRIBUTE, "");
    // An exported `embed.html` pasted into the page: its card is already there, in a
    // declarative shadow root, and becomes live (see `adopt`).
    if let Some(shadow) = element.shadow_root()
        && super::adopt::adopt_embed(element, &shadow)
    {
        return;
    }
    let src = element
        .get_attribute(SRC_ATTRIBUTE)
        .unwrap_or_default()
        .trim()
        .to_owned();
    let theme = element
        .get_attribute("data-theme")
        .filter(|t| t == "light" || t == "dark");
    let compact = element.get_attribute("data-layout").as_deref() == Some("compact");
    let language = crate::ui::card::language::of_mount(element);
    let talk_url = source::absolute_url(&src);
    let open_url = format!(
        "{app_base}?talk={}",
        String::from(js_sys::encode_uri_component(&talk_url))
    );
    let Ok(host) = document.create_element("div") else {
        return;
    };
    let _ = host.set_attribute("class", "talkcard-host");
    match element.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)) {
        Ok(shadow) => {
            // Hidden until the stylesheet has loaded (or failed): no flash of unstyled card.
            let _ = host.set_attribute("hidden", "");
            if let Ok(link) = document.create_element("link") {
                let _ = link.set_attribute("rel", "stylesheet");
                let _ = link.set_attribute("href", &format!("{app_base}talkcard.css"));
                let shown = host.clone();
                let reveal = Closure::<dyn FnMut()>::new(move || {
                    let _ = shown.remove_attribute("hidden");
                });
                let target: &web_sys::EventTarget = link.as_ref();
                let _ = target
                    .add_event_listener_with_callback("load", reveal.as_ref().unchecked_ref());
                let _ = target
                    .add_event_listener_with_callback("error", reveal.as_ref().unchecked_ref());
                reveal.forget();
                let _ = shadow.append_child(&link);
            }
            let _ = shadow.append_child(&host);
        }
        // Elements that cannot host a shadow root (e.g. <p>): render inside, unisolated.
        Err(_) => {
            let _ = element.append_child(&host);
        }
    }
    // The page a mount point names could not give its card: an error card says why.
    if let Some(detail) = page_error {
        crate::ui::card::language::when_ready(language, app_base, move |language| {
            let props = TalkCardProps {
                state: CardState::Error {
                    failure: Failure::PageNotShown,
                    // The page's address is in it (and is no talk file's).
                    detail,
                    url: None,
                },
                url: None,
                on_retry: None,
                options: CardOptions {
                    theme: theme.map(Into::into),
                    language,
                    ..CardOptions::default()
                },
                own_speaker: None,
            };
            yew::Renderer::<TalkCard>::with_root_and_props(host, props).render();
        });
        return;
    }
    let source = if src.is_empty() {
        // No file named: the demo, from beside the app.
        TalkSource::Url(format!("{app_base}{DEMO_FILE}"))
    } else {
        TalkSource::Url(src)
    };
    // Drawn once its language's words are here (at once in English).
    crate::ui::card::language::when_ready(language, app_base, move |language| {
        let props = TalkViewProps {
            source,
            options: CardOptions {
                theme: theme.map(Into::into),
                compact,
                open_url: Some(open_url.into()),
                structured_data: false,
                in_timetable: false,
                page_url: None,
                prerendered: None,
                language,
                written_in: None,
            },
        };
        yew::Renderer::<TalkView>::with_root_and_props(host, props).render();
    });
}

/// Set by [`render_text`] on the elements it renders into: which of [`RENDERED`] is theirs.
const RENDERED_ATTRIBUTE: &str = "data-talkcard-card";

/// The cards [`render_text`] drew, so that rendering into the same element again updates its
/// card (a preview as the author types) instead of stacking a new app on the old one.
#[derive(Default)]
struct Rendered {
    next: u32,
    apps: std::collections::HashMap<u32, (Element, AppHandle<TalkCard>)>,
    /// Cards whose element has left the document are destroyed once there are this many.
    prune_at: usize,
}

thread_local! {
    static RENDERED: RefCell<Rendered> = RefCell::default();
}

/// Renders the talk file `text` as a card inside `element` (no fetch, no speaker files: names
/// come from the slugs). Unlike [`mount`], no shadow root: the page styles it. Called again
/// with the same element, it updates that card.
pub fn render_text(element: Element, text: &str) {
    if super::stopped::is_stopped() {
        super::stopped::mark(&element);
        return;
    }
    let state = match crate::Talk::from_bytes(text.as_bytes(), None) {
        Ok(talk) => CardState::Ready(std::rc::Rc::new(talk)),
        Err(err) => CardState::Error {
            failure: Failure::NotATalkFile,
            detail: err.to_diagnostic().to_string(),
            url: None,
        },
    };
    let props = TalkCardProps {
        state,
        url: None,
        on_retry: None,
        options: CardOptions::default(),
        own_speaker: None,
    };
    RENDERED.with_borrow_mut(|rendered| {
        let known = element
            .get_attribute(RENDERED_ATTRIBUTE)
            .and_then(|id| id.parse::<u32>().ok())
            .filter(|id| rendered.apps.contains_key(id));
        if let Some((_, app)) = known.and_then(|id| rendered.apps.get_mut(&id)) {
            app.update(props);
            return;
        }
        // One look at every card per doubling: a page that renders thousands pays little.
        if rendered.apps.len() >= rendered.prune_at {
            let gone: Vec<u32> = (rendered.apps.iter())
                .filter(|(_, (element, _))| !element.is_connected())
                .map(|(id, _)| *id)
                .collect();
            for id in gone {
                if let Some((_, app)) = rendered.apps.remove(&id) {
                    app.destroy();
                }
            }
            rendered.prune_at = (rendered.apps.len() * 2).max(64);
        }
        let id = rendered.next;
        rendered.next += 1;
        let _ = element.set_attribute(RENDERED_ATTRIBUTE, &id.to_string());
        let app = yew::Renderer::<TalkCard>::with_root_and_props(element.clone(), props).render();
        rendered.apps.insert(id, (element, app));
    });
}

/// The diagnostics of the talk file `text`, as the editor and the card show them, for pages
/// and tools that check a file before publishing it (a CMS form, a pull-request preview): an
/// array of `{severity, line, column, message, text}`, errors first, then by line; `line` and
/// `column` are `null` when unknown, `text` is the located sentence (`line 5, column 14: …`).
/// It runs the whole parse (front matter, media, Markdown; sanitising happens only when a card
/// is built) and renders nothing: the benchmark's "parse only" measure.
pub fn check_text(text: &str) -> js_sys::Array {
    diagnostics_array(match crate::Talk::from_bytes(text.as_bytes(), None) {
        Ok(talk) => talk.diagnostics,
        Err(err) => vec![err.to_diagnostic()],
    })
}

/// [`check_text`] for a speaker file (name, photo, links, bio): a submission form usually asks
/// for both.
pub fn check_speaker_text(text: &str) -> js_sys::Array {
    diagnostics_array(match crate::Speaker::from_bytes(text.as_bytes(), None) {
        Ok(speaker) => speaker.diagnostics,
        Err(err) => vec![err.to_diagnostic()],
    })
}

fn diagnostics_array(diagnostics: Vec<crate::Diagnostic>) -> js_sys::Array {
    let location = |n: Option<usize>| n.map_or(wasm_bindgen::JsValue::NULL, |n| (n as f64).into());
    diagnostics
        .iter()
        .map(|d| {
            let object = js_sys::Object::new();
            for (key, value) in [
                ("severity", d.severity.as_str().into()),
                ("line", location(d.line)),
                ("column", location(d.column)),
                ("message", d.message().into()),
                ("text", d.to_string().into()),
            ] {
                let _ = js_sys::Reflect::set(&object, &key.into(), &value);
            }
            object
        })
        .collect()
}
