//! A file's bytes as text: what can be read as a talk or speaker file at all.

use thiserror::Error;

use super::lines::locate;
use crate::diagnostic::{Diagnostic, Note};
use crate::language::words::notes;

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
        match self {
            NotText::InvalidUtf8 { line, column } => {
                Diagnostic::error(Some(*line), Some(*column), self.note())
            }
            _ => Diagnostic::error(None, None, self.note()),
        }
    }

    /// The reason, to be written in the language of whatever shows it (unlocated: a file line
    /// is the diagnostic's).
    pub fn note(&self) -> Note {
        match self {
            NotText::TooLarge { bytes } => notes::too_large(
                &(MAX_FILE_BYTES / 1024).to_string(),
                &(bytes / 1024).to_string(),
            ),
            NotText::Binary { offset } => notes::binary(&offset.to_string()),
            NotText::HtmlPage => notes::html_page(),
            NotText::InvalidUtf8 { .. } => notes::invalid_utf8(),
        }
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

#[cfg(test)]
mod tests {
    use super::*;
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
}
