//! The talk card: what a visitor sees of a talk.
//!
//! DOM contract (documented in the README; embedders and tests rely on it): the root is
//! `article.talkcard` with `data-state="loading|ready|error"`; errors are inside
//! `.talkcard-error`; the player is described in [`super::player`].

use std::rc::Rc;

use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::player::Player;
use super::sanitise::SafeNodes;
use super::speaker::{Lookup, SpeakerEntry, speaker_box, use_speakers};
use crate::event::Event;
use crate::markdown::Block;
use crate::media::Medium;
use crate::schedule::{Date, Schedule, Time};
use crate::{Diagnostic, Speaker, Talk};

/// What the card shows.
#[derive(Debug, Clone, PartialEq)]
pub enum CardState {
    /// The talk file is on its way.
    Loading {
        /// The URL being fetched, shown to the visitor.
        url: String,
    },
    /// The talk is parsed.
    Ready(Rc<Talk>),
    /// Nothing to show but why.
    Error {
        /// What failed, in a sentence.
        title: String,
        /// The details: status, file line…
        detail: String,
        /// The talk file's URL, when it came from one.
        url: Option<String>,
    },
}

impl CardState {
    fn as_str(&self) -> &'static str {
        match self {
            CardState::Loading { .. } => "loading",
            CardState::Ready(_) => "ready",
            CardState::Error { .. } => "error",
        }
    }
}

/// How a card presents itself; set by embedders through data attributes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CardOptions {
    /// `light` or `dark` pins the palette; `None` follows the visitor's system.
    pub theme: Option<AttrValue>,
    /// Header and player only, with a link to the full card (`open_url`).
    pub compact: bool,
    /// Where the full card of this talk is (the standalone app's deep link).
    pub open_url: Option<AttrValue>,
}

/// Properties of [`TalkCard`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct TalkCardProps {
    /// What to show.
    pub state: CardState,
    /// The talk file's absolute URL: names the event and locates the speaker files.
    #[prop_or_default]
    pub url: Option<AttrValue>,
    /// Offered as "Try again" on an error card.
    #[prop_or_default]
    pub on_retry: Option<Callback<()>>,
    /// Theme and layout.
    #[prop_or_default]
    pub options: CardOptions,
    /// A speaker file to show for the first speaker instead of looking one up: the editor's
    /// preview of the speaker's own file.
    #[prop_or_default]
    pub own_speaker: Option<Rc<Speaker>>,
}

/// A talk card in any of its states.
#[component]
pub fn TalkCard(props: &TalkCardProps) -> Html {
    let state = props.state.as_str();
    // A User Timing mark once the card is in the DOM: "time to card" for the benchmark, and
    // for any host page that measures its own performance.
    use_effect_with(state, |state| {
        if *state == "ready"
            && let Some(performance) = web_sys::window().and_then(|w| w.performance())
        {
            let _ = performance.mark("talkcard:ready");
        }
    });
    let body = match &props.state {
        CardState::Loading { url } => loading(url),
        CardState::Ready(talk) => html! {
            <Ready talk={talk.clone()} url={props.url.clone()} options={props.options.clone()}
                own_speaker={props.own_speaker.clone()} />
        },
        CardState::Error { title, detail, url } => html! {
            <div class="talkcard-error" role="alert">
                <h2 class="talkcard-error-title">{ title }</h2>
                <p class="talkcard-error-detail">{ detail }</p>
                if let Some(url) = url {
                    <p class="talkcard-error-url">{ "Talk file: " }<code>{ url }</code></p>
                }
                if let Some(retry) = &props.on_retry {
                    <button type="button" class="talkcard-retry"
                        onclick={retry.reform(|_: MouseEvent| ())}>{ "Try again" }</button>
                }
            </div>
        },
    };
    let kind = match &props.state {
        CardState::Ready(talk) => Some(talk.kind.as_str().to_owned()),
        _ => None,
    };
    let layout = if props.options.compact {
        "compact"
    } else {
        "full"
    };
    html! {
        <article class="talkcard" data-state={state} data-type={kind}
            data-theme={props.options.theme.clone()} data-layout={layout}
            aria-busy={(state == "loading").to_string()}>
            { body }
        </article>
    }
}

fn loading(url: &str) -> Html {
    html! {
        <div class="talkcard-skeleton">
            <div class="talkcard-skeleton-line talkcard-skeleton-line--badge"></div>
            <div class="talkcard-skeleton-line talkcard-skeleton-line--title"></div>
            <div class="talkcard-skeleton-line talkcard-skeleton-line--meta"></div>
            <div class="talkcard-skeleton-block"></div>
            <p class="talkcard-status" role="status">{ format!("Loading {url}…") }</p>
        </div>
    }
}

#[derive(Debug, Clone, PartialEq, Properties)]
struct ReadyProps {
    talk: Rc<Talk>,
    url: Option<AttrValue>,
    options: CardOptions,
    own_speaker: Option<Rc<Speaker>>,
}

/// A parsed talk: header, player, abstract, other media, speakers, notes.
#[component]
fn Ready(props: &ReadyProps) -> Html {
    let talk = &*props.talk;
    let url = props.url.as_ref();
    let compact = props.options.compact;
    // A compact card names speakers from their slugs: no speaker files to fetch.
    let mut speakers = use_speakers(
        &talk.speakers,
        url.filter(|_| !compact).map(AttrValue::as_str),
    );
    speakers.extend(
        talk.named_speakers
            .iter()
            .map(|name| SpeakerEntry::named(name)),
    );
    if let Some(own) = &props.own_speaker {
        let lookup = Lookup::Found(own.clone());
        match speakers.first_mut() {
            Some(first) => first.lookup = lookup,
            None => speakers.push(SpeakerEntry {
                slug: String::new(),
                lookup,
            }),
        }
    }
    let placeholder = talk
        .diagnostics
        .iter()
        .any(|d| d.message.starts_with("the title \""));
    let title: AttrValue = if talk.title.is_empty() {
        "Untitled talk".into()
    } else {
        talk.title.clone().into()
    };
    let title_class = classes!(
        "talkcard-title",
        (talk.title.is_empty() || placeholder).then_some("talkcard-title--placeholder")
    );
    let kind = talk.kind.as_str().to_owned();
    let event = url.and_then(|u| Event::from_url(u));
    // The abstract's HTML blocks, sanitised once per talk (not on every render: the speakers
    // arriving re-render the card) and only when the card shows them.
    let abstract_nodes = use_memo(
        (SameTalk(props.talk.clone()), compact),
        |(talk, compact)| -> Vec<SafeNodes> {
            if *compact {
                return Vec::new();
            }
            talk.0
                .body
                .iter()
                .map(|block| match block {
                    Block::Html(html) => SafeNodes::of([html]),
                    Block::Player(_) => SafeNodes::default(),
                })
                .collect()
        },
    );
    html! {
        <>
            { errors(&talk.diagnostics) }
            <header class="talkcard-header">
                <div class="talkcard-meta">
                    <span class={classes!("talkcard-badge", format!("talkcard-badge--{}", talk.kind.css_name()))}
                        data-type={kind.clone()}>
                        { talk.kind.label() }
                    </span>
                    if let Some(event) = event {
                        <span class="talkcard-event">{ event.to_string() }</span>
                    }
                    { when(&talk.schedule) }
                </div>
                <h2 class={title_class}>{ title.clone() }</h2>
                { byline(&speakers) }
            </header>
            {
                match &talk.media.primary {
                    Some(medium) => html! { <Player medium={medium.clone()} title={title.clone()} /> },
                    None => Html::default(),
                }
            }
            if compact {
                if let Some(open) = props.options.open_url.clone() {
                    <p class="talkcard-open-wrap">
                        <a class="talkcard-open" href={open}>{ "Read the abstract" }</a>
                    </p>
                }
            } else {
            <div class="talkcard-abstract">
                { for talk.body.iter().zip(abstract_nodes.iter()).map(|(block, nodes)| match block {
                    Block::Html(_) => nodes.to_html(),
                    Block::Player(medium) => html! {
                        <Player medium={medium.clone()} title={title.clone()} />
                    },
                }) }
            </div>
            { also(&talk.media.also) }
            { speaker_boxes(&speakers) }
            { notes(&talk.diagnostics) }
            }
        </>
    }
}

/// The same parsed talk (not an equal one): what the card's memos are keyed on.
struct SameTalk(Rc<Talk>);

impl PartialEq for SameTalk {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// "by Jane Doe and John Roe" under the title; the boxes below say more.
fn byline(speakers: &[SpeakerEntry]) -> Html {
    if speakers.is_empty() {
        return Html::default();
    }
    let names: Vec<String> = speakers.iter().map(SpeakerEntry::name).collect();
    let text = match names.as_slice() {
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
        [] => String::new(),
    };
    html! { <p class="talkcard-byline">{ "by " }{ text }</p> }
}

fn speaker_boxes(speakers: &[SpeakerEntry]) -> Html {
    if speakers.is_empty() {
        return Html::default();
    }
    let heading = if speakers.len() == 1 {
        "Speaker"
    } else {
        "Speakers"
    };
    html! {
        <section class="talkcard-speakers" aria-label={heading}>
            <h3 class="talkcard-section-title">{ heading }</h3>
            <ul class="talkcard-speaker-list">
                { for speakers.iter().map(speaker_box) }
            </ul>
        </section>
    }
}

/// Date and time in the visitor's locale (the event's local time, no zone conversion), only
/// when the file sets them.
fn when(schedule: &Schedule) -> Html {
    if schedule.is_empty() {
        return Html::default();
    }
    let locale = web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_else(|| "en".to_owned());
    let mut parts = Vec::new();
    if let Some(date) = schedule.date {
        parts.push(format_date(date, &locale));
    }
    let time = |t: Time| format_time(schedule.date, t, &locale);
    match (schedule.start, schedule.end) {
        (Some(start), Some(end)) => parts.push(format!("{}–{}", time(start), time(end))),
        (Some(start), None) => parts.push(time(start)),
        _ => {}
    }
    let machine = match (schedule.date, schedule.start) {
        (Some(d), Some(t)) => format!("{d}T{t}"),
        (Some(d), None) => d.to_string(),
        (None, Some(t)) => t.to_string(),
        (None, None) => String::new(),
    };
    html! { <time class="talkcard-when" datetime={machine}>{ parts.join(" · ") }</time> }
}

/// A JS `Date` at this date and time *as UTC*, so formatting with `timeZone: "UTC"` shows the
/// wall-clock values of the file whatever the visitor's own zone.
fn js_date(date: Option<Date>, time: Option<Time>) -> js_sys::Date {
    let d = date.unwrap_or(Date {
        year: 2000,
        month: 1,
        day: 1,
    });
    let t = time.unwrap_or(Time { hour: 0, minute: 0 });
    let ms = js_sys::Date::utc(f64::from(d.year), f64::from(d.month) - 1.0)
        + ((f64::from(d.day) - 1.0) * 24.0 + f64::from(t.hour)) * 3_600_000.0
        + f64::from(t.minute) * 60_000.0;
    js_sys::Date::new(&JsValue::from_f64(ms))
}

fn options(pairs: &[(&str, &str)]) -> js_sys::Object {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        let _ = js_sys::Reflect::set(&object, &(*key).into(), &(*value).into());
    }
    object
}

thread_local! {
    /// Date and time formatters by locale. Building an `Intl.DateTimeFormat` costs far more
    /// than formatting with one (`toLocaleDateString` builds one per call): a program of 200
    /// cards needs two.
    static FORMATS: std::cell::RefCell<Option<(String, js_sys::Intl::DateTimeFormat, js_sys::Intl::DateTimeFormat)>> =
        const { std::cell::RefCell::new(None) };
}

/// Formats with the locale's date (`date: true`) or time formatter.
fn format_with(locale: &str, date: bool, when: &js_sys::Date) -> String {
    FORMATS.with_borrow_mut(|formats| {
        if formats
            .as_ref()
            .is_none_or(|(cached, _, _)| cached != locale)
        {
            let locales = js_sys::Array::of1(&locale.into());
            let date_format = js_sys::Intl::DateTimeFormat::new(
                &locales,
                &options(&[
                    ("weekday", "long"),
                    ("year", "numeric"),
                    ("month", "long"),
                    ("day", "numeric"),
                    ("timeZone", "UTC"),
                ]),
            );
            let time_format = js_sys::Intl::DateTimeFormat::new(
                &locales,
                &options(&[
                    ("hour", "numeric"),
                    ("minute", "2-digit"),
                    ("timeZone", "UTC"),
                ]),
            );
            *formats = Some((locale.to_owned(), date_format, time_format));
        }
        let Some((_, date_format, time_format)) = formats.as_ref() else {
            return String::new();
        };
        let format = if date { date_format } else { time_format };
        format
            .format()
            .call1(format, when)
            .ok()
            .and_then(|text| text.as_string())
            .unwrap_or_default()
    })
}

fn format_date(date: Date, locale: &str) -> String {
    format_with(locale, true, &js_date(Some(date), None))
}

fn format_time(date: Option<Date>, time: Time, locale: &str) -> String {
    format_with(locale, false, &js_date(date, Some(time)))
}

/// Errors in the file, on top: what follows was recovered and may be incomplete.
fn errors(diagnostics: &[Diagnostic]) -> Html {
    let errors: Vec<&Diagnostic> = diagnostics.iter().filter(|d| d.is_error()).collect();
    if errors.is_empty() {
        return Html::default();
    }
    html! {
        <div class="talkcard-error" role="alert">
            <h2 class="talkcard-error-title">{ "This talk file has errors" }</h2>
            <ul class="talkcard-diagnostics">
                { for errors.iter().map(|d| diagnostic(d)) }
            </ul>
            <p class="talkcard-error-detail">
                { "The card below shows what could be read; it may be incomplete." }
            </p>
        </div>
    }
}

/// Warnings, for the speaker: collapsed at the bottom so visitors are not bothered.
fn notes(diagnostics: &[Diagnostic]) -> Html {
    let warnings: Vec<&Diagnostic> = diagnostics.iter().filter(|d| !d.is_error()).collect();
    if warnings.is_empty() {
        return Html::default();
    }
    let summary = match warnings.len() {
        1 => "1 note for the speaker".to_owned(),
        n => format!("{n} notes for the speaker"),
    };
    html! {
        <details class="talkcard-notes">
            <summary>{ summary }</summary>
            <ul class="talkcard-diagnostics">
                { for warnings.iter().map(|d| diagnostic(d)) }
            </ul>
        </details>
    }
}

fn diagnostic(d: &Diagnostic) -> Html {
    html! {
        <li class="talkcard-diagnostic" data-severity={d.severity.as_str()}
            data-line={d.line.map(|l| l.to_string())}>
            { d.to_string() }
        </li>
    }
}

fn also(media: &[Medium]) -> Html {
    if media.is_empty() {
        return Html::default();
    }
    html! {
        <nav class="talkcard-also" aria-label="More of this talk">
            <ul>
                { for media.iter().map(|medium| html! {
                    <li>
                        <a href={medium.page_url()} data-provider={medium.provider().as_str()}
                           target="_blank" rel="noopener noreferrer">{ medium.link_text() }</a>
                    </li>
                }) }
            </ul>
        </nav>
    }
}
