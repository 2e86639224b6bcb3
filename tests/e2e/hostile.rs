//! Hostile input and faults, in a real browser: nothing a talk file carries runs (with the
//! app's CSP, and on a host page without one, where only the sanitiser protects), oversized and
//! pathological files get a clear message in bounded time, and network faults say what failed.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::harness::{Browser, Server};

const HOSTILE: &str = "../fixtures/hostile/events/2099-hostile/program";

/// What the trap recorded: payloads that ran, and CSP violations in the page. Left out: the
/// inline script, style and attributes, and `<base>` elements, that the sanitiser's own parse
/// of a file's HTML, in an inert document, makes Chromium report before they are removed
/// (`tests/fixtures/trap.js`);
/// that nothing of them reaches the page is what the rest of the list says, and the page's own
/// elements are checked too.
pub(crate) async fn trap(browser: &Browser) -> (Value, Value) {
    let value = browser
        .client
        .execute(
            "return [window.__xss, window.__violations.filter(v =>
                 !/ inline (in detached markup|on <[a-z0-9-]+>, since cleaned)$/.test(v)
                 && !/^base-uri .* in detached markup$/.test(v))]",
            vec![],
        )
        .await
        .unwrap();
    (value[0].clone(), value[1].clone())
}

/// Every element of every card on the page (in the page or in a shadow root) that is, or
/// carries, something that runs script or loads a document: a script-capable element, an event
/// handler, `style` or `srcdoc`, or a URL attribute with a scheme other than http, https or
/// mailto (read as a browser reads it). Text attributes (`title`, `data-slug`) may say anything.
pub(crate) async fn dangerous_markup(browser: &Browser) -> Value {
    browser
        .client
        .execute(
            r#"const urls = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'cite', 'ping'];
               const tags = ['script', 'iframe', 'object', 'embed', 'style', 'form', 'svg', 'math', 'base', 'meta', 'link', 'frame', 'input', 'textarea', 'select', 'template', 'noscript'];
               const roots = [document, ...[...document.querySelectorAll('[data-talkcard-src]')].map(m => m.shadowRoot).filter(Boolean)];
               return roots.flatMap(r => [...r.querySelectorAll('.talkcard *')]).flatMap(e => {
                 const found = tags.includes(e.localName) ? ['<' + e.localName + '>'] : [];
                 return found.concat([...e.attributes]
                   .filter(a => a.name.startsWith('on') || a.name === 'srcdoc' || a.name === 'style'
                     || (urls.includes(a.name) && /^[a-z][a-z0-9+.-]*:/i.test(a.value.replace(/[\u0000-\u0020]/g, ''))
                         && !/^(https?|mailto):/i.test(a.value.replace(/[\u0000-\u0020]/g, ''))))
                   .map(a => e.localName + ' ' + a.name + '=' + a.value));
               });"#,
            vec![],
        )
        .await
        .unwrap()
}

/// Opens a trap page, waits until its cards have settled, opens every collapsed bio and
/// presses every button a visitor could press, and gives what that sets off a moment to run.
pub(crate) async fn open_under_trap(browser: &Browser, url: &str) {
    browser.goto(url).await;
    settled(browser).await;
    browser
        .client
        .execute(
            "document.querySelectorAll('.talkcard-more, details').forEach(e => e.click ? e.click() : 0);",
            vec![],
        )
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
}

/// Waits until every card on the page (or in its shadow roots) has settled.
pub(crate) async fn settled(browser: &Browser) {
    let script = r#"
        const roots = [document, ...[...document.querySelectorAll('[data-talkcard-src]')].map(m => m.shadowRoot).filter(Boolean)];
        const cards = roots.flatMap(r => [...r.querySelectorAll('.talkcard')]);
        return cards.length > 0 && cards.every(c => c.dataset.state !== 'loading'
            && !c.querySelector('[data-speaker-state="loading"]'));
    "#;
    browser.wait_until("cards settled", script, vec![]).await;
    // Give any payload that slipped through a moment to run (onerror, onload, autofocus…).
    tokio::time::sleep(Duration::from_millis(500)).await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn nothing_in_a_hostile_talk_file_runs_and_its_harmless_text_shows() {
    let server = Server::start();
    let browser = Browser::start().await;
    for (file, harmless) in [
        (
            "every-field.md",
            vec![
                "Harmless text: every field above is hostile.",
                "Hostile title",
                "Harmless bio text.",
            ],
        ),
        (
            "body.md",
            vec![
                "Harmless text 1.",
                "Harmless text 2.",
                "Harmless text 3.",
                "click",
                "styled",
            ],
        ),
        (
            "shortcodes.md",
            vec!["Harmless text before.", "Harmless text after."],
        ),
    ] {
        open_under_trap(
            &browser,
            &server.app(&format!("trap.html?talk={HOSTILE}/{file}")),
        )
        .await;
        let (ran, violations) = trap(&browser).await;
        assert_eq!(ran, Value::Array(vec![]), "{file}: payloads ran");
        assert_eq!(
            violations,
            Value::Array(vec![]),
            "{file}: CSP violations (a payload reached the DOM)"
        );
        let text = browser.text(".talkcard").await;
        for expected in harmless {
            assert!(
                text.contains(expected),
                "{file}: {expected:?} missing from {text}"
            );
        }
        let dangerous = dangerous_markup(&browser).await;
        assert_eq!(dangerous, Value::Array(vec![]), "{file}");
        browser
            .screenshot(&format!("hostile-{}", file.trim_end_matches(".md")))
            .await;
    }
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn on_a_host_page_without_csp_the_sanitiser_alone_holds() {
    let server = Server::start();
    let browser = Browser::start().await;
    browser
        .goto(&format!("{}/host-trap.html", server.origin))
        .await;
    settled(&browser).await;
    let (ran, _) = trap(&browser).await;
    assert_eq!(
        ran,
        Value::Array(vec![]),
        "payloads ran on a page without CSP"
    );
    let cards = browser
        .client
        .execute(
            "return [...document.querySelectorAll('[data-talkcard-src]')].map(m => m.shadowRoot.querySelector('.talkcard').dataset.state)",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(cards, serde_json::json!(["ready", "ready", "ready"]));
    browser.close().await;
}

/// Opens `?talk=<url>` and returns the error card's text once it shows.
async fn error_for(browser: &Browser, server: &Server, talk: &str) -> String {
    browser.goto(&server.app(&format!("?talk={talk}"))).await;
    browser.wait_for(".talkcard[data-state='error']").await;
    browser.text(".talkcard-error").await
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn oversized_and_pathological_files_get_a_clear_answer_in_bounded_time() {
    let server = Server::start();
    let browser = Browser::start().await;
    let started = Instant::now();
    let message = error_for(&browser, &server, "/generated/big.md").await;
    assert!(
        message.contains("talk files are at most 1024 KB"),
        "{message}"
    );
    assert!(started.elapsed() < Duration::from_secs(10));

    let message = error_for(&browser, &server, "/generated/image.png").await;
    assert!(message.contains("not a text file"), "{message}");

    let message = error_for(&browser, &server, "/generated/latin1.md").await;
    assert!(
        message.contains("line 2, column 13: this file is not valid UTF-8"),
        "{message}"
    );

    for (file, text) in [
        ("/generated/nested.md", "Deep inside."),
        ("/generated/stars.md", "After the stars."),
    ] {
        let started = Instant::now();
        browser.goto(&server.app(&format!("?talk={file}"))).await;
        browser.wait_for(".talkcard[data-state='ready']").await;
        let shown = browser.text(".talkcard-abstract").await;
        assert!(
            shown.contains(text),
            "{file}: {}",
            &shown[..shown.len().min(200)]
        );
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "{file} took {:?}",
            started.elapsed()
        );
        // The tab still answers.
        assert_eq!(
            browser
                .client
                .execute("return 1 + 1", vec![])
                .await
                .unwrap(),
            2
        );
    }
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn network_faults_say_what_failed() {
    let server = Server::start();
    let browser = Browser::start().await;

    let message = error_for(&browser, &server, "/faults/500").await;
    assert!(message.contains("HTTP 500"), "{message}");

    let message = error_for(&browser, &server, "/faults/html").await;
    assert!(message.contains("HTML page, not a talk file"), "{message}");

    // A redirect is followed.
    browser.goto(&server.app("?talk=/faults/redirect")).await;
    browser.wait_for(".talkcard[data-state='ready']").await;
    assert_eq!(
        browser.text(".talkcard-title").await,
        "How Do You Infect Your Organization With Humane Ops?"
    );

    // Another origin: refused without CORS headers, read with them.
    let refused = format!("{}/cors-refused/talk.md", server.other_origin);
    let message = error_for(&browser, &server, &refused).await;
    assert!(
        message.contains("cross-origin requests (CORS)") && message.contains(&refused),
        "{message}"
    );
    let allowed = format!("{}/cors-ok/talk.md", server.other_origin);
    browser.goto(&server.app(&format!("?talk={allowed}"))).await;
    browser.wait_for(".talkcard[data-state='ready']").await;
    assert_eq!(browser.text(".talkcard-title").await, "Across origins");

    // A response that never finishes: a timeout with a clear message, and a retry.
    let started = Instant::now();
    let message = error_for(&browser, &server, "/faults/hang").await;
    assert!(
        message.contains("did not finish sending") && message.contains("10 seconds"),
        "{message}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(19),
        "{:?}",
        started.elapsed()
    );
    browser.wait_for("button.talkcard-retry").await;
    browser.close().await;
}
