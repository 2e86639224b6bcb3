// The in-browser parse + render benchmark (driven by benches/browser.rs, never shipped).
// Loads one engine — talkcard's release wasm or the JavaScript peer — and renders every corpus
// talk file as a card into the page, round after round. Both engines are timed the same way:
// from the first file handed over to the end of the task that rendered the last card (talkcard's
// Yew scheduler renders in a microtask; the peer synchronously), with no forced layout.
const engine = new URLSearchParams(location.search).get("engine");

async function load() {
  const css = document.createElement("link");
  css.rel = "stylesheet";
  if (engine === "talkcard") {
    css.href = "/talkcard/talkcard.css";
    const module = await import("/talkcard/talkcard.js");
    await module.default({ module_or_path: "/talkcard/talkcard_bg.wasm" });
    document.head.append(css);
    return module.render;
  }
  css.href = "/peer/talkcard.css";
  await import("/peer/peer.js");
  document.head.append(css);
  return window.peer.render;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

// µs per file for each round.
window.runBench = async (rounds) => {
  const render = await load();
  const files = await (await fetch("/bench/corpus.json")).json();
  const root = document.getElementById("cards");
  const perFile = [];
  for (let round = 0; round < rounds; round++) {
    root.replaceChildren();
    await nextTask();
    const start = performance.now();
    for (const text of files) {
      const mount = document.createElement("div");
      root.append(mount);
      render(mount, text);
    }
    await nextTask();
    const elapsed = performance.now() - start;
    const cards = root.querySelectorAll(".talkcard").length;
    if (cards !== files.length) throw new Error(`${engine}: ${cards} cards for ${files.length} files`);
    perFile.push((elapsed * 1000) / files.length);
  }
  return { files: files.length, perFile };
};
