//! What the preview shows while the speaker types.

use std::rc::Rc;

use crate::{Diagnostic, Speaker, Talk};

/// What the preview shows.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Preview {
    /// The card: the latest parse, or the last one without errors when the latest has some.
    pub(super) shown: Rc<Talk>,
    /// True when `shown` is older than the text (the text has errors).
    pub(super) stale: bool,
    /// The latest parse's diagnostics.
    pub(super) diagnostics: Vec<Diagnostic>,
}

impl Preview {
    pub(super) fn of(text: &str, previous: Option<&Preview>) -> Preview {
        let talk = Rc::new(Talk::parse(text, None));
        let diagnostics = talk.diagnostics.clone();
        match previous {
            Some(previous) if talk.has_errors() => Preview {
                shown: previous.shown.clone(),
                stale: true,
                diagnostics,
            },
            _ => Preview {
                shown: talk,
                stale: false,
                diagnostics,
            },
        }
    }
}

/// The speaker file's preview: `None` while the speaker has not written one.
pub(super) fn own_speaker(text: &str) -> Option<Rc<Speaker>> {
    (!text.trim().is_empty()).then(|| Rc::new(Speaker::parse(text, None)))
}
