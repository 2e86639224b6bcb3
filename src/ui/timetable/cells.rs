//! A timetable's talk: its compact card with a star, leading to the talk's page; or, when the
//! talk file is missing (the site has not published it yet, or the slug is mistyped), a calm
//! cell that keeps the slot's place and says where the schedule names it.

use std::collections::BTreeSet;

use yew::prelude::*;

use super::{TalkLinks, Talks, title_of};
use crate::event::{EventData, EventSite};
use crate::language::{Language, words::timetable};
use crate::speaker::name_from_slug;
use crate::ui::card::talk_card::{CardOptions, CardState, TalkCard};
use crate::ui::talk_queue::Item;

/// What a timetable's talk cells are drawn from.
pub(super) struct Cells<'a> {
    /// The language of its words and of its cards.
    pub language: Language,
    pub site: &'a EventSite,
    pub data: &'a EventData,
    pub items: &'a Talks,
    /// Whether `items` is every talk file of the event (read ahead): a slug not among them has
    /// no file, rather than one still on its way.
    pub ahead: bool,
    pub stars: &'a BTreeSet<String>,
    pub toggle_star: Callback<String>,
    pub links: TalkLinks,
}

impl Cells<'_> {
    /// The cell of the talk `slug`, with `note` (room, comments, colour marker) above it.
    pub fn talk(&self, slug: &str, note: Html) -> Html {
        let url = self.site.talk_url(slug);
        let state = match self.items.get(slug) {
            Some(Item::Loaded(talk)) => CardState::Ready(talk.clone()),
            // Read ahead, the file is there but is no talk file; fetched, it may be either.
            Some(Item::Failed(message)) if self.ahead => {
                let what = timetable::not_a_readable_talk_file(self.language);
                return self.missing(slug, note, message, &what);
            }
            Some(Item::Failed(message)) => return self.missing(slug, note, message, ""),
            None if self.ahead => {
                let why = timetable::no_such_talk_file(self.language);
                return self.missing(slug, note, &why, "");
            }
            _ => CardState::Loading { url: url.clone() },
        };
        let open_url = match self.links {
            TalkLinks::App => format!("?talk={}", String::from(js_sys::encode_uri_component(&url))),
            TalkLinks::Pages => format!("{slug}/"),
        };
        let options = CardOptions {
            compact: true,
            open_url: Some(open_url.into()),
            in_timetable: true,
            language: self.language,
            ..CardOptions::default()
        };
        let starred = self.stars.contains(slug);
        let onclick = {
            let (toggle, slug) = (self.toggle_star.clone(), slug.to_owned());
            Callback::from(move |_: MouseEvent| toggle.emit(slug.clone()))
        };
        html! {
            <div class="talkcard-slot talkcard-slot--talk" data-slug={slug.to_owned()} key={slug.to_owned()}>
                { note }
                <div class="talkcard-slot-card">
                    <button type="button" class="talkcard-star" aria-pressed={starred.to_string()} {onclick}
                        aria-label={timetable::star(self.language, &title_of(self.items, slug))}>
                        { if starred { "★" } else { "☆" } }
                    </button>
                    <TalkCard {state} url={Some(AttrValue::from(url))} {options} />
                </div>
            </div>
        }
    }

    /// The slot of a talk without a (readable) file: its name from the slug, and `what` (by
    /// default, that there is no file yet and where the schedule names it); why in its tooltip.
    fn missing(&self, slug: &str, note: Html, why: &str, what: &str) -> Html {
        let timetable = self.data.timetable.as_ref();
        let line = timetable.and_then(|t| {
            t.slot_of(slug)
                .map(|s| s.line)
                .or_else(|| t.ignite_of(slug).map(|i| i.line))
        });
        let what = match (&self.data.timetable_from, line) {
            _ if !what.is_empty() => what.to_owned(),
            (Some(from), Some(line)) => {
                timetable::no_talk_file_yet_at(self.language, from, &line.to_string())
            }
            (Some(from), None) => timetable::no_talk_file_yet_in(self.language, from),
            (None, _) => timetable::no_talk_file_yet(self.language),
        };
        html! {
            <div class="talkcard-slot talkcard-slot--missing" data-slug={slug.to_owned()}
                key={slug.to_owned()} title={why.to_owned()}>
                { note }
                <span class="talkcard-slot-label">{ name_from_slug(slug) }</span>
                <span class="talkcard-slot-comments">{ what }</span>
            </div>
        }
    }
}
