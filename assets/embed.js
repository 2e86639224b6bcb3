// talkcard's loader: the standalone app's page and every host page load this one file.
//
//   <script type="module" src="https://example.org/talkcard/embed.js"></script>
//   <div data-talkcard-src="https://example.org/events/2019-chicago/program/x.md"></div>
//
// It loads the rest from its own folder, so the dist works from any folder of any static host,
// and it is a file rather than an inline script, so a strict Content-Security-Policy
// (script-src 'self') allows it.
//
// Two bundles: the card bundle (talkcard.js, talkcard_bg.wasm) for host pages, `?talk=` and the
// `?embed=1` iframe view, and the app bundle (talkcard-app.js, talkcard-app_bg.wasm) for the
// standalone app's landing page, programs and editor. A visitor who only wants a card never
// downloads the editor. Whichever it is, its script, its wasm and the `?talk=` file are fetched
// at once, in parallel, not one after the other.
const base = new URL("./", import.meta.url);
const params = new URLSearchParams(location.search);
const standalone = document.getElementById("talkcard-app") !== null;
const iframeView = params.has("embed") && !["0", "false"].includes(params.get("embed"));
const talk = params.get("talk")?.trim();
// An event's page that `talkcard export` wrote: its timetable, drawn ahead, is the app's.
const program = document.querySelector("#talkcard-page[data-talkcard-program]");
const app = program !== null || (standalone && !iframeView && (params.has("edit") || params.has("program") || !talk));
const bundle = app ? "talkcard-app" : "talkcard";
const script = new URL(`${bundle}.js`, base);
const wasmUrl = new URL(`${bundle}_bg.wasm`, base);
// What the glue's `init` gets: the address, a response on its way, or a module compiled ahead.
let wasm = wasmUrl;
// Responses fetched here, ahead of the card (the `?talk=` file, a card's words), which the card
// takes, each once, before it would fetch them itself (`talkcardFetched`, which
// src/ui/card/source.rs calls): the card's abort `signal` (its timeout) then aborts them as it
// would its own request.
const fetchedAhead = new Map();
globalThis.talkcardFetched = (url, signal) => {
  const ahead = fetchedAhead.get(url);
  if (!ahead) return Promise.resolve();
  fetchedAhead.delete(url);
  signal?.addEventListener("abort", () => ahead.abort.abort(signal.reason));
  return ahead.response;
};
// A page `talkcard export` wrote (its talk pages, event pages and events index, in the folder
// beside this script) says so on its root element.
const exported = document.documentElement.hasAttribute("data-talkcard-export");

// The page's talk file starts downloading now, while the wasm downloads and compiles (the card
// takes the response, below), and so do its speakers' files once it is here (the card's own
// fetches of them then take the preloaded responses).
// So do its event's data files, which the card waits for (a "when and where" line that came
// later would push the title down): a talk kept where a Hugo site keeps it
// (`…/content/events/<year>-<city>/program/<slug>.md`) has its event's data in
// `…/data/events/<year>/<city>/{program,main}.yml` or `…/data/events/<year>-<city>.yml`, the
// candidates src/event/site.rs names in the same order (an end-to-end test checks that each is
// fetched once).
if (standalone && talk && !app) {
  preloadWords(params.get("lang"), ...navigator.languages);
  const address = new URL(talk, location.href);
  // The talk file itself is fetched here and handed to the card (`talkcardFetched`, which
  // src/ui/card/source.rs calls, once), so that the files of the speakers it names are asked for now,
  // beside the bundle, not a round trip after the card is drawn: at `../speakers/<slug>.md`, as
  // src/speaker.rs resolves them, for the slugs of its `Speakers = [...]` line (a guess
  // that costs nothing when wrong: the card reads the file and fetches what it needs).
  // The card's timeout aborts it as it would the card's own request (`signal`).
  fetchAhead(address.href)
    .then((answer) => answer.clone().text())
    .then((text) => {
      const list = /^\s*speakers\s*[=:]\s*\[([^\]]*)\]/im.exec(text)?.[1] ?? "";
      for (const [, slug] of list.matchAll(/["']([^"'/\\?#%]+)["']/g)) preload(new URL(`../speakers/${slug}.md`, address).href);
    })
    .catch(() => {});
  const site = address.search || address.hash ? null : /^(.*)\/content\/events\/((\d{4})-([^/]+))\/program\/[^/]+\.md$/.exec(address.href);
  if (site) {
    const [, root, event, year, city] = site;
    for (const file of [`${year}/${city}/program.yml`, `${year}/${city}/main.yml`, `${event}.yml`]) preload(`${root}/data/events/${file}`);
  }
}

// Cards named by their exported page (`data-talkcard-src="…/events/<event>/program/<slug>/"`,
// the address in the export's sitemap) rather than by their talk file: the card that page holds
// is fetched and shown now, in a shadow root as a mounted card is, before any wasm (see
// `pageCard`). They then are cards drawn ahead like those below.
const mounts = [...document.querySelectorAll("[data-talkcard-src]")].filter((mount) => !mount.shadowRoot);
const pageCards = mounts.filter(namesPage);
for (const mount of mounts) {
  if (!namesPage(mount)) preloadWords(mount.getAttribute("data-lang"), mount.closest("[lang]")?.getAttribute("lang"), ...navigator.languages);
}
const shown = showPageCards(pageCards);
// Cards named by their talk file need the bundle at once; so does a page card that could not be
// shown (the bundle draws its error card).
const fileCards = mounts.some((mount) => !namesPage(mount));
if (!fileCards) await shown;
const failed = pageCards.some((mount) => mount.hasAttribute("data-talkcard-error"));
// The running bundle's module, once started.
let running = null;
watchPageCards();

// Cards rendered ahead (`talkcard export`: its talk pages, its embeds pasted into host pages,
// cards named by their page, and the timetable of its event pages) are complete already, and
// nothing of talkcard runs until the visitor reaches for one.
// The bundle downloads once the page has loaded and painted (never competing with its first
// paint; not at all on Data Saver), and starts when a pointer comes over a card, a finger
// touches it or the keyboard focuses into it. Starting costs the main thread ~150 ms here
// (wasm instantiation and the live card's render; four times that on a phone), which a reader
// who only reads never pays. A press on a control the live card handles (play in place, a
// bio's "more") before it is live is held, marked, and handed to the live card (`adopt.rs`).
const REACH = ["pointerover", "pointerdown", "focusin", "click"];
const ahead = [...document.querySelectorAll("#talkcard-page[data-talkcard-prerendered], #talkcard-page[data-talkcard-program], [data-talkcard-root]")];
if (ahead.length && !fileCards && !failed) {
  const onCard = (event) => event.composedPath().some((node) => ahead.includes(node));
  // The control of a card drawn ahead that `event` is on; none once that card is live (its
  // container then carries `data-talkcard-live`, and its controls answer for themselves).
  // `controls`: what the live card handles itself (a press on it waits for it); a press on a link
  // (which never waits) is held only if the card goes live during it (below).
  const controlOf = (event, controls = "button, a.talkcard-play") => {
    const plain = event.button === 0 && !(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey);
    if (event.defaultPrevented || !plain || !onCard(event)) return null;
    const control = event.composedPath().find((node) => node instanceof Element && node.matches(controls));
    return control && !control.closest("[data-talkcard-live]") ? control : null;
  };
  // (Marks are looked for in the page and in the embeds' shadow roots: a page's live card is a
  // new container, no longer the one in `ahead`.)
  const roots = () => [document, ...ahead.map((card) => card.shadowRoot).filter(Boolean)];
  const mark = (control, state) => {
    for (const root of roots()) {
      for (const held of root.querySelectorAll("[data-talkcard-pending]")) held.removeAttribute("data-talkcard-pending");
    }
    if (control) control.setAttribute("data-talkcard-pending", state);
  };
  const marked = (state) => {
    for (const root of roots()) {
      const control = root.querySelector(`[data-talkcard-pending="${state}"]`);
      if (control) return control;
    }
    return null;
  };
  // A press is held from its start: the pointer going down is itself a reach, and the live card
  // may be swapped in before the button or the finger comes up. Down and up then land on two
  // trees and no click is made of them (in WebKit; a finger's release even goes to the control
  // that left the page), so the press is marked "down" at once, the live card carries the mark
  // over to its own control (`adopt.rs`), and the release makes the press there.
  let pressed = null;
  // A click the browser makes of a press already made on the live card: swallowed, once.
  let made = null;
  const release = (event) => {
    const was = pressed;
    pressed = null;
    if (!was) return;
    // Still the card drawn ahead: the click that follows, if any, is held (`hold`).
    const live = was.isConnected ? null : marked("down");
    mark(null);
    if (!live || event.type.endsWith("cancel")) return;
    // The card went live during the press: made on the live control if released over it.
    const box = live.getBoundingClientRect();
    const { clientX: x, clientY: y } = event.changedTouches?.[0] ?? event;
    const over = x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
    if (!over) return;
    made = live;
    setTimeout(() => (made = null), 500);
    live.click();
  };
  document.addEventListener("pointerdown", (event) => {
    pressed = controlOf(event, "button, a[href]");
    if (!pressed) return;
    mark(pressed, "down");
    // A finger's release goes where it went down, even once that control has left the page
    // (where Chromium sends only the touch events): heard there as well as in the page.
    for (const type of ["pointerup", "pointercancel", "touchend", "touchcancel"]) pressed.addEventListener(type, release, { once: true });
  }, true);
  document.addEventListener("pointerup", release, true);
  document.addEventListener("pointercancel", release, true);
  // A whole click on a card not live yet: held for the live card, which makes it again.
  const hold = (event) => {
    if (made && event.isTrusted && event.composedPath().includes(made)) {
      made = null;
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    const control = controlOf(event);
    if (!control) return;
    event.preventDefault();
    mark(control, "");
  };
  document.addEventListener("click", hold, true);
  const reached = new Promise((go) => {
    const reach = (event) => {
      if (!onCard(event)) return;
      for (const type of REACH) document.removeEventListener(type, reach, true);
      go();
    };
    for (const type of REACH) document.addEventListener(type, reach, { capture: true, passive: true });
  });
  await painted();
  if (exported) keepOffline();
  if (!navigator.connection?.saveData) {
    // Downloaded and compiled now, off the main thread; instantiated when reached.
    document.head.append(Object.assign(document.createElement("link"), { rel: "modulepreload", href: script.href }));
    wasm = WebAssembly.compileStreaming(fetch(wasmUrl)).catch(() => wasmUrl);
    // The language each card (or an event page's timetable) drawn ahead was drawn in (its
    // `lang`): the live one's words.
    for (const card of ahead) preloadWords((card.shadowRoot ?? card).querySelector(".talkcard-timetable, .talkcard")?.getAttribute("lang"));
  }
  await reached;
  await start();
} else if (exported && !ahead.length) {
  // An exported page with nothing to make live (the events index): complete as it is, and kept
  // for offline use.
  await painted();
  keepOffline();
} else {
  wasm = fetch(wasmUrl);
  await shown;
  await start();
}

/** Fetches `href` now, for the card to take the response (`talkcardFetched`) rather than ask
 * again. */
function fetchAhead(href) {
  if (!fetchedAhead.has(href)) {
    const abort = new AbortController();
    fetchedAhead.set(href, { abort, response: fetch(href, { signal: abort.signal }) });
  }
  return fetchedAhead.get(href).response;
}

/** Asks for a resource the card will fetch, now (the card's fetch then takes the response). */
function preload(href) {
  const link = Object.assign(document.createElement("link"), { rel: "preload", as: "fetch", crossOrigin: "anonymous" });
  link.href = href;
  document.head.append(link);
}

/** The words of a card's language other than English are a file of their own (`i18n/<tag>.txt`:
 * the card bundle carries English alone), which the card asks for once it has chosen its
 * language (src/ui/card/language.rs). Asked for here, beside the bundle, it is there by then.
 * `candidates` are the tags the card will choose from, most preferred first; this guesses its
 * choice as src/language/mod.rs makes it (a wrong guess costs one small file). */
function preloadWords(...candidates) {
  for (const tag of candidates) {
    let form = String(tag ?? "").trim().toLowerCase().replace(/_/g, "-").split(/[.@]/)[0];
    while (form) {
      if (form === "en") return;
      const file = /^pt-(pt|ao|mz|cv|gw|st|tl)$/.test(form) ? "pt-PT" : form === "pt" ? "pt-BR" : /^(es|fr|de|ru)$/.test(form) ? form : null;
      if (file) return void fetchAhead(new URL(`i18n/${file}.txt`, base).href);
      form = form.slice(0, Math.max(form.lastIndexOf("-"), 0));
    }
  }
}

/** Starts the bundle, once. */
function start() {
  return (start.once ??= run());
}

async function run() {
  const module = await import(script.href);
  const { default: init, embed, adoptProgram } = module;
  await init({ module_or_path: await wasm });
  running = module;
  // An exported event page: its timetable becomes live (the app bundle).
  if (program && adoptProgram) adoptProgram(base.href);
  // The app's own page keeps itself for offline use once what it shows is drawn: the worker's
  // script and downloads never compete with the card's or the timetable's first paint.
  if (standalone && !iframeView) drawn(document.getElementById("talkcard-app")).then(keepOffline);
  // Host pages: mount every [data-talkcard-src] (the card bundle only; the app has no embeds).
  if (embed) embed(base.href);
}

/** Resolves once the page has loaded and painted. */
function painted() {
  return new Promise((go) => {
    const after = () => requestAnimationFrame(() => setTimeout(go));
    if (document.readyState === "complete") after();
    else addEventListener("load", after, { once: true });
  });
}

/** Resolves once `root` shows something that is not loading (nothing in it `aria-busy`: the
 * card's and the timetable's loading states are), that has been painted, and the browser has
 * a moment with nothing else to do (where it can say so: not WebKit). */
function drawn(root) {
  return new Promise((go) => {
    const ready = () => root.firstElementChild && !root.querySelector('[aria-busy="true"]');
    const idle = () => painted().then(() => (window.requestIdleCallback ?? setTimeout)(go));
    if (ready()) return idle();
    const watch = new MutationObserver(() => {
      if (!ready()) return;
      watch.disconnect();
      idle();
    });
    watch.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ["aria-busy"] });
  });
}

/** Offline at the venue: a service worker for this folder (assets/offline.js registers it once
 * the page has settled). The app's page and the export's pages have one; a host page that
 * embeds a card never does. */
function keepOffline() {
  if ("serviceWorker" in navigator) import("./offline.js").catch(() => {});
}

/** Whether a mount point names a page (`…/program/<slug>/`, `….html`) rather than a talk file. */
function namesPage(mount) {
  const src = mount.getAttribute("data-talkcard-src")?.trim();
  if (!src) return false;
  try {
    return /(\/|\.html?)$/i.test(new URL(src, location.href).pathname);
  } catch {
    return false;
  }
}

/** Shows the cards of the exported pages that `mounts` name (`page-cards.js`, loaded only by
 * pages that have such cards): each page's fetch, and the cards' stylesheet, start now, while
 * that script arrives. */
async function showPageCards(mounts) {
  if (!mounts.length) return;
  // Their stylesheet too, which each card waits for (hidden until then).
  document.head.append(Object.assign(document.createElement("link"), { rel: "preload", as: "style", href: new URL("talkcard.css", base).href }));
  const pages = mounts.map((mount) => {
    mount.setAttribute("data-talkcard-page", "");
    const page = new URL(mount.getAttribute("data-talkcard-src").trim(), location.href);
    return { mount, page, response: fetch(page) };
  });
  const { pageCard } = await import("./page-cards.js");
  await Promise.all(pages.map((card) => pageCard(card, base)));
}

/** Cards named by their page that the host page adds later: shown as those it had, and handed
 * to the bundle if it runs (else they wait, as the others, for a reach). */
function watchPageCards() {
  new MutationObserver(() => {
    const added = [...document.querySelectorAll("[data-talkcard-src]:not([data-talkcard-page])")]
      .filter((mount) => !mount.shadowRoot && namesPage(mount));
    if (!added.length) return;
    showPageCards(added).then(() => {
      for (const mount of added) if (mount.hasAttribute("data-talkcard-root")) ahead.push(mount);
      if (running) running.embed?.(base.href);
      else if (added.some((mount) => mount.hasAttribute("data-talkcard-error"))) start();
    });
  }).observe(document.documentElement, { childList: true, subtree: true });
}
