//! The sanitising policy, as data: which elements, attributes and URL schemes a talk file's
//! HTML may keep. Both sanitisers read it (ammonia natively, DOMPurify in the browser), so a
//! change here changes both.
//!
//! It is ammonia's conservative default (formatting, links, images and tables; no `script`,
//! `style`, `iframe`, `form`, event handlers, `style`, `class` or `id` attributes), with URL
//! schemes narrowed to http, https and mailto and `cite` checked as the URL it is.

/// Elements kept; any other is removed and its children kept in its place, except
/// [`CONTENT_REMOVED`].
pub const TAGS: &[&str] = &[
    "a",
    "abbr",
    "acronym",
    "area",
    "article",
    "aside",
    "b",
    "bdi",
    "bdo",
    "blockquote",
    "br",
    "caption",
    "center",
    "cite",
    "code",
    "col",
    "colgroup",
    "data",
    "dd",
    "del",
    "details",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "map",
    "mark",
    "nav",
    "ol",
    "p",
    "pre",
    "q",
    "rp",
    "rt",
    "rtc",
    "ruby",
    "s",
    "samp",
    "small",
    "span",
    "strike",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "tt",
    "u",
    "ul",
    "var",
    "wbr",
];

/// Elements removed together with everything inside them: what they hold is code, a document
/// of its own, or text that was never meant to show.
///
/// Not `noscript`: its content is read two ways (as text where scripting is on, as markup where
/// it is off, as in the inert document the browser's sanitiser parses into), and a quote such
/// as `<noscript><p title="</noscript>">` would leave it open to the end of the body, taking
/// the rest of the abstract with it. Unwrapped, its content is sanitised like any other.
pub const CONTENT_REMOVED: &[&str] = &[
    "script",
    "style",
    "iframe",
    "noembed",
    "noframes",
    "template",
    "xmp",
    "plaintext",
    "svg",
    "math",
    "title",
    "textarea",
    "select",
    "object",
    "embed",
    "audio",
    "video",
];

/// Attributes kept on every allowed element.
pub const GENERIC_ATTRIBUTES: &[&str] = &["lang", "title"];

/// Attributes kept on particular elements.
pub const TAG_ATTRIBUTES: &[(&str, &[&str])] = &[
    ("a", &["href", "hreflang"]),
    ("bdo", &["dir"]),
    ("blockquote", &["cite"]),
    ("col", &["align", "char", "charoff", "span"]),
    ("colgroup", &["align", "char", "charoff", "span"]),
    ("del", &["cite", "datetime"]),
    ("hr", &["align", "size", "width"]),
    ("img", &["align", "alt", "height", "src", "width"]),
    ("ins", &["cite", "datetime"]),
    ("ol", &["start"]),
    ("q", &["cite"]),
    ("table", &["align", "char", "charoff", "summary"]),
    ("tbody", &["align", "char", "charoff"]),
    (
        "td",
        &["align", "char", "charoff", "colspan", "headers", "rowspan"],
    ),
    ("tfoot", &["align", "char", "charoff"]),
    (
        "th",
        &[
            "align", "char", "charoff", "colspan", "headers", "rowspan", "scope",
        ],
    ),
    ("thead", &["align", "char", "charoff"]),
    ("tr", &["align", "char", "charoff"]),
];

/// Attributes that hold a URL: kept only with an allowed scheme ([`URL_SCHEMES`]) or none (a
/// relative reference, resolved against the file's own URL when it has one).
pub const URL_ATTRIBUTES: &[&str] = &["href", "src", "cite"];

/// The URL schemes a link, image or citation may use.
pub const URL_SCHEMES: &[&str] = &["http", "https", "mailto"];

/// Set on every link: the talk file's links open nothing with a handle on the page, tell the
/// target nothing of it, and lend it no ranking.
pub const LINK_REL: &str = "noopener noreferrer nofollow";

/// Set on every image: no referrer to the image's host, and no download before it scrolls
/// into view.
pub const IMAGE_ATTRIBUTES: &[(&str, &str)] =
    &[("loading", "lazy"), ("referrerpolicy", "no-referrer")];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_is_both_kept_and_removed_with_its_content() {
        for tag in CONTENT_REMOVED {
            assert!(!TAGS.contains(tag), "{tag}");
        }
        for (tag, _) in TAG_ATTRIBUTES {
            assert!(TAGS.contains(tag), "{tag} has attributes but is not kept");
        }
    }

    /// `page-cards.js` shows the card of an exported page only when every element of it is one
    /// a card can hold: the sanitiser's (these) and the card's own. Its list must keep up.
    #[test]
    fn page_cards_accept_every_element_the_sanitiser_keeps() {
        let loader = include_str!("../../assets/page-cards.js");
        let list = loader
            .split("const CARD_TAGS = new Set((")
            .nth(1)
            .and_then(|rest| rest.split(").split(").next())
            .expect("page-cards.js lists CARD_TAGS");
        let words: Vec<&str> = list
            .split(['"', '+', '\n', ' '])
            .filter(|w| !w.is_empty())
            .collect();
        for tag in TAGS {
            assert!(words.contains(tag), "page-cards.js's CARD_TAGS lacks {tag}");
        }
        for tag in &words {
            assert!(
                !CONTENT_REMOVED.contains(tag) && !tag.starts_with("script"),
                "{tag}"
            );
        }
    }

    #[test]
    fn no_attribute_can_run_script() {
        let all = TAG_ATTRIBUTES
            .iter()
            .flat_map(|(_, a)| a.iter())
            .chain(GENERIC_ATTRIBUTES);
        for attribute in all {
            assert!(!attribute.starts_with("on"), "{attribute}");
            assert!(!matches!(
                *attribute,
                "style" | "srcdoc" | "formaction" | "action"
            ));
        }
    }
}
