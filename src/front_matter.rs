//! Front matter: the metadata block at the top of a talk file, as Hugo reads it.
//!
//! Hugo sites (devopsdays.org among them) put TOML between `+++` lines. Real files are not tidy:
//! a delimiter may carry trailing spaces, lines may end in CRLF, a file may start with a BOM, have
//! no body, no final newline, or a body line that itself begins with `---`. Splitting is therefore
//! done line by line on the exact delimiter (never "the first `+++` substring"), and every error
//! is reported against lines of the *file*, because that is what a speaker sees in an editor.
//!
//! Keys are case-insensitive, as in Hugo (`Title`, `title`): [`Fields`] stores them lower-cased
//! and keeps every key, known or not, so nothing in the file is lost.

use std::collections::BTreeMap;
use std::ops::Range;

use thiserror::Error;

/// The front matter formats talkcard reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// TOML between `+++` lines: what devopsdays and most Hugo themes use.
    Toml,
}

impl Format {
    /// The delimiter line that opens and closes this format.
    pub fn delimiter(self) -> &'static str {
        match self {
            Format::Toml => "+++",
        }
    }
}

/// Why a talk file's front matter could not be read. Every variant carries a 1-based file line.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FrontMatterError {
    /// The opening delimiter has no matching closing line.
    #[error("line {line}: the front matter opened with `{delimiter}` is never closed")]
    Unclosed {
        /// Line of the opening delimiter.
        line: usize,
        /// The delimiter that was opened.
        delimiter: &'static str,
    },
    /// The front matter is not valid in its format.
    #[error("line {line}, column {column}: {message}")]
    Syntax {
        /// File line of the problem.
        line: usize,
        /// 1-based column, counted in characters.
        column: usize,
        /// What the format's parser said, on one line.
        message: String,
    },
}

impl FrontMatterError {
    /// The file line the error points at.
    pub fn line(&self) -> usize {
        match self {
            FrontMatterError::Unclosed { line, .. } | FrontMatterError::Syntax { line, .. } => {
                *line
            }
        }
    }
}

/// A talk file cut into its front matter and body, still as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split<'a> {
    /// The front matter format, or `None` when the file has no front matter at all.
    pub format: Option<Format>,
    /// The text between the delimiter lines (empty when there is none).
    pub front_matter: &'a str,
    /// File line (1-based) on which `front_matter` starts.
    pub front_matter_line: usize,
    /// Everything after the closing delimiter line.
    pub body: &'a str,
    /// File line (1-based) on which `body` starts.
    pub body_line: usize,
}

/// Cuts `text` into front matter and body.
///
/// A file that does not open with a delimiter line has no front matter: all of it is body.
pub fn split(text: &str) -> Result<Split<'_>, FrontMatterError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = LineIter::new(text);
    let no_front_matter = Split {
        format: None,
        front_matter: "",
        front_matter_line: 1,
        body: text,
        body_line: 1,
    };
    let Some(first) = lines.next() else {
        return Ok(no_front_matter);
    };
    let format = Format::Toml;
    if trim_line(first.text) != format.delimiter() {
        return Ok(no_front_matter);
    }
    let start = first.end;
    for line in lines {
        if trim_line(line.text) == format.delimiter() {
            return Ok(Split {
                format: Some(format),
                front_matter: &text[start..line.start],
                front_matter_line: 2,
                body: &text[line.end..],
                body_line: line.number + 1,
            });
        }
    }
    Err(FrontMatterError::Unclosed {
        line: 1,
        delimiter: format.delimiter(),
    })
}

/// Front matter fields with case-insensitive keys, every key kept.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fields {
    values: BTreeMap<String, toml::Value>,
}

impl Fields {
    /// Parses the front matter of `split`, reporting errors at file lines.
    pub fn parse(split: &Split<'_>) -> Result<Self, FrontMatterError> {
        match split.format {
            None => Ok(Fields::default()),
            Some(Format::Toml) => {
                let table: toml::Table = toml::from_str(split.front_matter).map_err(|e| {
                    let at = e.span().map_or(0, |span: Range<usize>| span.start);
                    let (line, column) = locate(split.front_matter, at);
                    FrontMatterError::Syntax {
                        line: split.front_matter_line + line - 1,
                        column,
                        message: one_line(e.message()),
                    }
                })?;
                Ok(Fields {
                    values: table
                        .into_iter()
                        .map(|(key, value)| (key.to_lowercase(), value))
                        .collect(),
                })
            }
        }
    }

    /// The raw value of `key` (any casing).
    pub fn get(&self, key: &str) -> Option<&toml::Value> {
        self.values.get(&key.to_lowercase())
    }

    /// The value of `key` as text, trimmed; `None` when missing or empty, because an empty
    /// string means "not set" in these files. Dates, times and numbers are written as TOML would.
    pub fn text(&self, key: &str) -> Option<String> {
        let text = match self.get(key)? {
            toml::Value::String(s) => s.trim().to_owned(),
            toml::Value::Integer(i) => i.to_string(),
            toml::Value::Float(f) => f.to_string(),
            toml::Value::Datetime(d) => d.to_string(),
            toml::Value::Boolean(_) | toml::Value::Array(_) | toml::Value::Table(_) => {
                return None;
            }
        };
        (!text.is_empty()).then_some(text)
    }

    /// The value of `key` as a list of non-empty strings: an array of strings, or a single
    /// string (people write `Speakers = "jane-doe"` too).
    pub fn list(&self, key: &str) -> Vec<String> {
        let items: Vec<&toml::Value> = match self.get(key) {
            Some(toml::Value::Array(items)) => items.iter().collect(),
            Some(value) => vec![value],
            None => Vec::new(),
        };
        items
            .into_iter()
            .filter_map(|item| match item {
                toml::Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
                _ => None,
            })
            .collect()
    }

    /// Every key (lower-cased) in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.values.keys().map(String::as_str)
    }
}

/// A line of the file with its byte range (terminator included in `end`) and 1-based number.
struct Line<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    number: usize,
}

struct LineIter<'a> {
    text: &'a str,
    pos: usize,
    number: usize,
}

impl<'a> LineIter<'a> {
    fn new(text: &'a str) -> Self {
        LineIter {
            text,
            pos: 0,
            number: 0,
        }
    }
}

impl<'a> Iterator for LineIter<'a> {
    type Item = Line<'a>;

    fn next(&mut self) -> Option<Line<'a>> {
        if self.pos >= self.text.len() {
            return None;
        }
        let rest = &self.text[self.pos..];
        let len = rest.find('\n').map_or(rest.len(), |i| i + 1);
        let start = self.pos;
        self.pos += len;
        self.number += 1;
        Some(Line {
            text: &rest[..len],
            start,
            end: self.pos,
            number: self.number,
        })
    }
}

/// A delimiter line without its terminator and trailing blanks (`+++ \r\n` is `+++`).
fn trim_line(line: &str) -> &str {
    line.trim_end_matches(['\n', '\r', ' ', '\t'])
}

/// 1-based line and character column of byte `offset` in `text`.
fn locate(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

fn one_line(message: &str) -> String {
    message
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str) -> Fields {
        Fields::parse(&split(text).unwrap()).unwrap()
    }

    #[test]
    fn splits_toml_front_matter_and_body() {
        let s = split("+++\nTitle = \"x\"\n+++\n\nBody\n").unwrap();
        assert_eq!(s.format, Some(Format::Toml));
        assert_eq!(s.front_matter, "Title = \"x\"\n");
        assert_eq!(s.body, "\nBody\n");
        assert_eq!(s.body_line, 4);
    }

    #[test]
    fn tolerates_bom_crlf_and_trailing_spaces_on_delimiters() {
        // talks/2016-raleigh/michael-dehaan.md has `+++ `; some speaker files are CRLF.
        let s = split("\u{feff}+++ \r\ntitle = \"x\"\r\n+++\t\r\nBody").unwrap();
        assert_eq!(s.format, Some(Format::Toml));
        assert_eq!(s.body, "Body");
        assert_eq!(
            fields("\u{feff}+++ \r\ntitle = \"x\"\r\n+++ \r\n")
                .text("Title")
                .unwrap(),
            "x"
        );
    }

    #[test]
    fn no_body_and_no_final_newline() {
        // talks/2018-tel-aviv/gadi-naor.md ends right after the closing delimiter.
        let s = split("+++\ntitle = \"x\"\n+++").unwrap();
        assert_eq!(s.body, "");
    }

    #[test]
    fn a_body_line_starting_with_dashes_is_body() {
        // talks/2017-istanbul/arup-chakrabarti.md
        let s = split("+++\ntitle = \"x\"\n+++\n---You build it---\n").unwrap();
        assert_eq!(s.body, "---You build it---\n");
    }

    #[test]
    fn plus_signs_inside_a_line_do_not_close() {
        let s = split("+++\ntitle = \"a +++ b\"\n+++\nBody").unwrap();
        assert_eq!(s.front_matter, "title = \"a +++ b\"\n");
    }

    #[test]
    fn no_front_matter_is_all_body() {
        let s = split("# Just Markdown\n").unwrap();
        assert_eq!(s.format, None);
        assert_eq!(s.body, "# Just Markdown\n");
        assert_eq!(split("").unwrap().format, None);
    }

    #[test]
    fn unclosed_front_matter_is_an_error_on_line_1() {
        let e = split("+++\ntitle = \"x\"\n").unwrap_err();
        assert_eq!(e.line(), 1);
        assert_eq!(
            e.to_string(),
            "line 1: the front matter opened with `+++` is never closed"
        );
    }

    #[test]
    fn syntax_errors_point_at_file_lines() {
        let text =
            "+++\nTitle = \"ok\"\nType = \"talk\"\nSpeakers = [\"a\"]\nYoutube = \"abc\n+++\n";
        let e = Fields::parse(&split(text).unwrap()).unwrap_err();
        let FrontMatterError::Syntax { line, column, .. } = e else {
            panic!("expected a syntax error, got {e:?}");
        };
        assert_eq!(line, 5, "{e}");
        assert!(column > 1, "{e}");
    }

    #[test]
    fn keys_are_case_insensitive_and_all_kept() {
        let f = fields("+++\nTitle = \"x\"\nyoutube = \"id\"\nbackgroud_color = \"red\"\n+++\n");
        assert_eq!(f.text("title").as_deref(), Some("x"));
        assert_eq!(f.text("YouTube").as_deref(), Some("id"));
        assert!(f.keys().any(|k| k == "backgroud_color"));
    }

    #[test]
    fn empty_strings_are_unset_and_dates_are_text() {
        let f = fields("+++\nvimeo = \"  \"\ndate = 2017-03-15T20:37:34+01:00\n+++\n");
        assert_eq!(f.text("vimeo"), None);
        assert_eq!(f.text("date").as_deref(), Some("2017-03-15T20:37:34+01:00"));
    }

    #[test]
    fn lists_accept_arrays_and_single_strings() {
        assert_eq!(
            fields("+++\nspeakers = [\"a\",\"\", \"b\"]\n+++\n").list("Speakers"),
            ["a", "b"]
        );
        assert_eq!(
            fields("+++\nspeakers = \"a\"\n+++\n").list("speakers"),
            ["a"]
        );
        assert!(
            fields("+++\nspeakers = [\"\"]\n+++\n")
                .list("speakers")
                .is_empty()
        );
    }
}
