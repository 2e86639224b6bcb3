//! In-browser benchmarks, talkcard side by side with its JavaScript peer (`bench/`), in the
//! same headless Chromium, against the same test server as the end-to-end tests:
//!
//! - parse + render: every corpus talk file rendered as a card into one page, 20 rounds after
//!   5 warm-up rounds; median µs per file to the DOM, and with the browser's style and layout;
//! - time to card: navigation start to the card in the DOM (the `talkcard:ready` and
//!   `peer:ready` User Timing marks), the demo talk fetched from 127.0.0.1 without cache, 20
//!   loads each, alternating.
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
    for (engine, dom, laid, _, _) in &parse {
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
    for (engine, dom, _, only, markup) in &parse {
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
}
