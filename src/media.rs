//! Media: which video or slides a talk has, and which one gets the player.
//!
//! The Hugo theme pastes the `Youtube` field after `youtube.com/embed/`, so every full URL a
//! speaker pastes gives a broken player. talkcard reads the id (and start time) out of every form
//! people paste, rejects anything that is not a valid id, and never passes raw field text to an
//! embed URL. Embed URLs use the providers' privacy modes (youtube-nocookie, Vimeo `dnt=1`).

use crate::diagnostic::Diagnostic;
use crate::front_matter::Fields;
use crate::html_tags;
use crate::language::words::notes;
use crate::link::{self, UrlParts};

/// Who serves a medium. Its [`Provider::as_str`] is the card's `data-provider` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Provider {
    /// YouTube video.
    YouTube,
    /// Vimeo video.
    Vimeo,
    /// SlidesLive recording.
    SlidesLive,
    /// Speaker Deck slides.
    SpeakerDeck,
    /// SlideShare slides.
    SlideShare,
    /// Google Slides presentation.
    GoogleSlides,
    /// A PDF document.
    Pdf,
    /// Notist slides.
    Notist,
    /// Any other link (slides hosted elsewhere, the talk's website).
    Link,
}

impl Provider {
    /// The stable name used in the DOM contract (`data-provider`).
    pub fn as_str(self) -> &'static str {
        match self {
            Provider::YouTube => "youtube",
            Provider::Vimeo => "vimeo",
            Provider::SlidesLive => "slideslive",
            Provider::SpeakerDeck => "speakerdeck",
            Provider::SlideShare => "slideshare",
            Provider::GoogleSlides => "googleslides",
            Provider::Pdf => "pdf",
            Provider::Notist => "notist",
            Provider::Link => "link",
        }
    }

    /// The name a visitor reads ("Speaker Deck").
    pub fn label(self) -> &'static str {
        match self {
            Provider::YouTube => "YouTube",
            Provider::Vimeo => "Vimeo",
            Provider::SlidesLive => "SlidesLive",
            Provider::SpeakerDeck => "Speaker Deck",
            Provider::SlideShare => "SlideShare",
            Provider::GoogleSlides => "Google Slides",
            Provider::Pdf => "PDF",
            Provider::Notist => "Notist",
            Provider::Link => "the web",
        }
    }
}

/// A YouTube video: an 11-character id and where to start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YouTube {
    /// The video id, `[A-Za-z0-9_-]{11}`.
    pub id: String,
    /// Start offset in seconds (0 when none).
    pub start: u32,
}

impl YouTube {
    /// Reads a bare id or any YouTube URL form (`watch?v=`, `youtu.be/`, `/embed/`,
    /// `/shorts/`, `/live/`, `/v/`, youtube-nocookie), with `t=`/`start=` in the query or
    /// fragment. Returns `None` for anything else.
    pub fn parse(input: &str) -> Option<Self> {
        let input = input.trim();
        if is_youtube_id(input) {
            return Some(YouTube {
                id: input.to_owned(),
                start: 0,
            });
        }
        let url = UrlParts::parse(input)?;
        let id = if url.host_is("youtu.be") {
            url.segments().next()?
        } else if url.host_is("youtube.com") || url.host_is("youtube-nocookie.com") {
            let mut segments = url.segments();
            match segments.next()? {
                "watch" => url.query_param("v")?,
                "embed" | "shorts" | "live" | "v" | "e" => segments.next()?,
                _ => return None,
            }
        } else {
            return None;
        };
        if !is_youtube_id(id) {
            return None;
        }
        let start = ["t", "start"]
            .iter()
            .find_map(|name| url.query_param(name).or_else(|| url.fragment_param(name)))
            .and_then(parse_seconds)
            .unwrap_or(0);
        Some(YouTube {
            id: id.to_owned(),
            start,
        })
    }

    /// The privacy-enhanced player URL (no cookies until the visitor plays).
    pub fn embed_url(&self) -> String {
        let mut url = format!(
            "https://www.youtube-nocookie.com/embed/{}?autoplay=1",
            self.id
        );
        if self.start > 0 {
            url.push_str(&format!("&start={}", self.start));
        }
        url
    }

    /// The public watch page.
    pub fn page_url(&self) -> String {
        let mut url = format!("https://www.youtube.com/watch?v={}", self.id);
        if self.start > 0 {
            url.push_str(&format!("&t={}s", self.start));
        }
        url
    }
}

fn is_youtube_id(s: &str) -> bool {
    s.len() == 11
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Reads `95`, `95s`, `1m30s`, `1h2m3s` as seconds.
fn parse_seconds(value: &str) -> Option<u32> {
    if let Ok(seconds) = value.parse::<u32>() {
        return Some(seconds);
    }
    let mut total: u32 = 0;
    let mut number: Option<u32> = None;
    for c in value.chars() {
        if let Some(digit) = c.to_digit(10) {
            number = Some(number.unwrap_or(0).checked_mul(10)?.checked_add(digit)?);
            continue;
        }
        let unit = match c {
            'h' => 3600,
            'm' => 60,
            's' => 1,
            _ => return None,
        };
        total = total.checked_add(number.take()?.checked_mul(unit)?)?;
    }
    if number.is_some() {
        return None;
    }
    Some(total)
}

/// A Vimeo video; unlisted videos carry a hash that the player needs as `h=`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vimeo {
    /// The numeric video id.
    pub id: String,
    /// The privacy hash of an unlisted video.
    pub hash: Option<String>,
}

impl Vimeo {
    /// Reads a numeric id, `vimeo.com/ID`, `vimeo.com/ID/HASH`, `vimeo.com/channels/x/ID`
    /// or `player.vimeo.com/video/ID?h=HASH`.
    pub fn parse(input: &str) -> Option<Self> {
        let input = input.trim();
        if is_vimeo_id(input) {
            return Some(Vimeo {
                id: input.to_owned(),
                hash: None,
            });
        }
        let url = UrlParts::parse(input)?;
        if !url.host_is("vimeo.com") {
            return None;
        }
        let segments: Vec<&str> = url.segments().collect();
        let at = segments.iter().position(|s| is_vimeo_id(s))?;
        let hash = segments
            .get(at + 1)
            .copied()
            .or_else(|| url.query_param("h"))
            .filter(|h| !h.is_empty() && h.bytes().all(|b| b.is_ascii_hexdigit()));
        Some(Vimeo {
            id: segments[at].to_owned(),
            hash: hash.map(str::to_owned),
        })
    }

    /// The player URL with Do Not Track on.
    pub fn embed_url(&self) -> String {
        let mut url = format!(
            "https://player.vimeo.com/video/{}?dnt=1&autoplay=1",
            self.id
        );
        if let Some(hash) = &self.hash {
            url.push_str(&format!("&h={hash}"));
        }
        url
    }

    /// The public page.
    pub fn page_url(&self) -> String {
        match &self.hash {
            Some(hash) => format!("https://vimeo.com/{}/{hash}", self.id),
            None => format!("https://vimeo.com/{}", self.id),
        }
    }
}

fn is_vimeo_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 12 && s.bytes().all(|b| b.is_ascii_digit())
}

/// One medium of a talk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Medium {
    /// A YouTube video.
    YouTube(YouTube),
    /// A Vimeo video.
    Vimeo(Vimeo),
    /// Slides, a recording page or a website, known by its URL.
    Document {
        /// Who hosts it.
        provider: Provider,
        /// An `http(s)` URL, spaces encoded.
        url: String,
        /// The front matter field it came from (`slides`, `website`…), lower-case; `body` for
        /// an embed in the abstract.
        field: &'static str,
    },
}

impl Medium {
    /// The provider (for `data-provider`).
    pub fn provider(&self) -> Provider {
        match self {
            Medium::YouTube(_) => Provider::YouTube,
            Medium::Vimeo(_) => Provider::Vimeo,
            Medium::Document { provider, .. } => *provider,
        }
    }

    /// The page a visitor can open in a new tab.
    pub fn page_url(&self) -> String {
        match self {
            Medium::YouTube(video) => video.page_url(),
            Medium::Vimeo(video) => video.page_url(),
            Medium::Document { url, .. } => url.clone(),
        }
    }

    /// The URL of the provider's plain iframe player, for the media that have one: videos
    /// (privacy modes on) and Google Slides. Other slide hosts need their own scripts or an id
    /// the link does not carry, so they get a link card instead.
    pub fn embed_url(&self) -> Option<String> {
        match self {
            Medium::YouTube(video) => Some(video.embed_url()),
            Medium::Vimeo(video) => Some(video.embed_url()),
            Medium::Document {
                provider: Provider::GoogleSlides,
                url,
                ..
            } => {
                let parts = UrlParts::parse(url)?;
                let segments: Vec<&str> = parts.segments().collect();
                // /presentation/d/ID/… or a published deck /presentation/d/e/ID/pub
                let id = match segments.as_slice() {
                    ["presentation", "d", "e", id, ..] => format!("e/{id}"),
                    ["presentation", "d", id, ..] => (*id).to_owned(),
                    _ => return None,
                };
                id.split('/')
                    .all(is_token)
                    .then(|| format!("https://docs.google.com/presentation/d/{id}/embed"))
            }
            Medium::Document { .. } => None,
        }
    }

    /// What a visitor reads for it in a list of links: "Also on Vimeo", "Slides on Speaker
    /// Deck", "Website"…
    pub fn link_text(&self) -> String {
        crate::language::words::card::medium_link(
            crate::language::Language::English,
            self.provider().label(),
            self.link_kind(),
        )
    }

    /// Which form this medium's link takes: the key that the card's `medium-link` message
    /// (`i18n/*/card.ftl`) chooses its words by.
    pub fn link_kind(&self) -> &'static str {
        match self {
            Medium::YouTube(_) | Medium::Vimeo(_) => "video",
            Medium::Document {
                field: "website", ..
            } => "website",
            Medium::Document {
                field: "body",
                provider: Provider::Link,
                ..
            } => "page",
            Medium::Document { provider, .. } => match provider {
                Provider::Pdf => "pdf",
                Provider::SlidesLive => "recording",
                Provider::Link => "slides",
                _ => "slides-on",
            },
        }
    }

    /// True for videos, which get a player; documents get a link card.
    pub fn is_video(&self) -> bool {
        matches!(self, Medium::YouTube(_) | Medium::Vimeo(_))
    }
}

/// All media of a talk: the one that gets the player, and the rest as links.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Media {
    /// YouTube, else Vimeo, else the first slides.
    pub primary: Option<Medium>,
    /// Every other medium, in field order, duplicates removed.
    pub also: Vec<Medium>,
    /// Fields whose value could not be used, with why and where.
    pub warnings: Vec<Diagnostic>,
}

/// The media fields, in the order the card lists them.
const DOCUMENT_FIELDS: [(&str, Provider); 8] = [
    ("slideslive", Provider::SlidesLive),
    ("speakerdeck", Provider::SpeakerDeck),
    ("slideshare", Provider::SlideShare),
    ("googleslides", Provider::GoogleSlides),
    ("pdf", Provider::Pdf),
    ("notist", Provider::Notist),
    ("slides", Provider::Link),
    ("website", Provider::Link),
];

/// Reads every media field of a talk and picks the primary player.
pub fn select(fields: &Fields) -> Media {
    let mut media = Media::default();
    let mut found: Vec<Medium> = Vec::new();
    let mut reject = |field: &str, what: &str| {
        let key = fields.get(field).map_or(field, |f| f.key.as_str());
        let value = fields.text(field).unwrap_or_default();
        media.warnings.push(Diagnostic::warning(
            fields.line(field),
            notes::not_media(key, &format!("{value:?}"), what),
        ));
    };
    if let Some(value) = fields.text("youtube") {
        match YouTube::parse(&value) {
            Some(video) => found.push(Medium::YouTube(video)),
            None => reject("youtube", "youtube"),
        }
    }
    if let Some(value) = fields.text("vimeo") {
        match Vimeo::parse(&value) {
            Some(video) => found.push(Medium::Vimeo(video)),
            None => reject("vimeo", "vimeo"),
        }
    }
    for (field, provider) in DOCUMENT_FIELDS {
        let Some(value) = fields.text(field) else {
            continue;
        };
        match document_url(field, provider, &value) {
            Some(medium) => {
                if !found.iter().any(|m| m.page_url() == medium.page_url()) {
                    found.push(medium);
                }
            }
            None => reject(field, "link"),
        }
    }
    let primary_at = found
        .iter()
        .position(Medium::is_video)
        .or_else(|| found.iter().position(|m| m.provider() != Provider::Link))
        .or_else(|| {
            // A bare `Slides` link beats nothing; a `Website` alone is not a player.
            fields
                .text("slides")
                .and_then(|_| found.iter().position(|m| m.provider() == Provider::Link))
        });
    if let Some(at) = primary_at {
        media.primary = Some(found.remove(at));
    }
    media.also = found;
    media
}

impl Medium {
    /// What a piece of a body's raw HTML embeds, which the sanitiser then removes: a YouTube or
    /// Vimeo `<iframe>` (the same player as the front matter's fields), a Speaker Deck
    /// `<script class="speakerdeck-embed" data-id=…>`, a SlidesLive
    /// `<div id="presentation-embed-ID">`, or any other `<iframe src=…>` (shown as a link card
    /// where the embed was).
    pub fn body_embed(raw: &str) -> Option<Medium> {
        let tags = html_tags::start_tags(raw);
        let document = |provider, url: String| Medium::Document {
            provider,
            url,
            field: "body",
        };
        // The first element that embeds something decides, as the embed stood first.
        tags.iter().find_map(|tag| match tag.name.as_str() {
            "iframe" => {
                let src = tag.attribute("src")?.trim();
                let src = src
                    .strip_prefix("//")
                    .map_or_else(|| src.to_owned(), |s| format!("https://{s}"));
                let video = YouTube::parse(&src)
                    .map(Medium::YouTube)
                    .or_else(|| Vimeo::parse(&src).map(Medium::Vimeo));
                video.or_else(|| {
                    let url = link::http_url(&src)?;
                    Some(document(classify(&url), url))
                })
            }
            _ if tag.attribute("class").is_some_and(|class| {
                class
                    .split_ascii_whitespace()
                    .any(|c| c == "speakerdeck-embed")
            }) =>
            {
                let id = tag.attribute("data-id").filter(|id| is_token(id))?;
                Some(document(
                    Provider::SpeakerDeck,
                    format!("https://speakerdeck.com/player/{id}"),
                ))
            }
            _ => {
                let digits = tag.attribute("id")?.strip_prefix("presentation-embed-")?;
                (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())).then(|| {
                    document(
                        Provider::SlidesLive,
                        format!("https://slideslive.com/{digits}"),
                    )
                })
            }
        })
    }
}

/// Builds the URL of a document field: some fields hold ids (`googleslides`, `slideslive`,
/// `notist`), the rest URLs; generic links are classified by host.
fn document_url(field: &'static str, provider: Provider, value: &str) -> Option<Medium> {
    let is_url = UrlParts::parse(value).is_some_and(|u| !u.scheme.is_empty());
    let url = match (provider, is_url) {
        (_, true) => value.trim().to_owned(),
        (Provider::GoogleSlides, false) if is_token(value) => {
            format!("https://docs.google.com/presentation/d/{value}/")
        }
        (Provider::SlidesLive, false) if value.bytes().all(|b| b.is_ascii_digit()) => {
            format!("https://slideslive.com/{value}")
        }
        (Provider::Notist, false) if value.split('/').all(is_token) => {
            format!("https://noti.st/{value}")
        }
        _ => return None,
    };
    // Parsed as a real http(s) URL (spaces encoded, scheme checked), or refused.
    let url = link::http_url(&url)?;
    let provider = if field == "slides" {
        classify(&url)
    } else {
        provider
    };
    Some(Medium::Document {
        provider,
        url,
        field,
    })
}

fn is_token(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Recognises a slides host in a generic `Slides` link.
fn classify(url: &str) -> Provider {
    let Some(parts) = UrlParts::parse(url) else {
        return Provider::Link;
    };
    if parts.host_is("speakerdeck.com") {
        Provider::SpeakerDeck
    } else if parts.host_is("slideshare.net") {
        Provider::SlideShare
    } else if parts.host_is("docs.google.com") && parts.path.starts_with("/presentation/") {
        Provider::GoogleSlides
    } else if parts.host_is("slideslive.com") {
        Provider::SlidesLive
    } else if parts.host_is("noti.st") {
        Provider::Notist
    } else if parts.path.to_ascii_lowercase().ends_with(".pdf") {
        Provider::Pdf
    } else {
        Provider::Link
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::front_matter;

    fn yt(input: &str) -> Option<(String, u32)> {
        YouTube::parse(input).map(|v| (v.id, v.start))
    }

    #[test]
    fn youtube_every_form() {
        let id = "x_0Fm5Q1Srw".to_owned();
        for input in [
            "x_0Fm5Q1Srw",
            " x_0Fm5Q1Srw ",
            "https://www.youtube.com/watch?v=x_0Fm5Q1Srw",
            "https://www.youtube.com/watch?v=x_0Fm5Q1Srw&list=PLuEbgYmNLrb&index=3",
            "http://youtube.com/watch?feature=share&v=x_0Fm5Q1Srw",
            "https://m.youtube.com/watch?v=x_0Fm5Q1Srw",
            "youtu.be/x_0Fm5Q1Srw",
            "https://www.youtube.com/embed/x_0Fm5Q1Srw",
            "https://www.youtube-nocookie.com/embed/x_0Fm5Q1Srw",
            "https://youtube.com/shorts/x_0Fm5Q1Srw",
            "https://www.youtube.com/live/x_0Fm5Q1Srw?si=abc",
        ] {
            assert_eq!(yt(input), Some((id.clone(), 0)), "{input}");
        }
    }

    #[test]
    fn youtube_start_times() {
        assert_eq!(yt("https://youtu.be/x_0Fm5Q1Srw?t=95").unwrap().1, 95);
        assert_eq!(
            yt("https://www.youtube.com/watch?v=x_0Fm5Q1Srw&t=1m30s")
                .unwrap()
                .1,
            90
        );
        assert_eq!(
            yt("https://www.youtube.com/embed/x_0Fm5Q1Srw?start=42")
                .unwrap()
                .1,
            42
        );
        assert_eq!(
            yt("https://www.youtube.com/watch?v=x_0Fm5Q1Srw#t=1h0m5s")
                .unwrap()
                .1,
            3605
        );
        assert_eq!(yt("https://youtu.be/x_0Fm5Q1Srw?t=junk").unwrap().1, 0);
    }

    #[test]
    fn youtube_rejects_what_is_not_a_video() {
        for input in [
            "",
            "x_0Fm5Q1Sr",
            "x_0Fm5Q1Srw1",
            "x_0Fm5Q1Sr\"",
            "https://www.youtube.com/watch?v=short",
            "https://www.youtube.com/channel/UC0123456789",
            "https://evil.example/watch?v=x_0Fm5Q1Srw",
            "https://notyoutube.com/watch?v=x_0Fm5Q1Srw",
            "javascript:alert(1)",
        ] {
            assert_eq!(yt(input), None, "{input}");
        }
    }

    #[test]
    fn embed_urls_use_privacy_modes() {
        let video = YouTube::parse("https://youtu.be/x_0Fm5Q1Srw?t=95").unwrap();
        assert_eq!(
            video.embed_url(),
            "https://www.youtube-nocookie.com/embed/x_0Fm5Q1Srw?autoplay=1&start=95"
        );
        let video = Vimeo::parse("https://vimeo.com/219025650/a1b2c3d4e5").unwrap();
        assert_eq!(
            video.embed_url(),
            "https://player.vimeo.com/video/219025650?dnt=1&autoplay=1&h=a1b2c3d4e5"
        );
    }

    #[test]
    fn vimeo_forms() {
        let v = |s: &str| Vimeo::parse(s).map(|v| (v.id, v.hash));
        assert_eq!(v("219025650"), Some(("219025650".into(), None)));
        assert_eq!(
            v("https://vimeo.com/219025650"),
            Some(("219025650".into(), None))
        );
        assert_eq!(
            v("https://player.vimeo.com/video/219025650?h=abc123"),
            Some(("219025650".into(), Some("abc123".into())))
        );
        assert_eq!(
            v("https://vimeo.com/channels/devops/219025650"),
            Some(("219025650".into(), None))
        );
        assert_eq!(v("https://example.com/219025650"), None);
        assert_eq!(v("not-a-number"), None);
    }

    fn media(front_matter: &str) -> Media {
        let text = format!("+++\n{front_matter}\n+++\n");
        select(&front_matter::parse(&text).fields)
    }

    #[test]
    fn youtube_wins_and_the_rest_stays_reachable() {
        let m = media(
            "Youtube = \"x_0Fm5Q1Srw\"\nVimeo = \"219025650\"\nSpeakerdeck = \"https://speakerdeck.com/a/b\"",
        );
        assert_eq!(m.primary.unwrap().provider(), Provider::YouTube);
        let also: Vec<_> = m.also.iter().map(Medium::provider).collect();
        assert_eq!(also, [Provider::Vimeo, Provider::SpeakerDeck]);
    }

    #[test]
    fn slides_are_the_fallback_and_duplicates_collapse() {
        // talks/2019-sao-paulo/daniel-requena.md repeats the Speaker Deck URL in `slides`.
        let m = media(
            "speakerdeck = \"https://speakerdeck.com/a/b\"\nslides = \"https://speakerdeck.com/a/b\"",
        );
        assert_eq!(m.primary.unwrap().provider(), Provider::SpeakerDeck);
        assert!(m.also.is_empty());
    }

    #[test]
    fn slides_links_are_classified_and_spaces_encoded() {
        // talks/2018-london/jamie-tanna.md: a PDF with unencoded spaces.
        let m =
            media("slides = \"https://assets.devopsdays.org/events/2018/london/My Slides.pdf\"");
        assert_eq!(
            m.primary,
            Some(Medium::Document {
                provider: Provider::Pdf,
                url: "https://assets.devopsdays.org/events/2018/london/My%20Slides.pdf".into(),
                field: "slides",
            })
        );
    }

    #[test]
    fn a_website_alone_is_not_a_player() {
        let m = media("Website = \"https://example.org\"");
        assert_eq!(m.primary, None);
        assert_eq!(m.also.len(), 1);
    }

    #[test]
    fn unusable_values_are_rejected_not_passed_on() {
        let m = media("youtube = \"javascript:alert(1)\"\nslides = \"javascript:alert(1)\"");
        assert_eq!(m.primary, None);
        let warnings: Vec<String> = m.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(
            warnings,
            [
                "line 2: youtube: \"javascript:alert(1)\" is not a YouTube video id or URL",
                "line 3: slides: \"javascript:alert(1)\" is not an http(s) link",
            ]
        );
    }

    #[test]
    fn google_slides_have_an_embed_and_other_decks_do_not() {
        let embed = |fm: &str| media(fm).primary.unwrap().embed_url();
        assert_eq!(
            embed("googleslides = \"1AbC-d_E\"").as_deref(),
            Some("https://docs.google.com/presentation/d/1AbC-d_E/embed")
        );
        assert_eq!(
            embed("slides = \"https://docs.google.com/presentation/d/1AbC/edit#slide=id.p\"")
                .as_deref(),
            Some("https://docs.google.com/presentation/d/1AbC/embed")
        );
        assert_eq!(embed("speakerdeck = \"https://speakerdeck.com/a/b\""), None);
        assert_eq!(embed("pdf = \"https://example.org/a.pdf\""), None);
    }

    #[test]
    fn ids_become_urls() {
        let m = media("googleslides = \"1AbC-d_E\"");
        assert_eq!(
            m.primary.unwrap().page_url(),
            "https://docs.google.com/presentation/d/1AbC-d_E/"
        );
    }
}
