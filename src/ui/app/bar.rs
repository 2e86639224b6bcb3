//! The standalone pages' header: the brand, the "show a talk file" form and the editor link.
//! Where a link goes is up to the page: the app moves between its routes without a page load;
//! the talk page, which carries only the card, loads the app for them.

use yew::prelude::*;

use super::route::Route;
use crate::language::{Language, words};
use crate::link;

#[derive(Debug, Clone, PartialEq, Properties)]
pub struct BarProps {
    /// The URL shown in the form: the talk's or program's.
    pub current: String,
    /// Goes to a route.
    pub navigate: Callback<Route>,
    /// The language of its words: the card's on the `?talk=` page, English in the app (whose
    /// views are not translated yet).
    #[prop_or_default]
    pub language: Language,
}

/// The header bar.
#[component]
pub fn Bar(props: &BarProps) -> Html {
    let navigate = &props.navigate;
    html! {
        <header class="talkcard-bar">
            <a class="talkcard-brand" href="./"
                onclick={link_to(navigate, Route::Landing)}>{ "talkcard" }</a>
            <UrlForm current={props.current.clone()} navigate={navigate.clone()} language={props.language} />
            <a class="talkcard-edit-link" href={Route::Edit(None).href()}
                onclick={link_to(navigate, Route::Edit(None))}>{ words::bar::preview_own_talk(props.language) }</a>
        </header>
    }
}

/// A click handler that navigates in the app (keeping modifier-clicks for new tabs).
pub fn link_to(navigate: &Callback<Route>, route: Route) -> Callback<MouseEvent> {
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
    language: Language,
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
            <label for="talkcard-url">{ words::bar::file_or_program(props.language) }</label>
            <input id="talkcard-url" ref={input} type="text" inputmode="url" autocomplete="url"
                spellcheck="false" value={props.current.clone()}
                placeholder="https://raw.githubusercontent.com/…/program/my-talk.md" />
            <button type="submit">{ words::bar::show(props.language) }</button>
        </form>
    }
}
