//! The start tags of a piece of raw HTML, with their attributes, read as a browser's HTML
//! tokenizer reads them: enough for the embed finder ([`crate::media::Medium::body_embed`]) to
//! see *which element* carries *which attribute*, rather than searching the text.
//!
//! The sanitiser parses the whole tree later, in the browser; this reader only needs start
//! tags of one Markdown HTML block, so it skips comments, doctypes and end tags, and it never
//! looks inside an attribute's value: `<iframe srcdoc="<img src=1>">` has no `src`.

/// A start tag: its name and attributes, lower-cased names, values as written (entities are
/// not decoded: the ids and URLs the finder takes are plain ASCII).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartTag<'a> {
    /// The element's name, lower-cased.
    pub name: String,
    attributes: Vec<(String, &'a str)>,
}

impl<'a> StartTag<'a> {
    /// The value of the first attribute called `name` (lower case), if present.
    pub fn attribute(&self, name: &str) -> Option<&'a str> {
        self.attributes
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| *value)
    }
}

/// Every start tag in `html`, in order.
pub fn start_tags(html: &str) -> Vec<StartTag<'_>> {
    let bytes = html.as_bytes();
    let mut tags = Vec::new();
    let mut at = 0;
    while let Some(found) = html[at..].find('<') {
        at += found + 1;
        let rest = &html[at..];
        if let Some(comment) = rest.strip_prefix("!--") {
            // A comment ends at the first `-->` (or `<!-->`, `<!--->`: empty comments).
            let end = if comment.starts_with('>') || comment.starts_with("->") {
                comment.find('>').map_or(comment.len(), |e| e + 1)
            } else {
                comment.find("-->").map_or(comment.len(), |e| e + 3)
            };
            at += 3 + end;
            continue;
        }
        if !bytes.get(at).is_some_and(u8::is_ascii_alphabetic) {
            // `</x>`, `<!doctype>`, `<?x>` or a plain `<` in text: not a start tag.
            continue;
        }
        let name_len = rest
            .find(|c: char| c.is_ascii_whitespace() || c == '/' || c == '>')
            .unwrap_or(rest.len());
        let name = rest[..name_len].to_ascii_lowercase();
        let (attributes, used) = attributes(&rest[name_len..]);
        at += name_len + used;
        tags.push(StartTag { name, attributes });
    }
    tags
}

/// The attributes at the start of `s` (just after a tag name) up to the tag's `>`, and how many
/// bytes they took, `>` included.
fn attributes(s: &str) -> (Vec<(String, &str)>, usize) {
    let mut out = Vec::new();
    let mut at = 0;
    let skip = |at: &mut usize, pred: &dyn Fn(char) -> bool| {
        *at += s[*at..].find(|c: char| !pred(c)).unwrap_or(s.len() - *at);
    };
    loop {
        skip(&mut at, &|c| c.is_ascii_whitespace() || c == '/');
        let first = match s[at..].chars().next() {
            None => return (out, at),
            Some('>') => return (out, at + 1),
            Some(c) => c,
        };
        // A name runs to whitespace, `/`, `>` or `=` (a leading `=` belongs to the name).
        let start = at;
        at += first.len_utf8();
        skip(&mut at, &|c| {
            !(c.is_ascii_whitespace() || c == '/' || c == '>' || c == '=')
        });
        let name = s[start..at].to_ascii_lowercase();
        skip(&mut at, &|c| c.is_ascii_whitespace());
        let mut value = "";
        if s[at..].starts_with('=') {
            at += 1;
            skip(&mut at, &|c| c.is_ascii_whitespace());
            match s[at..].chars().next() {
                Some(quote @ ('"' | '\'')) => {
                    let inner = &s[at + 1..];
                    let end = inner.find(quote).unwrap_or(inner.len());
                    value = &inner[..end];
                    at = (at + 1 + end + 1).min(s.len());
                }
                Some(_) => {
                    let start = at;
                    skip(&mut at, &|c| !(c.is_ascii_whitespace() || c == '>'));
                    value = &s[start..at];
                }
                None => {}
            }
        }
        out.push((name, value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
        start_tags(html)
            .into_iter()
            .map(|t| {
                let attributes = t
                    .attributes
                    .iter()
                    .map(|(k, v)| (k.clone(), (*v).to_owned()))
                    .collect();
                (t.name, attributes)
            })
            .collect()
    }

    #[test]
    fn reads_names_and_every_kind_of_value() {
        // talks/2016-minneapolis/ben-zvan.md
        let t = start_tags(
            "<IFRAME width=560 SRC=\"https://www.youtube-nocookie.com/embed/x_0Fm5Q1Srw?rel=0\" frameborder='0' allowfullscreen></iframe>",
        );
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].name, "iframe");
        assert_eq!(
            t[0].attribute("src"),
            Some("https://www.youtube-nocookie.com/embed/x_0Fm5Q1Srw?rel=0")
        );
        assert_eq!(t[0].attribute("width"), Some("560"));
        assert_eq!(t[0].attribute("frameborder"), Some("0"));
        assert_eq!(t[0].attribute("allowfullscreen"), Some(""));
    }

    #[test]
    fn values_and_comments_hide_no_tags() {
        // A leftover the XSS corpus found: `<iframe srcdoc="<img src=1>">` was read as a
        // Vimeo player for id 1.
        assert_eq!(
            tags("<iframe srcdoc=\"<img src=1>\"></iframe>"),
            [(
                "iframe".to_owned(),
                vec![("srcdoc".to_owned(), "<img src=1>".to_owned())]
            )]
        );
        assert!(tags("<!-- <iframe src=\"https://vimeo.com/1\"> -->").is_empty());
        assert_eq!(tags("<!--><b>")[0].0, "b");
        assert!(tags("</iframe> a < b <!doctype html>").is_empty());
    }

    #[test]
    fn unfinished_markup_ends_quietly() {
        assert_eq!(
            tags("<a href=\"x")[0].1,
            [("href".to_owned(), "x".to_owned())]
        );
        assert_eq!(tags("<a href=")[0].1, [("href".to_owned(), String::new())]);
        assert_eq!(tags("<a/b/c>")[0].1.len(), 2);
        assert_eq!(tags("<a =x>")[0].1[0].0, "=x");
        // Found by the property tests: a name that starts with a multi-byte character.
        assert_eq!(tags("<a é=1 ü>")[0].1.len(), 2);
    }
}
