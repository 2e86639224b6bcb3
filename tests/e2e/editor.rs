//! The speaker's editor: typing updates the preview, errors are located and clickable, drafts
//! survive a reload, downloads are byte-exact, and share links carry the draft.

use std::path::Path;
use std::time::{Duration, Instant};

use fantoccini::Locator;

use crate::harness::{Browser, Server};

const TYPED: &str = "+++\nTitle = \"Typed in the editor\"\nType = \"keynote\"\nSpeakers = [\"ada-lovelace\"]\n+++\nHello from **the editor**.\n";
const BROKEN: &str = "+++\nTitle = \"Broken\"\nType = \"keynote\nSpeakers = []\n+++\nBody\n";

/// Polls `script` (at most 15 s) until it returns `expected`.
async fn wait_for_value(browser: &Browser, script: &str, expected: serde_json::Value) {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let value = browser.client.execute(script, vec![]).await.unwrap();
        if value == expected {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{script} gave {value}, not {expected}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

const SPEAKER: &str = "+++\nTitle = \"Ada Lovelace\"\n+++\nShe wrote the first program.\n";
const PREVIEW_SPEAKER: &str = "const n = document.querySelector('.talkcard-editor-preview .talkcard-speaker-name'); return n && n.textContent";
const PREVIEW_TITLE: &str = "const t = document.querySelector('.talkcard-editor-preview .talkcard-title'); return t && t.textContent";
const EDITOR_TEXT: &str = "return document.querySelector('#talkcard-editor').value";
const SPEAKER_TEXT: &str = "return document.querySelector('#talkcard-speaker-editor').value";

pub(crate) async fn replace_text(browser: &Browser, text: &str) {
    let area = browser
        .client
        .find(Locator::Css("#talkcard-editor"))
        .await
        .unwrap();
    area.clear().await.unwrap();
    browser.type_into(&area, text).await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn the_editor_previews_locates_errors_and_never_loses_a_draft() {
    let server = Server::start();
    let downloads = std::env::temp_dir()
        .canonicalize()
        .unwrap()
        .join(format!("talkcard-downloads-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&downloads);
    std::fs::create_dir_all(&downloads).unwrap();
    let browser = Browser::start_downloading(&downloads).await;
    browser.goto(&server.app("?edit")).await;
    browser.wait_for("#talkcard-editor").await;
    // A new speaker starts from the template, which asks for a title.
    wait_for_value(&browser, PREVIEW_TITLE, "Untitled talk".into()).await;
    let template = browser.client.execute(EDITOR_TEXT, vec![]).await.unwrap();
    assert!(template.as_str().unwrap().contains("# The talk's title"));

    // Typing: the preview follows.
    replace_text(&browser, TYPED).await;
    wait_for_value(&browser, PREVIEW_TITLE, "Typed in the editor".into()).await;
    assert_eq!(
        browser
            .text(".talkcard-editor-preview .talkcard-badge")
            .await,
        "KEYNOTE"
    );

    // A TOML error: listed with its line; the preview keeps the last good version, marked stale.
    replace_text(&browser, BROKEN).await;
    let error = browser
        .wait_for(".talkcard-editor-diagnostics [data-severity='error'] .talkcard-goto")
        .await;
    assert_eq!(error.attr("data-line").await.unwrap().as_deref(), Some("3"));
    assert!(error.text().await.unwrap().starts_with("line 3, column "));
    browser
        .wait_for(".talkcard-editor[data-stale='true']")
        .await;
    assert_eq!(
        browser.client.execute(PREVIEW_TITLE, vec![]).await.unwrap(),
        "Typed in the editor"
    );
    browser.screenshot("editor-error").await;

    // Clicking the error puts the cursor on its line.
    error.click().await.unwrap();
    let cursor = browser
        .client
        .execute(
            "const a = document.querySelector('#talkcard-editor'); \
             return [document.activeElement === a, a.value.slice(0, a.selectionStart).split('\\n').length]",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(cursor, serde_json::json!([true, 3]));

    // A reload restores the draft exactly.
    browser.client.refresh().await.unwrap();
    browser.wait_for("#talkcard-editor").await;
    wait_for_value(&browser, EDITOR_TEXT, BROKEN.into()).await;

    // The speaker's own speaker file, on the second tab: it starts from the template and the
    // preview's speaker box shows what is typed; it survives a reload too.
    replace_text(&browser, TYPED).await;
    wait_for_value(&browser, PREVIEW_TITLE, "Typed in the editor".into()).await;
    browser.click(Locator::Css("#talkcard-tab-speaker")).await;
    wait_for_value(
        &browser,
        "return document.querySelector('#talkcard-speaker-editor').value.includes('Your name')",
        true.into(),
    )
    .await;
    let speaker_area = browser
        .client
        .find(Locator::Css("#talkcard-speaker-editor"))
        .await
        .unwrap();
    speaker_area.clear().await.unwrap();
    browser.type_into(&speaker_area, SPEAKER).await;
    wait_for_value(&browser, PREVIEW_SPEAKER, "Ada Lovelace".into()).await;
    assert!(
        browser
            .text(".talkcard-editor-preview .talkcard-speaker-box")
            .await
            .contains("wrote the first program")
    );
    browser.screenshot("editor-speaker-tab").await;
    browser.client.refresh().await.unwrap();
    browser.wait_for("#talkcard-editor").await;
    wait_for_value(&browser, PREVIEW_SPEAKER, "Ada Lovelace".into()).await;
    wait_for_value(&browser, SPEAKER_TEXT, SPEAKER.into()).await;

    // Back to the good text; download it: the same bytes.
    replace_text(&browser, TYPED).await;
    wait_for_value(&browser, PREVIEW_TITLE, "Typed in the editor".into()).await;
    browser
        .click(Locator::XPath("//button[.='Download .md']"))
        .await;
    let file = downloads.join("typed-in-the-editor.md");
    let deadline = Instant::now() + Duration::from_secs(15);
    while !file.is_file() {
        assert!(
            Instant::now() < deadline,
            "no download in {}",
            downloads.display()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(std::fs::read(&file).unwrap(), TYPED.as_bytes());

    // A share link, opened in a fresh browser profile, gives the same draft: the talk file and
    // the speaker's own speaker file, both in the preview.
    browser
        .click(Locator::XPath("//button[.='Copy share link']"))
        .await;
    let link = browser
        .wait_for(".talkcard-share-link")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap();
    assert!(link.contains("?edit#share=v2."), "{link}");
    let other = Browser::start().await;
    other.goto(&link).await;
    other.wait_for("#talkcard-editor").await;
    wait_for_value(&other, EDITOR_TEXT, TYPED.into()).await;
    wait_for_value(&other, PREVIEW_TITLE, "Typed in the editor".into()).await;
    wait_for_value(&other, PREVIEW_SPEAKER, "Ada Lovelace".into()).await;
    wait_for_value(&other, SPEAKER_TEXT, SPEAKER.into()).await;
    other.close().await;

    // Discard asks first: dismissing keeps the draft, accepting removes it.
    let discard = browser
        .client
        .find(Locator::XPath("//button[.='Discard']"))
        .await
        .unwrap();
    discard.click().await.unwrap();
    browser.client.dismiss_alert().await.unwrap();
    assert_eq!(
        browser.client.execute(EDITOR_TEXT, vec![]).await.unwrap(),
        TYPED
    );
    discard.click().await.unwrap();
    browser.client.accept_alert().await.unwrap();
    wait_for_value(
        &browser,
        "return [...document.querySelectorAll('.talkcard-draft-picker option')].some(o => o.textContent === 'Typed in the editor')",
        false.into(),
    )
    .await;
    browser.close().await;
    let _ = std::fs::remove_dir_all(Path::new(&downloads));
}

/// The address of the "Propose on GitHub" link, once the panel is open.
async fn proposal(browser: &Browser) -> String {
    browser
        .wait_for(".talkcard-propose-link")
        .await
        .attr("href")
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and a browser driver (run scripts/test)"]
async fn a_draft_is_proposed_on_githubs_own_pages() {
    let server = Server::start();
    let browser = Browser::start().await;
    // A new talk: the speaker names the repository and the event; GitHub's new-file page opens
    // with the draft in its address (read here, never opened: no request leaves the test).
    browser.goto(&server.app("?edit")).await;
    browser.wait_for("#talkcard-editor").await;
    replace_text(&browser, TYPED).await;
    wait_for_value(&browser, PREVIEW_TITLE, "Typed in the editor".into()).await;
    browser
        .click(Locator::Css(".talkcard-propose summary"))
        .await;
    browser.wait_for(".talkcard-propose-hint").await;
    let event = browser
        .client
        .find(Locator::Css(
            ".talkcard-propose-fields label:nth-child(2) input",
        ))
        .await
        .unwrap();
    browser.type_into(&event, "2031-tidewater").await;
    let expected = format!(
        "https://github.com/devopsdays/devopsdays-web/new/main/content/events/2031-tidewater/program?filename=ada-lovelace.md&value={}",
        TYPED
            .bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' =>
                    (b as char).to_string(),
                _ => format!("%{b:02X}"),
            })
            .collect::<String>()
    );
    assert_eq!(proposal(&browser).await, expected);
    assert_eq!(
        browser
            .attr(".talkcard-propose-link", "target")
            .await
            .as_deref(),
        Some("_blank")
    );
    // The speaker file goes beside it, named after the speaker.
    browser.click(Locator::Css("#talkcard-tab-speaker")).await;
    let speaker = proposal(&browser).await;
    assert!(
        speaker.starts_with("https://github.com/devopsdays/devopsdays-web/new/main/content/events/2031-tidewater/speakers?filename=ada-lovelace.md&value="),
        "{speaker}"
    );
    browser.screenshot("editor-propose").await;

    // A draft copied from a GitHub-hosted site (`?edit&talk=` a GitHub address; saved in this
    // browser before, so nothing is fetched): GitHub's edit page for that very file.
    let raw = "https://raw.githubusercontent.com/devopsdays/devopsdays-web/main/content/events/2018-amsterdam/program/matt-stratton.md";
    browser
        .client
        .execute(
            "localStorage.setItem('talkcard.drafts.v1', JSON.stringify([{ id: 'gh', text: arguments[0], crlf: false, source: arguments[1], speaker: '' }]));
             localStorage.setItem('talkcard.current-draft', 'gh');",
            vec![TYPED.into(), raw.into()],
        )
        .await
        .unwrap();
    browser
        .goto(&server.app(
            "?edit&talk=https://github.com/devopsdays/devopsdays-web/blob/main/content/events/2018-amsterdam/program/matt-stratton.md",
        ))
        .await;
    browser.wait_for("#talkcard-editor").await;
    browser
        .click(Locator::Css(".talkcard-propose summary"))
        .await;
    assert_eq!(
        proposal(&browser).await,
        "https://github.com/devopsdays/devopsdays-web/edit/main/content/events/2018-amsterdam/program/matt-stratton.md"
    );
    assert!(
        browser
            .client
            .find(Locator::Css(".talkcard-propose-fields"))
            .await
            .is_err(),
        "no repository to name: the draft says where it came from"
    );
    // GitHub's edit page takes no text: a press copies the draft and says so (the page's
    // opening is stopped here, so that nothing leaves the test).
    browser
        .client
        .execute(
            "document.addEventListener('click', (e) => { if (e.target.closest('.talkcard-propose-link')) e.preventDefault(); }, true)",
            vec![],
        )
        .await
        .unwrap();
    browser.click(Locator::Css(".talkcard-propose-link")).await;
    let said = browser
        .wait_for(".talkcard-propose-said")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        said.starts_with(
            "Your draft is copied. GitHub's editor opens with the file as it is on the site"
        ),
        "{said}"
    );
    browser.close().await;
}
