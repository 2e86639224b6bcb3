// An example of talkcard used from a page's own script (examples/script.html): the text of a
// talk file is checked (`check`) and previewed (`render`) as the author types.
import init, { check, render } from "../talkcard.js";

await init({ module_or_path: new URL("../talkcard_bg.wasm", import.meta.url) });

const text = document.getElementById("talk-text");
const problems = document.getElementById("talk-problems");
const clean = document.getElementById("talk-clean");
const preview = document.getElementById("talk-preview");

function update() {
  const found = check(text.value);
  problems.replaceChildren(
    ...found.map((problem) => {
      const item = document.createElement("li");
      item.dataset.severity = problem.severity;
      item.dataset.line = problem.line ?? "";
      item.textContent = `${problem.severity}: ${problem.text}`;
      return item;
    }),
  );
  clean.hidden = found.length > 0;
  // Rendering into the same element again updates its card.
  render(preview, text.value);
}

text.addEventListener("input", update);
update();
