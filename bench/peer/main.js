// The peer's page: `index.html?talk=<url>` fetches a talk file and shows its card, marking
// `peer:ready` for the time-to-card benchmark. `window.peer` is what the parse + render
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
