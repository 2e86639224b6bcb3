//! In-browser benchmarks, talkcard side by side with its JavaScript peer (`bench/`), in the
//! same headless Chromium, against the same test server as the end-to-end tests:
//!
//! - parse + render: every corpus talk file rendered as a card into one page, 20 rounds after
//!   5 warm-up rounds; median µs per file to the DOM, and with the browser's style and layout;
//! - time to card: navigation start to the card in the DOM (the `talkcard:ready` and
//!   `peer:ready` User Timing marks), the demo talk fetched from 127.0.0.1 without cache, 20
//!   loads each, alternating; and as a visitor meets it, throttled and brotli-served, one talk
//!   three ways (exported page, `?talk=`, peer);
//! - the first press on play, the exported page (its card not live yet) against `?talk=`;
//! - the first search on an event's timetable, the exported event page (not live yet) against
//!   `?program=`;
//! - a host page's three cards, named by their exported pages or by their talk files, against
//!   the peer;
//! - Lighthouse on the same three pages.
//!
//! Needs the release dist, the peer's build and chromedriver: run it through `scripts/bench`,
//! which prepares them and writes the Markdown this prints into `BENCHMARKS.md`.

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/e2e/harness.rs"]
#[allow(dead_code)]
mod harness;

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(run());
}

/// Median, quartiles and extremes of a sample.
#[cfg(not(target_arch = "wasm32"))]
struct Spread {
    median: f64,
    p25: f64,
    p75: f64,
    min: f64,
    max: f64,
}

#[cfg(not(target_arch = "wasm32"))]
impl Spread {
    fn of(mut sample: Vec<f64>) -> Spread {
        sample.sort_by(f64::total_cmp);
        let at = |q: f64| sample[((sample.len() - 1) as f64 * q).round() as usize];
        Spread {
            median: at(0.5),
            p25: at(0.25),
            p75: at(0.75),
            min: sample[0],
            max: sample[sample.len() - 1],
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
async fn run() {
    // One section alone, while working on it: `TALKCARD_BENCH_ONLY=first-press` (or
    // `keystroke`, `lighthouse`).
    match std::env::var("TALKCARD_BENCH_ONLY").as_deref() {
        Ok("first-press") => return println!("{}", first_press().await),
        Ok("first-search") => return println!("{}", first_search().await),
        Ok("host-cards") => return println!("{}", host_cards().await),
        Ok("keystroke") => return println!("{}", keystroke().await),
        Ok("lighthouse") => return println!("{}", lighthouse().await),
        _ => {}
    }
    use harness::{Browser, Server};
    use serde_json::Value;
    use std::time::Duration;

    const WARM_UP: usize = 5;
    const ROUNDS: usize = 20;
    const LOADS: usize = 20;

    let server = Server::start();
    let browser = Browser::start().await;
    browser
        .client
        .update_timeouts(fantoccini::wd::TimeoutConfiguration::new(
            Some(Duration::from_secs(300)),
            Some(Duration::from_secs(60)),
            None,
        ))
        .await
        .unwrap();

    // 1. Parse + render in the browser.
    let mut parse = Vec::new();
    let mut files = 0;
    for engine in ["talkcard", "peer"] {
        browser
            .goto(&format!(
                "{}/bench/parse.html?engine={engine}",
                server.origin
            ))
            .await;
        let result = browser
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const wait = () => window.runBench ? runBench(arguments[0]).then(done, e => done(String(e)))
                                                    : setTimeout(wait, 10);
                 wait();",
                vec![Value::from(WARM_UP + ROUNDS)],
            )
            .await
            .unwrap();
        let rounds = |key: &str| -> Vec<f64> {
            result[key]
                .as_array()
                .unwrap_or_else(|| panic!("{engine}: {result}"))
                .iter()
                .skip(WARM_UP)
                .map(|v| v.as_f64().unwrap())
                .collect()
        };
        files = result["files"].as_u64().unwrap();
        parse.push((
            engine,
            Spread::of(rounds("perFile")),
            Spread::of(rounds("withLayout")),
            Spread::of(rounds("parseOnly")),
            Spread::of(rounds("markupOnly")),
            Spread::of(rounds("rawOnly")),
        ));
    }

    // 2. Time to card, alternating engines so that drift affects both alike.
    let pages = [
        (
            "talkcard",
            server.app("?talk=/bench/demo.md"),
            "talkcard:ready",
        ),
        (
            "peer",
            format!("{}/peer/index.html?talk=/bench/demo.md", server.origin),
            "peer:ready",
        ),
    ];
    let mut loads: [Vec<f64>; 2] = [Vec::new(), Vec::new()];
    for _ in 0..LOADS {
        for (i, (engine, url, mark)) in pages.iter().enumerate() {
            browser.goto("about:blank").await;
            browser.goto(url).await;
            let at = browser
                .wait_until(
                    &format!("{engine}: the {mark} mark"),
                    "return performance.getEntriesByName(arguments[0]).map(e => e.startTime)[0] ?? null",
                    vec![Value::from(*mark)],
                )
                .await
                .as_f64()
                .unwrap();
            let state = browser
                .client
                .execute(
                    "return document.querySelector('.talkcard')?.dataset.state ?? null",
                    vec![],
                )
                .await
                .unwrap();
            assert_eq!(state, "ready", "{engine}: the card is not ready");
            loads[i].push(at);
        }
    }
    browser.close().await;

    // 3. Time to card as a visitor meets it: compressed like a static host, throttled.
    let visitor = visitor().await;

    let ratio = |a: f64, b: f64| a / b;
    println!("### Parse + render in the browser\n");
    println!(
        "All {files} corpus talk files rendered as cards into one page, {ROUNDS} rounds after {WARM_UP} warm-up rounds; µs per file. \
         *To the DOM*: from the first file handed over to the last card in the DOM (the engines' own work). \
         *With layout*: on to the end of the browser's style and layout of all the cards, forced by reading a size.\n"
    );
    println!(
        "| engine | to the DOM: median | p25–p75 | min–max | with layout: median | p25–p75 |\n|---|---:|---:|---:|---:|---:|"
    );
    for (engine, dom, laid, _, _, _) in &parse {
        println!(
            "| {engine} | {:.1} | {:.1}–{:.1} | {:.1}–{:.1} | {:.1} | {:.1}–{:.1} |",
            dom.median, dom.p25, dom.p75, dom.min, dom.max, laid.median, laid.p25, laid.p75
        );
    }
    println!(
        "\npeer / talkcard, to the DOM: **{:.2}×**; with layout: **{:.2}×** (above 1: talkcard is faster)\n",
        ratio(parse[1].1.median, parse[0].1.median),
        ratio(parse[1].2.median, parse[0].2.median)
    );
    println!(
        "Where the to-the-DOM time goes: *parse only* is the engine's parse alone, in rounds of its own \
         (talkcard's `check`: front matter, media, Markdown, no DOM, its DOMPurify sanitising counted in the rest, \
         as it runs while the card is built; the peer's `parseTalk`: the same with DOMPurify's sanitising); \
         *the rest* is the to-the-DOM median minus it (building the card's DOM). *Markup only* is the same \
         cards' finished markup inserted as HTML strings (`innerHTML`), in rounds of their own: what the browser \
         takes to build that DOM from markup, whoever writes it.\n"
    );
    println!(
        "| engine | parse only: median | p25–p75 | the rest | markup only: median | p25–p75 |\n|---|---:|---:|---:|---:|---:|"
    );
    for (engine, dom, _, only, markup, _) in &parse {
        println!(
            "| {engine} | {:.1} | {:.1}–{:.1} | {:.1} | {:.1} | {:.1}–{:.1} |",
            only.median,
            only.p25,
            only.p75,
            dom.median - only.median,
            markup.median,
            markup.p25,
            markup.p75
        );
    }
    let rest = parse[0].1.median - parse[0].3.median;
    println!(
        "\npeer / talkcard, parse only: **{:.2}×**. Were talkcard's parse instant, its card building alone would \
         still make it **{:.2}×** the peer's speed to the DOM. Writing the same card as one string, at best its \
         parse plus the markup-only time, would make it **{:.2}×**.\n",
        ratio(parse[1].3.median, parse[0].3.median),
        ratio(parse[1].1.median, rest),
        ratio(parse[1].1.median, parse[0].3.median + parse[0].4.median)
    );
    println!(
        "Like for like, neither sanitising (talkcard's sanitising runs in the browser as its card is built, \
         so its `check` never sanitises; the peer's `parseTalk` here leaves marked's HTML unsanitised): \
         talkcard {:.1} µs (p25–p75 {:.1}–{:.1}), peer {:.1} µs ({:.1}–{:.1}) per file; \
         peer / talkcard, parse only without sanitising: **{:.2}×**.\n",
        parse[0].5.median,
        parse[0].5.p25,
        parse[0].5.p75,
        parse[1].5.median,
        parse[1].5.p25,
        parse[1].5.p75,
        ratio(parse[1].5.median, parse[0].5.median)
    );
    println!("### Time to card\n");
    println!(
        "Navigation start to the card in the DOM, the demo talk fetched from 127.0.0.1 (`Cache-Control: no-store`), {LOADS} loads each, alternating; ms.\n"
    );
    println!("| engine | median | p25–p75 | min–max |\n|---|---:|---:|---:|");
    let spreads: Vec<Spread> = loads.into_iter().map(Spread::of).collect();
    for ((engine, _, _), s) in pages.iter().zip(&spreads) {
        println!(
            "| {engine} | {:.1} | {:.1}–{:.1} | {:.1}–{:.1} |",
            s.median, s.p25, s.p75, s.min, s.max
        );
    }
    println!(
        "\ntalkcard / peer: **{:.2}×** (below 1: talkcard is faster)",
        ratio(spreads[0].median, spreads[1].median)
    );
    println!("\n{visitor}");
    println!("\n{}", first_press().await);
    println!("\n{}", first_search().await);
    println!("\n{}", host_cards().await);
    println!("\n{}", keystroke().await);
    println!("\n{}", lighthouse().await);
}

/// In the editor, on the corpus's longest talk file: keystrokes typed one at a time into the
/// body, each from its `keydown` to the preview's first change after it (both timed in the
/// page), over a scripted session; p50 and p95. Returns the Markdown.
#[cfg(not(target_arch = "wasm32"))]
async fn keystroke() -> String {
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    use std::time::{Duration, Instant};

    // (Every key changes what the preview shows: a trailing space would not.)
    const TYPED: &str = "typed-one-key-at-a-time-as-a-speaker-fixes-a-word";
    const LONGEST: &str = "2017-moscow/leon-fayer2.md";
    let server = harness::Server::start();
    let browser = harness::Browser::start().await;
    let talk = server.site_content_talk(LONGEST);
    browser
        .goto(&server.app(&format!("?edit&talk={talk}")))
        .await;
    browser
        .wait_until(
            "the longest talk file in the editor and its preview",
            "return !!document.querySelector('#talkcard-editor[data-state=ready]')
                 && !!document.querySelector('.talkcard-editor-preview .talkcard-title')
                 && document.getElementById('talkcard-editor').shadowRoot.querySelectorAll('.cm-lineNumbers .cm-gutterElement').length > 20;",
            vec![],
        )
        .await;
    // The caret at the end of the body, as a speaker puts it there (a click, Control+End);
    // keydowns and the preview's changes timed in the page.
    browser
        .wait_for("#talkcard-editor")
        .await
        .click()
        .await
        .unwrap();
    browser
        .chord(
            fantoccini::key::Key::Control,
            char::from(fantoccini::key::Key::End),
        )
        .await;
    browser
        .client
        .execute(
            "const content = document.getElementById('talkcard-editor').shadowRoot.querySelector('.cm-content');
             window.__down = []; window.__changed = [];
             content.addEventListener('keydown', () => __down.push(performance.now()), true);
             new MutationObserver(() => __changed.push(performance.now()))
               .observe(document.querySelector('.talkcard-editor-preview'), { subtree: true, childList: true, characterData: true });",
            vec![],
        )
        .await
        .unwrap();
    let mut times = Vec::new();
    for (i, c) in TYPED.chars().enumerate() {
        let press = KeyActions::new("keyboard".to_owned())
            .then(KeyAction::Down { value: c })
            .then(KeyAction::Up { value: c });
        browser.client.perform_actions(press).await.unwrap();
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let delta = browser
                .client
                .execute(
                    "const down = __down[arguments[0]];
                     const after = __changed.find((t) => t > down);
                     return down === undefined || after === undefined ? null : after - down;",
                    vec![serde_json::Value::from(i)],
                )
                .await
                .unwrap();
            if let Some(ms) = delta.as_f64() {
                times.push(ms);
                break;
            }
            assert!(
                Instant::now() < deadline,
                "key {i}: the preview never changed"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        // A pause longer than the editor's, so that each key gets its own preview.
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    browser.close().await;
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    format!(
        "### Keystroke to preview (the editor)\n\nThe speaker's editor (`?edit`) with the corpus's longest talk file \
         (`{LONGEST}`, 3,013 B): {} keys typed one at a time at the end of its body through WebDriver, each \
         from its `keydown` to the preview's first change after it, both timed in the page; unthrottled, ms. The \
         editor waits for a 180 ms pause in typing before it previews (parsing is well under a millisecond; \
         redrawing the card on every key is wasted work), so that pause is the floor here.\n\n\
         | editor | p50 | p95 | max |\n|---|---:|---:|---:|\n| CodeMirror 6 (issue 23) | {:.1} | {:.1} | {:.1} |\n",
        times.len(),
        at(0.5),
        at(0.95),
        times[times.len() - 1]
    )
}

/// Lighthouse's report numbers for one run: FCP, LCP, TBT (ms), CLS, and the four category
/// scores (0–100).
#[cfg(not(target_arch = "wasm32"))]
fn lighthouse_run(url: &str) -> [f64; 8] {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let output = std::process::Command::new(root.join("bench/node_modules/.bin/lighthouse"))
        .arg(url)
        .args([
            "--output=json",
            "--output-path=stdout",
            "--quiet",
            "--only-categories=performance,accessibility,best-practices,seo",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage \
             --disable-background-networking --disable-component-update --disable-sync --no-first-run",
        ])
        .env("CHROME_PATH", "/usr/bin/chromium")
        .output()
        .expect("lighthouse runs (bench/node_modules: scripts/bench installs it)");
    // `TALKCARD_LIGHTHOUSE_KEEP=<dir>`: each run's whole report is kept there, to read what
    // the numbers are made of (the critical chain, the main thread's tasks).
    if let Some(dir) = std::env::var_os("TALKCARD_LIGHTHOUSE_KEEP") {
        static RUN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = RUN.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let _ = std::fs::create_dir_all(&dir);
        let _ = std::fs::write(
            std::path::Path::new(&dir).join(format!("run-{n:02}.json")),
            &output.stdout,
        );
    }
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "lighthouse {url}: {e}: {}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    let audit = |name: &str| {
        report["audits"][name]["numericValue"]
            .as_f64()
            .unwrap_or(f64::NAN)
    };
    let score = |name: &str| {
        report["categories"][name]["score"]
            .as_f64()
            .unwrap_or(f64::NAN)
            * 100.0
    };
    [
        audit("first-contentful-paint"),
        audit("largest-contentful-paint"),
        audit("total-blocking-time"),
        audit("cumulative-layout-shift"),
        score("performance"),
        score("accessibility"),
        score("best-practices"),
        score("seo"),
    ]
}

/// Lighthouse (mobile defaults: simulated slow 4G, CPU ×4), median of three runs each, on one
/// talk three ways and its exported event page, served as a static host serves them. Returns
/// the Markdown.
#[cfg(not(target_arch = "wasm32"))]
async fn lighthouse() -> String {
    use std::fmt::Write;

    const RUNS: usize = 3;
    harness::published();
    let server = harness::Server::start_static_host();
    const TALK: &str = "/published/content/events/2018-amsterdam/program/matt-stratton.md";
    let pages = [
        (
            "exported page",
            format!(
                "{}/published/events/2018-amsterdam/program/matt-stratton/",
                server.origin
            ),
        ),
        ("`?talk=` page", server.app(&format!("?talk={TALK}"))),
        (
            "peer",
            format!("{}/peer/index.html?talk={TALK}", server.origin),
        ),
        (
            "exported event page",
            format!("{}/published/events/2018-amsterdam/program/", server.origin),
        ),
    ];
    let mut out = String::from(
        "### Lighthouse\n\nLighthouse 12.2.3 (npm), mobile defaults (simulated slow 4G, CPU ×4), Debian's Chromium; the talk \
         `2018-amsterdam/matt-stratton.md` three ways, and its exported event page, served as a static host serves them; \
         median of three runs each.\n\n\
         | page | FCP ms | LCP ms | TBT ms | CLS | performance | accessibility | best practices | SEO |\n\
         |---|---:|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    let mut medians = Vec::new();
    for (name, url) in &pages {
        let runs: Vec<[f64; 8]> = (0..RUNS).map(|_| lighthouse_run(url)).collect();
        let median: Vec<f64> = (0..8)
            .map(|i| Spread::of(runs.iter().map(|r| r[i]).collect()).median)
            .collect();
        let _ = writeln!(
            out,
            "| {name} | {:.0} | {:.0} | {:.0} | {:.3} | {:.0} | {:.0} | {:.0} | {:.0} |",
            median[0], median[1], median[2], median[3], median[4], median[5], median[6], median[7]
        );
        medians.push(median);
    }
    let _ = writeln!(
        out,
        "\nLCP, exported page / peer: **{:.2}×**; `?talk=` page / peer: {:.2}×.",
        medians[0][1] / medians[2][1],
        medians[1][1] / medians[2][1]
    );
    out
}

/// The exported corpus served as a static host serves it, and a browser with its cache off that
/// runs `script` at the start of every page, before the page's own.
#[cfg(not(target_arch = "wasm32"))]
async fn cold_browser(script: &str) -> (harness::Server, harness::Browser) {
    use serde_json::json;

    harness::published();
    let server = harness::Server::start_static_host();
    let browser = harness::Browser::start().await;
    browser.cdp("Network.enable", json!({})).await;
    browser
        .cdp("Network.setCacheDisabled", json!({ "cacheDisabled": true }))
        .await;
    browser
        .cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": script }),
        )
        .await;
    (server, browser)
}

/// One interaction timed on two pages, per profile (unthrottled, slow 4G): each load opens a
/// page, cache cold, waits until its `ready` script says so and a moment more (compilation
/// finishes after the download), makes the interaction (`act`), and reads the time the page's
/// `took` script gives; median of five loads each (p25–p75). The table's rows, in Markdown.
#[cfg(not(target_arch = "wasm32"))]
async fn interaction_rows(
    browser: &harness::Browser,
    pages: [(&str, &str); 2],
    act: impl AsyncFn(),
    took: &str,
) -> String {
    use std::fmt::Write;

    const LOADS: usize = 5;
    let mut out = String::new();
    for profile in [&PROFILES[0], &PROFILES[2]] {
        profile.apply(browser).await;
        let mut times: [Vec<f64>; 2] = Default::default();
        for _ in 0..LOADS {
            for (i, (url, ready)) in pages.iter().enumerate() {
                browser.goto("about:blank").await;
                browser.goto(url).await;
                browser.wait_until("ready", ready, vec![]).await;
                tokio::time::sleep(std::time::Duration::from_millis(500)).await;
                act().await;
                let time = browser.wait_until("the answer", took, vec![]).await;
                times[i].push(time.as_f64().unwrap());
            }
        }
        let [e, a] = times.map(Spread::of);
        let _ = writeln!(
            out,
            "| {} | {:.0} ({:.0}–{:.0}) | {:.0} ({:.0}–{:.0}) |",
            profile.name, e.median, e.p25, e.p75, a.median, a.p25, a.p75
        );
    }
    out
}

/// Times a visitor's first press on play: from the click event to the player's frame in the
/// page. Installed before the page's own scripts (DevTools runs it whatever the page's CSP).
#[cfg(not(target_arch = "wasm32"))]
const PRESS: &str = "window.__press = null; window.__played = null;
    addEventListener('click', (e) => { if (__press === null) __press = e.timeStamp; }, true);
    new MutationObserver(() => {
      if (__played === null && document.querySelector('iframe.talkcard-frame')) __played = performance.now();
    }).observe(document, { childList: true, subtree: true });";

/// The first press on play, exported page (the card in the HTML, not live yet: the press
/// starts the bundle, downloaded in the background after load, and is made on the live card)
/// against the `?talk=` page (its card live already), per profile; median of five loads each,
/// cache cold. Returns the Markdown.
#[cfg(not(target_arch = "wasm32"))]
async fn first_press() -> String {
    use fantoccini::Locator;

    let (server, browser) = cold_browser(PRESS).await;
    const TALK: &str = "/published/content/events/2018-amsterdam/program/matt-stratton.md";
    let exported = format!(
        "{}/published/events/2018-amsterdam/program/matt-stratton/",
        server.origin
    );
    let app = server.app(&format!("?talk={TALK}"));
    let mut out = String::from(
        "### First press on play\n\nThe visitor's first press on the play button, from the click event to the player's frame in the page; \
         the talk above, served the same way, cache cold, DevTools throttling; median of five loads (p25–p75), ms. *Exported*: its card is \
         the page's HTML and not live yet: the bundle downloaded and compiled in the background after the page loaded (the press comes \
         once it has), and the press starts it and is made on the live card. *`?talk=`*: the app's card, live since it appeared.\n\n\
         | profile | exported | `?talk=` |\n|---|---:|---:|\n",
    );
    out += &interaction_rows(
        &browser,
        [
            // Exported: loaded, and the bundle's wasm downloaded in the background.
            (&exported, "return document.readyState === 'complete' && performance.getEntriesByType('resource')
                 .some((e) => e.name.endsWith('_bg.wasm') && e.responseEnd > 0)"),
            (&app, "return !!document.querySelector('#talkcard-app .talkcard[data-state=ready]')"),
        ],
        async || browser.click(Locator::Css(".talkcard-play")).await,
        "return __played !== null && __press !== null ? __played - __press : null",
    )
    .await;
    browser.close().await;
    out
}

/// Times a visitor's first search: from the first key's `keydown` to the timetable showing
/// only the talk the search names. Installed before the page's own scripts.
#[cfg(not(target_arch = "wasm32"))]
const SEARCH: &str = "window.__key = null; window.__answered = null;
    addEventListener('keydown', (e) => { if (__key === null) __key = e.timeStamp; }, true);
    new MutationObserver(() => {
      if (__answered === null && __key !== null
        && document.querySelectorAll('.talkcard-timetable .talkcard-slot--talk').length === 1) __answered = performance.now();
    }).observe(document, { childList: true, subtree: true });";

/// The first search on an event's timetable: the exported event page (its timetable the
/// page's HTML, not live yet: focusing the search box starts the app bundle, downloaded in the
/// background after load, and what was typed is carried into the live timetable) against the
/// app's `?program=` (live since it appeared), per profile; median of five loads each, cache
/// cold. Returns the Markdown.
#[cfg(not(target_arch = "wasm32"))]
async fn first_search() -> String {
    let (server, browser) = cold_browser(SEARCH).await;
    let exported = format!("{}/published/events/2019-chicago/program/", server.origin);
    let app = server.app(&format!(
        "?program={}/published/data/events/2019/chicago/main.yml",
        server.origin
    ));
    let mut out = String::from(
        "### First search on an event's timetable\n\nThe exported 2019 Chicago event page (two days, 7 talk files) and the app's \
         `?program=` of the same event: from the first key typed into the search box (`keydown`, focused first) to the timetable \
         showing only the talk the search names (\"dungeon\", typed at once); served the same way, cache cold, DevTools throttling; \
         median of five loads (p25–p75), ms. *Exported*: the timetable is the page's HTML and not live yet: the app bundle downloaded \
         and compiled in the background after the page loaded (the search comes once it has); focusing the box starts it, and the \
         text typed is carried into the live timetable. *`?program=`*: the app's timetable, live since it appeared.\n\n\
         | profile | exported | `?program=` |\n|---|---:|---:|\n",
    );
    let focus_and_type = async || browser.search("dungeon").await;
    out += &interaction_rows(
        &browser,
        [
            (&exported, "return document.readyState === 'complete' && performance.getEntriesByType('resource')
                 .some((e) => e.name.endsWith('_bg.wasm') && e.responseEnd > 0)"),
            (&app, "const t = document.querySelector('.talkcard-timetable');
                 return !!t && t.dataset.loaded === t.dataset.total"),
        ],
        focus_and_type,
        "return __answered !== null && __key !== null ? __answered - __key : null",
    )
    .await;
    browser.close().await;
    out
}

/// When a host page's cards are shown: the first, and all three (a card in the page or its
/// shadow root, past its loading state, its stylesheet in). Polled every frame from the start
/// of the page, before its own scripts.
#[cfg(not(target_arch = "wasm32"))]
const CARDS_SHOWN: &str = "window.__first = null; window.__all = null;
    (function poll() {
      const shown = [...document.querySelectorAll('[data-talkcard-src], main.talkcard-peer')].filter((mount) => {
        const card = (mount.shadowRoot ?? mount).querySelector('.talkcard');
        const host = mount.shadowRoot?.querySelector('.talkcard-host');
        return !!card && card.dataset.state !== 'loading' && !(host && host.hidden);
      }).length;
      if (shown >= 1 && __first === null) __first = performance.now();
      if (shown >= 3 && __all === null) __all = performance.now();
      if (__all === null) requestAnimationFrame(poll);
    })();";

/// A host page with three cards: named by their exported pages, named by their talk files
/// (the one-line embed), and the peer showing the same three; per profile, cold, median of five
/// loads each. Returns the Markdown.
#[cfg(not(target_arch = "wasm32"))]
async fn host_cards() -> String {
    use std::fmt::Write;

    const LOADS: usize = 5;
    let (server, browser) = cold_browser(CARDS_SHOWN).await;
    let talks = [
        "/published/content/events/2018-amsterdam/program/matt-stratton.md",
        "/published/content/events/2024-amsterdam/program/keynote-sasha-rosenbaum.md",
        "/published/content/events/2021-zurich/program/busra-koken.md",
    ];
    let pages = [
        format!("{}/bench/host.html?by=page", server.origin),
        format!("{}/bench/host.html?by=file", server.origin),
        format!(
            "{}/peer/index.html?talks={}",
            server.origin,
            talks.join(",")
        ),
    ];
    let mut out = String::from(
        "### A host page's three cards\n\nA host page that loads talkcard once and shows three talks (the corpus's 2018 Amsterdam \
         `matt-stratton`, 2024 Amsterdam `keynote-sasha-rosenbaum`, 2021 Zürich `busra-koken`): *by page*, each card named by its \
         exported page (`data-talkcard-src=\".../program/<slug>/\"`: `embed.js` fetches the page and shows its card; the bundle comes \
         after); *by file*, the one-line embed naming the talk files (the bundle fetches and renders them); the *peer* fetching and \
         rendering the same three files in plain JavaScript. Served as a static host serves them, cache cold, DevTools throttling; \
         from navigation start to the first card shown and to all three, median of five loads, ms.\n\n\
         | profile | by page: first | all three | by file: first | all three | peer: first | all three | by page / peer (first, all) | by file / peer (first, all) |\n\
         |---|---:|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    for profile in [&PROFILES[0], &PROFILES[2]] {
        profile.apply(&browser).await;
        let mut first: [Vec<f64>; 3] = Default::default();
        let mut all: [Vec<f64>; 3] = Default::default();
        for _ in 0..LOADS {
            for (i, url) in pages.iter().enumerate() {
                browser.goto("about:blank").await;
                browser.goto(url).await;
                let times = browser
                    .wait_until(
                        "three cards shown",
                        "return __all !== null ? [__first, __all] : null",
                        vec![],
                    )
                    .await;
                first[i].push(times[0].as_f64().unwrap());
                all[i].push(times[1].as_f64().unwrap());
            }
        }
        let [fp, ff, fj] = first.map(|f| Spread::of(f).median);
        let [ap, af, aj] = all.map(|a| Spread::of(a).median);
        let _ = writeln!(
            out,
            "| {} | {fp:.0} | {ap:.0} | {ff:.0} | {af:.0} | {fj:.0} | {aj:.0} | **{:.2}×, {:.2}×** | {:.2}×, {:.2}× |",
            profile.name,
            fp / fj,
            ap / aj,
            ff / fj,
            af / aj
        );
    }
    browser.close().await;
    out
}

/// A network and CPU profile of DevTools' throttling.
#[cfg(not(target_arch = "wasm32"))]
struct Profile {
    name: &'static str,
    /// Bytes per second down (0: no throttling).
    down: f64,
    up: f64,
    /// Added to every request, ms.
    latency: f64,
    cpu: f64,
}

#[cfg(not(target_arch = "wasm32"))]
impl Profile {
    /// Throttles `browser`'s network and CPU as this profile says (DevTools' own throttling).
    async fn apply(&self, browser: &harness::Browser) {
        browser
            .cdp(
                "Network.emulateNetworkConditions",
                serde_json::json!({ "offline": false, "latency": self.latency,
                        "downloadThroughput": if self.down > 0.0 { self.down } else { -1.0 },
                        "uploadThroughput": if self.up > 0.0 { self.up } else { -1.0 } }),
            )
            .await;
        browser
            .cdp(
                "Emulation.setCPUThrottlingRate",
                serde_json::json!({ "rate": self.cpu }),
            )
            .await;
    }
}

#[cfg(not(target_arch = "wasm32"))]
const PROFILES: [Profile; 3] = [
    Profile {
        name: "unthrottled",
        down: 0.0,
        up: 0.0,
        latency: 0.0,
        cpu: 1.0,
    },
    Profile {
        name: "cable: 10 Mbit/s, 40 ms RTT",
        down: 1_250_000.0,
        up: 1_250_000.0,
        latency: 40.0,
        cpu: 1.0,
    },
    Profile {
        name: "slow 4G: 1.6 Mbit/s, 150 ms RTT, CPU ×4",
        down: 200_000.0,
        up: 93_750.0,
        latency: 150.0,
        cpu: 4.0,
    },
];

/// Records the main thread's long tasks from the very start of every page, before its own
/// scripts (DevTools runs it whatever the page's CSP).
#[cfg(not(target_arch = "wasm32"))]
const LONG_TASKS: &str = "window.__longTasks = [];
    new PerformanceObserver(list => { for (const t of list.getEntries()) __longTasks.push([t.startTime, t.duration]); })
      .observe({ type: 'longtask' });";

/// The compressed bytes the page downloaded (Resource Timing's `encodedBodySize`), the talk
/// file and the stylesheet left out, as the issue measures a card.
#[cfg(not(target_arch = "wasm32"))]
const DOWNLOADED: &str = "return performance.getEntriesByType('resource')
    .filter(e => !/\\.(md|css)$/.test(new URL(e.name).pathname))
    .reduce((sum, e) => sum + e.encodedBodySize, 0)
    + performance.getEntriesByType('navigation')[0].encodedBodySize";

/// One load: (time to card in ms, total blocking time before the card in ms, bytes downloaded
/// other than the talk file and the stylesheet).
#[cfg(not(target_arch = "wasm32"))]
async fn load(browser: &harness::Browser, url: &str, mark: &str) -> (f64, f64, f64) {
    use serde_json::Value;
    browser.goto("about:blank").await;
    browser.goto(url).await;
    let at = browser
        .wait_until(
            &format!("the {mark} mark"),
            "return performance.getEntriesByName(arguments[0]).map(e => e.startTime)[0] ?? null",
            vec![Value::from(mark)],
        )
        .await
        .as_f64()
        .unwrap();
    // Long tasks are reported when they end: let the one holding the card finish.
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    let blocking = browser
        .client
        .execute(
            "const at = arguments[0];
             return (window.__longTasks || []).filter(([start]) => start < at)
                 .reduce((sum, [start, duration]) => sum + Math.max(0, Math.min(start + duration, at) - start - 50), 0);",
            vec![Value::from(at)],
        )
        .await
        .unwrap();
    let downloaded = browser.client.execute(DOWNLOADED, vec![]).await.unwrap();
    (at, blocking.as_f64().unwrap(), downloaded.as_f64().unwrap())
}

/// Time to card under each profile, cold (no cache) and warm (a second visit: HTTP cache and
/// V8's code cache), both engines alternating, served as a static host serves them; the bytes
/// of one card and of the example host page's three cards; the main thread's blocking time
/// before the first card. Returns the Markdown.
#[cfg(not(target_arch = "wasm32"))]
async fn visitor() -> String {
    use serde_json::json;
    use std::fmt::Write;

    const LOADS: usize = 7;
    harness::published();
    let server = harness::Server::start_static_host();
    let browser = harness::Browser::start().await;
    browser.cdp("Network.enable", json!({})).await;
    browser
        .cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": LONG_TASKS }),
        )
        .await;
    // One talk three ways: its exported page (the card in the HTML: its first contentful
    // paint is the card), the app's `?talk=` page, the peer.
    const TALK: &str = "/published/content/events/2018-amsterdam/program/matt-stratton.md";
    let pages = [
        (
            format!(
                "{}/published/events/2018-amsterdam/program/matt-stratton/",
                server.origin
            ),
            "first-contentful-paint",
        ),
        (server.app(&format!("?talk={TALK}")), "talkcard:ready"),
        (
            format!("{}/peer/index.html?talk={TALK}", server.origin),
            "peer:ready",
        ),
    ];
    let mut out = String::new();
    let _ = writeln!(
        out,
        "### Time to card as a visitor meets it\n\nOne talk (the corpus's `2018-amsterdam/matt-stratton.md`) three ways, all served as a static host \
         serves them (brotli -q 11, `Content-Encoding: br`, cacheable) from 127.0.0.1, DevTools network and CPU throttling; {LOADS} loads each, \
         alternating: *exported*, its page written by `talkcard export` (the card is in the HTML; time to card is the page's first contentful \
         paint); *`?talk=`*, the app's page, which fetches the file and renders it (the `talkcard:ready` mark); the *peer* doing the same in plain \
         JavaScript (`peer:ready`). *Cold*: the cache disabled. *Warm*: a second visit (HTTP cache and V8's code cache). Median ms from \
         navigation start to the card; *blocking*: the main thread's long tasks before the card, past 50 ms each (total blocking time), median ms.\n"
    );
    let _ = writeln!(
        out,
        "| profile | cache | exported | `?talk=` | peer | exported / peer | `?talk=` / peer | exported blocking | `?talk=` blocking | peer blocking |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    );
    let mut bytes = [0.0; 3];
    for profile in &PROFILES {
        profile.apply(&browser).await;
        for cold in [true, false] {
            browser
                .cdp("Network.setCacheDisabled", json!({ "cacheDisabled": cold }))
                .await;
            let mut times: [Vec<f64>; 3] = Default::default();
            let mut blocking: [Vec<f64>; 3] = Default::default();
            if !cold {
                // The first visit fills the caches.
                for (url, mark) in &pages {
                    load(&browser, url, mark).await;
                }
            }
            for _ in 0..LOADS {
                for (i, (url, mark)) in pages.iter().enumerate() {
                    let (at, blocked, downloaded) = load(&browser, url, mark).await;
                    times[i].push(at);
                    blocking[i].push(blocked);
                    if cold && profile.down == 0.0 {
                        bytes[i] = downloaded;
                    }
                }
            }
            let [e, t, p] = times.map(Spread::of);
            let [be, bt, bp] = blocking.map(Spread::of);
            let _ = writeln!(
                out,
                "| {} | {} | {:.0} | {:.0} | {:.0} | **{:.2}×** | {:.2}× | {:.0} | {:.0} | {:.0} |",
                profile.name,
                if cold { "cold" } else { "warm" },
                e.median,
                t.median,
                p.median,
                e.median / p.median,
                t.median / p.median,
                be.median,
                bt.median,
                bp.median
            );
        }
    }
    // The example host page's three embedded cards, cold, unthrottled.
    PROFILES[0].apply(&browser).await;
    browser
        .cdp("Network.setCacheDisabled", json!({ "cacheDisabled": true }))
        .await;
    browser.goto("about:blank").await;
    browser.goto(&server.app("examples/host.html")).await;
    browser
        .wait_until(
            "three ready cards",
            "return [...document.querySelectorAll('[data-talkcard-src]')]
                 .filter(m => m.shadowRoot?.querySelector('.talkcard[data-state=ready]')).length >= 3",
            vec![],
        )
        .await;
    let host_bytes = browser
        .client
        .execute(DOWNLOADED, vec![])
        .await
        .unwrap()
        .as_f64()
        .unwrap();
    browser.close().await;
    let _ = writeln!(
        out,
        "\nDownloaded for one card (Resource Timing `encodedBodySize`: compressed bytes, the page itself included; the talk file and the \
         stylesheet left out): exported page {:.0} B in all, of which the card arrives with the page and the bundle after it; `?talk=` \
         **{:.0} B**, peer {:.0} B ({:.1}×). For the example host page's three embedded cards, talkcard downloads {:.0} B: \
         the card bundle once, whatever the number of cards (the peer has no embedding; its one script would serve any number too).",
        bytes[0],
        bytes[1],
        bytes[2],
        bytes[1] / bytes[2],
        host_bytes
    );
    out
}
