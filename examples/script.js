// An example of talkcard used from a page's own script (examples/script.html): the text of a
// talk file is checked (`check`) and previewed (`render`) as the author types, and their speaker
// file is checked too (`checkSpeaker`).
import init, { check, checkSpeaker, render } from "../talkcard.js";

await init({ module_or_path: new URL("../talkcard_bg.wasm", import.meta.url) });

const text = document.getElementById("talk-text");
const preview = document.getElementById("talk-preview");
const speaker = document.getElementById("speaker-text");

// Lists what `found` holds in `list`, or shows `clean` when it holds nothing.
function show(found, list, clean) {
  list.replaceChildren(
    ...found.map((problem) => {
      const item = document.createElement("li");
      item.dataset.severity = problem.severity;
      item.dataset.line = problem.line ?? "";
      item.textContent = `${problem.severity}: ${problem.text}`;
      return item;
    }),
  );
  clean.hidden = found.length > 0;
}

function updateTalk() {
  show(check(text.value), document.getElementById("talk-problems"), document.getElementById("talk-clean"));
  // Rendering into the same element again updates its card.
  render(preview, text.value);
}

function updateSpeaker() {
  show(
    checkSpeaker(speaker.value),
    document.getElementById("speaker-problems"),
    document.getElementById("speaker-clean"),
  );
}

text.addEventListener("input", updateTalk);
speaker.addEventListener("input", updateSpeaker);
updateTalk();
updateSpeaker();
