//! Hugo shortcodes in talk bodies: `{{< youtube ID >}}`, `{{< figure src="…" >}}`,
//! `{{% note %}}…{{% /note %}}`.
//!
//! Hugo expands these before Markdown; a renderer that does not know them shows raw braces.
//! talkcard expands the ones that carry content (videos become the same player as the front
//! matter fields, figures, tweets as links, highlighted code as code blocks) and removes the rest
//! with a located warning, keeping the text between paired tags.

use crate::diagnostic::{Diagnostic, Note};
use crate::language::words::notes;
use crate::media::{Medium, Vimeo, YouTube};

/// How the marker left in the Markdown where a video shortcode stood starts: an HTML comment
/// on a line of its own, which the Markdown renderer turns into a player.
const PLAYER_MARK: &str = "<!--talkcard-player";

/// A marker for `body` that the body itself does not contain, so that a file cannot write one
/// and get a player of talkcard's choosing: `<!--talkcard-player:`, or with a number
/// (`<!--talkcard-player-2:`) when the body already holds that.
fn mark_for(body: &str) -> String {
    let mut mark = format!("{PLAYER_MARK}:");
    let mut n = 0;
    while body.contains(&mark) {
        n += 1;
        mark = format!("{PLAYER_MARK}-{n}:");
    }
    mark
}

/// A body with its shortcodes expanded.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Expanded {
    /// Markdown, with `{mark}N-->` where `videos[N]` goes.
    pub text: String,
    /// The marker's start, one the body does not contain (`<!--talkcard-player:`).
    pub mark: String,
    /// Videos found in shortcodes, in order.
    pub videos: Vec<Medium>,
    /// What was removed or could not be used.
    pub diagnostics: Vec<Diagnostic>,
}

/// Expands the shortcodes of `body`, which starts on file line `body_line`.
pub fn expand(body: &str, body_line: usize) -> Expanded {
    let mut out = Expanded {
        text: String::with_capacity(body.len()),
        mark: mark_for(body),
        ..Expanded::default()
    };
    let mut rest = body;
    let mut consumed = 0;
    while let Some(start) = rest.find("{{") {
        let after = &rest[start + 2..];
        let (open, close) = match after.trim_start().chars().next() {
            Some('<') => ('<', ">}}"),
            Some('%') => ('%', "%}}"),
            _ => {
                out.text.push_str(&rest[..start + 2]);
                consumed += start + 2;
                rest = &rest[start + 2..];
                continue;
            }
        };
        let inner_start = start + 2 + after.find(open).unwrap_or(0) + 1;
        let Some(inner_len) = rest[inner_start..].find(close) else {
            // Not closed: not a shortcode, leave the text alone.
            out.text.push_str(&rest[..start + 2]);
            consumed += start + 2;
            rest = &rest[start + 2..];
            continue;
        };
        out.text.push_str(&rest[..start]);
        let line = body_line + body[..consumed + start].matches('\n').count();
        let inner = rest[inner_start..inner_start + inner_len].trim();
        expand_one(inner, open, line, &mut out);
        let end = inner_start + inner_len + close.len();
        consumed += end;
        rest = &rest[end..];
    }
    out.text.push_str(rest);
    out
}

/// Expands one shortcode (`inner` is the text between `{{<` and `>}}`).
fn expand_one(inner: &str, open: char, line: usize, out: &mut Expanded) {
    // `{{</* youtube x */>}}` is Hugo's way to show a shortcode literally.
    if let Some(literal) = inner.strip_prefix("/*").and_then(|s| s.strip_suffix("*/")) {
        let close = if open == '<' { ">}}" } else { "%}}" };
        out.text
            .push_str(&format!("{{{{{open} {} {close}", literal.trim()));
        return;
    }
    if let Some(name) = inner.strip_prefix('/') {
        // A closing tag: what it closes was handled (or reported) at its opening.
        if name.trim().eq_ignore_ascii_case("highlight") {
            out.text.push_str("\n```\n");
        }
        return;
    }
    let args = Args::parse(inner);
    let name = crate::case::lower(&args.name);
    let warn = |out: &mut Expanded, message: Note| {
        out.diagnostics
            .push(Diagnostic::warning(Some(line), message));
    };
    match name.as_str() {
        "youtube" | "vimeo" => {
            let value = args.get("id", 0).unwrap_or_default();
            let video = if name == "youtube" {
                YouTube::parse(value).map(Medium::YouTube)
            } else {
                Vimeo::parse(value).map(Medium::Vimeo)
            };
            match video {
                Some(video) => {
                    let index = out.videos.len();
                    out.videos.push(video);
                    out.text
                        .push_str(&format!("\n\n{}{index}-->\n\n", out.mark));
                }
                None => warn(out, notes::shortcode_not_video(&name, value)),
            }
        }
        "figure" => {
            let Some(src) = args.get("src", 0) else {
                warn(out, notes::shortcode_figure_without_src());
                return;
            };
            let alt = args
                .get("alt", usize::MAX)
                .or(args.get("caption", usize::MAX));
            let caption = args
                .get("caption", usize::MAX)
                .or(args.get("title", usize::MAX));
            out.text.push_str(&format!(
                "\n\n<figure><img src=\"{}\" alt=\"{}\">",
                escape(src),
                escape(alt.unwrap_or_default())
            ));
            if let Some(caption) = caption {
                out.text
                    .push_str(&format!("<figcaption>{}</figcaption>", escape(caption)));
            }
            out.text.push_str("</figure>\n\n");
        }
        "tweet" | "x" => {
            let id = args.get("id", usize::MAX).or(args.get("", 0));
            let id = id.filter(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()));
            match (id, args.get("user", usize::MAX)) {
                (Some(id), Some(user)) => out.text.push_str(&format!(
                    "[Post by @{user} on X](https://x.com/{user}/status/{id})",
                    user = escape(user)
                )),
                (Some(id), None) => out
                    .text
                    .push_str(&format!("[Post on X](https://x.com/i/status/{id})")),
                (None, _) => warn(out, notes::shortcode_tweet_without_id()),
            }
        }
        "event_link" => {
            // devopsdays' link to a page of the event's site, which talkcard does not know.
            let text = args.get("text", usize::MAX).unwrap_or_default();
            out.text.push_str(&escape(text));
            warn(out, notes::shortcode_event_link());
        }
        "highlight" => {
            let lang = args.get("", 0).unwrap_or_default();
            let lang: String = lang.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
            out.text.push_str(&format!("\n```{lang}\n"));
        }
        _ => warn(out, notes::shortcode_unsupported(&args.name)),
    }
}

/// A shortcode's name and arguments: positional (`{{< youtube ID >}}`) or named
/// (`{{< figure src="x" alt="y" >}}`), quoted with `"` (backslash escapes allowed) or
/// `` ` `` (raw), or bare.
struct Args {
    name: String,
    positional: Vec<String>,
    named: Vec<(String, String)>,
}

impl Args {
    fn parse(inner: &str) -> Args {
        let mut tokens = Tokens(inner);
        let name = tokens.next().map_or(String::new(), |(_, value)| value);
        let mut args = Args {
            name,
            positional: Vec::new(),
            named: Vec::new(),
        };
        for (key, value) in tokens {
            match key {
                Some(key) => args.named.push((key.to_owned(), value)),
                None => args.positional.push(value),
            }
        }
        args
    }

    /// The named argument `key`, else positional argument `index`.
    fn get(&self, key: &str, index: usize) -> Option<&str> {
        self.named
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.as_str())
            .or_else(|| self.positional.get(index).map(String::as_str))
    }
}

/// Splits shortcode arguments into `(Some(key), value)` and `(None, value)`.
struct Tokens<'a>(&'a str);

impl<'a> Iterator for Tokens<'a> {
    type Item = (Option<&'a str>, String);

    fn next(&mut self) -> Option<Self::Item> {
        let s = self.0.trim_start();
        if s.is_empty() {
            return None;
        }
        let key_end = s
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(s.len());
        let (key, rest) = match s[key_end..].strip_prefix('=') {
            Some(rest) if key_end > 0 => (Some(&s[..key_end]), rest),
            _ => (None, s),
        };
        let mut chars = rest.char_indices();
        let (value, consumed) = match chars.next() {
            Some((_, '"')) => {
                let mut value = String::new();
                let mut end = rest.len();
                let mut escaped = false;
                for (i, c) in chars {
                    match (escaped, c) {
                        (false, '\\') => escaped = true,
                        (false, '"') => {
                            end = i + 1;
                            break;
                        }
                        _ => {
                            value.push(c);
                            escaped = false;
                        }
                    }
                }
                (value, end)
            }
            Some((_, '`')) => match rest[1..].find('`') {
                Some(end) => (rest[1..1 + end].to_owned(), end + 2),
                None => (rest[1..].to_owned(), rest.len()),
            },
            _ => {
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                (rest[..end].to_owned(), end)
            }
        };
        self.0 = &rest[consumed..];
        Some((key, value))
    }
}

/// Escapes text for an HTML attribute or element (also the export's pages and sitemap).
/// Runs that need nothing are copied as slices (the characters escaped are all ASCII).
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut plain = 0;
    for (at, byte) in s.bytes().enumerate() {
        let escaped = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&s[plain..at]);
        out.push_str(escaped);
        plain = at + 1;
    }
    out.push_str(&s[plain..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::media::Provider;

    #[test]
    fn escaping_keeps_the_text_around_what_it_escapes() {
        assert_eq!(
            escape("a&b<c>d\"e'f é😀"),
            "a&amp;b&lt;c&gt;d&quot;e&#39;f é😀"
        );
        assert_eq!(escape("<"), "&lt;");
        assert_eq!(escape(""), "");
    }

    #[test]
    fn youtube_shortcode_becomes_a_player_mark() {
        // talks/2016-chicago/heidi-waterhouse.md
        let e = expand("Watch:\n\n{{< youtube K3VjhM3SJBM >}}\n\nThanks", 10);
        assert_eq!(
            e.text,
            "Watch:\n\n\n\n<!--talkcard-player:0-->\n\n\n\nThanks"
        );
        assert_eq!(e.videos.len(), 1);
        assert_eq!(e.videos[0].provider(), Provider::YouTube);
        assert!(e.diagnostics.is_empty());
    }

    #[test]
    fn the_mark_is_one_the_body_does_not_hold() {
        assert_eq!(mark_for("x"), "<!--talkcard-player:");
        assert_eq!(
            mark_for("<!--talkcard-player:0--> <!--talkcard-player-1:0-->"),
            "<!--talkcard-player-2:"
        );
    }

    #[test]
    fn named_and_percent_forms() {
        let e = expand(
            "{{< vimeo id=\"219025650\" >}}{{% youtube `x_0Fm5Q1Srw` %}}",
            1,
        );
        assert_eq!(e.videos.len(), 2);
        assert_eq!(e.videos[0].provider(), Provider::Vimeo);
    }

    #[test]
    fn event_link_is_text_with_a_located_warning() {
        // talks/2017-singapore/dave-kerr.md
        let e = expand(
            "Intro\n\n{{< event_link page=\"program\" text=\"view full program\" >}}",
            7,
        );
        assert_eq!(e.text, "Intro\n\nview full program");
        assert_eq!(e.diagnostics.len(), 1);
        assert_eq!(e.diagnostics[0].line, Some(9));
    }

    #[test]
    fn unknown_shortcodes_are_removed_keeping_their_content() {
        let e = expand(
            "{{% notice warning %}}Careful{{% /notice %}} and {{< gist a b >}}.",
            1,
        );
        assert_eq!(e.text, "Careful and .");
        assert_eq!(e.diagnostics.len(), 2);
        assert!(e.diagnostics[0].message().contains("`notice`"));
    }

    #[test]
    fn figures_tweets_and_code() {
        let e = expand(
            "{{< figure src=\"a.png\" caption=\"A \\\"b\\\" <c>\" >}}",
            1,
        );
        assert!(e.text.contains("<figure><img src=\"a.png\""), "{}", e.text);
        assert!(
            e.text
                .contains("<figcaption>A &quot;b&quot; &lt;c&gt;</figcaption>"),
            "{}",
            e.text
        );
        let e = expand("{{< tweet user=\"devopsdays\" id=\"123\" >}}", 1);
        assert_eq!(
            e.text,
            "[Post by @devopsdays on X](https://x.com/devopsdays/status/123)"
        );
        let e = expand("{{< highlight rust >}}fn main() {}{{< /highlight >}}", 1);
        assert_eq!(e.text, "\n```rust\nfn main() {}\n```\n");
    }

    #[test]
    fn literal_shortcodes_and_plain_braces_stay() {
        assert_eq!(expand("{{</* youtube x */>}}", 1).text, "{{< youtube x >}}");
        assert_eq!(expand("a {{ b }} c {{< d", 1).text, "a {{ b }} c {{< d");
    }

    #[test]
    fn bad_video_ids_are_never_passed_on() {
        let e = expand("{{< youtube \"javascript:alert(1)\" >}}", 3);
        assert!(e.videos.is_empty());
        assert_eq!(e.text, "");
        assert_eq!(e.diagnostics[0].line, Some(3));
    }
}
