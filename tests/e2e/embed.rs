//! Embedding on a host page: several cards, each in its own shadow root, style isolation in
//! both directions, data-attribute options, and cards the host adds later.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::harness::{Browser, Server};

/// What the page's mount points hold, read through their shadow roots.
const CARDS: &str = r#"
return [...document.querySelectorAll('[data-talkcard-src]')].map(mount => {
  const root = mount.shadowRoot;
  const card = root && root.querySelector('.talkcard');
  if (!card) return { state: 'none' };
  const title = card.querySelector('.talkcard-title');
  const play = card.querySelector('.talkcard-play');
  const open = card.querySelector('.talkcard-open');
  const style = getComputedStyle(card);
  return {
    state: card.dataset.state,
    theme: card.dataset.theme || null,
    layout: card.dataset.layout,
    title: title && title.textContent,
    titleColor: title && getComputedStyle(title).color,
    titleSize: title && getComputedStyle(title).fontSize,
    background: style.backgroundColor,
    fontFamily: style.fontFamily,
    playDisplay: play && getComputedStyle(play).display,
    hasAbstract: !!card.querySelector('.talkcard-abstract'),
    open: open && open.href,
    accent: style.getPropertyValue('--talkcard-accent').trim(),
    speakersLoading: card.querySelectorAll('[data-speaker-state="loading"]').length,
  };
});
"#;

async fn cards(browser: &Browser) -> Vec<Value> {
    let value = browser.client.execute(CARDS, vec![]).await.unwrap();
    value.as_array().cloned().unwrap_or_default()
}

/// Waits (at most 20 s) until `count` cards are ready with their speakers loaded.
async fn ready_cards(browser: &Browser, count: usize) -> Vec<Value> {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let cards = cards(browser).await;
        let ready = cards.len() == count
            && cards
                .iter()
                .all(|c| c["state"] == "ready" && c["speakersLoading"] == 0);
        if ready {
            return cards;
        }
        assert!(
            Instant::now() < deadline,
            "cards never all ready: {cards:#?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn host_style(browser: &Browser, selector: &str, property: &str) -> String {
    let script = format!(
        "return getComputedStyle(document.querySelector('{selector}')).getPropertyValue('{property}')"
    );
    let value = browser.client.execute(&script, vec![]).await.unwrap();
    value.as_str().unwrap_or_default().to_owned()
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn a_host_page_with_three_isolated_cards_and_one_added_later() {
    let server = Server::start();
    let browser = Browser::start().await;
    browser.goto(&server.app("examples/host.html")).await;
    let cards = ready_cards(&browser, 3).await;

    let titles: Vec<&str> = cards.iter().map(|c| c["title"].as_str().unwrap()).collect();
    assert_eq!(
        titles,
        [
            "How Do You Infect Your Organization With Humane Ops?",
            "Failing to Learn vs Learning to Fail",
            "Whole Wide World of DevOps: Are You Lost Yet?",
        ]
    );
    // The host's CSS does not reach into the cards: not its red, yellow, 30px, serif, or
    // hidden buttons.
    for card in &cards {
        assert_ne!(card["titleColor"], "rgb(255, 0, 0)", "{card}");
        assert_ne!(card["background"], "rgb(255, 255, 0)", "{card}");
        assert_ne!(card["titleSize"], "30px", "{card}");
        assert!(
            !card["fontFamily"].as_str().unwrap().contains("Georgia"),
            "{card}"
        );
    }
    assert_eq!(
        cards[0]["playDisplay"], "flex",
        "the host's button rule hid the player"
    );
    // Custom properties do pass, on purpose: the host themes the first card.
    assert_eq!(cards[0]["accent"], "#b4006e");

    // Options from data attributes.
    assert_eq!(cards[0]["theme"], Value::Null);
    assert_eq!(cards[1]["theme"], "dark");
    assert_eq!(cards[1]["background"], "rgb(23, 25, 28)");
    assert_eq!(cards[2]["layout"], "compact");
    assert_eq!(cards[2]["hasAbstract"], false);
    let open = cards[2]["open"].as_str().unwrap();
    assert!(
        open.starts_with(&format!("{}/talkcard/?talk=", server.origin))
            && open.ends_with("busra-koken.md"),
        "{open}"
    );

    // The cards' CSS does not reach out: the host's own elements keep the host's styles.
    assert_eq!(
        host_style(&browser, "#host-heading", "color").await,
        "rgb(255, 0, 0)"
    );
    assert_eq!(
        host_style(&browser, "#host-text", "color").await,
        "rgb(0, 128, 0)"
    );
    assert_eq!(
        host_style(&browser, "#host-text", "font-size").await,
        "30px"
    );
    assert_eq!(
        host_style(&browser, "#host-button", "display").await,
        "none"
    );
    assert_eq!(
        host_style(&browser, "#host-decoy", "background-color").await,
        "rgb(255, 255, 0)"
    );
    assert_eq!(host_style(&browser, "body", "margin-top").await, "30px");

    browser.screenshot("embed-host").await;

    // The host adds a card with its own script, after the page has loaded.
    browser
        .client
        .execute(
            "addCard('events/2017-zurich/program/alvaro-videla.md')",
            vec![],
        )
        .await
        .unwrap();
    let cards = ready_cards(&browser, 4).await;
    assert_eq!(
        cards[3]["title"],
        "What We Talk About When We Talk About Distributed Systems"
    );
    browser.assert_no_third_party_requests(&server.origin).await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn an_iframe_embed_tells_its_parent_its_height() {
    let server = Server::start();
    let browser = Browser::start().await;
    browser.goto(&server.app("examples/iframe.html")).await;
    // Same origin here, so the test can look inside the frame.
    let probe = r#"
        const frame = document.querySelector('iframe');
        const doc = frame.contentDocument;
        const card = doc && doc.querySelector('.talkcard[data-state="ready"]');
        return {
          ready: !!card && !doc.querySelector('[data-speaker-state="loading"]'),
          chromeless: !!(doc && doc.querySelector('main.talkcard-app--embed')),
          frameHeight: parseFloat(frame.style.height),
          // Between two documents (about:blank, then the page) the frame's may have no root yet.
          contentHeight: doc && doc.documentElement ? doc.documentElement.scrollHeight : 0,
        };
    "#;
    let deadline = Instant::now() + Duration::from_secs(20);
    let state = loop {
        let state = browser.client.execute(probe, vec![]).await.unwrap();
        let settled = state["ready"] == true
            && (state["frameHeight"].as_f64().unwrap_or(0.0)
                - state["contentHeight"].as_f64().unwrap_or(-10.0))
            .abs()
                <= 2.0;
        if settled {
            break state;
        }
        assert!(
            Instant::now() < deadline,
            "the frame never got its height: {state}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert_eq!(state["chromeless"], true);
    // Taller than the 420px the host page starts with: the whole card, no inner scrollbar.
    assert!(state["frameHeight"].as_f64().unwrap() > 1000.0, "{state}");
    browser.screenshot("embed-iframe").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn a_page_script_checks_and_previews_a_talk_file_and_checks_a_speaker_file() {
    let server = Server::start();
    let browser = Browser::start().await;
    // A conference site's own form using `check` and `render` from talkcard.js.
    browser.goto(&server.app("examples/script.html")).await;
    browser
        .wait_for("#talk-preview .talkcard[data-state='ready']")
        .await;
    assert_eq!(
        browser.text("#talk-preview .talkcard-title").await,
        "Observability for the rest of us"
    );
    assert_eq!(
        browser.text("#talk-clean").await,
        "None: the file is ready to submit."
    );
    assert_eq!(
        browser.text("#talk-preview .talkcard-byline").await,
        "by Jane Doe"
    );

    // The author breaks the file: the problem is listed with its line, and the preview
    // shows what could be read under the error — still one card.
    let problem = type_and_read_error(
        &browser,
        "talk",
        "+++\nTitle = \"Half a title\nType = \"talk\"\n+++\nStill *here*.\n",
    )
    .await;
    assert_eq!(problem["line"], "2", "{problem}");
    assert!(
        problem["text"]
            .as_str()
            .unwrap()
            .starts_with("error: line 2, column "),
        "{problem}"
    );
    let preview = browser
        .wait_until(
            "the preview shows the error",
            "const cards = document.querySelectorAll('#talk-preview .talkcard');
             const error = document.querySelector('#talk-preview .talkcard .talkcard-error');
             return error && { cards: cards.length, clean: !document.getElementById('talk-clean').hidden,
                               abstract: cards[0].querySelector('.talkcard-abstract').innerHTML };",
            vec![],
        )
        .await;
    assert_eq!(preview["cards"], 1, "{preview}");
    assert_eq!(preview["clean"], false, "{preview}");
    assert!(
        preview["abstract"]
            .as_str()
            .unwrap()
            .contains("<em>here</em>"),
        "{preview}"
    );

    // Their speaker file is checked too: clean at first, then a located error.
    assert_eq!(
        browser.text("#speaker-clean").await,
        "None: the speaker file is ready to submit."
    );
    let problem = type_and_read_error(
        &browser,
        "speaker",
        "+++\nTitle = \"Jane Doe\nTwitter = \"janedoe\"\n+++\nBio.\n",
    )
    .await;
    assert_eq!(problem["line"], "2", "{problem}");
    assert_eq!(problem["clean"], false, "{problem}");
    assert!(
        problem["text"]
            .as_str()
            .unwrap()
            .starts_with("error: line 2"),
        "{problem}"
    );
    browser.screenshot("embed-script").await;
    browser.close().await;
}

/// Types `text` into the example form's `#{which}-text` and waits for the first error listed in
/// `#{which}-problems`: its line, its text, and whether the "clean" note still shows.
async fn type_and_read_error(browser: &Browser, which: &str, text: &str) -> serde_json::Value {
    let area = browser.wait_for(&format!("#{which}-text")).await;
    area.clear().await.unwrap();
    browser.type_into(&area, text).await;
    browser
        .wait_until(
            &format!("the {which} file's error is listed"),
            &format!(
                "const li = document.querySelector('#{which}-problems li[data-severity=\"error\"]');
                 return li && {{ line: li.dataset.line, text: li.textContent,
                                 clean: !document.getElementById('{which}-clean').hidden }};"
            ),
            vec![],
        )
        .await
}
