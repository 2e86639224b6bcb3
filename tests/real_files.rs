//! Each framing and field case of `tests/fixtures/devopsdays/EDGE_CASES.md`, on the real file
//! that showed it. (The corpus test covers every file; these say what is expected and why.)

// Native only: they read the HTML as the native sanitiser leaves it.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use talkcard::front_matter::{self, Format};
use talkcard::media::Provider;
use talkcard::{Speaker, Talk, TalkKind};

fn bytes(file: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/devopsdays")
            .join(file),
    )
    .unwrap()
}

fn talk(file: &str) -> Talk {
    let url = format!("https://example.org/{file}");
    Talk::from_bytes(&bytes(file), Some(&url)).unwrap()
}

fn no_diagnostics(talk: &Talk) {
    assert!(talk.diagnostics.is_empty(), "{:?}", talk.diagnostics);
}

#[test]
fn a4_trailing_spaces_on_delimiters_and_values() {
    let t = talk("talks/2016-raleigh/michael-dehaan.md");
    assert_eq!(
        front_matter::parse(
            std::str::from_utf8(&bytes("talks/2016-raleigh/michael-dehaan.md")).unwrap()
        )
        .format,
        Some(Format::Toml)
    );
    assert!(!t.title.is_empty());
    assert!(!t.has_errors(), "{:?}", t.diagnostics);
}

#[test]
fn a6_no_body_and_d9_a_blank_title() {
    let t = talk("talks/2018-tel-aviv/gadi-naor.md");
    assert_eq!(t.title, "");
    assert!(t.body.is_empty());
    assert_eq!(t.speakers, ["gadi-naor"]);
    assert_eq!(
        t.diagnostics[0].to_string(),
        "line 5: the talk has no title: set `Title`"
    );
}

#[test]
fn a2_a_body_line_starting_with_dashes() {
    let t = talk("talks/2017-istanbul/arup-chakrabarti.md");
    // Its one note is about the old format (D3), not about the dashes.
    assert_eq!(t.diagnostics.len(), 1, "{:?}", t.diagnostics);
    assert!(t.diagnostics[0].message().starts_with("old format"));
    assert!(
        t.body_html()
            .contains("You build it, you own it, you operate it")
    );
}

#[test]
fn a7_blank_lines_before_the_closing_delimiter() {
    let t = talk("talks/2021-houston/aakash-shah.md");
    no_diagnostics(&t);
    assert!(!t.body_html().is_empty());
}

#[test]
fn a13_a16_multi_line_array_with_trailing_comma_and_a_new_talk_type() {
    let t = talk("talks/new-events_2019-berlin/daniel-maher-ignite.md");
    assert_eq!(t.speakers, ["daniel-maher"]);
    assert_eq!(t.kind, TalkKind::Other("new-talk".into()));
    assert_eq!(
        t.media.primary.as_ref().unwrap().provider(),
        Provider::Notist
    );
    assert_eq!(
        t.media.primary.as_ref().unwrap().page_url(),
        "https://noti.st/phrawzty/G68Po8"
    );
}

#[test]
fn a12_escaped_quotes_and_b7_an_upper_case_slug() {
    let t = talk("talks/2018-silicon-valley/tom-mcLaughlin.md");
    assert_eq!(
        t.title,
        "Serverless Ops: What to do when the server \"goes away\"?"
    );
    assert_eq!(t.speakers, ["tom-mcLaughlin"]);
}

#[test]
fn a9_odd_keys_are_kept() {
    let t = talk("talks/2017-dallas/john-willis.md");
    assert!(t.fields.get("-date").is_some());
}

#[test]
fn a3_the_broken_toml_file() {
    let t = talk("talks/2024-sao-paulo/bernardo-lankheet.md");
    assert_eq!(
        t.diagnostics[0].to_string(),
        "line 5, column 104: invalid TOML: unexpected key or value, expected newline, `#` (a stray `\"` after the closing quote?)"
    );
    assert_eq!(
        t.title,
        "Apresentando metricas de negocio com Grafana, correlacionando dados de diferentes Datasources"
    );
    assert_eq!(t.speakers, ["bernardo-lankheet"]);
}

#[test]
fn b1_crlf_speaker_files_and_a10_comments() {
    let s = Speaker::from_bytes(&bytes("speakers/2018-porto-alegre/carla-souza.md"), None).unwrap();
    assert_eq!(s.name, "Carla Souza");
    assert!(s.diagnostics.is_empty(), "{:?}", s.diagnostics);
    let s = Speaker::from_bytes(&bytes("speakers/2017-tel-aviv/nir-cohen.md"), None).unwrap();
    assert_eq!(s.name, "Nir Cohen");
}

#[test]
fn a11_an_unquoted_offset_datetime() {
    let s = Speaker::from_bytes(&bytes("speakers/2017-zurich/dave-halter.md"), None).unwrap();
    assert_eq!(
        s.fields.text("date").as_deref(),
        Some("2017-03-15T20:37:34+01:00")
    );
}

#[test]
fn c2_c3_full_youtube_urls_and_playlists() {
    let t = talk("talks/2017-amsterdam/zane-lackey.md");
    assert_eq!(
        t.media.primary.as_ref().unwrap().provider(),
        Provider::YouTube
    );
    let a = talk("talks/2018-amsterdam/matt-stratton.md");
    assert_eq!(
        a.media.primary.unwrap().page_url(),
        "https://www.youtube.com/watch?v=76o64wuU4bA"
    );
}

#[test]
fn c1_bare_ids_with_dashes_and_underscores() {
    for (file, id) in [
        ("talks/2018-minneapolis/ian-coldwater.md", "n9ljS-TQRQE"),
        ("talks/2017-chicago/arrested-devops.md", "Xca7xjkiA_U"),
        ("talks/2018-london/louise-paling.md", "F8_54_YrhPk"),
    ] {
        let t = talk(file);
        assert_eq!(
            t.media.primary.unwrap().page_url(),
            format!("https://www.youtube.com/watch?v={id}"),
            "{file}"
        );
    }
}

#[test]
fn c6_c7_c8_slides() {
    let t = talk("talks/2019-sao-paulo/jaqueline-ramos.md");
    let providers: Vec<Provider> = t
        .media
        .primary
        .iter()
        .chain(&t.media.also)
        .map(|m| m.provider())
        .collect();
    assert!(providers.contains(&Provider::SlideShare), "{providers:?}");
    let t = talk("talks/2018-london/jamie-tanna.md");
    let urls: Vec<String> = t
        .media
        .primary
        .iter()
        .chain(&t.media.also)
        .map(|m| m.page_url())
        .collect();
    assert!(urls.iter().all(|u| !u.contains(' ')), "{urls:?}");
}

#[test]
fn d1_types_are_first_class() {
    assert_eq!(
        talk("talks/2024-amsterdam/keynote-sasha-rosenbaum.md").kind,
        TalkKind::Keynote
    );
    assert_eq!(
        talk("talks/2024-amsterdam/ws-joao-rosa.md").kind,
        TalkKind::Workshop
    );
}

#[test]
fn d5_placeholder_speakers_warn() {
    let t = talk("talks/2018-amsterdam/open-space-one-day-one.md");
    assert!(
        t.diagnostics
            .iter()
            .any(|d| d.message() == "speaker `You` looks like a placeholder, not a speaker's slug")
    );
}

#[test]
fn d10_placeholder_titles_warn() {
    for file in [
        "talks/2019-des-moines/christopher-hunt.md",
        "talks/2018-chicago/kris-nova.md",
        "talks/2019-porto-alegre/wildt-lacerda.md",
    ] {
        let t = talk(file);
        assert!(
            t.diagnostics
                .iter()
                .any(|d| d.message().contains("looks like a placeholder")),
            "{file}"
        );
    }
}

#[test]
fn d3_old_format_title_lifted_from_the_body_and_speakers_named_by_title() {
    // The Hugo theme shows the speaker's name as the talk's title, and "Title:" in the body.
    let t = talk("talks/2016-chicago/adam-jacob.md");
    assert_eq!(t.title, "The Evolution of Automation");
    assert!(t.speakers.is_empty());
    assert_eq!(t.named_speakers, ["Adam Jacob"]);
    let html = t.body_html();
    assert!(
        !html.contains("Title:") && !html.contains("Description:"),
        "{html}"
    );
    assert!(html.contains("fundamentals of automation"), "{html}");

    let t = talk("talks/2016-raleigh/rebecca-fernandez.md");
    assert_eq!(t.title, "Tools aren't just about tech");
    assert_eq!(t.named_speakers, ["Rebecca Fernandez", "Jen Krieger"]);

    // Markdown labels too.
    let t = talk("talks/2016-portland/kelsey-hightower.md");
    assert_eq!(t.title, "No Ops");
    assert_eq!(t.named_speakers, ["Kelsey Hightower"]);

    // An empty "Title:" line: nothing to lift, the file is read as written.
    let t = talk("talks/2017-zurich/cyrill-ruetimann.md");
    assert_eq!(t.title, "Cyrill Ruetimann");
    assert!(t.named_speakers.is_empty());
}

#[test]
fn e3_legacy_raw_html_keeps_its_text_and_loses_its_scripts() {
    // A Speaker Deck <script> embed inside legacy div.span-15 wrappers.
    let t = talk("talks/2016-chicago/abejide-ayodele.md");
    let html = t.body_html();
    assert!(
        html.contains("Braintree decided to rebuild its CI system"),
        "{html}"
    );
    assert!(!html.contains("<script"), "{html}");
}

#[test]
fn e4_e6_a_youtube_shortcode_in_the_body_becomes_the_player() {
    let t = talk("talks/2016-chicago/heidi-waterhouse.md");
    assert_eq!(
        t.media.primary.as_ref().unwrap().page_url(),
        "https://www.youtube.com/watch?v=K3VjhM3SJBM"
    );
    assert!(!t.body_html().contains("{{"));
}

#[test]
fn e6_event_link_shortcodes_are_text() {
    let t = talk("talks/2017-singapore/dave-kerr.md");
    assert!(t.body_html().contains("view full program"));
    assert!(!t.body_html().contains("{{"));
}

#[test]
fn f2_speaker_junk_is_left_out() {
    let s = Speaker::from_bytes(&bytes("speakers/2018-cape-town/joe-nuspl.md"), None).unwrap();
    assert!(
        s.links
            .iter()
            .any(|l| l.text.starts_with('@') && l.url.starts_with("https://x.com/")),
        "{:?}",
        s.links
    );
    let s = Speaker::from_bytes(&bytes("speakers/2024-istanbul/nagihan-kivanc.md"), None).unwrap();
    assert!(
        s.links
            .iter()
            .all(|l| l.kind != talkcard::speaker::LinkKind::Twitter)
    );
}

#[test]
fn b6_mojibake_is_pointed_at_with_its_line() {
    let t = talk("talks/2024-sao-paulo/bernardo-lankheet.md");
    let warning = t
        .diagnostics
        .iter()
        .find(|d| d.message().contains("mojibake"))
        .expect("a mojibake warning");
    assert_eq!(warning.line, Some(10));
    assert!(warning.message().starts_with("\"â€\" looks like mojibake"));
}
