//! One event's pages: a page per talk (`events/<event>/program/<slug>/index.html`, the site's
//! own address for it) with its `.ics` beside it, then the event's program page.
//!
//! Each card is rendered by [`TalkCard`] with everything the browser's card shows once its
//! fetches are done: the export reads the same speaker and data files from disk and hands them
//! to the components first ([`remember_speaker`], [`remember_event_data`]), so their first
//! render is the finished card.

use std::collections::HashMap;
use std::rc::Rc;

use yew::AttrValue;

use super::head::{self, Head};
use super::output::Output;
use super::render::Renderer;
use super::render::escape;
use super::site::{EventFolder, SITE_ROOT, SiteTree};
use super::sitemap::Sitemap;
use super::{ExportError, Message, event_page};
use crate::calendar::{self, Entry};
use crate::event::{DataFile, DataFiles, Event, EventData, EventFacts, TalkName, TalkTime};
use crate::markdown::Block;
use crate::structured_data::{TalkEvent, json_string};
use crate::ui::card::sanitise::SafeNodes;
use crate::ui::card::talk_card::{calendar_entry, talk_event};
use crate::ui::card::when::place_text;
use crate::ui::card::{
    self, CardOptions, CardState, Lookup, Prerendered, SpeakerEntry, TalkCard, TalkCardProps,
};
use crate::{Diagnostic, Speaker, Talk};

/// From a talk page to the export's root.
const TALK_ROOT: &str = "../../../../";

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
    /// Where the export is published.
    pub base_url: Option<&'a str>,
    /// The data files read, as the JSON array every page of the event carries for its live
    /// card (`[[path, text], …]`), made once per event.
    pub data_json: String,
    /// The speaker files read, by address: their text when it is a usable speaker file.
    pub speakers: HashMap<String, Option<SpeakerText>>,
}

/// Exports one event: its talk pages and calendar files, then its program page.
pub fn export_event(
    tree: &SiteTree,
    folder: &EventFolder,
    out: &Output,
    renderer: &Renderer,
    base_url: Option<&str>,
    sitemap: &mut Sitemap,
    report: &mut dyn FnMut(&Message),
) -> Result<Exported, ExportError> {
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
    let title = event_title(folder, data.facts.as_ref());
    let mut context = EventContext {
        folder,
        data: data.clone(),
        title: title.clone(),
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
        let state = CardState::of_file(&bytes, Some(url.clone()));
        match &state {
            CardState::Ready(talk) => {
                say(&path, &talk.diagnostics);
                read_speakers(tree, talk, &url, out, &mut context.speakers, &mut say)?;
            }
            CardState::Error { title, detail, .. } => {
                say(
                    &path,
                    &[Diagnostic::error(None, None, format!("{title}: {detail}"))],
                );
            }
            CardState::Loading { .. } => {}
        }
        let slug = file.trim_end_matches(".md").to_owned();
        let text = crate::front_matter::decode(&bytes).ok().map(str::to_owned);
        talks.push(TalkFile {
            slug,
            url,
            state,
            text,
        });
    }
    for talk in &talks {
        write_talk_page(tree, &context, talk, out, renderer, sitemap)?;
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
    })
}

/// What is said of a site file that exists but cannot be read: the export goes on without it.
fn unreadable(err: &std::io::Error) -> Diagnostic {
    Diagnostic::error(None, None, format!("cannot read it, skipped: {err}"))
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
                                    format!(
                                        "image {:?}: no such file in the site; the card shows the speaker's initials",
                                        speaker
                                            .image
                                            .as_deref()
                                            .and_then(super::site::site_path)
                                            .unwrap_or_default()
                                    ),
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

/// "2019 Chicago", with the data's spelling of the city ("São Paulo") when it has one.
pub fn event_title(folder: &EventFolder, facts: Option<&EventFacts>) -> String {
    match Event::from_slug(&folder.name) {
        Some(mut event) => {
            if let Some(city) = facts.and_then(|f| f.city.clone()) {
                event.city = city;
            }
            event.to_string()
        }
        None => folder.name.clone(),
    }
}

/// What the card and the head both need of a talk: its time, speakers and abstract as the
/// card's first (finished) render sees them.
struct Described {
    time: TalkTime,
    speakers: Vec<SpeakerEntry>,
    abstract_nodes: Vec<SafeNodes>,
    event: Option<Event>,
}

fn describe(talk: &Talk, url: &str, data: &EventData) -> Described {
    let slug = DataFiles::of_talk(url).map(|f| f.slug).unwrap_or_default();
    let mut notes = Vec::new();
    let name = TalkName {
        slug: &slug,
        title: &talk.title,
    };
    let time = TalkTime::resolve(&talk.schedule, Some(data), name, &mut notes);
    let mut speakers: Vec<SpeakerEntry> = talk
        .speakers
        .iter()
        .map(|slug| SpeakerEntry {
            slug: slug.clone(),
            lookup: crate::speaker::file_url(url, slug)
                .and_then(|u| card::speaker::known(&u))
                .unwrap_or(Lookup::Missing),
        })
        .collect();
    speakers.extend(talk.named_speakers.iter().map(|n| SpeakerEntry::named(n)));
    let abstract_nodes = talk
        .body
        .iter()
        .map(|block| match block {
            Block::Html(html) => SafeNodes::of([html]),
            Block::Player(_) => SafeNodes::default(),
        })
        .collect();
    let event = Event::from_url(url).map(|mut event| {
        if let Some(city) = data.facts.as_ref().and_then(|f| f.city.clone()) {
            event.city = city;
        }
        event
    });
    Described {
        time,
        speakers,
        abstract_nodes,
        event,
    }
}

fn write_talk_page(
    tree: &SiteTree,
    context: &EventContext<'_>,
    talk_file: &TalkFile,
    out: &Output,
    renderer: &Renderer,
    sitemap: &mut Sitemap,
) -> Result<(), ExportError> {
    let folder = format!("events/{}/program/{}", context.folder.name, talk_file.slug);
    let canonical = context.base_url.map(|base| format!("{base}{folder}/"));
    let ics_name = format!("{}.ics", talk_file.slug);
    let facts = context.data.facts.as_ref();
    let mut head = Head {
        title: format!("This is not a talk file · {}", context.title),
        canonical: canonical.clone(),
        kind: "website",
        site_name: Some(context.title.clone()),
        ..Head::default()
    };
    let mut has_calendar = false;
    if let CardState::Ready(talk) = &talk_file.state {
        let described = describe(talk, &talk_file.url, &context.data);
        let title = if talk.title.is_empty() {
            "Untitled talk"
        } else {
            talk.title.as_str()
        };
        head.title = format!("{title} · {}", context.title);
        let event: TalkEvent = talk_event(
            talk,
            title,
            &described.time,
            facts,
            described.event.as_ref(),
            &described.speakers,
            &described.abstract_nodes,
            canonical.clone(),
        );
        head.description = Some(summary(&described, &context.title));
        head.json_ld = Some(event.to_json_ld());
        head.image = preview_image(tree, talk, title, context, out)?;
        let location =
            place_text(facts).or_else(|| described.event.as_ref().map(|e| e.city.clone()));
        let talk_address = match context.base_url {
            Some(base) => link_from(base, &talk_file.url),
            None => format!("{}/{}", context.folder.name, talk_file.slug),
        };
        let entry: Option<Entry> = calendar_entry(
            &described.time,
            Some(&talk_address),
            canonical.clone(),
            title,
            &described.speakers,
            &described.abstract_nodes,
            location,
        );
        if let Some(entry) = entry {
            out.write(
                &format!("{folder}/{ics_name}"),
                calendar::ics(&[entry], now_minutes()).as_bytes(),
            )?;
            has_calendar = true;
        }
    }
    let props = |calendar: Option<String>| TalkCardProps {
        state: talk_file.state.clone(),
        url: Some(AttrValue::from(talk_file.url.clone())),
        on_retry: None,
        options: CardOptions {
            page_url: canonical.clone().map(AttrValue::from),
            prerendered: Some(Prerendered {
                calendar: calendar.map(AttrValue::from),
            }),
            ..CardOptions::default()
        },
        own_speaker: None,
    };
    if let (Some(base), Some(text)) = (context.base_url, &talk_file.text) {
        let calendar = has_calendar.then(|| format!("{base}{folder}/{ics_name}"));
        let card = renderer.render::<TalkCard>(props(calendar.clone()));
        let embed = embed_html(base, &card, text, talk_file, context, calendar.as_deref());
        out.write(&format!("{folder}/embed.html"), embed.as_bytes())?;
    }
    let card = renderer.render::<TalkCard>(props(has_calendar.then(|| ics_name.clone())));
    let card = relative_links(tree, &card, TALK_ROOT, out)?;
    let bar = head::bar(
        TALK_ROOT,
        &[
            ("../../../".to_owned(), "All events".to_owned()),
            ("../".to_owned(), format!("{} program", context.title)),
        ],
    );
    let body = match &talk_file.text {
        Some(text) => {
            let site_path = super::site::site_path(&talk_file.url).unwrap_or_default();
            let calendar = if has_calendar {
                format!(" data-talkcard-calendar=\"{}\"", escape(&ics_name))
            } else {
                String::new()
            };
            format!(
                "{bar}\n<main class=\"talkcard-app\" id=\"talkcard-page\" data-talkcard-prerendered=\"{}\"{calendar}>{card}</main>\n\
                 <script type=\"application/json\" id=\"talkcard-carried\">{}</script>\n\
                 <script type=\"module\" src=\"{TALK_ROOT}embed.js\"></script>",
                escape(&site_path),
                carried(text, talk_file, context),
            )
        }
        // Bytes that are not a talk file: the error card is all there is, nothing to take over.
        None => format!("{bar}\n<main class=\"talkcard-app\" id=\"talkcard-page\">{card}</main>"),
    };
    out.write(
        &format!("{folder}/index.html"),
        head::page(&head, TALK_ROOT, &body).as_bytes(),
    )?;
    sitemap.add(&format!("{folder}/"));
    Ok(())
}

/// The talk's card for other sites' pages (`embed.html`): the mount point `embed.js` knows,
/// with the card already inside a declarative shadow root (isolated from the host's styles as
/// a mounted card is), and the files it was made from, so that `embed.js`, if the host page
/// loads it, makes it live instead of rendering it again. Every address is absolute (under
/// `base`): the fragment is pasted elsewhere.
fn embed_html(
    base: &str,
    card: &str,
    text: &str,
    talk_file: &TalkFile,
    context: &EventContext<'_>,
    calendar: Option<&str>,
) -> String {
    let site_path = super::site::site_path(&talk_file.url).unwrap_or_default();
    let card = card.replace(&format!("{SITE_ROOT}/"), base);
    let calendar = calendar.map_or_else(String::new, |url| {
        format!(" data-talkcard-calendar=\"{}\"", escape(url))
    });
    format!(
        "<!-- A talk card rendered by talkcard export: paste this element into any page. It shows the card \
         without script; for the live card (the player in place, a long bio's \"more\"), load talkcard once \
         in the page: <script type=\"module\" src=\"{base}embed.js\"></script> -->\n\
         <div data-talkcard-src=\"{base}{path}\" data-talkcard-root=\"{base}\"{calendar}>\
         <template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{base}talkcard.css\">\
         <div class=\"talkcard-host\">{card}</div>\
         <script type=\"application/json\" class=\"talkcard-carried\">{carried}</script></template></div>\n",
        base = escape(base),
        path = escape(&site_path),
        carried = carried(text, talk_file, context),
    )
}

/// What the live card needs to start as the page's card, as JSON for a `<script
/// type="application/json">` data block (`<`, `>` and `&` escaped, so no text can close it):
/// the talk file's text, its speakers' files and the event's data files, by their paths from
/// the export's root. The browser reads them with the same code as the export did.
fn carried(text: &str, talk_file: &TalkFile, context: &EventContext<'_>) -> String {
    let mut json = format!("{{\"talk\":{},\"speakers\":[", json_string(text));
    let slugs = match &talk_file.state {
        CardState::Ready(talk) => talk.speakers.clone(),
        _ => Vec::new(),
    };
    let mut first = true;
    for slug in slugs {
        let Some(url) = crate::speaker::file_url(&talk_file.url, &slug) else {
            continue;
        };
        // By the address the card looks the file up at (`michael-cot%C3%A9.md`), not by its
        // decoded name on disk.
        let (Some(path), Some(text)) = (address_path(&url), context.speakers.get(&url)) else {
            continue;
        };
        if !first {
            json.push(',');
        }
        first = false;
        let entry = match text {
            Some(SpeakerText { text, photo: true }) => json_string(text),
            Some(SpeakerText { text, photo: false }) => format!("{},false", json_string(text)),
            None => "null".to_owned(),
        };
        json.push_str(&format!("[{},{entry}]", json_string(&path)));
    }
    json.push_str("],\"data\":");
    json.push_str(&context.data_json);
    json.push('}');
    json
}

/// `content/…/x.md` for `https://talkcard.invalid/content/…/x.md`, as written in the address
/// (percent-encoded): the live card resolves it against the export's root and finds the
/// files it looks up by their addresses.
fn address_path(url: &str) -> Option<String> {
    url.strip_prefix(SITE_ROOT)?
        .strip_prefix('/')
        .map(str::to_owned)
}

/// The event's data files as the JSON array its pages carry: `[[path, text], …]`.
fn data_json(files: &[TextFile]) -> String {
    let entries: Vec<String> = files
        .iter()
        .map(|(path, text)| format!("[{},{}]", json_string(path), json_string(text)))
        .collect();
    format!("[{}]", entries.join(","))
}

/// The meta description: the abstract's opening in plain text, else who gives the talk where.
fn summary(described: &Described, event: &str) -> String {
    let text = described
        .abstract_nodes
        .iter()
        .map(SafeNodes::text)
        .collect::<Vec<_>>()
        .join(" ");
    let excerpt = calendar::excerpt(&text, 200);
    if !excerpt.is_empty() {
        return excerpt;
    }
    let names: Vec<String> = described.speakers.iter().map(SpeakerEntry::name).collect();
    if names.is_empty() {
        format!("A talk at {event}.")
    } else {
        format!("A talk by {} at {event}.", names.join(", "))
    }
}

/// The link preview's picture: the recording's still (fetched only by the preview's crawler),
/// else the event's `sharing_image`; absolute addresses only, as OpenGraph requires.
fn preview_image(
    tree: &SiteTree,
    talk: &Talk,
    title: &str,
    context: &EventContext<'_>,
    out: &Output,
) -> Result<Option<(String, String)>, ExportError> {
    if let Some(still) = talk.media.primary.as_ref().and_then(head::video_still) {
        return Ok(Some((
            still,
            format!("A still from the recording of “{title}”"),
        )));
    }
    let Some(image) = context
        .data
        .facts
        .as_ref()
        .and_then(|f| f.sharing_image.clone())
    else {
        return Ok(None);
    };
    let alt = format!("{}: the event's picture", context.title);
    if image.starts_with("https://") || image.starts_with("http://") {
        return Ok(Some((image, alt)));
    }
    // A file name in the event's `static/events/<event>/` folder, served from the site's root.
    let path = format!(
        "events/{}/{}",
        context.folder.name,
        image.trim_start_matches('/')
    );
    let (Some(base), Some(file)) = (context.base_url, tree.file(&path)) else {
        return Ok(None);
    };
    out.copy(&file, &path)?;
    Ok(Some((format!("{base}{path}"), alt)))
}

/// The published address of a site file known by its [`SITE_ROOT`] address.
fn link_from(base: &str, url: &str) -> String {
    match url.strip_prefix(SITE_ROOT) {
        Some(rest) => format!("{base}{}", rest.trim_start_matches('/')),
        None => url.to_owned(),
    }
}

/// The card's HTML with every address of the site made relative to the page (`root` is the
/// way to the export's root), and the site's files it links to (pictures) copied there.
pub fn relative_links(
    tree: &SiteTree,
    html: &str,
    root: &str,
    out: &Output,
) -> Result<String, ExportError> {
    let prefix = format!("{SITE_ROOT}/");
    let mut rest = html;
    let mut result = String::with_capacity(html.len());
    while let Some(at) = rest.find(&prefix) {
        result.push_str(&rest[..at]);
        result.push_str(root);
        rest = &rest[at + prefix.len()..];
        let end = rest
            .find(['"', '\'', '<', ' ', '\n', ')', '&'])
            .unwrap_or(rest.len());
        let link = &rest[..end];
        if let Some(path) = super::site::site_path(&format!("{prefix}{link}"))
            && !out.has(&path)
            && let Some(file) = tree.file(&path)
        {
            out.copy(&file, &path)?;
        }
    }
    result.push_str(rest);
    Ok(result)
}

/// Minutes since the epoch, for the calendar files' stamp: `SOURCE_DATE_EPOCH` (seconds) when
/// set, the reproducible-builds convention, so that the same site exports to the same bytes.
fn now_minutes() -> i64 {
    if let Some(seconds) = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
    {
        return seconds.div_euclid(60);
    }
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| (d.as_secs() / 60) as i64)
}
