//! YAML front matter.

use saphyr::LoadableYamlNode;

use super::Value;
use super::lines::offset_of;

/// A YAML front matter's value (its first document), or where it broke: a byte offset into
/// `source` and a message.
pub(super) fn parse(source: &str) -> Result<Value, (usize, String)> {
    let documents = saphyr::Yaml::load_from_str(source).map_err(|e| {
        let at = e.marker();
        (
            offset_of(source, at.line(), at.col() + 1),
            e.info().to_owned(),
        )
    })?;
    Ok(documents.into_iter().next().map_or(Value::Null, from_yaml))
}

/// A YAML node as a [`Value`]. Tags are looked through; unresolved aliases and bad values
/// are nulls (front matter has no use for them).
fn from_yaml(yaml: saphyr::Yaml<'_>) -> Value {
    use saphyr::{Scalar, Yaml};
    match yaml {
        Yaml::Value(Scalar::Null) | Yaml::Alias(_) | Yaml::BadValue => Value::Null,
        Yaml::Value(Scalar::Boolean(b)) => Value::Bool(b),
        Yaml::Value(Scalar::Integer(i)) => Value::Integer(i),
        Yaml::Value(Scalar::FloatingPoint(f)) => Value::Float(f.into_inner()),
        Yaml::Value(Scalar::String(s)) | Yaml::Representation(s, _, _) => {
            Value::String(s.into_owned())
        }
        Yaml::Sequence(items) => Value::Array(items.into_iter().map(from_yaml).collect()),
        Yaml::Mapping(entries) => Value::Table(
            entries
                .into_iter()
                .filter_map(|(key, value)| Some((yaml_key(key)?, from_yaml(value))))
                .collect(),
        ),
        Yaml::Tagged(_, inner) => from_yaml(*inner),
    }
}

/// A mapping key as text (YAML allows numbers and booleans as keys); `None` for composite keys.
fn yaml_key(key: saphyr::Yaml<'_>) -> Option<String> {
    match from_yaml(key) {
        Value::String(s) => Some(s),
        Value::Integer(i) => Some(i.to_string()),
        Value::Float(f) => Some(f.to_string()),
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
}
