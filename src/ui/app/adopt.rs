//! What the export rendered ahead becomes live: the card (or timetable) in the HTML is taken
//! over by the same component, started with the same props, without a change on screen. Three
//! places have them: an exported talk page (`events/<event>/program/<slug>/`, the card in
//! `#talkcard-page`), a host page that pasted an exported `embed.html` (the card inside the
//! mount point's declarative shadow root), and an exported event page (its timetable in
//! `#talkcard-page`, taken over by the app bundle: it then has stars, search, filters and the
//! now line, as `?program=` has).
//!
//! Yew's own hydration cannot do it: Yew 0.23 does not hydrate a node it did not create
//! (`VRef`), and the browser's card inserts the sanitiser's nodes that way. So the live card
//! renders the carried props (the talk file, its speakers' files and the event's data files,
//! all in the page as a JSON data block) into a detached copy of the card's container, and the
//! copy replaces the original in one step once drawn: the same tree (the end-to-end tests
//! compare them node for node), now with its event handlers. Nothing is fetched: the carried
//! files are handed to the components first, as the export did.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::Closure;
use web_sys::{Element, MutationObserver, MutationObserverInit, ShadowRoot};
use yew::AttrValue;

use crate::event::{DataFile, DataFiles, EventData, EventSite};
use crate::speaker::Speaker;
use crate::ui::card::source::absolute_url;
use crate::ui::card::talk_card::{CardOptions, CardState, Prerendered, TalkCard, TalkCardProps};
use crate::ui::card::{remember_event_data, remember_speaker};
use crate::ui::talk_queue::Item;
use crate::ui::timetable::{TalkLinks, TimetableView, TimetableViewProps};

/// The element of an exported page that holds its card.
const PAGE_ID: &str = "talkcard-page";
/// On it: the talk file's path from the export's root.
const PRERENDERED_ATTRIBUTE: &str = "data-talkcard-prerendered";
/// On it, on an event's page instead: the event's program folder from the export's root.
const PROGRAM_ATTRIBUTE: &str = "data-talkcard-program";
/// On it (or on an embed's mount point): the talk's calendar file; on an event's page, the
/// schedule's.
const CALENDAR_ATTRIBUTE: &str = "data-talkcard-calendar";
/// On an embed's mount point: the export's published root, where the carried paths are.
const ROOT_ATTRIBUTE: &str = "data-talkcard-root";
/// Set on the container once its card is the live one (for tests and a page's own scripts).
const LIVE_ATTRIBUTE: &str = "data-talkcard-live";
/// Set by `embed.js` on a control pressed before the card was live: the press to make again.
const PENDING_ATTRIBUTE: &str = "data-talkcard-pending";
/// Its value while the press is still going on (the button not up yet).
const PRESS_DOWN: &str = "down";
/// On what a page drawn ahead cannot have (the now line, its link: only the browser knows the
/// time): not counted in an element's place (see [`place_of`]), so that a control found in the
/// page drawn ahead is the same control in the live one.
const LATE_ATTRIBUTE: &str = "data-talkcard-late";
/// The data block carrying the files (by id on a page, by class in a shadow root).
const CARRIED: &str = "talkcard-carried";

/// Takes over the exported page's card, if this is one; `app_base` is the export's root
/// (where `embed.js` is). Returns whether it did.
pub fn adopt_page(app_base: &str) -> bool {
    let Some((page, path, carried)) = exported_page(PRERENDERED_ATTRIBUTE) else {
        return false;
    };
    let calendar = page.get_attribute(CALENDAR_ATTRIBUTE);
    take_over(&page, &carried, app_base, &path, calendar, None)
}

/// Takes over the exported event page's timetable, if this is one; `root` is the export's root
/// (where `embed.js` is). Returns whether it did.
pub fn adopt_program(root: &str) -> bool {
    let Some((page, folder, carried)) = exported_page(PROGRAM_ATTRIBUTE) else {
        return false;
    };
    let root = absolute_url(root);
    let (Some(site), Ok(carried)) = (
        EventSite::of_address(&format!("{root}{folder}")),
        js_sys::JSON::parse(&carried),
    ) else {
        return false;
    };
    let urls = site.data_urls();
    remember_event_data(&urls, carried_data(&carried, &root, &urls));
    let talks = pairs(&field(&carried, "talks"))
        .into_iter()
        .map(|(slug, text, _)| {
            let url = site.talk_url(&slug);
            let item = match text {
                Some(text) => Item::of_file(text.as_bytes(), &url),
                None => Item::Failed("not a text file".to_owned()),
            };
            (slug, item)
        })
        .collect();
    // The language the timetable was drawn in, as for a card (see `take_over`): the live one
    // writes the same words once they are here, or the page drawn ahead stays.
    let language = crate::language::Language::choose(
        rendered_lang(&page, ".talkcard-timetable[lang]").as_deref(),
    );
    let props = TimetableViewProps {
        site,
        talks: Some(Rc::new(talks)),
        links: TalkLinks::Pages,
        calendar: page.get_attribute(CALENDAR_ATTRIBUTE).map(AttrValue::from),
        language,
    };
    crate::ui::card::language::when_ready(language, &root, move |spoken| {
        if spoken != language {
            return;
        }
        let Ok(live) = page.clone_node().map(|n| n.unchecked_into::<Element>()) else {
            return;
        };
        swap_when_drawn(&page, &live, typed_in);
        yew::Renderer::<TimetableView>::with_root_and_props(live, props).render();
    });
    true
}

/// An exported page's container (`#talkcard-page`), the value of its `attribute` (the talk
/// file's path on a talk page, the program folder on an event page), and the text of the files
/// the page carries; `None` on any other page.
fn exported_page(attribute: &str) -> Option<(Element, String, String)> {
    let document = web_sys::window()?.document()?;
    let page = document.get_element_by_id(PAGE_ID)?;
    let value = page.get_attribute(attribute)?;
    let carried = document.get_element_by_id(CARRIED)?.text_content()?;
    Some((page, value, carried))
}

/// The event's data files that a page carries (`data`: `[path, text]` entries, paths from
/// `root`), read in the order of `urls` (the preferred first), as the export read them.
fn carried_data(carried: &JsValue, root: &str, urls: &[String]) -> EventData {
    let files = pairs(&field(carried, "data"));
    let found: Vec<DataFile> = urls
        .iter()
        .filter_map(|url| {
            let path = url.strip_prefix(root)?;
            let (_, text, _) = files.iter().find(|(p, _, _)| p == path)?;
            Some(DataFile::read(path, text.as_deref()?))
        })
        .collect();
    EventData::from_files(&found)
}

/// Takes over the card of an exported `embed.html` pasted into a host page: `mount` is the
/// mount point, `shadow` its declarative shadow root. Returns whether it did (when not, the
/// caller mounts a card as usual).
pub fn adopt_embed(mount: &Element, shadow: &ShadowRoot) -> bool {
    let (Some(root), Some(src)) = (
        mount.get_attribute(ROOT_ATTRIBUTE),
        mount.get_attribute(super::embed::SRC_ATTRIBUTE),
    ) else {
        return false;
    };
    // Absolute, as the export wrote them; resolved all the same, should a host have shortened them.
    let (root, src) = (absolute_url(&root), absolute_url(&src));
    // A card named by its page (`embed.js` showed it) says its talk file's path; one pasted
    // from `embed.html` is named by its talk file.
    let path = match mount.get_attribute(PRERENDERED_ATTRIBUTE) {
        Some(path) => path,
        None => match src.strip_prefix(root.as_str()) {
            Some(path) => path.to_owned(),
            None => return false,
        },
    };
    let (Ok(Some(host)), Ok(Some(carried))) = (
        shadow.query_selector(".talkcard-host"),
        shadow.query_selector(&format!("script.{CARRIED}")),
    ) else {
        return false;
    };
    let Some(carried) = carried.text_content() else {
        return false;
    };
    let calendar = mount.get_attribute(CALENDAR_ATTRIBUTE);
    let theme = mount
        .get_attribute("data-theme")
        .filter(|t| t == "light" || t == "dark");
    take_over(&host, &carried, &root, &path, calendar, theme)
}

/// The `lang` of the first element of the card rendered ahead in `container` that `selector`
/// finds: the article's is the card's language (none, English, on pages exported before cards
/// said theirs), the abstract's the talk's own when it differs.
fn rendered_lang(container: &Element, selector: &str) -> Option<String> {
    container
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|element| element.get_attribute("lang"))
}

/// Renders the carried card into a copy of `container` and swaps it in once drawn. `root` is
/// where the carried paths are (the export's root, absolute); `path` the talk file's.
fn take_over(
    container: &Element,
    carried: &str,
    root: &str,
    path: &str,
    calendar: Option<String>,
    theme: Option<String>,
) -> bool {
    // Read with the browser's JSON.parse: serde_json is not in the card bundle.
    let Ok(carried) = js_sys::JSON::parse(carried) else {
        return false;
    };
    let Some(text) = field(&carried, "talk").as_string() else {
        return false;
    };
    let talk_url = format!("{root}{path}");
    for (path, text, photo) in pairs(&field(&carried, "speakers")) {
        let url = format!("{root}{path}");
        let speaker = text
            .and_then(|text| Speaker::from_bytes(text.as_bytes(), Some(&url)).ok())
            .map(|mut speaker| {
                // The export found no such picture in the site, and showed the initials.
                if !photo {
                    speaker.image = None;
                }
                speaker
            });
        remember_speaker(&url, speaker);
    }
    if let Some(files) = DataFiles::of_talk(&talk_url) {
        let urls = files.urls();
        remember_event_data(&urls, carried_data(&carried, root, &urls));
    }
    // The language the card was rendered in (its `lang`), whatever the page around says: the
    // live card writes the same words, once they are here. Should they not come (a network
    // fault), the card drawn ahead stays, complete without script.
    let language = crate::language::Language::choose(
        rendered_lang(container, "article.talkcard[lang]").as_deref(),
    );
    let written_in = rendered_lang(container, ".talkcard-abstract[lang]").map(AttrValue::from);
    let container = container.clone();
    crate::ui::card::language::when_ready(language, root, move |spoken| {
        if spoken != language {
            return;
        }
        let props = TalkCardProps {
            state: CardState::of_file(text.as_bytes(), Some(talk_url.clone()), language),
            url: Some(AttrValue::from(talk_url)),
            on_retry: None,
            options: CardOptions {
                theme: theme.map(AttrValue::from),
                prerendered: Some(Prerendered {
                    calendar: calendar.map(AttrValue::from),
                }),
                language,
                written_in,
                ..CardOptions::default()
            },
            own_speaker: None,
        };
        let Ok(live) = container
            .clone_node()
            .map(|n| n.unchecked_into::<Element>())
        else {
            return;
        };
        // A card has no text field: nothing typed to carry over.
        swap_when_drawn(&container, &live, |_| Vec::new());
        yew::Renderer::<TalkCard>::with_root_and_props(live, props).render();
    });
    true
}

/// `object[name]`, or `undefined`.
fn field(object: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(object, &name.into()).unwrap_or_default()
}

/// An array of `[path, text or null]` entries, a third `false` when a speaker's photo is not
/// in the site.
fn pairs(array: &JsValue) -> Vec<(String, Option<String>, bool)> {
    let Some(array) = array.dyn_ref::<js_sys::Array>() else {
        return Vec::new();
    };
    array
        .iter()
        .filter_map(|pair| {
            let pair = pair.dyn_into::<js_sys::Array>().ok()?;
            Some((
                pair.get(0).as_string()?,
                pair.get(1).as_string(),
                pair.get(2).as_bool() != Some(false),
            ))
        })
        .collect()
}

/// Replaces `container` with `live` as soon as the live card is drawn in it (Yew draws a
/// whole tree in one go; the observer hears of it after). What the visitor was doing carries
/// over: keyboard focus moves to the same control in the live card, and a press that
/// `embed.js` held while the card was not live yet (marked [`PENDING_ATTRIBUTE`]) is made on
/// the live card's control, so the first press on play plays in place. A press still going
/// on (the card went live between the button going down and coming up) is marked on the live
/// control instead, for `embed.js` to make when the button comes up over it.
/// `typed` finds what the visitor typed in the page drawn ahead, to carry over too.
fn swap_when_drawn(
    container: &Element,
    live: &Element,
    typed: impl Fn(&Element) -> Vec<(Vec<usize>, String)> + 'static,
) {
    let (container, target) = (container.clone(), live.clone());
    let observer: Rc<std::cell::RefCell<Option<MutationObserver>>> = Rc::default();
    let held = observer.clone();
    let callback = Closure::<dyn FnMut()>::new(move || {
        if target.first_element_child().is_none() {
            return;
        }
        let focused = focused_in(&container).and_then(|e| place_of(&container, &e));
        let pending = container
            .query_selector(&format!("[{PENDING_ATTRIBUTE}]"))
            .ok()
            .flatten()
            .and_then(|e| {
                let down = e.get_attribute(PENDING_ATTRIBUTE).as_deref() == Some(PRESS_DOWN);
                Some((place_of(&container, &e)?, down))
            });
        let typed = typed(&container);
        let _ = container.replace_with_with_node_1(&target);
        let _ = target.set_attribute(LIVE_ATTRIBUTE, "");
        if let Some(control) = focused.and_then(|place| element_at(&target, &place)) {
            let _ = control.focus();
        }
        for (place, value) in typed {
            type_into(&target, &place, &value);
        }
        if let Some((place, down)) = pending
            && let Some(control) = element_at(&target, &place)
        {
            if down {
                // Still pressed: `embed.js` makes the press when the button comes up.
                let _ = control.set_attribute(PENDING_ATTRIBUTE, PRESS_DOWN);
            } else {
                control.click();
            }
        }
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

/// The text fields of `container` the visitor typed into (a search begun before the page was
/// live), by place, with what they hold.
fn typed_in(container: &Element) -> Vec<(Vec<usize>, String)> {
    let Ok(fields) = container.query_selector_all("input") else {
        return Vec::new();
    };
    (0..fields.length())
        .filter_map(|at| {
            fields
                .item(at)?
                .dyn_into::<web_sys::HtmlInputElement>()
                .ok()
        })
        .filter(|field| field.value() != field.default_value())
        .filter_map(|field| Some((place_of(container, &field)?, field.value())))
        .collect()
}

/// Puts `value` in the live field at `place` as if typed there: the component hears an `input`
/// event, and the caret is at its end.
fn type_into(container: &Element, place: &[usize], value: &str) {
    let Some(field) =
        element_at(container, place).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    field.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = web_sys::Event::new_with_event_init_dict("input", &init) {
        let _ = field.dispatch_event(&event);
    }
}

/// The element that has the keyboard focus, if it is inside `container` (on a page or in a
/// host's shadow root).
fn focused_in(container: &Element) -> Option<Element> {
    let root = container.get_root_node();
    let focused = match root.dyn_ref::<ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => root.dyn_ref::<web_sys::Document>()?.active_element(),
    }?;
    (container.contains(Some(&focused)) && &focused != container).then_some(focused)
}

/// Where `element` is in `container`: the index among its element siblings at each level, from
/// the top (those marked [`LATE_ATTRIBUTE`] not counted). The two cards have the same element tree (whitespace text may differ), so the same
/// place names the same control in both.
fn place_of(container: &Element, element: &Element) -> Option<Vec<usize>> {
    let mut place = Vec::new();
    let mut at = element.clone();
    while &at != container {
        let mut index = 0;
        let mut sibling = at.previous_element_sibling();
        while let Some(before) = sibling {
            if !before.has_attribute(LATE_ATTRIBUTE) {
                index += 1;
            }
            sibling = before.previous_element_sibling();
        }
        place.push(index);
        at = at.parent_element()?;
    }
    place.reverse();
    Some(place)
}

/// The element at `place` (see [`place_of`]) in `container`.
fn element_at(container: &Element, place: &[usize]) -> Option<web_sys::HtmlElement> {
    let mut at = container.clone();
    for &index in place {
        at = at.first_element_child()?;
        let mut left = index;
        while left > 0 || at.has_attribute(LATE_ATTRIBUTE) {
            if !at.has_attribute(LATE_ATTRIBUTE) {
                left -= 1;
            }
            at = at.next_element_sibling()?;
        }
    }
    at.dyn_into().ok()
}
