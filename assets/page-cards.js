// The card of an exported talk page, shown in a host page that names the page rather than the
// talk file (`data-talkcard-src="…/events/<event>/program/<slug>/"`). Loaded by embed.js only on
// pages that have such cards.

// What a card `talkcard export` wrote is made of: the sanitiser's elements (src/sanitise/policy.rs
// TAGS; a test checks this list holds them all) and the card's own.
const CARD_TAGS = new Set(("a abbr acronym area article aside b bdi bdo blockquote br caption center cite code col " +
  "colgroup data dd del details dfn div dl dt em figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup hr i img ins " +
  "kbd li map mark nav ol p pre q rp rt rtc ruby s samp small span strike strong sub summary sup table tbody td tfoot th " +
  "thead time tr tt u ul var wbr button section").split(" "));
const URL_ATTRIBUTES = new Set(["href", "src", "cite"]);

/**
 * Shows the card of the exported talk page `page` (fetched as `response`, across origins where
 * its host sends CORS headers, as GitHub Pages does) in `mount`: the page is parsed, inert, with
 * DOMParser; its card and the files it carries go into the mount point's shadow root, its
 * addresses made absolute, as an exported `embed.html` has them, with the stylesheet from `base`
 * (the bundle's own folder); the bundle makes it live later (`adopt.rs`). A page that is not a
 * talk page talkcard wrote, or whose card holds anything a card never does (a script, a handler,
 * a frame, a `javascript:` address), is refused whole rather than cleaned: the mount point is
 * marked with why (`data-talkcard-error`), and the bundle draws an error card.
 */
export async function pageCard({ mount, page, response }, base) {
  try {
    let answer;
    try {
      answer = await response;
    } catch {
      throw new Error(`Cannot fetch ${page.href}: the network failed, or its site does not allow other sites to read it (CORS).`);
    }
    if (!answer.ok) throw new Error(`${page.href} answered HTTP ${answer.status}.`);
    const html = new DOMParser().parseFromString(await answer.text(), "text/html");
    const main = html.querySelector("#talkcard-page[data-talkcard-prerendered]");
    const carried = html.querySelector("script#talkcard-carried[type='application/json']");
    const loader = html.querySelector("script[type=module][src$='embed.js']");
    const card = main?.querySelector(":scope > article.talkcard");
    if (!card || !carried || !loader) throw new Error(`${page.href} is not a talk page written by talkcard export.`);
    for (const element of [card, ...card.querySelectorAll("*")]) {
      if (!CARD_TAGS.has(element.localName) || element.namespaceURI !== "http://www.w3.org/1999/xhtml") {
        throw new Error(`${page.href}: its card holds a <${element.localName}>, which talkcard never writes.`);
      }
      for (const { name, value } of [...element.attributes]) {
        if (/^on|^style$|^srcdoc$|^formaction$|^action$|^srcset$|:/i.test(name)) {
          throw new Error(`${page.href}: its card holds a ${name} attribute, which talkcard never writes.`);
        }
        if (URL_ATTRIBUTES.has(name)) {
          const address = new URL(value, page);
          if (!["http:", "https:", "mailto:"].includes(address.protocol)) {
            throw new Error(`${page.href}: its card links to a ${address.protocol} address, which talkcard never writes.`);
          }
          element.setAttribute(name, address.href);
        }
      }
    }
    const theme = mount.getAttribute("data-theme");
    if (theme === "light" || theme === "dark") card.setAttribute("data-theme", theme);
    const shadow = mount.attachShadow({ mode: "open" });
    const host = Object.assign(document.createElement("div"), { className: "talkcard-host", hidden: true });
    const style = Object.assign(document.createElement("link"), { rel: "stylesheet", href: new URL("talkcard.css", base).href });
    // Hidden until the stylesheet has loaded (or failed): no flash of an unstyled card.
    for (const type of ["load", "error"]) style.addEventListener(type, () => (host.hidden = false), { once: true });
    host.append(document.importNode(card, true));
    // A data block, never run (its type is not a script's).
    const data = Object.assign(document.createElement("script"), { type: "application/json", className: "talkcard-carried" });
    data.textContent = carried.textContent;
    shadow.append(style, host, data);
    mount.setAttribute("data-talkcard-root", new URL("./", new URL(loader.getAttribute("src"), page)).href);
    mount.setAttribute("data-talkcard-prerendered", main.getAttribute("data-talkcard-prerendered"));
    const calendar = main.getAttribute("data-talkcard-calendar");
    if (calendar) mount.setAttribute("data-talkcard-calendar", new URL(calendar, page).href);
  } catch (error) {
    mount.setAttribute("data-talkcard-error", error.message);
  }
}
