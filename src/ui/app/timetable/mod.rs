//! The timetable (`?program=` with an event: one of its data files, or its folder): the event's
//! schedule as pretalx, Sessionize and the devopsdays theme show one. A section per day, rows
//! in time order with parallel slots side by side, breaks and other labels as thin rows, each
//! talk a compact card (fetched a few at a time, in page order), the ignite session with its
//! talks, and a "now" line while the event is on. Talks can be starred (kept in this browser)
//! and the view narrowed to them; the schedule, or the starred talks, can be saved to a
//! calendar. Times are the event's clock, its offset named once; without an offset they are as
//! written.

use std::cell::Cell;
use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;

use yew::prelude::*;

mod calendar;
mod filters;
mod stars;

use self::calendar::schedule_entries;
use self::filters::kind_filters;
use self::stars::{load_stars, save_stars};
use super::talk_queue::{Item, fetch_all};
use crate::event::{EventData, EventSite, ProgramTalk, Slot, Timetable, TitledTalks, unplaced};
use crate::schedule::{Date, Time, from_minutes};
use crate::speaker::name_from_slug;
use crate::ui::card::calendar::AddToCalendar;
use crate::ui::card::days::day_switcher;
use crate::ui::card::event_data::use_site_data;
use crate::ui::card::schedule::{Draw, day_sections};
use crate::ui::card::talk_card::{CardOptions, CardState, TalkCard, data_notes};
use crate::ui::card::unplaced::unplaced_talks;
use crate::ui::card::when::place_text;

/// Properties of [`TimetableView`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct TimetableViewProps {
    /// The event's address: a data file or the event's folder.
    pub site: EventSite,
}

/// The slugs of the talks the schedule names (its placed talks, then ignites without a
/// session), once each: the files to fetch. (A browser cannot list a site's talk files, so
/// slots that carry a talk's title rather than its slug stay labels here; the export, which
/// knows every file, links them.)
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
fn title_of(items: &HashMap<String, Item>, slug: &str) -> String {
    match items.get(slug) {
        Some(Item::Loaded(talk)) if !talk.title.is_empty() => talk.title.clone(),
        _ => name_from_slug(slug),
    }
}

/// An event's schedule as a timetable.
#[component]
pub fn TimetableView(props: &TimetableViewProps) -> Html {
    let site = &props.site;
    let data = use_site_data(Some(site.clone()));
    let items = use_state(HashMap::<String, Item>::new);
    let stars = use_state(|| load_stars(site));
    // Whether the browser kept the last change of stars.
    let stars_kept = use_state(|| true);
    let mine_only = use_state(|| false);
    let query = use_state(String::new);
    let kinds = use_state(BTreeSet::<String>::new);
    let slugs: Vec<String> = data
        .as_ref()
        .and_then(|d| d.timetable.as_ref())
        .map(scheduled_slugs)
        .unwrap_or_default();
    {
        let items = items.clone();
        let site = site.clone();
        use_effect_with(slugs.clone(), move |slugs| {
            let running = Rc::new(Cell::new(true));
            if !slugs.is_empty() {
                let urls: Vec<String> = slugs.iter().map(|s| site.talk_url(s)).collect();
                let found = Rc::new(std::cell::RefCell::new(HashMap::new()));
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
    // A link to a day (`#2024-09-23`) or to now: the browser looked for its anchor before the
    // schedule was drawn, so go there once it is, and again once every card is in (cards
    // change height as they arrive, and WebKit keeps no scroll anchor).
    // How many of the talk files are in (loaded or failed).
    let loaded = items
        .values()
        .filter(|i| !matches!(i, Item::Pending))
        .count();
    {
        let done = loaded >= slugs.len();
        let jumps = use_mut_ref(|| 0u8);
        use_effect_with((data.is_some(), done), move |&(ready, done)| {
            let due = match (ready, done) {
                (true, true) => 2,
                (true, false) => 1,
                _ => 0,
            };
            if *jumps.borrow() < due {
                *jumps.borrow_mut() = due;
                scroll_to_anchor();
            }
        });
    }
    let Some(data) = data else {
        return html! {
            <section class="talkcard-program talkcard-timetable" data-state="loading" aria-busy="true">
                <p class="talkcard-status" role="status">{ format!("Loading the schedule of {}…", site.event) }</p>
            </section>
        };
    };
    let Some(timetable) = data.timetable.as_ref() else {
        return no_schedule(site, &data);
    };
    let facts = data.facts.as_ref();
    let offset = facts.and_then(|f| f.offset());
    let needle = query.to_lowercase();
    // Whether the filters let through a session of `kind` (a talk's slug, or a label's slot).
    let shown_as = |kind: &str, slot: Option<&Slot>, slug: Option<&str>| -> bool {
        let starred = slug.is_some_and(|s| stars.contains(s));
        if *mine_only && !starred {
            return false;
        }
        if !kinds.is_empty() && !kinds.contains(kind) {
            return false;
        }
        if needle.is_empty() {
            return true;
        }
        let text = match slug {
            Some(slug) => match items.get(slug) {
                Some(Item::Loaded(talk)) => format!(
                    "{} {} {}",
                    talk.title,
                    talk.speakers
                        .iter()
                        .map(|s| name_from_slug(s))
                        .collect::<Vec<_>>()
                        .join(" "),
                    slug
                ),
                _ => name_from_slug(slug),
            },
            None => slot.map_or_else(String::new, |slot| {
                format!(
                    "{} {}",
                    slot.title,
                    slot.comments.clone().unwrap_or_default()
                )
            }),
        };
        text.to_lowercase().contains(&needle)
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
    let talk_cell = |slug: &str, note: Html| -> Html {
        let url = site.talk_url(slug);
        let state = match items.get(slug) {
            Some(Item::Loaded(talk)) => CardState::Ready(talk.clone()),
            // No talk file (the site has not published it yet, or the slug is mistyped): the
            // slot keeps its place, calmly, and says where the schedule names it.
            Some(Item::Failed(message)) => {
                let line = timetable
                    .slot_of(slug)
                    .map(|s| s.line)
                    .or_else(|| timetable.ignite_of(slug).map(|i| i.line));
                let place = format!(
                    "{}{}",
                    data.timetable_from.clone().unwrap_or_default(),
                    line.map_or(String::new(), |l| format!(", line {l}"))
                );
                return html! {
                    <div class="talkcard-slot talkcard-slot--missing" data-slug={slug.to_owned()}
                        key={slug.to_owned()} title={message.clone()}>
                        { note }
                        <span class="talkcard-slot-label">{ name_from_slug(slug) }</span>
                        <span class="talkcard-slot-comments">
                            { format!("no talk file yet ({place} names it)") }
                        </span>
                    </div>
                };
            }
            _ => CardState::Loading { url: url.clone() },
        };
        let options = CardOptions {
            theme: None,
            compact: true,
            open_url: Some(
                format!("?talk={}", String::from(js_sys::encode_uri_component(&url))).into(),
            ),
            structured_data: false,
            in_timetable: true,
            page_url: None,
            prerendered: None,
        };
        let starred = stars.contains(slug);
        let onclick = {
            let (toggle, slug) = (toggle_star.clone(), slug.to_owned());
            Callback::from(move |_: MouseEvent| toggle.emit(slug.clone()))
        };
        html! {
            <div class="talkcard-slot talkcard-slot--talk" data-slug={slug.to_owned()} key={slug.to_owned()}>
                { note }
                <div class="talkcard-slot-card">
                    <button type="button" class="talkcard-star" aria-pressed={starred.to_string()} {onclick}
                        aria-label={format!("Star {}", title_of(&items, slug))}>
                        { if starred { "★" } else { "☆" } }
                    </button>
                    <TalkCard {state} url={Some(AttrValue::from(url))} {options} />
                </div>
            </div>
        }
    };
    let now = now_in_event(offset);
    let days = timetable.days();
    // While the event is on: a "now" line in today's rows, and a link to it.
    let on_now = now.is_some_and(|(today, clock)| {
        days.iter()
            .any(|d| d.date == Some(today) && d.now_at(clock).is_some())
    });
    let no_titles = TitledTalks::new();
    let draw = Draw {
        talk: &talk_cell,
        shown: &shown_as,
        filtering: *mine_only || !needle.is_empty() || !kinds.is_empty(),
        titled: &no_titles,
        // A slot's comments may link, relative to the data file they came from.
        base: data.timetable_from.as_deref(),
        offset,
        now,
    };
    let sections = day_sections(timetable, &days, &draw);
    // The talks it knows that the schedule places nowhere (ignites listed for a day without an
    // ignite session), after the days, as the exported page lists them.
    let known: Vec<ProgramTalk<'_>> = slugs
        .iter()
        .filter_map(|slug| match items.get(slug) {
            Some(Item::Loaded(talk)) => Some(ProgramTalk::of(slug, talk)),
            _ => None,
        })
        .collect();
    let mut left_over = unplaced(Some(timetable), &no_titles, &known);
    for group in &mut left_over {
        let kind = group.kind.css_name();
        group
            .slugs
            .retain(|slug| shown_as(&kind, None, Some(slug.as_str())));
    }
    left_over.retain(|group| !group.slugs.is_empty());
    let more = unplaced_talks(&left_over, |slug| talk_cell(slug, Html::default()));
    // The calendar files are made when a button is pressed, not on every render.
    let calendar = |only_starred: bool| {
        let (site, data, items, stars) = (site.clone(), data.clone(), items.clone(), stars.clone());
        Callback::from(move |()| schedule_entries(&site, &data, &items, &stars, only_starred))
    };
    let oninput = {
        let query = query.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            query.set(input.value());
        })
    };
    let toggle_mine = {
        let mine_only = mine_only.clone();
        Callback::from(move |_: MouseEvent| mine_only.set(!*mine_only))
    };
    let zone = match offset {
        Some(offset) => format!("Times are the event's ({offset})."),
        None => "Times are the event's local time.".to_owned(),
    };
    let title = facts.and_then(|f| f.city.clone()).map_or_else(
        || site.event.clone(),
        |city| format!("{city} {}", &site.event[..4]),
    );
    html! {
        <section class="talkcard-program talkcard-timetable" data-state="ready"
            data-loaded={loaded.to_string()} data-total={slugs.len().to_string()}>
            <header class="talkcard-timetable-header">
                <h1 class="talkcard-timetable-title">{ title }</h1>
                if let Some(place) = place_text(facts) {
                    <p class="talkcard-where">{ place }</p>
                }
                <p class="talkcard-timetable-zone">{ zone }</p>
            </header>
            <div class="talkcard-program-tools">
                <label class="talkcard-search">
                    <span>{ "Search titles, speakers and sessions" }</span>
                    <input type="search" value={(*query).clone()} {oninput} />
                </label>
                { kind_filters(timetable, &kinds) }
                <button type="button" class="talkcard-kind-filter talkcard-mine"
                    aria-pressed={mine_only.to_string()} onclick={toggle_mine}>
                    { format!("My talks ({})", stars.len()) }
                </button>
                if on_now {
                    <a class="talkcard-kind-filter talkcard-jump-now" href="#now">{ "Jump to now" }</a>
                }
                <AddToCalendar entries={calendar(false)} name={site.event.clone()}
                    label="Add the schedule to calendar" />
                if !stars.is_empty() {
                    <AddToCalendar entries={calendar(true)} name={format!("{}-my-talks", site.event)}
                        label="Add my talks to calendar" />
                }
                <p class="talkcard-program-status" role="status">
                    { format!("{} talks · {} loaded", slugs.len(), loaded) }
                </p>
                if !*stars_kept {
                    <p class="talkcard-program-status talkcard-stars-unsaved" role="status">
                        { "This browser does not let talkcard save your stars: they last until you leave this page." }
                    </p>
                }
            </div>
            { data_notes(&data.warnings) }
            { day_switcher(&days) }
            { sections }
            { more }
        </section>
    }
}

/// An event whose data has no schedule: what is known of it, calmly.
fn no_schedule(site: &EventSite, data: &EventData) -> Html {
    let detail = if data.is_empty() {
        format!(
            "No data file was found for {} ({} or the older {}).",
            site.event,
            site.data_urls()[1],
            site.data_urls()[2]
        )
    } else {
        format!(
            "The data files of {} hold no schedule with talks.",
            site.event
        )
    };
    html! {
        <section class="talkcard-program talkcard-timetable" data-state="empty">
            <div class="talkcard">
                <h2 class="talkcard-error-title">{ "No schedule for this event" }</h2>
                <p class="talkcard-error-detail">{ detail }</p>
                { for data.warnings.iter().filter(|w| w.diagnostic.is_error()).map(|w| html! {
                    <p class="talkcard-diagnostic" data-severity="warning">{ w.to_string() }</p>
                }) }
            </div>
        </section>
    }
}

/// Today and the time of day in the event's clock, when its offset is known.
fn now_in_event(offset: Option<crate::schedule::Offset>) -> Option<(Date, Time)> {
    let now = (js_sys::Date::now() / 60_000.0).floor() as i64;
    Some(from_minutes(now + i64::from(offset?.minutes)))
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
