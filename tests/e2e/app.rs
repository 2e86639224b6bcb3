//! The standalone app: the landing page's examples and URL form, deep links with back and
//! forward, and the program view with its filters.

use fantoccini::Locator;

use crate::READY;
use crate::harness::{Browser, Server};

async fn title(browser: &Browser) -> String {
    browser.wait_for(READY).await;
    browser.text(".talkcard-title").await
}

/// Waits (at most 20 s) until the shown card's title is `expected`.
async fn wait_title(browser: &Browser, expected: &str) {
    browser
        .wait_until(
            &format!("the title {expected:?}"),
            "const t = document.querySelector('.talkcard[data-state=\"ready\"] .talkcard-title');
             return t && t.textContent === arguments[0];",
            vec![expected.into()],
        )
        .await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn landing_examples_url_form_and_back_forward() {
    let server = Server::start();
    let browser = Browser::start().await;
    browser.goto(&server.app("")).await;
    assert_eq!(
        title(&browser).await,
        "A Few Tips to Smooth Out a Backstage Roll Out"
    );
    browser.screenshot("landing").await;

    // An example: the URL bar holds the deep link.
    browser.click(Locator::LinkText("A keynote")).await;
    wait_title(&browser, "Failing to Learn vs Learning to Fail").await;
    let url = browser.client.current_url().await.unwrap();
    assert_eq!(
        url.query(),
        Some("talk=examples%2Fevents%2F2024-amsterdam%2Fprogram%2Fkeynote-sasha-rosenbaum.md")
    );

    // Paste a URL into the form.
    let input = browser
        .client
        .find(Locator::Css("#talkcard-url"))
        .await
        .unwrap();
    input.clear().await.unwrap();
    input
        .send_keys("examples/events/2021-zurich/program/busra-koken.md")
        .await
        .unwrap();
    // WebDriver's Enter key (a typed "\n" submits only in Chromium).
    input
        .send_keys(&char::from(fantoccini::key::Key::Enter).to_string())
        .await
        .unwrap();
    wait_title(&browser, "Whole Wide World of DevOps: Are You Lost Yet?").await;

    // Back, back, forward.
    browser.client.back().await.unwrap();
    wait_title(&browser, "Failing to Learn vs Learning to Fail").await;
    browser.client.back().await.unwrap();
    wait_title(&browser, "A Few Tips to Smooth Out a Backstage Roll Out").await;
    browser.client.forward().await.unwrap();
    wait_title(&browser, "Failing to Learn vs Learning to Fail").await;

    // A deep link opened directly (a fresh page load) shows the same card.
    browser.goto(url.as_str()).await;
    assert_eq!(
        title(&browser).await,
        "Failing to Learn vs Learning to Fail"
    );
    browser.close().await;
}

/// Titles, types and texts of the program's visible cards.
async fn visible_cards(browser: &Browser) -> Vec<(String, String)> {
    let value = browser
        .client
        .execute(
            "return [...document.querySelectorAll('.talkcard-program-item .talkcard')].map(c => [c.dataset.type || '', c.textContent.toLowerCase()])",
            vec![],
        )
        .await
        .unwrap();
    serde_json::from_value(value).unwrap()
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn a_program_of_131_talks_loads_and_filters() {
    let server = Server::start();
    let browser = Browser::start().await;
    browser
        .goto(&server.app("?program=examples/program.txt"))
        .await;
    browser
        .wait_for(".talkcard-program[data-state='ready']")
        .await;
    // All loaded (at most four at a time, in page order).
    browser
        .wait_for(".talkcard-program[data-loaded='131'][data-total='131']")
        .await;
    let all = visible_cards(&browser).await;
    assert_eq!(all.len(), 131);
    assert_eq!(
        browser.text(".talkcard-program-status").await,
        "Showing 131 of 131 talks"
    );
    browser.screenshot("program").await;

    // Search: every card left mentions it, and fewer than all are left.
    let search = browser
        .client
        .find(Locator::Css(".talkcard-search input"))
        .await
        .unwrap();
    search.send_keys("amsterdam").await.unwrap();
    let found = visible_cards(&browser).await;
    assert!(!found.is_empty() && found.len() < 131, "{}", found.len());
    assert!(found.iter().all(|(_, text)| text.contains("amsterdam")));
    search.clear().await.unwrap();
    search.send_keys(" ").await.unwrap();
    search.clear().await.unwrap();

    // Type filter: only keynotes, as many as the button says.
    let keynote = browser
        .client
        .find(Locator::Css(".talkcard-kind-filter[data-type='keynote']"))
        .await
        .unwrap();
    let label = keynote.text().await.unwrap();
    keynote.click().await.unwrap();
    let keynotes = visible_cards(&browser).await;
    assert!(!keynotes.is_empty());
    assert!(
        keynotes.iter().all(|(kind, _)| kind == "keynote"),
        "{keynotes:?}"
    );
    assert_eq!(label, format!("Keynote ({})", keynotes.len()));
    assert_eq!(
        keynote.attr("aria-pressed").await.unwrap().as_deref(),
        Some("true")
    );

    let violations = browser.accessibility_violations().await;
    assert!(violations.is_empty(), "axe on the program: {violations:#?}");
    browser.assert_no_third_party_requests(&server.origin).await;

    // A card opens the full card.
    let first_title = browser.text(".talkcard-program-item .talkcard-title").await;
    browser
        .click(Locator::Css(".talkcard-program-item .talkcard-open"))
        .await;
    browser
        .wait_for(".talkcard[data-layout='full'][data-state='ready']")
        .await;
    assert_eq!(browser.text(".talkcard-title").await, first_title);
    browser.close().await;
}

/// The wasm bundles a page fetched, by file name (Resource Timing).
async fn bundles(browser: &Browser) -> Vec<String> {
    let mut found: Vec<String> = browser
        .requested_urls()
        .await
        .into_iter()
        .filter_map(|url| url.rsplit('/').next().map(str::to_owned))
        .filter(|file| file.ends_with(".wasm"))
        .collect();
    found.sort();
    found
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn a_card_loads_only_the_card_bundle_and_the_app_loads_on_its_routes() {
    let server = Server::start();
    let browser = Browser::start().await;
    let talk = "?talk=examples/events/2024-amsterdam/program/keynote-sasha-rosenbaum.md";

    // A talk's deep link, the iframe view and a host page: the card bundle alone.
    for page in [
        server.app(talk),
        server.app(&format!("{talk}&embed=1")),
        server.app("examples/host.html"),
    ] {
        browser.goto(&page).await;
        browser
            .wait_until(
                "a ready card, in the page or a shadow root",
                "return [document, ...[...document.querySelectorAll('[data-talkcard-src]')].map(m => m.shadowRoot)]
                     .some(r => r && r.querySelector('.talkcard[data-state=ready]'))",
                vec![],
            )
            .await;
        assert_eq!(bundles(&browser).await, ["talkcard_bg.wasm"], "{page}");
    }
    // The iframe view without a talk: the demo, which the card bundle fetches from beside the
    // app (only the app bundle carries its text).
    browser.goto(&server.app("?embed=1")).await;
    wait_title(&browser, "A Few Tips to Smooth Out a Backstage Roll Out").await;
    assert_eq!(bundles(&browser).await, ["talkcard_bg.wasm"]);

    // The talk page's links to the app's routes load the app.
    browser.goto(&server.app(talk)).await;
    browser.wait_for(READY).await;
    browser
        .click(Locator::LinkText("Preview your own talk"))
        .await;
    browser.wait_for(".talkcard-editor").await;
    assert_eq!(bundles(&browser).await, ["talkcard-app_bg.wasm"]);

    // The landing page and a program: the app bundle alone, and a talk opened from them stays
    // in it, without a page load.
    browser.goto(&server.app("")).await;
    browser.wait_for(READY).await;
    assert_eq!(bundles(&browser).await, ["talkcard-app_bg.wasm"]);
    browser.click(Locator::LinkText("A keynote")).await;
    wait_title(&browser, "Failing to Learn vs Learning to Fail").await;
    assert_eq!(bundles(&browser).await, ["talkcard-app_bg.wasm"]);
    browser
        .goto(&server.app("?program=examples/program.txt"))
        .await;
    browser.wait_for(READY).await;
    assert_eq!(bundles(&browser).await, ["talkcard-app_bg.wasm"]);
    browser.close().await;
}
