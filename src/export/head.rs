//! Every exported page's head and frame: what link previews, search engines and a visitor
//! without script read. The tags are those the devopsdays theme writes for its talk pages
//! (title, description, OpenGraph, Twitter card), plus the canonical address and the JSON-LD
//! that talkcard's standalone page writes.

use std::fmt::Write as _;

use super::render::escape;
use crate::language::{Language, words};

/// The same policy as the app's page (`index.html`): nothing but talkcard's own script runs,
/// no inline script or style, frames only from the players' privacy-mode hosts.
const CSP: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' https: http: data:; connect-src 'self' https: http: data:; frame-src https://www.youtube-nocookie.com https://player.vimeo.com https://docs.google.com; form-action 'self'; base-uri 'none'; object-src 'none'";

/// What a page says of itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Head {
    /// `<title>` and `og:title`.
    pub title: String,
    /// The meta description and `og:description`: plain text, a sentence or two.
    pub description: Option<String>,
    /// The page's own address, when the export knows where it is published.
    pub canonical: Option<String>,
    /// `og:type`.
    pub kind: &'static str,
    /// The preview picture's address and what it shows.
    pub image: Option<(String, String)>,
    /// `og:site_name`: the event.
    pub site_name: Option<String>,
    /// A schema.org JSON-LD document (already escaped for a `<script>` data block).
    pub json_ld: Option<String>,
    /// The language of the page's own words (`<html lang>`).
    pub language: Language,
}

/// A whole page: `head`, then `body` inside the app's frame. `root` is the relative path
/// from the page to the export's root (`../../../../`), where the app's style sheet is.
pub fn page(head: &Head, root: &str, body: &str) -> String {
    let mut out = String::with_capacity(body.len() + 4096);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\" data-talkcard-export>\n<head>\n<meta charset=\"utf-8\">\n",
        head.language.tag()
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta name=\"color-scheme\" content=\"light dark\">\n");
    let _ = writeln!(
        out,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">"
    );
    let title = escape(&head.title);
    let _ = writeln!(out, "<title>{title}</title>");
    let meta = |out: &mut String, attr: &str, key: &str, value: &str| {
        let _ = writeln!(out, "<meta {attr}=\"{key}\" content=\"{}\">", escape(value));
    };
    if let Some(description) = &head.description {
        meta(&mut out, "name", "description", description);
    }
    if let Some(url) = &head.canonical {
        let _ = writeln!(out, "<link rel=\"canonical\" href=\"{}\">", escape(url));
    }
    meta(&mut out, "property", "og:title", &head.title);
    meta(&mut out, "property", "og:type", head.kind);
    if let Some(description) = &head.description {
        meta(&mut out, "property", "og:description", description);
    }
    if let Some(url) = &head.canonical {
        meta(&mut out, "property", "og:url", url);
    }
    if let Some(name) = &head.site_name {
        meta(&mut out, "property", "og:site_name", name);
    }
    let card = if head.image.is_some() {
        "summary_large_image"
    } else {
        "summary"
    };
    meta(&mut out, "name", "twitter:card", card);
    meta(&mut out, "name", "twitter:title", &head.title);
    if let Some(description) = &head.description {
        meta(&mut out, "name", "twitter:description", description);
    }
    if let Some((url, alt)) = &head.image {
        meta(&mut out, "property", "og:image", url);
        meta(&mut out, "property", "og:image:alt", alt);
        meta(&mut out, "name", "twitter:image", url);
        meta(&mut out, "name", "twitter:image:alt", alt);
    }
    if let Some(json_ld) = &head.json_ld {
        let _ = writeln!(
            out,
            "<script type=\"application/ld+json\" id=\"talkcard-json-ld\">{json_ld}</script>"
        );
    }
    // Every page loads talkcard's loader (a module: it runs once the page is parsed), which
    // keeps the export's pages for offline use and makes a page's card live when it is reached
    // for; `data-talkcard-export` on the root element tells it the page is the export's own.
    let _ = writeln!(
        out,
        "<script type=\"module\" src=\"{root}embed.js\"></script>"
    );
    let _ = writeln!(out, "<link rel=\"stylesheet\" href=\"{root}talkcard.css\">");
    let _ = writeln!(
        out,
        "<link rel=\"icon\" href=\"{root}favicon.svg\" type=\"image/svg+xml\">"
    );
    out.push_str("</head>\n<body>\n");
    out.push_str(body);
    out.push_str("\n</body>\n</html>\n");
    out
}

/// The site bar of an exported page: talkcard's name (the app, at the export's root) and the
/// way back to the event's program and the list of events.
pub fn bar(language: Language, root: &str, crumbs: &[(String, String)]) -> String {
    let mut out = format!(
        "<header class=\"talkcard-bar\"><a class=\"talkcard-brand\" href=\"{root}\">talkcard</a>"
    );
    if !crumbs.is_empty() {
        let _ = write!(
            out,
            "<nav class=\"talkcard-crumbs\" aria-label=\"{}\"><ol>",
            escape(&words::pages::where_this_page_is(language))
        );
        for (href, label) in crumbs {
            let _ = write!(
                out,
                "<li><a href=\"{}\">{}</a></li>",
                escape(href),
                escape(label)
            );
        }
        out.push_str("</ol></nav>");
    }
    out.push_str("</header>");
    out
}

/// `--base-url` as the root of every canonical address: absolute http(s), ending in `/`.
pub fn base_url(url: &str) -> Option<String> {
    let url = url.trim();
    let parsed = url::Url::parse(url).ok()?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return None;
    }
    let mut url = parsed.to_string();
    if let Some(at) = url.find(['?', '#']) {
        url.truncate(at);
    }
    if !url.ends_with('/') {
        url.push('/');
    }
    Some(url)
}

/// The preview picture of a recording: YouTube's still of the video, which only the
/// preview's crawler fetches (the page itself never loads it: the player is a facade).
pub fn video_still(medium: &crate::media::Medium) -> Option<String> {
    match medium {
        crate::media::Medium::YouTube(video) => {
            Some(format!("https://i.ytimg.com/vi/{}/hqdefault.jpg", video.id))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_are_absolute_folders() {
        assert_eq!(
            base_url("https://example.org/talks").as_deref(),
            Some("https://example.org/talks/")
        );
        assert_eq!(
            base_url("https://example.org").as_deref(),
            Some("https://example.org/")
        );
        assert_eq!(base_url("example.org/talks"), None);
        assert_eq!(base_url("javascript:alert(1)"), None);
    }

    #[test]
    fn a_head_escapes_what_the_talk_file_says() {
        let page = page(
            &Head {
                title: "<script>alert(1)</script> \"quoted\"".to_owned(),
                description: Some("a & b".to_owned()),
                kind: "website",
                ..Head::default()
            },
            "../",
            "<main></main>",
        );
        assert!(
            page.contains(
                "<title>&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot;</title>"
            )
        );
        assert!(page.contains("content=\"a &amp; b\""));
        assert!(!page.contains("<script>alert"));
    }
}
