//! `talkcard export`: a Hugo site's talks as pages that arrive as HTML.
//!
//! A card that waits for its bundle cannot arrive before the bundle does (issue 14 measured the
//! floor: about 208 KB of Yew, core and glue). The export renders each talk's card ahead, with
//! the same Yew components the browser runs (Yew's server renderer), into a folder any static
//! host serves: the card is in the page's HTML, link previews and search engines read the
//! page's head, and the page is complete without script.
//!
//! - [`site`]: the Hugo site's tree as the browser's readers know it (talks, speakers, data);
//! - [`event`]: one event exported: its files read once, then its pages;
//! - [`language`]: the language each event's pages speak and each talk is written in;
//! - [`links`]: the site's addresses made relative to each page;
//! - [`output`]: the folder written beside `DIR`, swapped in only when complete;
//! - [`render`]: the card's components rendered to HTML;
//! - [`head`]: every page's head (title, description, canonical, OpenGraph, JSON-LD);
//! - [`talk_page`], [`event_page`], [`index_page`], [`sitemap`]: the pages.
//!
//! Pages are written one event at a time per core: memory holds a few events' talks, whatever
//! the size of the site.

mod event;
mod event_page;
mod head;
mod index_page;
mod language;
mod links;
mod output;
mod render;
mod site;
mod sitemap;
mod talk_page;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use crate::Diagnostic;

pub use language::{Decision, Why};
pub use site::SITE_ROOT;

/// What `talkcard export` was asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    /// The Hugo site's root: the folder holding `content/` and `data/`.
    pub site: PathBuf,
    /// The folder to write (replaced as a whole once the export is complete).
    pub out: PathBuf,
    /// The built app (`trunk build`'s `dist/`), copied into `out` so that `?talk=`,
    /// `?program=` and `?edit` work there and the pages find their style.
    pub app: PathBuf,
    /// Where `out` is published (`https://example.org/talks/`): canonical addresses, `og:url`
    /// and the sitemap need it. Without it, pages carry relative links only.
    pub base_url: Option<String>,
    /// Only these events (folder names, `2019-chicago`); all when empty.
    pub events: Vec<String>,
    /// The language of these events' pages (`--lang EVENT=TAG`); the others' is detected.
    pub languages: BTreeMap<String, crate::language::Language>,
}

/// Something the export has to say about one file of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The file, relative to the site's root (`content/events/2019-chicago/program/x.md`).
    pub path: String,
    /// What is wrong, located where it can be.
    pub diagnostic: Diagnostic,
}

/// `content/events/…/x.md:5: error: line 5: unterminated string`
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = &self.diagnostic;
        match (d.line, d.column) {
            (Some(line), Some(column)) => write!(f, "{}:{line}:{column}: ", self.path)?,
            (Some(line), None) => write!(f, "{}:{line}: ", self.path)?,
            _ => write!(f, "{}: ", self.path)?,
        }
        write!(f, "{}: {}", d.severity.as_str(), d.message())
    }
}

/// One event exported: what it wrote, what it found, its pages for the sitemap.
type EventResult = (event::Exported, Vec<Message>, sitemap::Sitemap);

/// What an export wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Events exported.
    pub events: usize,
    /// Talk pages written.
    pub talk_pages: usize,
    /// Files of the site with at least one error (each still got its page, or was skipped
    /// when unreadable).
    pub files_with_errors: usize,
    /// Each event's language and why, in event order.
    pub languages: Vec<(String, Decision)>,
}

/// Why the export could not be written at all (a file's own errors are [`Message`]s instead).
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The site's folder has no `content/events` nor `content/new-events`.
    #[error("{0}: not a Hugo site (no content/events or content/new-events folder)")]
    NotASite(PathBuf),
    /// `--app` names no built app.
    #[error(
        "{0}: no built app here (no index.html); build it with `trunk build --release` or name it with --app"
    )]
    NoApp(PathBuf),
    /// An `--event` the site does not have.
    #[error("no event {0:?} in the site (its folder content/events/{0}/program is missing)")]
    UnknownEvent(String),
    /// `--base-url` is not an absolute http(s) address.
    #[error("--base-url {0:?}: not an absolute http(s) address")]
    BadBaseUrl(String),
    /// Reading the site or writing the output failed.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

impl ExportError {
    fn io(path: &Path) -> impl FnOnce(std::io::Error) -> ExportError + '_ {
        move |source| ExportError::Io {
            path: path.to_owned(),
            source,
        }
    }
}

/// Exports the site: every event's talk pages, program page and calendar files, the events
/// index, the sitemap, and the app. `report` hears each file's problems, event by event in
/// name order (events are exported in parallel, one per core).
pub fn export(options: &Options, report: &mut dyn FnMut(&Message)) -> Result<Summary, ExportError> {
    let base_url = match &options.base_url {
        Some(url) => Some(head::base_url(url).ok_or_else(|| ExportError::BadBaseUrl(url.clone()))?),
        None => None,
    };
    let tree = site::SiteTree::open(&options.site)?;
    if !options.app.join("index.html").is_file() {
        return Err(ExportError::NoApp(options.app.clone()));
    }
    let mut events = tree.events()?;
    for wanted in options.languages.keys() {
        if !events.iter().any(|e| &e.name == wanted) {
            return Err(ExportError::UnknownEvent(wanted.clone()));
        }
    }
    if !options.events.is_empty() {
        for wanted in &options.events {
            if !events.iter().any(|e| &e.name == wanted) {
                return Err(ExportError::UnknownEvent(wanted.clone()));
            }
        }
        events.retain(|e| options.events.contains(&e.name));
    }
    let out = output::Output::create(&options.out)?;
    out.copy_app(&options.app)?;
    let base = base_url.as_deref();
    let mut sitemap = sitemap::Sitemap::new(base);
    let mut summary = Summary::default();
    let mut listed = Vec::new();
    // Events are independent: one per core at a time, each worker with its own renderer (the
    // components' caches are per thread). What they find is reported in event order.
    let workers = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(events.len())
        .max(1);
    let next = AtomicUsize::new(0);
    let (sender, results) = mpsc::channel::<(usize, Result<EventResult, ExportError>)>();
    std::thread::scope(|scope| -> Result<(), ExportError> {
        for _ in 0..workers {
            let (sender, next, events, tree, out) = (sender.clone(), &next, &events, &tree, &out);
            scope.spawn(move || {
                let renderer = match render::Renderer::new() {
                    Ok(renderer) => renderer,
                    Err(err) => {
                        let _ = sender.send((next.fetch_add(1, Ordering::Relaxed), Err(err)));
                        return;
                    }
                };
                loop {
                    let at = next.fetch_add(1, Ordering::Relaxed);
                    let Some(event) = events.get(at) else { break };
                    let mut messages = Vec::new();
                    let mut pages = sitemap::Sitemap::new(base);
                    let result = event::export_event(
                        tree,
                        event::Wanted {
                            folder: event,
                            language: options.languages.get(&event.name).copied(),
                        },
                        out,
                        &renderer,
                        base,
                        &mut pages,
                        &mut |message: &Message| messages.push(message.clone()),
                    )
                    .map(|exported| (exported, messages, pages));
                    let failed = result.is_err();
                    if sender.send((at, result)).is_err() || failed {
                        break;
                    }
                }
            });
        }
        drop(sender);
        let mut waiting: BTreeMap<usize, Result<EventResult, ExportError>> = BTreeMap::new();
        let mut reported = 0;
        for (at, result) in results {
            waiting.insert(at, result);
            while let Some(result) = waiting.remove(&reported) {
                let (exported, messages, pages) = result?;
                for message in &messages {
                    report(message);
                }
                sitemap.extend(pages);
                summary.events += 1;
                summary.talk_pages += exported.talk_pages;
                summary.files_with_errors += exported.files_with_errors;
                summary
                    .languages
                    .push((exported.listing.name.clone(), exported.language.clone()));
                listed.push(exported.listing);
                reported += 1;
            }
        }
        Ok(())
    })?;
    let renderer = render::Renderer::new()?;
    index_page::write(&listed, &out, &renderer, base, &mut sitemap)?;
    if let Some(xml) = sitemap.finish() {
        out.write("sitemap.xml", xml.as_bytes())?;
    }
    out.finish()?;
    Ok(summary)
}
