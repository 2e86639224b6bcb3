//! Every visitor's browser (issue 20): whatever language the browser names, dates are written;
//! whatever fails, no card is left blank; and what Lighthouse found on the talk page.

use serde_json::{Value, json};

use crate::READY;
use crate::harness::{Browser, Engine, Server};

/// The card's `when` line for 2019 Chicago's jeff-smith.md on the app page, with the browser's
/// languages set to `lang` (tests/fixtures/pages/languages.js), in the browser's own zone.
async fn when_with_languages(browser: &Browser, server: &Server, lang: &str) -> String {
    let talk = server.site_content_talk("2019-chicago/jeff-smith.md");
    let query = format!("?visitor={lang}&talk={talk}");
    browser.goto(&server.app_page("languages", &query)).await;
    browser
        .wait_for(".talkcard-when[data-source='schedule']")
        .await;
    browser.text(".talkcard-when").await
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn any_language_setting_gets_its_dates_written_and_never_an_exception() {
    let server = Server::start();
    let browser = Browser::start_in_zone("America/Chicago").await;
    const ENGLISH: &str = "Took place on Tuesday, August 27, 2019 · 9:15 AM–9:45 AM (UTC-05:00)";
    // A POSIX locale name is read as the language it names.
    assert_eq!(
        when_with_languages(&browser, &server, "en_US.UTF-8").await,
        ENGLISH
    );
    // German words and a German date (never the two languages mixed), the times as each
    // engine's own data writes them ("9:15" in Chromium, "09:15" in Firefox).
    let german = |when: String| {
        assert!(
            when.starts_with("Fand statt am Dienstag, 27. August 2019 · ")
                && when.contains("9:15–")
                && when.ends_with("9:45 (UTC-05:00)"),
            "{when}"
        );
    };
    german(when_with_languages(&browser, &server, "de_DE").await);
    // The first language Intl accepts wins.
    german(when_with_languages(&browser, &server, "C,x-invalid,de").await);
    // None that talkcard ships or that is a language at all: English, with the day, the times
    // and the offset.
    for lang in ["C", "", "x-invalid", "POSIX", "%F0%9F%8E%A4"] {
        let when = when_with_languages(&browser, &server, lang).await;
        assert!(
            when.starts_with("Took place on Tuesday, August 27, 2019 · ")
                && when.contains("2019")
                && when.contains("27")
                && when.ends_with("(UTC-05:00)")
                && when.contains(':'),
            "languages {lang:?}: {when:?}"
        );
    }

    // A host page whose visitor's browser says "C": all three cards complete.
    browser
        .goto(&format!(
            "{}/site-host-languages.html?visitor=C",
            server.origin
        ))
        .await;
    let cards = browser
        .wait_until(
            "three complete cards",
            "const cards = [...document.querySelectorAll('[data-talkcard-src]')]
               .map(m => m.shadowRoot && m.shadowRoot.querySelector('.talkcard'));
             const done = cards.every(c => c && c.dataset.state === 'ready'
               && c.querySelector('.talkcard-when[data-source]')
               && c.querySelector('.talkcard-title').textContent.trim());
             return done && cards.map(c => c.querySelector('.talkcard-when').textContent);",
            vec![],
        )
        .await;
    let cards = cards.as_array().unwrap();
    assert_eq!(cards.len(), 3, "{cards:?}");
    for when in cards {
        assert!(
            when.as_str().unwrap().contains("2019"),
            "a date on every card: {cards:?}"
        );
    }

    // A timetable for that visitor: every slot's card complete.
    let program = format!("{}/site/data/events/2019/chicago/main.yml", server.origin);
    browser
        .open_timetable(&server.app_page("languages", &format!("?visitor=C&program={program}")))
        .await;
    let slots = browser
        .wait_until(
            "every slot's card complete",
            "const cards = [...document.querySelectorAll('.talkcard-slot--talk .talkcard')];
             return cards.length > 0 && cards.every(c => c.dataset.state !== 'loading')
               && [...document.querySelectorAll('.talkcard-day-title')].map(h => h.textContent);",
            vec![],
        )
        .await;
    assert_eq!(slots.as_array().unwrap().len(), 2, "{slots}");
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn in_webkit_on_a_c_locale_system_the_language_is_c_and_every_card_is_complete() {
    if Engine::current() != Engine::WebKit {
        // What this checks is WebKit's: the other engines name a real language.
        return;
    }
    let server = Server::start();
    let browser = Browser::start_in_zone("America/Chicago").await;
    let talk = server.site_content_talk("2019-chicago/jeff-smith.md");
    browser.goto(&server.app(&format!("?talk={talk}"))).await;
    let language = browser
        .client
        .execute("return navigator.language", vec![])
        .await
        .unwrap();
    assert_eq!(
        language,
        json!("C"),
        "the suite's WebKit runs under LANG=C.UTF-8"
    );
    browser
        .wait_for(".talkcard-when[data-source='schedule']")
        .await;
    let when = browser.text(".talkcard-when").await;
    assert!(when.ends_with("(UTC-05:00)"), "{when}");
    browser.close().await;
}

/// Every card of the failing host page: its state, whether it shows the stopped notice, its
/// title (when it kept one), and the notice's detail.
const CARDS: &str = "return [...document.querySelectorAll('[data-talkcard-src]')].map(m => {
    const card = m.shadowRoot && m.shadowRoot.querySelector('.talkcard');
    if (!card) return null;
    const title = card.querySelector('.talkcard-title');
    const detail = card.querySelector('.talkcard-stopped .talkcard-error-detail');
    return {
      state: card.dataset.state,
      stopped: card.querySelector('.talkcard-stopped .talkcard-error-title')?.textContent ?? null,
      title: title ? title.textContent : null,
      detail: detail ? detail.textContent : null,
      skeleton: !!card.querySelector('.talkcard-skeleton'),
      busy: card.getAttribute('aria-busy'),
    };
  });";

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn a_failure_leaves_no_card_blank_and_the_host_page_as_it_was() {
    let server = Server::start();
    let browser = Browser::start().await;
    browser
        .goto(&format!("{}/failing-host.html", server.origin))
        .await;
    // Two cards are in; the third's file is still on its way (four seconds late).
    browser
        .wait_until(
            "two ready cards and one loading",
            &format!(
                "const cards = (() => {{ {CARDS} }})();
                 return cards.filter(c => c && c.state === 'ready').length === 2
                   && cards.filter(c => c && c.state === 'loading').length === 1;"
            ),
            vec![],
        )
        .await;
    // talkcard panics now, as a bug in one card would: the host's own button calls talkcard's
    // fault injection, `failForTesting`.
    browser.click(fantoccini::Locator::Css("#break")).await;
    let thrown = browser
        .wait_until("the host's call to fail", "return window.__thrown", vec![])
        .await;
    // The wasm instance is gone: its caller sees the trap.
    assert!(
        thrown.as_str().is_some_and(|t| t.contains("RuntimeError")),
        "{thrown}"
    );
    let cards = browser.client.execute(CARDS, vec![]).await.unwrap();
    let cards = cards.as_array().unwrap();
    assert_eq!(cards.len(), 3, "{cards:?}");
    for card in cards {
        assert_eq!(card["state"], "error", "{card}");
        assert_eq!(
            card["stopped"], "talkcard stopped working on this page: reload it",
            "{card}"
        );
        assert!(
            card["detail"].as_str().unwrap().contains("one card broke"),
            "the panic's message in the detail: {card}"
        );
        assert_eq!(card["skeleton"], false, "{card}");
        assert_eq!(card["busy"], "false", "{card}");
    }
    // The two drawn cards stay readable under the notice; the loading one has only the notice.
    let titles: Vec<&Value> = cards.iter().map(|c| &c["title"]).collect();
    assert!(
        titles[0].as_str().is_some_and(|t| !t.is_empty()),
        "{titles:?}"
    );
    assert!(
        titles[1].as_str().is_some_and(|t| !t.is_empty()),
        "{titles:?}"
    );
    assert_eq!(titles[2], &Value::Null, "{titles:?}");

    // The slow file arrives: nothing draws over the notice.
    tokio::time::sleep(std::time::Duration::from_secs(5)).await;
    let later = browser.client.execute(CARDS, vec![]).await.unwrap();
    assert_eq!(later[2]["state"], "error", "{later}");
    assert_eq!(later[2]["title"], Value::Null, "{later}");

    // A card the host adds now says so too, rather than staying empty.
    browser
        .client
        .execute(
            "const mount = document.createElement('div');
             mount.setAttribute('data-talkcard-src', '/site/content/events/2019-chicago/program/jeff-smith.md');
             document.body.append(mount);",
            vec![],
        )
        .await
        .unwrap();
    let added = browser
        .wait_until(
            "the added mount point's notice",
            "const m = document.querySelectorAll('[data-talkcard-src]')[3];
             const card = m.shadowRoot && m.shadowRoot.querySelector('.talkcard[data-state=\"error\"] .talkcard-stopped');
             return card && card.textContent;",
            vec![],
        )
        .await;
    assert!(
        added.as_str().unwrap().contains("one card broke"),
        "{added}"
    );

    // The host's own content is untouched.
    assert_eq!(browser.text("#host-title").await, "DevOpsDays Chicago 2019");
    assert_eq!(
        browser.text("#host-footer").await,
        "The organisers' own text."
    );
    browser.screenshot("stopped-host-page").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn the_talk_page_has_a_favicon_and_an_abstracts_headings_nest_under_the_title() {
    let server = Server::start();
    let browser = Browser::start().await;
    // A real abstract that opens with `##### TALK DESCRIPTION` under the card's h2.
    let talk = "../fixtures/devopsdays/talks/2017-dallas/manah-khalil.md";
    browser.goto(&server.app(&format!("?talk={talk}"))).await;
    browser.wait_for(READY).await;
    let outline = browser
        .client
        .execute(
            "return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
               .map(h => h.localName + ' ' + h.textContent.trim())",
            vec![],
        )
        .await
        .unwrap();
    let outline: Vec<String> = serde_json::from_value(outline).unwrap();
    assert!(
        outline.iter().any(|h| h == "h3 TALK DESCRIPTION"),
        "{outline:?}"
    );
    // No level is skipped on the way down.
    let levels: Vec<u8> = outline.iter().map(|h| h.as_bytes()[1] - b'0').collect();
    for pair in levels.windows(2) {
        assert!(pair[1] <= pair[0] + 1, "a level skipped: {outline:?}");
    }
    // The page names an icon, and it is there (no 404 in the visitor's console).
    let icon = browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const link = document.querySelector('link[rel=\"icon\"]');
             if (!link) { done('no icon link'); return; }
             fetch(link.href).then(r => r.text().then(t => done(r.status + ' ' + t.slice(0, 4))), e => done(String(e)));",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(icon, json!("200 <svg"));
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn a_browser_that_refuses_storage_clipboard_and_parsing_gets_told_not_broken() {
    let server = Server::start();
    let browser = Browser::start().await;
    // The sanitiser cannot run: the card is complete, and the abstract says what it left out
    // rather than showing anything unchecked.
    let talk = "../fixtures/devopsdays/talks/2018-amsterdam/matt-stratton.md";
    browser
        .goto(&server.app_page("hostile-browser", &format!("?talk={talk}")))
        .await;
    browser.wait_for(READY).await;
    assert_eq!(
        browser.text(".talkcard-title").await,
        "How Do You Infect Your Organization With Humane Ops?"
    );
    let abstract_text = browser.text(".talkcard-abstract").await;
    assert!(
        abstract_text.contains("could not be checked in this browser, so it is not shown"),
        "{abstract_text}"
    );
    assert!(!abstract_text.contains("Patient Zero"), "{abstract_text}");

    // The editor cannot save: it says so at once, and the preview still follows the typing.
    browser
        .goto(&server.app_page("hostile-browser", "?edit"))
        .await;
    browser.wait_for("#talkcard-editor").await;
    let unsaved = browser.wait_for(".talkcard-editor-unsaved").await;
    assert!(
        unsaved
            .text()
            .await
            .unwrap()
            .contains("download it before you close this page")
    );
    crate::editor::replace_text(
        &browser,
        "+++\ntitle = \"Unsaved but shown\"\ntype = \"talk\"\n+++\nText.\n",
    )
    .await;
    browser
        .wait_until(
            "the preview to follow",
            "return document.querySelector('.talkcard-editor-preview .talkcard-title')?.textContent === 'Unsaved but shown'",
            vec![],
        )
        .await;
    // No Clipboard API: the share link is shown to copy by hand, and nothing stopped.
    browser
        .click(fantoccini::Locator::XPath(
            "//button[normalize-space()='Copy share link']",
        ))
        .await;
    let link = browser.wait_for(".talkcard-share-link").await;
    assert!(
        link.prop("value")
            .await
            .unwrap()
            .unwrap_or_default()
            .contains("?edit#share=")
    );
    let stopped = browser
        .client
        .execute(
            "return document.querySelectorAll('.talkcard-stopped').length",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(stopped, json!(0));

    // A star in a timetable cannot be saved either: it is given for this visit, and said so.
    let program = format!("{}/site/data/events/2019/chicago/main.yml", server.origin);
    browser
        .open_timetable(&server.app_page("hostile-browser", &format!("?program={program}")))
        .await;
    assert!(
        browser
            .client
            .find(fantoccini::Locator::Css(".talkcard-stars-unsaved"))
            .await
            .is_err(),
        "nothing to say before a star is given"
    );
    browser
        .click(fantoccini::Locator::Css(
            ".talkcard-slot--talk[data-slug='jeff-smith'] .talkcard-star",
        ))
        .await;
    browser
        .wait_for(
            ".talkcard-slot--talk[data-slug='jeff-smith'] .talkcard-star[aria-pressed='true']",
        )
        .await;
    let unsaved = browser.wait_for(".talkcard-stars-unsaved").await;
    assert!(
        unsaved
            .text()
            .await
            .unwrap()
            .contains("they last until you leave this page")
    );
    browser.close().await;
}
