// talkcard's service worker: the app at the venue, where the network is not.
//
// Registered by the app's own page and by the pages `talkcard export` wrote (assets/offline.js;
// never on a host page that embeds a card), for the app's folder (an export's root). It keeps
// two stores:
//   - the app's files, for this build (SHELL, named by a hash of them that the build writes in
//     place of __TALKCARD_VERSION__: a new build is a new worker, which stores the new files
//     whole before it takes over, so a page never mixes two builds' script and wasm);
//   - the talk, speaker and data files the app fetched, and the exported pages a visitor
//     opened (or that an event page linked to) with their pictures (FILES), each with the time
//     it was saved, kept across builds.
// Both are answered from the store first, so a page opened once opens again with no network.
// An exported page or picture the store does not have goes to the network as usual: only what
// a page asked to keep is kept.
// Files are brought up to date when the page asks (a "check" message: after it loaded, when
// the network is back), which also tells the page whether the network answered, when what it
// shows was saved, and whether anything changed. Drafts and stars live in the page's own
// storage and are never touched here.
const VERSION = "__TALKCARD_VERSION__";
const SHELL = `talkcard-shell-${VERSION}`;
const FILES = "talkcard-files";
const SAVED = "x-talkcard-saved";
const SHELL_FILES = [
  "index.html",
  "embed.js",
  "offline.js",
  "talkcard.js",
  "talkcard_bg.wasm",
  "talkcard-app.js",
  "talkcard-app_bg.wasm",
  "talkcard-editor.js",
  "talkcard.css",
  // The words of each language but English (scripts/bundle-js copies them): one per page.
  "i18n/pt-BR.txt",
  "i18n/pt-PT.txt",
  "i18n/es.txt",
  "i18n/fr.txt",
  "i18n/de.txt",
  "i18n/ru.txt",
  "backstage-roll-out.md",
  "favicon.svg",
  "manifest.webmanifest",
  "icon.svg",
  "icon-192.png",
  "icon-512.png",
];
const scope = new URL(self.registration.scope);
const shellUrls = new Set(SHELL_FILES.map((file) => new URL(file, scope).href));
// How long a check waits for the network before it calls a file unreachable.
const PATIENCE_MS = 8000;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll([...shellUrls].map((url) => new Request(url, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("talkcard-shell-") && k !== SHELL).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  const home = url.origin === scope.origin && (url.pathname === scope.pathname || url.pathname === `${scope.pathname}index.html`);
  const inScope = url.origin === scope.origin && url.pathname.startsWith(scope.pathname);
  if (request.mode === "navigate") {
    // The app's page, whatever its query (`?talk=`, `?program=`, `?edit`); an exported page.
    if (home) event.respondWith(fromStore(SHELL, new URL("index.html", scope).href, request));
    else if (inScope) event.respondWith(fromStore(FILES, request.url, request));
    return;
  }
  if (shellUrls.has(url.href)) {
    event.respondWith(fromStore(SHELL, url.href, request));
  } else if (request.destination === "" && (url.protocol === "https:" || url.protocol === "http:")) {
    // What the app fetches itself: talk, speaker and data files, program lists.
    event.respondWith(fromFiles(request));
  } else if (request.destination === "image" && inScope) {
    // An exported page's pictures (speakers' photos in the site).
    event.respondWith(fromStore(FILES, request.url, request));
  }
});

// The copy of `url` in `store`, else the network (nothing is kept here): the app's files from
// this build's store; an exported page or picture from what a page asked to keep.
async function fromStore(store, url, request) {
  const kept = await caches.match(url, { cacheName: store });
  return kept ?? fetch(request);
}

async function fromFiles(request) {
  const cache = await caches.open(FILES);
  const kept = await cache.match(request.url);
  if (kept) return kept;
  const response = await fetch(request);
  if (keepable(response)) await keep(cache, request.url, response.clone());
  return response;
}

// A file, or the server's word that there is none (a schedule names talks whose files are not
// published yet): offline, the page shows what it showed online.
function keepable(response) {
  return response.type !== "opaque" && (response.ok || response.status === 404 || response.status === 410);
}

// Stores a copy of `response` with the time it was saved.
async function keep(cache, url, response) {
  const body = await response.arrayBuffer();
  const headers = new Headers(response.headers);
  headers.set(SAVED, new Date().toISOString());
  await cache.put(url, new Response(body, { status: response.status, statusText: response.statusText, headers }));
  return body;
}

function same(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  return x.every((byte, i) => byte === y[i]);
}

// Brings `url` up to date: "fresh" (unchanged), "changed", "failed" (the server answered with
// an error: the saved copy stays) or "unreachable" (no answer). A 404 is an answer.
async function refresh(cache, url) {
  const kept = await cache.match(url);
  const before = kept ? await kept.arrayBuffer() : null;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), PATIENCE_MS);
  try {
    const response = await fetch(url, { cache: "no-cache", signal: abort.signal, credentials: "same-origin" });
    if (!keepable(response)) return { state: "failed", saved: kept?.headers.get(SAVED) ?? null };
    const body = await keep(cache, url, response);
    return { state: before && !same(before, body) ? "changed" : "fresh", saved: new Date().toISOString() };
  } catch {
    return { state: "unreachable", saved: kept?.headers.get(SAVED) ?? null };
  } finally {
    clearTimeout(timer);
  }
}

// An exported event page asks to keep the talk pages it links, so that the whole program opens
// at the venue: each one not kept yet is fetched, two at a time.
self.addEventListener("message", (event) => {
  const { type, urls } = event.data ?? {};
  if (type !== "keep" || !Array.isArray(urls)) return;
  const pages = urls.filter((url) => typeof url === "string" && url.startsWith(scope.href));
  event.waitUntil(
    (async () => {
      const cache = await caches.open(FILES);
      const next = async () => {
        for (let url = pages.shift(); url !== undefined; url = pages.shift()) {
          if (await cache.match(url)) continue;
          try {
            const response = await fetch(url, { credentials: "same-origin" });
            if (response.ok) await keep(cache, url, response);
          } catch {
            // No network now: the page is kept when the visitor opens it.
          }
        }
      };
      await Promise.all([next(), next()]);
    })(),
  );
});

// A page asks, with the files it shows: are they saved, and up to date? The answer goes back
// on the message's port: `offline` when any file had no answer, `saved` the oldest time of
// what is shown, `changed` when a newer file was stored.
self.addEventListener("message", (event) => {
  const { type, urls } = event.data ?? {};
  const port = event.ports[0];
  if (type !== "check" || !port || !Array.isArray(urls)) return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(FILES);
      const files = urls.filter((url) => typeof url === "string" && /^https?:/.test(url) && !shellUrls.has(url));
      const results = await Promise.all(files.map((url) => refresh(cache, url)));
      const times = results.map((r) => r.saved).filter(Boolean).sort();
      port.postMessage({
        offline: results.some((r) => r.state === "unreachable"),
        changed: results.some((r) => r.state === "changed"),
        saved: times[0] ?? null,
      });
    })(),
  );
});
