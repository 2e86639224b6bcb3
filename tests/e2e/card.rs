//! The card on a varied set of real corpus files, served like the real site: what a visitor
//! sees, that nothing is requested from third parties, and that axe-core finds no serious or
//! critical accessibility violation.

use fantoccini::Locator;

use crate::READY;
use crate::harness::{Browser, Server, Setup};

/// What a visitor must see for one real talk file.
struct Case {
    /// `<event>/<file>` in the corpus.
    talk: &'static str,
    title: &'static str,
    /// The type badge's `data-type`.
    kind: &'static str,
    /// The event line, from the URL.
    event: &'static str,
    /// The primary player's `data-provider`, if any.
    provider: Option<&'static str>,
    /// For videos: `data-video-id`.
    video_id: Option<&'static str>,
    /// Speaker names as the speaker boxes show them (from speaker files where they exist).
    speakers: &'static [&'static str],
    /// Text that must appear in the abstract.
    abstract_has: &'static str,
}

const CASES: &[Case] = &[
    Case {
        // Four speakers: two have speaker files, two get names from their slugs.
        talk: "2024-amsterdam/ws-nathen-harvey-amanda-lewis-dave-stanke.md",
        title: "Let's Improve - Leverage DORA to Improve Your Team's Software Delivery and Operations Performance",
        kind: "talk",
        event: "2024 Amsterdam",
        provider: None,
        video_id: None,
        speakers: &[
            "Nathen Harvey",
            "Amanda Lewis",
            "Dave Stanke",
            "Rob Edwards",
        ],
        abstract_has: "DORA",
    },
    Case {
        talk: "2017-kansascity/scott-howell-iii.md",
        title: "Changing culture through personal reflection",
        kind: "ignite",
        event: "2017 Kansascity",
        provider: None,
        video_id: None,
        speakers: &["Scott Howell Iii"],
        abstract_has: "",
    },
    Case {
        talk: "2024-amsterdam/keynote-sasha-rosenbaum.md",
        title: "Failing to Learn vs Learning to Fail",
        kind: "keynote",
        event: "2024 Amsterdam",
        provider: None,
        video_id: None,
        speakers: &["Sasha Czarkwoski (Rosenbaum)"],
        abstract_has: "",
    },
    Case {
        talk: "2024-amsterdam/ws-joao-rosa.md",
        title: "Leveraging Team Topologies for software evolution",
        kind: "workshop",
        event: "2024 Amsterdam",
        provider: None,
        video_id: None,
        speakers: &["João Rosa"],
        abstract_has: "",
    },
    Case {
        talk: "2021-zurich/busra-koken.md",
        title: "Whole Wide World of DevOps: Are You Lost Yet?",
        kind: "talk",
        event: "2021 Zurich",
        provider: Some("vimeo"),
        video_id: Some("625703801"),
        speakers: &["Busra Koken"],
        abstract_has: "",
    },
    Case {
        talk: "2017-zurich/alvaro-videla.md",
        title: "What We Talk About When We Talk About Distributed Systems",
        kind: "talk",
        event: "2017 Zurich",
        provider: Some("speakerdeck"),
        video_id: None,
        speakers: &["Alvaro Videla"],
        abstract_has: "",
    },
    Case {
        talk: "2017-galway/reliability_at_scale.md",
        title: "Reliability at Scale",
        kind: "talk",
        event: "2017 Galway",
        provider: Some("slideshare"),
        video_id: None,
        speakers: &["Praveen Kumar", "Sankalp Singh"],
        abstract_has: "",
    },
    Case {
        // `Youtube` is a full watch URL.
        talk: "2017-amsterdam/zane-lackey.md",
        title: "Practical tips for defending web applications in the age of agile/DevOps",
        kind: "talk",
        event: "2017 Amsterdam",
        provider: Some("youtube"),
        video_id: Some("Mae2iXUA7a4"),
        speakers: &["Zane Lackey"],
        abstract_has: "",
    },
    Case {
        // A playlist URL; the speaker file has a photo.
        talk: "2018-amsterdam/matt-stratton.md",
        title: "How Do You Infect Your Organization With Humane Ops?",
        kind: "talk",
        event: "2018 Amsterdam",
        provider: Some("youtube"),
        video_id: Some("76o64wuU4bA"),
        speakers: &["Matty Stratton"],
        abstract_has: "Patient Zero",
    },
    Case {
        // Old-format 2016 file: no Speakers key, the speaker's name as `title`, the talk's
        // title on a "Title:" line of a raw HTML body with a Speaker Deck <script> embed.
        talk: "2016-chicago/abejide-ayodele.md",
        title: "Lessons learnt from \"Shipping\" Containers",
        kind: "talk",
        event: "2016 Chicago",
        // The Speaker Deck script embed, which the sanitiser removes, becomes the slides card.
        provider: Some("speakerdeck"),
        video_id: None,
        speakers: &["Àbéjídé Àyodélé"],
        abstract_has: "Braintree decided to rebuild its CI system",
    },
    Case {
        // The corpus's broken TOML file: recovered, with the located error on top.
        talk: "2024-sao-paulo/bernardo-lankheet.md",
        title: "Apresentando metricas de negocio com Grafana, correlacionando dados de diferentes Datasources",
        kind: "talk",
        event: "2024 Sao Paulo",
        provider: None,
        video_id: None,
        speakers: &["Bernardo Lankheet"],
        abstract_has: "Nesta palestra irei abortar",
    },
    Case {
        talk: "2018-moscow/alexey-vahov.md",
        title: "Облака в облаках, опыт Учи.ру",
        kind: "talk",
        event: "2018 Moscow",
        provider: None,
        video_id: None,
        speakers: &["Alexey Vahov"],
        abstract_has: "",
    },
];

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn varied_real_talks_render_as_cards() {
    let server = Server::start();
    let browser = Browser::start().await;
    let mut failures = Vec::new();
    for case in CASES {
        browser.open_site_talk(&server, case.talk).await;
        let check = |what: &str, ok: bool, detail: String| {
            (!ok).then(|| format!("{}: {what}: {detail}", case.talk))
        };
        let title = browser.text(".talkcard-title").await;
        failures.extend(check("title", title == case.title, title));
        let kind = browser
            .attr(".talkcard-badge", "data-type")
            .await
            .unwrap_or_default();
        failures.extend(check("type", kind == case.kind, kind));
        let event = browser.text(".talkcard-event").await;
        failures.extend(check("event", event == case.event, event));
        let provider = match browser
            .client
            .find(Locator::Css(".talkcard > .talkcard-player"))
            .await
        {
            Ok(player) => player.attr("data-provider").await.unwrap(),
            Err(_) => None,
        };
        failures.extend(check(
            "provider",
            provider.as_deref() == case.provider,
            format!("{provider:?}"),
        ));
        if let Some(id) = case.video_id {
            let got = browser.attr(".talkcard-player", "data-video-id").await;
            failures.extend(check(
                "video id",
                got.as_deref() == Some(id),
                format!("{got:?}"),
            ));
        }
        let mut names = Vec::new();
        for name in browser
            .client
            .find_all(Locator::Css(".talkcard-speaker-name"))
            .await
            .unwrap()
        {
            names.push(name.text().await.unwrap());
        }
        failures.extend(check(
            "speakers",
            names == case.speakers,
            format!("{names:?}"),
        ));
        if !case.abstract_has.is_empty() {
            let text = browser.text(".talkcard-abstract").await;
            failures.extend(check(
                "abstract",
                text.contains(case.abstract_has),
                text.chars().take(80).collect(),
            ));
        }
        browser.assert_no_third_party_requests(&server.origin).await;
        for violation in browser.accessibility_violations().await {
            failures.push(format!("{}: axe: {violation}", case.talk));
        }
        let shot = case.talk.replace(['/', '.'], "_");
        browser.screenshot(&format!("card-{shot}")).await;
    }
    browser.close().await;
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn speaker_photos_load_and_fall_back_to_initials() {
    let server = Server::start();
    let browser = Browser::start().await;
    // matt-stratton.jpg is served; sasha-rosenbaum's photo is not (404): initials instead.
    let talk = server.site_talk("2018-amsterdam/matt-stratton.md");
    browser.goto(&server.app(&format!("?talk={talk}"))).await;
    browser
        .wait_for(".talkcard-speaker-box[data-speaker-state='found'] img.talkcard-avatar")
        .await;
    // The photo is lazy-loaded: wait (bounded) until the browser has decoded it.
    let mut loaded = serde_json::Value::Null;
    for _ in 0..100 {
        loaded = browser
            .client
            .execute(
                "const img = document.querySelector('img.talkcard-avatar'); \
                 return img && img.complete ? img.naturalWidth : null",
                vec![],
            )
            .await
            .unwrap();
        if !loaded.is_null() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(loaded, serde_json::json!(96));
    assert_eq!(
        browser.attr("img.talkcard-avatar", "alt").await.as_deref(),
        Some("Matty Stratton")
    );
    // The byline uses the speaker file's name too, not the slug's ("Matt Stratton").
    assert_eq!(browser.text(".talkcard-byline").await, "by Matty Stratton");
    let links = browser.text(".talkcard-speaker-links").await;
    assert!(links.contains("X (Twitter) @mattstratton"), "{links}");

    let talk = server.site_talk("2024-amsterdam/keynote-sasha-rosenbaum.md");
    browser.goto(&server.app(&format!("?talk={talk}"))).await;
    browser
        .wait_for(".talkcard-speaker-box[data-speaker-state='found'] .talkcard-avatar--initials")
        .await;
    assert_eq!(browser.text(".talkcard-avatar--initials").await, "SC");
    browser.screenshot("speaker-fallback").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn a_narrow_phone_screen_has_no_horizontal_scrolling() {
    let server = Server::start();
    let browser = Browser::start_phone(320).await;
    for talk in [
        "2024-amsterdam/ws-nathen-harvey-amanda-lewis-dave-stanke.md",
        "2018-amsterdam/matt-stratton.md",
        "2016-chicago/abejide-ayodele.md",
    ] {
        browser.open_site_talk(&server, talk).await;
        let widths = browser
            .client
            .execute(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]",
                vec![],
            )
            .await
            .unwrap();
        let (scroll, client) = (widths[0].as_u64().unwrap(), widths[1].as_u64().unwrap());
        assert!(client <= 320, "{talk}: viewport {client}px");
        assert!(
            scroll <= client,
            "{talk}: {scroll}px of content in a {client}px screen"
        );
        browser
            .screenshot(&format!("narrow-{}", talk.replace(['/', '.'], "_")))
            .await;
    }
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn dark_mode_follows_the_system_and_stays_accessible() {
    let server = Server::start();
    // As if the visitor's system were in dark mode.
    let browser = Browser::with(Setup {
        dark: true,
        ..Setup::default()
    })
    .await;
    browser
        .open_site_talk(
            &server,
            "2024-amsterdam/ws-nathen-harvey-amanda-lewis-dave-stanke.md",
        )
        .await;
    let background = browser
        .client
        .execute(
            "return getComputedStyle(document.querySelector('.talkcard')).backgroundColor",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(background, serde_json::json!("rgb(23, 25, 28)"));
    let violations = browser.accessibility_violations().await;
    assert!(violations.is_empty(), "axe in dark mode: {violations:#?}");
    browser.screenshot("dark").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn an_old_file_written_as_indented_html_shows_no_tag_as_text() {
    // Issue 15: a 2016-style body (a wrapper, indented lines, blank lines between sections)
    // whose later sections Markdown read as code; the fixture is of that shape.
    let server = Server::start();
    let browser = Browser::start().await;
    browser
        .goto(&server.app("?talk=/fixtures/legacy/events/2016-example/program/nix-workshop.md"))
        .await;
    browser.wait_for(READY).await;
    assert_eq!(
        browser.text(".talkcard-title").await,
        "Workshop - Reproducible Laptops with Nix"
    );
    assert_eq!(
        browser.text(".talkcard-byline").await,
        "by Jane Example and Sam Sample"
    );
    let shown = browser.text(".talkcard-abstract").await;
    for tag in ["<h2", "<ul", "<li", "<p>", "<img", "</div"] {
        assert!(!shown.contains(tag), "{tag} shows as text: {shown}");
    }
    assert!(shown.contains("Anyone who has lost a day"), "{shown}");
    let structure = browser
        .client
        .execute(
            "const a = document.querySelector('.talkcard-abstract');
             return [a.querySelectorAll('pre, code').length, a.querySelectorAll('h3').length, a.querySelectorAll('li').length];",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(structure, serde_json::json!([0, 2, 2]));
    browser.screenshot("legacy-html-body").await;
    browser.close().await;
}
