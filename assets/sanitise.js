// talkcard's sanitiser in the browser: DOMPurify, configured from the policy the core keeps in
// `src/sanitise/policy.rs` (the wasm hands it over once, in `configure`). It cleans the tree the
// browser's own parser built and returns nodes, so nothing is serialised and parsed again.
//
// DOMPurify comes from npm (pinned in package-lock.json). esbuild bundles it with this file,
// from the TypeScript source its package ships (scripts/bundle-js sanitiser: its dist build
// carries helpers nothing calls), and the build ships both inside talkcard.js: nothing is
// fetched from anywhere else. talkcard makes a DOMPurify instance of its own, so a host page's
// DOMPurify, its settings and its hooks are neither seen nor changed.
import DOMPurify from "dompurify";

const purify = DOMPurify(window);

// What relative URLs resolve against during one `sanitise` call (hooks are global).
let base = null;

const SCHEME = /^[a-z][a-z0-9+.\-]*:/i;
// Whitespace and controls that browsers ignore or that DOMPurify strips before its own check.
const IGNORED = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g;

/** Takes the policy: {tags, contentRemoved, genericAttributes, tagAttributes: [[tag, [attr…]]…],
 *  urlAttributes, urlSchemes, linkRel, imageAttributes: [[name, value]…]}. */
export function configure(policy) {
  const attributesOf = new Map(policy.tagAttributes.map(([tag, names]) => [tag, new Set([...names, ...policy.genericAttributes])]));
  const urlAttributes = new Set(policy.urlAttributes);
  const schemes = new Set(policy.urlSchemes);
  const every = new Set(policy.genericAttributes);
  for (const [, names] of policy.tagAttributes) for (const name of names) every.add(name);
  const schemeAlternatives = policy.urlSchemes.map((s) => s.replace(/[^a-z0-9]/g, "")).join("|");
  const config = {
    ALLOWED_TAGS: policy.tags,
    ALLOWED_ATTR: [...every],
    // Attributes that are not URLs are not checked as URLs (`lang`, `datetime`, `align`…).
    ADD_URI_SAFE_ATTR: [...every].filter((name) => !urlAttributes.has(name)),
    // The allowed schemes, or no scheme at all (a relative reference); DOMPurify's own form.
    ALLOWED_URI_REGEXP: new RegExp(`^(?:(?:${schemeAlternatives}):|[^a-z]|[a-z+.\\-]+(?:[^a-z+.\\-:]|$))`, "i"),
    FORBID_CONTENTS: policy.contentRemoved,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  };
  // Once, not on every call: DOMPurify otherwise rebuilds its sets of tags and attributes from
  // the configuration each time it sanitises.
  purify.setConfig(config);
  // `<noscript>` is read as markup in the inert document DOMPurify parses into (scripting off)
  // but as text in the page, so a quote such as `<noscript><p title="</noscript>">` leaves it
  // open to the end of the body, and DOMPurify then removes it whole, with the rest of the
  // abstract. Unwrapped first, as DOMPurify unwraps other elements it does not keep, its
  // content is sanitised like any other: no `noscript` element is left to be read two ways.
  purify.addHook("beforeSanitizeElements", (node) => {
    if (node.nodeType !== Node.ELEMENT_NODE || node.localName !== "noscript" || !node.parentNode) return;
    for (const child of [...node.childNodes].reverse()) node.parentNode.insertBefore(child, node.nextSibling);
    node.remove();
  });
  // After DOMPurify's own checks, once per element (a hook on every attribute would make
  // DOMPurify copy its allow-list for every element): the attributes this element may keep, the
  // policy's schemes (DOMPurify would also keep `data:` images), relative URLs resolved against
  // the file's own URL, and what links and images must carry.
  const generic = new Set(policy.genericAttributes);
  purify.addHook("afterSanitizeAttributes", (node) => {
    const allowed = attributesOf.get(node.localName) ?? generic;
    for (const { name, value } of [...node.attributes]) {
      if (!allowed.has(name)) {
        node.removeAttribute(name);
        continue;
      }
      if (!urlAttributes.has(name)) continue;
      const scheme = SCHEME.exec(value.replace(IGNORED, ""));
      if (scheme) {
        if (!schemes.has(scheme[0].slice(0, -1).toLowerCase())) node.removeAttribute(name);
      } else if (base) {
        try {
          node.setAttribute(name, new URL(value, base).href);
        } catch {
          node.removeAttribute(name);
        }
      }
    }
    if (node.localName === "a") node.setAttribute("rel", policy.linkRel);
    if (node.localName === "img") for (const [name, value] of policy.imageAttributes) node.setAttribute(name, value);
  });
}

/** `html` cleaned by the policy as a DocumentFragment, relative URLs resolved against `baseUrl`
 *  (or kept as written without one), paragraphs the cleaning left empty dropped, and headings
 *  moved `headingShift` levels (within h1–h6) so that they nest under the card's own. */
export function sanitise(html, baseUrl, headingShift) {
  base = baseUrl ?? null;
  try {
    const fragment = purify.sanitize(html);
    dropEmptyParagraphs(fragment);
    if (headingShift) shiftHeadings(fragment, headingShift);
    return fragment;
  } finally {
    base = null;
  }
}

// What is left of legacy wrappers once their script embeds are removed (`<p>\n<br>\n</p>`)
// would show as a gap.
function dropEmptyParagraphs(fragment) {
  for (const p of fragment.querySelectorAll("p")) {
    const empty = [...p.childNodes].every((n) =>
      n.nodeType === Node.TEXT_NODE ? !n.data.trim() : n.nodeType === Node.ELEMENT_NODE && n.localName === "br");
    if (empty) p.remove();
  }
}

// Each heading renamed, attributes and children kept (the same rule as the native sanitiser's
// `with_headings_shifted`).
function shiftHeadings(fragment, shift) {
  for (const heading of fragment.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
    const level = Math.min(6, Math.max(1, Number(heading.localName[1]) + shift));
    const renamed = heading.ownerDocument.createElement(`h${level}`);
    for (const { name, value } of heading.attributes) renamed.setAttribute(name, value);
    renamed.append(...heading.childNodes);
    heading.replaceWith(renamed);
  }
}
