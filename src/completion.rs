//! What the speaker's editor offers to complete: the front matter keys a template names, each
//! with the template's own comment as its explanation, the `Type` values the card lays out,
//! the speaker's own slug, and the shortcodes talkcard expands.
//!
//! Kept in the core (no browser) so that the offers come from the same templates and the same
//! shortcode list the parser reads, and are tested natively: the editor's JavaScript only shows
//! them.

/// A front matter key and what the template says about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyHint {
    /// The key as the template writes it (`Speakers`, `image`).
    pub key: String,
    /// The comment lines above it in the template, joined (`Speaker slugs: …`); a comment
    /// speaks for every key under it until the next comment or blank line.
    pub info: String,
}

/// The keys of `template`'s TOML front matter, in the template's order, with their comments.
pub fn template_keys(template: &str) -> Vec<KeyHint> {
    let mut keys = Vec::new();
    let mut lines = template.lines();
    if lines.next().map(str::trim_end) != Some("+++") {
        return keys;
    }
    let mut comment: Vec<&str> = Vec::new();
    // After a key, the next comment starts a new explanation instead of adding to the last.
    let mut after_key = false;
    for line in lines {
        let line = line.trim();
        if line == "+++" {
            break;
        }
        if let Some(text) = line.strip_prefix('#') {
            if after_key {
                comment.clear();
                after_key = false;
            }
            comment.push(text.trim());
        } else if let Some((key, _)) = line.split_once('=') {
            keys.push(KeyHint {
                key: key.trim().to_owned(),
                info: comment.join(" "),
            });
            after_key = true;
        } else if line.is_empty() {
            comment.clear();
        }
    }
    keys
}

/// The `Type` values the card lays out as their own kinds (anything else is shown as written).
pub const TALK_TYPES: [&str; 4] = ["talk", "keynote", "ignite", "workshop"];

/// A shortcode the body may use, as the editor inserts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShortcodeHint {
    /// Its name (`youtube`).
    pub name: &'static str,
    /// What is inserted after `{{<`: the name and its arguments, without the closing `>}}`.
    pub arguments: &'static str,
    /// What talkcard does with it.
    pub info: &'static str,
}

/// The shortcodes [`crate::shortcode::expand`] turns into content; the others it removes with
/// a warning, so they are not offered.
pub const SHORTCODES: [ShortcodeHint; 6] = [
    ShortcodeHint {
        name: "youtube",
        arguments: "youtube VIDEO_ID",
        info: "A YouTube video, shown as the card's player (click to play, no cookies).",
    },
    ShortcodeHint {
        name: "vimeo",
        arguments: "vimeo VIDEO_ID",
        info: "A Vimeo video, shown as the card's player (click to play, Do Not Track).",
    },
    ShortcodeHint {
        name: "figure",
        arguments: "figure src=\"https://\" alt=\"\" caption=\"\"",
        info: "A picture with its description and an optional caption.",
    },
    ShortcodeHint {
        name: "tweet",
        arguments: "tweet user=\"\" id=\"\"",
        info: "A post on X, shown as a link to it (nothing is loaded from X).",
    },
    ShortcodeHint {
        name: "highlight",
        arguments: "highlight LANGUAGE",
        info: "Code, shown as a code block; close it with {{< /highlight >}}.",
    },
    ShortcodeHint {
        name: "event_link",
        arguments: "event_link page=\"\" text=\"\"",
        info: "A link to a page of the event's site; shown as its text here.",
    },
];

/// The slug a speaker file for `name` goes by, as talk files list it in `Speakers`:
/// "Ada Lovelace" → `ada-lovelace`, "Michael Coté" → `michael-coté` (letters kept, as the
/// site's files name them; at most 60 characters).
pub fn slug(name: &str) -> String {
    let words: String = crate::case::lower(name)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let slug = words
        .split('-')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    slug.chars().take(60).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_of_the_talk_template_comes_with_its_comment() {
        let keys = template_keys(crate::talk::TEMPLATE);
        let names: Vec<&str> = keys.iter().map(|k| k.key.as_str()).collect();
        assert_eq!(
            names,
            [
                "Title",
                "Type",
                "Speakers",
                "Talk_date",
                "Talk_start_time",
                "Talk_end_time",
                "Youtube",
                "Vimeo",
                "Speakerdeck",
                "Slideshare",
                "Googleslides",
                "Slides",
                "Website"
            ]
        );
        let speakers = &keys[2];
        assert!(speakers.info.starts_with("Speaker slugs:"), "{speakers:?}");
        // One comment speaks for the keys under it.
        assert_eq!(keys[4].info, keys[3].info);
        assert!(keys[3].info.starts_with("When it happens"));
        assert!(keys[1].info.contains("keynote"));
    }

    #[test]
    fn the_speaker_templates_keys_are_offered_too() {
        let keys = template_keys(crate::speaker::TEMPLATE);
        assert_eq!(keys[0].key, "Title");
        assert_eq!(
            keys[0].info,
            "Your name, as it should appear on the program."
        );
        let twitter = keys.iter().find(|k| k.key == "twitter").unwrap();
        assert!(twitter.info.starts_with("Where people can find you"));
    }

    #[test]
    fn a_file_without_toml_front_matter_offers_no_keys() {
        assert!(template_keys("---\nTitle: x\n---\n").is_empty());
        assert!(template_keys("").is_empty());
    }

    #[test]
    fn every_type_offered_is_one_the_card_knows() {
        for kind in TALK_TYPES {
            assert_eq!(crate::TalkKind::parse(Some(kind)).as_str(), kind);
            assert!(!matches!(
                crate::TalkKind::parse(Some(kind)),
                crate::TalkKind::Other(_)
            ));
        }
    }

    #[test]
    fn every_shortcode_offered_is_expanded_without_a_warning() {
        for hint in SHORTCODES {
            let filled = hint
                .arguments
                .replace("VIDEO_ID", "dQw4w9WgXcQ")
                .replace("LANGUAGE", "rust")
                .replace("src=\"https://\"", "src=\"https://example.org/a.png\"")
                .replace("id=\"\"", "id=\"20\"");
            let body = format!("{{{{< {filled} >}}}}\n");
            let expanded = crate::shortcode::expand(&body, 1);
            let unsupported = expanded
                .diagnostics
                .iter()
                .any(|d| d.message().contains("not supported"));
            assert!(!unsupported, "{}: {:?}", hint.name, expanded.diagnostics);
            assert!(hint.arguments.starts_with(hint.name));
        }
    }

    #[test]
    fn a_slug_is_the_name_as_files_are_named() {
        assert_eq!(slug("Ada Lovelace"), "ada-lovelace");
        assert_eq!(slug("  Michael Coté (he/him) "), "michael-coté-he-him");
        assert_eq!(slug("Jean-Luc O'Neil"), "jean-luc-o-neil");
        assert_eq!(slug(""), "");
        assert_eq!(slug(&"a".repeat(80)).len(), 60);
    }
}
