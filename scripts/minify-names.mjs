// Rewrites a wasm-bindgen glue file (`talkcard.js`, `talkcard-app.js`) for its wasm after
// wasm-opt's `--minify-imports-and-exports-and-modules`, which gives every import and export a
// name of a character or two and puts every import in one module, "a". The names were hashed
// (`__wbg_createElement_de4a31ed2fb252be`), in the wasm and again in the glue, and no compressor
// shortens a hash. Run by `scripts/bundle-js app` on the release build.
//
//   node scripts/minify-names.mjs GLUE.js MAPPING.json
//
// MAPPING is what wasm-opt printed: {"imports": [[module, name, short], …], "exports": [[name, short], …]}.
// The glue's own imports (the object it builds, `import0`) take their short names in place; the
// snippets' (a module's function imported by name) are read from their module; every `wasm.name`
// becomes `wasm.short`. Anything unexpected fails the build rather than the page.
import { readFileSync, writeFileSync } from "node:fs";

const [gluePath, mappingPath] = process.argv.slice(2);
if (!gluePath || !mappingPath) {
  console.error("usage: node scripts/minify-names.mjs GLUE.js MAPPING.json");
  process.exit(2);
}
let glue = readFileSync(gluePath, "utf8");
const { imports, exports } = JSON.parse(readFileSync(mappingPath, "utf8"));
const fail = (why) => {
  throw new Error(`${gluePath}: ${why} (scripts/minify-names.mjs expects wasm-bindgen 0.2.130's glue)`);
};

// The import object that ends `__wbg_get_imports`: `return { __proto__: null, "./x_bg.js": import0, … };`.
const start = glue.indexOf("function __wbg_get_imports() {");
const open = glue.indexOf("\n    return {\n        __proto__: null,", start);
const close = glue.indexOf("\n    };\n}", open);
if (start < 0 || open < 0 || close < 0) fail("no import object where wasm-bindgen writes it");
const modules = glue.slice(open + "\n    return ".length, close + "\n    }".length);
const own = /"([^"]+)": import0,/.exec(modules)?.[1] ?? fail("no import0 module");

// The glue's own imports are `import0`'s keys, one a line (`        __wbg_x_hash: function(…) {`).
let body = glue.slice(start, open);
const snippets = [];
for (const [module, name, short] of imports) {
  if (module !== own) {
    snippets.push(`${JSON.stringify(short)}: modules[${JSON.stringify(module)}][${JSON.stringify(name)}]`);
    continue;
  }
  const key = `\n        ${name}: `;
  const at = body.indexOf(key);
  if (at < 0 || body.indexOf(key, at + 1) >= 0) fail(`import ${name} is not one key of import0`);
  body = `${body.slice(0, at)}\n        ${JSON.stringify(short)}: ${body.slice(at + key.length)}`;
}
glue = `${glue.slice(0, start)}${body}
    const modules = ${modules};
    return { a: { __proto__: null, ...import0, ${snippets.join(", ")} } };${glue.slice(close + "\n    };".length)}`;

const short = new Map(exports);
const shortNames = new Set(short.values());
glue = glue.replace(/\bwasm\.([A-Za-z_$][\w$]*)/g, (all, name) => {
  if (short.has(name)) return `wasm.${short.get(name)}`;
  if (shortNames.has(name)) return all;
  fail(`wasm.${name} is not an export of the wasm`);
});
writeFileSync(gluePath, glue);
