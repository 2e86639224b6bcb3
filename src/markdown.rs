//! The talk's abstract: Markdown (with Hugo shortcodes and raw HTML) to HTML for the sanitiser.
//!
//! A third of real talk bodies carry raw HTML (legacy `div` wrappers, `<strong>`, `<br>`, `<a>`,
//! `<img>`, and also `<iframe>` and `<script>` embeds). The Markdown renderer passes it through
//! as [`UntrustedHtml`], which only a sanitiser can put in the page (see [`crate::sanitise`]):
//! harmless formatting is kept there, everything that can run or track goes. Video embeds
//! (`{{< youtube >}}` shortcodes and YouTube/Vimeo iframes) become [`Block::Player`]s, the same
//! privacy-first player as the front matter's fields.

use pulldown_cmark::{Event, Options, Parser, html};

use crate::diagnostic::Diagnostic;
use crate::language::words::notes;
use crate::media::Medium;
use crate::sanitise::UntrustedHtml;
use crate::shortcode;

/// A piece of the rendered abstract.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// HTML from the file, for the sanitiser.
    Html(UntrustedHtml),
    /// A video the body embeds, shown with the card's player.
    Player(Medium),
}

impl Block {
    /// The block as sanitised HTML (by the native sanitiser); a player becomes a link to the
    /// video's page. For non-browser uses: the browser sanitises with its own parser.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn to_html(&self) -> String {
        match self {
            Block::Html(html) => html.sanitise(),
            Block::Player(medium) => format!(
                "<p><a href=\"{}\" rel=\"noopener noreferrer nofollow\">Video on {}</a></p>\n",
                medium.page_url(),
                medium.provider().label()
            ),
        }
    }
}

/// A rendered body.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rendered {
    /// The abstract, in order.
    pub blocks: Vec<Block>,
    /// Shortcodes removed or unusable, with their lines.
    pub diagnostics: Vec<Diagnostic>,
}

/// The Markdown extensions talk bodies use (GitHub-style tables, footnotes, strikethrough and
/// task lists), as Hugo's Goldmark enables them by default.
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
}

/// Renders a short note from a data file (a schedule slot's `comments`: Markdown, or HTML such
/// as `<br/>`) to HTML for the sanitiser, its relative links resolving against `base_url`.
/// No shortcodes or players: a note is words and links.
pub fn render_note(text: &str, base_url: Option<&str>) -> UntrustedHtml {
    let mut html = String::with_capacity(text.len() * 3 / 2);
    html::push_html(&mut html, Parser::new_ext(text, options()));
    UntrustedHtml::new(html, base_url)
}

/// The level an abstract's top-most heading takes: under the card's title (`h2`).
pub const ABSTRACT_TOP_HEADING: u8 = 3;
/// The level a bio's top-most heading takes: under the speaker's name (`h3`).
pub const BIO_TOP_HEADING: u8 = 4;

/// Renders `body` (starting on file line `body_line`) to HTML blocks and players. Relative
/// links and images will resolve against `base_url`, the talk file's own URL, when given.
///
/// The body's own headings (Markdown or raw HTML) keep their order but move so that the
/// top-most becomes `top_heading`: real abstracts open with `##### TALK ABSTRACT` under the
/// card's `h2`, and a screen reader's outline (and Lighthouse) would see levels skipped.
pub fn render(body: &str, body_line: usize, base_url: Option<&str>, top_heading: u8) -> Rendered {
    let expanded = shortcode::expand(body, body_line);
    let mark = expanded.mark.as_str();
    let mut videos = expanded.videos;
    let mut limits = Limits::default();
    let mut top = u8::MAX;
    let events = Parser::new_ext(&expanded.text, options()).filter_map(|event| {
        let event = limits.apply(event)?;
        top = top.min(heading_level(&event));
        Some(match event {
            // A YouTube or Vimeo iframe, or slides embedded with their host's script, in raw
            // HTML: keep the HTML (the sanitiser drops the iframe or script) and mark the spot
            // for a player or a link card. An embed named twice (SlidesLive's `div` and its
            // script) is marked once.
            Event::Html(ref raw) | Event::InlineHtml(ref raw) => match Medium::body_embed(raw) {
                Some(medium) if !videos.contains(&medium) => {
                    let marked = format!("{raw}\n{mark}{}-->\n", videos.len());
                    videos.push(medium);
                    Event::Html(marked.into())
                }
                _ => event,
            },
            // A disabled checkbox, as Hugo shows task lists, without an `<input>` element
            // (which the policy does not let through: a talk file's own `<input>` would be a
            // text box on the page).
            Event::TaskListMarker(done) => Event::Text(if done { "☑ " } else { "☐ " }.into()),
            other => other,
        })
    });
    let mut html = String::with_capacity(expanded.text.len() * 3 / 2);
    html::push_html(&mut html, events);

    let shift = if top <= 6 {
        top_heading as i8 - top as i8
    } else {
        0
    };
    let mut blocks = Vec::new();
    let push_html = |blocks: &mut Vec<Block>, html: &str| {
        let html = UntrustedHtml::new(html.to_owned(), base_url).nest_headings(shift);
        if !html.is_empty() {
            blocks.push(Block::Html(html));
        }
    };
    let mut rest = html.as_str();
    while let Some(at) = rest.find(mark) {
        push_html(&mut blocks, &rest[..at]);
        let after = &rest[at + mark.len()..];
        let end = after.find("-->").unwrap_or(after.len());
        if let Some(video) = after[..end]
            .parse::<usize>()
            .ok()
            .and_then(|i| videos.get(i))
        {
            blocks.push(Block::Player(video.clone()));
        }
        rest = after.get(end + 3..).unwrap_or("");
    }
    push_html(&mut blocks, rest);
    let mut diagnostics = expanded.diagnostics;
    diagnostics.extend(limits.diagnostics(body_line));
    Rendered {
        blocks,
        diagnostics,
    }
}

/// The level of the heading `event` opens (a Markdown heading, or the highest heading tag of
/// raw HTML), `u8::MAX` for anything else.
fn heading_level(event: &Event<'_>) -> u8 {
    match event {
        Event::Start(pulldown_cmark::Tag::Heading { level, .. }) => *level as u8,
        Event::Html(raw) | Event::InlineHtml(raw) if raw.contains(['h', 'H']) => {
            crate::html_tags::start_tags(raw)
                .iter()
                .filter_map(|tag| match tag.name.as_bytes() {
                    [b'h', level @ b'1'..=b'6'] => Some(level - b'0'),
                    _ => None,
                })
                .min()
                .unwrap_or(u8::MAX)
        }
        _ => u8::MAX,
    }
}

/// How deep the abstract's Markdown structure (blockquotes, lists, emphasis, links…) may nest;
/// deeper levels are flattened, their text kept. Real bodies nest 4 deep at most.
pub const MAX_DEPTH: usize = 32;

/// How many raw HTML tags a body may carry; the rest is shown as text. Real bodies carry 16
/// at most.
pub const MAX_RAW_HTML_TAGS: usize = 500;

/// Bounds on the HTML the sanitiser is given. Its HTML parser (like every spec-compliant one)
/// checks the stack of open elements at each new element, so parsing costs elements × depth:
/// 10 000 nested blockquotes took seconds, and a 1 MB file of `<div>`s would freeze the tab
/// for minutes. Capping depth and raw tags keeps any body linear.
#[derive(Debug, Default)]
struct Limits {
    /// Markdown elements open now.
    depth: usize,
    /// The deepest nesting reached, past [`MAX_DEPTH`] included.
    deepest: usize,
    /// Raw HTML tags seen so far.
    raw_tags: usize,
    /// True once raw HTML past the limit was shown as text.
    escaped: bool,
}

impl Limits {
    /// The event as rendered under the limits: `None` for an element nested too deep.
    fn apply<'a>(&mut self, event: Event<'a>) -> Option<Event<'a>> {
        match event {
            Event::Start(_) => {
                self.depth += 1;
                self.deepest = self.deepest.max(self.depth);
                (self.depth <= MAX_DEPTH).then_some(event)
            }
            Event::End(_) => {
                let kept = self.depth <= MAX_DEPTH;
                self.depth = self.depth.saturating_sub(1);
                kept.then_some(event)
            }
            Event::Html(ref raw) | Event::InlineHtml(ref raw) => {
                self.raw_tags += raw
                    .as_bytes()
                    .windows(2)
                    .filter(|pair| pair[0] == b'<' && pair[1].is_ascii_alphabetic())
                    .count();
                if self.raw_tags > MAX_RAW_HTML_TAGS {
                    self.escaped = true;
                    Some(Event::Text(raw.clone()))
                } else {
                    Some(event)
                }
            }
            other => Some(other),
        }
    }

    fn diagnostics(&self, body_line: usize) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        if self.deepest > MAX_DEPTH {
            out.push(Diagnostic::warning(
                Some(body_line),
                notes::nested_deep(self.deepest as u64, &MAX_DEPTH.to_string()),
            ));
        }
        if self.escaped {
            out.push(Diagnostic::warning(
                Some(body_line),
                notes::raw_html_tags(self.raw_tags as u64, &MAX_RAW_HTML_TAGS.to_string()),
            ));
        }
        out
    }
}

// Natively: they read the HTML as the native sanitiser leaves it.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::media::Provider;

    /// An abstract's blocks (headings under the card's title).
    fn render(body: &str, body_line: usize, base_url: Option<&str>) -> Rendered {
        super::render(body, body_line, base_url, ABSTRACT_TOP_HEADING)
    }

    fn html(body: &str) -> String {
        render(body, 1, None)
            .blocks
            .iter()
            .map(Block::to_html)
            .collect()
    }

    #[test]
    fn renders_common_markdown() {
        let html =
            html("##### TALK ABSTRACT\n\nSome *emphasis* and a [link](https://example.org).\n");
        assert!(html.contains("<h3>TALK ABSTRACT</h3>"), "{html}");
        assert!(html.contains("<em>emphasis</em>"), "{html}");
        assert!(
            html.contains(
                r#"<a href="https://example.org" rel="noopener noreferrer nofollow">link</a>"#
            ),
            "{html}"
        );
    }

    #[test]
    fn headings_nest_under_the_cards_title_in_their_order() {
        // talks/2017-dallas/manah-khalil.md opens with `##### TALK DESCRIPTION`.
        assert_eq!(
            html("##### TALK DESCRIPTION\n\nText.\n\n###### Takeaways\n"),
            "<h3>TALK DESCRIPTION</h3>\n<p>Text.</p>\n<h4>Takeaways</h4>\n"
        );
        // Raw HTML headings count too, and move with the Markdown ones.
        assert_eq!(
            html("<h1>Title</h1>\n\n## Part\n"),
            "<h3>Title</h3>\n<h4>Part</h4>\n"
        );
        // A bio's headings go under the speaker's name (h3).
        let bio = super::render("# Me\n", 1, None, BIO_TOP_HEADING).blocks[0].to_html();
        assert_eq!(bio, "<h4>Me</h4>\n");
        // Deep levels stop at h6, keeping the order of the rest.
        assert_eq!(
            html("# a\n\n#### b\n\n###### c\n"),
            "<h3>a</h3>\n<h6>b</h6>\n<h6>c</h6>\n"
        );
    }

    #[test]
    fn slides_embedded_by_script_or_iframe_become_link_cards_in_place() {
        // talks/2016-chicago/abejide-ayodele.md, talks/2019-houston/donovan-brown.md,
        // talks/2018-minneapolis/tim-gross.md
        let rendered = render(
            concat!(
                "Before.\n\n",
                "<script async class=\"speakerdeck-embed\" data-id=\"e6ee88f094304d7aa87f028ae018d80c\" src=\"//speakerdeck.com/assets/embed.js\"></script>\n\n",
                "<div id=\"presentation-embed-38915149\"></div>\n",
                "<script>embed = new SlidesLiveEmbed('presentation-embed-38915149', {});</script>\n\n",
                "<iframe src=\"https://tgross.github.io/devopsdaysmsp2018/#/\"></iframe>\n\n",
                "<script class=\"speakerdeck-embed\" data-id=\"javascript:alert(1)\"></script>\n\n",
                "After.\n",
            ),
            1,
            None,
        );
        let media: Vec<String> = rendered
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Player(m) => Some(format!("{}: {}", m.link_text(), m.page_url())),
                Block::Html(_) => None,
            })
            .collect();
        assert_eq!(
            media,
            [
                "Slides on Speaker Deck: https://speakerdeck.com/player/e6ee88f094304d7aa87f028ae018d80c",
                "Recording on SlidesLive: https://slideslive.com/38915149",
                "Embedded page: https://tgross.github.io/devopsdaysmsp2018/#/",
            ]
        );
        let html: String = rendered.blocks.iter().map(Block::to_html).collect();
        assert!(
            html.starts_with("<p>Before.</p>") && html.contains("After."),
            "{html}"
        );
        assert!(
            !html.contains("<script") && !html.contains("javascript"),
            "{html}"
        );
    }

    #[test]
    fn paragraphs_left_empty_by_the_sanitiser_are_dropped() {
        // talks/2016-chicago/abejide-ayodele.md: a script embed alone in a legacy <p>.
        let html =
            html("<p>\n  <br>\n  <script async src=\"//x\"></script>\n</p>\n\n<p>Kept<br></p>\n");
        assert_eq!(html.trim(), "<p>Kept<br></p>");
    }

    #[test]
    fn a_body_cannot_write_the_player_marker() {
        // A leftover the XSS corpus found: a body that wrote talkcard's own marker comment got
        // a player for the shortcode video of that number.
        let rendered = render(
            "{{< youtube K3VjhM3SJBM >}}\n\n<!--talkcard-player:0-->\n\nText.\n",
            1,
            None,
        );
        let players = rendered
            .blocks
            .iter()
            .filter(|b| matches!(b, Block::Player(_)))
            .count();
        assert_eq!(players, 1);
        assert!(
            rendered
                .blocks
                .iter()
                .any(|b| b.to_html().contains("Text."))
        );
    }

    #[test]
    fn pathological_bodies_render_with_their_text() {
        // Issue 8's limits: 10 000 nested blockquotes, 20 000 stars. They must neither
        // overflow the (small, 1 MiB) wasm stack nor lose the text around them.
        let nested = html(&format!("{} Deep inside.\n", ">".repeat(10_000)));
        assert!(nested.contains("Deep inside."), "{}", &nested[..200]);
        let stars = html(&format!("{}\n\nAfter the stars.\n", "*".repeat(20_000)));
        assert!(stars.contains("After the stars."));
        let rendered = render(
            &format!("{}Deep{}", "<div>".repeat(10_000), "</div>".repeat(10_000)),
            4,
            None,
        );
        let html: String = rendered.blocks.iter().map(Block::to_html).collect();
        assert!(html.contains("Deep"));
        // Past the limit, raw HTML shows as text (escaped), and a warning says why.
        assert!(html.contains("&lt;div&gt;"));
        assert_eq!(rendered.diagnostics.len(), 1);
        assert_eq!(rendered.diagnostics[0].line, Some(4));
        assert!(
            rendered.diagnostics[0]
                .message()
                .contains("10000 raw HTML tags")
        );
    }

    #[test]
    fn renders_tables_strikethrough_and_task_lists() {
        let html = html("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~\n\n- [x] done\n");
        assert!(html.contains("<table>"), "{html}");
        assert!(html.contains("<del>old</del>"), "{html}");
        assert!(html.contains("<li>☑ done</li>"), "{html}");
    }

    #[test]
    fn harmless_raw_html_is_kept() {
        // talks/2016-chicago/abejide-ayodele.md: legacy wrappers around <p><strong>.
        let html =
            html("<div class=\"span-15\">\n<p><strong>Title:</strong> Shipping</p>\n</div>\n");
        assert!(
            html.contains("<p><strong>Title:</strong> Shipping</p>"),
            "{html}"
        );
        assert!(!html.contains("class="), "{html}");
    }

    #[test]
    fn anything_that_can_run_is_removed() {
        let html = html(concat!(
            "<script>alert(1)</script>\n\n",
            "Hi <img src=x onerror=alert(1)> <a href=\"javascript:alert(1)\">x</a>\n\n",
            "[md](javascript:alert(1)) ![i](data:image/png;base64,AAAA)\n\n",
            "<iframe src=\"https://evil.example/\"></iframe><form action=x><input type=text></form>\n",
            "<svg><script>alert(1)</script></svg><style>*{}</style>\n",
        ));
        for bad in [
            "<script",
            "onerror",
            "javascript:",
            "data:",
            "<iframe",
            "<form",
            "type=\"text\"",
            "<style",
            "<svg",
        ] {
            assert!(!html.contains(bad), "{bad} survived in {html}");
        }
        assert!(html.contains("Hi "), "{html}");
    }

    #[test]
    fn relative_links_and_images_resolve_against_the_file() {
        let base = "https://example.org/events/2019-chicago/program/x.md";
        let blocks = render("[slides](../slides/x.pdf) ![me](me.png)", 1, Some(base)).blocks;
        let html = blocks[0].to_html();
        assert!(
            html.contains("href=\"https://example.org/events/2019-chicago/slides/x.pdf\""),
            "{html}"
        );
        assert!(
            html.contains("src=\"https://example.org/events/2019-chicago/program/me.png\""),
            "{html}"
        );
    }

    #[test]
    fn video_shortcodes_and_iframes_become_players_in_place() {
        // talks/2016-minneapolis/ben-zvan.md embeds a youtube-nocookie iframe in the body.
        let blocks = render(
            concat!(
                "Before.\n\n{{< youtube K3VjhM3SJBM >}}\n\nMiddle.\n\n",
                "<iframe width=\"560\" src=\"https://www.youtube-nocookie.com/embed/x_0Fm5Q1Srw?rel=0\"></iframe>\n\n",
                "After.\n"
            ),
            1,
            None,
        )
        .blocks;
        let kinds: Vec<String> = blocks
            .iter()
            .map(|b| match b {
                Block::Html(h) => h.sanitise().trim().to_owned(),
                Block::Player(m) => format!("player:{}", m.page_url()),
            })
            .collect();
        assert_eq!(
            kinds,
            [
                "<p>Before.</p>",
                "player:https://www.youtube.com/watch?v=K3VjhM3SJBM",
                "<p>Middle.</p>",
                "player:https://www.youtube.com/watch?v=x_0Fm5Q1Srw",
                "<p>After.</p>",
            ]
        );
        assert!(blocks.iter().all(|b| match b {
            Block::Player(m) => m.provider() == Provider::YouTube,
            Block::Html(_) => true,
        }));
    }
}
