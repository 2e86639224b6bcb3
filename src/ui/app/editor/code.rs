//! The text of one file in the editor: CodeMirror (`assets/code_editor.js`, loaded the first
//! time an editor opens), or a plain text box when it cannot load (offline before the app was
//! saved, a blocked script), so that a draft can always be written.
//!
//! The drafts stay the app's: CodeMirror reports every change the speaker makes, and is given a
//! new text only when another file opens ([`CodeAreaProps::revision`]), never back the text it
//! reported (which could undo a keystroke typed in between).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::Diagnostic;
use crate::completion::{self, SHORTCODES, TALK_TYPES};

#[wasm_bindgen(module = "/assets/code_editor_loader.js")]
extern "C" {
    /// Loads CodeMirror and opens an editor in `host`'s shadow root.
    #[wasm_bindgen(js_name = openCodeEditor, catch)]
    async fn open_code_editor(
        host: &web_sys::Element,
        options: &str,
        on_change: &js_sys::Function,
    ) -> Result<JsValue, JsValue>;
}

#[wasm_bindgen]
extern "C" {
    /// An open CodeMirror editor (`open` in `assets/code_editor.js`).
    type CodeEditor;
    #[wasm_bindgen(method, js_name = setText)]
    fn set_text(this: &CodeEditor, text: &str);
    #[wasm_bindgen(method, js_name = setDiagnostics)]
    fn set_diagnostics(this: &CodeEditor, json: &str);
    #[wasm_bindgen(method, js_name = setSpeakers)]
    fn set_speakers(this: &CodeEditor, json: &str);
    #[wasm_bindgen(method)]
    fn goto(this: &CodeEditor, line: u32, column: u32);
    #[wasm_bindgen(method)]
    fn destroy(this: &CodeEditor);
}

/// Which file an area holds: what it offers to complete.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FileKind {
    /// A talk file: the talk template's keys, `Type` values, speaker slugs, shortcodes.
    Talk,
    /// A speaker file: the speaker template's keys, shortcodes.
    Speaker,
}

impl FileKind {
    /// What `assets/code_editor.js` offers, from the core's templates and shortcode list.
    fn options(self, label: &str, text: &str) -> String {
        let (template, types): (&str, &[&str]) = match self {
            FileKind::Talk => (crate::talk::TEMPLATE, &TALK_TYPES),
            FileKind::Speaker => (crate::speaker::TEMPLATE, &[]),
        };
        let keys: Vec<serde_json::Value> = completion::template_keys(template)
            .into_iter()
            .map(|k| serde_json::json!({ "key": k.key, "info": k.info }))
            .collect();
        let shortcodes: Vec<serde_json::Value> = SHORTCODES
            .iter()
            .map(
                |s| serde_json::json!({ "name": s.name, "arguments": s.arguments, "info": s.info }),
            )
            .collect();
        serde_json::json!({
            "label": label, "text": text, "keys": keys, "types": types, "shortcodes": shortcodes,
        })
        .to_string()
    }
}

/// What the page shows for the file.
enum Surface {
    Code(CodeEditor),
    Plain(web_sys::HtmlTextAreaElement),
}

/// A handle on an area, for the editor's list of problems to move its cursor.
#[derive(Clone, Default)]
pub(super) struct CodeAreaHandle(Rc<RefCell<Option<Surface>>>);

impl PartialEq for CodeAreaHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl CodeAreaHandle {
    /// Puts the cursor at `line` (1-based) and `column` (1-based, in characters) and focuses.
    pub(super) fn goto(&self, line: usize, column: Option<usize>) {
        match &*self.0.borrow() {
            Some(Surface::Code(editor)) => editor.goto(line as u32, column.unwrap_or(0) as u32),
            Some(Surface::Plain(area)) => {
                let text = area.value();
                // Selection offsets count UTF-16 code units.
                let start: usize = text
                    .split_inclusive('\n')
                    .take(line.saturating_sub(1))
                    .map(|l| l.encode_utf16().count())
                    .sum();
                let within: usize = text
                    .split_inclusive('\n')
                    .nth(line.saturating_sub(1))
                    .map(|l| {
                        l.chars()
                            .take(column.unwrap_or(1).saturating_sub(1))
                            .map(char::len_utf16)
                            .sum()
                    })
                    .unwrap_or(0);
                let offset = (start + within) as u32;
                let _ = area.focus();
                let _ = area.set_selection_range(offset, offset);
            }
            None => {}
        }
    }
}

/// Properties of [`CodeArea`].
#[derive(Clone, PartialEq, Properties)]
pub(super) struct CodeAreaProps {
    /// The editing surface's id (`talkcard-editor`, `talkcard-speaker-editor`).
    pub id: AttrValue,
    /// What the file is, for screen readers (the visible label above says it too).
    pub label: AttrValue,
    pub kind: FileKind,
    /// The file's text as the drafts hold it.
    pub text: AttrValue,
    /// Changes when another text replaces the file's (see the module's note).
    pub revision: u32,
    /// talkcard's diagnostics of the text, marked where they are.
    pub diagnostics: Rc<Vec<Diagnostic>>,
    /// Speaker slugs offered in `Speakers`.
    #[prop_or_default]
    pub speakers: Rc<Vec<String>>,
    #[prop_or_default]
    pub hidden: bool,
    /// Every change the speaker makes, with the whole text.
    pub on_change: Callback<String>,
    pub handle: CodeAreaHandle,
    /// The language its notes are written in (the editor's).
    #[prop_or_default]
    pub language: crate::language::Language,
}

/// Whether CodeMirror is there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Loading {
    Pending,
    Ready,
    Failed,
}

impl Loading {
    fn as_str(self) -> &'static str {
        match self {
            Loading::Pending => "loading",
            Loading::Ready => "ready",
            Loading::Failed => "plain",
        }
    }
}

fn diagnostics_json(language: crate::language::Language, diagnostics: &[Diagnostic]) -> String {
    let list: Vec<serde_json::Value> = diagnostics
        .iter()
        .map(|d| {
            serde_json::json!({
                "line": d.line, "column": d.column, "severity": d.severity.as_str(), "message": d.note.write(language),
            })
        })
        .collect();
    serde_json::Value::Array(list).to_string()
}

/// One file's editing surface.
#[component]
pub(super) fn CodeArea(props: &CodeAreaProps) -> Html {
    let host = use_node_ref();
    let plain = use_node_ref();
    let loading = use_state_eq(|| Loading::Pending);
    // What CodeMirror needs when it arrives, and the callback of the latest render.
    let latest = use_mut_ref(|| props.clone());
    *latest.borrow_mut() = props.clone();
    let closure = use_mut_ref(|| Option::<Closure<dyn FnMut(String)>>::None);

    {
        let (host, loading, latest, closure) = (
            host.clone(),
            loading.clone(),
            latest.clone(),
            closure.clone(),
        );
        let handle = props.handle.clone();
        use_effect_with((), move |()| {
            let on_change = {
                let latest = latest.clone();
                Closure::<dyn FnMut(String)>::new(move |text: String| {
                    let on_change = latest.borrow().on_change.clone();
                    on_change.emit(text);
                })
            };
            let function: js_sys::Function = on_change
                .as_ref()
                .unchecked_ref::<js_sys::Function>()
                .clone();
            *closure.borrow_mut() = Some(on_change);
            if let Some(element) = host.cast::<web_sys::Element>() {
                let handle = handle.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let options = {
                        let props = latest.borrow();
                        props.kind.options(&props.label, &props.text)
                    };
                    match open_code_editor(&element, &options, &function).await {
                        Ok(editor) => {
                            let editor: CodeEditor = editor.unchecked_into();
                            let props = latest.borrow().clone();
                            // Typed in the meantime is not possible (nothing was shown), but
                            // another draft may have opened.
                            editor.set_text(&props.text);
                            editor.set_diagnostics(&diagnostics_json(
                                props.language,
                                &props.diagnostics,
                            ));
                            editor.set_speakers(
                                &serde_json::to_string(&*props.speakers).unwrap_or_default(),
                            );
                            *handle.0.borrow_mut() = Some(Surface::Code(editor));
                            loading.set(Loading::Ready);
                        }
                        Err(err) => {
                            web_sys::console::warn_2(
                                &"talkcard: the code editor could not load; a plain text box instead:".into(),
                                &err,
                            );
                            loading.set(Loading::Failed);
                        }
                    }
                });
            }
            move || {
                if let Some(Surface::Code(editor)) = handle.0.borrow_mut().take() {
                    editor.destroy();
                }
                closure.borrow_mut().take();
            }
        });
    }

    // The plain box, once shown, is the surface.
    {
        let (plain, handle) = (plain.clone(), props.handle.clone());
        let text = props.text.clone();
        use_effect_with(*loading, move |loading| {
            if *loading == Loading::Failed
                && let Some(area) = plain.cast::<web_sys::HtmlTextAreaElement>()
            {
                area.set_value(&text);
                *handle.0.borrow_mut() = Some(Surface::Plain(area));
            }
        });
    }

    // Another file: its text replaces the editor's.
    {
        let (handle, text) = (props.handle.clone(), props.text.clone());
        use_effect_with(props.revision, move |_| match &*handle.0.borrow() {
            Some(Surface::Code(editor)) => editor.set_text(&text),
            Some(Surface::Plain(area)) => area.set_value(&text),
            None => {}
        });
    }
    {
        let handle = props.handle.clone();
        let language = props.language;
        use_effect_with(props.diagnostics.clone(), move |diagnostics| {
            if let Some(Surface::Code(editor)) = &*handle.0.borrow() {
                editor.set_diagnostics(&diagnostics_json(language, diagnostics));
            }
        });
    }
    {
        let handle = props.handle.clone();
        use_effect_with(props.speakers.clone(), move |speakers| {
            if let Some(Surface::Code(editor)) = &*handle.0.borrow() {
                editor.set_speakers(&serde_json::to_string(&**speakers).unwrap_or_default());
            }
        });
    }

    let oninput = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
            on_change.emit(area.value());
        })
    };
    let failed = *loading == Loading::Failed;
    html! {
        <div class="talkcard-code-area" hidden={props.hidden}>
            <div id={props.id.clone()} class="talkcard-code" ref={host} hidden={failed}
                data-state={loading.as_str()} />
            if failed {
                <textarea id={format!("{}-plain", props.id)} class="talkcard-editor-text" ref={plain}
                    {oninput} aria-label={props.label.clone()}
                    spellcheck="false" autocapitalize="off" autocomplete="off" wrap="off" rows="24" />
            }
        </div>
    }
}
