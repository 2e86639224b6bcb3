//! TOML front matter, read from toml's own parse tree.

use super::Value;
use super::lines::one_line;

/// A TOML front matter's value, or where it broke: a byte offset into `source` and a message.
pub(super) fn parse(source: &str) -> Result<Value, (usize, String)> {
    ::toml::de::DeTable::parse(source)
        .map(|table| from_toml(::toml::de::DeValue::Table(table.into_inner())))
        .map_err(|e| (e.span().map_or(0, |span| span.start), one_line(e.message())))
}

/// A TOML value as a [`Value`], from the parser's own tree (no serde: a plain walk costs the
/// wasm less). Tables keep the parser's order; numbers with a fraction, and integers too large
/// for `i64`, keep their text as written.
fn from_toml(value: ::toml::de::DeValue<'_>) -> Value {
    use ::toml::de::DeValue;
    match value {
        DeValue::String(s) => Value::String(s.into_owned()),
        DeValue::Integer(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
            Ok(n) => Value::Integer(n),
            Err(_) => Value::Float(i.as_str().to_owned()),
        },
        DeValue::Float(f) => Value::Float(f.as_str().to_owned()),
        DeValue::Boolean(b) => Value::Bool(b),
        DeValue::Datetime(d) => Value::Datetime(d.to_string()),
        DeValue::Array(items) => Value::Array(
            items
                .into_iter()
                .map(|item| from_toml(item.into_inner()))
                .collect(),
        ),
        DeValue::Table(entries) => Value::Table(
            entries
                .into_iter()
                .map(|(key, value)| (key.into_inner().into_owned(), from_toml(value.into_inner())))
                .collect(),
        ),
    }
}
