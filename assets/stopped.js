// When talkcard itself fails on a page, every card it drew says so; nothing is left blank.
//
// The wasm is built with `panic = "abort"`: after a Rust panic the instance traps, and after a
// JavaScript exception thrown through it (a browser API that throws where it was not expected
// to) its state is half updated. Either way no card of the page will draw again. This module
// is plain JavaScript, bundled into talkcard.js (src/ui/stopped.rs binds it): the panic hook
// calls `stopAll` with the panic's message, and `watch` catches the errors that reach the page
// through talkcard's own code, which only its own script's URL in their stack tells apart from
// the host page's. Cards are marked with text nodes only (a message is never parsed as markup),
// a ready card keeps what it shows under the notice, and the host page's own content is left
// as it is.

const TITLE = "talkcard stopped working on this page: reload it";
let stopped = false;
let reason = "";

/** True once talkcard has stopped on this page: nothing may call into the wasm any more. */
export function isStopped() {
  return stopped;
}

/** Marks every card talkcard drew on this page (and any mount point it has not drawn yet) as
 *  stopped, with `detail` (the panic's message) under the notice. The first call wins. */
export function stopAll(detail) {
  if (stopped) return;
  stopped = true;
  const text = String(detail ?? "").trim() || "An unexpected error.";
  reason = text;
  console.error(`talkcard: ${TITLE}. ${text}`);
  markAll(text);
  // Mount points the host adds from now on get the notice instead of a card.
  new MutationObserver(() => markMountPoints(text)).observe(document.documentElement, { childList: true, subtree: true });
}

/** Stops every card when an error from talkcard's own script (whose URL is `script`: this
 *  module's, once bundled into talkcard.js) reaches the page unhandled, from an event listener
 *  or a promise. */
export function watch(script = import.meta.url) {
  const ours = (error) => {
    const stack = error && typeof error === "object" ? String(error.stack ?? "") : "";
    return script && stack.includes(script);
  };
  addEventListener("error", (event) => {
    if (ours(event.error)) stopAll(`${event.error}`);
  });
  addEventListener("unhandledrejection", (event) => {
    if (ours(event.reason)) stopAll(`${event.reason}`);
  });
}

/** For `render(element, …)` called after talkcard stopped: the notice in place of a card. */
export function markElement(element) {
  if (!element.querySelector("article.talkcard")) element.append(errorCard(reason));
}

function markAll(text) {
  const app = document.getElementById("talkcard-app");
  let marked = 0;
  for (const root of [document, ...mountPoints().map(hostOf).filter(Boolean)]) {
    for (const card of root.querySelectorAll("article.talkcard")) {
      markCard(card, text);
      marked++;
    }
    // A program or timetable still loading says it stopped instead, without its status line.
    for (const busy of root.querySelectorAll("[aria-busy='true']")) {
      replaceStopped(busy, busy.cloneNode(true), text);
    }
  }
  markMountPoints(text);
  // The standalone app's page (the editor, the landing page) with no card to mark: one notice
  // on top; the editor's drafts are in the browser's storage already.
  if (app && marked === 0) app.prepend(errorCard(text));
}

function mountPoints() {
  return [...document.querySelectorAll(`[data-talkcard-src]`)];
}

// The element inside a mount point that holds its card (in its shadow root, or in the element
// itself where no shadow root could be attached).
function hostOf(element) {
  return (element.shadowRoot ?? element).querySelector(".talkcard-host");
}

function markMountPoints(text) {
  for (const element of mountPoints()) {
    let host = hostOf(element);
    if (!host) {
      // Never mounted (or added after talkcard stopped): a notice in a shadow root of its own,
      // as its card would have been.
      element.setAttribute("data-talkcard-mounted", "");
      host = document.createElement("div");
      host.className = "talkcard-host";
      let root = element;
      try {
        root = element.shadowRoot ?? element.attachShadow({ mode: "open" });
      } catch {
        // Elements that cannot host a shadow root: inside, as talkcard renders there too.
      }
      root.append(host);
    }
    host.removeAttribute("hidden");
    if (!host.querySelector("article.talkcard")) host.append(errorCard(text));
  }
}

// The card is replaced by a copy that talkcard no longer holds: whatever its half-stopped
// code might still do to the old one happens off the page.
function markCard(card, text) {
  if (card.querySelector(":scope > .talkcard-stopped")) return;
  // A skeleton says nothing: the notice replaces it. A drawn card stays readable under it.
  const loading = card.getAttribute("data-state") === "loading";
  replaceStopped(card, card.cloneNode(!loading), text);
}

// Puts `copy` (of `element`) in its place, marked as stopped with the notice on top.
function replaceStopped(element, copy, text) {
  copy.setAttribute("data-state", "error");
  copy.setAttribute("aria-busy", "false");
  for (const status of copy.querySelectorAll(".talkcard-status")) status.remove();
  copy.prepend(notice(text));
  element.replaceWith(copy);
}

function errorCard(text) {
  const card = document.createElement("article");
  card.className = "talkcard";
  card.setAttribute("data-state", "error");
  card.append(notice(text));
  return card;
}

function notice(text) {
  const block = document.createElement("div");
  block.className = "talkcard-error talkcard-stopped";
  block.setAttribute("role", "alert");
  const title = document.createElement("p");
  title.className = "talkcard-error-title";
  title.textContent = TITLE;
  const detail = document.createElement("p");
  detail.className = "talkcard-error-detail";
  detail.textContent = text;
  block.append(title, detail);
  return block;
}
