//! The talk card: what a visitor sees of a talk.
//!
//! DOM contract (documented in the README; embedders and tests rely on it): the root is
//! `article.talkcard` with `data-state="loading|ready|error"`; errors are inside
//! `.talkcard-error`; the player is described in [`super::player`].

use std::rc::Rc;

use yew::prelude::*;

use super::calendar::AddToCalendar;
use super::event_data::use_event_data;
use super::player::Player;
use super::sanitise::SafeNodes;
use super::speaker::{Lookup, SpeakerEntry, speaker_box, use_speakers};
use super::structured_data;
use super::when::{place, place_text, when};
use crate::calendar::{self, Entry};
use crate::event::{DataWarning, Event, EventFacts, TalkName, TalkTime};
use crate::language::{Language, words};
use crate::markdown::Block;
use crate::media::Medium;
use crate::structured_data::TalkEvent;
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
        /// What failed: the card's title, in its language.
        failure: Failure,
        /// The details: status, file line…
        detail: String,
        /// The talk file's URL, when it came from one.
        url: Option<String>,
    },
}

/// What failed, for an error card: its title says it in the card's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// Bytes that are not a talk file (not text, or nothing of one could be read).
    NotATalkFile,
    /// The talk file could not be fetched.
    NotLoaded,
    /// The exported page a mount point names could not give its card.
    PageNotShown,
}

impl Failure {
    /// "This is not a talk file", "Could not load this talk"…
    pub fn title(self, language: Language) -> String {
        match self {
            Failure::NotATalkFile => words::card::not_a_talk_file(language),
            Failure::NotLoaded => words::card::not_loaded(language),
            Failure::PageNotShown => words::card::page_not_shown(language),
        }
    }
}

impl CardState {
    /// The card for a talk file read from `url` (`None` for the built-in demo). A file with
    /// errors still gets a card when anything could be recovered; only bytes that are not a
    /// talk file at all get an error card, which says why in `language`.
    pub fn of_file(bytes: &[u8], url: Option<String>, language: Language) -> CardState {
        match Talk::from_bytes(bytes, url.as_deref()) {
            Ok(talk) => CardState::Ready(Rc::new(talk)),
            Err(err) => CardState::Error {
                failure: Failure::NotATalkFile,
                detail: err.to_diagnostic().located(language),
                url,
            },
        }
    }

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
    /// Describe the talk to search engines in the page's head (schema.org JSON-LD): the
    /// standalone talk page only, never a host's page.
    pub structured_data: bool,
    /// Leave out the day, time, venue and calendar button: a timetable's row says them.
    pub in_timetable: bool,
    /// The address of the page the card is on, for search engines and calendar entries. In
    /// the browser the address bar says it; a page rendered ahead (the export) names its
    /// canonical address here.
    pub page_url: Option<AttrValue>,
    /// The card is (or takes over) a page rendered ahead, which must work without script: the
    /// play control links to the recording's privacy-mode address, and the calendar button to
    /// this `.ics` file beside the page.
    pub prerendered: Option<Prerendered>,
    /// The language of the card's own words and dates (never of the talk's): chosen from the
    /// page (`ui::card::language`) in the browser, from the export's event natively.
    pub language: Language,
    /// The language the talk's title and abstract are written in (a BCP 47 tag), when it is
    /// known and not the card's: they carry it as `lang`, so that a screen reader reads them in
    /// their own voice. The export detects it; a live card keeps what it took over.
    pub written_in: Option<AttrValue>,
}

/// What a page rendered ahead links to, so that it works before (or without) its script.
#[derive(Debug, Clone, PartialEq)]
pub struct Prerendered {
    /// The talk's calendar file, relative to the page (`garima-sharma.ics`), when it has a
    /// day to be in a calendar.
    pub calendar: Option<AttrValue>,
}

impl CardOptions {
    /// The address of the page the card is on, when known.
    fn page_location(&self) -> Option<String> {
        if let Some(url) = &self.page_url {
            return Some(url.to_string());
        }
        #[cfg(target_arch = "wasm32")]
        return web_sys::window().and_then(|w| w.location().href().ok());
        #[cfg(not(target_arch = "wasm32"))]
        None
    }
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
        CardState::Loading { url } => loading(props.options.language, url),
        CardState::Ready(talk) => html! {
            <Ready talk={talk.clone()} url={props.url.clone()} options={props.options.clone()}
                own_speaker={props.own_speaker.clone()} />
        },
        CardState::Error {
            failure,
            detail,
            url,
        } => {
            let language = props.options.language;
            html! {
                <div class="talkcard-error" role="alert">
                    <h2 class="talkcard-error-title">{ failure.title(language) }</h2>
                    <p class="talkcard-error-detail">{ detail }</p>
                    if let Some(url) = url {
                        <p class="talkcard-error-url">{ words::card::talk_file(language) }{ " " }<code>{ url }</code></p>
                    }
                    if let Some(retry) = &props.on_retry {
                        <button type="button" class="talkcard-retry"
                            onclick={retry.reform(|_: MouseEvent| ())}>{ words::card::try_again(language) }</button>
                    }
                </div>
            }
        }
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
        <article class="talkcard" lang={props.options.language.tag()} data-state={state} data-type={kind}
            data-theme={props.options.theme.clone()} data-layout={layout}
            aria-busy={(state == "loading").to_string()}>
            { body }
        </article>
    }
}

fn loading(language: Language, url: &str) -> Html {
    html! {
        <div class="talkcard-skeleton">
            <div class="talkcard-skeleton-line talkcard-skeleton-line--badge"></div>
            <div class="talkcard-skeleton-line talkcard-skeleton-line--title"></div>
            <div class="talkcard-skeleton-line talkcard-skeleton-line--meta"></div>
            <div class="talkcard-skeleton-block"></div>
            <p class="talkcard-status" role="status">{ words::card::loading(language, url) }</p>
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
    let language = props.options.language;
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
    let placeholder = crate::talk::is_placeholder_title(&talk.title);
    let title: AttrValue = if talk.title.is_empty() {
        words::card::untitled(language).into()
    } else {
        talk.title.clone().into()
    };
    let title_class = classes!(
        "talkcard-title",
        (talk.title.is_empty() || placeholder).then_some("talkcard-title--placeholder")
    );
    let kind = talk.kind.as_str().to_owned();
    // The event's data files, after the card is shown (cached per event for the page).
    let event_data = use_event_data(url.map(AttrValue::as_str));
    let (data, slug) = match &event_data {
        Some((data, slug)) => (Some(&**data), slug.as_str()),
        None => (None, ""),
    };
    let facts = data.and_then(|d| d.facts.as_ref());
    let mut schedule_notes = Vec::new();
    let name = TalkName {
        slug,
        title: &talk.title,
    };
    let time = TalkTime::resolve(&talk.schedule, data, name, &mut schedule_notes);
    let event = url.and_then(|u| Event::from_url(u)).map(|mut event| {
        if let Some(city) = facts.and_then(|f| f.city.clone()) {
            event.city = city;
        }
        event
    });
    // The abstract's HTML blocks, sanitised once per talk (not on every render: the speakers
    // arriving re-render the card) and only when the card shows them; and the language its
    // title and abstract are written in, as they tell it.
    let read = use_memo(
        (SameTalk(props.talk.clone()), compact),
        |(talk, compact)| -> (Vec<SafeNodes>, Option<Language>) {
            if *compact {
                return (Vec::new(), None);
            }
            let nodes: Vec<SafeNodes> = talk
                .0
                .body
                .iter()
                .map(|block| match block {
                    Block::Html(html) => SafeNodes::of([html]),
                    Block::Player(_) => SafeNodes::default(),
                })
                .collect();
            let text: Vec<String> = nodes.iter().map(SafeNodes::text).collect();
            let told = crate::language::detect::written_in(&format!(
                "{}.\n{}",
                talk.0.title,
                text.join("\n")
            ));
            (nodes, told)
        },
    );
    let abstract_nodes = &read.0;
    // The language the talk is written in, when it is not the card's: what an export found
    // (kept when the live card takes its page over), else what its title and abstract tell.
    let written_in = match &props.options.prerendered {
        Some(_) => props.options.written_in.clone(),
        None => read
            .1
            .filter(|own| own.tag().split('-').next() != language.tag().split('-').next())
            .map(|own| AttrValue::from(own.tag().split('-').next().unwrap_or_default().to_owned())),
    };
    // The calendar entry is made when the button is pressed, not on every render.
    let calendar_entries = time.schedule.date.is_some().then(|| {
        let (time, url, page_url, title, speakers, nodes) = (
            time.clone(),
            url.cloned(),
            props.options.page_location(),
            talk.title.clone(),
            speakers.clone(),
            read.clone(),
        );
        let location = place_text(facts).or_else(|| event.as_ref().map(|e| e.city.clone()));
        Callback::from(move |()| {
            calendar_entry(
                &time,
                url.as_deref(),
                page_url.clone(),
                &title,
                &speakers,
                &nodes.0,
                location.clone(),
            )
            .into_iter()
            .collect()
        })
    });
    let json_ld = props.options.structured_data.then(|| {
        talk_event(
            talk,
            &title,
            &time,
            facts,
            event.as_ref(),
            &speakers,
            abstract_nodes,
            props.options.page_location(),
        )
        .to_json_ld()
    });
    use_effect_with(json_ld, |json_ld| {
        if let Some(json_ld) = json_ld {
            structured_data::set(json_ld);
        }
    });
    let linked = props.options.prerendered.is_some();
    let file_stem = url
        .and_then(|u| u.rsplit('/').next())
        .map(|file| file.trim_end_matches(".md").to_owned())
        .filter(|stem| !stem.is_empty())
        .unwrap_or_else(|| "talk".to_owned());
    html! {
        <>
            { errors(language, &talk.diagnostics) }
            <header class="talkcard-header">
                <div class="talkcard-meta">
                    <span class={classes!("talkcard-badge", format!("talkcard-badge--{}", talk.kind.css_name()))}
                        data-type={kind.clone()}>
                        { words::card::kind(language, talk.kind.as_str(), &talk.kind.label()) }
                    </span>
                    if let Some(event) = event {
                        <span class="talkcard-event">{ event.to_string() }</span>
                    }
                    if !props.options.in_timetable {
                        { when(language, &time, facts, props.options.prerendered.is_some()) }
                        { place(facts) }
                        if let Some(entries) = calendar_entries {
                            <AddToCalendar {entries} name={file_stem} title={Some(title.clone())} {language}
                                href={props.options.prerendered.as_ref().and_then(|p| p.calendar.clone())} />
                        }
                    }
                </div>
                <h2 class={title_class} dir="auto"
                    lang={(!talk.title.is_empty()).then(|| written_in.clone()).flatten()}>{ title.clone() }</h2>
                { byline(language, &speakers) }
            </header>
            {
                match &talk.media.primary {
                    Some(medium) => html! { <Player medium={medium.clone()} title={title.clone()} {linked} {language} /> },
                    None => Html::default(),
                }
            }
            if compact {
                if let Some(open) = props.options.open_url.clone() {
                    <p class="talkcard-open-wrap">
                        <a class="talkcard-open" href={open}>{ words::card::read_abstract(language) }</a>
                    </p>
                }
            } else {
            <div class="talkcard-abstract" dir="auto" lang={written_in.clone()}>
                { for talk.body.iter().zip(abstract_nodes.iter()).map(|(block, nodes)| match block {
                    Block::Html(_) => nodes.to_html(),
                    Block::Player(medium) => html! {
                        <Player medium={medium.clone()} title={title.clone()} {linked} {language} />
                    },
                }) }
            </div>
            { also(language, &talk.media.also) }
            { speaker_boxes(language, &speakers) }
            { notes(language, &[talk.diagnostics.as_slice(), &schedule_notes].concat()) }
            { data_notes(language, data.iter().flat_map(|d| &d.warnings).filter(|w| w.diagnostic.is_error()).chain(&time.notes)) }
            }
        </>
    }
}

/// The talk as schema.org describes an event, for search engines: the standalone page's
/// JSON-LD, and the head of a page the export writes.
#[allow(clippy::too_many_arguments)]
pub(crate) fn talk_event(
    talk: &Talk,
    title: &str,
    time: &TalkTime,
    facts: Option<&EventFacts>,
    event: Option<&Event>,
    speakers: &[SpeakerEntry],
    abstract_nodes: &[SafeNodes],
    page_url: Option<String>,
) -> TalkEvent {
    TalkEvent {
        name: title.to_owned(),
        description: description(speakers, abstract_nodes),
        start: time.iso_start(),
        end: time.iso_end(),
        place: facts
            .and_then(|f| f.venue.clone())
            .or_else(|| event.map(|e| e.city.clone())),
        address: facts.and_then(|f| f.address.clone()),
        performers: speakers.iter().map(SpeakerEntry::name).collect(),
        url: page_url,
        video: talk
            .media
            .primary
            .as_ref()
            .filter(|m| m.is_video())
            .and_then(|m| Some((m.embed_url()?, m.page_url()))),
        cancelled: facts.is_some_and(|f| f.cancelled),
        conference: event.map(ToString::to_string),
    }
}

/// The talk as a calendar entry, when its day is known: in UTC when the event's offset is,
/// floating when only the wall clock is, all day without a time.
pub(crate) fn calendar_entry(
    time: &TalkTime,
    url: Option<&str>,
    page_url: Option<String>,
    title: &str,
    speakers: &[SpeakerEntry],
    abstract_nodes: &[SafeNodes],
    location: Option<String>,
) -> Option<Entry> {
    let (start, end) = time.calendar_times()?;
    Some(Entry {
        talk_url: url.map_or_else(|| format!("talkcard:{title}"), str::to_owned),
        page_url,
        summary: if title.is_empty() {
            "Talk".to_owned()
        } else {
            title.to_owned()
        },
        start,
        end,
        location: crate::event::place::location(time.place.as_deref(), location),
        description: description(speakers, abstract_nodes),
    })
}

/// The talk in plain text for a calendar entry or search engines: its speakers and an excerpt
/// of the abstract.
fn description(speakers: &[SpeakerEntry], abstract_nodes: &[SafeNodes]) -> Option<String> {
    let names: Vec<String> = speakers.iter().map(SpeakerEntry::name).collect();
    let text = abstract_nodes
        .iter()
        .map(SafeNodes::text)
        .collect::<Vec<_>>()
        .join(" ");
    let description = [
        (!names.is_empty()).then(|| format!("by {}", names.join(", "))),
        Some(calendar::excerpt(&text, 400)).filter(|e| !e.is_empty()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join("\n\n");
    (!description.is_empty()).then_some(description)
}

/// The same parsed talk (not an equal one): what the card's memos are keyed on.
struct SameTalk(Rc<Talk>);

impl PartialEq for SameTalk {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// "by Jane Doe and John Roe" under the title; the boxes below say more.
fn byline(language: Language, speakers: &[SpeakerEntry]) -> Html {
    if speakers.is_empty() {
        return Html::default();
    }
    let text = names(language, speakers);
    html! { <p class="talkcard-byline">{ words::card::by_speakers(language, &text) }</p> }
}

/// The speakers' names as `language` lists them: "Ana, Bo and Cy".
pub(crate) fn names(language: Language, speakers: &[SpeakerEntry]) -> String {
    let names: Vec<String> = speakers.iter().map(SpeakerEntry::name).collect();
    match names.as_slice() {
        [one] => one.clone(),
        [init @ .., last] => words::card::list_and(language, last, &init.join(", ")),
        [] => String::new(),
    }
}

fn speaker_boxes(language: Language, speakers: &[SpeakerEntry]) -> Html {
    if speakers.is_empty() {
        return Html::default();
    }
    let heading = words::card::speakers_heading(language, speakers.len() as u64);
    html! {
        <section class="talkcard-speakers" aria-label={heading.clone()}>
            <h3 class="talkcard-section-title">{ heading }</h3>
            <ul class="talkcard-speaker-list">
                { for speakers.iter().map(|entry| speaker_box(language, entry)) }
            </ul>
        </section>
    }
}

/// Errors in the file, on top: what follows was recovered and may be incomplete.
fn errors(language: Language, diagnostics: &[Diagnostic]) -> Html {
    let errors: Vec<&Diagnostic> = diagnostics.iter().filter(|d| d.is_error()).collect();
    if errors.is_empty() {
        return Html::default();
    }
    html! {
        <div class="talkcard-error" role="alert">
            <h2 class="talkcard-error-title">{ words::card::file_has_errors(language) }</h2>
            <ul class="talkcard-diagnostics">
                { for errors.iter().map(|d| diagnostic(language, d)) }
            </ul>
            <p class="talkcard-error-detail">
                { words::card::may_be_incomplete(language) }
            </p>
        </div>
    }
}

/// Warnings, for the speaker: collapsed at the bottom so visitors are not bothered.
fn notes(language: Language, diagnostics: &[Diagnostic]) -> Html {
    let warnings: Vec<&Diagnostic> = diagnostics.iter().filter(|d| !d.is_error()).collect();
    if warnings.is_empty() {
        return Html::default();
    }
    let summary = words::card::notes_for_speaker(language, warnings.len() as u64);
    html! {
        <details class="talkcard-notes">
            <summary>{ summary }</summary>
            <ul class="talkcard-diagnostics">
                { for warnings.iter().map(|d| diagnostic(language, d)) }
            </ul>
        </details>
    }
}

/// Notes on the event's data files, for the organisers, apart from the speaker's: on a card
/// the errors only (a broken file, a merge conflict; the card does not depend on them) and how
/// the schedule gave its time when that was by the title, in a timetable all of them.
pub(crate) fn data_notes<'a>(
    language: Language,
    warnings: impl IntoIterator<Item = &'a DataWarning>,
) -> Html {
    let warnings: Vec<&DataWarning> = warnings.into_iter().collect();
    if warnings.is_empty() {
        return Html::default();
    }
    let summary = words::card::notes_on_data(language, warnings.len() as u64);
    html! {
        <details class="talkcard-notes talkcard-data-notes">
            <summary>{ summary }</summary>
            <ul class="talkcard-diagnostics">
                { for warnings.iter().map(|w| html! {
                    <li class="talkcard-diagnostic" data-severity={w.diagnostic.severity.as_str()}>{ w.located(language) }</li>
                }) }
            </ul>
        </details>
    }
}

fn diagnostic(language: Language, d: &Diagnostic) -> Html {
    html! {
        <li class="talkcard-diagnostic" data-severity={d.severity.as_str()}
            data-line={d.line.map(|l| l.to_string())}>
            { d.located(language) }
        </li>
    }
}

fn also(language: Language, media: &[Medium]) -> Html {
    if media.is_empty() {
        return Html::default();
    }
    html! {
        <nav class="talkcard-also" aria-label={words::card::more_of_talk(language)}>
            <ul>
                { for media.iter().map(|medium| html! {
                    <li>
                        <a href={medium.page_url()} data-provider={medium.provider().as_str()}
                           target="_blank" rel="noopener noreferrer">{ words::card::medium_link(language, medium.provider().label(), medium.link_kind()) }</a>
                    </li>
                }) }
            </ul>
        </nav>
    }
}
