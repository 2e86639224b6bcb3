//! Why a front matter could not be read, located on the file's lines.

use thiserror::Error;

use super::Format;
use crate::diagnostic::Diagnostic;
use crate::language::words::notes;

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
    #[error("line {line}, column {column}: {message}{}", if *.stray_quote { " (a stray `\"` after the closing quote?)" } else { "" })]
    Syntax {
        /// The front matter's format.
        format: Format,
        /// File line of the problem.
        line: usize,
        /// 1-based column, counted in characters.
        column: usize,
        /// What the format's parser said, on one line.
        message: String,
        /// Whether the line ends with a quote too many (`Title = "A title""`): the note says so.
        stray_quote: bool,
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
            FrontMatterError::Unclosed { line, delimiter } => {
                Diagnostic::error(Some(*line), None, notes::unclosed(delimiter))
            }
            FrontMatterError::Syntax {
                format,
                line,
                column,
                message,
                stray_quote,
            } => Diagnostic::error(
                Some(*line),
                Some(*column),
                if *stray_quote {
                    notes::invalid_syntax_stray_quote(message, format.name())
                } else {
                    notes::invalid_syntax(message, format.name())
                },
            ),
        }
    }
}
