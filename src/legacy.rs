//! The 2016–early 2017 talk format: no `Speakers`, the speaker's *name* as `title`, and the talk's
//! title on a "Title:" line at the top of the body (21 of the 208 real files, EDGE_CASES D3):
//!
//! ```text
//! title = "Adam Jacob"
//! +++
//! <p><strong>Title:</strong> The Evolution of Automation</p>
//! <p><strong>Description:</strong></p>
//! ```
//!
//! The Hugo theme shows "Adam Jacob" as the talk's title and the labels as text. talkcard lifts
//! the real title out of the body, names the speaker from `title`, and drops the labels.

/// A legacy file's parts, read back into the current format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lifted {
    /// The talk's title, from the body's "Title:" line.
    pub title: String,
    /// The body without the "Title:" line and the "Description:" label.
    pub body: String,
}

/// The labels, as HTML or Markdown, lower-case.
const TITLE_LABELS: [&str; 4] = [
    "<strong>title:</strong>",
    "<b>title:</b>",
    "**title:**",
    "__title:__",
];
const DESCRIPTION_LABELS: [&str; 4] = [
    "<strong>description:</strong>",
    "<b>description:</b>",
    "**description:**",
    "__description:__",
];

/// The title and the rest of `body` when the body opens with a "Title:" label (only tags and
/// whitespace before it) followed by a non-empty title; `None` otherwise.
pub fn lift_title(body: &str) -> Option<Lifted> {
    // ASCII lower-casing keeps byte offsets valid in `body`.
    let lower = body.to_ascii_lowercase();
    let (start, label) = TITLE_LABELS
        .iter()
        .filter_map(|label| lower.find(label).map(|at| (at, *label)))
        .min()?;
    if !only_tags_and_space(&body[..start]) {
        return None;
    }
    let after = start + label.len();
    let rest = &body[after..];
    // The title runs to the next tag or blank line; written in Markdown, to the end of its line.
    let mut end = rest.find('<').unwrap_or(rest.len());
    if let Some(blank) = rest.find("\n\n") {
        end = end.min(blank);
    }
    if label.starts_with(['*', '_']) {
        let text_start = rest.len() - rest.trim_start().len();
        if let Some(newline) = rest[text_start..].find('\n') {
            end = end.min(text_start + newline);
        }
    }
    let title = decode_entities(&rest[..end].split_whitespace().collect::<Vec<_>>().join(" "));
    if title.is_empty() {
        return None;
    }
    let mut body = format!(
        "{}{}{}",
        &body[..start],
        same_lines(&rest[..end]),
        &rest[end..]
    );
    let lower = body.to_ascii_lowercase();
    if let Some((at, label)) = DESCRIPTION_LABELS
        .iter()
        .filter_map(|label| lower[start..].find(label).map(|at| (start + at, *label)))
        .min()
        .filter(|(at, _)| only_tags_and_space(&body[start..*at]))
    {
        body.replace_range(at..at + label.len(), "");
    }
    // The `<p></p>` left around the removed labels goes with the sanitiser's empty paragraphs.
    Some(Lifted { title, body })
}

/// A body written as HTML for the old site, inside a `<div>` wrapper, with nested lines indented
/// and blank lines between sections: CommonMark reads every indented line after a blank line as
/// an indented *code block*, so the card would show `<h2>`, `<ul>`, `<li>` as code. Returns the
/// body with each line's indentation removed (its line count kept), which Markdown then passes
/// through as the HTML it is; `None` for any other body, which renders as before.
pub fn html_body(body: &str) -> Option<String> {
    let first = body.lines().find(|line| !line.trim().is_empty())?;
    if !first.trim_start().to_ascii_lowercase().starts_with("<div") {
        return None;
    }
    // The shape that goes wrong: after a blank line, a line indented as code that is markup.
    let mut blank_before = false;
    let indented_markup = body.lines().any(|line| {
        let hit = blank_before
            && (line.starts_with("    ") || line.starts_with('\t'))
            && line.trim_start().starts_with('<');
        blank_before = line.trim().is_empty();
        hit
    });
    indented_markup.then(|| {
        body.split_inclusive('\n')
            .map(|line| line.trim_start_matches([' ', '\t']))
            .collect()
    })
}

/// The talk's title from a legacy HTML body's first heading (`<h1>` to `<h6>`), and the body
/// without it: the old format's `title` names the speaker, and such files have no "Title:" line.
pub fn lift_heading(body: &str) -> Option<Lifted> {
    let lower = body.to_ascii_lowercase();
    let (start, level) = (1..=6)
        .filter_map(|level| lower.find(&format!("<h{level}")).map(|at| (at, level)))
        .min()?;
    let open_end = start + lower[start..].find('>')? + 1;
    let close = format!("</h{level}>");
    let text_end = open_end + lower[open_end..].find(&close)?;
    let inner = &body[open_end..text_end];
    if inner.contains('<') {
        return None;
    }
    let title = decode_entities(&inner.split_whitespace().collect::<Vec<_>>().join(" "));
    if title.is_empty() {
        return None;
    }
    let end = text_end + close.len();
    let body = format!(
        "{}{}{}",
        &body[..start],
        same_lines(&body[start..end]),
        &body[end..]
    );
    Some(Lifted { title, body })
}

/// The speakers' names in a legacy `title`: "Rebecca Fernandez & Jen Krieger" is two people.
pub fn speaker_names(title: &str) -> Vec<String> {
    title
        .split(" & ")
        .flat_map(|part| part.split(" and "))
        .flat_map(|part| part.split(", "))
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(str::to_owned)
        .collect()
}

/// As many line breaks as `removed` had, so that the lines after it keep their numbers (the
/// body's diagnostics are located by file line).
fn same_lines(removed: &str) -> String {
    "\n".repeat(removed.matches('\n').count())
}

/// True when `text` is only HTML tags and whitespace (the legacy `div` wrappers and `<p>`).
fn only_tags_and_space(text: &str) -> bool {
    let mut in_tag = false;
    text.chars().all(|c| match c {
        '<' => {
            in_tag = true;
            true
        }
        '>' => {
            in_tag = false;
            true
        }
        _ => in_tag || c.is_whitespace(),
    })
}

/// The character references a title line uses; anything else stays as written.
fn decode_entities(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&rsquo;", "\u{2019}")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    const HTML_BODY: &str =
        include_str!("../tests/fixtures/legacy/events/2016-example/program/nix-workshop.md");

    fn body_of(file: &str) -> &str {
        file.splitn(3, "+++").nth(2).unwrap()
    }

    #[test]
    fn an_indented_html_body_is_read_as_html() {
        // The shape of 2016 files outside the corpus (issue 15): a wrapper, nested lines
        // indented, blank lines between sections.
        let body = body_of(HTML_BODY);
        let html = html_body(body).unwrap();
        assert_eq!(html.lines().count(), body.lines().count());
        assert!(html.contains("\n<h2>Audience</h2>\n"), "{html}");
        assert!(!html.lines().any(|l| l.starts_with(' ')));
        // Other bodies are left alone: Markdown, an unindented wrapper, indented code.
        assert_eq!(html_body("# Title\n\n    <b>code</b>\n"), None);
        assert_eq!(html_body("<div>\n<p>x</p>\n\n<p>y</p>\n</div>\n"), None);
        assert_eq!(html_body("Text.\n\n    let x = 1;\n"), None);
    }

    #[test]
    fn the_first_heading_of_an_html_body_is_the_title() {
        let lifted = lift_heading(&html_body(body_of(HTML_BODY)).unwrap()).unwrap();
        assert_eq!(lifted.title, "Workshop - Reproducible Laptops with Nix");
        assert!(!lifted.body.contains("Reproducible Laptops"));
        assert!(lifted.body.contains("<h2>Audience</h2>"));
        assert_eq!(lift_heading("<p>No heading</p>"), None);
        assert_eq!(lift_heading("<h2><em>x</em></h2>"), None);
    }

    #[test]
    fn html_title_line_over_two_lines() {
        // talks/2016-chicago/adam-jacob.md
        let body = "\n<div class=\"span-15  \">\n  <div class=\"span-15  last \">\n  <p><strong>Title:</strong>\nThe Evolution of Automation\n</p>\n\n<p><strong>Description:</strong></p>\n\n<p>\nWe’ll talk about automation.\n</p>\n";
        let lifted = lift_title(body).unwrap();
        assert_eq!(lifted.title, "The Evolution of Automation");
        assert!(!lifted.body.contains("Title:"), "{}", lifted.body);
        assert!(!lifted.body.contains("Description:"), "{}", lifted.body);
        assert!(lifted.body.contains("We’ll talk about automation."));
        // Line numbers after the lifted title are unchanged.
        assert_eq!(lifted.body.lines().count(), body.lines().count());
    }

    #[test]
    fn markdown_title_line() {
        // talks/2016-portland/e-dunham.md
        let body = "**Title:** DevOpsing Your Resume\n\n**Description:** Hiring is hard.\n";
        let lifted = lift_title(body).unwrap();
        assert_eq!(lifted.title, "DevOpsing Your Resume");
        assert_eq!(lifted.body.trim(), "Hiring is hard.");
    }

    #[test]
    fn quotes_and_entities_in_the_title() {
        // talks/2016-chicago/abejide-ayodele.md
        let lifted = lift_title(
            "<p><strong>Title:</strong> Lessons learnt from \"Shipping\" Containers &amp; more</p>",
        )
        .unwrap();
        assert_eq!(
            lifted.title,
            "Lessons learnt from \"Shipping\" Containers & more"
        );
    }

    #[test]
    fn no_lift_without_a_title_or_when_text_comes_first() {
        // talks/2017-zurich/cyrill-ruetimann.md: the label with nothing after it.
        assert_eq!(
            lift_title("<p><strong>Title:</strong>  </p>\n<p>Abstract</p>"),
            None
        );
        assert_eq!(
            lift_title("An abstract that mentions **Title:** later."),
            None
        );
        assert_eq!(lift_title("No label at all."), None);
    }

    #[test]
    fn labels_hidden_in_attributes_and_hostile_sizes() {
        // A "Description:" label before the title, inside an attribute, is not the one removed.
        let lifted =
            lift_title("<a title=\"**description:**\"></a><strong>Title:</strong> X\n\nBody")
                .unwrap();
        assert_eq!(lifted.title, "X");
        assert!(lifted.body.contains("**description:**"));
        // Linear in the body: a megabyte of labels after the title.
        let body = format!("**Title:** T\n{}", "**Description:** ".repeat(60_000));
        let lifted = lift_title(&body).unwrap();
        assert_eq!(lifted.body.matches("**Description:**").count(), 59_999);
    }

    #[test]
    fn names_from_a_legacy_title() {
        assert_eq!(speaker_names("Adam Jacob"), ["Adam Jacob"]);
        assert_eq!(
            speaker_names("Rebecca Fernandez & Jen Krieger"),
            ["Rebecca Fernandez", "Jen Krieger"]
        );
    }
}
