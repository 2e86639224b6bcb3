// talkcard's loader: the standalone app's page and every host page load this one file.
//
//   <script type="module" src="https://example.org/talkcard/embed.js"></script>
//   <div data-talkcard-src="https://example.org/events/2019-chicago/program/x.md"></div>
//
// It loads the WebAssembly and the stylesheet from its own folder, so the dist works from any
// folder of any static host, and it is a file rather than an inline script, so a strict
// Content-Security-Policy (script-src 'self') allows it.
import init, { embed } from "./talkcard.js";

// The standalone app's talk file (`?talk=`) starts downloading now, while the wasm compiles;
// the app's own fetch of the same URL then takes the preloaded response.
const talk = document.getElementById("talkcard-app") && new URLSearchParams(location.search).get("talk");
if (talk) {
  const preload = Object.assign(document.createElement("link"), { rel: "preload", as: "fetch", crossOrigin: "anonymous" });
  preload.href = new URL(talk, location.href).href;
  document.head.append(preload);
}

const base = new URL("./", import.meta.url);
await init({ module_or_path: new URL("talkcard_bg.wasm", base) });
embed(base.href);
