//! The speaker's editor: typing updates the preview, errors are located and clickable, drafts
//! survive a reload, downloads are byte-exact, and share links carry the draft. The editor is
//! CodeMirror in a shadow root: tests type real keys into it (and paste a whole file, as a
//! speaker replacing a draft would) and read its lines as they are shown.

use std::path::Path;
use std::time::{Duration, Instant};

use fantoccini::Locator;
use fantoccini::key::Key;

use crate::harness::{Browser, Server};

const TYPED: &str = "+++\nTitle = \"Typed in the editor\"\nType = \"keynote\"\nSpeakers = [\"ada-lovelace\"]\n+++\nHello from **the editor**.\n";
/// TYPED with line 3's closing quote taken back, and the title typed on.
const BROKEN: &str = "+++\nTitle = \"Typed in the editor now\"\nType = \"keynote\nSpeakers = [\"ada-lovelace\"]\n+++\nHello from **the editor**.\n";

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
/// The text an editor shows: its lines, as drawn (the test files are short enough to be drawn
/// whole).
fn shown_text(id: &str) -> String {
    format!(
        "const root = document.getElementById('{id}')?.shadowRoot; \
         return root ? [...root.querySelectorAll('.cm-line')].map(l => l.textContent).join('\\n') : null"
    )
}
const EDITOR: &str = "talkcard-editor";
const SPEAKER_EDITOR: &str = "talkcard-speaker-editor";

/// Puts the focus in the editor `id` as a speaker does, by clicking into it, once it is there.
pub(crate) async fn click_into(browser: &Browser, id: &str) {
    browser
        .wait_for(&format!("#{id}[data-state='ready']"))
        .await
        .click()
        .await
        .unwrap();
}

/// Replaces the talk file's text, as a speaker pasting a whole file over it.
pub(crate) async fn replace_text(browser: &Browser, text: &str) {
    replace_text_in(browser, EDITOR, text).await;
}

/// Selects everything in the editor `id` (Control+A) and puts `text` in its place through the
/// browser's own text insertion (`insertText`, as a paste or an on-screen keyboard inserts
/// text; a scripted paste event's data is dropped by Firefox).
async fn replace_text_in(browser: &Browser, id: &str, text: &str) {
    click_into(browser, id).await;
    browser.chord(Key::Control, 'a').await;
    browser
        .client
        .execute(
            "document.getElementById(arguments[0]).shadowRoot.querySelector('.cm-content').focus();
             document.execCommand('insertText', false, arguments[1]);",
            vec![id.into(), text.into()],
        )
        .await
        .unwrap();
    wait_for_value(browser, &shown_text(id), text.into()).await;
}

/// The line the editor `id`'s cursor is on (its gutter's active line number), and whether the
/// editor has the focus.
async fn cursor_line(browser: &Browser, id: &str) -> serde_json::Value {
    browser
        .client
        .execute(
            "const root = document.getElementById(arguments[0]).shadowRoot;
             return [root.activeElement === root.querySelector('.cm-content'),
                     root.querySelector('.cm-lineNumbers .cm-activeLineGutter')?.textContent];",
            vec![id.into()],
        )
        .await
        .unwrap()
}

/// A fresh folder for a browser's downloads.
fn downloads_folder(name: &str) -> std::path::PathBuf {
    let folder = std::env::temp_dir()
        .canonicalize()
        .unwrap()
        .join(format!("talkcard-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).unwrap();
    folder
}

/// The bytes of `name` once the browser has downloaded it into `folder` (at most 15 s).
async fn downloaded(folder: &Path, name: &str) -> Vec<u8> {
    let file = folder.join(name);
    let deadline = Instant::now() + Duration::from_secs(15);
    while !file.is_file() {
        assert!(
            Instant::now() < deadline,
            "no download in {}",
            folder.display()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    std::fs::read(&file).unwrap()
}

/// Chooses `file` with "Open file…", as a speaker picks it in the file dialog.
async fn open_file(browser: &Browser, file: &Path) {
    browser
        .client
        .find(Locator::Css(".talkcard-file-input"))
        .await
        .unwrap()
        .send_keys(file.to_str().unwrap())
        .await
        .unwrap();
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn the_editor_previews_locates_errors_and_never_loses_a_draft() {
    let server = Server::start();
    let downloads = downloads_folder("downloads");
    let browser = Browser::start_downloading(&downloads).await;
    browser.goto(&server.app("?edit")).await;
    browser
        .wait_for("#talkcard-editor[data-state='ready']")
        .await;
    // A new speaker starts from the template, which asks for a title.
    wait_for_value(&browser, PREVIEW_TITLE, "Untitled talk".into()).await;
    let template = browser
        .client
        .execute(&shown_text(EDITOR), vec![])
        .await
        .unwrap();
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

    // A TOML error, made by keys (line 3's closing quote taken back): listed with its line and
    // marked there; the preview keeps the last good version, marked stale.
    click_into(&browser, EDITOR).await;
    browser.chord(Key::Control, char::from(Key::Home)).await;
    browser.press_key(Key::Down).await;
    browser.press_key(Key::Down).await;
    browser.press_key(Key::End).await;
    browser.press_key(Key::Backspace).await;
    browser.press_key(Key::Up).await;
    browser.press_key(Key::End).await;
    browser.press_key(Key::Left).await;
    browser.type_keys(" now").await;
    wait_for_value(&browser, &shown_text(EDITOR), BROKEN.into()).await;
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

    // In the editor: the error's line is marked (the text from its column, a gutter marker).
    let marked = browser
        .wait_until(
            "line 3 marked",
            "const root = document.getElementById('talkcard-editor').shadowRoot;
             const lines = [...root.querySelectorAll('.cm-line')];
             const range = root.querySelector('.cm-lintRange-error');
             const marker = root.querySelector('.cm-gutter-lint .cm-lint-marker-error');
             if (!range || !marker) return false;
             const top = (e) => e.getBoundingClientRect().top;
             const line = range.closest('.cm-line');
             return [lines.indexOf(line) + 1,
                     [...line.querySelectorAll('.cm-lintRange-error')].map(r => r.textContent).join(''),
                     Math.abs(top(marker.closest('.cm-gutterElement')) - top(lines[2])) < 3];",
            vec![],
        )
        .await;
    // The unterminated string, marked from its quote (the error's column is the line's end).
    assert_eq!(marked, serde_json::json!([3, "\"keynote", true]));
    // Its text on hover, as in the list.
    let message = error.text().await.unwrap();
    browser.pointer_away().await;
    let range = browser
        .element_from(
            "return document.getElementById('talkcard-editor').shadowRoot.querySelector('.cm-lintRange-error')",
        )
        .await;
    browser.hover(range).await;
    let hovered = browser
        .wait_until(
            "the hover tooltip",
            "return document.getElementById('talkcard-editor').shadowRoot
               .querySelector('.cm-tooltip-hover .cm-diagnostic-error')?.textContent",
            vec![],
        )
        .await;
    assert!(
        message.contains(hovered.as_str().unwrap()),
        "{hovered} is not in {message}"
    );

    // Clicking the error puts the cursor on its line.
    browser.pointer_away().await;
    browser.chord(Key::Control, char::from(Key::End)).await;
    error.click().await.unwrap();
    assert_eq!(
        cursor_line(&browser, EDITOR).await,
        serde_json::json!([true, "3"])
    );

    // A reload restores the draft exactly.
    browser.client.refresh().await.unwrap();
    browser.wait_for("#talkcard-editor").await;
    wait_for_value(&browser, &shown_text(EDITOR), BROKEN.into()).await;

    // The speaker's own speaker file, on the second tab: it starts from the template and the
    // preview's speaker box shows what is typed; it survives a reload too.
    replace_text(&browser, TYPED).await;
    wait_for_value(&browser, PREVIEW_TITLE, "Typed in the editor".into()).await;
    browser.click(Locator::Css("#talkcard-tab-speaker")).await;
    wait_for_value(
        &browser,
        &format!(
            "return ((() => {{ {} }})() || '').includes('Your name')",
            shown_text(SPEAKER_EDITOR)
        ),
        true.into(),
    )
    .await;
    replace_text_in(&browser, SPEAKER_EDITOR, SPEAKER).await;
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
    browser.click(Locator::Css("#talkcard-tab-speaker")).await;
    wait_for_value(&browser, &shown_text(SPEAKER_EDITOR), SPEAKER.into()).await;
    browser.click(Locator::Css("#talkcard-tab-talk")).await;

    // Back to the good text; download it: the same bytes.
    replace_text(&browser, TYPED).await;
    wait_for_value(&browser, PREVIEW_TITLE, "Typed in the editor".into()).await;
    browser
        .click(Locator::XPath("//button[.='Download .md']"))
        .await;
    assert_eq!(
        downloaded(&downloads, "typed-in-the-editor.md").await,
        TYPED.as_bytes()
    );

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
    wait_for_value(&other, &shown_text(EDITOR), TYPED.into()).await;
    wait_for_value(&other, PREVIEW_TITLE, "Typed in the editor".into()).await;
    wait_for_value(&other, PREVIEW_SPEAKER, "Ada Lovelace".into()).await;
    other.click(Locator::Css("#talkcard-tab-speaker")).await;
    wait_for_value(&other, &shown_text(SPEAKER_EDITOR), SPEAKER.into()).await;
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
        browser
            .client
            .execute(&shown_text(EDITOR), vec![])
            .await
            .unwrap(),
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

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn a_file_opened_or_dropped_on_the_editor_becomes_a_draft() {
    let server = Server::start();
    let downloads = downloads_folder("opened");
    let browser = Browser::start_downloading(&downloads).await;
    browser.goto(&server.app("?edit")).await;
    browser
        .wait_for("#talkcard-editor[data-state='ready']")
        .await;
    // "Open file…": a new draft with the file's text.
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/devopsdays/talks/2018-amsterdam/matt-stratton.md");
    open_file(&browser, &file).await;
    wait_for_value(
        &browser,
        PREVIEW_TITLE,
        "How Do You Infect Your Organization With Humane Ops?".into(),
    )
    .await;
    let opened = std::fs::read_to_string(&file)
        .unwrap()
        .replace("\r\n", "\n");
    let first_line = opened.lines().next().unwrap().to_owned();
    wait_for_value(&browser, &shown_line(EDITOR, 1), first_line.into()).await;

    // A file dropped on the text: another new draft, and nothing inserted into this one.
    browser
        .client
        .execute(
            "const content = document.getElementById('talkcard-editor').shadowRoot.querySelector('.cm-content');
             const data = new DataTransfer();
             data.items.add(new File([arguments[0]], 'typed.md', { type: 'text/markdown' }));
             const line = content.querySelector('.cm-line').getBoundingClientRect();
             for (const type of ['dragenter', 'dragover', 'drop']) {
               content.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true,
                 composed: true, clientX: line.left + 5, clientY: line.top + 5 }));
             }",
            vec![TYPED.into()],
        )
        .await
        .unwrap();
    wait_for_value(&browser, &shown_text(EDITOR), TYPED.into()).await;
    wait_for_value(&browser, PREVIEW_TITLE, "Typed in the editor".into()).await;
    let drafts = browser
        .client
        .execute(
            "return [...document.querySelectorAll('.talkcard-draft-picker option')].map(o => o.textContent)",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        drafts,
        serde_json::json!([
            "Untitled draft",
            "How Do You Infect Your Organization With Humane Ops?",
            "Typed in the editor"
        ])
    );
    // The opened file's draft, as saved, is the file as it was read (its long paragraphs are not
    // all drawn: the saved draft is what is read here).
    tokio::time::sleep(Duration::from_millis(500)).await;
    let saved = browser
        .client
        .execute(
            "return JSON.parse(localStorage.getItem('talkcard.drafts.v1')).map(d => d.text)",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(saved[1], serde_json::Value::from(opened));
    assert_eq!(saved[2], serde_json::Value::from(TYPED));

    // A file with Windows line endings, edited by a key: downloaded with its own line endings.
    let crlf = downloads.join("crlf-source.md");
    std::fs::write(&crlf, "+++\r\nTitle = \"Line endings\"\r\n+++\r\nKept.\r\n").unwrap();
    open_file(&browser, &crlf).await;
    wait_for_value(&browser, PREVIEW_TITLE, "Line endings".into()).await;
    click_into(&browser, EDITOR).await;
    browser.chord(Key::Control, char::from(Key::End)).await;
    browser.type_keys("!").await;
    wait_for_value(&browser, &shown_line(EDITOR, 5), "!".into()).await;
    browser
        .click(Locator::XPath("//button[.='Download .md']"))
        .await;
    assert_eq!(
        downloaded(&downloads, "line-endings.md").await,
        b"+++\r\nTitle = \"Line endings\"\r\n+++\r\nKept.\r\n!"
    );
    browser.close().await;
    let _ = std::fs::remove_dir_all(&downloads);
}

/// The labels the completion list shows in the editor `id` (empty when it is closed).
async fn offered(browser: &Browser, id: &str, expected: &str) -> Vec<String> {
    let labels = browser
        .wait_until(
            &format!("{expected} offered"),
            "const root = document.getElementById(arguments[0]).shadowRoot;
             const labels = [...root.querySelectorAll('.cm-tooltip-autocomplete li .cm-completionLabel')]
               .map(l => l.textContent);
             return labels.includes(arguments[1]) && labels;",
            vec![id.into(), expected.into()],
        )
        .await;
    // CodeMirror takes no Enter for 75 ms after a list opens (a guard against accepting by
    // accident while typing on): a speaker's Enter comes later than that.
    tokio::time::sleep(Duration::from_millis(150)).await;
    serde_json::from_value(labels).unwrap()
}

/// The line `n` (1-based) of what the editor `id` shows.
fn shown_line(id: &str, n: usize) -> String {
    format!(
        "return document.getElementById('{id}').shadowRoot.querySelectorAll('.cm-line')[{}]?.textContent",
        n - 1
    )
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn the_code_editor_completes_what_the_theme_reads_and_reads_well_light_and_dark() {
    let server = Server::start();
    let browser = Browser::start().await;
    browser.goto(&server.app("?edit")).await;
    browser
        .wait_for("#talkcard-editor[data-state='ready']")
        .await;
    // The speaker's own file first: its name is the slug the talk file is offered.
    browser.click(Locator::Css("#talkcard-tab-speaker")).await;
    replace_text_in(&browser, SPEAKER_EDITOR, SPEAKER).await;
    browser.click(Locator::Css("#talkcard-tab-talk")).await;
    replace_text(
        &browser,
        "+++\nTitle = \"Completed\"\nType = \"talk\"\n+++\nBody.\n",
    )
    .await;
    wait_for_value(&browser, PREVIEW_TITLE, "Completed".into()).await;

    // Coloured as the theme reads it: the front matter's keys and strings (TOML), the
    // delimiters, the body's Markdown.
    let colours = browser
        .client
        .execute(
            "const root = document.getElementById('talkcard-editor').shadowRoot;
             const lines = [...root.querySelectorAll('.cm-line')];
             const colour = (line, text) => {
               const span = [...lines[line].querySelectorAll('span')].find(s => s.textContent === text);
               return span ? getComputedStyle(span).color : null;
             };
             return [colour(1, 'Title'), colour(1, '\"Completed\"'), colour(0, '+++'), getComputedStyle(lines[4]).color];",
            vec![],
        )
        .await
        .unwrap();
    let colours: Vec<Option<String>> = serde_json::from_value(colours).unwrap();
    assert!(
        colours[..3].iter().all(Option::is_some),
        "key, string and delimiter each coloured: {colours:?}"
    );
    let distinct: std::collections::HashSet<_> = colours.iter().collect();
    assert_eq!(distinct.len(), 4, "four different colours: {colours:?}");

    // Typing `Spe` at a line start in the front matter offers `Speakers`, with the template's
    // comment; Enter takes it, and in its list the speaker's own slug is offered.
    click_into(&browser, EDITOR).await;
    browser.chord(Key::Control, char::from(Key::Home)).await;
    browser.press_key(Key::Down).await;
    browser.press_key(Key::Down).await;
    browser.press_key(Key::End).await;
    browser.type_keys("\nSpe").await;
    let labels = offered(&browser, EDITOR, "Speakers").await;
    assert_eq!(labels[0], "Speakers", "{labels:?}");
    browser.screenshot("editor-completion").await;
    let info = browser
        .wait_until(
            "the key's comment",
            "return document.getElementById('talkcard-editor').shadowRoot.querySelector('.cm-completionInfo')?.textContent",
            vec![],
        )
        .await;
    assert!(
        info.as_str().unwrap().starts_with("Speaker slugs:"),
        "{info}"
    );
    browser.press_key(Key::Enter).await;
    browser.type_keys("[\"").await;
    offered(&browser, EDITOR, "ada-lovelace").await;
    browser.press_key(Key::Enter).await;
    wait_for_value(
        &browser,
        &shown_line(EDITOR, 4),
        "Speakers = [\"ada-lovelace\"]".into(),
    )
    .await;
    // The preview follows keys typed in the title.
    browser.press_key(Key::Up).await;
    browser.press_key(Key::Up).await;
    browser.press_key(Key::End).await;
    browser.press_key(Key::Left).await;
    browser.type_keys(" by keys").await;
    wait_for_value(&browser, PREVIEW_TITLE, "Completed by keys".into()).await;

    // `Type` values, and shortcodes in the body.
    browser.press_key(Key::Down).await;
    browser.press_key(Key::End).await;
    for _ in 0..5 {
        browser.press_key(Key::Backspace).await;
    }
    browser.type_keys("ke").await;
    let types = offered(&browser, EDITOR, "keynote").await;
    assert_eq!(types, ["keynote"]);
    browser.press_key(Key::Escape).await;
    browser.chord(Key::Control, char::from(Key::End)).await;
    browser.type_keys("\n{{<").await;
    let shortcodes = offered(&browser, EDITOR, "youtube").await;
    assert!(shortcodes.contains(&"figure".to_owned()), "{shortcodes:?}");
    browser.press_key(Key::Escape).await;

    // Search, from the keyboard.
    browser.chord(Key::Control, 'f').await;
    browser
        .wait_until(
            "the search panel",
            "return !!document.getElementById('talkcard-editor').shadowRoot.querySelector('.cm-search input[name=search]')",
            vec![],
        )
        .await;
    browser.screenshot("editor-code-search").await;
    browser.press_key(Key::Escape).await;

    // Ctrl-/ comments a line out in the language where it is: TOML's `#`, Markdown's `<!-- -->`.
    browser.chord(Key::Control, char::from(Key::Home)).await;
    browser.press_key(Key::Down).await;
    browser.chord(Key::Control, '/').await;
    wait_for_value(
        &browser,
        &shown_line(EDITOR, 2),
        "# Title = \"Completed by keys\"".into(),
    )
    .await;
    browser.chord(Key::Control, 'z').await;
    for _ in 0..4 {
        browser.press_key(Key::Down).await;
    }
    browser.chord(Key::Control, '/').await;
    wait_for_value(&browser, &shown_line(EDITOR, 6), "<!-- Body. -->".into()).await;
    browser.chord(Key::Control, 'z').await;
    wait_for_value(
        &browser,
        &shown_line(EDITOR, 2),
        "Title = \"Completed by keys\"".into(),
    )
    .await;
    let violations = browser.accessibility_violations().await;
    assert!(violations.is_empty(), "axe in the editor: {violations:#?}");
    browser.screenshot("editor-code").await;
    browser.close().await;

    // Dark: the editor follows the app.
    let dark = Browser::with(crate::harness::Setup {
        dark: true,
        ..crate::harness::Setup::default()
    })
    .await;
    dark.goto(&server.app("?edit")).await;
    dark.wait_for("#talkcard-editor[data-state='ready']").await;
    let background = dark
        .client
        .execute(
            "return getComputedStyle(document.getElementById('talkcard-editor').shadowRoot.querySelector('.cm-editor')).backgroundColor",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(background, serde_json::json!("rgb(32, 35, 41)"));
    let violations = dark.accessibility_violations().await;
    assert!(
        violations.is_empty(),
        "axe in the dark editor: {violations:#?}"
    );
    dark.screenshot("editor-code-dark").await;
    dark.close().await;

    // A phone 320 px wide: the editor fits, and takes keys.
    let phone = Browser::start_phone(320).await;
    phone.goto(&server.app("?edit")).await;
    click_into(&phone, EDITOR).await;
    phone.chord(Key::Control, char::from(Key::Home)).await;
    phone.type_keys("x").await;
    wait_for_value(&phone, &shown_line(EDITOR, 1), "x+++".into()).await;
    let fits = phone
        .client
        .execute(
            "return document.documentElement.scrollWidth <= window.innerWidth",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(fits, serde_json::json!(true), "no sideways scrolling");
    phone.screenshot("editor-phone").await;
    phone.close().await;
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
