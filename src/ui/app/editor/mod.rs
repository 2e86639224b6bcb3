//! The speaker's editor (`?edit`): a talk file's text beside its live card.
//!
//! Nothing is ever lost: every change is saved to `localStorage` at once (a reload, a closed
//! tab or a crash restores it), several drafts can be kept, and discarding one asks first. The
//! preview follows typing after a short pause (parsing a 20 KB file takes well under a
//! millisecond, but re-rendering the card on every keystroke is wasted work). A draft with
//! errors never blanks the preview: the last version without errors stays, marked stale, while
//! the errors are listed under the editor with their lines. A second tab holds the speaker's
//! own speaker file, which the preview uses for the first speaker's box.

use std::rc::Rc;
use std::time::Duration;

use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use super::propose::Propose;
use crate::share;
use crate::talk::TEMPLATE;
use crate::ui::card::download::{MARKDOWN, download};
use crate::ui::card::source;
use crate::ui::card::talk_card::{CardState, TalkCard};
use crate::{Diagnostic, Speaker, Talk, speaker};

/// Where drafts are kept in `localStorage`.
const STORAGE_KEY: &str = "talkcard.drafts.v1";
/// The draft open last, in `localStorage`.
const CURRENT_KEY: &str = "talkcard.current-draft";
/// The pause in typing after which the preview updates.
const DEBOUNCE: Duration = Duration::from_millis(180);

/// One draft talk file.
#[derive(Debug, Clone, PartialEq)]
struct Draft {
    id: String,
    /// The editor's text (a textarea's lines end in `\n`).
    text: String,
    /// The file it came from used CRLF: downloads write CRLF again.
    crlf: bool,
    /// Where it came from (`?edit&talk=` URL), so a reload reopens it instead of copying again.
    source: Option<String>,
    /// The speaker's own speaker file (the second tab), empty until they write one; the preview
    /// uses it for the first speaker's box.
    speaker: String,
}

impl Draft {
    fn new(text: &str, source: Option<String>) -> Draft {
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
    fn bytes(&self) -> String {
        if self.crlf {
            self.text.replace('\n', "\r\n")
        } else {
            self.text.clone()
        }
    }

    fn title(&self) -> String {
        let talk = Talk::parse(&self.text, None);
        if talk.title.is_empty() {
            "Untitled draft".to_owned()
        } else {
            talk.title
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Drafts {
    list: Vec<Draft>,
    current: String,
}

enum Change {
    Edit(String),
    EditSpeaker(String),
    Select(String),
    Add(Draft),
    Discard,
}

impl Reducible for Drafts {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let mut next = (*self).clone();
        match change {
            Change::Edit(text) => {
                if let Some(draft) = next.list.iter_mut().find(|d| d.id == next.current) {
                    draft.text = text;
                }
            }
            Change::EditSpeaker(text) => {
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
    fn current(&self) -> Option<&Draft> {
        self.list.iter().find(|d| d.id == self.current)
    }

    /// The drafts saved in this browser (a new one from the template when there are none).
    fn load() -> Drafts {
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
        Drafts { list, current }
    }

    /// Saves every draft in this browser; `false` when the browser refused (storage full,
    /// forbidden by the visitor's settings or a sandbox), which the editor then says.
    fn save(&self) -> bool {
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

/// What the preview shows.
#[derive(Debug, Clone, PartialEq)]
struct Preview {
    /// The card: the latest parse, or the last one without errors when the latest has some.
    shown: Rc<Talk>,
    /// True when `shown` is older than the text (the text has errors).
    stale: bool,
    /// The latest parse's diagnostics.
    diagnostics: Vec<Diagnostic>,
}

impl Preview {
    fn of(text: &str, previous: Option<&Preview>) -> Preview {
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

/// Which file the editor shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tab {
    /// The talk file.
    Talk,
    /// The speaker's own speaker file.
    Speaker,
}

/// The speaker file's preview: `None` while the speaker has not written one.
fn own_speaker(text: &str) -> Option<Rc<Speaker>> {
    (!text.trim().is_empty()).then(|| Rc::new(Speaker::parse(text, None)))
}

/// Properties of [`Editor`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct EditorProps {
    /// `?edit&talk=<url>`: start from a copy of this published file.
    #[prop_or_default]
    pub talk: Option<String>,
}

/// The editor view.
#[component]
pub fn Editor(props: &EditorProps) -> Html {
    let drafts = use_reducer(Drafts::load);
    let editor = use_node_ref();
    let preview = use_state(|| {
        drafts
            .current()
            .map(|d| Preview::of(&d.text, None))
            .unwrap_or_else(|| Preview::of(TEMPLATE, None))
    });
    let generation = use_mut_ref(|| 0u32);
    let tab = use_state(|| Tab::Talk);
    let speaker_editor = use_node_ref();
    let speaker_preview = use_state(|| drafts.current().and_then(|d| own_speaker(&d.speaker)));
    let message = use_state(|| Option::<String>::None);
    let share_link = use_state(|| Option::<String>::None);

    // Where to start: a share link, a published file, the saved drafts, or the template.
    {
        let drafts = drafts.clone();
        let message = message.clone();
        use_effect_with(props.talk.clone(), move |talk| {
            let hash = web_sys::window()
                .and_then(|w| w.location().hash().ok())
                .unwrap_or_default();
            if let Some(value) = hash.strip_prefix("#share=") {
                match share::decode(value) {
                    Ok(shared) => {
                        let mut draft = Draft::new(&shared.talk, None);
                        draft.speaker = shared.speaker;
                        drafts.dispatch(Change::Add(draft));
                    }
                    Err(err) => message.set(Some(format!("Could not open the share link: {err}"))),
                }
                // The draft is saved now; a reload must not add it again.
                if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                    let _ = history.replace_state_with_url(
                        &wasm_bindgen::JsValue::NULL,
                        "",
                        Some("?edit"),
                    );
                }
            } else if let Some(url) = talk.clone() {
                let url = source::absolute_url(&crate::link::raw_url(&url));
                match drafts
                    .list
                    .iter()
                    .find(|d| d.source.as_deref() == Some(url.as_str()))
                {
                    Some(draft) => drafts.dispatch(Change::Select(draft.id.clone())),
                    None => {
                        wasm_bindgen_futures::spawn_local(async move {
                            match source::fetch_bytes(&url).await {
                                Ok(bytes) => {
                                    let text = String::from_utf8_lossy(&bytes);
                                    drafts.dispatch(Change::Add(Draft::new(&text, Some(url))));
                                }
                                Err(err) => message
                                    .set(Some(format!("Could not copy the talk file: {err}"))),
                            }
                        });
                    }
                }
            } else if drafts.list.is_empty() {
                drafts.dispatch(Change::Add(Draft::new(TEMPLATE, None)));
            }
        });
    }

    // Every change is saved at once; when the browser refuses, the speaker is told while it
    // lasts, so a draft is never lost unknowingly.
    let unsaved = use_state_eq(|| false);
    {
        let drafts = drafts.clone();
        let unsaved = unsaved.clone();
        use_effect_with(drafts.clone(), move |_| unsaved.set(!drafts.save()));
    }

    // A different draft: put its text in the editor and preview it now.
    let current_id = drafts.current.clone();
    {
        let editor = editor.clone();
        let speaker_editor = speaker_editor.clone();
        let drafts = drafts.clone();
        let preview = preview.clone();
        let speaker_preview = speaker_preview.clone();
        use_effect_with(current_id.clone(), move |_| {
            if let (Some(area), Some(draft)) = (
                editor.cast::<web_sys::HtmlTextAreaElement>(),
                drafts.current(),
            ) {
                area.set_value(&draft.text);
                preview.set(Preview::of(&draft.text, None));
            }
            if let (Some(area), Some(draft)) = (
                speaker_editor.cast::<web_sys::HtmlTextAreaElement>(),
                drafts.current(),
            ) {
                area.set_value(&draft.speaker);
                speaker_preview.set(own_speaker(&draft.speaker));
            }
        });
    }

    let oninput = {
        let drafts = drafts.clone();
        let preview = preview.clone();
        let generation = generation.clone();
        let share_link = share_link.clone();
        Callback::from(move |event: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
            let text = area.value();
            drafts.dispatch(Change::Edit(text.clone()));
            share_link.set(None);
            // Debounce: only the last keystroke of a burst re-renders the card.
            *generation.borrow_mut() += 1;
            let mine = *generation.borrow();
            let (generation, preview) = (generation.clone(), preview.clone());
            wasm_bindgen_futures::spawn_local(async move {
                yew::platform::time::sleep(DEBOUNCE).await;
                if *generation.borrow() == mine {
                    preview.set(Preview::of(&text, Some(&preview)));
                }
            });
        })
    };

    // The speaker file: parsed at once (it is short), saved like the talk file.
    let on_speaker_input = {
        let drafts = drafts.clone();
        let speaker_preview = speaker_preview.clone();
        Callback::from(move |event: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
            let text = area.value();
            speaker_preview.set(own_speaker(&text));
            drafts.dispatch(Change::EditSpeaker(text));
        })
    };
    let on_tab = |to: Tab| {
        let tab = tab.clone();
        let drafts = drafts.clone();
        let speaker_editor = speaker_editor.clone();
        let speaker_preview = speaker_preview.clone();
        Callback::from(move |_: MouseEvent| {
            tab.set(to);
            // An empty speaker file starts from the template.
            let empty = drafts
                .current()
                .is_some_and(|d| d.speaker.trim().is_empty());
            if to == Tab::Speaker && empty {
                if let Some(area) = speaker_editor.cast::<web_sys::HtmlTextAreaElement>() {
                    area.set_value(speaker::TEMPLATE);
                }
                speaker_preview.set(own_speaker(speaker::TEMPLATE));
                drafts.dispatch(Change::EditSpeaker(speaker::TEMPLATE.to_owned()));
            }
        })
    };

    let active_editor = match *tab {
        Tab::Talk => editor.clone(),
        Tab::Speaker => speaker_editor.clone(),
    };
    let goto_line = {
        let editor = active_editor.clone();
        Callback::from(move |line: usize| {
            let Some(area) = editor.cast::<web_sys::HtmlTextAreaElement>() else {
                return;
            };
            let text = area.value();
            // Selection offsets count UTF-16 code units.
            let offset: usize = text
                .split_inclusive('\n')
                .take(line.saturating_sub(1))
                .map(|l| l.encode_utf16().count())
                .sum();
            let _ = area.focus();
            let _ = area.set_selection_range(offset as u32, offset as u32);
        })
    };

    let on_select = {
        let drafts = drafts.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            drafts.dispatch(Change::Select(select.value()));
        })
    };
    let on_new = {
        let drafts = drafts.clone();
        Callback::from(move |_: MouseEvent| {
            drafts.dispatch(Change::Add(Draft::new(TEMPLATE, None)))
        })
    };
    let on_discard = {
        let drafts = drafts.clone();
        Callback::from(move |_: MouseEvent| {
            let sure = web_sys::window()
                .and_then(|w| {
                    w.confirm_with_message("Discard this draft? It cannot be undone.")
                        .ok()
                })
                .unwrap_or(false);
            if sure {
                drafts.dispatch(Change::Discard);
            }
        })
    };
    let open_files = {
        let drafts = drafts.clone();
        let message = message.clone();
        let on_speaker_tab = *tab == Tab::Speaker;
        let speaker_editor = speaker_editor.clone();
        let speaker_preview = speaker_preview.clone();
        Rc::new(move |files: Option<web_sys::FileList>| {
            let Some(file) = files.and_then(|f| f.get(0)) else {
                return;
            };
            let (drafts, message) = (drafts.clone(), message.clone());
            let (speaker_editor, speaker_preview) =
                (speaker_editor.clone(), speaker_preview.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string())
                {
                    // On the speaker tab, a file is the speaker file of this draft.
                    Some(text) if on_speaker_tab => {
                        let text = text.replace("\r\n", "\n");
                        if let Some(area) = speaker_editor.cast::<web_sys::HtmlTextAreaElement>() {
                            area.set_value(&text);
                        }
                        speaker_preview.set(own_speaker(&text));
                        drafts.dispatch(Change::EditSpeaker(text));
                    }
                    Some(text) => drafts.dispatch(Change::Add(Draft::new(&text, None))),
                    None => message.set(Some(format!("Could not read {}.", file.name()))),
                }
            });
        })
    };
    let on_file = {
        let open_files = open_files.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            open_files(input.files());
            input.set_value("");
        })
    };
    let on_drop = {
        let open_files = open_files.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            open_files(event.data_transfer().and_then(|d| d.files()));
        })
    };
    let on_dragover = Callback::from(|event: DragEvent| event.prevent_default());
    let on_download = {
        let drafts = drafts.clone();
        let on_speaker_tab = *tab == Tab::Speaker;
        Callback::from(move |_: MouseEvent| {
            let Some(draft) = drafts.current() else {
                return;
            };
            if on_speaker_tab {
                let name = Speaker::parse(&draft.speaker, None).name;
                let name = if name.is_empty() {
                    "speaker".to_owned()
                } else {
                    name
                };
                download(&file_name(&name), &draft.speaker, MARKDOWN);
            } else {
                download(&file_name(&draft.title()), &draft.bytes(), MARKDOWN);
            }
        })
    };
    let on_share = {
        let drafts = drafts.clone();
        let share_link = share_link.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(draft) = drafts.current() else {
                return;
            };
            let Some(location) = web_sys::window().map(|w| w.location()) else {
                return;
            };
            let page = format!(
                "{}{}",
                location.origin().unwrap_or_default(),
                location.pathname().unwrap_or_default()
            );
            let link = format!(
                "{page}?edit#share={}",
                share::encode(&draft.bytes(), &draft.speaker)
            );
            // Best effort: the link is also shown, ready to copy by hand.
            super::clipboard::copy(&link);
            share_link.set(Some(link));
        })
    };

    let stale = preview.stale;
    let errors = preview.diagnostics.iter().filter(|d| d.is_error()).count();
    let on_speaker_tab = *tab == Tab::Speaker;
    let diagnostics: Vec<Diagnostic> = if on_speaker_tab {
        speaker_preview
            .as_ref()
            .map(|s| s.diagnostics.clone())
            .unwrap_or_default()
    } else {
        preview.diagnostics.clone()
    };
    html! {
        <section class="talkcard-editor" ondrop={on_drop} ondragover={on_dragover}
            data-stale={stale.to_string()}>
            <div class="talkcard-editor-pane">
                <div class="talkcard-editor-toolbar">
                    <label class="talkcard-draft-picker">
                        <span>{ "Draft" }</span>
                        <select onchange={on_select}>
                            { for drafts.list.iter().map(|d| html! {
                                <option value={d.id.clone()} selected={d.id == current_id}>{ d.title() }</option>
                            }) }
                        </select>
                    </label>
                    <button type="button" class="talkcard-tool" onclick={on_new}>{ "New" }</button>
                    <label class="talkcard-tool">
                        { "Open file…" }
                        <input type="file" class="talkcard-file-input"
                            accept=".md,.markdown,.txt,text/markdown,text/plain" onchange={on_file} />
                    </label>
                    <button type="button" class="talkcard-tool" onclick={on_download}>
                        { if on_speaker_tab { "Download speaker .md" } else { "Download .md" } }
                    </button>
                    <button type="button" class="talkcard-tool" onclick={on_share}>{ "Copy share link" }</button>
                    <button type="button" class="talkcard-tool talkcard-tool--danger" onclick={on_discard}>{ "Discard" }</button>
                </div>
                if *unsaved {
                    <p class="talkcard-editor-message talkcard-editor-unsaved" role="alert">
                        { "This browser does not let talkcard save your draft (its storage is full or \
                           turned off): download it before you close this page." }
                    </p>
                }
                if let Some(text) = &*message {
                    <p class="talkcard-editor-message" role="alert">{ text }</p>
                }
                if let Some(link) = &*share_link {
                    <label class="talkcard-share">
                        <span>{ "Share link (copied; the draft is in the link, never on a server):" }</span>
                        <input type="text" readonly=true value={link.clone()} class="talkcard-share-link" />
                    </label>
                }
                <div class="talkcard-editor-tabs" role="tablist" aria-label="Files">
                    <button type="button" role="tab" id="talkcard-tab-talk" class="talkcard-editor-tab"
                        aria-selected={(!on_speaker_tab).to_string()} aria-controls="talkcard-editor"
                        onclick={on_tab(Tab::Talk)}>{ "Talk file" }</button>
                    <button type="button" role="tab" id="talkcard-tab-speaker" class="talkcard-editor-tab"
                        aria-selected={on_speaker_tab.to_string()} aria-controls="talkcard-speaker-editor"
                        onclick={on_tab(Tab::Speaker)}>{ "Your speaker file" }</button>
                </div>
                <label class="talkcard-editor-label" for="talkcard-editor" hidden={on_speaker_tab}>
                    { "Your talk file (or drop a file here)" }
                </label>
                <textarea id="talkcard-editor" class="talkcard-editor-text" ref={editor} {oninput}
                    hidden={on_speaker_tab}
                    spellcheck="false" autocapitalize="off" autocomplete="off" wrap="off" rows="24" />
                <label class="talkcard-editor-label" for="talkcard-speaker-editor" hidden={!on_speaker_tab}>
                    { "Your speaker file: name, photo, bio and links, shown in your speaker box (or drop a file here)" }
                </label>
                <textarea id="talkcard-speaker-editor" class="talkcard-editor-text" ref={speaker_editor}
                    oninput={on_speaker_input} hidden={!on_speaker_tab}
                    spellcheck="false" autocapitalize="off" autocomplete="off" wrap="off" rows="24" />
                <div class="talkcard-editor-diagnostics" aria-live="polite">
                    if diagnostics.is_empty() {
                        <p class="talkcard-editor-ok">{ "No problems found." }</p>
                    } else {
                        <ul>
                            { for diagnostics.iter().map(|d| {
                                let line = d.line;
                                let onclick = {
                                    let goto_line = goto_line.clone();
                                    Callback::from(move |_: MouseEvent| {
                                        if let Some(line) = line { goto_line.emit(line) }
                                    })
                                };
                                html! {
                                    <li data-severity={d.severity.as_str()}>
                                        <button type="button" class="talkcard-goto" {onclick}
                                            data-line={line.map(|l| l.to_string())}>{ d.to_string() }</button>
                                    </li>
                                }
                            }) }
                        </ul>
                    }
                </div>
                if let Some(draft) = drafts.current() {
                    <Propose talk={AttrValue::from(draft.bytes())} speaker={AttrValue::from(draft.speaker.clone())}
                        source={draft.source.clone().map(AttrValue::from)} speaker_tab={on_speaker_tab} />
                }
            </div>
            <div class="talkcard-editor-preview">
                if stale {
                    <p class="talkcard-stale-note" role="status">
                        { format!("The draft has {errors} error{}: this is your last version without errors.",
                            if errors == 1 { "" } else { "s" }) }
                    </p>
                }
                // A draft opened from the site (`?edit&talk=…`) previews with its URL: its
                // event's schedule and venue, and a note when the draft's time disagrees.
                <TalkCard state={CardState::Ready(preview.shown.clone())}
                    url={props.talk.as_ref().map(|u| AttrValue::from(source::absolute_url(&crate::link::raw_url(u))))}
                    own_speaker={(*speaker_preview).clone()} />
            </div>
        </section>
    }
}

/// `my-talk-title.md` from a title.
pub(super) fn file_name(title: &str) -> String {
    let slug: String = title
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let slug = slug
        .split('-')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let slug: String = slug.chars().take(60).collect();
    format!("{}.md", if slug.is_empty() { "talk" } else { &slug })
}
