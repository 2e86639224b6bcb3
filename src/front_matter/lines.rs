//! Lines of a file and positions on them: what every error is reported against.

/// A line of the file with its byte range (terminator included in `end`) and 1-based number.
pub(super) struct Line<'a> {
    pub(super) text: &'a str,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) number: usize,
}

pub(super) struct LineIter<'a> {
    text: &'a str,
    pos: usize,
    number: usize,
}

impl<'a> LineIter<'a> {
    pub(super) fn new(text: &'a str) -> Self {
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
pub(super) fn trim_line(line: &str) -> &str {
    line.trim_end_matches(['\n', '\r', ' ', '\t'])
}

/// 1-based line and character column of byte `offset` in `text`.
pub(super) fn locate(text: &str, offset: usize) -> (usize, usize) {
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
pub(super) fn offset_of(text: &str, line: usize, column: usize) -> usize {
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

pub(super) fn one_line(message: &str) -> String {
    message
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}
