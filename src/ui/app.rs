//! The standalone app: reads the address, loads the talk, shows the card.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use super::card::{CardState, TalkCard};
use super::source::{self, DEMO_TALK, TalkSource};
use crate::Talk;

/// Properties of [`TalkView`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct TalkViewProps {
    /// Which talk file to show.
    pub source: TalkSource,
}

/// Loads a talk file from its source and shows it as a card.
#[component]
pub fn TalkView(props: &TalkViewProps) -> Html {
    let state = use_state(|| initial_state(&props.source));
    {
        let state = state.clone();
        use_effect_with(props.source.clone(), move |source| {
            // A newer source replaces this one: its late answer must not overwrite the card.
            let current = Rc::new(Cell::new(true));
            match source {
                TalkSource::Demo => state.set(parsed(DEMO_TALK.as_bytes(), None)),
                TalkSource::Url(url) => {
                    let url = source::absolute_url(url);
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
    html! { <TalkCard state={(*state).clone()} /> }
}

fn initial_state(source: &TalkSource) -> CardState {
    match source {
        TalkSource::Demo => parsed(DEMO_TALK.as_bytes(), None),
        TalkSource::Url(url) => CardState::Loading {
            url: source::absolute_url(url),
        },
    }
}

/// The card for a talk file fetched from `url` (`None` for the built-in demo). A file with
/// errors still gets a card when anything could be recovered; only bytes that are not a text
/// file at all get an error card.
fn parsed(bytes: &[u8], url: Option<String>) -> CardState {
    match Talk::from_bytes(bytes, url.as_deref()) {
        Ok(talk) => CardState::Ready(Rc::new(talk)),
        Err(err) => CardState::Error {
            title: "This talk file could not be read".to_owned(),
            detail: err.to_string(),
            url,
        },
    }
}

/// The standalone app: the talk named by `?talk=`, or the built-in demo.
#[component]
pub fn App() -> Html {
    let source = use_memo((), |_| TalkSource::from_location());
    html! {
        <main class="talkcard-app">
            <TalkView source={(*source).clone()} />
        </main>
    }
}
