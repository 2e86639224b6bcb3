//! Front matter: the metadata block at the top of a talk file, read the way Hugo reads it.
//!
//! Hugo accepts TOML between `+++` lines (what devopsdays.org and most Hugo themes use), YAML
//! between `---` lines, and a JSON object `{ … }`. TOML and JSON go through serde into one
//! [`Value`] type; YAML is read with saphyr's loader (a third of serde-saphyr's wasm size). Real files are not tidy: a delimiter may carry
//! trailing spaces, lines may end in CRLF, a file may start with a BOM, have no body, no final
//! newline, or a body line that itself begins with `---`. Framing is therefore done line by line
//! on exact delimiter lines, never by searching for the first `+++` substring.
//!
//! Every position is reported against lines of the *file*, because that is what a speaker sees
//! in an editor. When the front matter is broken, [`parse`] still recovers what it can — each
//! `key = value` line that parses on its own, and a best guess at the broken one — so a card can
//! show the talk with the error on top instead of a blank page.
//!
//! Keys are case-insensitive, as in Hugo (`Title`, `title`); every key is kept, known or not.

use std::fmt;

use saphyr::LoadableYamlNode;
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use thiserror::Error;

use crate::diagnostic::Diagnostic;

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
        /// The front matter's format.
        format: Format,
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

    /// The error as a [`Diagnostic`], with a hint of what talkcard did about it.
    pub fn to_diagnostic(&self) -> Diagnostic {
        match self {
            FrontMatterError::Unclosed { line, delimiter } => Diagnostic::error(
                Some(*line),
                None,
                format!(
                    "the front matter opened with `{delimiter}` is never closed: add a `{delimiter}` line after the last field"
                ),
            ),
            FrontMatterError::Syntax {
                format,
                line,
                column,
                message,
            } => Diagnostic::error(
                Some(*line),
                Some(*column),
                format!("invalid {}: {message}", format.name()),
            ),
        }
    }
}

/// The largest talk or speaker file talkcard reads. Real ones are a few KB (the corpus's
/// largest is 16 KB); refusing huge inputs keeps a hostile URL from freezing the tab.
pub const MAX_FILE_BYTES: usize = 1 << 20;

/// Why some bytes cannot be read as a talk or speaker file at all.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum NotText {
    /// More than [`MAX_FILE_BYTES`].
    #[error("this file is {} KB; talk files are at most {} KB", .bytes / 1024, MAX_FILE_BYTES / 1024)]
    TooLarge {
        /// Its size.
        bytes: usize,
    },
    /// The bytes are not text (a NUL byte: an image, a PDF, an archive…).
    #[error("this is not a text file: it contains binary data (byte {offset})")]
    Binary {
        /// Offset of the first NUL byte.
        offset: usize,
    },
    /// The bytes are a web page, not a Markdown file: usually the page *showing* a file on a
    /// code host was linked instead of the raw file.
    #[error(
        "this is an HTML page, not a talk file: link to the raw Markdown file (on GitHub, the \"Raw\" button)"
    )]
    HtmlPage,
    /// The bytes are text, but not UTF-8.
    #[error("line {line}, column {column}: this file is not valid UTF-8; save it as UTF-8")]
    InvalidUtf8 {
        /// File line of the first invalid byte.
        line: usize,
        /// Column (in characters) of the first invalid byte.
        column: usize,
    },
}

impl NotText {
    /// The reason as the one error of a file that could not be read at all, for checks that
    /// list diagnostics (the `check` exports, the CLI).
    pub fn to_diagnostic(&self) -> Diagnostic {
        Diagnostic::error(None, None, self.to_string())
    }
}

/// The text of a file's bytes: UTF-8 without NUL bytes and not an HTML page, or a located
/// reason why not.
pub fn decode(bytes: &[u8]) -> Result<&str, NotText> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(NotText::TooLarge { bytes: bytes.len() });
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(NotText::Binary { offset });
    }
    let text = std::str::from_utf8(bytes).map_err(|err| {
        let valid = std::str::from_utf8(&bytes[..err.valid_up_to()]).unwrap_or_default();
        let (line, column) = locate(valid, valid.len());
        NotText::InvalidUtf8 { line, column }
    })?;
    let start: String = text
        .trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n'])
        .chars()
        .take(15)
        .collect::<String>()
        .to_ascii_lowercase();
    if start.starts_with("<!doctype html") || start.starts_with("<html") {
        return Err(NotText::HtmlPage);
    }
    Ok(text)
}

/// A front matter value, whatever the format it came from.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// YAML `null` or an empty YAML value.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A whole number.
    Integer(i64),
    /// A number with a fraction (or a whole number too large for `i64`).
    Float(f64),
    /// A string.
    String(String),
    /// A TOML date, time or date-time (unquoted in the file), as written.
    Datetime(String),
    /// An array.
    Array(Vec<Value>),
    /// A table or object, entries in the order the parser gave them.
    Table(Vec<(String, Value)>),
}

impl Value {
    /// The value as trimmed text; `None` when empty, because an empty string means "not set" in
    /// these files. Numbers and dates are written as in the file; arrays, tables, booleans and
    /// nulls are not text.
    pub fn text(&self) -> Option<String> {
        let text = match self {
            Value::String(s) | Value::Datetime(s) => s.trim().to_owned(),
            Value::Integer(i) => i.to_string(),
            Value::Float(f) => f.to_string(),
            Value::Null | Value::Bool(_) | Value::Array(_) | Value::Table(_) => return None,
        };
        (!text.is_empty()).then_some(text)
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
        Ok(i64::try_from(v).map_or(Value::Float(v as f64), Value::Integer))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Float(v))
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
            Value::Float(f) => Ok(MapKey(f.to_string())),
            Value::Bool(b) => Ok(MapKey(b.to_string())),
            Value::Null => Ok(MapKey("null".to_owned())),
            Value::Array(_) | Value::Table(_) => Err(de::Error::custom(
                "a key must be a string, not a list or table",
            )),
        }
    }
}

/// One top-level field, with its key as written and where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The key as written in the file (`Title`).
    pub key: String,
    /// The value.
    pub value: Value,
    /// The file line of the key, when found.
    pub line: Option<usize>,
}

/// Front matter fields with case-insensitive keys, in file order, every key kept.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fields {
    fields: Vec<Field>,
}

impl Fields {
    /// The field named `key` (any casing); the first one when the file repeats it.
    pub fn get(&self, key: &str) -> Option<&Field> {
        self.fields.iter().find(|f| same_key(&f.key, key))
    }

    /// The value of `key` as text (see [`Value::text`]).
    pub fn text(&self, key: &str) -> Option<String> {
        self.get(key)?.value.text()
    }

    /// The file line of `key`.
    pub fn line(&self, key: &str) -> Option<usize> {
        self.get(key)?.line
    }

    /// The value of `key` as a list of non-empty strings: an array of strings, or a single
    /// string (people write `Speakers = "jane-doe"` too).
    pub fn list(&self, key: &str) -> Vec<String> {
        let items: Vec<&Value> = match self.get(key).map(|f| &f.value) {
            Some(Value::Array(items)) => items.iter().collect(),
            Some(value) => vec![value],
            None => Vec::new(),
        };
        items.into_iter().filter_map(Value::text).collect()
    }

    /// Every field, in file order.
    pub fn iter(&self) -> impl Iterator<Item = &Field> {
        self.fields.iter()
    }

    /// Builds fields from parsed entries, locating each key in `source` (the front matter text,
    /// which starts on file line `first_line`), and warns about keys repeated in another case.
    fn from_entries(
        entries: Vec<(String, Value)>,
        source: &str,
        first_line: usize,
        warnings: &mut Vec<Diagnostic>,
    ) -> Fields {
        let mut fields: Vec<Field> = entries
            .into_iter()
            .map(|(key, value)| Field {
                line: key_line(source, first_line, &key),
                key,
                value,
            })
            .collect();
        // Parsers hand tables over sorted or hashed; the file's order is the line order.
        fields.sort_by_key(|f| f.line.unwrap_or(usize::MAX));
        for (i, later) in fields.iter().enumerate() {
            if let Some(first) = fields[..i].iter().find(|f| same_key(&f.key, &later.key)) {
                warnings.push(Diagnostic::warning(
                    later.line,
                    format!(
                        "`{}` repeats `{}`{}: keys ignore case, so this one is ignored",
                        later.key,
                        first.key,
                        first.line.map_or(String::new(), |l| format!(" (line {l})")),
                    ),
                ));
            }
        }
        Fields { fields }
    }
}

fn same_key(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.to_lowercase() == b.to_lowercase()
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
        line if line.starts_with('{') => json(text),
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
                    let message = with_hint(format, source.lines().nth(l - 1), message);
                    let recovered = recover(format, source);
                    (
                        Fields::from_entries(recovered, source, 2, &mut warnings),
                        Some(FrontMatterError::Syntax {
                            format,
                            line: l + 1,
                            column,
                            message,
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

/// A JSON object at the top of the file; the body starts on the line after its closing brace.
fn json(text: &str) -> FrontMatter<'_> {
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

/// Parses a TOML or YAML front matter into top-level entries, or says where it broke: a byte
/// offset into `source` and a one-line message.
fn parse_entries(format: Format, source: &str) -> Result<Vec<(String, Value)>, (usize, String)> {
    let value = match format {
        Format::Toml => toml::de::DeTable::parse(source)
            .map(|table| from_toml(toml::de::DeValue::Table(table.into_inner())))
            .map_err(|e| (e.span().map_or(0, |span| span.start), one_line(e.message())))?,
        Format::Yaml => {
            let documents = saphyr::Yaml::load_from_str(source).map_err(|e| {
                let at = e.marker();
                (
                    offset_of(source, at.line(), at.col() + 1),
                    e.info().to_owned(),
                )
            })?;
            documents.into_iter().next().map_or(Value::Null, from_yaml)
        }
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

/// A TOML value as a [`Value`], from the parser's own tree (no serde: a plain walk costs the
/// wasm less). Tables keep the parser's order; integers too large for `i64` become floats.
fn from_toml(value: toml::de::DeValue<'_>) -> Value {
    use toml::de::DeValue;
    match value {
        DeValue::String(s) => Value::String(s.into_owned()),
        DeValue::Integer(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
            Ok(n) => Value::Integer(n),
            Err(_) => u64::from_str_radix(i.as_str(), i.radix())
                .map_or(Value::Null, |n| Value::Float(n as f64)),
        },
        DeValue::Float(f) => f.as_str().parse().map_or(Value::Null, Value::Float),
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

/// Adds a plain-words hint for the mistakes real files make, to the parser's message.
fn with_hint(format: Format, line: Option<&str>, message: String) -> String {
    let line = line.unwrap_or("").trim_end();
    if format == Format::Toml && line.ends_with("\"\"") && !line.ends_with("\"\"\"") {
        // talks/2024-sao-paulo/bernardo-lankheet.md: `Title = "…Datasources""`.
        return format!("{message} (a stray `\"` after the closing quote?)");
    }
    message
}

/// Recovers fields from a front matter that does not parse as a whole: each field line is
/// parsed on its own (with the lines that continue it, for multi-line arrays), and a field line
/// that still fails gets a best-effort reading of its value (quotes stripped), so that
/// `Title = "A title""` still gives the card its title.
fn recover(format: Format, source: &str) -> Vec<(String, Value)> {
    let lines: Vec<&str> = source.lines().collect();
    let separator = if format == Format::Yaml { ':' } else { '=' };
    let mut entries = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if field_key(lines[i], separator).is_none() {
            i += 1;
            continue;
        }
        // Extend the chunk over continuation lines (up to the next field line).
        let mut end = i + 1;
        while end < lines.len()
            && end - i < 64
            && field_key(lines[end], separator).is_none()
            && !lines[end].trim().is_empty()
        {
            end += 1;
        }
        let chunk = lines[i..end].join("\n");
        match parse_entries(format, &chunk) {
            Ok(parsed) if !parsed.is_empty() => entries.extend(parsed),
            _ => {
                if let Some(entry) = lenient_field(lines[i], separator) {
                    entries.push(entry);
                }
            }
        }
        i = end;
    }
    entries
}

/// The key of a `key = value` (or `key: value`) line, if the line is one.
fn field_key(line: &str, separator: char) -> Option<&str> {
    let (key, _) = line.split_once(separator)?;
    let key = key.trim().trim_matches(['"', '\'']);
    let valid = !key.is_empty()
        && !line.starts_with([' ', '\t'])
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'));
    valid.then_some(key)
}

/// A best guess at a broken `key = "value"` line: the text between the outermost quotes.
fn lenient_field(line: &str, separator: char) -> Option<(String, Value)> {
    let key = field_key(line, separator)?.to_owned();
    let (_, raw) = line.split_once(separator)?;
    let raw = raw.trim();
    if raw.starts_with(['[', '{']) {
        return None;
    }
    let value = raw
        .trim_matches(['"', '\''])
        .replace("\\\"", "\"")
        .trim()
        .to_owned();
    Some((key, Value::String(value)))
}

/// Lines that can belong to an unclosed front matter: blank, comments, fields, continuations.
fn looks_like_front_matter(line: &str) -> bool {
    let trimmed = line.trim();
    trimmed.is_empty()
        || trimmed.starts_with('#')
        || line.starts_with([' ', '\t', ']', '-'])
        || field_key(line, '=').is_some()
        || field_key(line, ':').is_some()
}

/// The file line of top-level `key` in `source` (which starts on file line `first_line`):
/// the first line that starts with the key, bare or quoted, followed by `=` or `:`.
fn key_line(source: &str, first_line: usize, key: &str) -> Option<usize> {
    source
        .lines()
        .position(|line| {
            let t = line.trim_start();
            let t = t.strip_prefix(['"', '\'']).unwrap_or(t);
            t.strip_prefix(key).is_some_and(|rest| {
                let rest = rest.strip_prefix(['"', '\'']).unwrap_or(rest).trim_start();
                rest.starts_with(['=', ':'])
            })
        })
        .map(|index| first_line + index)
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
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// The byte offset of 1-based `line` and character `column` in `text` (clamped).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let rest = &text[line_start.min(text.len())..];
    line_start
        + rest
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(rest.len(), |(i, _)| i)
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

    fn ok(text: &str) -> FrontMatter<'_> {
        let fm = parse(text);
        assert_eq!(fm.error, None, "unexpected error for {text:?}");
        fm
    }

    #[test]
    fn html_pages_and_binary_data_are_not_talk_files() {
        assert_eq!(decode(b"\n<!DOCTYPE html>\n<html>"), Err(NotText::HtmlPage));
        assert_eq!(decode(b"<html lang=en>"), Err(NotText::HtmlPage));
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0"),
            Err(NotText::Binary { offset: 8 })
        );
        assert_eq!(
            decode(b"<div>raw html body</div>"),
            Ok("<div>raw html body</div>")
        );
    }

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

    #[test]
    fn keys_are_case_insensitive_and_all_kept() {
        let fm = ok(
            "+++\nTitle = \"x\"\nyoutube = \"id\"\nbackgroud_color = \"red\"\n-date = \"\"\n+++\n",
        );
        assert_eq!(fm.fields.text("title").as_deref(), Some("x"));
        assert_eq!(fm.fields.text("YouTube").as_deref(), Some("id"));
        let keys: Vec<_> = fm.fields.iter().map(|f| f.key.as_str()).collect();
        assert_eq!(keys, ["Title", "youtube", "backgroud_color", "-date"]);
    }

    #[test]
    fn keys_repeated_in_another_case_warn() {
        let fm = ok("+++\nTitle = \"first\"\ntitle = \"second\"\n+++\n");
        assert_eq!(fm.fields.text("title").as_deref(), Some("first"));
        assert_eq!(fm.warnings.len(), 1);
        assert_eq!(
            fm.warnings[0].to_string(),
            "line 3: `title` repeats `Title` (line 2): keys ignore case, so this one is ignored"
        );
    }

    #[test]
    fn values_as_text() {
        // speakers/2017-zurich/dave-halter.md has an unquoted offset date-time.
        let fm = ok("+++\nvimeo = \"  \"\ndate = 2017-03-15T20:37:34+01:00\nyear = 2017\n+++\n");
        assert_eq!(fm.fields.text("vimeo"), None);
        assert_eq!(
            fm.fields.text("date").as_deref(),
            Some("2017-03-15T20:37:34+01:00")
        );
        assert_eq!(fm.fields.text("year").as_deref(), Some("2017"));
    }

    #[test]
    fn lists_accept_arrays_and_single_strings() {
        let list = |fm: &str| parse(fm).fields.list("Speakers");
        assert_eq!(
            list("+++\nspeakers = [\"a\",\"\", \"b\"]\n+++\n"),
            ["a", "b"]
        );
        assert_eq!(list("+++\nspeakers = \"a\"\n+++\n"), ["a"]);
        assert!(list("+++\nspeakers = [\"\"]\n+++\n").is_empty());
        assert!(list("+++\nspeakers = []\n+++\n").is_empty());
    }
}
