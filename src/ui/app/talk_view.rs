//! A talk card from its source: the built-in demo, or a talk file fetched from a URL, with a
//! retry on failure. The standalone pages and every embedded card use it.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::link;
use crate::ui::card::event_data;
use crate::ui::card::source::{self, TalkSource};
use crate::ui::card::talk_card::{CardOptions, CardState, Failure, TalkCard};

/// How long a card whose talk file is in waits for its event's data files before it is drawn
/// without them (they then come in later, as before).
const DATA_PATIENCE: std::time::Duration = std::time::Duration::from_millis(1000);

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
    let (url, text): (Option<String>, &'static str) = match &props.source {
        TalkSource::Text(text) => (None, text),
        TalkSource::Url(url) => (Some(source::absolute_url(&link::raw_url(url))), ""),
    };
    let state = use_state(|| match &url {
        None => CardState::of_file(text.as_bytes(), None, props.options.language),
        Some(url) => CardState::Loading { url: url.clone() },
    });
    let attempt = use_state(|| 0u32);
    {
        let state = state.clone();
        let language = props.options.language;
        use_effect_with((url.clone(), *attempt), move |(url, _)| {
            // A newer source (or retry) replaces this one: its late answer must not win.
            let current = Rc::new(Cell::new(true));
            match url.clone() {
                None => state.set(CardState::of_file(text.as_bytes(), None, language)),
                Some(url) => {
                    state.set(CardState::Loading { url: url.clone() });
                    let current = current.clone();
                    // The event's data files come beside the talk's: the card is drawn once
                    // both are in, or a moment after the talk (a slow data host delays it no more).
                    let event_data = event_data::prefetch(&url, DATA_PATIENCE);
                    wasm_bindgen_futures::spawn_local(async move {
                        let next = match source::fetch_bytes(&url).await {
                            Ok(bytes) => {
                                event_data.await;
                                CardState::of_file(&bytes, Some(url), language)
                            }
                            // The message already names the URL.
                            Err(err) => CardState::Error {
                                failure: Failure::NotLoaded,
                                detail: err.describe(language),
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
