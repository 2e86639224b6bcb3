//! Talk files fetched for a page of many cards (a program, a timetable): at most
//! [`CONCURRENCY`] at a time, in page order (what the visitor sees first arrives first), each
//! reported as soon as it is in.

use std::cell::Cell;
use std::rc::Rc;

use yew::Callback;

use crate::Talk;
use crate::ui::card::source;

/// Talk files fetched at once.
pub const CONCURRENCY: usize = 4;

/// A talk file of the page, as far as it has come.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// On its way.
    Pending,
    /// Read.
    Loaded(Rc<Talk>),
    /// Not found or not a talk file: why.
    Failed(String),
}

impl Item {
    /// A talk file's bytes read as the card reads them (the same for a file fetched, read by the
    /// export, or carried in an exported page).
    pub fn of_file(bytes: &[u8], url: &str) -> Item {
        match Talk::from_bytes(bytes, Some(url)) {
            Ok(talk) => Item::Loaded(Rc::new(talk)),
            Err(err) => Item::Failed(err.to_string()),
        }
    }
}

/// Fetches `urls` in order, [`CONCURRENCY`] at a time, calling `done` with each one's index and
/// result, until `running` turns false.
pub fn fetch_all(urls: Rc<Vec<String>>, running: Rc<Cell<bool>>, done: Callback<(usize, Item)>) {
    let next = Rc::new(Cell::new(0usize));
    for _ in 0..CONCURRENCY {
        let (next, urls, running, done) =
            (next.clone(), urls.clone(), running.clone(), done.clone());
        wasm_bindgen_futures::spawn_local(async move {
            while running.get() {
                let at = next.get();
                let Some(url) = urls.get(at) else { break };
                next.set(at + 1);
                let item = match source::fetch_bytes(url).await {
                    Ok(bytes) => Item::of_file(&bytes, url),
                    Err(err) => Item::Failed(err.to_string()),
                };
                if running.get() {
                    done.emit((at, item));
                }
            }
        });
    }
}
