// Reads pages as a link preview does: open-graph-scraper (the npm package chat and social
// tools' previews are commonly built on) on each file given, printing what it found as JSON.
// Used by the end-to-end test `consumers::…`; usage: node link-preview.mjs FILE...
import { readFileSync } from "node:fs";
import ogs from "open-graph-scraper";

const found = [];
for (const file of process.argv.slice(2)) {
  const { error, result } = await ogs({ html: readFileSync(file, "utf8") });
  found.push({
    file,
    error,
    title: result.ogTitle ?? null,
    description: result.ogDescription ?? null,
    url: result.ogUrl ?? null,
    image: result.ogImage?.[0]?.url ?? null,
    imageAlt: result.ogImage?.[0]?.alt ?? null,
    twitterCard: result.twitterCard ?? null,
    jsonLd: result.jsonLD ?? null,
  });
}
console.log(JSON.stringify(found));
