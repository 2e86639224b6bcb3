//! Pages that arrive as HTML (`talkcard export`), in a real browser: the exported corpus
//! ([`crate::harness::published`]) served as a static host serves it. The card is in the
//! page's HTML; nothing of talkcard runs until the visitor reaches for the card (a pointer
//! over it, a press, keyboard focus); then the live card takes it over with no change to its
//! tree, carrying over the focus and a press made before; afterwards it works as the app's card
//! does; without script it still reads complete.

use fantoccini::Locator;
use serde_json::Value;
use std::time::Duration;

use crate::harness::{Browser, Server, published};

const TALK: &str = "/published/events/2018-amsterdam/program/matt-stratton/";
const LIVE: &str = "#talkcard-page[data-talkcard-live] .talkcard[data-state='ready']";

/// Whether some card on the page is live.
async fn live(browser: &Browser) -> bool {
    has(browser, "[data-talkcard-live]").await
}

/// Waits for the live card's privacy-mode player, started in place: the visitor is still on
/// the talk's page.
async fn plays_in_place(browser: &Browser) {
    let frame = browser
        .wait_for(&format!("{LIVE} iframe.talkcard-frame"))
        .await;
    let src = frame.attr("src").await.unwrap().unwrap();
    assert!(
        src.starts_with("https://www.youtube-nocookie.com/embed/"),
        "{src}"
    );
    let here = browser.client.current_url().await.unwrap();
    assert!(here.as_str().ends_with(TALK), "still on the page: {here}");
}

/// Whether the page has an element `css` finds.
async fn has(browser: &Browser, css: &str) -> bool {
    browser.client.find(Locator::Css(css)).await.is_ok()
}

/// Loaded, painted, and its bundle downloaded in the background: all a visitor who only reads
/// makes happen.
const SETTLED: &str =
    "return document.readyState === 'complete' && performance.getEntriesByType('resource')
    .some((e) => e.name.endsWith('talkcard_bg.wasm') && e.responseEnd > 0)";

/// The card's tree in the page's HTML as it arrived (fetched again and parsed, no script run)
/// and in the live page, each as JSON: elements with their attributes sorted (links and
/// pictures by the address they resolve to) and their text, adjacent text merged, a run of
/// whitespace between blocks read as one space (invisible outside `<pre>`; the sanitisers
/// differ there on 4 of the corpus's 207 talks).
const TREE: &str = r#"
const tree = (node) => {
  if (node.nodeType === Node.TEXT_NODE) return node.data;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const attributes = [...node.attributes].map((a) => {
    const value = (a.name === 'href' || a.name === 'src') && a.value
      ? new URL(a.value, location.href).href : a.value;
    return `${a.name}=${value}`;
  }).sort();
  const children = [];
  for (const child of node.childNodes) {
    const t = tree(child);
    if (t === null || t === '') continue;
    if (typeof t === 'string' && typeof children[children.length - 1] === 'string') {
      children[children.length - 1] += t;
    } else {
      children.push(t);
    }
  }
  // Whitespace between blocks, which the two sanitisers (ammonia ahead, DOMPurify live) write
  // with different runs of spaces and line breaks, and which no one sees outside <pre>: one space.
  const pre = !!node.closest('pre');
  return [node.localName, attributes, children.map((c) => (typeof c === 'string' && !pre && /^\s+$/.test(c) ? ' ' : c))];
};
"#;

const TREES: &str = r#"
const done = arguments[arguments.length - 1];
fetch(location.href).then((r) => r.text()).then((html) => {
  const arrived = new DOMParser().parseFromString(html, 'text/html');
  done({
    before: JSON.stringify(tree(arrived.querySelector('#talkcard-page .talkcard'))),
    after: JSON.stringify(tree(document.querySelector('#talkcard-page .talkcard'))),
  });
});
"#;

/// [`TREES`] for a host page's pasted `embed.html`: the card in the declarative shadow root's
/// template as it arrived, and in the mount point's shadow root now.
const EMBED_TREES: &str = r#"
const done = arguments[arguments.length - 1];
fetch(location.href).then((r) => r.text()).then((html) => {
  const arrived = new DOMParser().parseFromString(html, 'text/html');
  const template = arrived.querySelector('[data-talkcard-src] > template');
  done({
    before: JSON.stringify(tree(template.content.querySelector('.talkcard'))),
    after: JSON.stringify(tree(document.querySelector('[data-talkcard-src]').shadowRoot.querySelector('.talkcard'))),
  });
});
"#;

async fn trees(browser: &Browser) -> (String, String) {
    trees_by(browser, TREES).await
}

pub(crate) async fn trees_by(browser: &Browser, script: &str) -> (String, String) {
    let value: Value = browser
        .client
        .execute_async(&format!("{TREE}{script}"), vec![])
        .await
        .unwrap();
    (
        value["before"].as_str().unwrap().to_owned(),
        value["after"].as_str().unwrap().to_owned(),
    )
}

/// Where two serialised trees first differ, with some context.
pub(crate) fn first_difference(before: &str, after: &str) -> String {
    let at = before
        .bytes()
        .zip(after.bytes())
        .position(|(a, b)| a != b)
        .unwrap_or(before.len().min(after.len()));
    let from = at.saturating_sub(120);
    let context = |s: &str| {
        s.get(from..(at + 120).min(s.len()))
            .unwrap_or("")
            .to_owned()
    };
    format!(
        "at byte {at}:\n  arrived: …{}…\n  live:    …{}…",
        context(before),
        context(after)
    )
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn an_exported_talk_page_becomes_live_without_a_change_to_its_card() {
    published();
    let server = Server::start();
    let browser = Browser::start().await;
    // The pointer out of the card's way (WebKit's may rest where the card will be drawn).
    browser.pointer_away().await;
    browser.goto(&format!("{}{TALK}", server.origin)).await;
    browser
        .wait_until("the page settled", SETTLED, vec![])
        .await;
    // A second more, and the card is still the page's own: talkcard waits to be reached for.
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert!(
        !live(&browser).await,
        "nothing ran before the visitor reached for the card"
    );
    browser.reach_for("#talkcard-page .talkcard-title").await;
    browser.wait_for(LIVE).await;
    // The speaker's photo has loaded (or failed) by now in the live card too.
    browser.wait_for(".talkcard-avatar").await;
    let (before, after) = trees(&browser).await;
    assert!(before.contains("How Do You Infect Your Organization With Humane Ops?"));
    assert!(
        before.contains("Matty Stratton"),
        "the speaker file was read ahead"
    );
    assert_eq!(before, after, "{}", first_difference(&before, &after));
    browser.screenshot("exported-talk-page").await;

    // The comparison sees a difference when there is one: the same page, one prop changed.
    browser
        .goto(&format!(
            "{}/published/events/2018-amsterdam/program/matt-stratton/mutant.html",
            server.origin
        ))
        .await;
    browser.reach_for("#talkcard-page .talkcard-title").await;
    browser.wait_for(LIVE).await;
    let (before, after) = trees(&browser).await;
    assert_ne!(before, after);
    assert!(after.contains("Humane Operations?"));

    // The first press on play, the card not live yet: held, then made on the live card, which
    // starts the privacy-mode player in place.
    browser.pointer_away().await;
    browser.goto(&format!("{}{TALK}", server.origin)).await;
    browser
        .wait_until("the page settled", SETTLED, vec![])
        .await;
    assert!(!live(&browser).await);
    browser.click(Locator::Css(".talkcard-play")).await;
    plays_in_place(&browser).await;
    // The calendar button is the exported .ics beside the page.
    let calendar = browser.attr("a.talkcard-calendar", "href").await.unwrap();
    // (WebKit's driver answers with the resolved address, the others with the attribute.)
    assert!(calendar.ends_with("matt-stratton.ics"), "{calendar}");
    let ics: Value = browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             fetch(arguments[0]).then((r) => r.text()).then(done);",
            vec![Value::String(calendar)],
        )
        .await
        .unwrap();
    assert!(
        ics.as_str()
            .unwrap()
            .contains("SUMMARY:How Do You Infect Your Organization")
    );
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn a_keyboard_visitor_keeps_the_focus_as_the_card_goes_live_and_plays_with_enter() {
    published();
    let server = Server::start();
    let browser = Browser::start().await;
    browser.pointer_away().await;
    browser.goto(&format!("{}{TALK}", server.origin)).await;
    browser
        .wait_until("the page settled", SETTLED, vec![])
        .await;
    assert!(!live(&browser).await);
    // Tab from the top of the page into the card: the focus coming in is the visitor reaching
    // for it, and stays on the same control when the live card takes over.
    browser
        .client
        .execute(
            // (An array filled, not a global assigned: Firefox runs a test's scripts in a sandbox.)
            "window.__entered = [];
             document.addEventListener('focusin', (e) => {
               const t = e.target;
               if (!__entered.length && t.closest('#talkcard-page'))
                 __entered.push([t.localName, t.className, t.textContent.slice(0, 60), !!t.closest('[data-talkcard-live]')]);
             }, true);",
            vec![],
        )
        .await
        .unwrap();
    let mut tabs = 0;
    let entered = loop {
        let entered = browser
            .client
            .execute("return __entered[0] ?? null", vec![])
            .await
            .unwrap();
        if entered.is_array() {
            break entered;
        }
        tabs += 1;
        assert!(tabs < 40, "Tab never reached the card");
        browser.press_key(fantoccini::key::Key::Tab).await;
    };
    assert_eq!(entered[3], false, "the card was live before it was reached");
    browser.wait_for(LIVE).await;
    let now = browser
        .client
        .execute(
            "const e = document.activeElement;
             return [e.localName, e.className, e.textContent.slice(0, 60), !!e.closest('[data-talkcard-live]')]",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        now,
        serde_json::json!([entered[0], entered[1], entered[2], true]),
        "the same control of the live card has the focus"
    );
    // On to the play control, and Enter plays in place.
    const ON_PLAY: &str = "return !!document.activeElement?.matches('.talkcard-play')";
    while browser.client.execute(ON_PLAY, vec![]).await.unwrap() != Value::Bool(true) {
        tabs += 1;
        assert!(tabs < 60, "Tab never reached the play control");
        browser.press_key(fantoccini::key::Key::Tab).await;
    }
    browser.press_key(fantoccini::key::Key::Enter).await;
    browser
        .wait_for(&format!("{LIVE} iframe.talkcard-frame"))
        .await;
    let here = browser.client.current_url().await.unwrap();
    assert!(here.as_str().ends_with(TALK), "still on the page: {here}");
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn a_press_during_which_the_card_goes_live_is_made_on_the_live_card() {
    published();
    let server = Server::start();
    let browser = Browser::start().await;
    // The bundle takes its time (a slow phone network): the visitor presses play while it is
    // still on its way, and the card goes live while the button is down.
    server.set_bundle_delay(1500);
    let press = async || {
        browser.pointer_away().await;
        browser.goto(&format!("{}{TALK}", server.origin)).await;
        browser.wait_for("#talkcard-page .talkcard-play").await;
        browser
            .client
            .execute(
                // (An array filled, not a global assigned: Firefox runs a test's scripts in a sandbox.)
                "window.__downs = [];
                 document.addEventListener('pointerdown', () =>
                   __downs.push(!!document.querySelector('[data-talkcard-live]')), true);",
                vec![],
            )
            .await
            .unwrap();
        browser.press_and_hold(".talkcard-play").await;
        browser.wait_for(LIVE).await;
        let downs = browser
            .client
            .execute("return __downs", vec![])
            .await
            .unwrap();
        assert_eq!(
            downs,
            serde_json::json!([false]),
            "pressed before the card was live"
        );
    };
    // Down and up then land on two trees (WebKit makes no click of them): the press is made on
    // the live card's control all the same.
    press().await;
    browser.release(false).await;
    plays_in_place(&browser).await;
    assert!(
        !has(&browser, "[data-talkcard-pending]").await,
        "no press left waiting"
    );

    // The same press slid off the control before the button came up: no press at all.
    press().await;
    browser.release(true).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(
        !has(&browser, "iframe.talkcard-frame").await,
        "a press let go elsewhere plays nothing"
    );
    assert!(
        !has(&browser, "[data-talkcard-pending]").await,
        "no press left waiting"
    );
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn an_exported_event_leads_to_its_talks_and_a_long_bio_opens_once_live() {
    published();
    let server = Server::start();
    let browser = Browser::start().await;
    browser
        .goto(&format!("{}/published/events/", server.origin))
        .await;
    browser
        .click(Locator::Css("a[href='2019-chicago/program/']"))
        .await;
    browser
        .wait_for("section.talkcard-day[id='2019-08-27']")
        .await;
    browser.screenshot("exported-event-page").await;
    browser
        .click(Locator::Css("[data-slug='garima-sharma'] .talkcard-open"))
        .await;
    browser
        .reach_for("#talkcard-page[data-talkcard-prerendered] .talkcard-title")
        .await;
    browser.wait_for(LIVE).await;
    assert_eq!(
        browser.text(".talkcard-title").await,
        "Let's play a real life Dungeon and Dragons"
    );
    // The same page again, "more" pressed before its card is live: the bio opens once it is.
    browser.pointer_away().await;
    let here = browser.client.current_url().await.unwrap();
    browser.goto(here.as_str()).await;
    browser
        .wait_for("#talkcard-page .talkcard-bio--collapsed")
        .await;
    assert!(!live(&browser).await);
    browser.click(Locator::Css(".talkcard-more")).await;
    browser
        .wait_for("#talkcard-page[data-talkcard-live] .talkcard-more[aria-expanded='true']")
        .await;
    assert!(
        browser
            .client
            .find(Locator::Css(".talkcard-bio--collapsed"))
            .await
            .is_err()
    );
    browser.close().await;
}

/// The exported page at `path` in a browser with script off (Chromium's DevTools), once `ready`
/// shows: the page as it arrived, untouched by anything of talkcard's. The server is returned to
/// be kept for the test's length.
async fn without_script(path: &str, ready: &str) -> (Server, Browser) {
    published();
    let server = Server::start();
    let browser = Browser::start().await;
    browser
        .cdp(
            "Emulation.setScriptExecutionDisabled",
            serde_json::json!({ "value": true }),
        )
        .await;
    browser.goto(&format!("{}{path}", server.origin)).await;
    browser.wait_for(ready).await;
    assert!(
        browser
            .client
            .find(Locator::Css("[data-talkcard-live]"))
            .await
            .is_err(),
        "no script ran"
    );
    (server, browser)
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn with_javascript_off_an_exported_page_reads_complete() {
    let (_server, browser) = without_script(TALK, ".talkcard[data-state='ready']").await;
    assert_eq!(
        browser.text(".talkcard-title").await,
        "How Do You Infect Your Organization With Humane Ops?"
    );
    assert_eq!(
        browser.text(".talkcard-speaker-name").await,
        "Matty Stratton"
    );
    assert!(browser.text(".talkcard-when").await.contains("2018"));
    let play = browser.attr("a.talkcard-play", "href").await.unwrap();
    assert!(
        play.starts_with("https://www.youtube-nocookie.com/embed/"),
        "{play}"
    );
    assert!(
        browser
            .attr("a.talkcard-calendar", "href")
            .await
            .unwrap()
            .ends_with("matt-stratton.ics")
    );
    browser.screenshot("exported-talk-page-no-script").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn with_javascript_off_an_exported_event_page_links_its_talks_and_calendar_and_shows_no_dead_control()
 {
    let (_server, browser) = without_script(EVENT, ".talkcard-timetable[data-state='ready']").await;
    // Every talk links its page; the schedule's calendar is a file beside the page.
    assert_eq!(
        browser
            .attr(".talkcard-timetable a[href='garima-sharma/']", "href")
            .await
            .as_deref(),
        Some("garima-sharma/")
    );
    let calendar = browser
        .client
        .find(Locator::Css(".talkcard-program-tools a.talkcard-calendar"))
        .await
        .unwrap();
    assert_eq!(
        calendar.attr("href").await.unwrap().as_deref(),
        Some("2019-chicago.ics")
    );
    assert!(calendar.is_displayed().await.unwrap());
    assert!(
        published()
            .join("events/2019-chicago/program/2019-chicago.ics")
            .is_file()
    );
    // What needs script (search, type filters, My talks, stars) is not shown to do nothing.
    for css in [
        ".talkcard-search input",
        ".talkcard-program-tools button",
        ".talkcard-star",
    ] {
        let found = browser.client.find_all(Locator::Css(css)).await.unwrap();
        assert!(!found.is_empty(), "{css} is drawn ahead");
        for element in found {
            assert!(!element.is_displayed().await.unwrap(), "{css} is shown");
        }
    }
    browser.screenshot("exported-event-page-no-script").await;
    browser.close().await;
}

/// The card in a pasted `embed.html`, read through the mount point's shadow root.
const EMBEDDED: &str = "const root = document.querySelector('[data-talkcard-src]').shadowRoot;
    const card = root && root.querySelector('.talkcard');
    return card && {
      title: card.querySelector('.talkcard-title').textContent,
      speaker: card.querySelector('.talkcard-speaker-name').textContent,
      radius: getComputedStyle(card).borderTopLeftRadius,
      live: !!root.querySelector('.talkcard-host[data-talkcard-live]'),
      frame: root.querySelector('iframe.talkcard-frame')?.src ?? null,
      after: document.querySelector('[data-talkcard-src] + p').textContent,
    };";

async fn embedded(browser: &Browser) -> Value {
    browser.client.execute(EMBEDDED, vec![]).await.unwrap()
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn a_host_page_that_pasted_an_exported_embed_shows_it_without_script_and_makes_it_live() {
    published();
    let server = Server::start();
    let browser = Browser::start().await;
    // Without any script of talkcard's: the card is there, styled, in its shadow root.
    browser
        .goto(&format!("{}/published-host-static.html", server.origin))
        .await;
    let card = embedded(&browser).await;
    assert_eq!(
        card["title"],
        "How Do You Infect Your Organization With Humane Ops?"
    );
    assert_eq!(card["speaker"], "Matty Stratton");
    assert_ne!(
        card["radius"], "0px",
        "the card's own stylesheet applies: {card}"
    );
    assert_eq!(card["live"], false);
    assert_eq!(card["after"], "The host's own text after it.");
    browser.screenshot("exported-embed-no-script").await;

    // With embed.js: the same card becomes live, its tree unchanged, and plays in place.
    browser
        .goto(&format!("{}/published-host.html", server.origin))
        .await;
    browser.reach_for("[data-talkcard-src]").await;
    browser
        .wait_until(
            "the pasted card is live",
            "const root = document.querySelector('[data-talkcard-src]').shadowRoot;
             return !!root.querySelector('.talkcard-host[data-talkcard-live] .talkcard[data-state=ready]')",
            vec![],
        )
        .await;
    let (before, after) = trees_by(&browser, EMBED_TREES).await;
    assert!(before.contains("Matty Stratton"));
    assert_eq!(before, after, "{}", first_difference(&before, &after));
    browser
        .client
        .execute(
            "document.querySelector('[data-talkcard-src]').shadowRoot.querySelector('.talkcard-play').click()",
            vec![],
        )
        .await
        .unwrap();
    browser
        .wait_until(
            "the player in place",
            "return !!document.querySelector('[data-talkcard-src]').shadowRoot.querySelector('iframe.talkcard-frame')",
            vec![],
        )
        .await;
    let card = embedded(&browser).await;
    assert!(
        card["frame"]
            .as_str()
            .unwrap()
            .starts_with("https://www.youtube-nocookie.com/embed/"),
        "{card}"
    );
    browser.screenshot("exported-embed-live").await;
    browser.close().await;
}

/// The exported talk pages of the corpus, by their addresses under `/published/`.
fn corpus_talk_pages() -> Vec<String> {
    let events = published().join("events");
    let mut pages = Vec::new();
    for event in std::fs::read_dir(&events).unwrap() {
        let program = event.unwrap().path().join("program");
        let Ok(talks) = std::fs::read_dir(&program) else {
            continue;
        };
        for talk in talks {
            let talk = talk.unwrap().path();
            if talk.join("index.html").is_file() {
                let relative = talk.strip_prefix(published()).unwrap();
                pages.push(format!("/published/{}/", relative.display()));
            }
        }
    }
    pages.sort();
    pages
}

/// How long one corpus page may take before its driver counts as stuck (WebKit's driver, on a
/// loaded machine, once never answered a command: the run waited until CI's limit).
const PAGE_DEADLINE: Duration = Duration::from_secs(90);

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn every_exported_talk_page_of_the_corpus_becomes_live_unchanged() {
    let pages = corpus_talk_pages();
    assert!(pages.len() > 200, "{}", pages.len());
    let server = Server::start();
    let mut browser = Browser::start().await;
    let mut changed = Vec::new();
    for page in &pages {
        let url = format!("{}{page}", server.origin);
        // A driver that stops answering is the machine's fault, not the page's: a fresh
        // session tries the page once more, and a second silence fails the test.
        let mut silences = 0;
        let difference = loop {
            match tokio::time::timeout(PAGE_DEADLINE, live_difference(&browser, &url)).await {
                Ok(difference) => break difference,
                Err(_) if silences == 0 => {
                    silences += 1;
                    eprintln!(
                        "{page}: {:?}'s driver did not answer in {PAGE_DEADLINE:?}; a new session tries again",
                        browser.engine
                    );
                    browser = Browser::start().await;
                }
                Err(_) => panic!("{page}: the driver did not answer twice in {PAGE_DEADLINE:?}"),
            }
        };
        if let Some(difference) = difference {
            changed.push(format!("{page}: {difference}"));
        }
    }
    browser.close().await;
    assert!(
        changed.is_empty(),
        "{} of {} pages changed:\n{}",
        changed.len(),
        pages.len(),
        changed.join("\n")
    );
}

/// Opens an exported talk page, reaches for its card, and says how the live card differs from
/// the card that arrived (`None`: not at all). Fails when talkcard stopped on the page.
async fn live_difference(browser: &Browser, url: &str) -> Option<String> {
    browser.goto(url).await;
    browser.reach_for("#talkcard-page .talkcard-title").await;
    browser
        .wait_for("#talkcard-page[data-talkcard-live] .talkcard")
        .await;
    let (before, after) = trees(browser).await;
    assert!(
        browser
            .client
            .find(Locator::Css(".talkcard-stopped"))
            .await
            .is_err(),
        "{url}: talkcard stopped"
    );
    (before != after).then(|| first_difference(&before, &after))
}

const EVENT: &str = "/published/events/2019-chicago/program/";
const LIVE_EVENT: &str = "#talkcard-page[data-talkcard-live] .talkcard-timetable";

/// The event page's timetable as it arrived and as it is now: [`TREES`] for the timetable.
pub(crate) const EVENT_TREES: &str = r#"
const done = arguments[arguments.length - 1];
fetch(location.href).then((r) => r.text()).then((html) => {
  const arrived = new DOMParser().parseFromString(html, 'text/html');
  done({
    before: JSON.stringify(tree(arrived.querySelector('#talkcard-page .talkcard-timetable'))),
    after: JSON.stringify(tree(document.querySelector('#talkcard-page .talkcard-timetable'))),
  });
});
"#;

/// The slugs of the talks the timetable shows, in page order.
async fn shown_talks(browser: &Browser) -> Vec<String> {
    let slugs = browser
        .client
        .execute(
            "return [...document.querySelectorAll('#talkcard-page .talkcard-slot--talk')]
               .map((slot) => slot.dataset.slug)",
            vec![],
        )
        .await
        .unwrap();
    serde_json::from_value(slugs).unwrap()
}

/// Opens the exported event page and waits until it has loaded and downloaded the app bundle
/// in the background, as for a visitor who only reads: nothing of it is live yet.
async fn open_event_page(browser: &Browser, url: &str) {
    browser.goto(url).await;
    browser
        .wait_until(
            "the event page settled, the app bundle downloaded",
            "return document.readyState === 'complete' && performance.getEntriesByType('resource')
               .some((e) => e.name.endsWith('talkcard-app_bg.wasm') && e.responseEnd > 0)",
            vec![],
        )
        .await;
    assert!(
        !live(browser).await,
        "nothing live before the visitor reaches"
    );
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn an_exported_event_page_goes_live_on_reach_with_search_stars_and_the_now_line() {
    published();
    let server = Server::start();
    // The event's own zone: no second "your time" line once live.
    let browser = Browser::start_in_zone("America/Chicago").await;
    let page = format!("{}{EVENT}", server.origin);
    open_event_page(&browser, &page).await;
    // The pointer comes over the page: the same timetable, now the live one.
    browser.reach_for(".talkcard-timetable-title").await;
    browser.wait_for(LIVE_EVENT).await;
    let (before, after) = trees_by(&browser, EVENT_TREES).await;
    assert!(
        before == after,
        "the live timetable is the one drawn ahead, {}",
        first_difference(&before, &after)
    );
    let all = shown_talks(&browser).await;
    assert!(
        all.len() > 2 && all.iter().any(|s| s == "jeff-smith"),
        "{all:?}"
    );

    // A search typed while the bundle is still on its way (a slow phone network; the box's
    // focus is the reach): the page goes live with it, narrowed to the one talk it names.
    server.set_bundle_delay(2000);
    browser.goto(&page).await;
    browser.wait_for(".talkcard-search input").await;
    browser.search("dungeon").await;
    assert!(!live(&browser).await, "typed before the page is live");
    browser.wait_for(LIVE_EVENT).await;
    server.set_bundle_delay(0);
    browser
        .wait_until(
            "the search narrows the timetable",
            "return document.querySelectorAll('#talkcard-page .talkcard-slot--talk').length === 1",
            vec![],
        )
        .await;
    let focused = browser
        .client
        .execute(
            "return document.activeElement === document.querySelector('#talkcard-page[data-talkcard-live] .talkcard-search input')",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(focused, true, "the focus is in the live search box");
    assert_eq!(shown_talks(&browser).await, ["garima-sharma"]);
    assert_eq!(
        browser
            .client
            .execute(
                "return document.querySelector('.talkcard-search input').value",
                vec![]
            )
            .await
            .unwrap(),
        "dungeon"
    );

    // A star, pressed before the page is live, stays pressed across a reload and counts in
    // "My talks", which then shows that talk alone.
    open_event_page(&browser, &page).await;
    const STAR: &str = ".talkcard-slot--talk[data-slug='jeff-smith'] .talkcard-star";
    browser.click(Locator::Css(STAR)).await;
    browser
        .wait_for(&format!("{LIVE_EVENT} {STAR}[aria-pressed='true']"))
        .await;
    open_event_page(&browser, &page).await;
    browser.reach_for(".talkcard-timetable-title").await;
    browser
        .wait_for(&format!("{LIVE_EVENT} {STAR}[aria-pressed='true']"))
        .await;
    assert_eq!(browser.text(".talkcard-mine").await, "My talks (1)");
    browser.click(Locator::Css(".talkcard-mine")).await;
    browser
        .wait_for(".talkcard-mine[aria-pressed='true']")
        .await;
    assert_eq!(shown_talks(&browser).await, ["jeff-smith"]);
    // The same stars as the app's own timetable of the event (`?program=`).
    browser
        .open_timetable(&server.app(&format!(
            "?program={}/published/data/events/2019/chicago/main.yml",
            server.origin
        )))
        .await;
    browser
        .wait_for(&format!("{STAR}[aria-pressed='true']"))
        .await;

    // During the event (the visitor's clock: 2019-08-27, 10:00 in Chicago) the live page has
    // the now line and its link, which the page drawn ahead could not know.
    open_event_page(&browser, &format!("{page}?page=clock")).await;
    assert!(!has(&browser, ".talkcard-now").await);
    browser.reach_for(".talkcard-timetable-title").await;
    browser
        .wait_for(&format!("{LIVE_EVENT} .talkcard-now"))
        .await;
    browser.wait_for(".talkcard-jump-now").await;
    browser.screenshot("exported-event-page-live").await;
    browser.close().await;
}

/// The talks listed after the timetable ("More talks of the event"): each group's kind and
/// its talks' slugs.
const MORE_TALKS: &str = "return [...document.querySelectorAll('#more-talks .talkcard-kind-group')]
    .map((group) => [group.dataset.type, [...group.querySelectorAll('[data-slug]')].map((s) => s.dataset.slug)])";

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn an_exported_event_page_lists_and_links_the_talks_no_slot_names() {
    published();
    let server = Server::start();
    let browser = Browser::start().await;
    // Shaped like a held-out 2024 event: its ignites are files named `*-ignite.md` (or
    // `ignite-*.md`) that say `Type = "talk"`, the schedule has one "Ignites" custom slot, and
    // a talk and a workshop are in no slot.
    let page = format!(
        "{}/published/events/2032-harbourview/program/",
        server.origin
    );
    open_event_page(&browser, &page).await;
    let expected = serde_json::json!([
        [
            "ignite",
            [
                "ines-moreau-ignite",
                "ignite-priya-raman",
                "sven-olsen-ignite"
            ]
        ],
        ["talk", ["tomas-ruiz"]],
        ["workshop", ["ws-helm-by-hand"]],
    ]);
    let listed = browser.client.execute(MORE_TALKS, vec![]).await.unwrap();
    assert_eq!(listed, expected, "drawn ahead");
    browser.reach_for(".talkcard-timetable-title").await;
    browser.wait_for(LIVE_EVENT).await;
    let listed = browser.client.execute(MORE_TALKS, vec![]).await.unwrap();
    assert_eq!(listed, expected, "live");
    browser.screenshot("exported-event-more-talks").await;
    // The type filters count them with the timetable's, and narrow to them.
    assert_eq!(
        browser
            .text(".talkcard-kind-filter[data-type='ignite']")
            .await,
        "Ignites (3)"
    );
    browser
        .click(Locator::Css(".talkcard-kind-filter[data-type='ignite']"))
        .await;
    browser
        .wait_for(".talkcard-kind-filter[data-type='ignite'][aria-pressed='true']")
        .await;
    assert_eq!(
        shown_talks(&browser).await,
        [
            "ines-moreau-ignite",
            "ignite-priya-raman",
            "sven-olsen-ignite"
        ]
    );
    browser
        .click(Locator::Css(".talkcard-kind-filter[data-type='ignite']"))
        .await;
    // Each leads to its talk's page.
    browser
        .click(Locator::Css(
            "#more-talks [data-slug='sven-olsen-ignite'] a.talkcard-open",
        ))
        .await;
    browser
        .wait_for("#talkcard-page[data-talkcard-prerendered] .talkcard-title")
        .await;
    assert_eq!(
        browser.text(".talkcard-title").await,
        "Tabs, Spaces and Other Wars"
    );
    browser.close().await;
}

/// A host page (`/page-cards.html`) whose mount points name `srcs`.
fn page_cards(server: &Server, srcs: &[String]) -> String {
    let query: String = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(srcs.iter().map(|s| ("src", s.as_str())))
        .finish();
    format!("{}/page-cards.html?{query}", server.origin)
}

/// Each mount point's card as a visitor sees it: its state, its title (or error title), whether
/// its stylesheet has let it show, and whether it is live.
const MOUNTED: &str =
    "return [...document.querySelectorAll('[data-talkcard-src]')].map((mount) => {
    const card = mount.shadowRoot?.querySelector('.talkcard');
    const host = mount.shadowRoot?.querySelector('.talkcard-host');
    return card && {
      state: card.dataset.state,
      title: card.querySelector('.talkcard-title, .talkcard-error-title')?.textContent,
      detail: card.querySelector('.talkcard-error-detail')?.textContent ?? null,
      shown: !!host && !host.hidden && getComputedStyle(card).display !== 'none',
      theme: card.dataset.theme ?? null,
      live: mount.shadowRoot.querySelector('[data-talkcard-live]') !== null,
    };
  })";

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn a_host_page_names_cards_by_their_exported_pages_and_shows_them_before_the_bundle() {
    published();
    let server = Server::start();
    let browser = Browser::start().await;
    // The bundle is slow to come (a phone network): the cards are there long before it.
    server.set_bundle_delay(4000);
    let srcs = [
        "/published/events/2018-amsterdam/program/matt-stratton/".to_owned(),
        "/published/events/2024-amsterdam/program/keynote-sasha-rosenbaum/".to_owned(),
        // Another origin, which allows it (CORS), as GitHub Pages does.
        format!(
            "{}/cors-ok/published/events/2021-zurich/program/busra-koken/",
            server.other_origin
        ),
    ];
    browser.goto(&page_cards(&server, &srcs)).await;
    let cards = browser
        .wait_until(
            "three cards shown",
            &format!(
                "const cards = (() => {{ {MOUNTED} }})();
                 return cards.every((c) => c && c.shown) ? cards : null;"
            ),
            vec![],
        )
        .await;
    let wasm_in = browser
        .client
        .execute(
            "return performance.getEntriesByType('resource').some((e) => e.name.endsWith('_bg.wasm') && e.responseEnd > 0)",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(wasm_in, false, "shown before the bundle arrived");
    let titles: Vec<&str> = cards
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "How Do You Infect Your Organization With Humane Ops?",
            "Failing to Learn vs Learning to Fail",
            "Whole Wide World of DevOps: Are You Lost Yet?"
        ],
        "{cards}"
    );
    assert_eq!(cards[1]["theme"], "dark", "the mount point's theme");
    assert!(cards.as_array().unwrap().iter().all(|c| c["live"] == false));
    browser.screenshot("page-cards-ahead").await;
    // A press on play, while the bundle is still on its way, plays in place once it is live.
    let play = browser
        .element_from(
            "return document.querySelector('[data-talkcard-src]').shadowRoot.querySelector('.talkcard-play')",
        )
        .await;
    play.click().await.unwrap();
    let src = browser
        .wait_until(
            "the player in the first card",
            "return document.querySelector('[data-talkcard-src]').shadowRoot
               .querySelector('[data-talkcard-live] iframe.talkcard-frame')?.src ?? null",
            vec![],
        )
        .await;
    assert!(
        src.as_str()
            .unwrap()
            .starts_with("https://www.youtube-nocookie.com/embed/"),
        "{src}"
    );
    server.set_bundle_delay(0);
    // Once live, the cards on the other page are the same cards, theme kept.
    let cards = browser.client.execute(MOUNTED, vec![]).await.unwrap();
    assert_eq!(cards[1]["theme"], "dark", "{cards}");
    assert_eq!(cards[0]["live"], true, "{cards}");
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn a_card_named_by_a_page_that_is_not_a_talkcard_talk_page_says_so() {
    published();
    let server = Server::start();
    let browser = Browser::start().await;
    let srcs = [
        // A page talkcard wrote, but not a talk's.
        "/published/events/".to_owned(),
        // No such page.
        "/published/events/2018-amsterdam/program/nobody/".to_owned(),
        // A page shaped like one, whose card holds a handler: refused whole, nothing run.
        "/fake-talk-page/".to_owned(),
        // Another origin that does not allow it.
        format!(
            "{}/published/events/2018-amsterdam/program/matt-stratton/",
            server.other_origin
        ),
    ];
    browser.goto(&page_cards(&server, &srcs)).await;
    let cards = browser
        .wait_until(
            "four error cards",
            &format!(
                "const cards = (() => {{ {MOUNTED} }})();
                 return cards.every((c) => c && c.state === 'error') ? cards : null;"
            ),
            vec![],
        )
        .await;
    let details: Vec<&str> = cards
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            assert_eq!(c["title"], "This card's page cannot be shown", "{c}");
            c["detail"].as_str().unwrap()
        })
        .collect();
    assert!(
        details[0].ends_with("/published/events/ is not a talk page written by talkcard export."),
        "{details:?}"
    );
    assert!(details[1].contains("answered HTTP 404"), "{details:?}");
    assert!(
        details[2].contains("holds a onerror attribute"),
        "{details:?}"
    );
    assert!(details[3].contains("(CORS)"), "{details:?}");
    let pwned = browser
        .client
        .execute("return window.__pwned === true", vec![])
        .await
        .unwrap();
    assert_eq!(pwned, false, "nothing of the refused page ran");
    browser.screenshot("page-cards-errors").await;
    browser.close().await;
}
