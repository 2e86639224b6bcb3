//! The native sanitiser: [ammonia](https://docs.rs/ammonia) configured from [`super::policy`],
//! for the CLI, the tests and the fuzz targets. The browser build does not carry it (see the
//! module above).

use std::borrow::{Borrow, Cow};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet, VecDeque};

use ammonia::{Builder, Url, UrlRelative, UrlRelativeEvaluate};

use super::UntrustedHtml;
use super::policy;

impl UntrustedHtml {
    /// The markup cleaned by the policy, paragraphs left empty by it dropped, relative links
    /// and images resolved against [`UntrustedHtml::base_url`].
    pub fn sanitise(&self) -> String {
        RECENT.with(|recent| recent.get_or(self, || self.sanitise_now()))
    }

    fn sanitise_now(&self) -> String {
        BASE_URL.set(self.base_url().and_then(|base| Url::parse(base).ok()));
        let clean = SANITISER.with(|cleaner| cleaner.clean(self.markup()).to_string());
        let clean = with_image_attributes_in_order(without_empty_paragraphs(&clean));
        match self.heading_shift() {
            0 => clean,
            shift => with_headings_shifted(&clean, shift),
        }
    }
}

/// Ammonia adds the attributes it sets on images in its hash map's order, which changes from
/// one run to the next: the same site exported twice would differ. Written in the policy's
/// order, an export is reproducible.
fn with_image_attributes_in_order(clean: String) -> String {
    let [(first, a), (second, b)] = policy::IMAGE_ATTRIBUTES else {
        return clean;
    };
    let swapped = format!("{second}=\"{b}\" {first}=\"{a}\"");
    if clean.contains(&swapped) {
        clean.replace(&swapped, &format!("{first}=\"{a}\" {second}=\"{b}\""))
    } else {
        clean
    }
}

/// The text that sanitised HTML (the output of [`UntrustedHtml::sanitise`]) shows, as a
/// browser's `textContent` reads it: markup gone, entities decoded. Natively this is what a
/// card's description and a bio's length are measured on, where the browser asks the DOM.
pub fn text_of(clean_html: &str) -> String {
    RECENT_TEXT.with(|recent| recent.get_or(clean_html, || text_of_now(clean_html)))
}

fn text_of_now(clean_html: &str) -> String {
    let text = TEXT_ONLY.with(|cleaner| cleaner.clean(clean_html).to_string());
    // The serialiser escapes only these in text (html5ever's `escape`, text mode).
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

/// How many recent results [`UntrustedHtml::sanitise`] and [`text_of`] keep.
const RECENT_KEPT: usize = 4;

/// The last few results of a computation, by its input, newest first.
struct Recent<K, V>(RefCell<VecDeque<(K, V)>>);

impl<K, V: Clone> Recent<K, V> {
    const fn new() -> Self {
        Recent(RefCell::new(VecDeque::new()))
    }

    /// The result kept for `key`, or `compute`'s, kept in place of the oldest.
    fn get_or<Q>(&self, key: &Q, compute: impl FnOnce() -> V) -> V
    where
        K: Borrow<Q>,
        Q: PartialEq + ToOwned<Owned = K> + ?Sized,
    {
        let kept = self
            .0
            .borrow()
            .iter()
            .find(|(k, _)| k.borrow() == key)
            .map(|(_, v)| v.clone());
        if let Some(value) = kept {
            return value;
        }
        let value = compute();
        let mut recent = self.0.borrow_mut();
        if recent.len() == RECENT_KEPT {
            recent.pop_back();
        }
        recent.push_front((key.to_owned(), value.clone()));
        value
    }
}

thread_local! {
    /// The last few sanitised blocks and their results: rendering one talk asks for the same
    /// abstract two or three times (its card, its description, its calendar entry), and on an
    /// export of ten thousand talks sanitising again was a tenth of the time.
    static RECENT: Recent<UntrustedHtml, String> = const { Recent::new() };
    /// The same for [`text_of`] (a talk's description and its calendar entry's excerpt).
    static RECENT_TEXT: Recent<String, String> = const { Recent::new() };

    /// No tags at all: what is left is text (entity-escaped by the serialiser).
    static TEXT_ONLY: Builder<'static> = {
        let mut builder = Builder::empty();
        builder.clean_content_tags(["script", "style"].into_iter().collect());
        builder
    };
    /// The sanitiser, built once: building ammonia's `Builder` (its sets of tags, attributes
    /// and schemes) cost a sixth of parsing a whole talk.
    static SANITISER: Builder<'static> = sanitiser();
    /// What relative links and images resolve against while [`UntrustedHtml::sanitise`] runs.
    static BASE_URL: std::cell::Cell<Option<Url>> = const { std::cell::Cell::new(None) };
}

fn sanitiser() -> Builder<'static> {
    let mut builder = Builder::empty();
    builder
        .tags(policy::TAGS.iter().copied().collect())
        .clean_content_tags(policy::CONTENT_REMOVED.iter().copied().collect())
        .generic_attributes(policy::GENERIC_ATTRIBUTES.iter().copied().collect())
        .tag_attributes(
            policy::TAG_ATTRIBUTES
                .iter()
                .map(|(tag, attributes)| (*tag, attributes.iter().copied().collect()))
                .collect::<HashMap<_, HashSet<_>>>(),
        )
        .url_schemes(policy::URL_SCHEMES.iter().copied().collect())
        .link_rel(Some(policy::LINK_REL))
        .strip_comments(true)
        // ammonia checks `href` and `src` as URLs but not `cite`: the policy does.
        .attribute_filter(|_, attribute, value| {
            if attribute == "cite" && !cite_is_allowed(value) {
                None
            } else {
                Some(value.into())
            }
        })
        .url_relative(UrlRelative::Custom(Box::new(AgainstBaseUrl)));
    for (attribute, value) in policy::IMAGE_ATTRIBUTES {
        builder.set_tag_attribute_value("img", attribute, value);
    }
    builder
}

/// A `cite` value the policy keeps: a relative reference or an allowed scheme, read as a
/// browser reads it (leading spaces and controls, tabs and newlines ignored).
fn cite_is_allowed(value: &str) -> bool {
    crate::link::scheme_of(value).is_none_or(|scheme| policy::URL_SCHEMES.contains(&&*scheme))
}

/// Resolves relative URLs as ammonia's `RewriteWithBase` does, against [`BASE_URL`]: one
/// sanitiser serves every body.
struct AgainstBaseUrl;

impl UrlRelativeEvaluate<'static> for AgainstBaseUrl {
    fn evaluate<'url>(&self, url: &'url str) -> Option<Cow<'url, str>> {
        let base = BASE_URL.take();
        let resolved = match &base {
            Some(base) => base.join(url).ok().map(|u| Cow::Owned(u.into())),
            None => Some(Cow::Borrowed(url)),
        };
        BASE_URL.set(base);
        resolved
    }
}

/// Sanitised HTML without paragraphs that hold only whitespace and line breaks: what is left
/// of legacy wrappers once their script embeds are removed (`<p>\n<br>\n</p>`), which would
/// show as a gap. The serializer writes tags in lower case, so a plain scan finds them; one
/// pass, for bodies of any size.
fn without_empty_paragraphs(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut copied = 0;
    let mut from = 0;
    while let Some(found) = html[from..].find("<p>") {
        let open = from + found;
        let mut inner = &html[open + 3..];
        loop {
            let trimmed = inner.trim_start();
            match trimmed.strip_prefix("<br>") {
                Some(rest) => inner = rest,
                None => {
                    inner = trimmed;
                    break;
                }
            }
        }
        if let Some(after) = inner.strip_prefix("</p>") {
            out.push_str(&html[copied..open]);
            copied = html.len() - after.len();
            from = copied;
        } else {
            from = open + 3;
        }
    }
    out.push_str(&html[copied..]);
    out
}

/// Sanitised HTML with every `h1`–`h6` tag renamed by `shift` levels. The serializer escapes
/// `<` and `>` in text and in attribute values, which it writes in double quotes; a tag is read
/// from `<` to the first `>` outside quotes all the same.
fn with_headings_shifted(html: &str, shift: i8) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let tag = &rest[open..];
        let mut quoted = false;
        let end = tag
            .bytes()
            .enumerate()
            .skip(1)
            .find(|&(_, b)| {
                quoted ^= b == b'"';
                b == b'>' && !quoted
            })
            .map_or(tag.len(), |(at, _)| at + 1);
        let (tag, after) = tag.split_at(end);
        let name_at = if tag.starts_with("</") { 2 } else { 1 };
        let bytes = tag.as_bytes();
        match (
            bytes.get(name_at),
            bytes.get(name_at + 1),
            bytes.get(name_at + 2),
        ) {
            (Some(b'h'), Some(level @ b'1'..=b'6'), Some(b' ' | b'>' | b'/')) => {
                let level = super::shifted_heading(level - b'0', shift);
                out.push_str(&tag[..=name_at]);
                out.push(char::from(b'0' + level));
                out.push_str(&tag[name_at + 2..]);
            }
            _ => out.push_str(tag),
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(markup: &str, base: Option<&str>) -> String {
        UntrustedHtml::new(markup.to_owned(), base).sanitise()
    }

    #[test]
    fn headings_move_by_the_shift_and_nothing_else_does() {
        let html = UntrustedHtml::new(
            "<h5>Abstract</h5><p title=\"<h5>\">x &lt;h5&gt; <a href=\"https://e.org/h1\">h1</a></p><h6 lang=\"en\">Deeper</h6>"
                .to_owned(),
            None,
        );
        assert_eq!(
            html.nest_headings(-2).sanitise(),
            "<h3>Abstract</h3><p title=\"&lt;h5&gt;\">x &lt;h5&gt; <a href=\"https://e.org/h1\" rel=\"noopener noreferrer nofollow\">h1</a></p><h4 lang=\"en\">Deeper</h4>"
        );
        let deep = UntrustedHtml::new("<h1>a</h1><h6>b</h6>".to_owned(), None);
        assert_eq!(deep.nest_headings(2).sanitise(), "<h3>a</h3><h6>b</h6>");
    }

    #[test]
    fn paragraphs_left_empty_are_dropped() {
        // talks/2016-chicago/abejide-ayodele.md: a script embed alone in a legacy <p>.
        let html = clean(
            "<p>\n  <br>\n  <script async src=\"//x\"></script>\n</p>\n\n<p>Kept<br></p>\n",
            None,
        );
        assert_eq!(html.trim(), "<p>Kept<br></p>");
        assert_eq!(
            without_empty_paragraphs("<p></p>".repeat(100_000).as_str()),
            ""
        );
    }

    #[test]
    fn citations_are_urls() {
        // A leftover the XSS corpus found: `cite` was kept whatever its scheme.
        for tag in ["q", "blockquote", "del", "ins"] {
            let html = clean(
                &format!("<{tag} cite=\"javascript:alert(1)\">x</{tag}>"),
                None,
            );
            assert_eq!(html, format!("<{tag}>x</{tag}>"));
            let html = clean(&format!("<{tag} cite=\" JaVa\tscript:x\">x</{tag}>"), None);
            assert!(!html.contains("cite"), "{html}");
        }
        assert_eq!(
            clean("<q cite=\"https://example.org/\">x</q>", None),
            "<q cite=\"https://example.org/\">x</q>"
        );
    }

    #[test]
    fn links_and_images_do_not_leak_the_page() {
        let html = clean("<a href=\"https://x.org\">a</a><img src=\"i.png\">", None);
        assert!(
            html.contains("rel=\"noopener noreferrer nofollow\""),
            "{html}"
        );
        // In the policy's order, whatever the hash map's: an export is reproducible.
        assert!(
            html.contains("<img src=\"i.png\" loading=\"lazy\" referrerpolicy=\"no-referrer\">"),
            "{html}"
        );
    }

    #[test]
    fn content_of_removed_code_goes_with_it() {
        let html = clean(
            "<p>a<svg><desc>x</desc></svg><textarea>t</textarea><select><option>o</select>b</p>",
            None,
        );
        assert_eq!(html, "<p>ab</p>");
        assert_eq!(clean("<input type=text value=v>", None), "");
    }
}
