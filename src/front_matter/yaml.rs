//! YAML front matter, through talkcard's YAML reader (`crate::yaml`).

use super::Value;
use super::lines::offset_of;
use crate::yaml::{self, Repeats};

/// A YAML front matter's value (its first document), or where it broke: a byte offset into
/// `source` and a message. A key written twice is an error, as in Hugo.
pub(super) fn parse(source: &str) -> Result<Value, (usize, String)> {
    match yaml::read(source, Repeats::Refused) {
        Ok(document) => Ok(document.root.map_or(Value::Null, yaml::Node::into_value)),
        Err(e) => {
            let at = e.marker();
            Err((
                offset_of(source, at.line(), at.col() + 1),
                e.info().to_owned(),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::front_matter::parse;
    use crate::front_matter::{Format, FrontMatterError, Value};

    use crate::front_matter::test_support::ok;
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
