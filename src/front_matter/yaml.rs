//! YAML front matter, read from saphyr's parser events straight into [`Value`]s.
//!
//! saphyr's own loader builds a tree of its own first (hash maps, anchors, scalars resolved to
//! `f64`), which a card never needs; the parser's events are its documented way to build any
//! other tree. Scalars are resolved as YAML 1.2's core schema does (and saphyr's loader did):
//! quoted and block scalars are strings; plain ones are null, booleans and integers when they
//! read as one, and anything else keeps its text, floats included, so `9.30` stays `9.30`.

use saphyr_parser::{Event, Parser, ScalarStyle, ScanError, Span, Tag};

use super::Value;
use super::lines::offset_of;

/// A YAML front matter's value (its first document), or where it broke: a byte offset into
/// `source` and a message.
pub(super) fn parse(source: &str) -> Result<Value, (usize, String)> {
    read(source).map_err(|e| {
        let at = e.marker();
        (
            offset_of(source, at.line(), at.col() + 1),
            e.info().to_owned(),
        )
    })
}

/// A collection being read: a sequence's items, or a mapping's entries and the key waiting
/// for its value (`None` in a pending key: a composite key, whose entry is dropped).
enum Open {
    Sequence(Vec<Value>),
    Mapping {
        entries: Vec<(String, Value)>,
        key: Option<Option<String>>,
    },
}

fn read(source: &str) -> Result<Value, ScanError> {
    let mut stack: Vec<Open> = Vec::new();
    let mut document: Option<Value> = None;
    let mut documents = 0;
    for event in Parser::new_from_str(source) {
        let (event, span) = event?;
        let value = match event {
            Event::DocumentStart(_) => {
                documents += 1;
                continue;
            }
            Event::SequenceStart(..) => {
                stack.push(Open::Sequence(Vec::new()));
                continue;
            }
            Event::MappingStart(..) => {
                stack.push(Open::Mapping {
                    entries: Vec::new(),
                    key: None,
                });
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => match stack.pop() {
                Some(Open::Sequence(items)) => Value::Array(items),
                Some(Open::Mapping { entries, .. }) => Value::Table(entries),
                None => continue,
            },
            Event::Scalar(text, style, _, tag) => scalar(&text, style, tag.as_deref()),
            // Anchors are not followed: front matter has no use for them.
            Event::Alias(_) => Value::Null,
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Nothing => {
                continue;
            }
        };
        // Later documents are parsed (an error there is still an error) but not kept.
        if documents > 1 {
            continue;
        }
        insert(&mut stack, &mut document, value, span)?;
    }
    Ok(document.unwrap_or(Value::Null))
}

/// Puts a finished value where it belongs: into the open collection, or as the document.
fn insert(
    stack: &mut [Open],
    document: &mut Option<Value>,
    value: Value,
    span: Span,
) -> Result<(), ScanError> {
    match stack.last_mut() {
        None => *document = Some(value),
        Some(Open::Sequence(items)) => items.push(value),
        Some(Open::Mapping { entries, key }) => match key.take() {
            None => {
                let text = key_text(value);
                if let Some(text) = &text
                    && entries.iter().any(|(k, _)| k == text)
                {
                    return Err(ScanError::new_str(span.start, "duplicated key in mapping"));
                }
                *key = Some(text);
            }
            Some(Some(text)) => entries.push((text, value)),
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
    use crate::front_matter::{Format, FrontMatterError, Value};
    use crate::front_matter::{FrontMatter, parse};

    fn ok(text: &str) -> FrontMatter<'_> {
        let fm = parse(text);
        assert_eq!(fm.error, None, "unexpected error for {text:?}");
        fm
    }
    #[test]
    fn yaml_front_matter() {
        let fm = ok(
            "---\ntitle: A YAML talk\nspeakers:\n  - jane-doe\n  - john-roe\nyoutube:\n---\nBody\n",
        );
        assert_eq!(fm.format, Some(Format::Yaml));
        assert_eq!(fm.fields.text("Title").as_deref(), Some("A YAML talk"));
        assert_eq!(fm.fields.list("speakers"), ["jane-doe", "john-roe"]);
        assert_eq!(fm.fields.get("youtube").unwrap().value, Value::Null);
        assert_eq!(fm.fields.line("speakers"), Some(3));
        assert_eq!(fm.body, "Body\n");
    }

    #[test]
    fn yaml_errors_point_at_file_lines() {
        let fm = parse("---\ntitle: ok\nspeakers: [a, b\nyoutube: x\n---\n");
        let Some(FrontMatterError::Syntax { format, line, .. }) = fm.error else {
            panic!("expected a syntax error, got {:?}", fm.error);
        };
        assert_eq!(format, Format::Yaml);
        assert!((3..=5).contains(&line), "line {line}");
        assert_eq!(fm.fields.text("title").as_deref(), Some("ok"));
    }

    #[test]
    fn plain_scalars_resolve_as_the_core_schema_says_and_floats_keep_their_text() {
        let fm = ok(
            "---\na: ~\nb: True\nc: 0x1F\nd: -12\ne: 9.30\nf: 1e3\ng: .inf\nh: '9.30'\ni: 1.2.3\nj: !!str 12\nk: !!int abc\n---\n",
        );
        let value = |key: &str| fm.fields.get(key).unwrap().value.clone();
        assert_eq!(value("a"), Value::Null);
        assert_eq!(value("b"), Value::Bool(true));
        assert_eq!(value("c"), Value::Integer(31));
        assert_eq!(value("d"), Value::Integer(-12));
        assert_eq!(value("e"), Value::Float("9.30".into()));
        assert_eq!(value("f"), Value::Float("1e3".into()));
        assert_eq!(value("g"), Value::Float(".inf".into()));
        assert_eq!(value("h"), Value::String("9.30".into()));
        assert_eq!(value("i"), Value::String("1.2.3".into()));
        assert_eq!(value("j"), Value::String("12".into()));
        assert_eq!(value("k"), Value::Null);
        assert_eq!(fm.fields.text("e").as_deref(), Some("9.30"));
    }

    #[test]
    fn nested_collections_keep_their_order_and_composite_keys_are_dropped() {
        let fm = ok(
            "---\nlinks:\n  - {title: Slides, url: 'https://x.test'}\n  - [a, b]\n? [composite]\n: dropped\nafter: kept\n---\n",
        );
        let links = &fm.fields.get("links").unwrap().value;
        assert_eq!(
            *links,
            Value::Array(vec![
                Value::Table(vec![
                    ("title".into(), Value::String("Slides".into())),
                    ("url".into(), Value::String("https://x.test".into())),
                ]),
                Value::Array(vec![Value::String("a".into()), Value::String("b".into())]),
            ])
        );
        let keys: Vec<_> = fm.fields.iter().map(|f| f.key.as_str()).collect();
        assert_eq!(keys, ["links", "after"]);
    }

    #[test]
    fn a_repeated_key_is_a_located_error_and_later_documents_are_not_fields() {
        let fm = parse("---\ntitle: one\nspeakers: []\ntitle: two\n---\n");
        let Some(FrontMatterError::Syntax { line, message, .. }) = &fm.error else {
            panic!("expected a syntax error, got {:?}", fm.error);
        };
        assert_eq!((*line, message.as_str()), (4, "duplicated key in mapping"));
        assert_eq!(
            super::parse("a: 1\n---\nb: 2\n"),
            Ok(Value::Table(vec![("a".into(), Value::Integer(1))]))
        );
        assert_eq!(super::parse(""), Ok(Value::Null));
    }
}
