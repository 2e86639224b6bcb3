//! Diagnostics: what a speaker would want to fix in a talk file, located at a file line.
//!
//! The parser never gives up on a file it can partly read: it collects errors (the file is
//! wrong, what is shown may be incomplete) and warnings (the file works but is probably not what
//! the speaker meant) and still returns the talk, so a card can show both.

use std::fmt;

use crate::language::Language;
pub use crate::language::words::Note;

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The file is invalid; what is shown was recovered and may be incomplete.
    Error,
    /// The file is valid but something in it is probably a mistake or a placeholder.
    Warning,
}

impl Severity {
    /// `error` or `warning`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One located message about a talk file.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// 1-based file line, when the problem has one.
    pub line: Option<usize>,
    /// 1-based column (in characters), when known.
    pub column: Option<usize>,
    /// What is wrong, in a sentence a speaker understands, written in the language of whatever
    /// shows it ([`Diagnostic::message`]: English).
    pub note: Note,
}

impl Diagnostic {
    /// An error at `line` (and `column`, when known).
    pub fn error(line: Option<usize>, column: Option<usize>, note: Note) -> Self {
        Diagnostic {
            severity: Severity::Error,
            line,
            column,
            note,
        }
    }

    /// A warning at `line`.
    pub fn warning(line: Option<usize>, note: Note) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            line,
            column: None,
            note,
        }
    }

    /// What is wrong, in English: for the CLI, site maintainers' checks and tests.
    pub fn message(&self) -> String {
        self.note.write(Language::English)
    }

    /// What is wrong, in `language`, located: `line 5: …` in that language.
    pub fn located(&self, language: Language) -> String {
        use crate::language::words::notes;
        let message = self.note.write(language);
        let Some(line) = self.line else {
            return message;
        };
        let column = self
            .column
            .map_or_else(|| "none".to_owned(), |c| c.to_string());
        notes::at(&column, &line.to_string(), &message).write(language)
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// This diagnostic as a GitHub Actions workflow command
    /// (`::error file=…,line=…,col=…::message`): printed by a step of a site's CI, it shows on
    /// the pull request's diff at the line the speaker has to fix, not only in the log.
    pub fn github_annotation(&self, file: &str) -> String {
        let mut properties = vec![format!("file={}", escape_property(file))];
        if let Some(line) = self.line {
            properties.push(format!("line={line}"));
            if let Some(column) = self.column {
                properties.push(format!("col={column}"));
            }
        }
        format!(
            "::{} {}::{}",
            self.severity.as_str(),
            properties.join(","),
            escape_data(&self.message())
        )
    }
}

/// Sorts diagnostics the way a speaker fixes them: errors first (what is shown may be
/// incomplete until they are fixed), then by line. Talk and speaker files list theirs this way.
pub fn sort_for_fixing(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| (!d.is_error(), d.line.unwrap_or(0)));
}

/// A workflow command's message: `%`, CR and LF are escaped, or a message could end the
/// command early or start another.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value: also `:` and `,`, which separate properties.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// `line 5, column 14: unterminated string`, as editors and compilers say it.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.located(Language::English))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_with_location() {
        assert_eq!(
            Diagnostic::error(Some(5), Some(14), Note::english("unterminated string")).to_string(),
            "line 5, column 14: unterminated string"
        );
        assert_eq!(
            Diagnostic::warning(Some(2), Note::english("placeholder title")).to_string(),
            "line 2: placeholder title"
        );
        // In another language, the location's words are that language's too.
        assert_eq!(
            Diagnostic::warning(Some(2), crate::language::words::notes::no_title())
                .located(Language::German),
            "Zeile 2: der Vortrag hat keinen Titel: `Title` setzen"
        );
        assert_eq!(
            Diagnostic::warning(None, Note::english("no body")).to_string(),
            "no body"
        );
    }

    #[test]
    fn github_annotations_locate_and_escape() {
        assert_eq!(
            Diagnostic::error(
                Some(5),
                Some(104),
                Note::english("invalid TOML: a stray `\"`?")
            )
            .github_annotation("content/events/2024-sao-paulo/program/b.md"),
            "::error file=content/events/2024-sao-paulo/program/b.md,line=5,col=104::invalid TOML: a stray `\"`?"
        );
        assert_eq!(
            Diagnostic::warning(Some(2), Note::english("placeholder title"))
                .github_annotation("t.md"),
            "::warning file=t.md,line=2::placeholder title"
        );
        assert_eq!(
            Diagnostic::warning(None, Note::english("100%\n::error::forged"))
                .github_annotation("a,b:c.md"),
            "::warning file=a%2Cb%3Ac.md::100%25%0A::error::forged"
        );
    }
}
