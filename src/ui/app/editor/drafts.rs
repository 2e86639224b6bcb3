//! The speaker's drafts: every talk file being written, with its speaker file, kept in this
//! browser's `localStorage` and saved on every change.

use std::rc::Rc;

use yew::prelude::*;

use crate::talk::{TEMPLATE, Talk};

/// Where drafts are kept in `localStorage`.
const STORAGE_KEY: &str = "talkcard.drafts.v1";
/// The draft open last, in `localStorage`.
const CURRENT_KEY: &str = "talkcard.current-draft";
/// One draft talk file.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Draft {
    pub(super) id: String,
    /// The editor's text (a textarea's lines end in `\n`).
    pub(super) text: String,
    /// The file it came from used CRLF: downloads write CRLF again.
    pub(super) crlf: bool,
    /// Where it came from (`?edit&talk=` URL), so a reload reopens it instead of copying again.
    pub(super) source: Option<String>,
    /// The speaker's own speaker file (the second tab), empty until they write one; the preview
    /// uses it for the first speaker's box.
    pub(super) speaker: String,
}

impl Draft {
    pub(super) fn new(text: &str, source: Option<String>) -> Draft {
        let id = format!(
            "{:x}{:04x}",
            js_sys::Date::now() as u64,
            (js_sys::Math::random() * 65536.0) as u32
        );
        Draft {
            id,
            crlf: text.contains("\r\n"),
            text: text.replace("\r\n", "\n"),
            source,
            speaker: String::new(),
        }
    }

    /// The bytes to download or share: the editor's text with the file's own line endings.
    pub(super) fn bytes(&self) -> String {
        if self.crlf {
            self.text.replace('\n', "\r\n")
        } else {
            self.text.clone()
        }
    }

    pub(super) fn title(&self, language: crate::language::Language) -> String {
        let talk = Talk::parse(&self.text, None);
        if talk.title.is_empty() {
            crate::language::words::editor::untitled_draft(language)
        } else {
            talk.title
        }
    }
}

/// Every draft, and which one is open.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Drafts {
    pub(super) list: Vec<Draft>,
    pub(super) current: String,
    /// Counts the changes that put another text in the editor (another draft, an opened file,
    /// the speaker template), as opposed to the speaker's typing, which the editor already has.
    pub(super) revision: u32,
}

/// What can happen to the drafts.
pub(super) enum Change {
    /// The speaker typed in the talk file.
    Edit(String),
    /// The speaker typed in their speaker file.
    EditSpeaker(String),
    /// Another speaker file for the open draft (the template, an opened file).
    ReplaceSpeaker(String),
    /// Another draft opens.
    Select(String),
    /// A new draft, which opens.
    Add(Draft),
    /// The open draft goes.
    Discard,
}

impl Reducible for Drafts {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let mut next = (*self).clone();
        if !matches!(change, Change::Edit(_) | Change::EditSpeaker(_)) {
            next.revision = next.revision.wrapping_add(1);
        }
        match change {
            Change::Edit(text) => {
                if let Some(draft) = next.list.iter_mut().find(|d| d.id == next.current) {
                    draft.text = text;
                }
            }
            Change::EditSpeaker(text) | Change::ReplaceSpeaker(text) => {
                if let Some(draft) = next.list.iter_mut().find(|d| d.id == next.current) {
                    draft.speaker = text;
                }
            }
            Change::Select(id) => next.current = id,
            Change::Add(draft) => {
                next.current = draft.id.clone();
                next.list.push(draft);
            }
            Change::Discard => {
                next.list.retain(|d| d.id != next.current);
                if next.list.is_empty() {
                    next.list.push(Draft::new(TEMPLATE, None));
                }
                next.current = next.list.last().map(|d| d.id.clone()).unwrap_or_default();
            }
        }
        Rc::new(next)
    }
}

impl Drafts {
    pub(super) fn current(&self) -> Option<&Draft> {
        self.list.iter().find(|d| d.id == self.current)
    }

    /// The drafts saved in this browser (a new one from the template when there are none).
    pub(super) fn load() -> Drafts {
        let storage = storage();
        let list: Vec<Draft> = storage
            .as_ref()
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
            .and_then(|json| serde_json::from_str::<serde_json::Value>(&json).ok())
            .and_then(|value| value.as_array().cloned())
            .unwrap_or_default()
            .iter()
            .filter_map(|d| {
                Some(Draft {
                    id: d.get("id")?.as_str()?.to_owned(),
                    text: d.get("text")?.as_str()?.to_owned(),
                    crlf: d
                        .get("crlf")
                        .and_then(serde_json::Value::as_bool)
                        .unwrap_or(false),
                    source: d.get("source").and_then(|s| s.as_str()).map(str::to_owned),
                    speaker: d
                        .get("speaker")
                        .and_then(serde_json::Value::as_str)
                        .unwrap_or_default()
                        .to_owned(),
                })
            })
            .collect();
        let current = storage
            .and_then(|s| s.get_item(CURRENT_KEY).ok().flatten())
            .filter(|id| list.iter().any(|d| &d.id == id))
            .or_else(|| list.last().map(|d| d.id.clone()))
            .unwrap_or_default();
        Drafts {
            list,
            current,
            revision: 0,
        }
    }

    /// Saves every draft in this browser; `false` when the browser refused (storage full,
    /// forbidden by the visitor's settings or a sandbox), which the editor then says.
    pub(super) fn save(&self) -> bool {
        let Some(storage) = storage() else {
            return false;
        };
        let list: Vec<serde_json::Value> = self
            .list
            .iter()
            .map(|d| {
                serde_json::json!({
                    "id": d.id, "text": d.text, "crlf": d.crlf, "source": d.source, "speaker": d.speaker,
                })
            })
            .collect();
        storage
            .set_item(STORAGE_KEY, &serde_json::Value::Array(list).to_string())
            .and_then(|()| storage.set_item(CURRENT_KEY, &self.current))
            .is_ok()
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// `my-talk-title.md` from a title.
pub(in crate::ui::app) fn file_name(title: &str) -> String {
    let slug = crate::completion::slug(title);
    format!("{}.md", if slug.is_empty() { "talk" } else { &slug })
}
