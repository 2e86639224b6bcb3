// The peer's page: `index.html?talk=<url>` fetches a talk file and shows its card, marking
// `peer:ready` for the time-to-card benchmark; `index.html?talks=<url>,<url>,…` does the same for
// several cards, fetched at once and each shown as it comes (a host page's cards). `window.peer` is what the parse + render
// benchmark calls (`parse` alone for its parse-only measure, `parseRaw` without sanitising).
import { parseTalk, renderCard } from "./card.js";

window.peer = {
  render: (root, text) => renderCard(root, parseTalk(text)),
  parse: (text) => parseTalk(text),
  parseRaw: (text) => parseTalk(text, false),
};

/** Fetches the talk file at `address` and shows its card in `slot` (or why not). */
async function show(slot, address) {
  try {
    const response = await fetch(address);
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${address}`);
    renderCard(slot, parseTalk(await response.text()));
  } catch (e) {
    slot.textContent = e.message;
  }
}

const params = new URLSearchParams(location.search);
const url = params.get("talk");
if (url) {
  await show(document.getElementById("card"), url);
  performance.mark("peer:ready");
}
const many = params.get("talks");
if (many) {
  await Promise.all(many.split(",").map((address) => {
    const slot = Object.assign(document.createElement("main"), { className: "talkcard-peer" });
    document.body.append(slot);
    return show(slot, address);
  }));
}
