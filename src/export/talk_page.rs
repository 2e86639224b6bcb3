//! A talk's page (`events/<event>/program/<slug>/index.html`, the site's own address for it),
//! with its `.ics` beside it and, with a base URL, its `embed.html` for other sites' pages.
//!
//! The card is rendered by [`TalkCard`] with everything the browser's card shows once its
//! fetches are done (the event's files were read and handed to the components first, see
//! [`super::event`]); the page carries those files for the live card.

use yew::AttrValue;

use super::ExportError;
use super::event::{EventContext, SpeakerText, TalkFile};
use super::head::{self, Head};
use super::links::{address_path, link_from, relative_links};
use super::output::Output;
use super::render::Renderer;
use super::render::escape;
use super::site::{SITE_ROOT, SiteTree};
use super::sitemap::Sitemap;
use crate::Talk;
use crate::calendar::{self, Entry};
use crate::event::{DataFiles, Event, EventData, TalkName, TalkTime};
use crate::language::{Language, words};
use crate::markdown::Block;
use crate::structured_data::{TalkEvent, json_string};
use crate::ui::card::sanitise::SafeNodes;
use crate::ui::card::talk_card::{calendar_entry, names, talk_event};
use crate::ui::card::when::place_text;
use crate::ui::card::{
    self, CardOptions, CardState, Lookup, Prerendered, SpeakerEntry, TalkCard, TalkCardProps,
};

/// From a talk page to the export's root.
const TALK_ROOT: &str = "../../../../";

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

/// The talk file's address in its calendar entries (their UID is made from it): where it is
/// published, or its event and slug when the export has no base URL.
pub fn talk_address(context: &EventContext<'_>, talk_file: &TalkFile) -> String {
    match context.base_url {
        Some(base) => link_from(base, &talk_file.url),
        None => format!("{}/{}", context.folder.name, talk_file.slug),
    }
}

/// Writes the page of `talk_file`, its calendar file and, with a base URL, its embed.
pub fn write(
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
    let language = context.language;
    let written_in = talk_file.own_lang(language);
    let mut head = Head {
        title: format!(
            "{} · {}",
            words::card::not_a_talk_file(language),
            context.title
        ),
        language,
        canonical: canonical.clone(),
        kind: "website",
        site_name: Some(context.title.clone()),
        ..Head::default()
    };
    let mut has_calendar = false;
    if let CardState::Ready(talk) = &talk_file.state {
        let described = describe(talk, &talk_file.url, &context.data);
        let untitled = words::card::untitled(language);
        let title = if talk.title.is_empty() {
            untitled.as_str()
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
        head.description = Some(summary(language, &described, &context.title));
        head.json_ld = Some(event.to_json_ld());
        head.image = preview_image(tree, talk, title, context, out)?;
        let location =
            place_text(facts).or_else(|| described.event.as_ref().map(|e| e.city.clone()));
        let entry: Option<Entry> = calendar_entry(
            &described.time,
            Some(&talk_address(context, talk_file)),
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
            language,
            written_in: written_in.map(AttrValue::from),
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
        language,
        TALK_ROOT,
        &[
            ("../../../".to_owned(), words::pages::all_events(language)),
            (
                "../".to_owned(),
                words::pages::event_program(language, &context.title),
            ),
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
                 <script type=\"application/json\" id=\"talkcard-carried\">{}</script>",
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
         <div data-talkcard-src=\"{base}{path}\" data-talkcard-root=\"{base}\" data-lang=\"{lang}\"{calendar}>\
         <template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{base}talkcard.css\">\
         <div class=\"talkcard-host\">{card}</div>\
         <script type=\"application/json\" class=\"talkcard-carried\">{carried}</script></template></div>\n",
        base = escape(base),
        path = escape(&site_path),
        lang = context.language.tag(),
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

/// The meta description: the abstract's opening in plain text, else who gives the talk where.
fn summary(language: Language, described: &Described, event: &str) -> String {
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
    if described.speakers.is_empty() {
        words::pages::talk_at(language, event)
    } else {
        words::pages::talk_by_at(language, event, &names(language, &described.speakers))
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
            words::pages::recording_still(context.language, title),
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
    let alt = words::pages::event_picture(context.language, &context.title);
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

/// Minutes since the epoch, for the calendar files' stamp: `SOURCE_DATE_EPOCH` (seconds) when
/// set, the reproducible-builds convention, so that the same site exports to the same bytes.
pub(super) fn now_minutes() -> i64 {
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
