//! The XSS corpus: payloads from DOMPurify's, ammonia's and html5sec's own suites and the public
//! cheat sheets, laid out as talk and speaker files (`../shared/xss`, 2,232 payloads; each one
//! that runs sets `top.__xss` to its id). Nothing may run, on the app's page (strict CSP), on a
//! host page without any CSP (embedded cards: the sanitiser alone holds), and with each payload
//! alone, so that none hides behind another that swallowed the text after it.
//!
//! Every CI run takes the fixed sample in `tests/fixtures/xss` (one file in eight of each
//! folder, with their speaker files); `scripts/xss` runs these tests on the whole corpus.

use std::path::Path;

use serde_json::Value;

use crate::harness::{Browser, Server, xss_program_files, xss_root};
use crate::hostile::{dangerous_markup, open_under_trap, settled, trap};

fn fixtures() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The program files under test, failing loudly when there are none (a wrong `TALKCARD_XSS`).
fn program_files() -> Vec<String> {
    let files = xss_program_files(&fixtures());
    assert!(
        files.len() >= 20,
        "only {} XSS files in {}",
        files.len(),
        xss_root(&fixtures()).display()
    );
    files
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn no_xss_payload_runs_on_the_app_page() {
    let server = Server::start();
    let browser = Browser::start().await;
    for file in program_files() {
        open_under_trap(
            &browser,
            &server.app(&format!("trap.html?talk=/xss/events/{file}")),
        )
        .await;
        let (ran, violations) = trap(&browser).await;
        assert_eq!(ran, Value::Array(vec![]), "{file}: payloads ran");
        assert_eq!(violations, Value::Array(vec![]), "{file}: CSP violations");
        assert_eq!(
            dangerous_markup(&browser).await,
            Value::Array(vec![]),
            "{file}"
        );
        // Ready, or refused with a reason (payloads with NUL bytes make a file "not text").
        let state = browser.attr(".talkcard", "data-state").await;
        assert!(
            matches!(state.as_deref(), Some("ready" | "error")),
            "{file}: {state:?}"
        );
    }
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn no_xss_payload_runs_on_a_host_page_without_csp() {
    let server = Server::start();
    let browser = Browser::start().await;
    let files = program_files();
    browser
        .goto(&format!("{}/xss-host.html", server.origin))
        .await;
    settled(&browser).await;
    let (ran, _) = trap(&browser).await;
    assert_eq!(
        ran,
        Value::Array(vec![]),
        "payloads ran on a page without CSP"
    );
    assert_eq!(dangerous_markup(&browser).await, Value::Array(vec![]));
    let ready = browser
        .client
        .execute(
            "return [...document.querySelectorAll('[data-talkcard-src]')]
                 .filter(m => ['ready', 'error'].includes(m.shadowRoot.querySelector('.talkcard').dataset.state)).length",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(ready, Value::from(files.len()));
    browser.close().await;
}

/// The speaker's editor shows a file's text in CodeMirror, its diagnostics (which quote the
/// file) in the list, on hover and in the gutter, and the preview: one file in four of the
/// sample, each opened as `?edit&talk=`, runs nothing there either.
#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn no_xss_payload_runs_in_the_editor() {
    let server = Server::start();
    let browser = Browser::start().await;
    for file in program_files().iter().step_by(4) {
        browser
            .goto(&server.app(&format!("trap.html?edit&talk=/xss/events/{file}")))
            .await;
        browser
            .wait_for("#talkcard-editor[data-state='ready']")
            .await;
        settled(&browser).await;
        let (ran, violations) = trap(&browser).await;
        assert_eq!(ran, Value::Array(vec![]), "{file}: payloads ran");
        assert_eq!(violations, Value::Array(vec![]), "{file}: CSP violations");
        let editor = browser
            .client
            .execute(
                "const root = document.getElementById('talkcard-editor').shadowRoot;
                 const lines = root.querySelectorAll('.cm-line').length;
                 const bad = [...root.querySelectorAll('*')].flatMap(e =>
                   (['script', 'iframe', 'object', 'embed', 'frame', 'base', 'meta', 'form'].includes(e.localName) ? ['<' + e.localName + '>'] : [])
                     .concat([...e.attributes].filter(a => a.name.startsWith('on')).map(a => e.localName + ' ' + a.name)));
                 return [lines > 0, bad];",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(editor, serde_json::json!([true, []]), "{file}");
    }
    browser.close().await;
}

/// The payloads of a body or bio, one by one: the file's text between its `**S…**` markers.
fn payloads_of(text: &str) -> Vec<String> {
    let body = text.splitn(3, "+++").nth(2).unwrap_or("");
    body.split("\n**S")
        .skip(1)
        .filter_map(|part| part.split_once("**\n").map(|(_, payload)| payload.trim()))
        .filter(|payload| !payload.is_empty())
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn each_xss_payload_alone_runs_nothing_through_render() {
    let server = Server::start();
    let browser = Browser::start().await;
    let root = xss_root(&fixtures()).join("events");
    // Every body and bio payload, each as the whole body of a talk file of its own.
    let mut texts = Vec::new();
    for event in std::fs::read_dir(&root).unwrap().flatten() {
        for folder in ["program", "speakers"] {
            for file in std::fs::read_dir(event.path().join(folder))
                .into_iter()
                .flatten()
                .flatten()
            {
                let text =
                    String::from_utf8_lossy(&std::fs::read(file.path()).unwrap()).into_owned();
                for payload in payloads_of(&text) {
                    texts.push(format!(
                        "+++\ntitle = \"One payload\"\n+++\nBefore.\n\n{payload}\n\nAfter.\n"
                    ));
                }
            }
        }
    }
    assert!(texts.len() >= 200, "only {} payloads", texts.len());
    browser
        .goto(&format!("{}/render-trap.html", server.origin))
        .await;
    browser
        .wait_until(
            "talkcard's render()",
            "return typeof window.talkcardRender === 'function'",
            vec![],
        )
        .await;
    for batch in texts.chunks(100) {
        browser
            .client
            .execute(
                "document.body.replaceChildren();
                 for (const text of arguments[0]) {
                   const card = document.createElement('div');
                   document.body.append(card);
                   window.talkcardRender(card, text);
                 }",
                vec![Value::from(batch.to_vec())],
            )
            .await
            .unwrap();
        browser
            .wait_until(
                "every card of the batch",
                "return document.querySelectorAll('.talkcard:is([data-state=ready], [data-state=error])').length === arguments[0]",
                vec![Value::from(batch.len())],
            )
            .await;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let (ran, _) = trap(&browser).await;
        assert_eq!(ran, Value::Array(vec![]), "payloads ran alone");
        assert_eq!(dangerous_markup(&browser).await, Value::Array(vec![]));
        // The card shows the text before each payload. (Text after it may go: an unclosed
        // element whose content is raw text, `<xmp>`, `<iframe>`, `<script>`, `<style>`, holds
        // the rest of the body in every browser, and the sanitiser removes it with its content.
        // 10 of the sample's payloads do that; such a file can only hide its own text.)
        let missing = browser
            .client
            .execute(
                "return [...document.querySelectorAll('.talkcard[data-state=ready]')].filter(c => !c.textContent.includes('Before.')).length",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(missing, Value::from(0));
    }
    browser.close().await;
}

#[test]
fn payloads_are_read_between_their_markers() {
    let text = "+++\nTitle = \"x\"\n+++\n\n**S00000**\n\n<b>one</b>\n\n**S00001**\n\n[two](javascript:x)\n\n**S00002**\n";
    assert_eq!(payloads_of(text), ["<b>one</b>", "[two](javascript:x)"]);
}
