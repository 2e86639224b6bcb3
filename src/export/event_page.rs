//! An event's page, `events/<event>/program/index.html`: its timetable as talkcard's
//! timetable draws it (a section per day, rows in time order, parallel slots side by side,
//! labels as thin rows), each talk a compact card linking to its page (a slot that carries a
//! talk's title rather than its slug too), then the talks it places nowhere, a group per kind;
//! without a schedule, the program as a grid of compact cards in title order.

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use super::ExportError;
use super::event::{EventContext, TalkFile};
use super::head::{self, Head};
use super::links::relative_links;
use super::output::Output;
use super::render::Renderer;
use super::site::SiteTree;
use super::sitemap::Sitemap;
use crate::event::{EventData, ProgramTalk, Slot, unplaced};
use crate::speaker::name_from_slug;
use crate::ui::card::days::day_switcher;
use crate::ui::card::schedule::{Draw, day_sections};
use crate::ui::card::unplaced::unplaced_talks;
use crate::ui::card::when::{day_text, place_text};
use crate::ui::card::{CardOptions, CardState, TalkCard};

/// From the event's page to the export's root.
const EVENT_ROOT: &str = "../../../";

#[derive(Debug, Clone, PartialEq, Properties)]
struct ProgramProps {
    title: AttrValue,
    data: Rc<EventData>,
    talks: Rc<Vec<(String, String, CardState)>>,
}

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
    let props = ProgramProps {
        title: context.title.clone().into(),
        data: context.data.clone(),
        talks: Rc::new(
            talks
                .iter()
                .map(|t| (t.slug.clone(), t.url.clone(), t.state.clone()))
                .collect(),
        ),
    };
    let html = renderer.render::<Program>(props);
    let html = relative_links(tree, &html, EVENT_ROOT, out)?;
    let bar = head::bar(
        EVENT_ROOT,
        &[("../../".to_owned(), "All events".to_owned())],
    );
    let body = format!("{bar}\n<main class=\"talkcard-app\">{html}</main>");
    let facts = context.data.facts.as_ref();
    let head = Head {
        title: format!("Program · {}", context.title),
        description: Some(match place_text(facts) {
            Some(place) => format!(
                "The program of {}: {} talks. {place}.",
                context.title,
                talks.len()
            ),
            None => format!("The program of {}: {} talks.", context.title, talks.len()),
        }),
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

/// A compact card of the talk `slug`, linking to its page.
fn talk_cell(talks: &HashMap<&str, (&str, &CardState)>, slug: &str, note: Html) -> Html {
    let Some((url, state)) = talks.get(slug) else {
        return html! {
            <div class="talkcard-slot talkcard-slot--missing" data-slug={slug.to_owned()}>
                { note }
                <span class="talkcard-slot-label">{ name_from_slug(slug) }</span>
                <span class="talkcard-slot-comments">{ "no talk file yet" }</span>
            </div>
        };
    };
    let options = CardOptions {
        compact: true,
        in_timetable: true,
        open_url: Some(format!("{slug}/").into()),
        ..CardOptions::default()
    };
    html! {
        <div class="talkcard-slot talkcard-slot--talk" data-slug={slug.to_owned()}>
            { note }
            <TalkCard state={(*state).clone()} url={Some(AttrValue::from(url.to_string()))} {options} />
        </div>
    }
}

#[component]
fn Program(props: &ProgramProps) -> Html {
    let talks: HashMap<&str, (&str, &CardState)> = props
        .talks
        .iter()
        .map(|(slug, url, state)| (slug.as_str(), (url.as_str(), state)))
        .collect();
    let facts = props.data.facts.as_ref();
    let dates = facts.and_then(|f| f.start).map(|start| {
        let first = day_text(start.date);
        match facts
            .and_then(|f| f.end)
            .filter(|end| end.date != start.date)
        {
            Some(end) => format!("{first} – {}", day_text(end.date)),
            None => first,
        }
    });
    let intro = html! {
        <header class="talkcard-timetable-header">
            <h1 class="talkcard-timetable-title">{ format!("{} program", props.title) }</h1>
            if let Some(dates) = dates {
                <p class="talkcard-timetable-dates">{ dates }</p>
            }
            if let Some(place) = place_text(facts) {
                <p class="talkcard-where">{ place }</p>
            }
        </header>
    };
    let Some(timetable) = props.data.timetable.as_ref() else {
        let mut order: Vec<&(String, String, CardState)> = props.talks.iter().collect();
        order.sort_by_key(|(slug, _, state)| match state {
            CardState::Ready(talk) if !talk.title.is_empty() => talk.title.to_lowercase(),
            _ => slug.to_lowercase(),
        });
        return html! {
            <section class="talkcard-program" data-state="ready">
                { intro }
                <div class="talkcard-program-grid">
                    { for order.iter().map(|(slug, _, _)| talk_cell(&talks, slug, Html::default())) }
                </div>
            </section>
        };
    };
    // The talk files read, as the program files them.
    let program_talks: Vec<ProgramTalk<'_>> = props
        .talks
        .iter()
        .filter_map(|(slug, _, state)| match state {
            CardState::Ready(talk) => Some(ProgramTalk::of(slug, talk)),
            _ => None,
        })
        .collect();
    // Slots that carry a talk's title rather than its slug are that talk's session.
    let titled = timetable.titled_talks(program_talks.iter().map(|t| (t.slug, t.title)));
    let days = timetable.days();
    let left_over = unplaced(Some(timetable), &titled, &program_talks);
    // The export knows every file (titled slots are their talks) but not the visitor: no
    // filter, no visitor's time, no now line.
    let cell = |slug: &str, note: Html| talk_cell(&talks, slug, note);
    let everything = |_: &str, _: Option<&Slot>, _: Option<&str>| true;
    let draw = Draw {
        talk: &cell,
        shown: &everything,
        filtering: false,
        titled: &titled,
        base: props.data.timetable_from.as_deref(),
        offset: None,
        now: None,
    };
    html! {
        <section class="talkcard-program talkcard-timetable" data-state="ready">
            { intro }
            { day_switcher(&days) }
            { day_sections(timetable, &days, &draw) }
            { unplaced_talks(&left_over, |slug| talk_cell(&talks, slug, Html::default())) }
        </section>
    }
}
