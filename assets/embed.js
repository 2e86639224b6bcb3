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
const app = standalone && !iframeView && (params.has("edit") || params.has("program") || !talk);
const bundle = app ? "talkcard-app" : "talkcard";

// The page's talk file starts downloading now, while the wasm downloads and compiles; the
// card's own fetch of the same URL then takes the preloaded response.
if (standalone && talk && !app) {
  const preload = Object.assign(document.createElement("link"), { rel: "preload", as: "fetch", crossOrigin: "anonymous" });
  preload.href = new URL(talk, location.href).href;
  document.head.append(preload);
}

// Cards rendered ahead (`talkcard export`: its talk pages, and its embeds pasted into host
// pages) are complete already: the bundle that makes them live is fetched once the page has
// loaded and painted, so it never competes with the page's own first paint.
if (document.querySelector("#talkcard-page[data-talkcard-prerendered], [data-talkcard-root]")) {
  await new Promise((go) => {
    const after = () => requestAnimationFrame(() => setTimeout(go));
    if (document.readyState === "complete") after();
    else addEventListener("load", after, { once: true });
  });
}

const wasm = fetch(new URL(`${bundle}_bg.wasm`, base));
const { default: init, embed } = await import(new URL(`${bundle}.js`, base).href);
await init({ module_or_path: wasm });
// Host pages: mount every [data-talkcard-src] (the card bundle only; the app has no embeds).
if (embed) embed(base.href);
