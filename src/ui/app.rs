//! The standalone app: reads the address, loads the talk, shows the card.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use super::card::{CardOptions, CardState, TalkCard};
use super::editor::Editor;
use super::program::ProgramView;
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

/// What the standalone app shows, from its address: the landing page (the built-in demo and
/// examples), one talk (`?talk=`), or a program (`?program=`). Deep links are query strings,
/// which every static host serves, from any sub-path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// No parameters: the demo talk, a URL form and examples.
    Landing,
    /// `?talk=<url>`.
    Talk(String),
    /// `?program=<url>`.
    Program(String),
    /// `?edit`, or `?edit&talk=<url>` to start from a copy of a published file.
    Edit(Option<String>),
}

impl Route {
    /// The route of the page's current address.
    pub fn from_location() -> Route {
        let param = |name| source::query_param(name).filter(|v| !v.trim().is_empty());
        if source::query_param("edit").is_some() {
            return Route::Edit(param("talk").map(|t| t.trim().to_owned()));
        }
        match (param("program"), param("talk")) {
            (Some(program), _) => Route::Program(program.trim().to_owned()),
            (None, Some(talk)) => Route::Talk(talk.trim().to_owned()),
            (None, None) => Route::Landing,
        }
    }

    /// The query string (with `?`) that links to this route, relative to the app.
    pub fn href(&self) -> String {
        let encode = |s: &str| String::from(js_sys::encode_uri_component(s));
        match self {
            Route::Landing => "./".to_owned(),
            Route::Talk(url) => format!("?talk={}", encode(url)),
            Route::Program(url) => format!("?program={}", encode(url)),
            Route::Edit(None) => "?edit".to_owned(),
            Route::Edit(Some(url)) => format!("?edit&talk={}", encode(url)),
        }
    }
}

/// Built-in examples on the landing page: real talks served with the app (`examples/`).
const EXAMPLES: [(&str, &str); 7] = [
    (
        "A workshop with four speakers",
        "examples/events/2024-amsterdam/program/ws-nathen-harvey-amanda-lewis-dave-stanke.md",
    ),
    (
        "A keynote",
        "examples/events/2024-amsterdam/program/keynote-sasha-rosenbaum.md",
    ),
    (
        "A Vimeo video",
        "examples/events/2021-zurich/program/busra-koken.md",
    ),
    (
        "Slides on Speaker Deck",
        "examples/events/2017-zurich/program/alvaro-videla.md",
    ),
    (
        "A talk in Russian",
        "examples/events/2018-moscow/program/alexey-vahov.md",
    ),
    (
        "A file with a TOML error",
        "examples/events/2024-sao-paulo/program/bernardo-lankheet.md",
    ),
    (
        "A legacy 2016 file with raw HTML",
        "examples/events/2016-chicago/program/abejide-ayodele.md",
    ),
];

/// The example program: every example talk.
const EXAMPLE_PROGRAM: &str = "examples/program.txt";

/// The standalone app. With `&embed=1` it is the chrome-less view for an `<iframe>`: only the
/// card, no page margin or background, and it tells the parent page its height (see
/// [`post_height`]) whenever that changes.
#[component]
pub fn App() -> Html {
    let route = use_state(Route::from_location);
    let embedded = use_memo((), |_| {
        source::query_param("embed").is_some_and(|v| v != "0" && v != "false")
    });
    use_effect_with(*embedded, |embedded| {
        if *embedded {
            report_height();
        }
    });
    // Back and forward: the address changed without a page load.
    {
        let route = route.clone();
        use_effect_with((), move |()| {
            use wasm_bindgen::JsCast;
            use wasm_bindgen::prelude::Closure;
            let listener = Closure::<dyn FnMut()>::new(move || route.set(Route::from_location()));
            let window = web_sys::window();
            if let Some(window) = &window {
                let _ = window.add_event_listener_with_callback(
                    "popstate",
                    listener.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(window) = window {
                    let _ = window.remove_event_listener_with_callback(
                        "popstate",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    let navigate = {
        let route = route.clone();
        Callback::from(move |next: Route| {
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                let _ = history.push_state_with_url(
                    &wasm_bindgen::JsValue::NULL,
                    "",
                    Some(&next.href()),
                );
            }
            route.set(next);
        })
    };
    if *embedded {
        let source = match &*route {
            Route::Talk(url) => TalkSource::Url(url.clone()),
            _ => TalkSource::Demo,
        };
        return html! {
            <main class="talkcard-app talkcard-app--embed">
                <TalkView {source} />
            </main>
        };
    }
    let current = match &*route {
        Route::Landing | Route::Edit(_) => String::new(),
        Route::Talk(url) | Route::Program(url) => url.clone(),
    };
    let body = match &*route {
        Route::Landing => html! {
            <>
                <Examples navigate={navigate.clone()} />
                <TalkView source={TalkSource::Demo} />
            </>
        },
        Route::Talk(url) => html! { <TalkView source={TalkSource::Url(url.clone())} /> },
        Route::Program(url) => html! { <ProgramView url={url.clone()} /> },
        Route::Edit(talk) => html! { <Editor talk={talk.clone()} /> },
    };
    html! {
        <>
            <header class="talkcard-bar">
                <a class="talkcard-brand" href="./"
                    onclick={link_to(&navigate, Route::Landing)}>{ "talkcard" }</a>
                <UrlForm {current} navigate={navigate.clone()} />
                <a class="talkcard-edit-link" href={Route::Edit(None).href()}
                    onclick={link_to(&navigate, Route::Edit(None))}>{ "Preview your own talk" }</a>
            </header>
            <main class="talkcard-app">{ body }</main>
        </>
    }
}

/// A click handler that navigates in the app (keeping modifier-clicks for new tabs).
fn link_to(navigate: &Callback<Route>, route: Route) -> Callback<MouseEvent> {
    let navigate = navigate.clone();
    Callback::from(move |event: MouseEvent| {
        if event.ctrl_key() || event.meta_key() || event.shift_key() || event.button() != 0 {
            return;
        }
        event.prevent_default();
        navigate.emit(route.clone());
    })
}

#[derive(Debug, Clone, PartialEq, Properties)]
struct UrlFormProps {
    current: String,
    navigate: Callback<Route>,
}

/// "Show a talk file": paste a URL (raw, or a GitHub/GitLab page of the file); a `.txt` or
/// `.json` list opens as a program.
#[component]
fn UrlForm(props: &UrlFormProps) -> Html {
    let input = use_node_ref();
    let onsubmit = {
        let input = input.clone();
        let navigate = props.navigate.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(value) = input.cast::<web_sys::HtmlInputElement>().map(|i| i.value()) else {
                return;
            };
            let value = link::raw_url(value.trim());
            if value.is_empty() {
                return;
            }
            let path = value
                .split(['?', '#'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            navigate.emit(if path.ends_with(".txt") || path.ends_with(".json") {
                Route::Program(value)
            } else {
                Route::Talk(value)
            });
        })
    };
    html! {
        <form class="talkcard-url-form" role="search" {onsubmit}>
            <label for="talkcard-url">{ "Talk file or program URL" }</label>
            <input id="talkcard-url" ref={input} type="text" inputmode="url" autocomplete="url"
                spellcheck="false" value={props.current.clone()}
                placeholder="https://raw.githubusercontent.com/…/program/my-talk.md" />
            <button type="submit">{ "Show" }</button>
        </form>
    }
}

#[derive(Debug, Clone, PartialEq, Properties)]
struct ExamplesProps {
    navigate: Callback<Route>,
}

/// The landing page's examples: real talks and a whole program, served with the app.
#[component]
fn Examples(props: &ExamplesProps) -> Html {
    let program = Route::Program(EXAMPLE_PROGRAM.to_owned());
    html! {
        <nav class="talkcard-examples" aria-label="Examples">
            <p class="talkcard-examples-intro">
                { "Paste the URL of a talk file above, or try a real one from devopsdays.org:" }
            </p>
            <ul>
                { for EXAMPLES.iter().map(|(label, path)| {
                    let route = Route::Talk((*path).to_owned());
                    html! {
                        <li><a href={route.href()} onclick={link_to(&props.navigate, route.clone())}>{ *label }</a></li>
                    }
                }) }
                <li>
                    <a href={program.href()} onclick={link_to(&props.navigate, program.clone())}>
                        { "A whole program: 131 talks, filterable" }
                    </a>
                </li>
            </ul>
            <p class="talkcard-examples-demo">{ "Below: the built-in demo talk." }</p>
        </nav>
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
