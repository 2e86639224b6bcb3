//! A talk: what a talk file says, typed and ready for a card, with what is wrong in it.

use crate::diagnostic::{self, Diagnostic, Note};
use crate::front_matter::{self, Fields, NotText};
use crate::language::words::notes;
use crate::legacy;
use crate::markdown::{self, Block};
use crate::media::{self, Media, Medium};
use crate::schedule::{Date, Schedule, Time};

/// The template a speaker starts a new talk file from: every field, each with a comment, as
/// Hugo's archetypes do.
pub const TEMPLATE: &str = include_str!("../assets/template.md");

/// The kind of session. Hugo's theme only lays out `talk`; talkcard treats each as first-class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TalkKind {
    /// A regular talk (also the default when `Type` is missing).
    Talk,
    /// A five-minute ignite talk.
    Ignite,
    /// A keynote.
    Keynote,
    /// A workshop.
    Workshop,
    /// Any other value, kept as written (`event`, `new-talk`…).
    Other(String),
}

impl TalkKind {
    /// Reads a `Type` value, case-insensitively.
    pub fn parse(value: Option<&str>) -> Self {
        let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else {
            return TalkKind::Talk;
        };
        match crate::case::lower(value).as_str() {
            "talk" => TalkKind::Talk,
            "ignite" => TalkKind::Ignite,
            "keynote" => TalkKind::Keynote,
            "workshop" => TalkKind::Workshop,
            _ => TalkKind::Other(value.to_owned()),
        }
    }

    /// A stable lower-case name, for CSS classes and `data-type`.
    pub fn as_str(&self) -> &str {
        match self {
            TalkKind::Talk => "talk",
            TalkKind::Ignite => "ignite",
            TalkKind::Keynote => "keynote",
            TalkKind::Workshop => "workshop",
            TalkKind::Other(value) => value,
        }
    }

    /// The name as a CSS class suffix: `[a-z0-9-]` only, so a hostile `Type` cannot add
    /// classes of its own (`Type = "talk talkcard-play"`).
    pub fn css_name(&self) -> String {
        let name: String = crate::case::lower(self.as_str())
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        if name.is_empty() {
            "other".to_owned()
        } else {
            name
        }
    }

    /// The badge text.
    pub fn label(&self) -> String {
        crate::case::capitalise(self.as_str())
    }
}

/// A parsed talk file.
#[derive(Debug, Clone, PartialEq)]
pub struct Talk {
    /// The title, trimmed; empty when the file has none.
    pub title: String,
    /// The kind of session.
    pub kind: TalkKind,
    /// Speaker slugs, empty entries removed.
    pub speakers: Vec<String>,
    /// Speakers known only by name: a legacy file's `title` names them ([`crate::legacy`]).
    /// They have no speaker file.
    pub named_speakers: Vec<String>,
    /// `Talk_date` (`YYYY-MM-DD` in real files), when set.
    pub date: Option<String>,
    /// `Talk_start_time` (`HH:MM`), when set.
    pub start_time: Option<String>,
    /// `Talk_end_time` (`HH:MM`), when set.
    pub end_time: Option<String>,
    /// The same, validated; what could not be read is left out with a warning.
    pub schedule: Schedule,
    /// Video and slides, with the primary player chosen.
    pub media: Media,
    /// The abstract: safe HTML, with players where the body embeds videos.
    pub body: Vec<Block>,
    /// Every front matter field, including the ones talkcard does not use.
    pub fields: Fields,
    /// What a speaker would want to fix, errors first, then by line.
    pub diagnostics: Vec<Diagnostic>,
}

impl Talk {
    /// Reads raw bytes: anything that is not UTF-8 text is refused with a located reason.
    pub fn from_bytes(bytes: &[u8], base_url: Option<&str>) -> Result<Talk, NotText> {
        front_matter::decode(bytes).map(|text| Talk::parse(text, base_url))
    }

    /// Parses the text of a talk file. Never fails: problems become [`Talk::diagnostics`] and
    /// whatever could be read is kept. `base_url` is the file's own URL, against which relative
    /// links and images in the body resolve.
    pub fn parse(text: &str, base_url: Option<&str>) -> Talk {
        let fm = front_matter::parse(text);
        let mut diagnostics: Vec<Diagnostic> = Vec::new();
        diagnostics.extend(fm.error.as_ref().map(|e| e.to_diagnostic()));
        diagnostics.extend(fm.warnings.iter().cloned());
        if fm.format.is_none() {
            diagnostics.push(Diagnostic::warning(Some(1), notes::no_front_matter()));
        }
        let fields = fm.fields;

        let mut title = fields.text("title").unwrap_or_default();
        let mut body = std::borrow::Cow::Borrowed(fm.body);
        let mut named_speakers = Vec::new();
        // A body written as indented HTML for the old site: shown as the HTML it is.
        let html_body = legacy::html_body(fm.body);
        if let Some(html) = html_body.clone() {
            diagnostics.push(Diagnostic::warning(
                Some(fm.body_line),
                notes::indented_html(),
            ));
            body = std::borrow::Cow::Owned(html);
        }
        // An old-format file: its `title` names the speaker, the body holds the title, on a
        // "Title:" line or, in an HTML body, as its first heading.
        let old_format = fm.format.is_some() && fields.get("speakers").is_none();
        let lifted = old_format
            .then(|| {
                legacy::lift_title(&body).map(|l| (l, "line")).or_else(|| {
                    html_body
                        .is_some()
                        .then(|| legacy::lift_heading(&body).map(|l| (l, "heading")))
                        .flatten()
                })
            })
            .flatten();
        if let Some((lifted, where_)) = lifted {
            diagnostics.push(Diagnostic::warning(
                fields.line("title"),
                notes::old_format(&format!("{title:?}"), where_),
            ));
            named_speakers = legacy::speaker_names(&title);
            title = lifted.title;
            body = std::borrow::Cow::Owned(lifted.body);
        }
        if let Some(warning) = title_warning(&title, fm.format.is_some()) {
            diagnostics.push(Diagnostic::warning(fields.line("title"), warning));
        }

        let kind = TalkKind::parse(fields.text("type").as_deref());
        if let TalkKind::Other(value) = &kind {
            diagnostics.push(Diagnostic::warning(
                fields.line("type"),
                notes::unknown_type(value),
            ));
        }

        let speakers = fields.list("speakers");
        for slug in speakers.iter().filter(|s| is_placeholder_slug(s)) {
            diagnostics.push(Diagnostic::warning(
                fields.line("speakers"),
                notes::placeholder_speaker(slug),
            ));
        }

        if let Some(garbled) = crate::mojibake::find(text) {
            let note = match &garbled.meant {
                Some(meant) => notes::mojibake(&garbled.found, meant),
                None => notes::mojibake_typographic(&garbled.found),
            };
            diagnostics.push(Diagnostic::warning(Some(garbled.line), note));
        }
        let schedule = schedule(&fields, &mut diagnostics);
        let mut media = media::select(&fields);
        diagnostics.append(&mut media.warnings);
        let rendered = markdown::render(
            &body,
            fm.body_line,
            base_url,
            markdown::ABSTRACT_TOP_HEADING,
        );
        diagnostics.extend(rendered.diagnostics);
        let body = place_body_videos(&mut media, rendered.blocks);

        diagnostic::sort_for_fixing(&mut diagnostics);
        Talk {
            title,
            kind,
            speakers,
            named_speakers,
            date: fields.text("talk_date"),
            start_time: fields.text("talk_start_time"),
            end_time: fields.text("talk_end_time"),
            schedule,
            media,
            body,
            fields,
            diagnostics,
        }
    }

    /// True when the file has at least one error (what is shown was recovered).
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// One line saying what the card shows: title, type, speakers, player, other media, then
    /// every diagnostic. Used by the CLI and by the corpus test's reviewed golden file, so any
    /// change in behaviour shows up in review.
    pub fn summary(&self) -> String {
        let mut line = format!(
            "{:?} | {} | {} | {}",
            self.title,
            self.kind.as_str(),
            self.speakers
                .iter()
                .cloned()
                .chain(self.named_speakers.iter().map(|name| format!("{name:?}")))
                .collect::<Vec<_>>()
                .join(","),
            self.media
                .primary
                .as_ref()
                .map_or("-".to_owned(), describe_medium),
        );
        if !self.media.also.is_empty() {
            let also: Vec<String> = self.media.also.iter().map(describe_medium).collect();
            line.push_str(&format!(" | also {}", also.join(",")));
        }
        for diagnostic in &self.diagnostics {
            line.push_str(&format!(
                " | {}: {diagnostic}",
                diagnostic.severity.as_str()
            ));
        }
        line
    }

    /// The abstract as one HTML string, sanitised natively, players written as links (for
    /// non-browser uses).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn body_html(&self) -> String {
        self.body.iter().map(Block::to_html).collect()
    }
}

/// Reads `Talk_date`, `Talk_start_time` and `Talk_end_time`, warning about values that are
/// set but not a date or time (they are then not shown rather than shown wrong).
fn schedule(fields: &Fields, diagnostics: &mut Vec<Diagnostic>) -> Schedule {
    let mut read = |key: &str, what: &str, valid: &dyn Fn(&str) -> bool| {
        let value = fields.text(key)?;
        if valid(&value) {
            return Some(value);
        }
        let key_as_written = fields.get(key).map_or(key, |f| f.key.as_str());
        diagnostics.push(Diagnostic::warning(
            fields.line(key),
            notes::not_shown(key_as_written, &format!("{value:?}"), what),
        ));
        None
    };
    let date = read("talk_date", "date", &|v| Date::parse(v).is_some());
    let start = read("talk_start_time", "time", &|v| Time::parse(v).is_some());
    let end = read("talk_end_time", "time", &|v| Time::parse(v).is_some());
    Schedule {
        date: date.as_deref().and_then(Date::parse),
        start: start.as_deref().and_then(Time::parse),
        end: end.as_deref().and_then(Time::parse),
    }
}

/// `youtube:ID@start`, `vimeo:ID`, or `provider:url` for documents.
fn describe_medium(medium: &Medium) -> String {
    match medium {
        Medium::YouTube(video) => format!("youtube:{}@{}", video.id, video.start),
        Medium::Vimeo(video) => match &video.hash {
            Some(hash) => format!("vimeo:{}/{hash}", video.id),
            None => format!("vimeo:{}", video.id),
        },
        Medium::Document { provider, url, .. } => format!("{}:{url}", provider.as_str()),
    }
}

/// Videos the body embeds: one that repeats the front matter's video is dropped (no player
/// twice); when the front matter has no video, the first one becomes the primary player (a
/// visitor expects the video at the top) and slides move to the "also" list.
fn place_body_videos(media: &mut Media, mut blocks: Vec<Block>) -> Vec<Block> {
    let primary_video = media
        .primary
        .as_ref()
        .filter(|m| m.is_video())
        .map(Medium::page_url);
    match primary_video {
        Some(url) => blocks.retain(|b| !matches!(b, Block::Player(m) if m.page_url() == url)),
        None => {
            // The first body video takes the player (slides from the front matter move to the
            // links); body slides take it only when the front matter has nothing.
            let takes_player = |block: &Block| matches!(block, Block::Player(m) if m.is_video() || media.primary.is_none());
            if let Some(at) = blocks.iter().position(takes_player) {
                let Block::Player(video) = blocks.remove(at) else {
                    unreachable!("position found a player");
                };
                if let Some(slides) = media.primary.replace(video) {
                    media.also.insert(0, slides);
                }
            }
        }
    }
    blocks
}

/// The note on a talk's title: none, or a placeholder that real files carry ("TBD", "TBA",
/// "A definir", "*!$TALKTITLE"…).
fn title_warning(title: &str, has_front_matter: bool) -> Option<Note> {
    if title.is_empty() {
        return has_front_matter.then(notes::no_title);
    }
    is_placeholder_title(title).then(|| notes::placeholder_title(title))
}

/// Titles that are placeholders in real files.
const PLACEHOLDER_TITLES: [&str; 14] = [
    "tbd",
    "tba",
    "tbc",
    "todo",
    "to be announced",
    "to be determined",
    "to be confirmed",
    "a definir",
    "a definir.",
    "a confirmar",
    "title",
    "talk title",
    "untitled",
    "keynote",
];

/// Whether a (non-empty) title is a placeholder that real files carry: `TBD`, `Talk title`,
/// `*!$…`. The card marks such a title as it marks a missing one.
pub fn is_placeholder_title(title: &str) -> bool {
    let lower = crate::case::lower(title);
    PLACEHOLDER_TITLES.contains(&lower.as_str())
        || lower.contains("talktitle")
        || lower.starts_with("*!$")
        || lower.starts_with("title:")
}

/// Speaker slugs that are placeholders in real files: `You`, `workshop`, `closing-keynote-speaker`.
fn is_placeholder_slug(slug: &str) -> bool {
    const PLACEHOLDERS: [&str; 12] = [
        "you",
        "tbd",
        "tba",
        "speaker",
        "speakers",
        "name",
        "workshop",
        "keynote",
        "ignite",
        "nameofspeaker",
        "speaker-name",
        "your-name",
    ];
    let lower = crate::case::lower(slug);
    PLACEHOLDERS.contains(&lower.as_str()) || lower.ends_with("-speaker")
}

// Natively: they read the HTML as the native sanitiser leaves it.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn an_old_html_body_renders_as_html_with_its_heading_as_title() {
        // Issue 15: without this, the sections after the first blank line showed as code.
        let talk = Talk::parse(
            include_str!("../tests/fixtures/legacy/events/2016-example/program/nix-workshop.md"),
            None,
        );
        assert_eq!(talk.title, "Workshop - Reproducible Laptops with Nix");
        assert_eq!(talk.named_speakers, ["Jane Example", "Sam Sample"]);
        let html = talk.body_html();
        assert!(!html.contains("<pre") && !html.contains("&lt;"), "{html}");
        assert!(html.contains("<h3>Audience</h3>"), "{html}");
        assert!(html.contains("<li>Pinning what you install"), "{html}");
        let lines: Vec<Option<usize>> = talk.diagnostics.iter().map(|d| d.line).collect();
        assert_eq!(lines, [Some(3), Some(6)], "{:?}", talk.diagnostics);
        assert!(talk.diagnostics[1].message().contains("shown as HTML"));
    }
    use crate::media::Provider;

    const SEED: &str = include_str!("../assets/demo/backstage-roll-out.md");

    fn messages(talk: &Talk) -> Vec<String> {
        talk.diagnostics.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn the_demo_talk() {
        let talk = Talk::parse(SEED, None);
        assert_eq!(talk.title, "A Few Tips to Smooth Out a Backstage Roll Out");
        assert_eq!(talk.kind, TalkKind::Talk);
        assert_eq!(talk.speakers, ["james-thomas"]);
        assert_eq!(talk.date, None);
        let primary = talk.media.primary.as_ref().unwrap();
        assert_eq!(primary.provider(), Provider::YouTube);
        assert_eq!(
            primary.page_url(),
            "https://www.youtube.com/watch?v=x_0Fm5Q1Srw"
        );
        let html = talk.body_html();
        assert!(html.contains("<h3>TALK ABSTRACT</h3>"), "{html}");
        assert!(html.contains("Internal Developer Portals"));
        assert!(talk.diagnostics.is_empty(), "{:?}", messages(&talk));
    }

    #[test]
    fn the_template_is_valid_and_asks_for_a_title() {
        let talk = Talk::parse(TEMPLATE, None);
        assert!(!talk.has_errors(), "{:?}", talk.diagnostics);
        assert_eq!(
            messages(&talk),
            ["line 3: the talk has no title: set `Title`"]
        );
        assert!(talk.body_html().contains("<strong>bold</strong>"));
    }

    #[test]
    fn kinds() {
        assert_eq!(TalkKind::parse(Some("Keynote")), TalkKind::Keynote);
        assert_eq!(TalkKind::parse(None), TalkKind::Talk);
        assert_eq!(TalkKind::parse(Some("new-talk")).label(), "New-talk");
        assert_eq!(TalkKind::parse(Some("ignite")).label(), "Ignite");
        assert_eq!(TalkKind::parse(Some("new-talk")).css_name(), "new-talk");
        assert_eq!(
            TalkKind::parse(Some("talk talkcard-play <b>")).css_name(),
            "talk-talkcard-play--b-"
        );
    }

    #[test]
    fn a_broken_file_keeps_what_it_can_with_a_located_error() {
        let talk = Talk::parse(
            "+++\nType = \"talk\"\nTitle = \"x\"\"\n+++\nThe abstract.\n",
            None,
        );
        assert!(talk.has_errors());
        assert!(
            messages(&talk)[0].starts_with("line 3, column 12: invalid TOML: "),
            "{:?}",
            messages(&talk)
        );
        assert_eq!(talk.title, "x");
        assert!(talk.body_html().contains("The abstract."));
    }

    #[test]
    fn warnings_for_what_a_speaker_would_fix() {
        let talk = Talk::parse(
            "+++\nTitle = \"TBD\"\nType = \"event\"\nSpeakers = [\"You\"]\nYoutube = \"not a video\"\n+++\n",
            None,
        );
        assert_eq!(
            messages(&talk),
            [
                "line 2: the title \"TBD\" looks like a placeholder",
                "line 3: type `event` is not one of talk, ignite, keynote, workshop; it is shown as written",
                "line 4: speaker `You` looks like a placeholder, not a speaker's slug",
                "line 5: Youtube: \"not a video\" is not a YouTube video id or URL",
            ]
        );
    }

    #[test]
    fn no_front_matter_renders_the_markdown_with_a_warning() {
        let talk = Talk::parse("Just an *abstract*.\n", None);
        assert_eq!(talk.title, "");
        assert!(talk.body_html().contains("<em>abstract</em>"));
        assert_eq!(
            messages(&talk),
            [
                "line 1: no front matter: start the file with a `+++` block holding Title, Type and Speakers"
            ]
        );
    }

    #[test]
    fn bytes_that_are_not_text_are_refused_with_a_location() {
        assert_eq!(
            Talk::from_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", None),
            Err(NotText::Binary { offset: 8 })
        );
        assert_eq!(
            Talk::from_bytes(b"+++\ntitle = \"caf\xe9\"\n+++\n", None)
                .unwrap_err()
                .to_string(),
            "line 2, column 13: this file is not valid UTF-8; save it as UTF-8"
        );
        assert!(Talk::from_bytes(SEED.as_bytes(), None).is_ok());
    }
}
