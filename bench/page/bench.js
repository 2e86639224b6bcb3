// The in-browser parse + render benchmark (driven by benches/browser.rs, never shipped).
// Loads one engine — talkcard's release wasm or the JavaScript peer — and renders every corpus
// talk file as a card into the page, round after round. Both engines are timed the same way:
// from the first file handed over to the last card in the DOM, then on to the end of the
// browser's style and layout of all of them.
const engine = new URLSearchParams(location.search).get("engine");

async function load() {
  const css = document.createElement("link");
  css.rel = "stylesheet";
  if (engine === "talkcard") {
    css.href = "/talkcard/talkcard.css";
    const module = await import("/talkcard/talkcard.js");
    await module.default({ module_or_path: "/talkcard/talkcard_bg.wasm" });
    document.head.append(css);
    return { render: module.render, parse: module.check, parseRaw: module.check };
  }
  css.href = "/peer/talkcard.css";
  await import("/peer/peer.js");
  document.head.append(css);
  return window.peer;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

// Waits, in microtasks only (so that no frame is drawn meanwhile), until `count` cards are in
// `root`: talkcard's Yew scheduler renders in microtasks queued by `render`.
async function cardsIn(root, count) {
  for (let i = 0; i < 10000; i++) {
    if (root.querySelectorAll(".talkcard").length >= count) return;
    await Promise.resolve();
  }
  throw new Error(`${engine}: ${root.querySelectorAll(".talkcard").length} cards for ${count} files`);
}

// For each round, µs per file: to the cards in the DOM (`perFile`), and on to the browser's
// style and layout of them, forced by reading a size (`withLayout`); then, in rounds of their
// own, the engine's parse alone (`parseOnly`: talkcard's `check`, the peer's `parseTalk`; both
// read the front matter, pick the media and parse the Markdown, and neither touches the DOM;
// the peer's also sanitises), the same without any sanitising (`parseRaw`: talkcard's `check`
// again, the peer's `parseTalk` without DOMPurify: like for like), and the cards' finished
// markup inserted as HTML (`markupOnly`).
window.runBench = async (rounds) => {
  const { render, parse, parseRaw } = await load();
  const files = await (await fetch("/bench/corpus.json")).json();
  const root = document.getElementById("cards");
  const perFile = [];
  const withLayout = [];
  for (let round = 0; round < rounds; round++) {
    root.replaceChildren();
    await nextTask();
    const start = performance.now();
    for (const text of files) {
      const mount = document.createElement("div");
      root.append(mount);
      render(mount, text);
    }
    await cardsIn(root, files.length);
    const inDom = performance.now();
    void root.getBoundingClientRect().height;
    const laidOut = performance.now();
    perFile.push(((inDom - start) * 1000) / files.length);
    withLayout.push(((laidOut - start) * 1000) / files.length);
  }
  const parseOnly = [];
  let kept = 0;
  for (let round = 0; round < rounds; round++) {
    await nextTask();
    const start = performance.now();
    for (const text of files) if (parse(text) != null) kept++;
    parseOnly.push(((performance.now() - start) * 1000) / files.length);
  }
  const rawOnly = [];
  for (let round = 0; round < rounds; round++) {
    await nextTask();
    const start = performance.now();
    for (const text of files) if (parseRaw(text) != null) kept++;
    rawOnly.push(((performance.now() - start) * 1000) / files.length);
  }
  if (kept !== 2 * rounds * files.length) throw new Error(`${engine}: parse returned nothing`);
  // The finished markup of the same cards, inserted as HTML strings (`markupOnly`): what the
  // browser needs to build this DOM from markup, whatever produced it — the floor for a
  // renderer that writes the card as one string.
  const markup = [...root.children].map((mount) => mount.innerHTML);
  const markupOnly = [];
  for (let round = 0; round < rounds; round++) {
    root.replaceChildren();
    await nextTask();
    const start = performance.now();
    for (const html of markup) {
      const mount = document.createElement("div");
      root.append(mount);
      mount.innerHTML = html;
    }
    markupOnly.push(((performance.now() - start) * 1000) / files.length);
  }
  return { files: files.length, perFile, withLayout, parseOnly, rawOnly, markupOnly };
};
