//! End-to-end: the release dist served on 127.0.0.1 under a sub-path, driven in headless
//! Chromium through WebDriver, asserting what a visitor sees.
//!
//! These need a built dist and chromedriver, so a plain `cargo test` skips them;
//! `scripts/test` (the README's test command, and CI) builds the dist and runs them with
//! `--include-ignored`. Screenshots land in `target/screenshots/`.
#![cfg(not(target_arch = "wasm32"))]

mod app;
mod card;
mod consumers;
mod editor;
mod embed;
mod event;
mod export;
mod harness;
mod hostile;
mod language;
mod offline;
mod resilience;
mod sanitiser;
mod xss;

use fantoccini::Locator;
use harness::{Browser, Server};

pub(crate) const READY: &str = ".talkcard[data-state='ready']";
const ERROR: &str = ".talkcard[data-state='error']";

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn the_demo_talk_with_a_privacy_first_player() {
    let server = Server::start();
    let browser = Browser::start().await;
    browser.goto(&server.app("")).await;
    browser.wait_for(READY).await;
    assert_eq!(
        browser.text(".talkcard-title").await,
        "A Few Tips to Smooth Out a Backstage Roll Out"
    );
    assert_eq!(browser.text(".talkcard-badge").await, "TALK");
    assert_eq!(browser.text(".talkcard-speaker-name").await, "James Thomas");
    assert!(
        browser
            .text(".talkcard-abstract")
            .await
            .contains("Internal Developer Portals are fantastic pieces of technology")
    );
    let player = ".talkcard-player";
    assert_eq!(
        browser.attr(player, "data-provider").await.as_deref(),
        Some("youtube")
    );
    assert_eq!(
        browser.attr(player, "data-video-id").await.as_deref(),
        Some("x_0Fm5Q1Srw")
    );
    assert_eq!(
        browser.attr(player, "data-start").await.as_deref(),
        Some("0")
    );
    browser.screenshot("demo").await;
    let violations = browser.accessibility_violations().await;
    assert!(violations.is_empty(), "axe on the demo: {violations:#?}");

    // Nothing has been requested from anyone but the app's own host.
    let requested = browser.requested_urls().await;
    assert!(!requested.is_empty(), "resource timing saw nothing");
    for url in &requested {
        assert!(
            url.starts_with(&server.origin),
            "third-party request before play: {url}"
        );
    }
    assert!(browser.client.find(Locator::Css("iframe")).await.is_err());

    // The visitor presses play: now, and only now, the nocookie player loads.
    browser
        .click(Locator::Css(
            "button[aria-label='Play video: A Few Tips to Smooth Out a Backstage Roll Out']",
        ))
        .await;
    let frame = browser.wait_for(".talkcard-player iframe").await;
    assert_eq!(
        frame.attr("src").await.unwrap().as_deref(),
        Some("https://www.youtube-nocookie.com/embed/x_0Fm5Q1Srw?autoplay=1")
    );
    assert_eq!(
        browser.attr(player, "data-video-id").await.as_deref(),
        Some("x_0Fm5Q1Srw")
    );
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn a_real_talk_file_by_relative_url() {
    let server = Server::start();
    let browser = Browser::start().await;
    // Relative to the app's sub-path, as a deep link on a static host would be.
    let talk = "../fixtures/devopsdays/talks/2018-amsterdam/matt-stratton.md";
    browser.goto(&server.app(&format!("?talk={talk}"))).await;
    browser.wait_for(READY).await;
    assert_eq!(
        browser.text(".talkcard-title").await,
        "How Do You Infect Your Organization With Humane Ops?"
    );
    assert_eq!(
        browser.text(".talkcard-speaker-name").await,
        "Matt Stratton"
    );
    // The field is a full watch URL with a playlist: the Hugo theme's player breaks on it.
    assert_eq!(
        browser
            .attr(".talkcard-player", "data-video-id")
            .await
            .as_deref(),
        Some("76o64wuU4bA")
    );
    assert!(
        browser
            .text(".talkcard-abstract")
            .await
            .contains("Patient Zero")
    );
    browser.screenshot("matt-stratton").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn vimeo_with_slides_also_listed() {
    let server = Server::start();
    let browser = Browser::start().await;
    let talk = "../fixtures/devopsdays/talks/2017-zurich/dave-halter.md";
    browser.goto(&server.app(&format!("?talk={talk}"))).await;
    browser.wait_for(READY).await;
    assert_eq!(
        browser.text(".talkcard-title").await,
        "Beautiful Deployment Code"
    );
    assert_eq!(
        browser
            .attr(".talkcard-player", "data-provider")
            .await
            .as_deref(),
        Some("vimeo")
    );
    assert_eq!(
        browser
            .attr(".talkcard-player", "data-video-id")
            .await
            .as_deref(),
        Some("219025650")
    );
    assert_eq!(
        browser.text(".talkcard-also a").await,
        "Slides on Speaker Deck"
    );
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn the_broken_real_file_shows_its_title_and_abstract_under_a_located_error() {
    let server = Server::start();
    let browser = Browser::start().await;
    // The corpus's one TOML syntax error: a doubled closing quote on line 5.
    let talk = "../fixtures/devopsdays/talks/2024-sao-paulo/bernardo-lankheet.md";
    browser.goto(&server.app(&format!("?talk={talk}"))).await;
    browser.wait_for(READY).await;
    let error = browser.text(".talkcard-error .talkcard-diagnostic").await;
    assert!(
        error.starts_with("line 5, column 104: invalid TOML"),
        "{error}"
    );
    assert_eq!(
        browser.text(".talkcard-title").await,
        "Apresentando metricas de negocio com Grafana, correlacionando dados de diferentes Datasources"
    );
    assert_eq!(
        browser.text(".talkcard-speaker-name").await,
        "Bernardo Lankheet"
    );
    assert!(
        browser
            .text(".talkcard-abstract")
            .await
            .contains("Nesta palestra irei abortar")
    );
    browser.screenshot("broken-toml").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn a_missing_talk_file_says_which_url_failed() {
    let server = Server::start();
    let browser = Browser::start().await;
    browser
        .goto(&server.app("?talk=../fixtures/no-such-talk.md"))
        .await;
    browser.wait_for(ERROR).await;
    let message = browser.text(".talkcard-error").await;
    assert!(message.contains("HTTP 404"), "{message}");
    assert!(
        message.contains(&format!("{}/fixtures/no-such-talk.md", server.origin)),
        "{message}"
    );
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn the_app_runs_under_a_strict_content_security_policy() {
    let server = Server::start();
    let browser = Browser::start().await;
    browser.goto(&server.app("")).await;
    browser.wait_for(READY).await;
    // Record violations from here on, then try what an injected payload would do.
    let result = browser
        .client
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
            window.__violations = [];
            document.addEventListener('securitypolicyviolation',
                e => window.__violations.push(e.effectiveDirective));
            const script = document.createElement('script');
            script.textContent = 'window.__inline = 1';
            document.head.append(script);
            const probe = document.createElement('p');
            probe.setAttribute('style', 'color: rgb(255, 0, 0)');
            document.body.append(probe);
            setTimeout(() => done({
                inlineRan: window.__inline === 1,
                styled: getComputedStyle(probe).color === 'rgb(255, 0, 0)',
                violations: window.__violations,
            }), 300);"#,
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(result["inlineRan"], false, "{result}");
    assert_eq!(result["styled"], false, "{result}");
    let violations = result["violations"].as_array().unwrap();
    assert!(
        violations
            .iter()
            .any(|v| v.as_str().unwrap().starts_with("script-src")),
        "{result}"
    );
    assert!(
        violations
            .iter()
            .any(|v| v.as_str().unwrap().starts_with("style-src")),
        "{result}"
    );

    // talkcard's own behaviour raises none: pressing play is allowed by the policy.
    browser
        .client
        .execute("window.__violations = []", vec![])
        .await
        .unwrap();
    browser.click(Locator::Css("button.talkcard-play")).await;
    browser.wait_for(".talkcard-player iframe").await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let violations = browser
        .client
        .execute("return window.__violations", vec![])
        .await
        .unwrap();
    assert_eq!(violations, serde_json::json!([]));
    browser.close().await;
}
