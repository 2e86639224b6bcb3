//! Component tests in a real browser (headless Chromium through wasm-bindgen-test): mount the
//! Yew components, let them render and fetch, and read the DOM as a visitor's browser has it.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;
use std::time::Duration;

use talkcard::Talk;
use talkcard::ui::{CardState, TalkCard, TalkCardProps, TalkSource, TalkView, TalkViewProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh element in the page for one component.
fn root() -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector} in {}", root.inner_html()))
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

/// Clicks the first element matching `selector`, as a visitor would.
fn click(root: &Element, selector: &str) {
    find(root, selector)
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

fn attr(root: &Element, selector: &str, name: &str) -> String {
    find(root, selector).get_attribute(name).unwrap_or_default()
}

async fn mount_view(source: TalkSource) -> Element {
    let root = root();
    yew::Renderer::<TalkView>::with_root_and_props(
        root.clone(),
        TalkViewProps {
            source,
            options: Default::default(),
        },
    )
    .render();
    yew::scheduler::flush().await;
    root
}

async fn mount_card(text: &str) -> Element {
    mount_card_from(text, None).await
}

/// [`mount_card`] for a talk file that came from `url` (its relative links resolve there).
async fn mount_card_from(text: &str, url: Option<&str>) -> Element {
    let root = root();
    let state = CardState::Ready(Rc::new(Talk::parse(text, url)));
    yew::Renderer::<TalkCard>::with_root_and_props(
        root.clone(),
        TalkCardProps {
            state,
            url: None,
            on_retry: None,
            options: Default::default(),
            own_speaker: None,
        },
    )
    .render();
    yew::scheduler::flush().await;
    root
}

/// Waits (bounded) until the card leaves the loading state, as a fetch completes.
async fn settled(root: &Element) -> String {
    for _ in 0..200 {
        let state = attr(root, ".talkcard", "data-state");
        if state != "loading" {
            return state;
        }
        yew::platform::time::sleep(Duration::from_millis(25)).await;
        yew::scheduler::flush().await;
    }
    panic!("card still loading after 5 s: {}", root.inner_html());
}

/// A property of a JS object the exports return (`check`'s diagnostics).
fn get(object: &wasm_bindgen::JsValue, key: &str) -> wasm_bindgen::JsValue {
    js_sys::Reflect::get(object, &key.into()).unwrap()
}

fn data_url(talk: &str) -> String {
    format!(
        "data:text/markdown;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(talk))
    )
}

#[wasm_bindgen_test]
async fn the_demo_renders_a_full_card_with_a_facade() {
    let root = mount_view(TalkSource::Text(talkcard::ui::DEMO_TALK)).await;
    assert_eq!(attr(&root, ".talkcard", "data-state"), "ready");
    assert_eq!(
        text(&root, ".talkcard-title"),
        "A Few Tips to Smooth Out a Backstage Roll Out"
    );
    assert_eq!(text(&root, ".talkcard-badge").trim(), "Talk");
    assert_eq!(text(&root, ".talkcard-byline"), "by James Thomas");
    // The demo has no URL, so no speaker file: the slug's name and an initials avatar.
    assert_eq!(text(&root, ".talkcard-speaker-name"), "James Thomas");
    assert_eq!(
        attr(&root, ".talkcard-speaker-box", "data-speaker-state"),
        "missing"
    );
    assert_eq!(text(&root, ".talkcard-avatar--initials"), "JT");
    assert_eq!(
        attr(&root, ".talkcard-avatar--initials", "aria-label"),
        "James Thomas"
    );
    assert!(text(&root, ".talkcard-abstract").contains("Internal Developer Portals"));
    assert_eq!(attr(&root, ".talkcard-player", "data-provider"), "youtube");
    assert_eq!(
        attr(&root, ".talkcard-player", "data-video-id"),
        "x_0Fm5Q1Srw"
    );
    assert_eq!(attr(&root, ".talkcard-player", "data-start"), "0");
    // Privacy: no third-party frame until the visitor asks for it.
    assert!(root.query_selector("iframe").unwrap().is_none());
    assert_eq!(
        attr(&root, "button.talkcard-play", "aria-label"),
        "Play video: A Few Tips to Smooth Out a Backstage Roll Out"
    );
}

#[wasm_bindgen_test]
async fn pressing_play_swaps_in_the_nocookie_player() {
    let root = mount_card(
        "+++\ntitle = \"Timed\"\nyoutube = \"https://youtu.be/x_0Fm5Q1Srw?t=1m35s\"\n+++\nBody\n",
    )
    .await;
    assert_eq!(attr(&root, ".talkcard-player", "data-start"), "95");
    click(&root, "button.talkcard-play");
    yew::scheduler::flush().await;
    let frame: web_sys::HtmlIFrameElement = find(&root, "iframe").dyn_into().unwrap();
    assert_eq!(
        frame.src(),
        "https://www.youtube-nocookie.com/embed/x_0Fm5Q1Srw?autoplay=1&start=95"
    );
    assert_eq!(frame.title(), "YouTube video: Timed");
    assert!(attr(&root, "iframe", "sandbox").contains("allow-scripts"));
    // The contract holds after the click too.
    assert_eq!(
        attr(&root, ".talkcard-player", "data-video-id"),
        "x_0Fm5Q1Srw"
    );
    assert!(
        root.query_selector("button.talkcard-play")
            .unwrap()
            .is_none()
    );
}

#[wasm_bindgen_test]
async fn a_fetched_talk_file_renders() {
    let talk = "+++\nTitle = \"Fetched over the wire\"\nType = \"keynote\"\nSpeakers = [\"ada-lovelace\", \"alan-turing\"]\nVimeo = \"219025650\"\nTalk_date = \"2019-08-07\"\nTalk_start_time = \"09:00\"\nTalk_end_time = \"09:30\"\n+++\nHello **world**.\n";
    let root = mount_view(TalkSource::Url(data_url(talk))).await;
    assert_eq!(settled(&root).await, "ready");
    assert_eq!(text(&root, ".talkcard-title"), "Fetched over the wire");
    assert_eq!(attr(&root, ".talkcard-badge", "data-type"), "keynote");
    // In the browser's locale (en-US in headless Chromium), the event's own wall-clock time;
    // the day is past, and the card says so.
    assert_eq!(
        attr(&root, ".talkcard-when", "datetime"),
        "2019-08-07T09:00"
    );
    assert_eq!(
        text(&root, ".talkcard-when"),
        "Took place on Wednesday, August 7, 2019 · 9:00 AM–9:30 AM"
    );
    assert_eq!(
        text(&root, ".talkcard-byline"),
        "by Ada Lovelace and Alan Turing"
    );
    assert_eq!(text(&root, ".talkcard-speakers h3"), "Speakers");
    assert_eq!(attr(&root, ".talkcard-player", "data-provider"), "vimeo");
    assert_eq!(
        attr(&root, ".talkcard-player", "data-video-id"),
        "219025650"
    );
    assert!(
        find(&root, ".talkcard-abstract")
            .inner_html()
            .contains("<strong>world</strong>")
    );
}

#[wasm_bindgen_test]
async fn a_missing_file_says_what_failed_and_where_and_can_be_retried() {
    let root = mount_view(TalkSource::Url("/no/such/talk.md".into())).await;
    assert_eq!(settled(&root).await, "error");
    let detail = text(&root, ".talkcard-error");
    assert!(detail.contains("HTTP 404"), "{detail}");
    assert!(detail.contains("/no/such/talk.md"), "{detail}");
    assert!(detail.starts_with("Could not load this talk"), "{detail}");
    click(&root, "button.talkcard-retry");
    yew::scheduler::flush().await;
    // The retry really fetches again (and fails again, the file is still missing).
    assert_eq!(attr(&root, ".talkcard", "data-state"), "loading");
    assert_eq!(settled(&root).await, "error");
}

#[wasm_bindgen_test]
async fn google_slides_wait_for_a_click_other_decks_are_links() {
    let root = mount_card("+++\ntitle = \"Deck\"\ngoogleslides = \"1AbC-d_E\"\n+++\n").await;
    assert_eq!(
        attr(&root, ".talkcard-player", "data-provider"),
        "googleslides"
    );
    assert!(root.query_selector("iframe").unwrap().is_none());
    click(&root, "button[aria-label='Show slides: Deck']");
    yew::scheduler::flush().await;
    assert_eq!(
        attr(&root, "iframe", "src"),
        "https://docs.google.com/presentation/d/1AbC-d_E/embed"
    );
}

#[wasm_bindgen_test]
async fn an_html_page_is_not_a_talk_file() {
    let root = mount_view(TalkSource::Url(data_url(
        "<!DOCTYPE html><html><body>GitHub</body></html>",
    )))
    .await;
    assert_eq!(settled(&root).await, "error");
    let detail = text(&root, ".talkcard-error-detail");
    assert!(detail.contains("HTML page, not a talk file"), "{detail}");
    assert!(detail.contains("Raw"), "{detail}");
}

#[wasm_bindgen_test]
async fn broken_front_matter_shows_what_was_recovered_under_a_located_error() {
    let talk = "+++\nType = \"talk\"\nTitle = \"Recovered\"\"\n+++\nThe abstract survives.\n";
    let root = mount_view(TalkSource::Url(data_url(talk))).await;
    assert_eq!(settled(&root).await, "ready");
    let error = text(&root, ".talkcard-error .talkcard-diagnostic");
    assert!(
        error.starts_with("line 3, column 20: invalid TOML"),
        "{error}"
    );
    assert_eq!(
        attr(&root, ".talkcard-error .talkcard-diagnostic", "data-line"),
        "3"
    );
    assert_eq!(text(&root, ".talkcard-title"), "Recovered");
    assert!(text(&root, ".talkcard-abstract").contains("The abstract survives."));
}

#[wasm_bindgen_test]
async fn bytes_that_are_not_text_get_an_error_card() {
    let root = mount_view(TalkSource::Url(
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==".into(),
    ))
    .await;
    assert_eq!(settled(&root).await, "error");
    assert!(text(&root, ".talkcard-error").contains("not a text file"));
}

#[wasm_bindgen_test]
async fn body_videos_get_the_same_player_and_warnings_are_notes() {
    let root = mount_card(
        "+++\ntitle = \"Body video\"\n+++\nIntro.\n\n{{< youtube K3VjhM3SJBM >}}\n\n{{< gist a b >}}\n",
    )
    .await;
    // No front matter video: the body's becomes the primary player, facade first.
    assert_eq!(
        attr(&root, ".talkcard-player", "data-video-id"),
        "K3VjhM3SJBM"
    );
    assert!(root.query_selector("iframe").unwrap().is_none());
    assert!(!text(&root, ".talkcard-abstract").contains("{{"));
    assert_eq!(
        text(&root, ".talkcard-notes summary"),
        "1 note for the speaker"
    );
    assert_eq!(
        text(&root, ".talkcard-notes .talkcard-diagnostic"),
        "line 8: shortcode `gist` is not supported here; removed"
    );
}

#[wasm_bindgen_test]
async fn slides_only_talks_get_a_link_card_and_others_stay_reachable() {
    let root = mount_card(
        "+++\ntitle = \"Deck\"\nspeakerdeck = \"https://speakerdeck.com/a/b\"\nwebsite = \"https://example.org/\"\n+++\n",
    )
    .await;
    assert_eq!(
        attr(&root, ".talkcard-player", "data-provider"),
        "speakerdeck"
    );
    assert_eq!(
        attr(&root, ".talkcard-document-link", "href"),
        "https://speakerdeck.com/a/b"
    );
    assert_eq!(
        text(&root, ".talkcard-document-text"),
        "Slides on Speaker Deck"
    );
    assert_eq!(
        attr(&root, ".talkcard-also a", "href"),
        "https://example.org/"
    );
    assert_eq!(text(&root, ".talkcard-also a"), "Website");
}

#[wasm_bindgen_test]
async fn body_html_is_sanitised() {
    let root = mount_card(
        "+++\ntitle = \"x\"\n+++\n<script>window.__xss = 1</script>\n\n<p><strong>Kept</strong> <img src=\"x.png\" onerror=\"window.__xss = 2\"></p>\n",
    )
    .await;
    assert!(
        root.query_selector(".talkcard-abstract script")
            .unwrap()
            .is_none()
    );
    assert_eq!(text(&root, ".talkcard-abstract strong"), "Kept");
    let img = find(&root, ".talkcard-abstract img");
    assert!(!img.has_attribute("onerror"));
    assert_eq!(
        img.get_attribute("referrerpolicy").as_deref(),
        Some("no-referrer")
    );
    let xss = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__xss".into()).unwrap();
    assert!(xss.is_undefined(), "a payload ran");
}

/// The leftovers the XSS corpus found with ammonia, in the browser's sanitiser: each must go.
#[wasm_bindgen_test]
async fn the_browser_sanitiser_keeps_only_the_policy() {
    let root = mount_card(concat!(
        "+++\ntitle = \"x\"\n+++\n",
        "<q cite=\"javascript:window.__xss=3\">q</q> <del cite=\" https://ok.example/\">d</del>\n\n",
        "<a href=\"\u{2028}javascript:window.__xss=4\">a</a> <a href=\"rel/x.md\">r</a>\n\n",
        "<input value=\"a text box\"> <input type=checkbox>\n\n",
        "<iframe srcdoc=\"<img src=1>\"></iframe>\n\n",
        "<p>\n<br>\n</p>\n\n<p lang=\"en\" title=\"javascript: a talk\">Kept</p>\n\n",
        "- [x] done\n",
    ))
    .await;
    let abstract_ = find(&root, ".talkcard-abstract");
    let html = abstract_.inner_html();
    assert!(!html.contains("javascript:window"), "{html}");
    assert!(!html.contains("<input"), "{html}");
    assert!(!html.contains("srcdoc"), "{html}");
    assert!(
        root.query_selector(".talkcard-player").unwrap().is_none(),
        "an srcdoc became a player: {html}"
    );
    // Kept: what the policy allows, as written when there is no base URL.
    assert_eq!(
        attr(&root, ".talkcard-abstract del", "cite"),
        "https://ok.example/"
    );
    assert_eq!(
        attr(&root, ".talkcard-abstract a:nth-of-type(2)", "href"),
        "rel/x.md"
    );
    assert_eq!(
        attr(&root, ".talkcard-abstract a", "rel"),
        "noopener noreferrer nofollow"
    );
    assert_eq!(attr(&root, "p[lang]", "title"), "javascript: a talk");
    assert!(text(&root, ".talkcard-abstract li").starts_with('☑'));
    // Paragraphs left empty (the inputs', the legacy `<br>` one) are gone.
    let paragraphs = abstract_.query_selector_all("p").unwrap();
    assert_eq!(paragraphs.length(), 3, "{html}");
    for i in 0..paragraphs.length() {
        let text = paragraphs.item(i).unwrap().text_content().unwrap();
        assert!(!text.trim().is_empty(), "{html}");
    }
}

/// Relative links and images in a talk fetched from a URL resolve against that URL.
#[wasm_bindgen_test]
async fn relative_links_resolve_against_the_talk_file() {
    let root = mount_card_from(
        "+++\ntitle = \"x\"\n+++\n[slides](../slides/x.pdf) ![me](me.png) [js](javascript:alert(1))\n",
        Some("https://example.org/events/2019-chicago/program/x.md"),
    )
    .await;
    assert_eq!(
        attr(&root, ".talkcard-abstract a", "href"),
        "https://example.org/events/2019-chicago/slides/x.pdf"
    );
    assert_eq!(
        attr(&root, ".talkcard-abstract img", "src"),
        "https://example.org/events/2019-chicago/program/me.png"
    );
    assert_eq!(attr(&root, ".talkcard-abstract img", "loading"), "lazy");
    let links = root
        .query_selector_all(".talkcard-abstract a[href]")
        .unwrap();
    assert_eq!(links.length(), 1, "{}", root.inner_html());
}

#[wasm_bindgen_test]
async fn render_text_draws_a_card_from_text_and_marks_it_ready() {
    let performance = web_sys::window().unwrap().performance().unwrap();
    performance.clear_marks_with_mark_name("talkcard:ready");
    let root = root();
    talkcard::ui::embed::render_text(
        root.clone(),
        "+++\nTitle = \"From text\"\nSpeakers = [\"jane-doe\"]\n+++\nNo fetch *needed*.\n",
    );
    yew::scheduler::flush().await;
    assert_eq!(attr(&root, ".talkcard", "data-state"), "ready");
    assert_eq!(text(&root, ".talkcard-title"), "From text");
    assert_eq!(text(&root, ".talkcard-byline"), "by Jane Doe");
    assert!(
        find(&root, ".talkcard-abstract")
            .inner_html()
            .contains("<em>needed</em>")
    );
    // The User Timing mark that host pages and the benchmark read.
    assert_eq!(
        performance
            .get_entries_by_name_with_entry_type("talkcard:ready", "mark")
            .length(),
        1
    );

    // Rendering into the same element again updates its card: one card, the new title.
    talkcard::ui::embed::render_text(root.clone(), "+++\nTitle = \"Edited\"\n+++\nBody.\n");
    yew::scheduler::flush().await;
    assert_eq!(root.query_selector_all(".talkcard").unwrap().length(), 1);
    assert_eq!(text(&root, ".talkcard-title"), "Edited");

    // Bytes that are not a talk file: an error card, not a blank.
    let root = self::root();
    talkcard::ui::embed::render_text(root.clone(), "<!DOCTYPE html><html></html>");
    yew::scheduler::flush().await;
    assert_eq!(attr(&root, ".talkcard", "data-state"), "error");
    assert!(text(&root, ".talkcard-error").contains("HTML page"));
}

#[wasm_bindgen_test]
fn check_text_lists_located_diagnostics_without_rendering() {
    // A TOML error on line 3, column 9, and the body still read.
    let found = talkcard::ui::embed::check_text(
        "+++\nTitle = \"Fine\"\nType = \"talk\nSpeakers = [\"jane-doe\"]\n+++\nBody.\n",
    );
    let first = found.get(0);
    assert_eq!(get(&first, "severity").as_string().unwrap(), "error");
    assert_eq!(get(&first, "line").as_f64(), Some(3.0));
    assert!(get(&first, "column").as_f64().is_some());
    let text = get(&first, "text").as_string().unwrap();
    assert!(text.starts_with("line 3, column "), "{text}");
    assert!(text.ends_with(&get(&first, "message").as_string().unwrap()));

    // A clean file: nothing to say.
    let clean = talkcard::ui::embed::check_text(
        "+++\nTitle = \"Fine\"\nType = \"talk\"\nSpeakers = [\"jane-doe\"]\n+++\nBody.\n",
    );
    assert_eq!(clean.length(), 0, "{:?}", clean.get(0));

    // Not a talk file at all: one error, with no line.
    let page = talkcard::ui::embed::check_text("<!DOCTYPE html><html></html>");
    assert_eq!(page.length(), 1);
    assert!(get(&page.get(0), "line").is_null());
    assert!(
        get(&page.get(0), "message")
            .as_string()
            .unwrap()
            .contains("HTML page")
    );
}

#[wasm_bindgen_test]
fn check_speaker_text_locates_a_speaker_file_s_errors() {
    let found = talkcard::ui::embed::check_speaker_text(
        "+++\nTitle = \"Ada Lovelace\nTwitter = \"ada\"\n+++\nWrote the first program.\n",
    );
    assert!(found.length() >= 1);
    let first = found.get(0);
    assert_eq!(get(&first, "severity").as_string().unwrap(), "error");
    assert_eq!(get(&first, "line").as_f64(), Some(2.0));
    let clean = talkcard::ui::embed::check_speaker_text(
        "+++\nTitle = \"Ada Lovelace\"\nTwitter = \"ada\"\n+++\nWrote the first program.\n",
    );
    assert_eq!(clean.length(), 0, "{:?}", clean.get(0));
}

/// The browser's URL parser, which the card bundle uses instead of the `url` crate, reads links
/// as the native build does (the same cases as `link::whatwg`'s native tests).
#[wasm_bindgen_test]
fn urls_are_read_as_natively() {
    use talkcard::link::{http_url, resolve, whatwg};
    let p = whatwg::parse("HTTPS://München.example/a b?q=1#f").unwrap();
    assert_eq!(p.scheme, "https");
    assert_eq!(p.host, "xn--mnchen-3ya.example");
    assert_eq!(p.href, "https://xn--mnchen-3ya.example/a%20b?q=1#f");
    assert!(!p.has_credentials);
    assert!(
        whatwg::parse("https://u:p@example.org/")
            .unwrap()
            .has_credentials
    );
    assert_eq!(whatwg::parse("www.example.org"), None);
    assert_eq!(whatwg::parse("https://exa mple.org/"), None);
    let base = "https://example.org/events/2019-chicago/program/x.md";
    assert_eq!(
        resolve(base, "../speakers/jane.md").as_deref(),
        Some("https://example.org/events/2019-chicago/speakers/jane.md")
    );
    assert_eq!(resolve("not a url", "x"), None);
    assert_eq!(
        http_url("www.example.org/talk").as_deref(),
        Some("https://www.example.org/talk")
    );
    assert_eq!(http_url("javascript:alert(1)"), None);
    assert_eq!(http_url("https://user@example.org/"), None);
    assert_eq!(http_url("localhost:8080"), None);
}

/// The browser's `toLowerCase` and `toUpperCase`, which the wasm build uses instead of Rust's
/// case tables, change case as the native build does (`case::CASES`, also run natively).
#[wasm_bindgen_test]
fn case_is_changed_as_natively() {
    use talkcard::case::{CASES, capitalise, lower, upper};
    for (text, lowered, uppered) in CASES {
        assert_eq!(lower(text), *lowered, "{text}");
        assert_eq!(upper(text), *uppered, "{text}");
    }
    assert_eq!(capitalise("ñandú-day"), "Ñandú-day");
    assert_eq!(capitalise("ǆemal"), "Ǆemal");
    assert_eq!(
        talkcard::speaker::name_from_slug("élodie-durand"),
        "Élodie Durand"
    );
}

/// The fixed English forms of the visitor's time (for a browser whose `Intl` refuses every
/// language) read the instant with the core's calendar arithmetic: the same weekday and clock as
/// the browser's own `Date` getters, which the card no longer imports.
#[wasm_bindgen_test]
fn fixed_english_dates_read_an_instant_as_the_browsers_date_does() {
    use talkcard::schedule::{Time, short_weekday};
    use talkcard::ui::card::dates::{Style, instant};
    // 2019-08-27 14:15 UTC, the epoch and the minute before it, a year earlier, a leap day.
    for minutes in [26_115_255, 0, -1, -525_600, 28_492_479] {
        let when = instant(minutes);
        let local = Time {
            hour: when.get_hours() as u8,
            minute: when.get_minutes() as u8,
        };
        assert_eq!(
            Style::Local.plain(&when),
            format!(
                "{} {}",
                short_weekday(when.get_day() as usize),
                local.plain_text()
            ),
            "{minutes}"
        );
        assert!(
            Style::LocalEnd
                .plain(&when)
                .starts_with(&local.plain_text())
        );
    }
}

/// JSON front matter is read by the browser's `JSON.parse` in the wasm build: the same fields,
/// body and error places as serde_json natively (`front_matter::json`'s native tests), also where
/// Chromium's message names only the token.
#[wasm_bindgen_test]
fn json_front_matter_reads_as_natively() {
    use talkcard::front_matter::{Format, FrontMatterError, parse};
    let fm = parse("{\n  \"title\": \"A JSON talk\",\n  \"speakers\": [\"jane-doe\"]\n}\nBody\n");
    assert_eq!(fm.format, Some(Format::Json));
    assert_eq!(fm.error, None);
    assert_eq!(fm.fields.text("title").as_deref(), Some("A JSON talk"));
    assert_eq!(fm.fields.list("speakers"), ["jane-doe"]);
    assert_eq!(fm.fields.line("speakers"), Some(3));
    assert_eq!((fm.body, fm.body_line), ("Body\n", 5));
    let fm = parse("{\"title\": \"a } b \\\" {\", \"links\": [{\"x\": 1}]}\nBody {\n");
    assert_eq!(fm.fields.text("title").as_deref(), Some("a } b \" {"));
    assert_eq!(fm.body, "Body {\n");
    let fm = parse("{\"year\": 2017, \"ratio\": 1.5}\n");
    assert_eq!(fm.fields.text("year").as_deref(), Some("2017"));
    assert_eq!(fm.fields.text("ratio").as_deref(), Some("1.5"));
    let at = |text: &str| match parse(text).error {
        Some(FrontMatterError::Syntax { line, column, .. }) => (line, column),
        other => panic!("expected a syntax error, got {other:?}"),
    };
    assert_eq!(
        at("{\n  \"title\": \"x\",\n  \"speakers\": [\"a\" \"b\"]\n}\nBody\n"),
        (3, 20)
    );
    assert_eq!(at("{\n  \"title\": x\n}\n"), (2, 12));
    assert_eq!(at("{\n  \"tïtle\": 'x'\n}\n"), (2, 12));
    assert_eq!(at("{\n  \"title\": \"x\",\n"), (3, 1));
}

/// The core's plural rules (`talkcard::language::plural`, which the export shares) give every
/// whole number the form the browser's own `Intl.PluralRules` gives it, in every shipped
/// language.
#[wasm_bindgen_test]
fn plural_forms_are_the_browsers() {
    use talkcard::language::Language;
    for language in Language::ALL {
        let locales = js_sys::Array::of1(&language.tag().into());
        let rules = js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new());
        for n in (0..1_200u64).chain([1_000_000, 2_000_000, 1_000_001, 21_000_000]) {
            let browser = String::from(rules.select(n as f64));
            assert_eq!(language.plural(n).name(), browser, "{} {n}", language.tag());
        }
    }
}
