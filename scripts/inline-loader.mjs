// The standalone page's loader, inlined (run by `scripts/bundle-js app`, Trunk's post-build hook):
//
//   node scripts/inline-loader.mjs STAGING/index.html STAGING/embed.js
//
// A `?talk=` visitor's browser would otherwise fetch the page, then `embed.js`, and only then the
// bundle and the talk file: inlining the loader takes one round trip off the time to the card
// (150 ms on a phone's slow 4G). The page's CSP stays as strict: instead of any inline script it
// allows this one, by its SHA-256 hash, and nothing else. Host pages keep loading `embed.js`.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";

const [indexPath, loaderPath] = process.argv.slice(2);
const code = readFileSync(loaderPath, "utf8").trim();
if (code.toLowerCase().includes("</script")) throw new Error(`${loaderPath} cannot be inlined: it holds "</script"`);
const tag = '<script type="module" src="./embed.js"></script>';
const policy = "script-src 'self' 'wasm-unsafe-eval'";
let html = readFileSync(indexPath, "utf8");
if (!html.includes(tag) || !html.includes(policy)) throw new Error(`${indexPath}: no ${tag} or no ${policy}`);
const hash = createHash("sha256").update(code).digest("base64");
html = html.replace(tag, () => `<script type="module">${code}</script>`);
html = html.replace(policy, `${policy} 'sha256-${hash}'`);
writeFileSync(indexPath, html);
