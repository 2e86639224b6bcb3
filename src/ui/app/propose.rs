//! "Propose on GitHub" under the editor: from a preview to a pull request, through GitHub's
//! own pages (see [`crate::propose`]). A draft copied from a GitHub-hosted site (`?edit&talk=`
//! a GitHub address) proposes changes to that file; any other draft goes where the speaker
//! says: the site's repository and the event's folder. Nothing is sent to GitHub by talkcard:
//! the link opens GitHub's page, and the speaker signs in and confirms there.

use yew::prelude::*;

use crate::Talk;
use crate::language::{Language, words::editor};
use crate::propose::{ByClipboard, Proposal, Repository, RepositoryFile};

/// The repository most talk files of this kind go to, offered until the speaker names another.
const DEFAULT_REPOSITORY: &str = "devopsdays/devopsdays-web";
/// The branch pull requests go to unless the repository's address names one.
const DEFAULT_BRANCH: &str = "main";

/// Properties of [`Propose`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ProposeProps {
    /// The talk file's text, with its own line endings.
    pub talk: AttrValue,
    /// The speaker file's text, with its own line endings.
    pub speaker: AttrValue,
    /// Where the draft was copied from (`?edit&talk=`), when it was.
    pub source: Option<AttrValue>,
    /// True on the speaker file's tab: the speaker file is proposed.
    pub speaker_tab: bool,
    /// The language of its words (the editor's).
    #[prop_or_default]
    pub language: Language,
}

/// The file to propose, and whether it exists already (the draft came from it).
/// `from` is the file the draft was copied from, when it is on GitHub.
fn target(
    from: Option<RepositoryFile>,
    speaker_tab: bool,
    repository: &str,
    event: &str,
    talk: &Talk,
) -> Option<(RepositoryFile, bool)> {
    let named = || {
        let repository = Repository::parse(repository, DEFAULT_BRANCH)?;
        let event = event.trim();
        let valid = !event.is_empty()
            && event
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_'));
        valid.then(|| RepositoryFile::talk(repository, event, &talk_file_name(talk)))
    };
    if speaker_tab {
        let slug = talk.speakers.first().filter(|s| !s.is_empty())?;
        let talk_file = from.or_else(named)?;
        return Some((talk_file.speaker_beside(&format!("{slug}.md"))?, false));
    }
    match from {
        Some(file) => Some((file, true)),
        None => named().map(|file| (file, false)),
    }
}

/// A new talk file's name: the site's convention names it after its first speaker
/// (`jane-doe.md`); without one, after its title.
fn talk_file_name(talk: &Talk) -> String {
    match talk.speakers.first().filter(|s| !s.is_empty()) {
        Some(slug) => format!("{slug}.md"),
        None => super::editor::file_name(&talk.title),
    }
}

/// The panel: where the file goes, and the link to GitHub's page for it.
#[component]
pub fn Propose(props: &ProposeProps) -> Html {
    let repository = use_state(|| DEFAULT_REPOSITORY.to_owned());
    let event = use_state(String::new);
    let said = use_state(|| Option::<ByClipboard>::None);
    let language = props.language;
    let talk = Talk::parse(&props.talk.replace("\r\n", "\n"), None);
    let from = props.source.as_deref().and_then(RepositoryFile::from_url);
    let from_github = from.is_some();
    let text = if props.speaker_tab {
        &props.speaker
    } else {
        &props.talk
    };
    let proposal = target(from, props.speaker_tab, &repository, &event, &talk)
        .map(|(file, existing)| (Proposal::for_file(&file, text, existing), file));
    let input = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let field: web_sys::HtmlInputElement = e.target_unchecked_into();
            state.set(field.value());
        })
    };
    let what = if props.speaker_tab { "speaker" } else { "talk" };
    html! {
        <details class="talkcard-propose">
            <summary>{ editor::propose(language) }</summary>
            <p class="talkcard-propose-intro">{ editor::propose_intro(language, what) }</p>
            if !from_github {
                <div class="talkcard-propose-fields">
                    <label>
                        <span>{ editor::repository(language) }</span>
                        <input type="text" value={(*repository).clone()} oninput={input(&repository)}
                            placeholder={DEFAULT_REPOSITORY} spellcheck="false" autocapitalize="off" />
                    </label>
                    <label>
                        <span>{ editor::event_folder(language) }</span>
                        <input type="text" value={(*event).clone()} oninput={input(&event)}
                            placeholder="2025-chicago" spellcheck="false" autocapitalize="off" />
                    </label>
                </div>
            }
            { match &proposal {
                Some((proposal, file)) => {
                    let onclick = {
                        let (said, proposal, text) = (said.clone(), proposal.clone(), text.to_string());
                        Callback::from(move |_: MouseEvent| {
                            if let Proposal::ByClipboard { why, .. } = &proposal {
                                super::clipboard::copy(&text);
                                said.set(Some(*why));
                            }
                        })
                    };
                    html! {
                        <p class="talkcard-propose-go">
                            <a class="talkcard-tool talkcard-propose-link" href={proposal.url().to_owned()}
                                target="_blank" rel="noopener noreferrer" {onclick}>
                                { editor::open_github_page(language, &file.path) }
                            </a>
                        </p>
                    }
                }
                None if props.speaker_tab && talk.speakers.is_empty() => html! {
                    <p class="talkcard-propose-hint">{ editor::name_yourself_first(language) }</p>
                },
                None => html! {
                    <p class="talkcard-propose-hint">{ editor::name_repository_and_event(language) }</p>
                },
            } }
            if let Some(why) = *said {
                <p class="talkcard-propose-said" role="status">{ match why {
                    ByClipboard::ExistingFile => editor::copied_existing(language),
                    ByClipboard::TooLong => editor::copied_too_long(language),
                } }</p>
            }
        </details>
    }
}
