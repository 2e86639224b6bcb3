// The JavaScript peer of talkcard's core and card, for the benchmarks only (never shipped).
// It does the same job the way a web developer would with the usual npm packages: smol-toml
// for the front matter, marked for the Markdown, DOMPurify to sanitise, and the DOM API to
// build the same card markup (so talkcard.css styles it and both do comparable DOM work).
import { parse as parseToml } from "smol-toml";
import { marked } from "marked";
import DOMPurify from "dompurify";

const FRONT_MATTER = /^\uFEFF?\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n\+\+\+[ \t]*(?:\r?\n|$)/;
const SHORTCODE = /\{\{[<%][\s\S]*?[%>]\}\}/g;

// Front matter fields by lower-case name (real files mix `Title`, `title`, `TITLE`).
function fields(text) {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { fields: {}, body: text, error: null };
  let table = {};
  let error = null;
  try {
    table = parseToml(match[1]);
  } catch (e) {
    error = e.message;
  }
  const out = {};
  for (const [key, value] of Object.entries(table)) out[key.toLowerCase()] = value;
  return { fields: out, body: text.slice(match[0].length), error };
}

const str = (v) => (typeof v === "string" ? v.trim() : v == null ? "" : String(v).trim());

function youtubeId(value) {
  const v = str(value);
  if (/^[A-Za-z0-9_-]{11}$/.test(v)) return v;
  const m = /(?:youtu\.be\/|[?&]v=|\/embed\/|\/shorts\/|\/live\/)([A-Za-z0-9_-]{11})/.exec(v);
  return m ? m[1] : null;
}

function vimeoId(value) {
  const m = /^(?:https?:\/\/(?:www\.|player\.)?vimeo\.com\/(?:video\/)?)?(\d+)/.exec(str(value));
  return m ? m[1] : null;
}

const SLIDES = ["slides", "speakerdeck", "slideshare", "googleslides", "pdf"];

/// Parses a talk file into what the card shows. `sanitise = false` leaves the abstract as
/// marked's HTML string, for the benchmark's like-for-like parse-only measure (talkcard's
/// `check` parses without sanitising: its sanitising happens in the browser as the card is built).
export function parseTalk(text, sanitise = true) {
  const { fields: f, body, error } = fields(text);
  const speakers = Array.isArray(f.speakers) ? f.speakers.map(str).filter(Boolean) : [];
  let player = null;
  const yt = youtubeId(f.youtube);
  const vimeo = yt ? null : vimeoId(f.vimeo);
  if (yt) player = { provider: "youtube", label: "YouTube", id: yt };
  else if (vimeo) player = { provider: "vimeo", label: "Vimeo", id: vimeo };
  else {
    const key = SLIDES.find((k) => /^https?:\/\//.test(str(f[k])));
    if (key) player = { provider: key, label: "slides", url: str(f[key]) };
  }
  const html = marked.parse(body.replace(SHORTCODE, ""), { async: false });
  return {
    title: str(f.title),
    type: str(f.type) || "talk",
    speakers,
    date: str(f.talk_date),
    start: str(f.talk_start_time),
    end: str(f.talk_end_time),
    player,
    abstract: sanitise ? DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true }) : html,
    error,
  };
}

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text != null) e.textContent = text;
  return e;
}

// "jane-doe" -> "Jane Doe"
const nameOf = (slug) => slug.split(/[-_]/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join(" ");

function when(talk) {
  if (!talk.date) return null;
  const date = new Date(`${talk.date}T${talk.start || "00:00"}Z`);
  if (Number.isNaN(date.getTime())) return null;
  const parts = [date.toLocaleDateString(undefined, { weekday: "long", year: "numeric", month: "long", day: "numeric", timeZone: "UTC" })];
  if (talk.start) parts.push(date.toLocaleTimeString(undefined, { hour: "numeric", minute: "2-digit", timeZone: "UTC" }));
  const time = el("time", "talkcard-when", parts.join(" · "));
  time.dateTime = talk.date;
  return time;
}

function player(talk) {
  const p = talk.player;
  if (!p) return null;
  const box = el("div", `talkcard-player talkcard-player--${p.id ? "video" : "slides"}`);
  box.dataset.provider = p.provider;
  if (!p.id) {
    const a = el("a", "talkcard-document-link", `Slides (${new URL(p.url).host})`);
    a.href = p.url;
    a.rel = "noopener noreferrer";
    box.append(a);
    return box;
  }
  const stage = el("div", "talkcard-stage");
  const button = el("button", "talkcard-play");
  button.type = "button";
  button.setAttribute("aria-label", `Play video: ${talk.title}`);
  button.append(el("span", "talkcard-play-icon"), el("span", "talkcard-play-text", "Play video"));
  button.addEventListener("click", () => {
    const frame = el("iframe", "talkcard-frame");
    frame.src = p.provider === "youtube"
      ? `https://www.youtube-nocookie.com/embed/${p.id}?autoplay=1`
      : `https://player.vimeo.com/video/${p.id}?dnt=1&autoplay=1`;
    frame.title = `${p.label} video: ${talk.title}`;
    frame.allow = "autoplay; encrypted-media; fullscreen; picture-in-picture";
    frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-presentation allow-popups");
    stage.replaceChildren(frame);
  });
  stage.append(button);
  box.append(stage, el("p", "talkcard-play-note", `From ${p.label}. Nothing loads from there until you press play.`));
  return box;
}

// "Jane Doe" -> "JD"
const initials = (name) => name.split(/\s+/).filter(Boolean).map((w) => w[0]).slice(0, 2).join("").toUpperCase();

// A speaker box as talkcard draws one without a speaker file: initials on a colour of the name.
function speakerBox(slug, name) {
  const box = el("li", "talkcard-speaker-box");
  box.dataset.slug = slug;
  let hue = 7;
  for (const byte of new TextEncoder().encode(name)) hue = (Math.imul(hue, 31) + byte) >>> 0;
  const avatar = el("span", `talkcard-avatar talkcard-avatar--initials talkcard-hue-${hue % 12}`);
  avatar.setAttribute("role", "img");
  avatar.setAttribute("aria-label", name);
  const letters = el("span", null, initials(name));
  letters.setAttribute("aria-hidden", "true");
  avatar.append(letters);
  const about = el("div", "talkcard-speaker-about");
  about.append(el("h3", "talkcard-speaker-name", name));
  box.append(avatar, about);
  return box;
}

/// Renders a parsed talk as a card into `root` (replacing what was there).
export function renderCard(root, talk) {
  const card = el("article", "talkcard");
  if (talk.error) {
    const error = el("div", "talkcard-error");
    error.append(el("h2", "talkcard-error-title", "This talk file has errors"), el("p", "talkcard-error-detail", talk.error));
    card.append(error);
  }
  const header = el("header", "talkcard-header");
  const meta = el("div", "talkcard-meta");
  meta.append(el("span", `talkcard-badge talkcard-badge--${talk.type.toLowerCase().replace(/[^a-z0-9]/g, "-")}`, talk.type));
  const time = when(talk);
  if (time) meta.append(time);
  header.append(meta, el("h2", "talkcard-title", talk.title || "Untitled talk"));
  const names = talk.speakers.map(nameOf);
  if (names.length) header.append(el("p", "talkcard-byline", `by ${names.join(", ")}`));
  card.append(header);
  const media = player(talk);
  if (media) card.append(media);
  const abstract = el("div", "talkcard-abstract");
  abstract.append(talk.abstract);
  card.append(abstract);
  if (names.length) {
    const section = el("section", "talkcard-speakers");
    section.setAttribute("aria-label", names.length === 1 ? "Speaker" : "Speakers");
    section.append(el("h3", "talkcard-section-title", names.length === 1 ? "Speaker" : "Speakers"));
    const list = el("ul", "talkcard-speaker-list");
    talk.speakers.forEach((slug, i) => list.append(speakerBox(slug, names[i])));
    section.append(list);
    card.append(section);
  }
  card.dataset.state = "ready";
  root.replaceChildren(card);
}
