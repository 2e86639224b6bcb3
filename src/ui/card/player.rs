//! The player: a click-to-play facade that becomes the provider's iframe.
//!
//! Privacy by default: nothing is requested from YouTube, Vimeo or Google until the visitor
//! presses the button. The facade is a real `<button>` (keyboard operable, named "Play video:
//! <title>"). The player element keeps `data-provider`, `data-video-id` and `data-start` before
//! and after the click, so embedders and tests can read what will play. Slides without a plain
//! iframe player (Speaker Deck, SlideShare, PDFs…) get a link card: no third-party script.

use yew::prelude::*;

use crate::language::{Language, words};
use crate::media::Medium;

/// Properties of [`Player`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct PlayerProps {
    /// What to play or link.
    pub medium: Medium,
    /// The talk title, for accessible names.
    pub title: AttrValue,
    /// Make the play control a link to the player's own address (the provider's privacy
    /// mode), which the live card takes over: a page rendered ahead (the export) plays the
    /// recording before its script arrives, or without script at all.
    #[prop_or_default]
    pub linked: bool,
    /// The language of its words.
    #[prop_or_default]
    pub language: Language,
}

/// The primary medium of a talk (or a video the abstract embeds).
#[component]
pub fn Player(props: &PlayerProps) -> Html {
    let playing = use_state(|| false);
    let medium = &props.medium;
    let provider = medium.provider();
    let Some(embed_url) = medium.embed_url() else {
        return document(props.language, medium);
    };
    let (video_id, start) = match medium {
        Medium::YouTube(video) => (Some(video.id.clone()), Some(video.start)),
        Medium::Vimeo(video) => (Some(video.id.clone()), Some(0)),
        Medium::Document { .. } => (None, None),
    };
    let is_video = medium.is_video();
    let language = props.language;
    let content = if *playing {
        let frame_title = if is_video {
            words::card::video_of(language, provider.label(), &props.title)
        } else {
            words::card::slides_of(language, provider.label(), &props.title)
        };
        html! {
            <iframe class="talkcard-frame"
                src={embed_url}
                title={frame_title}
                allow="autoplay; encrypted-media; fullscreen; picture-in-picture"
                allowfullscreen=true
                referrerpolicy="strict-origin-when-cross-origin"
                loading="lazy"
                sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"
            ></iframe>
        }
    } else {
        let onclick = {
            let playing = playing.clone();
            Callback::from(move |event: MouseEvent| {
                event.prevent_default();
                playing.set(true);
            })
        };
        // The visible text ("Play video") is the start of the accessible name ("Play video:
        // <title>"), as WCAG 2.5.3 asks, so speech users can say what they see.
        let (action, name) = if is_video {
            (
                words::card::play_video(language),
                words::card::play_video_of(language, &props.title),
            )
        } else {
            (
                words::card::show_slides(language),
                words::card::show_slides_of(language, &props.title),
            )
        };
        let inside = html! {
            <>
                <span class={classes!("talkcard-play-icon", (!is_video).then_some("talkcard-play-icon--slides"))}
                    aria-hidden="true"></span>
                <span class="talkcard-play-text">{ action }</span>
            </>
        };
        if props.linked {
            html! {
                <a class="talkcard-play" href={embed_url.clone()} {onclick} aria-label={name}
                    rel="noopener noreferrer">{ inside }</a>
            }
        } else {
            html! {
                <button type="button" class="talkcard-play" {onclick} aria-label={name}>{ inside }</button>
            }
        }
    };
    html! {
        <div class={classes!("talkcard-player", if is_video { "talkcard-player--video" } else { "talkcard-player--slides" })}
            data-provider={provider.as_str()}
            data-video-id={video_id}
            data-start={start.map(|s| s.to_string())}
            data-playing={playing.to_string()}>
            <div class="talkcard-stage">{ content }</div>
            if !*playing {
                <p class="talkcard-play-note">
                    { words::card::nothing_loads(language, provider.label()) }
                </p>
            }
        </div>
    }
}

/// Slides and other documents: a clear link card, no third-party request.
fn document(language: Language, medium: &Medium) -> Html {
    let url = medium.page_url();
    let provider = medium.provider();
    let text = words::card::medium_link(language, provider.label(), medium.link_kind());
    html! {
        <div class="talkcard-player talkcard-player--document" data-provider={provider.as_str()}>
            <a class="talkcard-document-link" href={url.clone()} target="_blank" rel="noopener noreferrer">
                <span class="talkcard-document-text">{ text }</span>
                <span class="talkcard-document-url">{ url }</span>
            </a>
        </div>
    }
}
