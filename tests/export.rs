//! `talkcard export` on a real site: the corpus laid out as a Hugo site (`content/events/<e>/
//! program`, `…/speakers`, `data/events`), exported as the CLI does, then read as a crawler and
//! a visitor without script would read the pages.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

#[path = "support/hugo_site.rs"]
mod hugo_site;

use hugo_site::{corpus_site, own_site};

const BROKEN: &str = "content/events/2024-sao-paulo/program/bernardo-lankheet.md";

/// A fresh scratch folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("talkcard-export-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// A built app as `trunk build` leaves it, reduced to what the pages link to.
fn app(dir: &Path) -> PathBuf {
    let dist = dir.join("dist");
    fs::create_dir_all(&dist).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    fs::copy(root.join("index.html"), dist.join("index.html")).unwrap();
    fs::copy(root.join("assets/talkcard.css"), dist.join("talkcard.css")).unwrap();
    dist
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn export(site: &Path, out: &Path, dist: &Path, extra: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_talkcard"))
        .arg("export")
        .arg(site)
        .arg("--out")
        .arg(out)
        .arg("--app")
        .arg(dist)
        .args(extra)
        .output()
        .expect("the talkcard binary runs");
    Run {
        code: output.status.code(),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    }
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

/// The content of `<meta property|name="key" content="…">`, unescaped for `&amp;` and quotes.
fn meta(page: &str, key: &str) -> Option<String> {
    let at = page
        .find(&format!("property=\"{key}\" content=\""))
        .or_else(|| page.find(&format!("name=\"{key}\" content=\"")))?;
    let rest = &page[at..];
    let start = rest.find("content=\"")? + "content=\"".len();
    let end = rest[start..].find('"')?;
    Some(
        rest[start..start + end]
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&"),
    )
}

/// The talk files under `dir`: `.md` files of `program` folders, `_index.md` aside.
fn talk_files(dir: &Path) -> usize {
    let mut count = 0;
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            count += talk_files(&path);
        } else if dir.ends_with("program") && name.ends_with(".md") && !name.starts_with('_') {
            count += 1;
        }
    }
    count
}

fn pages(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            pages(&path, found);
        } else if path.file_name().is_some_and(|e| e == "index.html") {
            found.push(path);
        }
    }
}

#[test]
fn every_talk_of_the_corpus_gets_its_page_at_the_sites_address() {
    let dir = scratch("corpus");
    let (site, dist) = (corpus_site(&dir), app(&dir));
    // The corpus keeps no pictures: give one speaker the photo their file names.
    fs::write(
        site.join("content/events/2019-chicago/speakers/garima-sharma.png"),
        b"\x89PNG\r\n\x1a\n",
    )
    .unwrap();
    let out = dir.join("public");
    let run = export(
        &site,
        &out,
        &dist,
        &["--base-url", "https://example.org/talks"],
    );

    // The broken front matter is reported where it is, and fails the run; its page is written.
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stdout
            .lines()
            .any(|l| l.starts_with(&format!("{BROKEN}:5:104: error: invalid TOML"))),
        "{}",
        run.stdout
    );
    let talks = talk_files(&site.join("content"));
    assert!(
        run.stderr
            .contains(&format!("{talks} talk pages from 55 events")),
        "{}",
        run.stderr
    );
    let broken = read(&out.join("events/2024-sao-paulo/program/bernardo-lankheet/index.html"));
    // A Brazilian event: its pages say so in Portuguese, the note with its place too (the TOML
    // parser's own words stay English).
    assert!(broken.contains("Este arquivo de palestra tem erros"));
    assert!(broken.contains("linha 5, coluna 104: TOML inválido: unexpected key or value"));

    // A talk page: its card in the HTML, with speakers and when and where from the site's files.
    let page = read(&out.join("events/2019-chicago/program/garima-sharma/index.html"));
    assert!(page.contains(
        "<h2 dir=\"auto\" class=\"talkcard-title\">Let's play a real life Dungeon and Dragons</h2>"
    ));
    assert!(
        page.contains("data-speaker-state=\"found\""),
        "the speaker file was read"
    );
    assert!(
        page.contains("UIC Forum, 725 West Roosevelt Road"),
        "main.yml's venue"
    );
    assert!(
        page.contains("datetime=\"2019-08-27T15:15-05:00\""),
        "program.yml's slot"
    );
    // Play and calendar work without script: links to the privacy-mode player and the .ics.
    assert!(
        page.contains("<a href=\"https://www.youtube-nocookie.com/embed/LKXV8GeFpLs?autoplay=1\"")
    );
    assert!(page.contains("href=\"garima-sharma.ics\" download=\"garima-sharma.ics\""));
    let ics = read(&out.join("events/2019-chicago/program/garima-sharma/garima-sharma.ics"));
    assert!(ics.contains("DTSTART:20190827T201500Z\r\n"));
    assert!(
        ics.contains(
            "URL:https://example.org/talks/events/2019-chicago/program/garima-sharma/\r\n"
        )
    );
    // The speaker's photo, beside their file on the site, is copied and linked relatively.
    assert!(
        page.contains("src=\"../../../../content/events/2019-chicago/speakers/garima-sharma.png\"")
    );
    assert!(
        out.join("content/events/2019-chicago/speakers/garima-sharma.png")
            .is_file()
    );

    // What the live card takes over with: the same files, carried in the page.
    assert!(page.contains(
        "id=\"talkcard-page\" data-talkcard-prerendered=\"content/events/2019-chicago/program/garima-sharma.md\" data-talkcard-calendar=\"garima-sharma.ics\">"
    ));
    let carried: serde_json::Value = serde_json::from_str(
        page.split("<script type=\"application/json\" id=\"talkcard-carried\">")
            .nth(1)
            .and_then(|rest| rest.split("</script>").next())
            .unwrap(),
    )
    .unwrap();
    assert!(
        carried["talk"]
            .as_str()
            .unwrap()
            .contains("Dungeon and Dragons")
    );
    assert_eq!(
        carried["speakers"][0][0],
        "content/events/2019-chicago/speakers/garima-sharma.md"
    );
    assert!(
        carried["speakers"][0][1]
            .as_str()
            .unwrap()
            .contains("Garima")
    );
    let data: Vec<&str> = carried["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|file| file[0].as_str().unwrap())
        .collect();
    assert_eq!(
        data,
        [
            "data/events/2019/chicago/main.yml",
            "data/events/2019-chicago.yml"
        ]
    );

    // The head, as a link preview reads it.
    assert_eq!(
        meta(&page, "og:title").as_deref(),
        Some("Let's play a real life Dungeon and Dragons · 2019 Chicago")
    );
    assert_eq!(
        meta(&page, "og:url").as_deref(),
        Some("https://example.org/talks/events/2019-chicago/program/garima-sharma/")
    );
    assert_eq!(
        meta(&page, "og:image").as_deref(),
        Some("https://i.ytimg.com/vi/LKXV8GeFpLs/hqdefault.jpg")
    );
    assert!(
        meta(&page, "description")
            .unwrap()
            .starts_with("Does your team struggle")
    );
    assert!(page.contains(
        "<link rel=\"canonical\" href=\"https://example.org/talks/events/2019-chicago/program/garima-sharma/\">"
    ));
    let json_ld = page
        .split("<script type=\"application/ld+json\" id=\"talkcard-json-ld\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .unwrap();
    let json_ld: serde_json::Value = serde_json::from_str(json_ld).unwrap();
    assert_eq!(json_ld["@type"], "Event");
    assert_eq!(json_ld["startDate"], "2019-08-27T15:15-05:00");
    assert_eq!(json_ld["performer"][0]["name"], "Garima Sharma");

    // The card for other sites' pages: in a declarative shadow root, every address absolute.
    let embed = read(&out.join("events/2019-chicago/program/garima-sharma/embed.html"));
    assert!(embed.contains(
        "<div data-talkcard-src=\"https://example.org/talks/content/events/2019-chicago/program/garima-sharma.md\" \
         data-talkcard-root=\"https://example.org/talks/\" data-lang=\"en\" \
         data-talkcard-calendar=\"https://example.org/talks/events/2019-chicago/program/garima-sharma/garima-sharma.ics\">\
         <template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"https://example.org/talks/talkcard.css\">"
    ));
    assert!(embed.contains(
        "src=\"https://example.org/talks/content/events/2019-chicago/speakers/garima-sharma.png\""
    ));
    assert!(embed.contains("<script type=\"application/json\" class=\"talkcard-carried\">"));

    // The event's page: its timetable, talks linked to their pages.
    let program = read(&out.join("events/2019-chicago/program/index.html"));
    assert!(program.contains("id=\"2019-08-27\""));
    assert!(program.contains("href=\"garima-sharma/\""));
    // Its schedule as a calendar file beside it, a link that works without script; its entries
    // are the talk pages' own (same UID, same page).
    assert!(program.contains("data-talkcard-calendar=\"2019-chicago.ics\""));
    assert!(program.contains(
        "<a href=\"2019-chicago.ics\" download=\"2019-chicago.ics\" class=\"talkcard-calendar\">\
         Add the schedule to calendar</a>"
    ));
    let schedule = read(&out.join("events/2019-chicago/program/2019-chicago.ics"));
    let one = read(&out.join("events/2019-chicago/program/garima-sharma/garima-sharma.ics"));
    let uid = one.lines().find(|l| l.starts_with("UID:")).unwrap();
    assert_eq!(schedule.matches(uid).count(), 1, "{uid}");
    assert!(
        schedule
            .contains("URL:https://example.org/talks/events/2019-chicago/program/garima-sharma/")
    );
    // A talk the schedule names without a file is in it, but has no page to link.
    assert!(schedule.contains("SUMMARY:Kevin Harriss"));
    assert!(!schedule.contains("program/kevin-harriss/"));
    // The events index lists every event.
    let index = read(&out.join("events/index.html"));
    assert_eq!(index.matches("class=\"talkcard-events-item\"").count(), 55);
    assert!(index.contains("href=\"2019-chicago/program/\""));
    // The sitemap names every page: talks, events and the index.
    let sitemap = read(&out.join("sitemap.xml"));
    assert_eq!(sitemap.matches("<url>").count(), talks + 55 + 1);

    // The app and the files its views fetch are there, so ?talk= and ?program= work too.
    assert!(out.join("index.html").is_file());
    assert!(
        out.join("content/events/2019-chicago/program/garima-sharma.md")
            .is_file()
    );
    assert!(out.join("data/events/2019/chicago/main.yml").is_file());

    // No page names the export's internal address, and nothing runs but talkcard's own.
    let mut all = Vec::new();
    pages(&out.join("events"), &mut all);
    assert_eq!(all.len(), talks + 55 + 1);
    for path in &all {
        let html = read(path);
        assert!(!html.contains("talkcard.invalid"), "{}", path.display());
        // The JSON-LD and the carried files are data blocks; the one script is talkcard's
        // loader, from the export's root, once on every page.
        let depth = path.strip_prefix(&out).unwrap().components().count() - 1;
        let loader = format!(
            "<script type=\"module\" src=\"{}embed.js\"></script>",
            "../".repeat(depth)
        );
        assert_eq!(html.matches(&loader).count(), 1, "{}", path.display());
        assert_eq!(
            html.matches("<script").count(),
            html.matches("<script type=\"application/ld+json\"").count()
                + html
                    .matches("<script type=\"application/json\" id=\"talkcard-carried\">")
                    .count()
                + 1,
            "{}",
            path.display()
        );
    }
    fs::remove_dir_all(&dir).unwrap();
}

/// The `lang` of the first element whose opening tag contains `marker`.
fn lang_of<'p>(page: &'p str, marker: &str) -> Option<&'p str> {
    let at = page.find(marker)?;
    let open = page[..at].rfind('<')?;
    let tag = &page[open..at + page[at..].find('>')?];
    let start = tag.find(" lang=\"")? + " lang=\"".len();
    Some(&tag[start..start + tag[start..].find('"')?])
}

/// Each event's pages speak the language most of its talks are written in (the corpus'
/// Brazilian, Russian and Montréal events), or the one `--lang` names; a talk in another
/// language than its page's marks its title and abstract with its own; the export says what it
/// decided and why.
#[test]
fn each_event_is_exported_in_its_language_and_each_talk_marks_its_own() {
    let dir = scratch("languages");
    let (site, dist) = (corpus_site(&dir), app(&dir));
    let out = dir.join("public");
    let run = export(
        &site,
        &out,
        &dist,
        &[
            "--base-url",
            "https://example.org/talks/",
            "--lang",
            "2019-chicago=de",
            "--lang",
            "2024-amsterdam=pt_PT",
        ],
    );
    for line in [
        "talkcard export: 2019-sao-paulo in pt-BR: 3 of its 4 talk files are in Portuguese; \
         Brazil's Portuguese unless --lang says pt-PT",
        "talkcard export: 2018-moscow in ru: 2 of its 2 talk files are in Russian",
        "talkcard export: 2025-montreal in fr: 3 of its 3 talk files are in French",
        "talkcard export: 2019-chicago in de, as --lang asks",
        "talkcard export: 2024-amsterdam in pt-PT, as --lang asks",
    ] {
        assert!(run.stderr.contains(line), "{line}\n{}", run.stderr);
    }
    assert!(
        run.stderr.contains(
            "talkcard export: the other 44 events in en: their talk files are in English"
        ),
        "{}",
        run.stderr
    );

    // A Brazilian event: Portuguese around Portuguese talks, and its English talk says so.
    let program = out.join("events/2019-sao-paulo/program");
    let portuguese = read(&program.join("jaqueline-ramos/index.html"));
    assert!(portuguese.starts_with("<!DOCTYPE html>\n<html lang=\"pt-BR\""));
    for words in [
        "Aconteceu em quinta-feira, 11 de abril de 2019 · 09:15–09:45",
        ">Todos os eventos</a>",
        ">Programação: 2019 São Paulo</a>",
        "Adicionar ao calendário",
    ] {
        assert!(portuguese.contains(words), "{words}");
    }
    assert_eq!(lang_of(&portuguese, "class=\"talkcard-title"), None);
    assert_eq!(lang_of(&portuguese, "class=\"talkcard-abstract"), None);
    let english = read(&program.join("monica-cachoni/index.html"));
    assert!(english.starts_with("<!DOCTYPE html>\n<html lang=\"pt-BR\""));
    assert_eq!(lang_of(&english, "class=\"talkcard-title"), Some("en"));
    assert_eq!(lang_of(&english, "class=\"talkcard-abstract"), Some("en"));
    assert_eq!(lang_of(&english, "class=\"talkcard\""), Some("pt-BR"));
    // The embed for other sites' pages names its language for the live card.
    let embed = read(&program.join("monica-cachoni/embed.html"));
    assert!(embed.contains(" data-lang=\"pt-BR\""));
    assert!(embed.contains("<article lang=\"pt-BR\""));

    // --lang: German chrome and dates around English talks, marked English.
    let chicago = read(&out.join("events/2019-chicago/program/garima-sharma/index.html"));
    assert!(chicago.starts_with("<!DOCTYPE html>\n<html lang=\"de\""));
    assert!(chicago.contains("Fand statt am Dienstag, 27. August 2019 · 15:15–16:00 (UTC-05:00)"));
    assert!(chicago.contains(">Alle Veranstaltungen</a>"));
    assert_eq!(lang_of(&chicago, "class=\"talkcard-abstract"), Some("en"));
    let lisbon = first_talk_page(&out, "2024-amsterdam");
    assert!(lisbon.starts_with("<!DOCTYPE html>\n<html lang=\"pt-PT\""));
    // An English event stays English, with nothing marked.
    let london = first_talk_page(&out, "2018-london");
    assert!(london.starts_with("<!DOCTYPE html>\n<html lang=\"en\""));
    assert_eq!(lang_of(&london, "class=\"talkcard-abstract"), None);
}

/// The page of the first talk (by folder name) that the export in `out` wrote for `event`.
fn first_talk_page(out: &Path, event: &str) -> String {
    let program = out.join("events").join(event).join("program");
    let mut talks: Vec<PathBuf> = fs::read_dir(&program)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|path| path.is_dir())
        .collect();
    talks.sort();
    read(&talks[0].join("index.html"))
}

/// `--lang` names an event of the site and a language talkcard writes, or the export stops
/// before writing anything and says why.
#[test]
fn a_wrong_lang_option_says_what_is_wrong() {
    let dir = scratch("wrong-lang");
    let (site, dist) = (corpus_site(&dir), app(&dir));
    let out = dir.join("public");
    for (option, says) in [
        (
            "2019-chicago=ja",
            "--lang \"2019-chicago=ja\": talkcard does not write \"ja\"; it writes en, pt-BR, pt-PT, es, fr, de, ru",
        ),
        ("2019-chicago", "--lang \"2019-chicago\": write EVENT=TAG"),
        ("2099-nowhere=de", "no event \"2099-nowhere\" in the site"),
    ] {
        let run = export(&site, &out, &dist, &["--lang", option]);
        assert_ne!(run.code, Some(0), "{option}");
        assert!(run.stderr.contains(says), "{option}: {}", run.stderr);
        assert!(!out.exists(), "{option}: nothing is written");
    }
}

#[test]
fn without_a_base_url_links_stay_relative_and_there_is_no_sitemap() {
    let dir = scratch("relative");
    let (site, dist) = (corpus_site(&dir), app(&dir));
    let out = dir.join("public");
    let run = export(&site, &out, &dist, &["--event", "2019-chicago"]);
    // The event's flat data file (not the one its cards use) has a merge conflict in it.
    assert_eq!(run.code, Some(1), "{}{}", run.stdout, run.stderr);
    let errors: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.contains(": error: "))
        .collect();
    assert_eq!(
        errors,
        [
            "data/events/2019-chicago.yml:521:1: error: a merge-conflict marker (`>>>>>>>`): `ignites` cannot be read until the conflict is resolved"
        ]
    );
    // Speakers whose photo the site does not have: said, and shown by their initials.
    assert!(
        run.stdout.contains("content/events/2019-chicago/speakers/heidi-waterhouse.md: warning: image \"content/events/2019-chicago/speakers/heidi-waterhouse.png\": no such file in the site"),
        "{}",
        run.stdout
    );
    let page = read(&out.join("events/2019-chicago/program/heidi-waterhouse-2/index.html"));
    assert!(
        !page.contains("class=\"talkcard-avatar\""),
        "no broken picture"
    );
    assert!(page.contains("talkcard-avatar--initials"));
    assert!(page.contains(",false]"), "the live card is told so too");
    assert!(
        run.stderr.contains("7 talk pages from 1 events"),
        "{}",
        run.stderr
    );
    assert!(!out.join("sitemap.xml").exists());
    let page = read(&out.join("events/2019-chicago/program/garima-sharma/index.html"));
    assert!(!page.contains("rel=\"canonical\""));
    assert!(meta(&page, "og:url").is_none());
    let ics = read(&out.join("events/2019-chicago/program/garima-sharma/garima-sharma.ics"));
    assert!(!ics.contains("URL:"), "no address a calendar could open");
    assert!(
        !out.join("events/2019-chicago/program/garima-sharma/embed.html")
            .exists(),
        "an embed for other sites needs absolute addresses"
    );
    fs::remove_dir_all(&dir).unwrap();
}

/// Every file under `dir`, by its path inside it, with its bytes.
fn files(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    let mut found = std::collections::BTreeMap::new();
    let mut folders = vec![dir.to_owned()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else {
                let bytes = fs::read(&path).unwrap();
                found.insert(path.strip_prefix(dir).unwrap().to_owned(), bytes);
            }
        }
    }
    found
}

#[test]
fn the_same_site_exports_to_the_same_bytes() {
    let dir = scratch("reproducible");
    let (site, dist) = (corpus_site(&dir), app(&dir));
    let mut runs = Vec::new();
    for name in ["one", "two"] {
        let out = dir.join(name);
        // Pictures in the abstracts (their attributes once came in a random order), and the
        // calendar files' stamp taken from SOURCE_DATE_EPOCH.
        let run = Command::new(env!("CARGO_BIN_EXE_talkcard"))
            .args([
                "export",
                "--event",
                "2018-toronto",
                "--event",
                "2018-amsterdam",
            ])
            .arg(&site)
            .arg("--out")
            .arg(&out)
            .arg("--app")
            .arg(&dist)
            .args(["--base-url", "https://example.org/"])
            .env("SOURCE_DATE_EPOCH", "1767225600")
            .output()
            .unwrap();
        // Both events' files are clean, so the export succeeds: an exit of 1 or a crash, which
        // may still leave equal files behind, fails here.
        assert_eq!(
            run.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        runs.push(files(&out));
    }
    assert!(runs[0].len() > 20, "{}", runs[0].len());
    assert_eq!(
        runs[0].keys().collect::<Vec<_>>(),
        runs[1].keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &runs[0] {
        assert!(bytes == &runs[1][path], "{} differs", path.display());
    }
    let ics = &runs[0][Path::new("events/2018-amsterdam/program/matt-stratton/matt-stratton.ics")];
    assert!(String::from_utf8_lossy(ics).contains("DTSTAMP:20260101T000000Z"));
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn rooms_from_the_schedules_comments_reach_the_pages_and_calendar_files() {
    let dir = scratch("rooms");
    let (site, dist) = (corpus_site(&dir), app(&dir));
    let out = dir.join("public");
    export(&site, &out, &dist, &["--event", "2018-amsterdam"]);
    let program = read(&out.join("events/2018-amsterdam/program/index.html"));
    let slot = program
        .split("data-slug=\"blackrock-partners\"")
        .nth(1)
        .unwrap();
    // The slot's first child, before its card (and the card's star).
    let (_, inside) = slot.split_once('>').unwrap();
    assert!(
        inside.starts_with(
            "<p class=\"talkcard-slot-room\">IJ Zaal</p><div class=\"talkcard-slot-card\"><button"
        ),
        "{}",
        &slot[..200]
    );
    let page = read(&out.join("events/2018-amsterdam/program/matt-stratton/index.html"));
    assert!(
        page.contains("<span class=\"talkcard-when-place\"> · Grote Zaal · HumanOps Track</span>"),
        "the card's when line gives the room"
    );
    let ics = read(&out.join("events/2018-amsterdam/program/matt-stratton/matt-stratton.ics"));
    // 2018 London's evening party links where its custom_url says.
    export(
        &site,
        &dir.join("london"),
        &dist,
        &["--event", "2018-london"],
    );
    let london = read(&dir.join("london/events/2018-london/program/index.html"));
    assert!(
        london.contains("<a href=\"https://www.altitudelondon.com/contact-us/\" rel=\"noopener noreferrer nofollow\" class=\"talkcard-slot-label\">Evening Event at Skyloft</a>"),
        "the slot links to its custom_url"
    );
    assert!(
        ics.contains("LOCATION:Grote Zaal · HumanOps Track\\, Pakhuis de Zwijger"),
        "{ics}"
    );
    // The organisers' colour (2018 Amsterdam writes `backgroud_color`): a marker, not a
    // background behind text.
    let open_space = program
        .split("data-slug=\"open-space-one-day-one\"")
        .nth(1)
        .unwrap();
    assert!(
        open_space.contains("<rect width=\"1\" height=\"1\" fill=\"#ffb566\">")
            || open_space.contains("<rect width=\"1\" height=\"1\" fill=\"#ffb566\"/>")
            || open_space.contains("fill=\"#ffb566\""),
        "{}",
        &open_space[..400]
    );
    assert!(!program.contains("style="), "no inline style");
    // Comments besides the room are shown, sanitised, their Markdown and links kept.
    export(
        &site,
        &dir.join("more"),
        &dist,
        &["--event", "2019-houston", "--event", "2017-chicago"],
    );
    let houston = read(&dir.join("more/events/2019-houston/program/index.html"));
    let workshop = houston.split("data-slug=\"angel-rivera\"").nth(1).unwrap();
    let (_, workshop) = workshop.split_once('>').unwrap();
    assert!(
        workshop.starts_with("<p class=\"talkcard-slot-room\">Studio Movie Grill</p><div class=\"talkcard-slot-comments\"><p>&nbsp; &nbsp; <em>Required</em>: Laptop, and accounts on GitHub, CircleCI, DockerHub.</p>"),
        "{}",
        &workshop[..300]
    );
    let chicago = read(&dir.join("more/events/2017-chicago/program/index.html"));
    assert!(
        chicago.contains("This will take place at <a href=\"http://10pinchicago.com/\""),
        "the evening event's link"
    );
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_schedule_that_names_talks_by_title_links_its_sessions_and_times_the_cards() {
    let dir = scratch("titled");
    let (site, dist) = (own_site(&dir), app(&dir));
    let out = dir.join("public");
    let run = export(&site, &out, &dist, &["--event", "2031-tidewater"]);
    assert_eq!(run.code, Some(0), "{}{}", run.stdout, run.stderr);
    let program = read(&out.join("events/2031-tidewater/program/index.html"));
    // Each titled slot is its talk's session (a trailing full stop, a typographic
    // apostrophe, a lower-case word, two near-identical titles), in time order.
    let sessions: Vec<&str> = program
        .split("<div data-slug=\"")
        .skip(1)
        .map(|s| s.split('"').next().unwrap())
        .collect();
    assert_eq!(
        sessions,
        ["ana-lima", "kofi-mensah", "mei-chen", "mei-chen-part-two"]
    );
    assert!(program.contains("href=\"ana-lima/\""), "linked to its page");
    // Each day an anchor, and links to them at the top.
    assert!(program.contains("id=\"2031-05-15\""));
    assert!(program.contains("href=\"#2031-05-15\""), "the day links");
    // The other custom slots keep the label style; "Lunch" twice is two labels.
    assert_eq!(program.matches("talkcard-slot--label").count(), 5);
    let page = read(&out.join("events/2031-tidewater/program/kofi-mensah/index.html"));
    assert!(
        page.contains("datetime=\"2031-05-14T09:30-04:00\""),
        "the card has its slot's day and time"
    );
    assert!(
        page.contains("data/events/2031/tidewater/program.yml, line 19: matched by title: no slot names the file kofi-mensah.md, and this slot (\"Don’t Page the Humans\") carries its title"),
        "the organisers' notes say how the slot was found"
    );
    let part_two = read(&out.join("events/2031-tidewater/program/mei-chen-part-two/index.html"));
    assert!(part_two.contains("datetime=\"2031-05-15T09:00-04:00\""));
    let ics = read(&out.join("events/2031-tidewater/program/ana-lima/ana-lima.ics"));
    assert!(ics.contains("DTSTART:20310514T130000Z"), "{ics}");
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn talks_no_slot_names_are_listed_after_the_timetable_by_kind() {
    let dir = scratch("unplaced");
    let (site, dist) = (own_site(&dir), app(&dir));
    let out = dir.join("public");
    let run = export(&site, &out, &dist, &["--event", "2032-harbourview"]);
    assert_eq!(run.code, Some(0), "{}{}", run.stdout, run.stderr);
    let program = read(&out.join("events/2032-harbourview/program/index.html"));
    // Every talk file of the event is on its page, each once: the two the schedule places (by
    // slug, by title), then the rest, ignites first (the files say `Type = "talk"`; their
    // names say ignite), each group in title order.
    let cards: Vec<&str> = program
        .split("<div data-slug=\"")
        .skip(1)
        .map(|s| s.split('"').next().unwrap())
        .collect();
    assert_eq!(
        cards,
        [
            "rosa-diaz",
            "omar-farouk",
            "ines-moreau-ignite",
            "ignite-priya-raman",
            "sven-olsen-ignite",
            "tomas-ruiz",
            "ws-helm-by-hand"
        ]
    );
    let (timetable, after) = program.split_once("id=\"more-talks\"").unwrap();
    assert!(!timetable.contains("tomas-ruiz"));
    let headings: Vec<&str> = after
        .split("<h3 class=\"talkcard-kind-title\">")
        .skip(1)
        .map(|s| s.split('<').next().unwrap())
        .collect();
    assert_eq!(headings, ["Ignites", "Talks", "Workshops"]);
    for slug in ["ines-moreau-ignite", "tomas-ruiz", "ws-helm-by-hand"] {
        assert!(
            after.contains(&format!("href=\"{slug}/\"")),
            "{slug} links to its page"
        );
        assert!(
            out.join(format!("events/2032-harbourview/program/{slug}/index.html"))
                .is_file()
        );
    }
    // The "Ignites" slot stays the organisers' label.
    assert!(timetable.contains(">Ignites<"));
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_site_without_errors_exports_with_success() {
    let dir = scratch("clean");
    let (site, dist) = (corpus_site(&dir), app(&dir));
    let out = dir.join("public");
    let run = export(
        &site,
        &out,
        &dist,
        &["--event", "2018-amsterdam", "--event", "2017-galway"],
    );
    assert_eq!(run.code, Some(0), "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("from 2 events"), "{}", run.stderr);
    let index = read(&out.join("events/index.html"));
    assert_eq!(index.matches("class=\"talkcard-events-item\"").count(), 2);
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_broken_data_file_is_a_located_note_and_the_pages_still_appear() {
    let dir = scratch("data");
    let (site, dist) = (corpus_site(&dir), app(&dir));
    fs::write(
        site.join("data/events/2018/amsterdam/program.yml"),
        "program:\n  - title: \"open\n",
    )
    .unwrap();
    let out = dir.join("public");
    let run = export(
        &site,
        &out,
        &dist,
        &["--event", "2018-amsterdam", "--github"],
    );
    assert_eq!(run.code, Some(1));
    assert!(
        run.stdout
            .contains("data/events/2018/amsterdam/program.yml:2"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("::error file="),
        "GitHub annotations: {}",
        run.stdout
    );
    let page = read(&out.join("events/2018-amsterdam/program/matt-stratton/index.html"));
    assert!(page.contains("talkcard-where"), "main.yml still read");
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_unreadable_file_is_skipped_with_a_message() {
    let dir = scratch("unreadable");
    let (site, dist) = (corpus_site(&dir), app(&dir));
    let program = site.join("content/events/2019-chicago/program");
    std::os::unix::fs::symlink(dir.join("nowhere.md"), program.join("gone.md")).unwrap();
    let out = dir.join("public");
    let run = export(&site, &out, &dist, &["--event", "2019-chicago"]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stdout.contains(
            "content/events/2019-chicago/program/gone.md: error: cannot read it, skipped"
        ),
        "{}",
        run.stdout
    );
    assert!(!out.join("events/2019-chicago/program/gone").exists());
    assert!(
        out.join("events/2019-chicago/program/garima-sharma/index.html")
            .is_file()
    );
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_failed_export_leaves_the_previous_folder_as_it_was() {
    let dir = scratch("failed");
    let site = corpus_site(&dir);
    let out = dir.join("public");
    fs::create_dir_all(&out).unwrap();
    fs::write(out.join("keep.html"), "previous").unwrap();
    let run = export(&site, &out, &dir.join("no-dist"), &[]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("no built app here"), "{}", run.stderr);
    assert_eq!(read(&out.join("keep.html")), "previous");
    let unknown = export(&site, &out, &app(&dir), &["--event", "1999-atlantis"]);
    assert_eq!(unknown.code, Some(1));
    assert!(unknown.stderr.contains("no event \"1999-atlantis\""));
    assert_eq!(
        fs::read_dir(&dir).unwrap().count(),
        3,
        "site, public, dist: nothing half-written"
    );
    fs::remove_dir_all(&dir).unwrap();
}
