//! The sanitiser where it runs: in the browser (DOMPurify), through the real card path, over
//! every body and bio of the real corpus. Nothing script-capable reaches the page, and what
//! reaches it is what the native sanitiser (ammonia, for the CLI and the core's tests) makes of
//! the same file: one policy, two sanitisers that agree.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use crate::harness::{Browser, Server};
use crate::hostile::{dangerous_markup, settled, trap};
use talkcard::markdown::Block;
use talkcard::{Speaker, Talk};

/// A canonical form of a tree, in the browser: attributes sorted, runs of white space as one
/// space. (White space between blocks differs: where a removed `<script>` stood first, the
/// browser's document parser puts the space after it outside the body, html5ever's fragment
/// parser keeps it; neither shows.) `canon(nodes)` for a card's nodes; `canonOf(html)` parses
/// HTML (the native sanitiser's) the same way.
const CANON: &str = r#"
    window.canon = nodes => [...nodes].map(function one(node) {
      if (node.nodeType === Node.TEXT_NODE) return node.data;
      if (node.nodeType !== Node.ELEMENT_NODE) return '';
      const attributes = [...node.attributes].map(a => ` ${a.name}="${a.value}"`).sort().join('');
      return `<${node.localName}${attributes}>${[...node.childNodes].map(one).join('')}</${node.localName}>`;
    }).join('').replace(/\s+/g, ' ').trim();
    window.canonOf = html => { const t = document.createElement('template'); t.innerHTML = html; return canon(t.content.childNodes); };
"#;

fn corpus() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/devopsdays")
}

/// The native sanitiser's HTML of `blocks`, players left out (the card draws them itself).
fn native_html(blocks: &[Block]) -> String {
    blocks
        .iter()
        .filter(|block| matches!(block, Block::Html(_)))
        .map(Block::to_html)
        .collect()
}

#[tokio::test]
#[ignore = "end-to-end: needs the built dist and chromedriver (run scripts/test)"]
async fn every_corpus_body_and_bio_is_sanitised_alike_in_the_browser_and_natively() {
    let server = Server::start();
    let browser = Browser::start().await;
    browser
        .client
        .update_timeouts(fantoccini::wd::TimeoutConfiguration::new(
            Some(std::time::Duration::from_secs(120)),
            Some(std::time::Duration::from_secs(60)),
            None,
        ))
        .await
        .unwrap();
    browser
        .goto(&format!("{}/corpus-host.html", server.origin))
        .await;
    settled(&browser).await;
    let (ran, _) = trap(&browser).await;
    assert_eq!(ran, Value::Array(vec![]));
    assert_eq!(dangerous_markup(&browser).await, Value::Array(vec![]));

    // What the browser shows: each card's abstract (players left out) and found speakers' bios.
    browser.client.execute(CANON, vec![]).await.unwrap();
    let shown = browser
        .client
        .execute(
            "return [...document.querySelectorAll('[data-talkcard-src]')].map(m => {
               const card = m.shadowRoot.querySelector('.talkcard');
               const abstract = card.querySelector('.talkcard-abstract');
               const bios = {};
               for (const box of card.querySelectorAll('.talkcard-speaker-box[data-speaker-state=found]')) {
                 const bio = box.querySelector('.talkcard-bio');
                 bios[box.dataset.slug] = bio ? canon(bio.childNodes) : '';
               }
               return { src: m.dataset.talkcardSrc, state: card.dataset.state,
                        abstract: abstract ? canon([...abstract.childNodes].filter(n => !n.classList?.contains('talkcard-player'))) : '',
                        bios };
             })",
            vec![],
        )
        .await
        .unwrap();
    let shown = shown.as_array().unwrap();
    assert_eq!(shown.len(), 208, "every corpus talk is on the page");

    // What the native sanitiser makes of the same files, in the browser's canonical form.
    let mut expected = Vec::new();
    let mut bios_checked = 0;
    for card in shown {
        let src = card["src"].as_str().unwrap();
        let rest = src.strip_prefix("/site/events/").unwrap();
        let (event, file) = rest.split_once("/program/").unwrap();
        let url = format!("{}{src}", server.origin);
        let bytes = std::fs::read(corpus().join(format!("talks/{event}/{file}"))).unwrap();
        let talk = Talk::from_bytes(&bytes, Some(&url)).unwrap();
        let mut bios = BTreeMap::new();
        for slug in card["bios"].as_object().unwrap().keys() {
            let speaker_url = format!("{}/site/events/{event}/speakers/{slug}.md", server.origin);
            let bytes =
                std::fs::read(corpus().join(format!("speakers/{event}/{slug}.md"))).unwrap();
            let speaker = Speaker::from_bytes(&bytes, Some(&speaker_url)).unwrap();
            bios.insert(slug.clone(), native_html(&speaker.bio));
            bios_checked += 1;
        }
        expected.push(serde_json::json!({ "abstract": native_html(&talk.body), "bios": bios }));
    }
    assert!(bios_checked >= 40, "only {bios_checked} bios were found");
    let expected = browser
        .client
        .execute(
            "return arguments[0].map(e => ({ abstract: canonOf(e.abstract),
                 bios: Object.fromEntries(Object.entries(e.bios).map(([k, v]) => [k, canonOf(v)])) }))",
            vec![Value::from(expected)],
        )
        .await
        .unwrap();

    let mut differences = Vec::new();
    for (card, native) in shown.iter().zip(expected.as_array().unwrap()) {
        let src = card["src"].as_str().unwrap();
        assert_eq!(card["state"], "ready", "{src}");
        if card["abstract"] != native["abstract"] {
            differences.push(format!(
                "{src}, abstract:\n  browser: {}\n  native:  {}",
                card["abstract"], native["abstract"]
            ));
        }
        if card["bios"] != native["bios"] {
            differences.push(format!(
                "{src}, bios:\n  browser: {}\n  native:  {}",
                card["bios"], native["bios"]
            ));
        }
    }
    assert!(
        differences.is_empty(),
        "{} of 208 cards differ:\n{}",
        differences.len(),
        differences.join("\n")
    );
    browser.close().await;
}
