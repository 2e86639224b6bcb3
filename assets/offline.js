// talkcard at the venue: the app's own page and the pages `talkcard export` wrote register the
// service worker (sw.js) that keeps the app, the pages and the files they showed, and say so
// when what they show comes from what was saved.
//
// embed.js loads this on the standalone app's page once its bundle runs, and on an exported page
// once it has painted (without waiting for any bundle): a host page that embeds a card gets no
// worker. After the page has loaded and settled, it tells the worker which files it shows (from
// the browser's resource timing: what the app fetched, the talk, speaker and data files, an
// exported page itself and its pictures), and the worker keeps them and brings them up to date.
// An exported event page also has the worker keep the talk pages it links, when the browser is
// idle and not on Data Saver, so that the whole program is there at the venue. When the network does not answer (or the
// browser says it is offline), a note at the top says so and when the files were saved; it
// asks again when the network is back and every 10 seconds meanwhile. When a newer file came,
// the page loads again to show it (not in the editor, whose draft is the speaker's own).
const base = new URL("./", import.meta.url);
const worker = navigator.serviceWorker;
const editing = new URLSearchParams(location.search).has("edit");
const RETRY_MS = 10000;
const exported = document.documentElement.hasAttribute("data-talkcard-export");
const here = location.href.split("#")[0];

/** The files this page fetched itself: what the worker keeps (it leaves out the app's own). An
 * exported page is one of them, with its pictures (the speakers' photos in the site). */
function shownFiles() {
  const fetched = (entry) =>
    entry.initiatorType === "fetch" ||
    entry.initiatorType === "link" ||
    (exported && entry.initiatorType === "img" && new URL(entry.name).origin === location.origin);
  const files = performance.getEntriesByType("resource").filter(fetched).map((entry) => entry.name);
  return [...new Set(exported ? [here, ...files] : files)];
}

/** The talk pages an exported event page links to (its compact cards' "Read the abstract"). */
function linkedPages() {
  const pages = [...document.querySelectorAll("a.talkcard-open[href]")].map((a) => new URL(a.getAttribute("href"), here));
  return [...new Set(pages.filter((url) => url.origin === location.origin && url.pathname.startsWith(base.pathname)).map((url) => url.href.split("#")[0]))];
}

/** Has the worker keep `urls` (pages this one links to) when the browser has nothing else to do. */
async function keepWhenIdle(urls) {
  if (!urls.length || navigator.connection?.saveData) return;
  await new Promise((go) => ("requestIdleCallback" in window ? requestIdleCallback(go, { timeout: 5000 }) : setTimeout(go, 1000)));
  const registration = await worker.ready;
  registration.active.postMessage({ type: "keep", urls });
}

let note = null;
function say(offline, saved) {
  if (!offline) {
    note?.remove();
    note = null;
    document.documentElement.removeAttribute("data-talkcard-offline");
    return;
  }
  document.documentElement.setAttribute("data-talkcard-offline", saved ?? "");
  if (!note) {
    note = Object.assign(document.createElement("p"), { className: "talkcard-offline" });
    note.setAttribute("role", "status");
    document.body.prepend(note);
  }
  const when = saved
    ? new Intl.DateTimeFormat(undefined, { dateStyle: "full", timeStyle: "short" }).format(new Date(saved))
    : null;
  note.textContent = when
    ? `Offline: this is what talkcard saved on ${when}. It updates itself when the network is back.`
    : "Offline: talkcard shows what it saved, and updates itself when the network is back.";
  if (when) note.dataset.saved = saved;
}

let retry = null;
async function check() {
  clearTimeout(retry);
  const registration = await worker.ready;
  const urls = shownFiles();
  const answer = await new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => done(event.data);
    registration.active.postMessage({ type: "check", urls }, [channel.port2]);
  });
  const offline = answer.offline || !navigator.onLine;
  say(offline, answer.saved);
  if (offline) retry = setTimeout(check, RETRY_MS);
  else if (answer.changed && !editing && !reloadedLately()) {
    sessionStorage.setItem("talkcard:reloaded", String(Date.now()));
    location.reload();
  }
}

// One reload a minute at most, whatever a server does with its files.
function reloadedLately() {
  try {
    return Date.now() - Number(sessionStorage.getItem("talkcard:reloaded") ?? 0) < 60000;
  } catch {
    return true;
  }
}

/** Resolves once the page has loaded and fetched nothing new for `ms`: what it shows is in. */
async function settled(ms) {
  if (document.readyState !== "complete") await new Promise((go) => addEventListener("load", go, { once: true }));
  let last = performance.now();
  const observer = new PerformanceObserver(() => (last = performance.now()));
  observer.observe({ type: "resource" });
  while (performance.now() - last < ms) await new Promise((go) => setTimeout(go, ms - (performance.now() - last)));
  observer.disconnect();
}

if (worker && !navigator.connection?.saveData) {
  // The worker stores the app's files (its install downloads both bundles): not while the
  // page is still fetching what it shows.
  await settled(1500);
  try {
    await worker.register(new URL("sw.js", base), { scope: base.pathname });
    addEventListener("online", check);
    addEventListener("offline", () => say(true, document.documentElement.getAttribute("data-talkcard-offline") || null));
    // The app fetches on (a schedule's talks, a few at a time): ask about each file once it is in.
    let pending = null;
    new PerformanceObserver(() => {
      clearTimeout(pending);
      pending = setTimeout(check, 500);
    }).observe({ type: "resource" });
    await check();
    if (exported) await keepWhenIdle(linkedPages());
  } catch (error) {
    // No worker (a private window, storage refused): the app works as before, online only.
    console.info("talkcard: works online only here:", error);
  }
}
