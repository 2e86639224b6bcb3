//! Front matter: the metadata block at the top of a talk file, read the way Hugo reads it.
//!
//! Hugo accepts TOML between `+++` lines (what devopsdays.org and most Hugo themes use), YAML
//! between `---` lines, and a JSON object `{ … }`. Each format's reader (`toml`, `yaml`, `json`)
//! walks its parser's own output into one [`Value`] type, with no serde on the card's path:
//! serde's deserializers were a tenth of the card's wasm. Real files are not tidy: a delimiter
//! may carry trailing spaces, lines may end in CRLF, a file may start with a BOM, have no body, no final
//! newline, or a body line that itself begins with `---`. Framing is therefore done line by line
//! on exact delimiter lines, never by searching for the first `+++` substring.
//!
//! Every position is reported against lines of the *file*, because that is what a speaker sees
//! in an editor. When the front matter is broken, [`parse`] still recovers what it can — each
//! `key = value` line that parses on its own, and a best guess at the broken one — so a card can
//! show the talk with the error on top instead of a blank page.
//!
//! Keys are case-insensitive, as in Hugo (`Title`, `title`); every key is kept, known or not.

mod decode;
mod error;
mod json;
mod lines;
mod recover;
mod toml;

mod yaml;

pub use crate::value::{Field, Fields, Value};
pub use decode::{MAX_FILE_BYTES, NotText, decode};
pub use error::FrontMatterError;

use crate::diagnostic::Diagnostic;
use lines::{LineIter, locate, trim_line};
use recover::{looks_like_front_matter, recover, stray_quote};

/// The front matter formats Hugo accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// TOML between `+++` lines.
    Toml,
    /// YAML between `---` lines.
    Yaml,
    /// A JSON object at the top of the file.
    Json,
}

impl Format {
    /// The format's name, as speakers know it.
    pub fn name(self) -> &'static str {
        match self {
            Format::Toml => "TOML",
            Format::Yaml => "YAML",
            Format::Json => "JSON",
        }
    }
}

/// A talk file's front matter, read.
#[derive(Debug, Clone, PartialEq)]
pub struct FrontMatter<'a> {
    /// The format, or `None` when the file has no front matter at all.
    pub format: Option<Format>,
    /// The fields; when `error` is set, only those that could be recovered.
    pub fields: Fields,
    /// Everything after the front matter.
    pub body: &'a str,
    /// File line (1-based) on which `body` starts.
    pub body_line: usize,
    /// Why the front matter is invalid, if it is.
    pub error: Option<FrontMatterError>,
    /// Located notes about the front matter (repeated keys…).
    pub warnings: Vec<Diagnostic>,
}

/// Reads the front matter of `text`. Never fails: a broken front matter gives an `error` and
/// the fields that could be recovered.
pub fn parse(text: &str) -> FrontMatter<'_> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.split_inclusive('\n').next().unwrap_or("");
    match trim_line(first) {
        "+++" => delimited(text, Format::Toml, "+++"),
        "---" => delimited(text, Format::Yaml, "---"),
        line if line.starts_with('{') => json::front_matter(text),
        _ => FrontMatter {
            format: None,
            fields: Fields::default(),
            body: text,
            body_line: 1,
            error: None,
            warnings: Vec::new(),
        },
    }
}

/// TOML or YAML between delimiter lines.
fn delimited<'a>(text: &'a str, format: Format, delimiter: &'static str) -> FrontMatter<'a> {
    let mut lines = LineIter::new(text);
    let opening = lines.next().expect("the caller saw a first line");
    let start = opening.end;
    let mut warnings = Vec::new();
    for line in lines {
        if trim_line(line.text) == delimiter {
            let source = &text[start..line.start];
            let (fields, error) = match parse_entries(format, source) {
                Ok(entries) => (
                    Fields::from_entries(entries, source, 2, &mut warnings),
                    None,
                ),
                Err((offset, message)) => {
                    let (l, column) = locate(source, offset);
                    let stray_quote = stray_quote(format, source.lines().nth(l - 1));
                    let recovered = recover(format, source);
                    (
                        Fields::from_entries(recovered, source, 2, &mut warnings),
                        Some(FrontMatterError::Syntax {
                            format,
                            line: l + 1,
                            column,
                            message,
                            stray_quote,
                        }),
                    )
                }
            };
            return FrontMatter {
                format: Some(format),
                fields,
                body: &text[line.end..],
                body_line: line.number + 1,
                error,
                warnings,
            };
        }
    }
    // Never closed: take the leading lines that look like fields as the front matter, and the
    // rest as the body, so the speaker still sees their talk.
    let mut end = start;
    let mut body_line = 2;
    for line in LineIter::new(&text[start..]) {
        if !looks_like_front_matter(line.text) {
            break;
        }
        end = start + line.end;
        body_line = line.number + 2;
    }
    let source = &text[start..end];
    let recovered = recover(format, source);
    FrontMatter {
        format: Some(format),
        fields: Fields::from_entries(recovered, source, 2, &mut warnings),
        body: &text[end..],
        body_line,
        error: Some(FrontMatterError::Unclosed { line: 1, delimiter }),
        warnings,
    }
}

/// Parses a TOML or YAML front matter into top-level entries, or says where it broke: a byte
/// offset into `source` and a one-line message.
fn parse_entries(format: Format, source: &str) -> Result<Vec<(String, Value)>, (usize, String)> {
    let value = match format {
        Format::Toml => toml::parse(source)?,
        Format::Yaml => yaml::parse(source)?,
        Format::Json => unreachable!("JSON front matter is not delimited"),
    };
    match value {
        Value::Table(entries) => Ok(entries),
        Value::Null => Ok(Vec::new()),
        _ => Err((
            0,
            "the front matter must be a table of `key = value` fields".into(),
        )),
    }
}

/// What the format modules' tests share.
#[cfg(test)]
pub(crate) mod test_support {
    use super::{FrontMatter, parse};

    /// `text`'s front matter, which must read without an error.
    pub(crate) fn ok(text: &str) -> FrontMatter<'_> {
        let fm = parse(text);
        assert_eq!(fm.error, None, "unexpected error for {text:?}");
        fm
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::test_support::ok;
    #[test]
    fn toml_front_matter_and_body() {
        let fm = ok("+++\nTitle = \"x\"\n+++\n\nBody\n");
        assert_eq!(fm.format, Some(Format::Toml));
        assert_eq!(fm.fields.text("title").as_deref(), Some("x"));
        assert_eq!(fm.fields.line("title"), Some(2));
        assert_eq!(fm.body, "\nBody\n");
        assert_eq!(fm.body_line, 4);
    }

    #[test]
    fn tolerates_bom_crlf_and_trailing_spaces_on_delimiters() {
        // talks/2016-raleigh/michael-dehaan.md has `+++ `; some speaker files are CRLF.
        let fm = ok("\u{feff}+++ \r\ntitle = \"x\"\r\n+++\t\r\nBody");
        assert_eq!(fm.fields.text("Title").as_deref(), Some("x"));
        assert_eq!(fm.body, "Body");
    }

    #[test]
    fn blank_lines_before_the_closing_delimiter() {
        // Most speaker files: `linktitle = "…"\n\n+++`.
        let fm = ok("+++\ntitle = \"x\"\n\n\n+++\nBody");
        assert_eq!(fm.body, "Body");
        assert_eq!(fm.body_line, 6);
    }

    #[test]
    fn no_body_and_no_final_newline() {
        // talks/2018-tel-aviv/gadi-naor.md ends right after the closing delimiter.
        assert_eq!(ok("+++\ntitle = \"x\"\n+++").body, "");
    }

    #[test]
    fn a_body_line_starting_with_dashes_is_body() {
        // talks/2017-istanbul/arup-chakrabarti.md
        let fm = ok("+++\ntitle = \"x\"\n+++\n---You build it---\n");
        assert_eq!(fm.body, "---You build it---\n");
    }

    #[test]
    fn plus_signs_inside_a_line_do_not_close() {
        let fm = ok("+++\ntitle = \"a +++ b\"\n+++\nBody");
        assert_eq!(fm.fields.text("title").as_deref(), Some("a +++ b"));
    }

    #[test]
    fn no_front_matter_is_all_body() {
        let fm = ok("# Just Markdown\n");
        assert_eq!(fm.format, None);
        assert_eq!(fm.body, "# Just Markdown\n");
        assert_eq!(ok("").format, None);
    }

    #[test]
    fn unclosed_front_matter_is_an_error_that_keeps_the_fields() {
        let fm = parse("+++\ntitle = \"x\"\n\nThe abstract.\n");
        assert_eq!(
            fm.error.as_ref().unwrap().to_string(),
            "line 1: the front matter opened with `+++` is never closed"
        );
        assert_eq!(fm.fields.text("title").as_deref(), Some("x"));
        assert_eq!(fm.body, "The abstract.\n");
        assert_eq!(fm.body_line, 4);
    }

    #[test]
    fn toml_syntax_errors_point_at_file_lines_and_recover_the_rest() {
        // talks/2024-sao-paulo/bernardo-lankheet.md: `Title = "…Datasources""` on line 5.
        let text = "+++\nTalk_date = \"\"\nType = \"talk\"\nSpeakers = [\n  \"a\",\n]\nTitle = \"Broken\"\"\n+++\nBody\n";
        let fm = parse(text);
        let Some(FrontMatterError::Syntax { line, column, .. }) = &fm.error else {
            panic!("expected a syntax error, got {:?}", fm.error);
        };
        // Column 17 is the stray second quote.
        assert_eq!((*line, *column), (7, 17));
        assert_eq!(fm.fields.text("title").as_deref(), Some("Broken"));
        assert_eq!(fm.fields.text("type").as_deref(), Some("talk"));
        assert_eq!(fm.fields.list("speakers"), ["a"]);
        assert_eq!(fm.body, "Body\n");
    }
}
