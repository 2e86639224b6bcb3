//! A speaker box: who is talking, from their speaker file when the site has one.
//!
//! [`use_speakers`] fetches every `../speakers/<slug>.md` relative to the talk file in
//! parallel; speaker files never hold up the card. Until (or unless) a file is found, a speaker
//! shows as a readable name from the slug: a speaker is never silently dropped.

use std::rc::Rc;

use yew::prelude::*;

use crate::language::{Language, words};

use super::sanitise::SafeNodes;
use super::source;
use crate::markdown::Block;
use crate::speaker::{self, Speaker};

/// What is known of one speaker of the talk.
#[derive(Debug, Clone, PartialEq)]
pub enum Lookup {
    /// Their speaker file is on its way.
    Loading,
    /// Their speaker file, read.
    Found(Rc<Speaker>),
    /// No speaker file (none at that URL, not readable, or the talk has no URL).
    Missing,
    /// Known only by this name (an old-format talk file names its speaker in `title`):
    /// nothing to look up.
    Named(String),
}

impl Lookup {
    fn as_str(&self) -> &'static str {
        match self {
            Lookup::Loading => "loading",
            Lookup::Found(_) => "found",
            Lookup::Missing => "missing",
            Lookup::Named(_) => "named",
        }
    }
}

/// A speaker of the talk: their slug and what is known of them.
#[derive(Debug, Clone, PartialEq)]
pub struct SpeakerEntry {
    /// The slug from the talk's `Speakers`; empty for a speaker known only by name.
    pub slug: String,
    /// Their speaker file, once looked up.
    pub lookup: Lookup,
}

impl SpeakerEntry {
    /// The name to show: the speaker file's, else a readable name from the slug.
    pub fn name(&self) -> String {
        match &self.lookup {
            Lookup::Found(speaker) => speaker.name.clone(),
            Lookup::Named(name) => name.clone(),
            _ => speaker::name_from_slug(&self.slug),
        }
    }

    /// A speaker known only by name (see [`Lookup::Named`]).
    pub fn named(name: &str) -> SpeakerEntry {
        SpeakerEntry {
            slug: String::new(),
            lookup: Lookup::Named(name.to_owned()),
        }
    }

    /// Identifies the entry among the talk's speakers, whatever its lookup.
    pub fn key(&self) -> String {
        match &self.lookup {
            Lookup::Named(name) => format!("named:{name}"),
            _ => self.slug.clone(),
        }
    }
}

enum SpeakersChange {
    /// The talk (or its speakers) changed: start over with these.
    Reset(Vec<SpeakerEntry>),
    /// One speaker's lookup finished.
    Looked(usize, Lookup),
}

#[derive(Debug, Clone, PartialEq)]
struct Entries(Vec<SpeakerEntry>);

impl Reducible for Entries {
    type Action = SpeakersChange;

    fn reduce(self: Rc<Self>, change: SpeakersChange) -> Rc<Self> {
        match change {
            SpeakersChange::Reset(entries) => Rc::new(Entries(entries)),
            SpeakersChange::Looked(at, lookup) => {
                let mut entries = self.0.clone();
                if let Some(entry) = entries.get_mut(at) {
                    entry.lookup = lookup;
                }
                Rc::new(Entries(entries))
            }
        }
    }
}

thread_local! {
    /// Speaker files read before the card renders, by URL (`None`: no usable file there): an
    /// exported page carries its speakers, and the card starts with them as its pre-rendered
    /// HTML does.
    static KNOWN: std::cell::RefCell<std::collections::HashMap<String, Option<Rc<Speaker>>>> =
        Default::default();
}

/// Keeps `speaker` as what the file at `url` holds (`None`: none, or no name), as if
/// fetched: cards then show it from their first render and do not fetch it.
pub fn remember(url: &str, speaker: Option<Speaker>) {
    let speaker = speaker.filter(|s| !s.name.is_empty()).map(Rc::new);
    KNOWN.with_borrow_mut(|known| known.insert(url.to_owned(), speaker));
}

/// Drops every speaker file kept by [`remember`]: the export keeps one event's at a time.
pub fn forget() {
    KNOWN.with_borrow_mut(std::collections::HashMap::clear);
}

pub(crate) fn known(url: &str) -> Option<Lookup> {
    KNOWN.with_borrow(|known| {
        known
            .get(url)
            .map(|speaker| speaker.clone().map_or(Lookup::Missing, Lookup::Found))
    })
}

/// Looks up every speaker's file (`../speakers/<slug>.md` beside the talk) in parallel. The
/// card renders at once with names from the slugs and fills in each speaker as their file
/// arrives: speaker files never hold up the card. Files already known ([`remember`]) are
/// there from the start.
#[hook]
pub fn use_speakers(slugs: &[String], talk_url: Option<&str>) -> Vec<SpeakerEntry> {
    let urls: Vec<Option<String>> = slugs
        .iter()
        .map(|slug| talk_url.and_then(|talk| speaker::file_url(talk, slug)))
        .collect();
    let fresh = |slugs: &[String], urls: &[Option<String>]| -> Vec<SpeakerEntry> {
        slugs
            .iter()
            .zip(urls)
            .map(|(slug, url)| SpeakerEntry {
                slug: slug.clone(),
                lookup: match url {
                    Some(url) => known(url).unwrap_or(Lookup::Loading),
                    None => Lookup::Missing,
                },
            })
            .collect()
    };
    let entries = use_reducer(|| Entries(fresh(slugs, &urls)));
    {
        let entries = entries.clone();
        // Keyed on the slugs too: a card whose talk changes in place (the editor's preview)
        // starts over, and the previous talk's late answers are dropped.
        use_effect_with((slugs.to_vec(), urls), move |(slugs, urls)| {
            let current = Rc::new(std::cell::Cell::new(true));
            let start = fresh(slugs, urls);
            if entries.0 != start {
                entries.dispatch(SpeakersChange::Reset(start));
            }
            for (at, url) in urls.iter().enumerate() {
                let Some(url) = url.clone() else { continue };
                if known(&url).is_some() {
                    continue;
                }
                let (entries, current) = (entries.clone(), current.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let found = source::fetch_bytes(&url)
                        .await
                        .ok()
                        .and_then(|bytes| Speaker::from_bytes(&bytes, Some(&url)).ok())
                        .filter(|s| !s.name.is_empty());
                    if current.get() {
                        entries.dispatch(SpeakersChange::Looked(
                            at,
                            found.map_or(Lookup::Missing, |s| Lookup::Found(Rc::new(s))),
                        ));
                    }
                });
            }
            move || current.set(false)
        });
    }
    entries.0.clone()
}

/// One speaker of a talk: photo or initials, name, pronouns, links, bio.
///
/// A function rather than a component, like the initials avatar: a Yew component costs a
/// scope and a scheduled render of its own, and a speaker box without a speaker file has
/// nothing to remember. Only the photo (which may fail to load) and a long bio (which opens)
/// keep state, as components.
pub fn speaker_box(language: Language, entry: &SpeakerEntry) -> Html {
    let name = entry.name();
    let found = match &entry.lookup {
        Lookup::Found(speaker) => Some(speaker.clone()),
        _ => None,
    };
    let avatar = match found.as_ref().and_then(|s| s.image.clone()) {
        Some(src) => html! { <Photo name={name.clone()} {src} /> },
        None => initials_avatar(&name),
    };
    html! {
        <li key={entry.key()} class="talkcard-speaker-box"
            data-slug={(!entry.slug.is_empty()).then(|| entry.slug.clone())}
            data-speaker-state={entry.lookup.as_str()}>
            { avatar }
            <div class="talkcard-speaker-about">
                <h3 class="talkcard-speaker-name" dir="auto">{ &name }</h3>
                if let Some(pronouns) = found.as_ref().and_then(|s| s.pronouns.clone()) {
                    <p class="talkcard-speaker-pronouns">{ pronouns }</p>
                }
                if let Some(s) = &found {
                    { links(language, s, &name) }
                    <Bio blocks={s.bio.clone()} name={name.clone()} {language} />
                }
            </div>
        </li>
    }
}

/// The name of the site a speaker's link goes to: a service's own, or "Website" in `language`.
fn site(language: Language, kind: speaker::LinkKind) -> String {
    match kind {
        speaker::LinkKind::Website => words::card::website(language),
        other => other.label().to_owned(),
    }
}

fn links(language: Language, speaker: &Speaker, name: &str) -> Html {
    if speaker.links.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="talkcard-speaker-links">
            { for speaker.links.iter().map(|link| html! {
                <li>
                    <a href={link.url.clone()} data-kind={link.kind.as_str()}
                        target="_blank" rel="noopener noreferrer me"
                        aria-label={words::card::speaker_on(language, &link.text, name, &site(language, link.kind))}>
                        <span class="talkcard-link-kind">{ site(language, link.kind) }</span>
                        if link.text != link.kind.label() {
                            { " " }<span class="talkcard-link-text">{ &link.text }</span>
                        }
                    </a>
                </li>
            }) }
        </ul>
    }
}

#[derive(Debug, Clone, PartialEq, Properties)]
struct PhotoProps {
    name: String,
    src: String,
}

/// The speaker's photo; their initials instead if it fails to load.
#[component]
fn Photo(props: &PhotoProps) -> Html {
    // The photo URL that failed to load, if any: a new URL (the editor's speaker file) is tried
    // afresh.
    let failed = use_state_eq(|| None::<String>);
    if failed.as_ref() == Some(&props.src) {
        return initials_avatar(&props.name);
    }
    let onerror = {
        let (failed, src) = (failed.clone(), props.src.clone());
        Callback::from(move |_: Event| failed.set(Some(src.clone())))
    };
    html! {
        <img class="talkcard-avatar" src={props.src.clone()} alt={props.name.clone()}
            loading="lazy" referrerpolicy="no-referrer" width="96" height="96" {onerror} />
    }
}

/// The speaker's initials on one of twelve colours, the same for a name everywhere (a class,
/// not an inline style: CSP).
fn initials_avatar(name: &str) -> Html {
    let hue = name
        .bytes()
        .fold(7u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(b)))
        % 12;
    html! {
        <span class={classes!("talkcard-avatar", "talkcard-avatar--initials", format!("talkcard-hue-{hue}"))}
            role="img" aria-label={name.to_owned()}>
            <span aria-hidden="true">{ speaker::initials(name) }</span>
        </span>
    }
}

#[derive(Debug, Clone, PartialEq, Properties)]
struct BioProps {
    blocks: Vec<Block>,
    name: String,
    language: Language,
}

/// Bios longer than a short paragraph are collapsed behind "Show more".
const LONG_BIO_CHARS: usize = 320;

#[component]
fn Bio(props: &BioProps) -> Html {
    let expanded = use_state(|| false);
    // A bio has no players: its blocks are HTML, sanitised once per bio.
    let nodes = use_memo(props.blocks.clone(), |blocks| {
        SafeNodes::of(blocks.iter().filter_map(|block| match block {
            Block::Html(html) => Some(html),
            Block::Player(_) => None,
        }))
    });
    if nodes.is_empty() {
        return Html::default();
    }
    let long = nodes.text_len() > LONG_BIO_CHARS;
    let toggle = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    let collapsed = long && !*expanded;
    html! {
        <div class="talkcard-bio-wrap">
            <div class={classes!("talkcard-bio", collapsed.then_some("talkcard-bio--collapsed"))}>
                { nodes.to_html() }
            </div>
            if long {
                <button type="button" class="talkcard-more" onclick={toggle}
                    aria-expanded={expanded.to_string()}>
                    { if *expanded { words::card::show_less(props.language) } else { words::card::more_about(props.language, &props.name) } }
                </button>
            }
        </div>
    }
}
