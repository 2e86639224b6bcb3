//! One event exported: its files read once (the talk files, the speaker files they name, the
//! data files), then its pages written, a page per talk ([`super::talk_page`]) and the event's
//! program page ([`super::event_page`]).
//!
//! The files are read as the browser's card reads them and handed to the card's components
//! first ([`card::remember_speaker`], [`card::remember_event_data`]), so that each page's first
//! render is the finished card.

use std::collections::HashMap;
use std::rc::Rc;

use super::language::{self, Decision, Written};
use super::links::address_path;
use super::output::Output;
use super::render::Renderer;
use super::site::{EventFolder, SiteTree};
use super::sitemap::Sitemap;
use super::{ExportError, Message, event_page, talk_page};
use crate::diagnostic::Note;
use crate::event::{DataFile, DataFiles, Event, EventData, EventFacts};
use crate::language::Language;
use crate::structured_data::json_string;
use crate::ui::card::{self, CardState};
use crate::ui::talk_queue::Item;
use crate::{Diagnostic, Speaker, Talk};

/// What the events index says of an exported event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listing {
    /// The event's folder name (`2019-chicago`).
    pub name: String,
    /// Its display name (`2019 Chicago`).
    pub title: String,
    /// Its facts, when a data file has them.
    pub facts: Option<EventFacts>,
    /// How many talk pages it has.
    pub talks: usize,
}

/// What exporting one event wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    /// Talk pages written.
    pub talk_pages: usize,
    /// Files with errors among the event's.
    pub files_with_errors: usize,
    /// Its line in the events index.
    pub listing: Listing,
    /// The language of its pages, and why.
    pub language: Decision,
}

/// A talk of the event, read.
#[derive(Debug, Clone)]
pub struct TalkFile {
    /// Its file name without `.md`: its slug in the schedule and its page's folder.
    pub slug: String,
    /// Its address under [`SITE_ROOT`].
    pub url: String,
    /// What its card shows.
    pub state: CardState,
    /// The file's text, when it is text: the page carries it for the live card.
    pub text: Option<String>,
    /// The language its title and abstract are written in, when they tell.
    pub written_in: Option<Written>,
}

impl TalkFile {
    /// The `lang` its title and abstract carry on a page in `language`: their own, when it is
    /// known and another (`en` on a `pt-BR` page; nothing for `pt` there).
    pub fn own_lang(&self, language: Language) -> Option<&'static str> {
        let tag = self.written_in?.tag;
        let page = language.tag().split('-').next().unwrap_or_default();
        (tag != page).then_some(tag)
    }
}

impl TalkFile {
    /// The file as the timetable holds it (read, or why not).
    pub fn item(&self) -> Item {
        match &self.state {
            CardState::Ready(talk) => Item::Loaded(talk.clone()),
            CardState::Error { detail, .. } => Item::Failed(detail.clone()),
            CardState::Loading { .. } => Item::Pending,
        }
    }
}

/// A file of the site by its path from the site's root, and its text.
pub type TextFile = (String, String);

/// Everything one event's pages need, read once.
pub struct EventContext<'a> {
    /// The event's folder.
    pub folder: &'a EventFolder,
    /// What its data files say (empty without any).
    pub data: Rc<EventData>,
    /// The event as a name (`2019 Chicago`), the data's city preferred.
    pub title: String,
    /// The language of its pages' own words.
    pub language: Language,
    /// Where the export is published.
    pub base_url: Option<&'a str>,
    /// The data files read, as the JSON array every page of the event carries for its live
    /// card (`[[path, text], …]`), made once per event.
    pub data_json: String,
    /// The speaker files read, by address: their text when it is a usable speaker file.
    pub speakers: HashMap<String, Option<SpeakerText>>,
}

/// An event to export, and the language `--lang` asks its pages to be in, if any.
pub struct Wanted<'a> {
    pub folder: &'a EventFolder,
    pub language: Option<Language>,
}

/// Exports one event: its talk pages and calendar files, then its program page.
pub fn export_event(
    tree: &SiteTree,
    wanted: Wanted<'_>,
    out: &Output,
    renderer: &Renderer,
    base_url: Option<&str>,
    sitemap: &mut Sitemap,
    report: &mut dyn FnMut(&Message),
) -> Result<Exported, ExportError> {
    let Wanted {
        folder,
        language: asked,
    } = wanted;
    let mut files_with_errors = 0;
    let mut say = |path: &str, diagnostics: &[Diagnostic]| {
        for diagnostic in diagnostics {
            report(&Message {
                path: path.to_owned(),
                diagnostic: diagnostic.clone(),
            });
        }
        if diagnostics.iter().any(Diagnostic::is_error) {
            files_with_errors += 1;
        }
    };
    card::forget_event_data();
    card::forget_speakers();

    let (data, data_files) = read_data(tree, folder, out, &mut say)?;
    let title = Event::title(&folder.name, data.facts.as_ref());
    let mut context = EventContext {
        folder,
        data: data.clone(),
        title: title.clone(),
        language: Language::English,
        base_url,
        data_json: data_json(&data_files),
        speakers: HashMap::new(),
    };

    let mut talks = Vec::new();
    for file in tree.talk_files(folder)? {
        let url = folder.talk_url(&file);
        let path = format!("{}/{file}", folder.program);
        let bytes = match tree.fetch(&url) {
            Some((_, Ok(bytes))) => bytes,
            Some((_, Err(err))) => {
                say(&path, &[unreadable(&err)]);
                continue;
            }
            None => continue,
        };
        out.copy(&tree.path_of(&path), &path)?;
        let state = CardState::of_file(&bytes, Some(url.clone()), Language::English);
        match &state {
            CardState::Ready(talk) => {
                say(&path, &talk.diagnostics);
                read_speakers(tree, talk, &url, out, &mut context.speakers, &mut say)?;
            }
            CardState::Error {
                failure, detail, ..
            } => {
                // The CLI's messages are English.
                let title = failure.title(Language::English);
                say(
                    &path,
                    &[Diagnostic::error(
                        None,
                        None,
                        Note::english(format!("{title}: {detail}")),
                    )],
                );
            }
            CardState::Loading { .. } => {}
        }
        let slug = file.trim_end_matches(".md").to_owned();
        let text = crate::front_matter::decode(&bytes).ok().map(str::to_owned);
        let written_in = match &state {
            CardState::Ready(talk) => language::written_in(talk),
            _ => None,
        };
        talks.push(TalkFile {
            slug,
            url,
            state,
            text,
            written_in,
        });
    }
    let decision = Decision::of(
        asked,
        &talks.iter().map(|t| t.written_in).collect::<Vec<_>>(),
    );
    context.language = decision.language;
    for talk in &talks {
        talk_page::write(tree, &context, talk, out, renderer, sitemap)?;
    }
    event_page::write(tree, &context, &talks, out, renderer, sitemap)?;
    Ok(Exported {
        talk_pages: talks.len(),
        files_with_errors,
        listing: Listing {
            name: folder.name.clone(),
            title,
            facts: data.facts.clone(),
            talks: talks.len(),
        },
        language: decision,
    })
}

/// What is said of a site file that exists but cannot be read: the export goes on without it.
fn unreadable(err: &std::io::Error) -> Diagnostic {
    Diagnostic::error(
        None,
        None,
        Note::english(format!("cannot read it, skipped: {err}")),
    )
}

/// The event's data files, read as the card reads them (all candidates, preferred first),
/// copied into the export so that the app's own views find them, and kept for the cards.
fn read_data(
    tree: &SiteTree,
    folder: &EventFolder,
    out: &Output,
    say: &mut dyn FnMut(&str, &[Diagnostic]),
) -> Result<(Rc<EventData>, Vec<TextFile>), ExportError> {
    let Some(files) = DataFiles::of_talk(&folder.talk_url("talk.md")) else {
        return Ok((Rc::new(EventData::default()), Vec::new()));
    };
    let urls = files.urls();
    let mut found = Vec::new();
    let mut texts = Vec::new();
    for url in &urls {
        match tree.fetch(url) {
            Some((path, Ok(bytes))) => {
                out.copy(&tree.path_of(&path), &path)?;
                let text = String::from_utf8_lossy(&bytes).into_owned();
                // Named by its address, as the browser's card names it in its notes.
                let key = address_path(url).unwrap_or_else(|| path.clone());
                let file = DataFile::read(&key, &text);
                texts.push((key, text));
                let warnings: Vec<Diagnostic> =
                    file.located_warnings().map(|w| w.diagnostic).collect();
                say(&path, &warnings);
                found.push(file);
            }
            Some((path, Err(err))) => {
                say(&path, &[unreadable(&err)]);
            }
            None => {}
        }
    }
    let data = EventData::from_files(&found);
    card::remember_event_data(&urls, data.clone());
    Ok((Rc::new(data), texts))
}

/// The talk's speaker files, read once per event, copied, and kept for the cards.
fn read_speakers(
    tree: &SiteTree,
    talk: &Talk,
    talk_url: &str,
    out: &Output,
    read: &mut HashMap<String, Option<SpeakerText>>,
    say: &mut dyn FnMut(&str, &[Diagnostic]),
) -> Result<(), ExportError> {
    for slug in &talk.speakers {
        let Some(url) = crate::speaker::file_url(talk_url, slug) else {
            continue;
        };
        if read.contains_key(&url) {
            continue;
        }
        let mut text = None;
        let speaker = match tree.fetch(&url) {
            Some((path, Ok(bytes))) => {
                out.copy(&tree.path_of(&path), &path)?;
                match Speaker::from_bytes(&bytes, Some(&url)) {
                    Ok(mut speaker) => {
                        say(&path, &speaker.diagnostics);
                        // A photo the site does not have would be a broken picture without
                        // script and turn into initials once live: the card shows the initials
                        // from the start, and the live card is told to (`photo: false`).
                        let missing = speaker
                            .image
                            .as_deref()
                            .and_then(super::site::site_path)
                            .is_some_and(|photo| tree.file(&photo).is_none());
                        if missing {
                            say(
                                &path,
                                &[Diagnostic::warning(
                                    None,
                                    Note::english(format!(
                                        "image {:?}: no such file in the site; the card shows the speaker's initials",
                                        speaker
                                            .image
                                            .as_deref()
                                            .and_then(super::site::site_path)
                                            .unwrap_or_default()
                                    )),
                                )],
                            );
                            speaker.image = None;
                        }
                        text = crate::front_matter::decode(&bytes)
                            .ok()
                            .map(|text| SpeakerText {
                                text: text.to_owned(),
                                photo: !missing,
                            });
                        Some(speaker)
                    }
                    Err(err) => {
                        say(&path, &[err.to_diagnostic()]);
                        None
                    }
                }
            }
            Some((path, Err(err))) => {
                say(&path, &[unreadable(&err)]);
                None
            }
            None => None,
        };
        read.insert(url.clone(), text);
        card::remember_speaker(&url, speaker);
    }
    Ok(())
}

/// A speaker file's text as a page carries it, and whether its photo is in the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerText {
    /// The file's text.
    pub text: String,
    /// False when its `image` names a file the site does not have.
    pub photo: bool,
}

/// The event's data files as the JSON array its pages carry: `[[path, text], …]`.
fn data_json(files: &[TextFile]) -> String {
    let entries: Vec<String> = files
        .iter()
        .map(|(path, text)| format!("[{},{}]", json_string(path), json_string(text)))
        .collect();
    format!("[{}]", entries.join(","))
}
