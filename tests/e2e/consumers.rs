//! The exported pages read by real consumers, not by a browser: a link preview's scraper
//! (`open-graph-scraper` from npm) and the Nu Html Checker (`vnu-jar` from npm, on Debian's
//! Java). They read files, so they run once (listed for Chromium in `engines.txt`).

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::harness::published;

const TALK: &str = "events/2018-amsterdam/program/matt-stratton/index.html";

fn node_modules() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/node_modules"))
}

#[test]
#[ignore = "end-to-end: needs the built dist and node_modules (run scripts/test)"]
fn a_link_preview_reads_the_title_description_address_and_picture_of_an_exported_page() {
    let out = published();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/consumers/link-preview.mjs");
    let output = Command::new("node")
        .arg(script)
        .args([
            TALK,
            "events/2018-amsterdam/program/index.html",
            "events/index.html",
        ])
        .current_dir(out)
        .output()
        .expect("node runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let found: Value = serde_json::from_slice(&output.stdout).unwrap();
    let talk = &found[0];
    assert_eq!(talk["error"], false, "{talk}");
    assert_eq!(
        talk["title"],
        "How Do You Infect Your Organization With Humane Ops? · 2018 Amsterdam"
    );
    assert!(
        talk["description"]
            .as_str()
            .unwrap()
            .starts_with("Richard Dawkins described memes"),
        "{talk}"
    );
    assert_eq!(
        talk["url"],
        "https://talkcard.example/published/events/2018-amsterdam/program/matt-stratton/"
    );
    let image = talk["image"].as_str().unwrap();
    assert!(
        image.starts_with("https://i.ytimg.com/vi/") && image.ends_with("/hqdefault.jpg"),
        "{image}"
    );
    assert!(talk["imageAlt"].as_str().unwrap().contains("Humane Ops"));
    assert_eq!(talk["twitterCard"], "summary_large_image");
    assert_eq!(talk["jsonLd"][0]["@type"], "Event");
    assert_eq!(talk["jsonLd"][0]["performer"][0]["name"], "Matty Stratton");
    assert_eq!(found[1]["title"], "Program · 2018 Amsterdam");
    assert_eq!(found[2]["title"], "Events");
}

#[test]
#[ignore = "end-to-end: needs the built dist, node_modules and Java (run scripts/test)"]
fn the_nu_html_checker_finds_no_error_in_exported_pages() {
    let out = published();
    // The embed is a fragment for other pages: checked inside a minimal host page.
    let embed =
        std::fs::read_to_string(out.join("events/2018-amsterdam/program/matt-stratton/embed.html"))
            .unwrap();
    let host = out.join("host-for-checking.html");
    std::fs::write(
        &host,
        format!(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Host</title></head>\
             <body>{embed}</body></html>"
        ),
    )
    .unwrap();
    let output = Command::new("java")
        .arg("-jar")
        .arg(node_modules().join("vnu-jar/build/dist/vnu.jar"))
        .arg("--errors-only")
        .args([
            TALK,
            // A talk file with errors: its page shows them.
            "events/2024-sao-paulo/program/bernardo-lankheet/index.html",
            // A timetable, a program grid without a schedule, the events index.
            "events/2019-chicago/program/index.html",
            "events/2025-montreal/program/index.html",
            "events/index.html",
            "host-for-checking.html",
        ])
        .current_dir(out)
        .output()
        .expect("java runs");
    let _ = std::fs::remove_file(&host);
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
