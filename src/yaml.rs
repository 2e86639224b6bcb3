//! YAML, read from saphyr's parser events straight into located nodes: front matter and the
//! site's data files (events, schedules) both read through here.
//!
//! saphyr's own loader builds a tree of its own first (hash maps, anchors, scalars resolved to
//! `f64`), which talkcard never needs; the parser's events are its documented way to build any
//! other tree. Scalars are resolved as YAML 1.2's core schema does (and saphyr's loader did):
//! quoted and block scalars are strings; plain ones are null, booleans and integers when they
//! read as one, and anything else keeps its text, floats included, so `9.30` stays `9.30`.

pub use saphyr_parser::ScanError;
use saphyr_parser::{Event, Parser, ScalarStyle, Span, Tag};

use crate::value::Value;

/// A value with the file line (1-based, of the text read) it starts on.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// 1-based line of the node's first character.
    pub line: usize,
    /// What it holds.
    pub kind: Kind,
}

/// What a [`Node`] holds: a scalar, or a collection of nodes.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// A scalar, resolved (never an array or table).
    Scalar(Value),
    /// A sequence.
    Sequence(Vec<Node>),
    /// A mapping, entries in file order; the key's line is its value's line or the one above.
    Mapping(Vec<(String, Node)>),
}

impl Node {
    /// The node without its lines.
    pub fn into_value(self) -> Value {
        match self.kind {
            Kind::Scalar(value) => value,
            Kind::Sequence(items) => {
                Value::Array(items.into_iter().map(Node::into_value).collect())
            }
            Kind::Mapping(entries) => Value::Table(
                entries
                    .into_iter()
                    .map(|(key, node)| (key, node.into_value()))
                    .collect(),
            ),
        }
    }

    /// The value of `key` when this is a mapping (the first, when the key repeats).
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.kind {
            Kind::Mapping(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, n)| n),
            _ => None,
        }
    }

    /// The node as trimmed, non-empty text (see [`Value::text`]).
    pub fn text(&self) -> Option<String> {
        match &self.kind {
            Kind::Scalar(value) => value.text(),
            _ => None,
        }
    }

    /// The items of a sequence; nothing for anything else.
    pub fn items(&self) -> &[Node] {
        match &self.kind {
            Kind::Sequence(items) => items,
            _ => &[],
        }
    }
}

/// What to do with a key that a mapping repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repeats {
    /// An error, as Hugo reports it for front matter.
    Refused,
    /// The later value replaces the earlier one, as Hugo's data files read; each repetition is
    /// listed in [`Document::repeated`].
    LaterWins,
}

/// A YAML text's first document.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The document, or `None` for an empty text.
    pub root: Option<Node>,
    /// Keys written twice in one mapping (with [`Repeats::LaterWins`]): the key and the line of
    /// the repetition.
    pub repeated: Vec<(String, usize)>,
}

/// A collection being read: a sequence's items, or a mapping's entries and the key waiting
/// for its value (`Some(None)`: a composite key, whose entry is dropped).
enum Open {
    Sequence(usize, Vec<Node>),
    Mapping {
        line: usize,
        entries: Vec<(String, Node)>,
        key: Option<Option<(String, usize)>>,
    },
}

/// Reads `source`'s first document; later documents are parsed (an error there is still an
/// error) but not kept.
///
/// Hugo's YAML reader (go-yaml, a port of libyaml) accepts a quoted scalar whose continuation
/// lines are indented less than YAML allows, and real files rely on it (bios and addresses
/// typed into `main.yml`, `comments:` of slots); saphyr refuses them. Leading spaces of a
/// continuation line are not part of the value, so talkcard indents those lines and reads
/// again: the value is the one Hugo reads, the lines are the file's.
pub fn read(source: &str, repeats: Repeats) -> Result<Document, ScanError> {
    let mut text = std::borrow::Cow::Borrowed(source);
    for _ in 0..256 {
        match read_strict(&text, repeats) {
            Err(err) if err.info() == "invalid indentation in quoted scalar" => {
                match reindented(&text, &err) {
                    Some(fixed) => text = std::borrow::Cow::Owned(fixed),
                    None => return Err(err),
                }
            }
            result => return result,
        }
    }
    read_strict(&text, repeats)
}

/// `text` with the continuation lines of the quoted scalar that `err` starts at indented one
/// column past its opening quote; `None` when there is no such scalar.
fn reindented(text: &str, err: &ScanError) -> Option<String> {
    let at = err.marker();
    let line_start: usize = text
        .split_inclusive('\n')
        .take(at.line().saturating_sub(1))
        .map(str::len)
        .sum();
    let rest = text.get(line_start..)?;
    let (offset, quote) = rest.char_indices().nth(at.col())?;
    if quote != '"' && quote != '\'' {
        return None;
    }
    let start = line_start + offset;
    let mut end = None;
    let mut chars = text[start + 1..].char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' if quote == '"' => {
                chars.next();
            }
            c if c == quote => {
                if quote == '\'' && text[start + 1 + i + 1..].starts_with('\'') {
                    chars.next();
                    continue;
                }
                end = Some(start + 1 + i);
                break;
            }
            _ => {}
        }
    }
    let end = end.unwrap_or(text.len());
    let indent = " ".repeat(at.col() + 1);
    let inner = text[start..end].replace('\n', &format!("\n{indent}"));
    Some(format!("{}{inner}{}", &text[..start], &text[end..]))
}

fn read_strict(source: &str, repeats: Repeats) -> Result<Document, ScanError> {
    let mut stack: Vec<Open> = Vec::new();
    let mut document = Document {
        root: None,
        repeated: Vec::new(),
    };
    let mut documents = 0;
    for event in Parser::new_from_str(source) {
        let (event, span) = event?;
        let line = span.start.line().max(1);
        let node = match event {
            Event::DocumentStart(_) => {
                documents += 1;
                continue;
            }
            Event::SequenceStart(..) => {
                stack.push(Open::Sequence(line, Vec::new()));
                continue;
            }
            Event::MappingStart(..) => {
                stack.push(Open::Mapping {
                    line,
                    entries: Vec::new(),
                    key: None,
                });
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => match stack.pop() {
                Some(Open::Sequence(line, items)) => Node {
                    line,
                    kind: Kind::Sequence(items),
                },
                Some(Open::Mapping { line, entries, .. }) => Node {
                    line,
                    kind: Kind::Mapping(entries),
                },
                None => continue,
            },
            Event::Scalar(text, style, _, tag) => Node {
                line,
                kind: Kind::Scalar(scalar(&text, style, tag.as_deref())),
            },
            // Anchors are not followed: front matter and data files have no use for them.
            Event::Alias(_) => Node {
                line,
                kind: Kind::Scalar(Value::Null),
            },
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Nothing => {
                continue;
            }
        };
        if documents > 1 {
            continue;
        }
        insert(&mut stack, &mut document, node, span, repeats)?;
    }
    Ok(document)
}

/// Puts a finished node where it belongs: into the open collection, or as the document.
fn insert(
    stack: &mut [Open],
    document: &mut Document,
    node: Node,
    span: Span,
    repeats: Repeats,
) -> Result<(), ScanError> {
    match stack.last_mut() {
        None => document.root = Some(node),
        Some(Open::Sequence(_, items)) => items.push(node),
        Some(Open::Mapping { entries, key, .. }) => match key.take() {
            None => *key = Some(key_text(node.into_value()).map(|k| (k, span.start.line()))),
            Some(Some((text, line))) => match entries.iter().position(|(k, _)| *k == text) {
                None => entries.push((text, node)),
                Some(_) if repeats == Repeats::Refused => {
                    return Err(ScanError::new_str(
                        saphyr_parser::Marker::new(0, line, 0),
                        "duplicated key in mapping",
                    ));
                }
                Some(at) => {
                    document.repeated.push((text.clone(), line));
                    entries[at] = (text, node);
                }
            },
            Some(None) => {}
        },
    }
    Ok(())
}

/// A scalar's value under the core schema. A core-schema tag (`!!str`, `!!int`…) says what to
/// read it as; any other tag is looked through.
fn scalar(text: &str, style: ScalarStyle, tag: Option<&Tag>) -> Value {
    let text_value = || Value::String(text.to_owned());
    if style != ScalarStyle::Plain {
        return text_value();
    }
    let resolved = plain(text);
    match tag.filter(|tag| tag.is_yaml_core_schema()) {
        None => resolved,
        Some(tag) => match (tag.suffix.as_str(), &resolved) {
            ("str", _) => text_value(),
            ("null", Value::Null)
            | ("bool", Value::Bool(_))
            | ("int", Value::Integer(_))
            | ("float", Value::Float(_) | Value::Integer(_)) => resolved,
            // A value its tag does not fit (`!!int abc`): saphyr's loader made it a bad value.
            _ => Value::Null,
        },
    }
}

/// A plain (unquoted) scalar: null, a boolean, an integer, a float kept as written, or text.
fn plain(text: &str) -> Value {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    let integer = if let Some(hex) = text.strip_prefix("0x") {
        i64::from_str_radix(hex, 16).ok()
    } else if let Some(octal) = text.strip_prefix("0o") {
        i64::from_str_radix(octal, 8).ok()
    } else {
        text.parse::<i64>().ok()
    };
    match integer {
        Some(i) => Value::Integer(i),
        None if is_float(text) => Value::Float(text.to_owned()),
        None => Value::String(text.to_owned()),
    }
}

/// YAML 1.2 core schema floats: `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, and
/// the infinities and NaN.
fn is_float(text: &str) -> bool {
    if matches!(
        text.trim_start_matches(['-', '+']),
        ".inf" | ".Inf" | ".INF"
    ) || matches!(text, ".nan" | ".NaN" | ".NAN")
    {
        return true;
    }
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let rest = text.strip_prefix(['-', '+']).unwrap_or(text);
    let whole = digits(rest);
    let rest = &rest[whole..];
    let (fraction, rest) = match rest.strip_prefix('.') {
        Some(after) => (Some(digits(after)), &after[digits(after)..]),
        None => (None, rest),
    };
    if whole == 0 && fraction.unwrap_or(0) == 0 {
        return false;
    }
    match rest.strip_prefix(['e', 'E']) {
        None => rest.is_empty(),
        Some(exponent) => {
            let exponent = exponent.strip_prefix(['-', '+']).unwrap_or(exponent);
            !exponent.is_empty() && digits(exponent) == exponent.len()
        }
    }
}

/// A mapping key as text (YAML allows numbers and booleans as keys); `None` for composite keys.
fn key_text(key: Value) -> Option<String> {
    match key {
        Value::String(s) | Value::Float(s) => Some(s),
        Value::Integer(i) => Some(i.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Null => Some("null".to_owned()),
        Value::Datetime(_) | Value::Array(_) | Value::Table(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nodes_know_their_lines() {
        let doc = read(
            "name: x\nprogram:\n  - title: a\n    date: 2019-08-27\n  - title: b\n",
            Repeats::Refused,
        )
        .unwrap();
        let root = doc.root.unwrap();
        let program = root.get("program").unwrap();
        let lines: Vec<usize> = program.items().iter().map(|n| n.line).collect();
        assert_eq!(lines, [3, 5]);
        assert_eq!(program.items()[0].get("date").unwrap().line, 4);
        assert_eq!(
            program.items()[0].get("date").unwrap().text().as_deref(),
            Some("2019-08-27")
        );
    }

    #[test]
    fn a_repeated_key_is_refused_or_the_later_value_wins_and_is_listed() {
        let text = "a: 1\nb: 2\na: 3\n";
        assert_eq!(
            read(text, Repeats::Refused).unwrap_err().info(),
            "duplicated key in mapping"
        );
        let doc = read(text, Repeats::LaterWins).unwrap();
        assert_eq!(doc.repeated, [("a".to_owned(), 3)]);
        let root = doc.root.unwrap();
        assert_eq!(root.get("a").unwrap().text().as_deref(), Some("3"));
        assert_eq!(read("", Repeats::Refused).unwrap().root, None);
    }

    #[test]
    fn quoted_continuation_lines_indented_less_than_yaml_allows_read_as_hugo_reads_them() {
        // data/events/2019/zurich/main.yml: a bio whose second line starts at column 0.
        let text = "team:\n  - name: a\n    bio: \"<p>one</p>\n<p>two \\\" x</p>\"\n    github: \"\"\nafter: 'it''s\nfine'\n";
        let root = read(text, Repeats::Refused).unwrap().root.unwrap();
        let member = &root.get("team").unwrap().items()[0];
        assert_eq!(
            member.get("bio").unwrap().text().as_deref(),
            Some("<p>one</p> <p>two \" x</p>")
        );
        assert_eq!(member.get("github").unwrap().line, 5);
        assert_eq!(
            root.get("after").unwrap().text().as_deref(),
            Some("it's fine")
        );
    }
}
