//! JSON front matter: an object at the top of the file, as Hugo accepts it.
//!
//! The object's end is found by a scan that knows JSON's strings; what lies after it is the
//! body. The object itself is read by `serde_json` natively and by the browser's own
//! `JSON.parse` in the wasm build (which then carries no JSON parser of its own: serde and
//! serde_json cost the card 8 KB brotli).

use super::lines::locate;
use super::{Fields, Format, FrontMatter, FrontMatterError, Value};

/// A JSON object at the top of the file; the body starts on the line after its closing brace.
pub(super) fn front_matter(text: &str) -> FrontMatter<'_> {
    let end = object_end(text);
    let source = &text[..end.unwrap_or(text.len())];
    let mut warnings = Vec::new();
    match (read::object(source), end) {
        (Ok(entries), Some(end)) => {
            let rest = &text[end..];
            let skip = rest.find('\n').map_or(rest.len(), |i| i + 1);
            FrontMatter {
                format: Some(Format::Json),
                fields: Fields::from_entries(entries, source, 1, &mut warnings),
                body: &rest[skip..],
                body_line: source.matches('\n').count() + 2,
                error: None,
                warnings,
            }
        }
        (result, _) => {
            let (offset, message) = result
                .err()
                .unwrap_or_else(|| (text.len(), "the object is never closed with `}`".to_owned()));
            let (line, column) = locate(text, offset);
            FrontMatter {
                format: Some(Format::Json),
                fields: Fields::default(),
                body: "",
                body_line: 1,
                error: Some(FrontMatterError::Syntax {
                    format: Format::Json,
                    line,
                    column,
                    message,
                    stray_quote: false,
                }),
                warnings,
            }
        }
    }
}

/// The byte just after the closing brace of the object that `text` opens, or `None` when it
/// never closes. Brackets inside strings (escapes included) do not count; a mismatched bracket
/// is left for the parser to report.
fn object_end(text: &str) -> Option<usize> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for (i, byte) in text.bytes().enumerate() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// The object read natively, by serde_json into [`Value`]s.
#[cfg(not(target_arch = "wasm32"))]
mod read {
    use std::fmt;

    use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

    use super::super::lines::offset_of;
    use super::Value;

    /// The object's entries in file order, or where it broke: a byte offset and a message.
    pub(super) fn object(source: &str) -> Result<Vec<(String, Value)>, (usize, String)> {
        match serde_json::from_str::<Value>(source) {
            Ok(Value::Table(entries)) => Ok(entries),
            Ok(_) => Ok(Vec::new()),
            Err(err) => Err((offset_of(source, err.line(), err.column()), message(&err))),
        }
    }

    /// serde_json's message without its own " at line X column Y" suffix (we say it ourselves).
    fn message(err: &serde_json::Error) -> String {
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
}

/// The object read by the browser's `JSON.parse`, walked into [`Value`]s. Object keys come in
/// the file's order, except that JavaScript lists integer-like keys first (fields are put back
/// in line order anyway); a key written twice keeps its last value, as in JavaScript.
#[cfg(target_arch = "wasm32")]
mod read {
    use js_sys::{Array, JSON, Object};
    use wasm_bindgen::{JsCast, JsValue};

    use super::Value;

    /// The object's entries, or where it broke: a byte offset and the browser's message.
    pub(super) fn object(source: &str) -> Result<Vec<(String, Value)>, (usize, String)> {
        match JSON::parse(source) {
            Ok(value) => match from_js(value) {
                Value::Table(entries) => Ok(entries),
                _ => Ok(Vec::new()),
            },
            Err(err) => Err(located(source, &message_of(err))),
        }
    }

    fn message_of(err: JsValue) -> String {
        err.dyn_into::<js_sys::Error>()
            .map_or_else(|_| "not valid JSON".to_owned(), |e| e.message().into())
    }

    /// Where the browser's message says the error is, and the message without its place.
    /// Chromium says "… in JSON at position N" (UTF-16 units); where it only names the token
    /// ("Unexpected token 'b', "…" is not valid JSON"), or a browser says nothing of the place,
    /// the place is the end of the shortest prefix of the text that fails the same way: JSON
    /// fails at the first character that cannot continue it.
    fn located(source: &str, message: &str) -> (usize, String) {
        if let Some((text, after)) = message.split_once(" in JSON at position ") {
            let units: usize = after
                .split(|c: char| !c.is_ascii_digit())
                .next()
                .and_then(|n| n.parse().ok())
                .unwrap_or(0);
            return (byte_of_utf16(source, units), text.to_owned());
        }
        let kind = |message: &str| message.split(", \"").next().unwrap_or("").to_owned();
        let wanted = kind(message);
        let boundaries: Vec<usize> = source
            .char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .collect();
        let fails_so = |end: usize| {
            JSON::parse(&source[..end]).is_err_and(|err| kind(&message_of(err)) == wanted)
        };
        let first = boundaries.partition_point(|&end| !fails_so(end));
        let at = first
            .checked_sub(1)
            .map_or(0, |i| boundaries[i])
            .min(source.len());
        (at, wanted)
    }

    fn byte_of_utf16(source: &str, units: usize) -> usize {
        let mut seen = 0;
        for (i, c) in source.char_indices() {
            if seen >= units {
                return i;
            }
            seen += c.len_utf16();
        }
        source.len()
    }

    fn from_js(value: JsValue) -> Value {
        if let Some(b) = value.as_bool() {
            Value::Bool(b)
        } else if let Some(n) = value.as_f64() {
            // Whole numbers JavaScript holds exactly are integers; the rest keep JavaScript's text.
            if n.fract() == 0.0 && n.abs() <= 9_007_199_254_740_991.0 {
                Value::Integer(n as i64)
            } else {
                Value::Float(
                    js_sys::Number::from(n)
                        .to_string_with_radix(10)
                        .map_or_else(|_| String::new(), String::from),
                )
            }
        } else if let Some(s) = value.as_string() {
            Value::String(s)
        } else if Array::is_array(&value) {
            Value::Array(Array::from(&value).iter().map(from_js).collect())
        } else if value.is_object() {
            Value::Table(
                Object::entries(value.unchecked_ref())
                    .iter()
                    .map(|entry| {
                        let pair = Array::from(&entry);
                        (
                            pair.get(0).as_string().unwrap_or_default(),
                            from_js(pair.get(1)),
                        )
                    })
                    .collect(),
            )
        } else {
            Value::Null
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::front_matter::parse;
    use crate::front_matter::{Format, FrontMatterError};

    use crate::front_matter::test_support::ok;
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

    #[test]
    fn the_object_ends_at_its_own_brace_whatever_the_strings_hold() {
        let fm = ok("{\"title\": \"a } b \\\" {\", \"links\": [{\"x\": 1}]}\nBody {\n");
        assert_eq!(fm.fields.text("title").as_deref(), Some("a } b \" {"));
        assert_eq!(fm.body, "Body {\n");
        assert_eq!(super::object_end("{\"a\": [1, 2]} }"), Some(13));
        assert_eq!(super::object_end("{\"a\": \"}"), None);
    }

    #[test]
    fn numbers_keep_their_value_as_text_and_errors_at_a_token_or_the_end_are_located() {
        let fm = ok("{\"year\": 2017, \"ratio\": 1.5}\n");
        assert_eq!(fm.fields.text("year").as_deref(), Some("2017"));
        assert_eq!(fm.fields.text("ratio").as_deref(), Some("1.5"));
        let at = |text: &str| match parse(text).error {
            Some(FrontMatterError::Syntax { line, column, .. }) => (line, column),
            other => panic!("expected a syntax error, got {other:?}"),
        };
        assert_eq!(at("{\n  \"title\": x\n}\n"), (2, 12));
        assert_eq!(at("{\n  \"title\": \"x\",\n"), (3, 1));
    }
}
