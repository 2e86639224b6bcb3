//! The player: a click-to-play facade that becomes the provider's iframe.
//!
//! Privacy by default: nothing is requested from YouTube or Vimeo until the visitor presses
//! play. The facade is a real `<button>` (keyboard operable, named "Play video: <title>"). The
//! player element keeps `data-provider`, `data-video-id` and `data-start` before and after the
//! click, so embedders and tests can read what will play.

use yew::prelude::*;

use crate::media::{Medium, Provider};

/// Properties of [`Player`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct PlayerProps {
    /// What to play or link.
    pub medium: Medium,
    /// The talk title, for accessible names.
    pub title: AttrValue,
}

/// The primary medium of a talk.
#[component]
pub fn Player(props: &PlayerProps) -> Html {
    let playing = use_state(|| false);
    let provider = props.medium.provider();
    let (video_id, start, embed_url) = match &props.medium {
        Medium::YouTube(video) => (video.id.clone(), video.start, video.embed_url()),
        Medium::Vimeo(video) => (video.id.clone(), 0, video.embed_url()),
        Medium::Document { url, .. } => return document(provider, url),
    };
    let content = if *playing {
        html! {
            <iframe class="talkcard-frame"
                src={embed_url}
                title={format!("{} video: {}", provider.label(), props.title)}
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
            Callback::from(move |_: MouseEvent| playing.set(true))
        };
        html! {
            <button type="button" class="talkcard-play" {onclick}
                aria-label={format!("Play video: {}", props.title)}>
                <span class="talkcard-play-icon" aria-hidden="true"></span>
                <span class="talkcard-play-text" aria-hidden="true">
                    { format!("Play on {}", provider.label()) }
                </span>
                <span class="talkcard-play-note" aria-hidden="true">
                    { format!("The {} player loads when you press play.", provider.label()) }
                </span>
            </button>
        }
    };
    html! {
        <div class="talkcard-player talkcard-player--video"
            data-provider={provider.as_str()}
            data-video-id={video_id}
            data-start={start.to_string()}
            data-playing={playing.to_string()}>
            { content }
        </div>
    }
}

/// Slides and other documents: a clear link card, no third-party request.
fn document(provider: Provider, url: &str) -> Html {
    let text = match provider {
        Provider::Pdf => "Slides (PDF)".to_owned(),
        Provider::Link => "Slides".to_owned(),
        Provider::SlidesLive => "Recording on SlidesLive".to_owned(),
        other => format!("Slides on {}", other.label()),
    };
    html! {
        <div class="talkcard-player talkcard-player--document" data-provider={provider.as_str()}>
            <a class="talkcard-document-link" href={url.to_owned()} target="_blank" rel="noopener noreferrer">
                <span class="talkcard-document-text">{ text }</span>
                <span class="talkcard-document-url">{ url.to_owned() }</span>
            </a>
        </div>
    }
}
