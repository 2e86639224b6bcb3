//! The schedule as calendar entries, for its "Add to calendar" (all talks, or the starred ones).

use std::collections::BTreeSet;

use super::{TalkLinks, Talks, title_of};
use crate::calendar::Entry;
use crate::event::{EventData, EventSite, Source, TalkTime, TitledTalks};
use crate::language::{Language, words};
use crate::speaker::name_from_slug;
use crate::ui::card::when::place_text;
use crate::ui::talk_queue::Item;

/// A talk's addresses in its calendar entry, by slug: its file's (the entry's UID is made from
/// it, so the same talk saved from its page and from the schedule is one entry) and its page's.
pub type Addresses<'a> = &'a dyn Fn(&str) -> (String, Option<String>);

/// The schedule's talks (or only the starred ones) as calendar entries: UTC times when the
/// event's offset is known, floating otherwise; their descriptions ("by …") in `language`.
pub fn schedule_entries(
    language: Language,
    data: &EventData,
    items: &Talks,
    titled: &TitledTalks,
    stars: &BTreeSet<String>,
    only_starred: bool,
    addresses: Addresses<'_>,
) -> Vec<Entry> {
    let Some(timetable) = data.timetable.as_ref() else {
        return Vec::new();
    };
    let facts = data.facts.as_ref();
    let offset = facts.and_then(|f| f.offset());
    let location = place_text(facts).or_else(|| facts.and_then(|f| f.city.clone()));
    timetable
        .scheduled_talks(titled)
        .into_iter()
        .filter(|talk| !only_starred || stars.contains(&talk.slug))
        .filter_map(|talk| {
            let time = TalkTime {
                schedule: talk.schedule,
                offset,
                source: Source::TalkFile,
                place: talk.place.clone(),
                notes: Vec::new(),
            };
            let (start, end) = time.calendar_times()?;
            let (talk_url, page_url) = addresses(&talk.slug);
            let speakers: Vec<String> = match items.get(&talk.slug) {
                Some(Item::Loaded(talk)) => {
                    talk.speakers.iter().map(|s| name_from_slug(s)).collect()
                }
                _ => Vec::new(),
            };
            Some(Entry {
                page_url,
                talk_url,
                summary: title_of(items, &talk.slug),
                start,
                end,
                location: crate::event::place::location(talk.place.as_deref(), location.clone()),
                description: (!speakers.is_empty())
                    .then(|| words::card::by_speakers(language, &speakers.join(", "))),
            })
        })
        .collect()
}

/// A talk's addresses as the browser knows them: its file's, and its page's (the standalone
/// app's for the file, or its exported page beside this one).
pub(super) fn browser_addresses(
    site: &EventSite,
    slug: &str,
    links: TalkLinks,
) -> (String, Option<String>) {
    let talk_url = site.talk_url(slug);
    let page_url = page_url(&talk_url, slug, links);
    (talk_url, page_url)
}

/// The talk's page: the standalone app's for its file, or its exported page beside this one.
fn page_url(talk_url: &str, slug: &str, links: TalkLinks) -> Option<String> {
    let location = web_sys::window()?.location();
    if links == TalkLinks::Pages {
        let page = web_sys::Url::new_with_base(&format!("{slug}/"), &location.href().ok()?).ok()?;
        return Some(page.href());
    }
    let base = format!("{}{}", location.origin().ok()?, location.pathname().ok()?);
    Some(format!(
        "{base}?talk={}",
        String::from(js_sys::encode_uri_component(talk_url))
    ))
}
