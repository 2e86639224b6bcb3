//! A talk: what a talk file says, typed and ready for a card.

use thiserror::Error;

use crate::front_matter::{self, Fields, FrontMatterError};
use crate::markdown;
use crate::media::{self, Media};

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
        match value.to_lowercase().as_str() {
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

    /// The badge text.
    pub fn label(&self) -> String {
        let name = self.as_str();
        let mut chars = name.chars();
        match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => String::new(),
        }
    }
}

/// Why a talk file could not become a [`Talk`].
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum TalkError {
    /// The front matter is unreadable.
    #[error(transparent)]
    FrontMatter(#[from] FrontMatterError),
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
    /// `Talk_date` (`YYYY-MM-DD` in real files), when set.
    pub date: Option<String>,
    /// `Talk_start_time` (`HH:MM`), when set.
    pub start_time: Option<String>,
    /// `Talk_end_time` (`HH:MM`), when set.
    pub end_time: Option<String>,
    /// Video and slides, with the primary player chosen.
    pub media: Media,
    /// The abstract, rendered to safe HTML.
    pub abstract_html: String,
    /// Every front matter field, including the ones talkcard does not use.
    pub fields: Fields,
}

impl Talk {
    /// Parses the text of a talk file.
    pub fn parse(text: &str) -> Result<Talk, TalkError> {
        let split = front_matter::split(text)?;
        let fields = Fields::parse(&split)?;
        Ok(Talk {
            title: fields.text("title").unwrap_or_default(),
            kind: TalkKind::parse(fields.text("type").as_deref()),
            speakers: fields.list("speakers"),
            date: fields.text("talk_date"),
            start_time: fields.text("talk_start_time"),
            end_time: fields.text("talk_end_time"),
            media: media::select(&fields),
            abstract_html: markdown::render(split.body),
            fields,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::media::Provider;

    const SEED: &str = include_str!("../assets/demo/backstage-roll-out.md");

    #[test]
    fn the_demo_talk() {
        let talk = Talk::parse(SEED).unwrap();
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
        assert!(talk.abstract_html.contains("<h5>TALK ABSTRACT</h5>"));
        assert!(talk.abstract_html.contains("Internal Developer Portals"));
    }

    #[test]
    fn kinds() {
        assert_eq!(TalkKind::parse(Some("Keynote")), TalkKind::Keynote);
        assert_eq!(TalkKind::parse(None), TalkKind::Talk);
        assert_eq!(TalkKind::parse(Some("new-talk")).label(), "New-talk");
        assert_eq!(TalkKind::parse(Some("ignite")).label(), "Ignite");
    }

    #[test]
    fn a_broken_file_is_a_located_error() {
        let err = Talk::parse("+++\nTitle = \"x\"\"\n+++\n").unwrap_err();
        assert!(err.to_string().starts_with("line 2, column "), "{err}");
    }
}
