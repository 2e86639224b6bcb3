//! An event's timetable, as pretalx, Sessionize and the devopsdays theme show one: a section
//! per day, rows in time order with parallel slots side by side, breaks and other labels as thin
//! rows, each talk a compact card, the ignite session with its talks, the talks no slot places
//! after the days, and a "now" line while the event is on. Talks can be starred (kept in this
//! browser) and the view narrowed to them, to a kind, or by a search; the schedule, or the
//! starred talks, can be saved to a calendar. Times are the event's clock, its offset named once.
//!
//! One component for both places it appears: the browser's `?program=` (which fetches the talk
//! files the schedule names, a few at a time) and the export's event page, which renders it
//! ahead with every talk file of the event and carries them in the page, so that the same
//! component, started with the same files, takes the page over when the visitor reaches for it
//! (`ui::app::adopt`). Compiled for both targets: what only a browser knows (the stars kept, the
//! clock) has a native twin that knows nothing.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;

use yew::prelude::*;

mod calendar;
mod cells;
mod days;
mod filters;
mod header;
mod more_talks;
mod schedule;
mod stars;
mod tools;

use self::calendar::browser_addresses;
pub use self::calendar::{Addresses, schedule_entries};
use self::cells::Cells;
use self::days::day_switcher;
use self::filters::{Narrowing, kind_filters};
use self::header::{event_header, no_schedule};
use self::more_talks::unplaced_talks;
use self::schedule::{Draw, day_sections};
use self::stars::{load_stars, save_stars};
use self::tools::Tools;
use super::talk_queue::{Item, fetch_all};
use crate::event::{EventSite, ProgramTalk, Timetable, TitledTalks, session_kind, unplaced};
use crate::language::{Language, words::timetable as words};
use crate::schedule::{Date, Offset, Time};
use crate::speaker::name_from_slug;
use crate::ui::card::event_data::use_site_data;
use crate::ui::card::talk_card::data_notes;

/// An event's talk files by slug (their file name without `.md`).
pub type Talks = HashMap<String, Item>;

/// Where a timetable's talk cards lead.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TalkLinks {
    /// The app's page for the talk file (`?talk=<url>`): `?program=`.
    #[default]
    App,
    /// The talk's exported page, beside the event's (`<slug>/`): the export's event page.
    Pages,
}

/// Properties of [`TimetableView`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct TimetableViewProps {
    /// The event's address: a data file or the event's folder.
    pub site: EventSite,
    /// Every talk file of the event, read ahead (by the export, and carried in its page): then
    /// nothing is fetched, slots that carry a talk's title are that talk's, and the talks no
    /// slot names are known. Without them the view fetches the files its schedule names (a
    /// browser cannot list a site's files).
    #[prop_or_default]
    pub talks: Option<Rc<Talks>>,
    /// Where the talk cards lead.
    #[prop_or_default]
    pub links: TalkLinks,
    /// The schedule's calendar file, beside the page (the export writes one): "Add the
    /// schedule to calendar" is then a plain link to it, which works without script.
    #[prop_or_default]
    pub calendar: Option<AttrValue>,
    /// The language of its words, its dates and its cards' (its words loaded, in the browser:
    /// `ui::card::language::when_ready`).
    #[prop_or_default]
    pub language: Language,
}

/// The slugs of the talks the schedule names (its placed talks, then ignites without a
/// session), once each: the files to fetch.
fn scheduled_slugs(timetable: &Timetable) -> Vec<String> {
    let mut slugs: Vec<String> = Vec::new();
    let placed = timetable
        .scheduled_talks(&TitledTalks::new())
        .into_iter()
        .map(|t| t.slug);
    for slug in placed.chain(timetable.ignites.iter().map(|i| i.slug.clone())) {
        if !slugs.contains(&slug) {
            slugs.push(slug);
        }
    }
    slugs
}

/// The talk's title when its file is in, else a readable name from its slug.
fn item_title(item: &Item, slug: &str) -> String {
    match item {
        Item::Loaded(talk) if !talk.title.is_empty() => talk.title.clone(),
        _ => name_from_slug(slug),
    }
}

/// [`item_title`] of the talk `slug` among `items`.
fn title_of(items: &Talks, slug: &str) -> String {
    items
        .get(slug)
        .map_or_else(|| name_from_slug(slug), |item| item_title(item, slug))
}

/// The talk files read (`read`, as the program files them) whose title a slot of `timetable`
/// carries instead of their slug: then the slot is theirs.
pub fn titled_talks(timetable: &Timetable, read: &[ProgramTalk<'_>]) -> TitledTalks {
    timetable.titled_talks(read.iter().map(|t| (t.slug, t.title)))
}

/// The talk files among `items` that are read, as the program files them.
pub fn read_talks(items: &Talks) -> Vec<ProgramTalk<'_>> {
    items
        .iter()
        .filter_map(|(slug, item)| match item {
            Item::Loaded(talk) => Some(ProgramTalk::of(slug, talk)),
            _ => None,
        })
        .collect()
}

/// Fetches the talk files `slugs` of `site` into `items`, a few at a time, in order.
#[hook]
fn use_talk_files(site: &EventSite, slugs: &[String], items: &UseStateHandle<Talks>) {
    let (items, site) = (items.clone(), site.clone());
    use_effect_with(slugs.to_vec(), move |slugs| {
        let running = Rc::new(Cell::new(true));
        if !slugs.is_empty() {
            let urls: Vec<String> = slugs.iter().map(|s| site.talk_url(s)).collect();
            let found = Rc::new(RefCell::new(HashMap::new()));
            let slugs = slugs.clone();
            fetch_all(
                Rc::new(urls),
                running.clone(),
                Callback::from(move |(at, item): (usize, Item)| {
                    found.borrow_mut().insert(slugs[at].clone(), item);
                    items.set(found.borrow().clone());
                }),
            );
        }
        move || running.set(false)
    });
}

/// A link to a day (`#2024-09-23`) or to now: the browser looked for its anchor before the
/// schedule was drawn, so go there once it is, and again once every card is in (cards change
/// height as they arrive, and WebKit keeps no scroll anchor). A timetable drawn ahead was in
/// the page when the browser looked: nothing to do (the visitor may have scrolled since).
#[hook]
fn use_anchor_jump(fetching: bool, ready: bool, done: bool) {
    let jumps = use_mut_ref(|| 0u8);
    use_effect_with((fetching, ready, done), move |&(fetching, ready, done)| {
        let due = match (fetching, ready, done) {
            (false, ..) | (_, false, _) => 0,
            (true, true, true) => 2,
            (true, true, false) => 1,
        };
        if *jumps.borrow() < due {
            *jumps.borrow_mut() = due;
            scroll_to_anchor();
        }
    });
}

/// An event's schedule as a timetable.
#[component]
pub fn TimetableView(props: &TimetableViewProps) -> Html {
    let site = &props.site;
    let language = props.language;
    let data = use_site_data(Some(site.clone()));
    let items = use_state(|| props.talks.as_deref().cloned().unwrap_or_default());
    let stars = use_state(|| load_stars(site));
    // Whether the browser kept the last change of stars.
    let stars_kept = use_state(|| true);
    let mine_only = use_state(|| false);
    let query = use_state(String::new);
    let kinds = use_state(BTreeSet::<String>::new);
    let ahead = props.talks.is_some();
    let slugs: Vec<String> = match data.as_ref().and_then(|d| d.timetable.as_ref()) {
        Some(timetable) if !ahead => scheduled_slugs(timetable),
        _ => Vec::new(),
    };
    use_talk_files(site, &slugs, &items);
    // How many of the talk files are in (loaded or failed), of how many.
    let (loaded, total) = if ahead {
        (items.len(), items.len())
    } else {
        let loaded = items.values().filter(|i| !matches!(i, Item::Pending));
        (loaded.count(), slugs.len())
    };
    use_anchor_jump(!ahead, data.is_some(), loaded >= total);
    let Some(data) = data else {
        return html! {
            <section class="talkcard-program talkcard-timetable" data-state="loading" aria-busy="true">
                <p class="talkcard-status" role="status">{ words::loading_schedule(language, &site.event) }</p>
            </section>
        };
    };
    let timetable = data.timetable.as_ref();
    if timetable.is_none() && items.is_empty() {
        return no_schedule(language, site, &data);
    }
    let facts = data.facts.as_ref();
    let offset = facts.and_then(|f| f.offset());
    let narrowing = Narrowing {
        mine_only: *mine_only,
        needle: crate::case::lower(&query),
        kinds: &kinds,
        stars: &stars,
        items: &items,
    };
    // The talk files read, as the program files them: every one when read ahead (slots that
    // carry a talk's title are then that talk's), else those of the schedule in so far.
    let read = read_talks(&items);
    let titled = match timetable {
        Some(timetable) if ahead => titled_talks(timetable, &read),
        _ => TitledTalks::new(),
    };
    let toggle_star = {
        let (stars, stars_kept, site) = (stars.clone(), stars_kept.clone(), site.clone());
        Callback::from(move |slug: String| {
            let mut next = (*stars).clone();
            if !next.remove(&slug) {
                next.insert(slug);
            }
            stars_kept.set(save_stars(&site, &next));
            stars.set(next);
        })
    };
    let cells = Cells {
        language,
        site,
        data: &data,
        items: &items,
        ahead,
        stars: &stars,
        toggle_star,
        links: props.links,
    };
    let talk_cell = |slug: &str, note: Html| cells.talk(slug, note);
    let shown = |kind: &str, slot: Option<&crate::event::Slot>, slug: Option<&str>| {
        narrowing.shows(kind, slot, slug)
    };
    let days = timetable.map(Timetable::days).unwrap_or_default();
    let now = now_in_event(offset);
    let body = match timetable {
        Some(timetable) => {
            let draw = Draw {
                language,
                talk: &talk_cell,
                shown: &shown,
                filtering: narrowing.active(),
                titled: &titled,
                // A slot's comments may link, relative to the data file they came from.
                base: data.timetable_from.as_deref(),
                offset,
                now,
            };
            html! { <>{ day_switcher(language, &days) }{ day_sections(timetable, &days, &draw) }</> }
        }
        None => program_grid(&items, &narrowing, &talk_cell),
    };
    // The talks that no slot places (every file's when read ahead; else the ignites of a day
    // without an ignite session), after the days, a group per kind.
    let all_left_over = match timetable {
        Some(timetable) => unplaced(Some(timetable), &titled, &read),
        None => Vec::new(),
    };
    let more = unplaced_talks(language, &narrowing.groups(&all_left_over), |slug| {
        talk_cell(slug, Html::default())
    });
    // While the event is on: a link to the now line in today's rows.
    let on_now = now.is_some_and(|(today, clock)| {
        days.iter()
            .any(|d| d.date == Some(today) && d.now_at(clock).is_some())
    });
    // The calendar files are made when a button is pressed, not on every render.
    let calendar = |only_starred: bool| {
        let (site, data, items, stars) = (site.clone(), data.clone(), items.clone(), stars.clone());
        let (titled, links) = (titled.clone(), props.links);
        Callback::from(move |()| {
            let addresses = |slug: &str| browser_addresses(&site, slug, links);
            schedule_entries(
                language,
                &data,
                &items,
                &titled,
                &stars,
                only_starred,
                &addresses,
            )
        })
    };
    let tools = Tools {
        language,
        event: &site.event,
        kinds: timetable.map(|t| kind_filters(language, t, &all_left_over, &kinds)),
        query: query.clone(),
        mine_only: mine_only.clone(),
        starred: stars.len(),
        on_now,
        calendars: timetable.map(|_| (calendar(false), calendar(true))),
        calendar_file: props.calendar.clone(),
        status: if ahead {
            words::talks(language, total as u64)
        } else {
            words::talks_loading(language, total as u64, &loaded.to_string())
        },
        stars_kept: *stars_kept,
    };
    html! {
        <section class="talkcard-program talkcard-timetable" data-state="ready" lang={language.tag()}
            data-loaded={loaded.to_string()} data-total={total.to_string()}>
            { event_header(language, site, facts, offset) }
            { tools.view() }
            { data_notes(language, &data.warnings) }
            { body }
            { more }
        </section>
    }
}

/// An event without a schedule but with its talk files read: a grid of them in title order,
/// as the filters let them through.
fn program_grid(
    items: &Talks,
    narrowing: &Narrowing<'_>,
    cell: &dyn Fn(&str, Html) -> Html,
) -> Html {
    let mut order: Vec<(String, &str)> = items
        .iter()
        .map(|(slug, item)| (crate::case::lower(&item_title(item, slug)), slug.as_str()))
        .collect();
    order.sort();
    let shown = order.into_iter().filter(|(_, slug)| {
        let kind = match items.get(*slug) {
            Some(Item::Loaded(talk)) => session_kind(slug, &talk.kind).css_name(),
            _ => "talk".to_owned(),
        };
        narrowing.shows(&kind, None, Some(slug))
    });
    html! {
        <div class="talkcard-program-grid">
            { for shown.map(|(_, slug)| cell(slug, Html::default())) }
        </div>
    }
}

/// Today and the time of day in the event's clock, when its offset is known (the browser only:
/// a page rendered ahead cannot know when it is read).
#[cfg(target_arch = "wasm32")]
fn now_in_event(offset: Option<Offset>) -> Option<(Date, Time)> {
    let now = (js_sys::Date::now() / 60_000.0).floor() as i64;
    Some(crate::schedule::from_minutes(
        now + i64::from(offset?.minutes),
    ))
}

#[cfg(not(target_arch = "wasm32"))]
fn now_in_event(_offset: Option<Offset>) -> Option<(Date, Time)> {
    None
}

/// Scrolls to the element the page's address names after `#`, when there is one.
fn scroll_to_anchor() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let hash = window.location().hash().unwrap_or_default();
    let id = hash.trim_start_matches('#');
    if id.is_empty() {
        return;
    }
    let id = js_sys::decode_uri_component(id).map_or_else(|_| id.to_owned(), String::from);
    if let Some(target) = window.document().and_then(|d| d.get_element_by_id(&id)) {
        target.scroll_into_view();
    }
}
