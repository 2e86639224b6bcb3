//! The site's data for a talk's event, fetched after the card is shown and once per event for
//! every card of the page.
//!
//! A talk inside a Hugo site's tree (`…/content/events/<event>/program/<slug>.md`) may find its
//! event in `data/events/…` in either layout ([`crate::event::site`]); the three candidate files
//! are fetched in parallel, one request each, and a missing one is normal. A program page of 40
//! cards from one event makes those requests once: the first card starts them, the others wait
//! for the same answer.
//!
//! A page that carries its event's data (an exported page, rendered ahead with it) hands it
//! over with [`remember`] before the card renders: the card then starts with it, as the
//! pre-rendered HTML does, and fetches nothing.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use super::source;
use crate::event::{DataFile, DataFiles, EventData, EventSite};

enum Entry {
    /// On its way: the cards waiting for it.
    Pending(Vec<Callback<Rc<EventData>>>),
    /// Read (possibly empty: no data file).
    Done(Rc<EventData>),
}

thread_local! {
    /// Event data by the event's `main.yml` URL (one per site and event).
    static EVENTS: RefCell<HashMap<String, Entry>> = RefCell::new(HashMap::new());
}

/// Calls `done` with the event data in `urls` (program.yml, main.yml, the flat file), fetching
/// them unless another card already has.
fn lookup(urls: &[String], done: Callback<Rc<EventData>>) {
    let key = urls[1].clone();
    let start = EVENTS.with_borrow_mut(|events| match events.get_mut(&key) {
        Some(Entry::Done(data)) => {
            done.emit(data.clone());
            false
        }
        Some(Entry::Pending(waiting)) => {
            waiting.push(done.clone());
            false
        }
        None => {
            events.insert(key.clone(), Entry::Pending(vec![done.clone()]));
            true
        }
    });
    if !start {
        return;
    }
    let found: Rc<RefCell<Vec<Option<DataFile>>>> = Rc::new(RefCell::new(vec![None; urls.len()]));
    let left = Rc::new(std::cell::Cell::new(urls.len()));
    for (at, url) in urls.iter().cloned().enumerate() {
        let (found, left, key) = (found.clone(), left.clone(), key.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let file = source::fetch_bytes(&url)
                .await
                .ok()
                .map(|bytes| DataFile::read(&site_path(&url), &String::from_utf8_lossy(&bytes)));
            found.borrow_mut()[at] = file;
            left.set(left.get() - 1);
            if left.get() > 0 {
                return;
            }
            let files: Vec<DataFile> = found.borrow_mut().drain(..).flatten().collect();
            let data = Rc::new(EventData::from_files(&files));
            let waiting = EVENTS.with_borrow_mut(|events| {
                match events.insert(key, Entry::Done(data.clone())) {
                    Some(Entry::Pending(waiting)) => waiting,
                    _ => Vec::new(),
                }
            });
            for done in waiting {
                done.emit(data.clone());
            }
        });
    }
}

/// Starts fetching the event data of the talk at `talk_url` now, beside its file, and returns
/// what waits for it: ready once the data is in, or `patience` after it is first awaited. A
/// card drawn only then has its "when and where" line from its first frame, and nothing is
/// pushed in above its title later (on a phone the line wraps to several rows: a 0.14 layout
/// shift on the `?talk=` page when it came after the card).
#[cfg(target_arch = "wasm32")]
pub fn prefetch(
    talk_url: &str,
    patience: std::time::Duration,
) -> impl std::future::Future<Output = ()> + use<> {
    let (sender, receiver) = yew::platform::pinned::oneshot::channel::<()>();
    let sender = Rc::new(RefCell::new(Some(sender)));
    let ready = {
        let sender = sender.clone();
        move || {
            if let Some(sender) = sender.borrow_mut().take() {
                let _ = sender.send(());
            }
        }
    };
    match DataFiles::of_talk(talk_url) {
        Some(files) => {
            let ready = ready.clone();
            lookup(&files.urls(), Callback::from(move |_| ready()));
        }
        None => ready(),
    }
    async move {
        wasm_bindgen_futures::spawn_local(async move {
            yew::platform::time::sleep(patience).await;
            ready();
        });
        let _ = receiver.await;
    }
}

/// Keeps `data` as the event data in `urls` (see [`DataFiles::urls`]), as if fetched: every
/// card of that event starts with it.
pub fn remember(urls: &[String], data: EventData) {
    if let Some(key) = urls.get(1) {
        EVENTS.with_borrow_mut(|events| events.insert(key.clone(), Entry::Done(Rc::new(data))));
    }
}

/// Drops every event's data: the export keeps one event's at a time.
pub fn forget() {
    EVENTS.with_borrow_mut(HashMap::clear);
}

/// The event data in `urls` when already read (remembered, or fetched by another card).
fn known(urls: &[String]) -> Option<Rc<EventData>> {
    EVENTS.with_borrow(|events| match events.get(urls.get(1)?) {
        Some(Entry::Done(data)) => Some(data.clone()),
        _ => None,
    })
}

/// `…/data/events/2019/chicago/main.yml` as the site names it (`data/events/2019/chicago/main.yml`):
/// what warnings say.
fn site_path(url: &str) -> String {
    url.find("/data/events/")
        .map_or(url, |at| &url[at + 1..])
        .to_owned()
}

/// The event data in `urls` (see [`lookup`]) once fetched; `None` before, and without URLs.
/// What is kept is tied to the URLs it came from, so a card whose talk changes never shows the
/// previous event's data.
#[hook]
fn use_data_at(urls: Option<Vec<String>>) -> Option<Rc<EventData>> {
    let data = use_state(|| {
        let urls = urls.clone()?;
        let found = known(&urls)?;
        Some((urls, found))
    });
    {
        let data = data.clone();
        use_effect_with(urls.clone(), move |urls| {
            let current = Rc::new(std::cell::Cell::new(true));
            if let Some(urls) = urls {
                let (current, key) = (current.clone(), urls.clone());
                lookup(
                    urls,
                    Callback::from(move |found: Rc<EventData>| {
                        if current.get() {
                            data.set(Some((key.clone(), found)));
                        }
                    }),
                );
            }
            move || current.set(false)
        });
    }
    data.as_ref()
        .filter(|(at, _)| Some(at) == urls.as_ref())
        .map(|(_, found)| found.clone())
}

/// The event data of the talk at `talk_url` and its slug there, once fetched; `None` before,
/// and for a talk outside a Hugo site's tree.
#[hook]
pub fn use_event_data(talk_url: Option<&str>) -> Option<(Rc<EventData>, String)> {
    let files = talk_url.and_then(DataFiles::of_talk);
    let data = use_data_at(files.as_ref().map(DataFiles::urls));
    Some((data?, files?.slug))
}

/// The event data of a timetable's event, once fetched (empty when it has no data file).
#[hook]
pub fn use_site_data(site: Option<EventSite>) -> Option<Rc<EventData>> {
    use_data_at(site.map(|s| s.data_urls()))
}
