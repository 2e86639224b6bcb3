//! The program view (`?program=<url>`): a grid of compact cards for a list of talk files, with
//! filters by type and a search over titles, speakers and events.
//!
//! A program can list hundreds of talks, so files are fetched a few at a time, in page order
//! ([`crate::ui::talk_queue`]), and each card appears as soon as its file is in. Filters work on
//! the talks loaded so far and say how many are still coming. Once all are in, talks whose
//! files give a day are in date and time order.

use std::cell::Cell;
use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::event::Event;
use crate::program;
use crate::speaker::name_from_slug;
use crate::ui::card::source;
use crate::ui::card::talk_card::{CardOptions, CardState, Failure, TalkCard};
use crate::ui::talk_queue::{Item, fetch_all};
use crate::{Talk, TalkKind};

/// Properties of [`ProgramView`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ProgramViewProps {
    /// The program list's URL (relative to the page or absolute).
    pub url: String,
}

#[derive(Debug, Clone, PartialEq)]
enum Program {
    Loading,
    Failed(String),
    Ready { urls: Vec<String>, items: Vec<Item> },
}

enum Action {
    Listed(Vec<String>),
    ListFailed(String),
    Item(usize, Item),
}

impl Reducible for Program {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Listed(urls) => {
                let items = vec![Item::Pending; urls.len()];
                Rc::new(Program::Ready { urls, items })
            }
            Action::ListFailed(message) => Rc::new(Program::Failed(message)),
            Action::Item(at, item) => match &*self {
                Program::Ready { urls, items } => {
                    let mut items = items.clone();
                    if let Some(slot) = items.get_mut(at) {
                        *slot = item;
                    }
                    Rc::new(Program::Ready {
                        urls: urls.clone(),
                        items,
                    })
                }
                _ => self,
            },
        }
    }
}

/// A program's talks as a filterable grid of compact cards.
#[component]
pub fn ProgramView(props: &ProgramViewProps) -> Html {
    let program = use_reducer(|| Program::Loading);
    let query = use_state(String::new);
    let kinds = use_state(BTreeSet::<String>::new);
    {
        let program = program.clone();
        use_effect_with(props.url.clone(), move |url| {
            let alive = Rc::new(Cell::new(true));
            let list_url = source::absolute_url(url);
            let running = alive.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = match source::fetch_bytes(&list_url).await {
                    Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
                    Err(err) => {
                        program.dispatch(Action::ListFailed(err.to_string()));
                        return;
                    }
                };
                let urls = program::talk_urls(&text, Some(&list_url));
                if urls.is_empty() {
                    program.dispatch(Action::ListFailed(format!(
                        "{list_url} lists no talk files: put one talk file URL per line, or a JSON array of URLs."
                    )));
                    return;
                }
                program.dispatch(Action::Listed(urls.clone()));
                let program = program.clone();
                fetch_all(
                    Rc::new(urls),
                    running,
                    Callback::from(move |(at, item)| program.dispatch(Action::Item(at, item))),
                );
            });
            move || alive.set(false)
        });
    }

    let (urls, items) = match &*program {
        Program::Loading => {
            return html! {
                <section class="talkcard-program" data-state="loading" aria-busy="true">
                    <p class="talkcard-status" role="status">{ format!("Loading the program {}…", props.url) }</p>
                </section>
            };
        }
        Program::Failed(message) => {
            return html! {
                <section class="talkcard-program" data-state="error">
                    <div class="talkcard talkcard-error" role="alert">
                        <h2 class="talkcard-error-title">{ "Could not load this program" }</h2>
                        <p class="talkcard-error-detail">{ message }</p>
                    </div>
                </section>
            };
        }
        Program::Ready { urls, items } => (urls, items),
    };

    let loaded = items.iter().filter(|i| !matches!(i, Item::Pending)).count();
    let filtering = !query.is_empty() || !kinds.is_empty();
    let needle = crate::case::lower(&query);
    let matches = |url: &str, talk: &Talk| -> bool {
        let kind_ok = kinds.is_empty() || kinds.contains(talk.kind.as_str());
        kind_ok && (needle.is_empty() || haystack(url, talk).contains(&needle))
    };
    let mut kind_counts: Vec<(String, usize)> = Vec::new();
    for item in items {
        if let Item::Loaded(talk) = item {
            let kind = talk.kind.as_str().to_owned();
            match kind_counts.iter_mut().find(|(k, _)| *k == kind) {
                Some((_, n)) => *n += 1,
                None => kind_counts.push((kind, 1)),
            }
        }
    }
    kind_counts.sort_by_key(|(kind, _)| kind_order(kind));

    // Once every file is in, talks that give a day come in date and time order (stable: the
    // list's order otherwise); sorting earlier would move cards under the visitor's eyes.
    let mut order: Vec<(&String, &Item)> = urls.iter().zip(items).collect();
    if loaded == urls.len() {
        order.sort_by_key(|(_, item)| match item {
            Item::Loaded(talk) => (
                talk.schedule.date.is_none(),
                talk.schedule.date,
                talk.schedule.start,
            ),
            _ => (true, None, None),
        });
    }
    let cards: Vec<Html> = order
        .into_iter()
        .filter_map(|(url, item)| {
            let state = match item {
                Item::Loaded(talk) if matches(url, talk) => CardState::Ready(talk.clone()),
                Item::Loaded(_) => return None,
                Item::Pending if filtering => return None,
                Item::Pending => CardState::Loading { url: url.clone() },
                Item::Failed(_) if filtering => return None,
                Item::Failed(message) => CardState::Error {
                    failure: Failure::NotLoaded,
                    detail: message.clone(),
                    url: Some(url.clone()),
                },
            };
            let options = CardOptions {
                theme: None,
                compact: true,
                open_url: Some(
                    format!("?talk={}", String::from(js_sys::encode_uri_component(url))).into(),
                ),
                structured_data: false,
                in_timetable: false,
                page_url: None,
                prerendered: None,
                // The program's words are English until they are translated: so are its cards'.
                language: crate::language::Language::English,
                written_in: None,
            };
            Some(html! {
                <li key={url.clone()} class="talkcard-program-item">
                    <TalkCard {state} url={Some(AttrValue::from(url.clone()))} {options} />
                </li>
            })
        })
        .collect();
    let shown = cards.len();

    let oninput = {
        let query = query.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            query.set(input.value());
        })
    };
    let status = if loaded < urls.len() {
        format!(
            "Showing {shown} of {} talks · {} still loading",
            urls.len(),
            urls.len() - loaded
        )
    } else {
        format!("Showing {shown} of {} talks", urls.len())
    };
    html! {
        <section class="talkcard-program" data-state="ready" data-loaded={loaded.to_string()}
            data-total={urls.len().to_string()}>
            <div class="talkcard-program-tools">
                <label class="talkcard-search">
                    <span>{ "Search titles, speakers and events" }</span>
                    <input type="search" value={(*query).clone()} {oninput} />
                </label>
                <div class="talkcard-kind-filters" role="group" aria-label="Type">
                    { for kind_counts.iter().map(|(kind, count)| {
                        let pressed = kinds.contains(kind);
                        let onclick = {
                            let kinds = kinds.clone();
                            let kind = kind.clone();
                            Callback::from(move |_: MouseEvent| {
                                let mut next = (*kinds).clone();
                                if !next.remove(&kind) {
                                    next.insert(kind.clone());
                                }
                                kinds.set(next);
                            })
                        };
                        html! {
                            <button type="button" class="talkcard-kind-filter" data-type={kind.clone()}
                                aria-pressed={pressed.to_string()} {onclick}>
                                { format!("{} ({count})", TalkKind::parse(Some(kind)).label()) }
                            </button>
                        }
                    }) }
                </div>
                <p class="talkcard-program-status" role="status">{ status }</p>
            </div>
            <ul class="talkcard-program-grid">{ for cards }</ul>
        </section>
    }
}

/// What the search looks in: title, speakers (names from slugs), event and type.
fn haystack(url: &str, talk: &Talk) -> String {
    let speakers: Vec<String> = talk.speakers.iter().map(|s| name_from_slug(s)).collect();
    let event = Event::from_url(url)
        .map(|e| e.to_string())
        .unwrap_or_default();
    crate::case::lower(&format!(
        "{} {} {} {}",
        talk.title,
        speakers.join(" "),
        event,
        talk.kind.as_str()
    ))
}

/// Filter buttons in a stable order: the four known types first.
fn kind_order(kind: &str) -> (usize, String) {
    let known = ["talk", "keynote", "workshop", "ignite"];
    (
        known.iter().position(|k| *k == kind).unwrap_or(known.len()),
        kind.to_owned(),
    )
}
