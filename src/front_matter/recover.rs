//! What can be saved of a front matter that does not parse as a whole.

use super::{Format, Value, parse_entries};

/// Whether the line a parser stopped at makes a mistake real files make, which a hint names in
/// plain words beside the parser's message: a quote too many after a closing quote.
pub(super) fn stray_quote(format: Format, line: Option<&str>) -> bool {
    let line = line.unwrap_or("").trim_end();
    // talks/2024-sao-paulo/bernardo-lankheet.md: `Title = "…Datasources""`.
    format == Format::Toml && line.ends_with("\"\"") && !line.ends_with("\"\"\"")
}

/// Recovers fields from a front matter that does not parse as a whole: each field line is
/// parsed on its own (with the lines that continue it, for multi-line arrays), and a field line
/// that still fails gets a best-effort reading of its value (quotes stripped), so that
/// `Title = "A title""` still gives the card its title.
pub(super) fn recover(format: Format, source: &str) -> Vec<(String, Value)> {
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
pub(super) fn looks_like_front_matter(line: &str) -> bool {
    let trimmed = line.trim();
    trimmed.is_empty()
        || trimmed.starts_with('#')
        || line.starts_with([' ', '\t', ']', '-'])
        || field_key(line, '=').is_some()
        || field_key(line, ':').is_some()
}
