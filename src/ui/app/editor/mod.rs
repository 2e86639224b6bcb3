//! The speaker's editor (`?edit`): a talk file's text beside its live card.
//!
//! Nothing is ever lost: every change is saved to `localStorage` at once (a reload, a closed
//! tab or a crash restores it), several drafts can be kept, and discarding one asks first. The
//! preview follows typing after a short pause (parsing a 20 KB file takes well under a
//! millisecond, but re-rendering the card on every keystroke is wasted work). A draft with
//! errors never blanks the preview: the last version without errors stays, marked stale, while
//! the errors are listed under the editor with their lines. A second tab holds the speaker's
//! own speaker file, which the preview uses for the first speaker's box.

mod code;
mod drafts;
mod preview;

use std::rc::Rc;
use std::time::Duration;

use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use self::code::{CodeArea, CodeAreaHandle, FileKind};
pub(super) use self::drafts::file_name;
use self::drafts::{Change, Draft, Drafts};
use self::preview::{Preview, own_speaker};
use super::propose::Propose;
use crate::language::{Language, words::editor as words};
use crate::share;
use crate::talk::TEMPLATE;
use crate::ui::card::download::{MARKDOWN, download};
use crate::ui::card::source;
use crate::ui::card::talk_card::{CardState, TalkCard};
use crate::{Diagnostic, Speaker, speaker};

/// The pause in typing after which the preview updates.
const DEBOUNCE: Duration = Duration::from_millis(180);

/// Which file the editor shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tab {
    /// The talk file.
    Talk,
    /// The speaker's own speaker file.
    Speaker,
}

/// Properties of [`Editor`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct EditorProps {
    /// `?edit&talk=<url>`: start from a copy of this published file.
    #[prop_or_default]
    pub talk: Option<String>,
    /// The language of its words, its notes and its preview (`?edit&lang=…`, else the
    /// visitor's; its words loaded: see `ui::app::standalone`).
    #[prop_or_default]
    pub language: Language,
}

/// The editor view.
#[component]
pub fn Editor(props: &EditorProps) -> Html {
    let language = props.language;
    let drafts = use_reducer(Drafts::load);
    let talk_area = (*use_state(CodeAreaHandle::default)).clone();
    let speaker_area = (*use_state(CodeAreaHandle::default)).clone();
    let preview = use_state(|| {
        drafts
            .current()
            .map(|d| Preview::of(&d.text, None))
            .unwrap_or_else(|| Preview::of(TEMPLATE, None))
    });
    let generation = use_mut_ref(|| 0u32);
    let tab = use_state(|| Tab::Talk);
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
                    Err(err) => message.set(Some(words::share_link_unreadable(
                        language,
                        &err.to_string(),
                    ))),
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
                                Err(err) => message.set(Some(words::copy_failed(
                                    language,
                                    &err.describe(language),
                                ))),
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

    // A different draft: preview it now (its text goes into the editor by the drafts' revision).
    let current_id = drafts.current.clone();
    {
        let drafts = drafts.clone();
        let preview = preview.clone();
        let speaker_preview = speaker_preview.clone();
        use_effect_with(current_id.clone(), move |_| {
            if let Some(draft) = drafts.current() {
                preview.set(Preview::of(&draft.text, None));
                speaker_preview.set(own_speaker(&draft.speaker));
            }
        });
    }

    let on_talk_change = {
        let drafts = drafts.clone();
        let preview = preview.clone();
        let generation = generation.clone();
        let share_link = share_link.clone();
        Callback::from(move |text: String| {
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
    let on_speaker_change = {
        let drafts = drafts.clone();
        let speaker_preview = speaker_preview.clone();
        Callback::from(move |text: String| {
            speaker_preview.set(own_speaker(&text));
            drafts.dispatch(Change::EditSpeaker(text));
        })
    };
    let on_tab = |to: Tab| {
        let tab = tab.clone();
        let drafts = drafts.clone();
        let speaker_preview = speaker_preview.clone();
        Callback::from(move |_: MouseEvent| {
            tab.set(to);
            // An empty speaker file starts from the template.
            let empty = drafts
                .current()
                .is_some_and(|d| d.speaker.trim().is_empty());
            if to == Tab::Speaker && empty {
                speaker_preview.set(own_speaker(speaker::TEMPLATE));
                drafts.dispatch(Change::ReplaceSpeaker(speaker::TEMPLATE.to_owned()));
            }
        })
    };

    let active_area = match *tab {
        Tab::Talk => talk_area.clone(),
        Tab::Speaker => speaker_area.clone(),
    };
    let goto = Callback::from(move |(line, column): (usize, Option<usize>)| {
        active_area.goto(line, column)
    });

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
                    w.confirm_with_message(&words::discard_confirm(language))
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
        let speaker_preview = speaker_preview.clone();
        Rc::new(move |files: Option<web_sys::FileList>| {
            let Some(file) = files.and_then(|f| f.get(0)) else {
                return;
            };
            let (drafts, message) = (drafts.clone(), message.clone());
            let speaker_preview = speaker_preview.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string())
                {
                    // On the speaker tab, a file is the speaker file of this draft.
                    Some(text) if on_speaker_tab => {
                        let text = text.replace("\r\n", "\n");
                        speaker_preview.set(own_speaker(&text));
                        drafts.dispatch(Change::ReplaceSpeaker(text));
                    }
                    Some(text) => drafts.dispatch(Change::Add(Draft::new(&text, None))),
                    None => message.set(Some(words::read_failed(language, &file.name()))),
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
                download(
                    &file_name(&draft.title(Language::English)),
                    &draft.bytes(),
                    MARKDOWN,
                );
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
    // What each file's editor is, above it and for screen readers.
    let talk_label = AttrValue::from(words::talk_label(language));
    let speaker_label = AttrValue::from(words::speaker_label(language));
    let errors = preview.diagnostics.iter().filter(|d| d.is_error()).count();
    let on_speaker_tab = *tab == Tab::Speaker;
    let speaker_diagnostics: Vec<Diagnostic> = speaker_preview
        .as_ref()
        .map(|s| s.diagnostics.clone())
        .unwrap_or_default();
    let diagnostics = if on_speaker_tab {
        speaker_diagnostics.clone()
    } else {
        preview.diagnostics.clone()
    };
    // The slug the speaker's own file goes by, offered in `Speakers`.
    let own_slugs: Vec<String> = speaker_preview
        .as_ref()
        .map(|s| crate::completion::slug(&s.name))
        .filter(|slug| !slug.is_empty())
        .into_iter()
        .collect();
    let (talk_text, speaker_text) = drafts
        .current()
        .map(|d| (d.text.clone(), d.speaker.clone()))
        .unwrap_or_default();
    html! {
        <section class="talkcard-editor" ondrop={on_drop} ondragover={on_dragover}
            data-stale={stale.to_string()}>
            <div class="talkcard-editor-pane">
                <div class="talkcard-editor-toolbar">
                    <label class="talkcard-draft-picker">
                        <span>{ words::draft(language) }</span>
                        <select onchange={on_select}>
                            { for drafts.list.iter().map(|d| html! {
                                <option value={d.id.clone()} selected={d.id == current_id}>{ d.title(language) }</option>
                            }) }
                        </select>
                    </label>
                    <button type="button" class="talkcard-tool" onclick={on_new}>{ words::new(language) }</button>
                    <label class="talkcard-tool">
                        { words::open_file(language) }
                        <input type="file" class="talkcard-file-input"
                            accept=".md,.markdown,.txt,text/markdown,text/plain" onchange={on_file} />
                    </label>
                    <button type="button" class="talkcard-tool" onclick={on_download}>
                        { if on_speaker_tab { words::download_speaker(language) } else { words::download(language) } }
                    </button>
                    <button type="button" class="talkcard-tool" onclick={on_share}>{ words::copy_share_link(language) }</button>
                    <button type="button" class="talkcard-tool talkcard-tool--danger" onclick={on_discard}>{ words::discard(language) }</button>
                </div>
                if *unsaved {
                    <p class="talkcard-editor-message talkcard-editor-unsaved" role="alert">
                        { words::not_saved(language) }
                    </p>
                }
                if let Some(text) = &*message {
                    <p class="talkcard-editor-message" role="alert">{ text }</p>
                }
                if let Some(link) = &*share_link {
                    <label class="talkcard-share">
                        <span>{ words::share_link(language) }</span>
                        <input type="text" readonly=true value={link.clone()} class="talkcard-share-link" />
                    </label>
                }
                <div class="talkcard-editor-tabs" role="tablist" aria-label={words::files(language)}>
                    <button type="button" role="tab" id="talkcard-tab-talk" class="talkcard-editor-tab"
                        aria-selected={(!on_speaker_tab).to_string()} aria-controls="talkcard-editor"
                        onclick={on_tab(Tab::Talk)}>{ words::talk_file(language) }</button>
                    <button type="button" role="tab" id="talkcard-tab-speaker" class="talkcard-editor-tab"
                        aria-selected={on_speaker_tab.to_string()} aria-controls="talkcard-speaker-editor"
                        onclick={on_tab(Tab::Speaker)}>{ words::your_speaker_file(language) }</button>
                </div>
                <p class="talkcard-editor-label" hidden={on_speaker_tab}>{ talk_label.clone() }</p>
                <CodeArea id="talkcard-editor" label={talk_label} kind={FileKind::Talk} {language}
                    text={AttrValue::from(talk_text)} revision={drafts.revision}
                    diagnostics={Rc::new(preview.diagnostics.clone())} speakers={Rc::new(own_slugs)}
                    hidden={on_speaker_tab} on_change={on_talk_change} handle={talk_area} />
                <p class="talkcard-editor-label" hidden={!on_speaker_tab}>{ speaker_label.clone() }</p>
                <CodeArea id="talkcard-speaker-editor" label={speaker_label} kind={FileKind::Speaker} {language}
                    text={AttrValue::from(speaker_text)} revision={drafts.revision}
                    diagnostics={Rc::new(speaker_diagnostics)}
                    hidden={!on_speaker_tab} on_change={on_speaker_change} handle={speaker_area} />
                <div class="talkcard-editor-diagnostics" aria-live="polite">
                    if diagnostics.is_empty() {
                        <p class="talkcard-editor-ok">{ words::no_problems(language) }</p>
                    } else {
                        <ul>
                            { for diagnostics.iter().map(|d| {
                                let (line, column) = (d.line, d.column);
                                let onclick = {
                                    let goto = goto.clone();
                                    Callback::from(move |_: MouseEvent| {
                                        if let Some(line) = line { goto.emit((line, column)) }
                                    })
                                };
                                html! {
                                    <li data-severity={d.severity.as_str()}>
                                        <button type="button" class="talkcard-goto" {onclick}
                                            data-line={line.map(|l| l.to_string())}>{ d.located(language) }</button>
                                    </li>
                                }
                            }) }
                        </ul>
                    }
                </div>
                if let Some(draft) = drafts.current() {
                    <Propose talk={AttrValue::from(draft.bytes())} speaker={AttrValue::from(draft.speaker.clone())}
                        source={draft.source.clone().map(AttrValue::from)} speaker_tab={on_speaker_tab} {language} />
                }
            </div>
            <div class="talkcard-editor-preview">
                if stale {
                    <p class="talkcard-stale-note" role="status">
                        { words::stale(language, errors as u64) }
                    </p>
                }
                // A draft opened from the site (`?edit&talk=…`) previews with its URL: its
                // event's schedule and venue, and a note when the draft's time disagrees.
                <TalkCard state={CardState::Ready(preview.shown.clone())}
                    url={props.talk.as_ref().map(|u| AttrValue::from(source::absolute_url(&crate::link::raw_url(u))))}
                    own_speaker={(*speaker_preview).clone()}
                    options={crate::ui::card::talk_card::CardOptions { language, ..Default::default() }} />
            </div>
        </section>
    }
}
