//! The talk's abstract: Markdown to HTML that is safe to put in the page.
//!
//! Every talk file is untrusted. This renderer never emits markup the file wrote itself: raw
//! HTML blocks and inline HTML are shown as text, and link and image URLs whose scheme is not on
//! the allow list ([`crate::link::is_allowed`]) lose their link, keeping their text. So the HTML
//! that leaves this module contains only tags pulldown-cmark generates.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd, html};

use crate::link::{self, UrlUse};

/// The Markdown extensions talk bodies use (GitHub-style tables, footnotes, strikethrough and
/// task lists), as Hugo's Goldmark enables them by default.
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
}

/// Renders `markdown` to HTML in which nothing can run.
pub fn render(markdown: &str) -> String {
    // Which open links/images were dropped, so their closing tags are dropped too.
    let mut links_kept: Vec<bool> = Vec::new();
    let mut images_kept: Vec<bool> = Vec::new();
    let events = Parser::new_ext(markdown, options()).filter_map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
        Event::Start(Tag::Link { ref dest_url, .. }) => {
            let keep = link::is_allowed(dest_url, UrlUse::Link);
            links_kept.push(keep);
            keep.then_some(event)
        }
        Event::End(TagEnd::Link) => links_kept.pop().unwrap_or(true).then_some(event),
        Event::Start(Tag::Image { ref dest_url, .. }) => {
            let keep = link::is_allowed(dest_url, UrlUse::Resource);
            images_kept.push(keep);
            keep.then_some(event)
        }
        Event::End(TagEnd::Image) => images_kept.pop().unwrap_or(true).then_some(event),
        other => Some(other),
    });
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events);
    out
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn renders_common_markdown() {
        let html =
            render("##### TALK ABSTRACT\n\nSome *emphasis* and a [link](https://example.org).\n");
        assert!(html.contains("<h5>TALK ABSTRACT</h5>"), "{html}");
        assert!(html.contains("<em>emphasis</em>"), "{html}");
        assert!(
            html.contains(r#"<a href="https://example.org">link</a>"#),
            "{html}"
        );
    }

    #[test]
    fn renders_tables_and_strikethrough() {
        let html = render("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~\n");
        assert!(html.contains("<table>"), "{html}");
        assert!(html.contains("<del>old</del>"), "{html}");
    }

    #[test]
    fn raw_html_is_text_not_markup() {
        let html = render("<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)>\n");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn unsafe_urls_lose_their_link_but_keep_their_text() {
        let html =
            render("[click me](javascript:alert(1)) and ![pic](data:image/png;base64,AAAA)\n");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("data:"), "{html}");
        assert!(html.contains("click me"), "{html}");
        assert!(html.contains("pic"), "{html}");
    }
}
