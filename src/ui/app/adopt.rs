//! A page the export rendered ahead (`events/<event>/program/<slug>/`) becomes live: the card in
//! its HTML is taken over by the same component, started with the same props, without a
//! change on screen.
//!
//! Yew's own hydration cannot do it: Yew 0.23 does not hydrate a node it did not create
//! (`VRef`), and the browser's card inserts the sanitiser's nodes that way. So the live card
//! renders the page's props (the talk file, its speakers' files and the event's data files, all
//! carried in the page) into a detached copy of the card's `<main>`, and the copy replaces
//! the original in one step once drawn: the same tree (the end-to-end tests compare them
//! node for node), now with its event handlers. Nothing is fetched: the carried files are
//! handed to the components first, as the export did.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{Element, MutationObserver, MutationObserverInit};
use yew::AttrValue;

use crate::event::{DataFile, DataFiles, EventData};
use crate::speaker::Speaker;
use crate::ui::card::talk_card::{CardOptions, CardState, Prerendered, TalkCard, TalkCardProps};
use crate::ui::card::{remember_event_data, remember_speaker};

/// The element of an exported page that holds its card.
const PAGE_ID: &str = "talkcard-page";
/// On it: the talk file's path from the export's root.
const PRERENDERED_ATTRIBUTE: &str = "data-talkcard-prerendered";
/// On it: the talk's calendar file beside the page.
const CALENDAR_ATTRIBUTE: &str = "data-talkcard-calendar";
/// Set on the page's element once its card is the live one.
const LIVE_ATTRIBUTE: &str = "data-talkcard-live";
/// The data block carrying the files.
const CARRIED_ID: &str = "talkcard-carried";

/// Takes over the page's pre-rendered card, if it has one; `app_base` is the export's root
/// (where `embed.js` is). Returns whether it did.
pub fn adopt(app_base: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(page) = document.get_element_by_id(PAGE_ID) else {
        return false;
    };
    let Some(path) = page.get_attribute(PRERENDERED_ATTRIBUTE) else {
        return false;
    };
    let Some(carried) = document
        .get_element_by_id(CARRIED_ID)
        .and_then(|e| e.text_content())
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
    else {
        return false;
    };
    let Some(text) = carried["talk"].as_str() else {
        return false;
    };
    let talk_url = format!("{app_base}{path}");
    for entry in carried["speakers"].as_array().into_iter().flatten() {
        let Some(path) = entry[0].as_str() else {
            continue;
        };
        let url = format!("{app_base}{path}");
        let speaker = entry[1]
            .as_str()
            .and_then(|text| Speaker::from_bytes(text.as_bytes(), Some(&url)).ok());
        remember_speaker(&url, speaker);
    }
    if let Some(files) = DataFiles::of_talk(&talk_url) {
        let urls = files.urls();
        let carried_files = carried["data"].as_array().cloned().unwrap_or_default();
        let found: Vec<DataFile> = urls
            .iter()
            .filter_map(|url| {
                let path = url.strip_prefix(app_base)?;
                let text =
                    carried_files.iter().find(|f| f[0].as_str() == Some(path))?[1].as_str()?;
                Some(DataFile::read(path, text))
            })
            .collect();
        remember_event_data(&urls, EventData::from_files(&found));
    }
    let props = TalkCardProps {
        state: CardState::of_file(text.as_bytes(), Some(talk_url.clone())),
        url: Some(AttrValue::from(talk_url)),
        on_retry: None,
        options: CardOptions {
            prerendered: Some(Prerendered {
                calendar: page.get_attribute(CALENDAR_ATTRIBUTE).map(AttrValue::from),
            }),
            ..CardOptions::default()
        },
        own_speaker: None,
    };
    let Ok(live) = page.clone_node().map(|n| n.unchecked_into::<Element>()) else {
        return false;
    };
    swap_when_drawn(&page, &live);
    yew::Renderer::<TalkCard>::with_root_and_props(live, props).render();
    true
}

/// Replaces `page` with `live` as soon as the live card is drawn in it (Yew draws a whole
/// tree in one go; the observer hears of it after).
fn swap_when_drawn(page: &Element, live: &Element) {
    let (page, target) = (page.clone(), live.clone());
    let observer: Rc<std::cell::RefCell<Option<MutationObserver>>> = Rc::default();
    let held = observer.clone();
    let callback = Closure::<dyn FnMut()>::new(move || {
        if target.first_element_child().is_none() {
            return;
        }
        let _ = page.replace_with_with_node_1(&target);
        // Says the card is live (to tests, and to a page's own scripts); outside the card.
        let _ = target.set_attribute(LIVE_ATTRIBUTE, "");
        if let Some(observer) = held.borrow_mut().take() {
            observer.disconnect();
        }
    });
    if let Ok(watch) = MutationObserver::new(callback.as_ref().unchecked_ref()) {
        let options = MutationObserverInit::new();
        options.set_child_list(true);
        let _ = watch.observe_with_options(live, &options);
        *observer.borrow_mut() = Some(watch);
    }
    // Once, for the life of the page.
    callback.forget();
}
