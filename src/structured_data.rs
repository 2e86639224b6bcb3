//! schema.org JSON-LD for a talk's page: an `Event` with its dates and offset, its `Place`,
//! its performers and the recording (`VideoObject` with its `embedUrl`), so that search
//! engines that run scripts can read what the card shows. It is text in the page: nothing is
//! requested for it.
//!
//! Written by hand rather than through serde (the card bundle carries no JSON writer): the
//! values are a handful of strings, and [`json_string`] escapes them, `<` included, so that a
//! title holding `</script>` stays text in any serialisation of the page.

use std::fmt::Write as _;

/// What the JSON-LD says of a talk.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TalkEvent {
    /// The talk's title.
    pub name: String,
    /// A plain-text excerpt of the abstract.
    pub description: Option<String>,
    /// ISO 8601 start (`2019-08-27T09:15-05:00`, or a day).
    pub start: Option<String>,
    /// ISO 8601 end.
    pub end: Option<String>,
    /// The venue's name (else the city).
    pub place: Option<String>,
    /// The venue's address.
    pub address: Option<String>,
    /// Speakers' names.
    pub performers: Vec<String>,
    /// The talk's page.
    pub url: Option<String>,
    /// The recording's player URL (privacy mode) and its page.
    pub video: Option<(String, String)>,
    /// The event was cancelled.
    pub cancelled: bool,
    /// The conference (`2019 Chicago`).
    pub conference: Option<String>,
}

impl TalkEvent {
    /// The JSON-LD object.
    pub fn to_json_ld(&self) -> String {
        let mut out = String::from("{\"@context\":\"https://schema.org\",\"@type\":\"Event\"");
        field(&mut out, "name", &self.name);
        if let Some(description) = &self.description {
            field(&mut out, "description", description);
        }
        if let Some(start) = &self.start {
            field(&mut out, "startDate", start);
        }
        if let Some(end) = &self.end {
            field(&mut out, "endDate", end);
        }
        let status = if self.cancelled {
            "https://schema.org/EventCancelled"
        } else {
            "https://schema.org/EventScheduled"
        };
        field(&mut out, "eventStatus", status);
        field(
            &mut out,
            "eventAttendanceMode",
            "https://schema.org/OfflineEventAttendanceMode",
        );
        if let Some(place) = self.place.as_ref().or(self.address.as_ref()) {
            out.push_str(",\"location\":{\"@type\":\"Place\"");
            field(&mut out, "name", place);
            field(
                &mut out,
                "address",
                self.address.as_deref().unwrap_or(place),
            );
            out.push('}');
        }
        if !self.performers.is_empty() {
            out.push_str(",\"performer\":[");
            for (i, name) in self.performers.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str("{\"@type\":\"Person\"");
                field(&mut out, "name", name);
                out.push('}');
            }
            out.push(']');
        }
        if let Some(url) = &self.url {
            field(&mut out, "url", url);
        }
        if let Some(conference) = &self.conference {
            out.push_str(",\"superEvent\":{\"@type\":\"Event\"");
            field(&mut out, "name", conference);
            out.push('}');
        }
        if let Some((embed, page)) = &self.video {
            out.push_str(",\"recordedIn\":{\"@type\":\"VideoObject\"");
            field(&mut out, "name", &self.name);
            field(&mut out, "embedUrl", embed);
            field(&mut out, "url", page);
            out.push('}');
        }
        out.push('}');
        out
    }
}

fn field(out: &mut String, key: &str, value: &str) {
    let _ = write!(out, ",\"{key}\":{}", json_string(value));
}

/// `value` as a JSON string, with `<`, `>`, `&` and the line separators escaped too.
///
/// Runs of characters that need nothing are copied as slices: the export writes every talk
/// file's text (and its event's data files) this way, and a character at a time was a tenth
/// of its time.
pub fn json_string(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    let mut plain = 0;
    for (at, c) in value.char_indices() {
        let escaped = match c {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => "",
            c if c.is_control() => "",
            _ => continue,
        };
        out.push_str(&value[plain..at]);
        if escaped.is_empty() {
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push_str(escaped);
        }
        plain = at + c.len_utf8();
    }
    out.push_str(&value[plain..]);
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_string_reads_back_as_the_text_and_cannot_close_a_script() {
        let text =
            "plain \"q\" back\\slash\nline\r\ttab </script> & \u{2028}\u{2029}\u{1}\u{85} é 😀 end";
        let json = json_string(text);
        assert_eq!(serde_json::from_str::<String>(&json).unwrap(), text);
        assert!(!json.contains(['<', '>', '&', '\u{2028}', '\u{2029}', '\u{85}']));
        assert_eq!(json_string(""), "\"\"");
        assert_eq!(json_string("é"), "\"é\"");
    }

    #[test]
    fn an_event_that_search_engines_can_read() {
        let event = TalkEvent {
            name: "Ethics </script><script>alert(1)</script> & \"more\"".into(),
            description: Some("by Jeff Smith\nEthics…".into()),
            start: Some("2019-08-27T09:15-05:00".into()),
            end: Some("2019-08-27T09:45-05:00".into()),
            place: Some("UIC Forum".into()),
            address: Some("725 West Roosevelt Road, Chicago".into()),
            performers: vec!["Jeff Smith".into()],
            url: Some("https://talkcard.example/?talk=x".into()),
            video: Some((
                "https://www.youtube-nocookie.com/embed/abcdefghijk".into(),
                "https://www.youtube.com/watch?v=abcdefghijk".into(),
            )),
            cancelled: false,
            conference: Some("2019 Chicago".into()),
        };
        let text = event.to_json_ld();
        assert!(!text.contains('<'), "{text}");
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(json["@type"], "Event");
        assert_eq!(
            json["name"],
            "Ethics </script><script>alert(1)</script> & \"more\""
        );
        assert_eq!(json["startDate"], "2019-08-27T09:15-05:00");
        assert_eq!(json["location"]["@type"], "Place");
        assert_eq!(
            json["location"]["address"],
            "725 West Roosevelt Road, Chicago"
        );
        assert_eq!(json["performer"][0]["name"], "Jeff Smith");
        assert_eq!(json["recordedIn"]["@type"], "VideoObject");
        assert_eq!(
            json["recordedIn"]["embedUrl"],
            "https://www.youtube-nocookie.com/embed/abcdefghijk"
        );
        assert_eq!(json["eventStatus"], "https://schema.org/EventScheduled");
        let bare = TalkEvent {
            name: "x".into(),
            ..TalkEvent::default()
        };
        let json: serde_json::Value = serde_json::from_str(&bare.to_json_ld()).unwrap();
        assert_eq!(json.get("location"), None);
    }
}
