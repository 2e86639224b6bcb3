//! Front matter values and fields, whatever the format they came from: shared by the front
//! matter readers and the YAML data files ([`crate::yaml`]), so neither depends on the other.

use crate::diagnostic::Diagnostic;
use crate::language::words::notes;

/// A front matter value, whatever the format it came from.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// YAML `null` or an empty YAML value.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A whole number.
    Integer(i64),
    /// A number with a fraction (or a whole number too large for `i64`), as written: the card
    /// only ever shows it, and formatting floats would cost the wasm core's float printer.
    Float(String),
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
            Value::String(s) | Value::Datetime(s) | Value::Float(s) => s.trim().to_owned(),
            Value::Integer(i) => i.to_string(),
            Value::Null | Value::Bool(_) | Value::Array(_) | Value::Table(_) => return None,
        };
        (!text.is_empty()).then_some(text)
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
    pub(super) fn from_entries(
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
                    match first.line {
                        Some(line) => {
                            notes::repeated_key_at(&first.key, &later.key, &line.to_string())
                        }
                        None => notes::repeated_key(&first.key, &later.key),
                    },
                ));
            }
        }
        Fields { fields }
    }
}

fn same_key(a: &str, b: &str) -> bool {
    a.len() == b.len() && crate::case::same_but_case(a, b)
}

/// The file line of top-level `key` in `source` (which starts on file line `first_line`):
/// the first line that starts with the key, bare or quoted, followed by `=` or `:`.
pub(super) fn key_line(source: &str, first_line: usize, key: &str) -> Option<usize> {
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

#[cfg(test)]
mod tests {
    use crate::front_matter::parse;

    use crate::front_matter::test_support::ok;
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
