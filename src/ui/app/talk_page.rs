//! The page of one talk (`?talk=`, and the chrome-less `?talk=…&embed=1` for an `<iframe>`),
//! in the card bundle: the header and the card, nothing else. Links to the landing page, a
//! program or the editor load the app (`talkcard-app`), which has them.

use yew::prelude::*;

use super::bar::Bar;
use super::route::Route;
use super::talk_view::TalkView;
use crate::ui::card::source::{self, DEMO_FILE, TalkSource};
use crate::ui::card::talk_card::CardOptions;

/// What the page is drawn with.
#[derive(Properties, PartialEq)]
pub struct TalkPageProps {
    /// The card's language (`?lang=`, else the visitor's: `language::of_app`), its words here.
    pub language: crate::language::Language,
}

/// One talk's page. With `&embed=1` it is the view for an `<iframe>`: only the card, no page
/// margin or background, and it tells the parent page its height (see [`post_height`])
/// whenever that changes.
#[component]
pub fn TalkPage(props: &TalkPageProps) -> Html {
    let route = use_memo((), |_| Route::from_location());
    let embedded = use_memo((), |_| {
        source::query_param("embed").is_some_and(|v| v != "0" && v != "false")
    });
    use_effect_with(*embedded, |embedded| {
        if *embedded {
            report_height();
        }
    });
    let (source, current) = match &*route {
        Route::Talk(url) => (TalkSource::Url(url.clone()), url.clone()),
        // The demo, fetched beside the page (the card bundle does not carry its text).
        _ => (TalkSource::Url(DEMO_FILE.to_owned()), String::new()),
    };
    if *embedded {
        return html! {
            <main class="talkcard-app talkcard-app--embed">
                <TalkView {source} />
            </main>
        };
    }
    // Every other route is the app's: a page load brings it.
    let navigate = Callback::from(|next: Route| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().assign(&next.href());
        }
    });
    html! {
        <>
            <Bar {current} {navigate} language={props.language} />
            <main class="talkcard-app"><TalkView {source} options={page_options(props.language)} /></main>
        </>
    }
}

/// The standalone page describes its talk to search engines (JSON-LD in the head).
fn page_options(language: crate::language::Language) -> CardOptions {
    CardOptions {
        structured_data: true,
        language,
        ..CardOptions::default()
    }
}

/// Posts `{ type: "talkcard:height", height, talk }` to the parent window now and on every
/// change of the page's size, so the host can size the `<iframe>` to fit (its snippet is in
/// the README). The height is not secret, so any origin may receive it.
fn report_height() {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::Closure;

    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let post = {
        let root = root.clone();
        move || post_height(&root)
    };
    post();
    let callback = Closure::<dyn FnMut()>::new(post);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&root);
        if let Some(body) = window.document().and_then(|d| d.body()) {
            observer.observe(&body);
        }
    }
    // Observes for the life of the page.
    callback.forget();
}

/// Sends the page's current height to the parent window.
fn post_height(root: &web_sys::Element) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let message = js_sys::Object::new();
    let height = root
        .get_bounding_client_rect()
        .height()
        .max(f64::from(root.scroll_height()))
        .ceil();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"talkcard:height".into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    if let Some(talk) = source::query_param("talk") {
        let _ = js_sys::Reflect::set(&message, &"talk".into(), &talk.into());
    }
    let _ = parent.post_message(&message, "*");
}
