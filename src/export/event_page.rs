//! An event's page, `events/<event>/program/index.html`: the browser's timetable
//! ([`TimetableView`]) rendered ahead with every talk file of the event, each talk a compact
//! card linking to its page (a slot that carries a talk's title rather than its slug too), then
//! the talks it places nowhere, a group per kind; without a schedule, the program as a grid of
//! compact cards in title order. The page carries the talk files and the event's data files,
//! so that the same component, started with them, takes the page over when the visitor reaches
//! for it (`ui::app::adopt`): then it has stars, search, filters, the visitor's time, the now
//! line and the calendar file, as `?program=` has.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::AttrValue;

use super::ExportError;
use super::event::{EventContext, TalkFile};
use super::head::{self, Head};
use super::links::relative_links;
use super::output::Output;
use super::render::Renderer;
use super::render::escape;
use super::site::SITE_ROOT;
use super::site::SiteTree;
use super::sitemap::Sitemap;
use super::talk_page::{now_minutes, talk_address};
use crate::calendar;
use crate::event::EventSite;
use crate::language::words;
use crate::structured_data::json_string;
use crate::ui::card::when::place_text;
use crate::ui::timetable::{
    TalkLinks, Talks, TimetableView, TimetableViewProps, read_talks, schedule_entries, titled_talks,
};

/// From the event's page to the export's root.
const EVENT_ROOT: &str = "../../../";

/// Writes the event's program page.
pub fn write(
    tree: &SiteTree,
    context: &EventContext<'_>,
    talks: &[TalkFile],
    out: &Output,
    renderer: &Renderer,
    sitemap: &mut Sitemap,
) -> Result<(), ExportError> {
    let folder = format!("events/{}/program", context.folder.name);
    let Some(site) = EventSite::of_address(&format!("{SITE_ROOT}/{}", context.folder.program))
    else {
        return Ok(());
    };
    let items: Rc<Talks> = Rc::new(talks.iter().map(|t| (t.slug.clone(), t.item())).collect());
    let calendar = write_calendar(context, talks, &items, &folder, out)?;
    let props = TimetableViewProps {
        site,
        talks: Some(items),
        links: TalkLinks::Pages,
        calendar: calendar.clone().map(AttrValue::from),
        language: context.language,
    };
    let html = renderer.render::<TimetableView>(props);
    let html = relative_links(tree, &html, EVENT_ROOT, out)?;
    let language = context.language;
    let bar = head::bar(
        language,
        EVENT_ROOT,
        &[("../../".to_owned(), words::pages::all_events(language))],
    );
    let body = format!(
        "{bar}\n<main class=\"talkcard-app\" id=\"talkcard-page\" data-talkcard-program=\"{}/\"{}>{html}</main>\n\
         <script type=\"application/json\" id=\"talkcard-carried\">{}</script>",
        escape(&context.folder.program),
        calendar.map_or_else(String::new, |file| format!(
            " data-talkcard-calendar=\"{}\"",
            escape(&file)
        )),
        carried(context, talks),
    );
    let facts = context.data.facts.as_ref();
    let head = Head {
        title: words::pages::program_page(language, &context.title),
        description: Some(match place_text(facts) {
            Some(place) => {
                words::pages::program_of_at(language, talks.len() as u64, &context.title, &place)
            }
            None => words::pages::program_of(language, talks.len() as u64, &context.title),
        }),
        language,
        canonical: context.base_url.map(|base| format!("{base}{folder}/")),
        kind: "website",
        site_name: Some(context.title.clone()),
        ..Head::default()
    };
    out.write(
        &format!("{folder}/index.html"),
        head::page(&head, EVENT_ROOT, &body).as_bytes(),
    )?;
    sitemap.add(&format!("{folder}/"));
    Ok(())
}

/// Writes the schedule's calendar file beside the page (`<event>.ics`, as the live page's
/// button names it), so that "Add the schedule to calendar" is a link that works without
/// script; its entries are the talk pages' own (same UID, same page). Returns its name, or
/// `None` when the event has no schedule or none of its talks has a time.
fn write_calendar(
    context: &EventContext<'_>,
    talks: &[TalkFile],
    items: &Talks,
    folder: &str,
    out: &Output,
) -> Result<Option<String>, ExportError> {
    let Some(timetable) = context.data.timetable.as_ref() else {
        return Ok(None);
    };
    let titled = titled_talks(timetable, &read_talks(items));
    let addresses = |slug: &str| {
        // A talk the schedule names without a file has no page.
        match talks.iter().find(|t| t.slug == slug) {
            Some(file) => (
                talk_address(context, file),
                context
                    .base_url
                    .map(|base| format!("{base}{folder}/{slug}/")),
            ),
            None => (format!("{}/{slug}", context.folder.name), None),
        }
    };
    let entries = schedule_entries(
        context.language,
        &context.data,
        items,
        &titled,
        &BTreeSet::new(),
        false,
        &addresses,
    );
    if entries.is_empty() {
        return Ok(None);
    }
    let name = format!("{}.ics", context.folder.name);
    out.write(
        &format!("{folder}/{name}"),
        calendar::ics(&entries, now_minutes()).as_bytes(),
    )?;
    Ok(Some(name))
}

/// What the live timetable needs to start as the page's, as JSON for a `<script
/// type="application/json">` data block (no text can close it: see [`json_string`]): the
/// event's data files and every talk file's text (`null` when it is not text), by slug.
fn carried(context: &EventContext<'_>, talks: &[TalkFile]) -> String {
    let talks: Vec<String> = talks
        .iter()
        .map(|t| {
            let text = t
                .text
                .as_deref()
                .map_or_else(|| "null".to_owned(), json_string);
            format!("[{},{text}]", json_string(&t.slug))
        })
        .collect();
    format!(
        "{{\"data\":{},\"talks\":[{}]}}",
        context.data_json,
        talks.join(",")
    )
}
