//! The standalone app: reads the address, loads the talk, shows the card.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use super::card::{CardOptions, CardState, TalkCard};
use super::source::{self, DEMO_TALK, TalkSource};
use crate::Talk;
use crate::link;

/// Properties of [`TalkView`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct TalkViewProps {
    /// Which talk file to show.
    pub source: TalkSource,
    /// Theme and layout.
    #[prop_or_default]
    pub options: CardOptions,
}

/// Loads a talk file from its source and shows it as a card, with a retry on failure.
#[component]
pub fn TalkView(props: &TalkViewProps) -> Html {
    // A GitHub/GitLab page of the file is fetched from its raw form.
    let url: Option<String> = match &props.source {
        TalkSource::Demo => None,
        TalkSource::Url(url) => Some(source::absolute_url(&link::raw_url(url))),
    };
    let state = use_state(|| match &url {
        None => parsed(DEMO_TALK.as_bytes(), None),
        Some(url) => CardState::Loading { url: url.clone() },
    });
    let attempt = use_state(|| 0u32);
    {
        let state = state.clone();
        use_effect_with((url.clone(), *attempt), move |(url, _)| {
            // A newer source (or retry) replaces this one: its late answer must not win.
            let current = Rc::new(Cell::new(true));
            match url.clone() {
                None => state.set(parsed(DEMO_TALK.as_bytes(), None)),
                Some(url) => {
                    state.set(CardState::Loading { url: url.clone() });
                    let current = current.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let next = match source::fetch_bytes(&url).await {
                            Ok(bytes) => parsed(&bytes, Some(url)),
                            // The message already names the URL.
                            Err(err) => CardState::Error {
                                title: "Could not load this talk".to_owned(),
                                detail: err.to_string(),
                                url: None,
                            },
                        };
                        if current.get() {
                            state.set(next);
                        }
                    });
                }
            }
            move || current.set(false)
        });
    }
    let on_retry = url.is_some().then(|| {
        let attempt = attempt.clone();
        Callback::from(move |()| attempt.set(*attempt + 1))
    });
    html! {
        <TalkCard state={(*state).clone()} url={url.map(AttrValue::from)} {on_retry}
            options={props.options.clone()} />
    }
}

/// The card for a talk file fetched from `url` (`None` for the built-in demo). A file with
/// errors still gets a card when anything could be recovered; only bytes that are not a talk
/// file at all get an error card.
fn parsed(bytes: &[u8], url: Option<String>) -> CardState {
    match Talk::from_bytes(bytes, url.as_deref()) {
        Ok(talk) => CardState::Ready(Rc::new(talk)),
        Err(err) => CardState::Error {
            title: "This is not a talk file".to_owned(),
            detail: err.to_string(),
            url,
        },
    }
}

/// The standalone app: the talk named by `?talk=`, or the built-in demo. With `&embed=1` it is
/// the chrome-less view for an `<iframe>`: no page margin or background, and it tells the
/// parent page its height (see [`post_height`]) whenever that changes.
#[component]
pub fn App() -> Html {
    let source = use_memo((), |_| TalkSource::from_location());
    let embedded = use_memo((), |_| {
        source::query_param("embed").is_some_and(|v| v != "0" && v != "false")
    });
    use_effect_with(*embedded, |embedded| {
        if *embedded {
            report_height();
        }
    });
    let class = classes!("talkcard-app", embedded.then_some("talkcard-app--embed"));
    html! {
        <main {class}>
            <TalkView source={(*source).clone()} />
        </main>
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
