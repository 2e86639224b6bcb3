//! `events/index.html`: the exported events, newest first, each with its dates, city and
//! number of talks, linking to its program.

use yew::prelude::*;

use super::ExportError;
use super::event::Listing;
use super::head::{self, Head};
use super::output::Output;
use super::render::Renderer;
use super::sitemap::Sitemap;
use crate::language::Language;
use crate::ui::card::when::day_text;

#[derive(Debug, Clone, PartialEq, Properties)]
struct EventsProps {
    events: Vec<Listing>,
}

#[component]
fn Events(props: &EventsProps) -> Html {
    html! {
        <section class="talkcard-events">
            <h1 class="talkcard-timetable-title">{ "Events" }</h1>
            <ul class="talkcard-events-list">
                { for props.events.iter().map(|event| {
                    let facts = event.facts.as_ref();
                    let dates = facts.and_then(|f| f.start).map(|start| {
                        match facts.and_then(|f| f.end).filter(|end| end.date != start.date) {
                            // The index lists events of every language: it speaks English.
                            Some(end) => format!(
                                "{} – {}",
                                day_text(Language::English, start.date),
                                day_text(Language::English, end.date)
                            ),
                            None => day_text(Language::English, start.date),
                        }
                    });
                    let talks = match event.talks {
                        1 => "1 talk".to_owned(),
                        n => format!("{n} talks"),
                    };
                    html! {
                        <li class="talkcard-events-item" data-event={event.name.clone()}>
                            <a class="talkcard-events-name" href={format!("{}/program/", event.name)}>{ &event.title }</a>
                            <span class="talkcard-events-facts">
                                { [dates, facts.and_then(|f| f.city.clone()), Some(talks)]
                                    .into_iter().flatten().collect::<Vec<_>>().join(" · ") }
                            </span>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

/// Writes the events index.
pub fn write(
    events: &[Listing],
    out: &Output,
    renderer: &Renderer,
    base_url: Option<&str>,
    sitemap: &mut Sitemap,
) -> Result<(), ExportError> {
    let mut events = events.to_vec();
    // Newest first: by first day where known, else by name (which starts with the year).
    events.sort_by(|a, b| {
        let day = |l: &Listing| l.facts.as_ref().and_then(|f| f.start).map(|m| m.date);
        (day(b), &b.name).cmp(&(day(a), &a.name))
    });
    let html = renderer.render::<Events>(EventsProps {
        events: events.clone(),
    });
    let bar = head::bar(Language::English, "../", &[]);
    let body = format!("{bar}\n<main class=\"talkcard-app\">{html}</main>");
    let head = Head {
        title: "Events".to_owned(),
        description: Some(format!(
            "{} events and their programs: every talk with its recording, slides and speakers.",
            events.len()
        )),
        canonical: base_url.map(|base| format!("{base}events/")),
        kind: "website",
        ..Head::default()
    };
    out.write(
        "events/index.html",
        head::page(&head, "../", &body).as_bytes(),
    )?;
    sitemap.add("events/");
    Ok(())
}
