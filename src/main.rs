//! The talkcard binary: in the browser (wasm32) it is the card bundle (`talkcard.js`), what
//! `embed.js`, `?talk=` and `?embed=1` load, with the exports for pages' own scripts; the
//! landing page, programs and the editor are the other bundle (`src/bin/talkcard-app.rs`).
//! Natively it is a small CLI that reads talk files with the same core and prints what each card would show, with
//! every located error and warning — handy in a conference site's CI.

#[cfg(target_arch = "wasm32")]
fn main() {
    talkcard::ui::start();
}

/// Called by `embed.js` once the module is loaded: mounts every `[data-talkcard-src]` of the
/// page. `app_base` is the folder `embed.js` came from.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn embed(app_base: String) {
    talkcard::ui::embed::mount_all(&app_base);
}

/// Renders the talk file `text` as a card inside `element`, with no fetch: for pages that
/// already hold the text, and for the in-browser benchmark (`scripts/bench`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn render(element: web_sys::Element, text: String) {
    talkcard::ui::embed::render_text(element, &text);
}

/// The diagnostics of the talk file `text`, without rendering: an array of
/// `{severity, line, column, message, text}` (see `talkcard::ui::embed::check_text`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn check(text: String) -> js_sys::Array {
    talkcard::ui::embed::check_text(&text)
}

/// Makes talkcard fail on this page, as a bug would: it panics with `message`. Fault injection
/// for a host page's own tests (and talkcard's): every card of the page then says that talkcard
/// stopped (see `talkcard::ui::stopped`), and the page's own content is left as it is. Only
/// the page's own scripts can call it; a talk file cannot.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = failForTesting)]
pub fn fail_for_testing(message: String) {
    panic!("{message}");
}

/// [`check`] for a speaker file: `checkSpeaker(text)`, the same array.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = checkSpeaker)]
pub fn check_speaker(text: String) -> js_sys::Array {
    talkcard::ui::embed::check_speaker_text(&text)
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;
    use talkcard::Diagnostic;

    const USAGE: &str = "usage: talkcard [--github] TALK_FILE...
       talkcard export SITE --out DIR [--app DIST] [--base-url URL] [--event NAME]...
                       [--lang EVENT=TAG]... [--github]
Prints one line per file: title | type | speakers | player | other media | diagnostics.
Files in a `speakers` folder are read as speaker files: name | photo | pronouns | links.
--github also prints every error and warning as a GitHub Actions annotation, which the pull
request then shows at its line.
Exits with 1 when a file has errors.

export writes the Hugo site SITE (its content/events, data/events and new-events trees) as a
folder to publish on any static host: a page per talk at the site's own address
(events/<event>/program/<slug>/), rendered ahead with the card's own components, its .ics, a
page per event, events/index.html, sitemap.xml (with --base-url), and the app from DIST
(default dist/). Files with errors still get their page; their diagnostics are printed as
file:line: lines. DIR is replaced only once the export is complete.
--lang EVENT=TAG writes an event's pages in that language (en, pt-BR, pt-PT, es, fr, de, ru);
without it, in the language most of its talk files are written in (told by their titles and
abstracts), else in English.";
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().is_some_and(|a| a == "export") {
        return export(&args[1..], USAGE);
    }
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let github = args.iter().any(|a| a == "--github");
    let paths: Vec<&String> = args.iter().filter(|a| *a != "--github").collect();
    if paths.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut failed = false;
    for path in paths {
        let (summary, diagnostics) = match std::fs::read(path) {
            // Hugo sites keep speaker files in a `speakers` folder beside `program`.
            Ok(bytes) if in_speakers_folder(path) => {
                match talkcard::Speaker::from_bytes(&bytes, None) {
                    Ok(speaker) => (speaker.summary(), speaker.diagnostics),
                    Err(err) => unreadable(err.to_diagnostic()),
                }
            }
            Ok(bytes) => match talkcard::Talk::from_bytes(&bytes, None) {
                Ok(talk) => (talk.summary(), talk.diagnostics),
                Err(err) => unreadable(err.to_diagnostic()),
            },
            Err(err) => unreadable(Diagnostic::error(
                None,
                None,
                talkcard::diagnostic::Note::english(format!("cannot read: {err}")),
            )),
        };
        failed |= diagnostics.iter().any(Diagnostic::is_error);
        println!("{path}: {summary}");
        if github {
            for diagnostic in &diagnostics {
                println!("{}", diagnostic.github_annotation(path));
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// `talkcard export`: parses its options, exports, prints each file's problems as it goes.
#[cfg(not(target_arch = "wasm32"))]
fn export(args: &[String], usage: &str) -> std::process::ExitCode {
    use std::path::PathBuf;
    use std::process::ExitCode;
    use talkcard::export::{Options, export};

    let mut site = None;
    let mut options = Options {
        site: PathBuf::new(),
        out: PathBuf::new(),
        app: PathBuf::from("dist"),
        base_url: None,
        events: Vec::new(),
        languages: Default::default(),
    };
    let mut out = None;
    let mut github = false;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| match args.next() {
            Some(value) => Ok(value.clone()),
            None => Err(format!("{name} needs a value")),
        };
        let parsed = match arg.as_str() {
            "--out" => value("--out").map(|v| out = Some(PathBuf::from(v))),
            "--app" => value("--app").map(|v| options.app = PathBuf::from(v)),
            "--base-url" => value("--base-url").map(|v| options.base_url = Some(v)),
            "--event" => value("--event").map(|v| options.events.push(v)),
            "--lang" => value("--lang").and_then(|v| {
                let (event, tag) = language_option(&v)?;
                options.languages.insert(event, tag);
                Ok(())
            }),
            "--github" => {
                github = true;
                Ok(())
            }
            "-h" | "--help" => {
                println!("{usage}");
                return ExitCode::SUCCESS;
            }
            other if other.starts_with('-') => Err(format!("unknown option {other}")),
            other if site.is_none() => {
                site = Some(PathBuf::from(other));
                Ok(())
            }
            other => Err(format!("one site at a time (also given: {other})")),
        };
        if let Err(message) = parsed {
            eprintln!("talkcard export: {message}\n\n{usage}");
            return ExitCode::from(2);
        }
    }
    let (Some(site), Some(out)) = (site, out) else {
        eprintln!("talkcard export: needs a SITE and --out DIR\n\n{usage}");
        return ExitCode::from(2);
    };
    options.site = site;
    options.out = out;
    let started = std::time::Instant::now();
    let mut errors = 0usize;
    let result = export(&options, &mut |message| {
        errors += usize::from(message.diagnostic.is_error());
        println!("{message}");
        if github {
            println!(
                "{}",
                message
                    .diagnostic
                    .github_annotation(&options.site.join(&message.path).to_string_lossy())
            );
        }
    });
    match result {
        Ok(summary) => {
            let seconds = started.elapsed().as_secs_f64();
            eprintln!(
                "talkcard export: {} talk pages from {} events in {:.2} s ({:.0} pages/s) into {}{}",
                summary.talk_pages,
                summary.events,
                seconds,
                summary.talk_pages as f64 / seconds.max(1e-9),
                options.out.display(),
                match summary.files_with_errors {
                    0 => String::new(),
                    n => format!("; {n} files with errors ({errors} errors), shown on their pages"),
                }
            );
            report_languages(&summary.languages);
            if options.base_url.is_none() {
                eprintln!(
                    "talkcard export: no --base-url: pages have no canonical address and there is no sitemap.xml"
                );
            }
            if summary.files_with_errors > 0 {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(err) => {
            eprintln!("talkcard export: {err}");
            ExitCode::FAILURE
        }
    }
}

/// `--lang EVENT=TAG`: the event, and the shipped language the tag asks for.
#[cfg(not(target_arch = "wasm32"))]
fn language_option(value: &str) -> Result<(String, talkcard::language::Language), String> {
    use talkcard::language::Language;
    let Some((event, tag)) = value
        .split_once('=')
        .filter(|(e, t)| !e.is_empty() && !t.is_empty())
    else {
        return Err(format!(
            "--lang {value:?}: write EVENT=TAG, as in 2025-sao-paulo=pt-BR"
        ));
    };
    let shipped: Vec<&str> = Language::ALL.iter().map(|l| l.tag()).collect();
    match Language::of_tag(tag) {
        Some(language) => Ok((event.to_owned(), language)),
        None => Err(format!(
            "--lang {value:?}: talkcard does not write {tag:?}; it writes {}",
            shipped.join(", ")
        )),
    }
}

/// What language each event's pages are in and why: a line for each event not in English, or
/// asked for; one line for the events in English as detected.
#[cfg(not(target_arch = "wasm32"))]
fn report_languages(languages: &[(String, talkcard::export::Decision)]) {
    use talkcard::export::Why;
    use talkcard::language::Language;
    let mut english = 0;
    for (event, decision) in languages {
        if decision.language == Language::English && decision.why != Why::Asked {
            english += 1;
        } else {
            eprintln!("talkcard export: {event} in {decision}");
        }
    }
    let other = if english < languages.len() {
        "other "
    } else {
        ""
    };
    match english {
        0 => {}
        1 => eprintln!(
            "talkcard export: the {other}event in en: its talk files are in English, or too short to tell"
        ),
        n => eprintln!(
            "talkcard export: the {other}{n} events in en: their talk files are in English, or too short to tell"
        ),
    }
}

/// A file in a `speakers` folder, as Hugo sites lay them out (`content/events/…/speakers/`).
#[cfg(not(target_arch = "wasm32"))]
fn in_speakers_folder(path: &str) -> bool {
    let path = std::path::Path::new(path);
    path.parent()
        .is_some_and(|folder| folder.components().any(|c| c.as_os_str() == "speakers"))
}

/// The summary line and diagnostics of a file that could not be read at all.
#[cfg(not(target_arch = "wasm32"))]
fn unreadable(error: talkcard::Diagnostic) -> (String, Vec<talkcard::Diagnostic>) {
    (format!("error: {}", error.message()), vec![error])
}
