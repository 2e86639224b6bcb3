//! The talk card: what a visitor sees of a talk.
//!
//! DOM contract (documented in the README; embedders and tests rely on it): the root is
//! `article.talkcard` with `data-state="loading|ready|error"`; errors are inside
//! `.talkcard-error`; the player is described in [`super::player`].

use std::rc::Rc;

use yew::prelude::*;

use super::player::Player;
use crate::markdown::Block;
use crate::media::Medium;
use crate::speaker::name_from_slug;
use crate::{Diagnostic, Talk};

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

/// Properties of [`TalkCard`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct TalkCardProps {
    /// What to show.
    pub state: CardState,
}

/// A talk card in any of its states.
#[component]
pub fn TalkCard(props: &TalkCardProps) -> Html {
    let state = props.state.as_str();
    let body = match &props.state {
        CardState::Loading { url } => loading(url),
        CardState::Ready(talk) => ready(talk),
        CardState::Error { title, detail, url } => html! {
            <div class="talkcard-error" role="alert">
                <h2 class="talkcard-error-title">{ title }</h2>
                <p class="talkcard-error-detail">{ detail }</p>
                if let Some(url) = url {
                    <p class="talkcard-error-url">{ "Talk file: " }<code>{ url }</code></p>
                }
            </div>
        },
    };
    html! {
        <article class="talkcard" data-state={state} aria-busy={(state == "loading").to_string()}>
            { body }
        </article>
    }
}

fn loading(url: &str) -> Html {
    html! {
        <div class="talkcard-skeleton">
            <div class="talkcard-skeleton-line talkcard-skeleton-line--badge"></div>
            <div class="talkcard-skeleton-line talkcard-skeleton-line--title"></div>
            <div class="talkcard-skeleton-block"></div>
            <p class="talkcard-status" role="status">{ format!("Loading {url}…") }</p>
        </div>
    }
}

fn ready(talk: &Talk) -> Html {
    let title: AttrValue = if talk.title.is_empty() {
        "Untitled talk".into()
    } else {
        talk.title.clone().into()
    };
    let title_class = classes!(
        "talkcard-title",
        talk.title.is_empty().then_some("talkcard-title--missing")
    );
    let kind = talk.kind.as_str().to_owned();
    html! {
        <>
            { errors(&talk.diagnostics) }
            <header class="talkcard-header">
                <span class={classes!("talkcard-badge", format!("talkcard-badge--{kind}"))} data-type={kind.clone()}>
                    { talk.kind.label() }
                </span>
                <h2 class={title_class}>{ title.clone() }</h2>
                { when(talk) }
                { speakers(&talk.speakers) }
            </header>
            {
                match &talk.media.primary {
                    Some(medium) => html! { <Player medium={medium.clone()} title={title.clone()} /> },
                    None => Html::default(),
                }
            }
            <div class="talkcard-abstract">
                { for talk.body.iter().map(|block| match block {
                    // Sanitised by the core (ammonia): safe to insert as HTML.
                    Block::Html(html) => Html::from_html_unchecked(html.clone().into()),
                    Block::Player(medium) => html! {
                        <Player medium={medium.clone()} title={title.clone()} />
                    },
                }) }
            </div>
            { also(&talk.media.also) }
            { notes(&talk.diagnostics) }
        </>
    }
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

/// Date and time, only when the file sets them.
fn when(talk: &Talk) -> Html {
    let time = match (&talk.start_time, &talk.end_time) {
        (Some(start), Some(end)) => Some(format!("{start}–{end}")),
        (Some(start), None) => Some(start.clone()),
        _ => None,
    };
    let parts: Vec<String> = talk.date.iter().cloned().chain(time).collect();
    if parts.is_empty() {
        return Html::default();
    }
    html! { <p class="talkcard-when">{ parts.join(" · ") }</p> }
}

fn speakers(slugs: &[String]) -> Html {
    if slugs.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="talkcard-speakers" aria-label={if slugs.len() == 1 { "Speaker" } else { "Speakers" }}>
            { for slugs.iter().map(|slug| html! {
                <li class="talkcard-speaker" data-slug={slug.clone()}>{ name_from_slug(slug) }</li>
            }) }
        </ul>
    }
}

fn also(media: &[Medium]) -> Html {
    if media.is_empty() {
        return Html::default();
    }
    html! {
        <nav class="talkcard-also" aria-label="More of this talk">
            <ul>
                { for media.iter().map(|medium| {
                    let provider = medium.provider();
                    let text = if medium.is_video() {
                        format!("Also on {}", provider.label())
                    } else if provider == crate::media::Provider::Link {
                        "Link".to_owned()
                    } else {
                        format!("Slides on {}", provider.label())
                    };
                    html! {
                        <li>
                            <a href={medium.page_url()} data-provider={provider.as_str()}
                               target="_blank" rel="noopener noreferrer">{ text }</a>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
