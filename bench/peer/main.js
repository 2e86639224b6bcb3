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

const root = document.getElementById("card");
const url = new URLSearchParams(location.search).get("talk");
if (url) {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
    renderCard(root, parseTalk(await response.text()));
  } catch (e) {
    root.textContent = e.message;
  }
  performance.mark("peer:ready");
}

const many = new URLSearchParams(location.search).get("talks");
if (many) {
  await Promise.all(many.split(",").map(async (address) => {
    const slot = Object.assign(document.createElement("main"), { className: "talkcard-peer" });
    document.body.append(slot);
    try {
      const response = await fetch(address);
      if (!response.ok) throw new Error(`HTTP ${response.status} for ${address}`);
      renderCard(slot, parseTalk(await response.text()));
    } catch (e) {
      slot.textContent = e.message;
    }
  }));
}
