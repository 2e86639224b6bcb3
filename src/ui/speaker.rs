//! A speaker box: who is talking, from their speaker file when the site has one.
//!
//! Each box fetches `../speakers/<slug>.md` relative to the talk file on its own, so speaker
//! files load in parallel and never hold up the card. Until (or unless) a file is found, the
//! box shows a readable name from the slug: a speaker is never silently dropped.

use std::rc::Rc;

use yew::prelude::*;

use super::source;
use crate::markdown::Block;
use crate::speaker::{self, Speaker};

/// Properties of [`SpeakerBox`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct SpeakerBoxProps {
    /// The slug from the talk's `Speakers`.
    pub slug: AttrValue,
    /// The talk file's absolute URL; without one, speaker files cannot be located.
    #[prop_or_default]
    pub talk_url: Option<AttrValue>,
}

#[derive(Debug, Clone, PartialEq)]
enum Lookup {
    Loading,
    Found(Rc<Speaker>),
    Missing,
}

/// One speaker of a talk.
#[component]
pub fn SpeakerBox(props: &SpeakerBoxProps) -> Html {
    let file_url = props
        .talk_url
        .as_deref()
        .and_then(|talk| speaker::file_url(talk, &props.slug));
    let lookup = use_state(|| {
        if file_url.is_some() {
            Lookup::Loading
        } else {
            Lookup::Missing
        }
    });
    {
        let lookup = lookup.clone();
        use_effect_with(file_url.clone(), move |file_url| {
            if let Some(url) = file_url.clone() {
                lookup.set(Lookup::Loading);
                wasm_bindgen_futures::spawn_local(async move {
                    let found = source::fetch_bytes(&url)
                        .await
                        .ok()
                        .and_then(|bytes| Speaker::from_bytes(&bytes, Some(&url)).ok())
                        .filter(|s| !s.name.is_empty());
                    lookup.set(found.map_or(Lookup::Missing, |s| Lookup::Found(Rc::new(s))));
                });
            }
        });
    }
    let fallback_name = speaker::name_from_slug(&props.slug);
    let (name, found) = match &*lookup {
        Lookup::Found(s) => (s.name.clone(), Some(s.clone())),
        _ => (fallback_name, None),
    };
    let state = match &*lookup {
        Lookup::Loading => "loading",
        Lookup::Found(_) => "found",
        Lookup::Missing => "missing",
    };
    html! {
        <li class="talkcard-speaker-box" data-slug={props.slug.clone()} data-speaker-state={state}>
            <Avatar name={name.clone()} image={found.as_ref().and_then(|s| s.image.clone())} />
            <div class="talkcard-speaker-about">
                <h3 class="talkcard-speaker-name">{ &name }</h3>
                if let Some(pronouns) = found.as_ref().and_then(|s| s.pronouns.clone()) {
                    <p class="talkcard-speaker-pronouns">{ pronouns }</p>
                }
                if let Some(s) = &found {
                    { links(s, &name) }
                    <Bio blocks={s.bio.clone()} name={name.clone()} />
                }
            </div>
        </li>
    }
}

fn links(speaker: &Speaker, name: &str) -> Html {
    if speaker.links.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="talkcard-speaker-links">
            { for speaker.links.iter().map(|link| html! {
                <li>
                    <a href={link.url.clone()} data-kind={link.kind.as_str()}
                        target="_blank" rel="noopener noreferrer me"
                        aria-label={format!("{name} on {}: {}", link.kind.label(), link.text)}>
                        <span class="talkcard-link-kind">{ link.kind.label() }</span>
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
struct AvatarProps {
    name: String,
    image: Option<String>,
}

/// The speaker's photo, or their initials on a colour of their own when there is none or it
/// fails to load.
#[component]
fn Avatar(props: &AvatarProps) -> Html {
    let failed = use_state(|| false);
    {
        let failed = failed.clone();
        use_effect_with(props.image.clone(), move |_| failed.set(false));
    }
    match (&props.image, *failed) {
        (Some(src), false) => {
            let onerror = {
                let failed = failed.clone();
                Callback::from(move |_: Event| failed.set(true))
            };
            html! {
                <img class="talkcard-avatar" src={src.clone()} alt={props.name.clone()}
                    loading="lazy" referrerpolicy="no-referrer" width="96" height="96" {onerror} />
            }
        }
        _ => {
            // One of twelve colours, the same for a name everywhere (no inline style: CSP).
            let hue = props
                .name
                .bytes()
                .fold(7u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(b)))
                % 12;
            html! {
                <span class={classes!("talkcard-avatar", "talkcard-avatar--initials", format!("talkcard-hue-{hue}"))}
                    role="img" aria-label={props.name.clone()}>
                    <span aria-hidden="true">{ speaker::initials(&props.name) }</span>
                </span>
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Properties)]
struct BioProps {
    blocks: Vec<Block>,
    name: String,
}

/// Bios longer than a short paragraph are collapsed behind "Show more".
const LONG_BIO_CHARS: usize = 320;

#[component]
fn Bio(props: &BioProps) -> Html {
    let expanded = use_state(|| false);
    let html: String = props.blocks.iter().map(Block::to_html).collect();
    if html.trim().is_empty() {
        return Html::default();
    }
    let long = visible_chars(&html) > LONG_BIO_CHARS;
    let toggle = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    let collapsed = long && !*expanded;
    html! {
        <div class="talkcard-bio-wrap">
            <div class={classes!("talkcard-bio", collapsed.then_some("talkcard-bio--collapsed"))}>
                // Sanitised by the core (ammonia).
                { Html::from_html_unchecked(html.into()) }
            </div>
            if long {
                <button type="button" class="talkcard-more" onclick={toggle}
                    aria-expanded={expanded.to_string()}>
                    { if *expanded { "Show less".to_owned() } else { format!("More about {}", props.name) } }
                </button>
            }
        </div>
    }
}

/// Characters of text in `html` (outside tags).
fn visible_chars(html: &str) -> usize {
    let mut in_tag = false;
    html.chars()
        .filter(|&c| {
            match c {
                '<' => in_tag = true,
                '>' => {
                    in_tag = false;
                    return false;
                }
                _ => {}
            }
            !in_tag
        })
        .count()
}
