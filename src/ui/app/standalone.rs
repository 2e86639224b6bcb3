//! The standalone app (the `talkcard-app` bundle): the landing page with the demo and examples,
//! programs and the editor, and any talk reached from them, without page loads between them.
//! A visitor who opens a talk's link directly gets the card bundle instead (`talk_page`).

use yew::prelude::*;

use super::bar::{Bar, link_to};
use super::editor::Editor;
use super::program::ProgramView;
use super::route::Route;
use super::talk_view::TalkView;
use crate::event::EventSite;
use crate::language::Language;
use crate::link;
use crate::ui::card::source::{self, DEMO_TALK, TalkSource};
use crate::ui::timetable::TimetableView;

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

/// The standalone app.
#[component]
pub fn App() -> Html {
    let route = use_state(Route::from_location);
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
    // The bar speaks the language of an event's timetable or of the editor; the app's other
    // views are English.
    let spoken_language = use_state(|| Language::English);
    let bar_language = match &*route {
        Route::Program(_) | Route::Edit(_) => *spoken_language,
        _ => Language::English,
    };
    let current = match &*route {
        Route::Landing | Route::Edit(_) => String::new(),
        Route::Talk(url) | Route::Program(url) => url.clone(),
    };
    let body = match &*route {
        Route::Landing => html! {
            <>
                <Examples navigate={navigate.clone()} />
                <TalkView source={TalkSource::Text(DEMO_TALK)} />
            </>
        },
        Route::Talk(url) => html! { <TalkView source={TalkSource::Url(url.clone())} /> },
        // An event (one of its data files, or its folder) is a timetable; anything else a list.
        Route::Program(url) => {
            match EventSite::of_address(&source::absolute_url(&link::raw_url(url))) {
                Some(site) => {
                    let view = Callback::from(move |language| {
                        html! { <TimetableView site={site.clone()} {language} /> }
                    });
                    html! { <Spoken {view} on_ready={spoken_language.setter()} /> }
                }
                None => html! { <ProgramView url={url.clone()} /> },
            }
        }
        Route::Edit(talk) => {
            let talk = talk.clone();
            let view =
                Callback::from(move |language| html! { <Editor talk={talk.clone()} {language} /> });
            html! { <Spoken {view} on_ready={spoken_language.setter()} /> }
        }
    };
    html! {
        <>
            <Bar {current} navigate={navigate.clone()} language={bar_language} />
            <main class="talkcard-app">{ body }</main>
        </>
    }
}

#[derive(Clone, PartialEq, Properties)]
struct SpokenProps {
    /// The view, in the language chosen.
    view: Callback<Language, Html>,
    /// Told the language the view speaks, once its words are here: the bar speaks it too.
    on_ready: yew::functional::UseStateSetter<Language>,
}

/// A view that speaks the page's language (an event's timetable, the editor): the language
/// `?lang=` asks for, else the visitor's (as a card's), drawn once that language's words are
/// here (English at once, and should they not come). The page says that language while the
/// view shows; the app's other views are English.
#[component]
fn Spoken(props: &SpokenProps) -> Html {
    let spoken = use_state(|| None::<Language>);
    {
        let spoken = spoken.clone();
        let on_ready = props.on_ready.clone();
        let on_leave = props.on_ready.clone();
        use_effect_with((), move |_| {
            let language = crate::ui::card::language::of_app();
            let shown = std::rc::Rc::new(std::cell::Cell::new(true));
            let still = shown.clone();
            crate::ui::card::language::when_ready(language, "", move |language| {
                if still.get() {
                    set_page_language(language);
                    spoken.set(Some(language));
                    on_ready.set(language);
                }
            });
            move || {
                shown.set(false);
                set_page_language(Language::English);
                on_leave.set(Language::English);
            }
        });
    }
    match *spoken {
        Some(language) => props.view.emit(language),
        None => html! {
            <section class="talkcard-program" data-state="loading" aria-busy="true"></section>
        },
    }
}

/// Says the page's language in `<html lang>`.
fn set_page_language(language: Language) {
    if let Some(page) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = page.set_attribute("lang", language.tag());
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
