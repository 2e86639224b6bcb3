//! JSON front matter: an object at the top of the file.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use super::{Fields, Format, FrontMatter, FrontMatterError, Value};

/// A JSON object at the top of the file; the body starts on the line after its closing brace.
pub(super) fn front_matter(text: &str) -> FrontMatter<'_> {
    let mut stream = serde_json::Deserializer::from_str(text).into_iter::<Value>();
    let mut warnings = Vec::new();
    match stream.next() {
        Some(Ok(Value::Table(entries))) => {
            let end = stream.byte_offset();
            let rest = &text[end..];
            let skip = rest.find('\n').map_or(rest.len(), |i| i + 1);
            let source = &text[..end];
            FrontMatter {
                format: Some(Format::Json),
                fields: Fields::from_entries(entries, source, 1, &mut warnings),
                body: &rest[skip..],
                body_line: source.matches('\n').count() + 2,
                error: None,
                warnings,
            }
        }
        Some(Err(err)) => FrontMatter {
            format: Some(Format::Json),
            fields: Fields::default(),
            body: "",
            body_line: 1,
            error: Some(FrontMatterError::Syntax {
                format: Format::Json,
                line: err.line().max(1),
                column: err.column().max(1),
                message: json_message(&err),
            }),
            warnings,
        },
        // A `{` line that is not an object (or nothing parsable): not front matter.
        _ => FrontMatter {
            format: None,
            fields: Fields::default(),
            body: text,
            body_line: 1,
            error: None,
            warnings,
        },
    }
}

/// serde_json's message without its own " at line X column Y" suffix (we say it ourselves).
fn json_message(err: &serde_json::Error) -> String {
    let message = err.to_string();
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message,
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a front matter value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Integer(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(i64::try_from(v).map_or_else(|_| Value::Float(v.to_string()), Value::Integer))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Float(v.to_string()))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        Value::deserialize(deserializer)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Value, D::Error> {
        Value::deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<MapKey>()? {
            let value: Value = map.next_value()?;
            entries.push((key.0, value));
        }
        Ok(Value::Table(entries))
    }
}

/// A map key: YAML allows numbers and booleans as keys; they become their text.
struct MapKey(String);

impl<'de> Deserialize<'de> for MapKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match Value::deserialize(deserializer)? {
            Value::String(s) | Value::Datetime(s) => Ok(MapKey(s)),
            Value::Integer(i) => Ok(MapKey(i.to_string())),
            Value::Float(f) => Ok(MapKey(f)),
            Value::Bool(b) => Ok(MapKey(b.to_string())),
            Value::Null => Ok(MapKey("null".to_owned())),
            Value::Array(_) | Value::Table(_) => Err(de::Error::custom(
                "a key must be a string, not a list or table",
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::front_matter::{Format, FrontMatterError};
    use crate::front_matter::{FrontMatter, parse};

    fn ok(text: &str) -> FrontMatter<'_> {
        let fm = parse(text);
        assert_eq!(fm.error, None, "unexpected error for {text:?}");
        fm
    }
    #[test]
    fn json_front_matter() {
        let fm = ok("{\n  \"title\": \"A JSON talk\",\n  \"speakers\": [\"jane-doe\"]\n}\nBody\n");
        assert_eq!(fm.format, Some(Format::Json));
        assert_eq!(fm.fields.text("title").as_deref(), Some("A JSON talk"));
        assert_eq!(fm.fields.line("speakers"), Some(3));
        assert_eq!(fm.body, "Body\n");
        assert_eq!(fm.body_line, 5);
    }

    #[test]
    fn json_errors_are_located() {
        let fm = parse("{\n  \"title\": \"x\",\n  \"speakers\": [\"a\" \"b\"]\n}\nBody\n");
        let Some(FrontMatterError::Syntax { line, column, .. }) = fm.error else {
            panic!("expected a syntax error, got {:?}", fm.error);
        };
        assert_eq!((line, column), (3, 20));
    }
}
