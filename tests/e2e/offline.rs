//! At the venue (issue 22): the app's own page keeps itself and the files it showed (a service
//! worker), so a timetable opened once opens again with the network down, says so and when its
//! files were saved, and updates itself once the network is back. It is installable (a web app
//! manifest with its icons). A host page that embeds a card gets no worker.

use serde_json::{Value, json};

use crate::harness::{Browser, Engine, Server};

/// The rooms of 2018 Amsterdam's first parallel workshops, as the timetable shows them.
const ROOMS: &str = "return [...document.querySelectorAll('.talkcard-slot[data-slug]')].slice(0, 6)
    .map((slot) => [slot.dataset.slug, slot.querySelector('.talkcard-slot-room')?.textContent ?? null,
      slot.querySelector('.talkcard-title')?.textContent ?? null])";

/// The addresses the worker keeps of the files the app fetched.
const KEPT: &str = "const done = arguments[arguments.length - 1];
    caches.open('talkcard-files').then((c) => c.keys()).then((keys) => done(keys.map((k) => k.url)), () => done([]));";

async fn kept(browser: &Browser) -> Vec<String> {
    let urls = browser.client.execute_async(KEPT, vec![]).await.unwrap();
    serde_json::from_value(urls).unwrap_or_default()
}

/// Cuts the network as a visitor's phone loses it: the server answers nothing, and in
/// Chromium the browser itself knows it is offline (`navigator.onLine`, DevTools emulation).
async fn network(browser: &Browser, server: &Server, up: bool) {
    server.set_down(!up);
    if browser.engine == Engine::Chromium {
        browser.cdp("Network.enable", json!({})).await;
        browser
            .cdp(
                "Network.emulateNetworkConditions",
                json!({ "offline": !up, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
            )
            .await;
    }
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn a_timetable_opened_once_opens_again_offline_and_updates_once_back() {
    let server = Server::start();
    let browser = Browser::start_in_zone("Europe/Amsterdam").await;
    let program = format!("{}/site/data/events/2018/amsterdam/main.yml", server.origin);
    let page = server.app(&format!("?program={program}"));
    browser.goto(&page).await;
    browser.every_card_in().await;
    let online = browser.client.execute(ROOMS, vec![]).await.unwrap();
    // The worker takes the page and keeps the schedule and the talks it showed.
    wait_kept(&browser, &["2018/amsterdam/main.yml", "matt-stratton.md"]).await;
    controlled(&browser).await;
    assert!(
        browser
            .client
            .find(fantoccini::Locator::Css(".talkcard-offline"))
            .await
            .is_err(),
        "online, no offline note"
    );

    // The network goes; the visitor opens the timetable again.
    network(&browser, &server, false).await;
    browser.goto(&page).await;
    browser.every_card_in().await;
    assert_eq!(
        browser.client.execute(ROOMS, vec![]).await.unwrap(),
        online,
        "the same timetable"
    );
    // (Asked as the page's files come in, the worker says when they were saved.)
    browser
        .wait_until(
            "an offline note with the time the files were saved",
            "return document.querySelector('.talkcard-offline[data-saved]') !== null",
            vec![],
        )
        .await;
    let note = browser.text(".talkcard-offline").await;
    assert!(
        note.starts_with("Offline: this is what talkcard saved on "),
        "{note}"
    );
    assert!(
        note.ends_with("It updates itself when the network is back."),
        "{note}"
    );
    let saved = browser
        .attr(".talkcard-offline", "data-saved")
        .await
        .unwrap();
    assert!(saved.starts_with("20"), "an ISO time: {saved}");
    browser.screenshot("timetable-offline").await;

    // The network comes back: the page asks again (at once where the browser says it is back
    // online, within ten seconds elsewhere) and the note goes.
    network(&browser, &server, true).await;
    browser
        .wait_until(
            "the offline note goes",
            "return document.querySelector('.talkcard-offline') === null",
            vec![],
        )
        .await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn the_app_is_installable_and_a_host_page_gets_no_worker() {
    let server = Server::start();
    let browser = Browser::start().await;
    browser.goto(&server.app("")).await;
    browser.wait_for(crate::READY).await;
    let manifest: Value = browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const link = document.querySelector('link[rel=manifest]');
             fetch(link.href).then((r) => r.json()).then(async (m) => {
               const icons = await Promise.all(m.icons.map((icon) => new Promise((ok) => {
                 const img = new Image();
                 img.onload = () => ok([icon.src, icon.sizes, img.naturalWidth]);
                 img.onerror = () => ok([icon.src, icon.sizes, 0]);
                 img.src = new URL(icon.src, link.href).href;
               })));
               done({ name: m.name, display: m.display, start: m.start_url, theme: m.theme_color, icons });
             }, (e) => done(String(e)));",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(manifest["name"], "talkcard");
    assert_eq!(manifest["display"], "standalone");
    assert_eq!(manifest["start"], "./");
    assert_eq!(manifest["theme"], "#3451b2");
    let icons = manifest["icons"].as_array().unwrap();
    let loaded: Vec<(String, i64)> = icons
        .iter()
        .map(|i| (i[0].as_str().unwrap().to_owned(), i[2].as_i64().unwrap()))
        .collect();
    assert_eq!(loaded.len(), 3, "{manifest}");
    for (src, width) in &loaded {
        assert!(*width > 0, "{src} did not load");
    }
    assert!(loaded.contains(&("icon-192.png".to_owned(), 192)));
    assert!(loaded.contains(&("icon-512.png".to_owned(), 512)));
    browser.close().await;

    // A host page with three embedded cards: no worker, in a browser that never saw the app.
    let browser = Browser::start().await;
    browser
        .goto(&format!("{}/site-host.html", server.origin))
        .await;
    browser
        .wait_until(
            "the cards",
            "return document.querySelectorAll('[data-talkcard-src]').length > 0 && [...document.querySelectorAll('[data-talkcard-src]')].every((m) => m.shadowRoot?.querySelector('.talkcard[data-state=ready]'))",
            vec![],
        )
        .await;
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    let workers = browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             navigator.serviceWorker.getRegistrations().then((r) => done(r.length), () => done(-1));",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(workers, json!(0), "no worker on a host page");
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn a_card_saved_offline_shows_the_sites_edit_once_the_network_is_back() {
    let server = Server::start();
    server.publish_edition(1);
    let browser = Browser::start().await;
    let page = server.app(&format!("?talk={}/live/edited.md", server.origin));
    browser.goto(&page).await;
    browser.wait_for(crate::READY).await;
    assert_eq!(browser.text(".talkcard-title").await, "Edition 1");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !kept(&browser)
        .await
        .iter()
        .any(|u| u.ends_with("/live/edited.md"))
    {
        assert!(std::time::Instant::now() < deadline, "never kept");
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    // Offline, the card as it was saved; meanwhile the site publishes an edit.
    network(&browser, &server, false).await;
    browser.goto(&page).await;
    browser.wait_for(crate::READY).await;
    assert_eq!(browser.text(".talkcard-title").await, "Edition 1");
    browser.wait_for(".talkcard-offline[data-saved]").await;
    server.publish_edition(2);
    // Back online: the page finds the newer file and shows it, by itself.
    network(&browser, &server, true).await;
    browser
        .wait_until(
            "the edited card, and no offline note",
            "return document.querySelector('.talkcard-title')?.textContent === 'Edition 2'
               && !document.querySelector('.talkcard-offline')",
            vec![],
        )
        .await;
    browser.close().await;
}

/// Waits until the worker controls the page.
async fn controlled(browser: &Browser) {
    browser
        .wait_until(
            "the worker controls the page",
            "return navigator.serviceWorker.controller !== null",
            vec![],
        )
        .await;
}

/// Waits until the worker keeps a file whose address ends with each of `ends`.
async fn wait_kept(browser: &Browser, ends: &[&str]) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let urls = kept(browser).await;
        if ends.iter().all(|end| urls.iter().any(|u| u.ends_with(end))) {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the worker kept {urls:?}, not all of {ends:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(250)).await;
    }
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn an_exported_event_page_and_the_talk_pages_it_links_open_again_offline() {
    crate::harness::published();
    let server = Server::start();
    let browser = Browser::start().await;
    let program = format!("{}/published/events/2019-chicago/program/", server.origin);
    let talk = format!("{program}garima-sharma/");
    // A talk page opened once, then its event's page: no card was reached for, no bundle ran.
    browser.goto(&format!("{program}jeff-smith/")).await;
    browser.wait_for("#talkcard-page .talkcard-title").await;
    wait_kept(&browser, &["/2019-chicago/program/jeff-smith/"]).await;
    browser.goto(&program).await;
    browser
        .wait_for("section.talkcard-day[id='2019-08-27']")
        .await;
    // The page itself, and (when idle) the talk pages it links, never opened.
    wait_kept(
        &browser,
        &[
            "/2019-chicago/program/",
            "/2019-chicago/program/garima-sharma/",
        ],
    )
    .await;
    controlled(&browser).await;
    assert!(
        browser
            .client
            .find(fantoccini::Locator::Css("[data-talkcard-live]"))
            .await
            .is_err(),
        "kept without any card going live"
    );

    // The network goes: the event page, a talk page it linked and the one opened before all
    // open again, each with the offline note.
    network(&browser, &server, false).await;
    browser.goto(&program).await;
    browser
        .wait_for("section.talkcard-day[id='2019-08-27'] [data-slug='garima-sharma']")
        .await;
    browser.wait_for(".talkcard-offline[data-saved]").await;
    let note = browser.text(".talkcard-offline").await;
    assert!(
        note.starts_with("Offline: this is what talkcard saved on "),
        "{note}"
    );
    browser.screenshot("exported-event-offline").await;
    browser.goto(&talk).await;
    assert_eq!(
        browser.text("#talkcard-page .talkcard-title").await,
        "Let's play a real life Dungeon and Dragons"
    );
    browser.wait_for(".talkcard-offline[data-saved]").await;
    browser.goto(&format!("{program}jeff-smith/")).await;
    browser.wait_for("#talkcard-page .talkcard-title").await;
    browser.wait_for(".talkcard-offline[data-saved]").await;
    // A page never opened nor linked from one: the network's answer (none), not a saved copy.
    // (A driver may report the browser's own error page as an error.)
    let _ = browser
        .client
        .goto(&format!("{}/published/events/", server.origin))
        .await;
    assert!(
        browser
            .client
            .find(fantoccini::Locator::Css(".talkcard-events-item"))
            .await
            .is_err(),
        "the events page was never kept"
    );

    // Back online: the note goes.
    network(&browser, &server, true).await;
    browser.goto(&program).await;
    browser
        .wait_until(
            "the offline note goes",
            "return document.querySelector('.talkcard-offline') === null
               && document.querySelector('[data-slug=garima-sharma]') !== null",
            vec![],
        )
        .await;
    browser.close().await;
}
