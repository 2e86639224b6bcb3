// The speaker's code editor: CodeMirror 6 (npm, pinned in package-lock.json), bundled by esbuild
// into talkcard-editor.js beside the app bundle (scripts/bundle-js app) and imported by the app
// when its editor opens (assets/code_editor_loader.js): the card bundle and the app's other
// pages never load it.
//
// One document, coloured as the theme reads it: the front matter as TOML (`+++`), YAML (`---`)
// or JSON (`{`), the body as Markdown (GitHub's flavour, as Hugo's Goldmark). talkcard's own
// diagnostics (the Rust parser's, the same the card and the CLI show) are set as lint, and what
// to complete comes from the core (src/completion.rs): this file only shows them.
//
// The editor lives in a shadow root: CodeMirror writes its styles at run time, which the app's
// Content-Security-Policy (style-src 'self') refuses as a <style> element in the document but
// allows as a constructed stylesheet, which CodeMirror adopts in a shadow root. Colours are the
// app's custom properties, which inherit into it: dark mode follows the app.
import { autocompletion, closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { deleteMarkupBackward, insertNewlineContinueMarkup, markdownLanguage } from "@codemirror/lang-markdown";
import { yamlLanguage } from "@codemirror/lang-yaml";
import { bracketMatching, HighlightStyle, indentOnInput, Language, StreamLanguage, syntaxHighlighting } from "@codemirror/language";
import { json } from "@codemirror/legacy-modes/mode/javascript";
import { toml } from "@codemirror/legacy-modes/mode/toml";
import { lintGutter, lintKeymap, setDiagnostics } from "@codemirror/lint";
import { highlightSelectionMatches, search, searchKeymap } from "@codemirror/search";
import { EditorSelection, EditorState } from "@codemirror/state";
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import { parseMixed } from "@lezer/common";
import { tags as t } from "@lezer/highlight";

// How a front matter opens, its language and the line that closes it (Hugo's three forms).
const OPENINGS = {
  "+++": { node: "FrontMatterToml", kind: "toml", close: "+++" },
  "---": { node: "FrontMatterYaml", kind: "yaml", close: "---" },
  "{": { node: "FrontMatterJson", kind: "json", close: "}" },
};

/// The front matter's form and the offsets its text spans (for JSON the braces included, as
/// they are part of it), or null when the document has none.
function frontMatter(doc) {
  const first = doc.line(1);
  const opening = OPENINGS[first.text.trimEnd()];
  if (!opening) return null;
  const json = opening.kind === "json";
  const from = json ? first.from : Math.min(first.to + 1, doc.length);
  for (let n = 2; n <= doc.lines; n++) {
    const line = doc.line(n);
    if (line.text.trimEnd() === opening.close) {
      return { kind: opening.kind, from, to: json ? line.to : Math.max(from, line.from - 1) };
    }
  }
  return { kind: opening.kind, from, to: doc.length };
}

// A Markdown block for the front matter, so the document is one tree: its delimiters marked,
// its text parsed by the front matter's own language (parseMixed, below).
const frontMatterBlock = {
  defineNodes: [
    { name: "FrontMatter", block: true },
    { name: "FrontMatterMark", style: t.processingInstruction },
    "FrontMatterToml",
    "FrontMatterYaml",
    "FrontMatterJson",
  ],
  parseBlock: [
    {
      name: "FrontMatter",
      before: "IndentedCode",
      parse(cx, line) {
        if (cx.lineStart !== 0) return false;
        const opening = OPENINGS[line.text.trimEnd()];
        if (!opening) return false;
        const json = opening.kind === "json";
        const marks = json ? [] : [cx.elt("FrontMatterMark", 0, line.text.length)];
        const from = json ? 0 : line.text.length + 1;
        let to = -1;
        let end = line.text.length;
        let closing = null;
        while (cx.nextLine()) {
          const lineEnd = cx.lineStart + line.text.length;
          end = lineEnd;
          if (line.text.trimEnd() === opening.close) {
            to = json ? lineEnd : cx.lineStart - 1;
            if (!json) closing = cx.elt("FrontMatterMark", cx.lineStart, lineEnd);
            cx.nextLine();
            break;
          }
        }
        if (to < 0) to = end;
        const children = [...marks];
        if (to > from) children.push(cx.elt(opening.node, from, to));
        if (closing) children.push(closing);
        cx.addElement(cx.elt("FrontMatter", 0, end, children));
        return true;
      },
    },
  ],
  wrap: parseMixed((node) => {
    const parser = NESTED[node.type.name];
    return parser ? { parser } : null;
  }),
};
const NESTED = {
  FrontMatterToml: StreamLanguage.define(toml).parser,
  FrontMatterYaml: yamlLanguage.parser,
  FrontMatterJson: StreamLanguage.define(json).parser,
};

// The talk file: Markdown (GitHub's flavour) with the front matter block. Made here rather than
// with lang-markdown's markdown(), which brings the HTML, CSS and JavaScript languages along for
// HTML inside Markdown (130 KB of the bundle's 640 KB); lezer-markdown marks such HTML itself.
const talkFile = new Language(
  markdownLanguage.data,
  markdownLanguage.parser.configure([frontMatterBlock]),
  [],
  "talk-file",
);

// The colours: the app's custom properties (talkcard.css), each a light-dark() pair.
const highlight = HighlightStyle.define([
  { tag: t.heading, fontWeight: "700", color: "var(--talkcard-code-heading)" },
  { tag: t.emphasis, fontStyle: "italic" },
  { tag: t.strong, fontWeight: "700" },
  { tag: t.strikethrough, textDecoration: "line-through" },
  { tag: [t.link, t.url], color: "var(--talkcard-accent)", textDecoration: "underline" },
  { tag: [t.propertyName, t.definition(t.propertyName), t.keyword], color: "var(--talkcard-code-key)" },
  { tag: [t.string, t.special(t.string)], color: "var(--talkcard-code-string)" },
  { tag: [t.number, t.bool, t.atom, t.null], color: "var(--talkcard-code-value)" },
  { tag: [t.comment, t.lineComment, t.blockComment], color: "var(--talkcard-muted)", fontStyle: "italic" },
  { tag: [t.processingInstruction, t.meta, t.contentSeparator], color: "var(--talkcard-code-mark)" },
  { tag: [t.monospace, t.quote], color: "var(--talkcard-code-value)" },
  { tag: t.invalid, color: "var(--talkcard-error)" },
]);

const theme = EditorView.theme({
  "&": {
    height: "var(--talkcard-code-height, clamp(20em, 70vh, 46em))",
    border: "1px solid var(--talkcard-border)",
    borderRadius: "10px",
    background: "var(--talkcard-surface)",
    color: "var(--talkcard-fg)",
    fontSize: "0.9em",
  },
  "&.cm-focused": { outline: "3px solid var(--talkcard-accent)", outlineOffset: "2px" },
  ".cm-scroller": {
    fontFamily: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace',
    lineHeight: "1.5",
    borderRadius: "10px",
  },
  ".cm-content": { caretColor: "var(--talkcard-fg)", paddingBlock: "0.5em" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--talkcard-fg)", borderLeftWidth: "2px" },
  ".cm-gutters": {
    background: "var(--talkcard-surface)",
    color: "var(--talkcard-muted)",
    borderRight: "1px solid var(--talkcard-border)",
    borderRadius: "10px 0 0 10px",
  },
  ".cm-activeLine, .cm-activeLineGutter": { background: "var(--talkcard-code-active)" },
  ".cm-activeLineGutter": { color: "var(--talkcard-fg)" },
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection":
    { background: "var(--talkcard-code-selection)" },
  ".cm-matchingBracket, &.cm-focused .cm-matchingBracket": {
    background: "var(--talkcard-code-selection)",
    outline: "1px solid var(--talkcard-muted)",
  },
  ".cm-selectionMatch": { background: "var(--talkcard-code-match)" },
  ".cm-searchMatch": { background: "var(--talkcard-code-match)", outline: "1px solid var(--talkcard-muted)" },
  ".cm-searchMatch-selected": { background: "var(--talkcard-code-selection)" },
  ".cm-tooltip": {
    background: "var(--talkcard-bg)",
    color: "var(--talkcard-fg)",
    border: "1px solid var(--talkcard-border)",
    borderRadius: "8px",
    maxWidth: "min(30em, 90vw)",
  },
  ".cm-tooltip.cm-tooltip-autocomplete > ul": { fontFamily: "inherit", maxHeight: "12em" },
  ".cm-tooltip.cm-tooltip-autocomplete > ul > li": { padding: "0.3em 0.6em" },
  ".cm-tooltip-autocomplete ul li[aria-selected]": {
    background: "var(--talkcard-accent)",
    color: "var(--talkcard-accent-fg)",
  },
  ".cm-completionDetail": { color: "inherit", opacity: "1", fontStyle: "normal", marginLeft: "0.75em" },
  ".cm-completionInfo": { padding: "0.5em 0.75em", fontFamily: "var(--talkcard-font)", lineHeight: "1.4" },
  ".cm-diagnostic": { padding: "0.4em 0.6em", fontFamily: "var(--talkcard-font)" },
  ".cm-diagnostic-error": { borderLeftColor: "var(--talkcard-error)" },
  ".cm-panels": {
    background: "var(--talkcard-surface)",
    color: "var(--talkcard-fg)",
    fontFamily: "var(--talkcard-font)",
    borderRadius: "10px 10px 0 0",
  },
  ".cm-panel.cm-search": { padding: "0.4em 2em 0.4em 0.5em", fontSize: "0.95em", lineHeight: "2" },
  ".cm-panel.cm-search input, .cm-panel.cm-search button": { fontSize: "inherit", margin: "0.15em 0.3em 0.15em 0" },
  ".cm-panels.cm-panels-top": { borderBottom: "1px solid var(--talkcard-border)" },
  ".cm-panels.cm-panels-bottom": { borderTop: "1px solid var(--talkcard-border)" },
  ".cm-textfield": {
    padding: "0.2em 0.4em",
    background: "var(--talkcard-bg)",
    color: "var(--talkcard-fg)",
    border: "1px solid var(--talkcard-border)",
    borderRadius: "6px",
  },
  ".cm-button": {
    padding: "0.2em 0.6em",
    backgroundImage: "none",
    background: "var(--talkcard-bg)",
    color: "var(--talkcard-fg)",
    border: "1px solid var(--talkcard-border)",
    borderRadius: "6px",
  },
  ".cm-panel.cm-search label": { fontSize: "inherit", marginRight: "0.5em", whiteSpace: "nowrap" },
  ".cm-panel.cm-search [name=close]": { color: "var(--talkcard-fg)", fontSize: "1.4em", top: "0.2em", right: "0.4em" },
});

// What to offer where the cursor is.
function completions(hints, speakers) {
  const keyOptions = (kind, doc, fm) => {
    const present = new Set();
    for (const line of doc.sliceString(fm.from, fm.to).split("\n")) {
      const m = /^\s*"?([A-Za-z_][\w-]*)"?\s*[=:]/.exec(line);
      if (m) present.add(m[1].toLowerCase());
    }
    return hints.keys.map((hint, index) => ({
      label: hint.key,
      type: "property",
      info: hint.info || undefined,
      // Keys not written yet come first, each in the template's order (`Spe`: Speakers, then
      // Speakerdeck).
      boost: present.has(hint.key.toLowerCase()) ? -50 : -index,
      apply: kind === "yaml" ? `${hint.key}: ` : kind === "json" ? `"${hint.key}": ` : `${hint.key} = `,
    }));
  };
  return (context) => {
    const { state, pos } = context;
    const line = state.doc.lineAt(pos);
    const before = line.text.slice(0, pos - line.from);
    const fm = frontMatter(state.doc);
    if (fm && pos >= fm.from && pos <= fm.to) {
      let m = fm.kind === "json" ? /^\s*"?([A-Za-z_]*)$/.exec(before) : /^\s*([A-Za-z_]*)$/.exec(before);
      if (m && (m[1] || context.explicit)) {
        return { from: pos - m[1].length, options: keyOptions(fm.kind, state.doc, fm), validFor: /^[A-Za-z_]*$/ };
      }
      m = /^\s*"?type"?\s*[=:]\s*["']?([A-Za-z-]*)$/i.exec(before);
      if (m) {
        const options = hints.types.map((value) => ({ label: value, type: "enum" }));
        return { from: pos - m[1].length, options, validFor: /^[A-Za-z-]*$/ };
      }
      // A slug in `Speakers`: inside quotes, or where one starts (quotes added).
      m = /^\s*"?speakers"?\s*[=:]\s*\[(?:[^\]]*,)?\s*(["']?)([^"',\]]*)$/i.exec(before);
      if (m && (m[1] || m[2] || context.explicit)) {
        const quote = m[1] ? "" : '"';
        const options = speakers().map((slug) => ({
          label: slug,
          type: "variable",
          detail: "your speaker file",
          apply: `${quote}${slug}${quote}`,
        }));
        return { from: pos - m[2].length, options, validFor: /^[^"',\]]*$/ };
      }
      return null;
    }
    // A shortcode in the body, after `{{<` or `{{%`.
    const m = /\{\{([<%])\s*([A-Za-z_]*)$/.exec(before);
    if (!m) return null;
    const close = `${m[1] === "%" ? "%" : ">"}}}`;
    const options = hints.shortcodes.map((code) => ({
      label: code.name,
      type: "function",
      info: code.info,
      apply: (view, _completion, from, to) => {
        // Closing brackets may already follow the cursor (`{{<}}`): complete what is missing.
        const after = view.state.sliceDoc(to, to + 3);
        const rest = after.startsWith("}}") ? close.slice(0, 1) : after.startsWith(close) ? "" : close;
        const insert = `${from > 0 && view.state.sliceDoc(from - 1, from) !== " " ? " " : ""}${code.arguments} ${rest}`;
        view.dispatch({
          changes: { from, to, insert },
          selection: EditorSelection.cursor(from + insert.length - rest.length - 1),
        });
      },
    }));
    return { from: pos - m[2].length, options, validFor: /^[A-Za-z_]*$/ };
  };
}

/// Where a diagnostic is marked: its line (clamped to the document) and column (1-based, in
/// characters, as talkcard counts them; CodeMirror counts UTF-16 units), to the end of the word
/// there. At a line's end (an unterminated string) the word before the column is marked, and
/// the whole line when the column is unknown.
function place(doc, diagnostic) {
  const line = doc.line(Math.min(Math.max(diagnostic.line, 1), doc.lines));
  if (!diagnostic.column) return { from: line.from, to: line.to };
  const at = Math.min([...line.text].slice(0, diagnostic.column - 1).join("").length, line.length);
  const word = /^\S*/.exec(line.text.slice(at))[0];
  if (word) return { from: line.from + at, to: line.from + at + word.length };
  const before = /\S*\s*$/.exec(line.text.slice(0, at))[0];
  return { from: line.from + at - before.length, to: line.from + at };
}

/// Opens an editor in `host` (its shadow root) holding `options.text`; `onChange` gets the whole
/// text after every change the speaker makes.
export function open(host, options, onChange) {
  const root = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  root.replaceChildren();
  let speakers = [];
  const hints = { keys: options.keys, types: options.types, shortcodes: options.shortcodes };
  const extensions = [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    closeBrackets(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    search({ top: true }),
    autocompletion({ override: [completions(hints, () => speakers)], icons: false }),
    lintGutter(),
    syntaxHighlighting(highlight),
    talkFile,
    EditorView.lineWrapping,
    theme,
    // Tab is left to the page (moving focus on), as CodeMirror advises for keyboard users. The
    // completion list's own keys (arrows, Enter, Escape) come with autocompletion(), first.
    keymap.of([
      // Enter continues a list or a quote; Backspace takes its marker back.
      { key: "Enter", run: insertNewlineContinueMarkup },
      { key: "Backspace", run: deleteMarkupBackward },
      ...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...lintKeymap]),
    EditorView.contentAttributes.of({
      "aria-label": options.label,
      // Focusable as it is (contenteditable), said outright for checkers that look for tabindex
      // in a scrolling region (axe's scrollable-region-focusable).
      tabindex: "0",
      autocapitalize: "off",
      autocorrect: "off",
      spellcheck: "false",
      translate: "no",
    }),
    // A file dropped on the editor is opened by the page (a new draft, or the speaker file on
    // that tab), as on the rest of the editor: CodeMirror would insert its text at the drop.
    EditorView.domEventHandlers({
      drop: (event) => event.dataTransfer?.files?.length > 0,
    }),
    EditorView.updateListener.of((update) => {
      // setText's setState is not an update: only the speaker's own changes come here.
      if (update.docChanged) onChange(update.state.doc.toString());
    }),
  ];
  const stateOf = (text) => EditorState.create({ doc: text, extensions });
  const view = new EditorView({ state: stateOf(options.text), parent: root, root });
  let diagnostics = [];
  return {
    /// Another file in the same editor (another draft, an opened file): a new history too.
    setText(text) {
      if (text === view.state.doc.toString()) return;
      view.setState(stateOf(text));
      this.setDiagnostics(diagnostics);
    },
    /// talkcard's diagnostics of the text as it is now, as JSON: [{line, column, severity, message}].
    setDiagnostics(list) {
      diagnostics = typeof list === "string" ? JSON.parse(list) : list;
      const doc = view.state.doc;
      const marks = diagnostics
        .filter((d) => d.line)
        .map((d) => ({ ...place(doc, d), severity: d.severity, message: d.message }));
      view.dispatch(setDiagnostics(view.state, marks));
    },
    /// The speaker slugs to offer in `Speakers`, as JSON.
    setSpeakers(list) {
      speakers = JSON.parse(list);
    },
    /// Puts the cursor at `line` and `column` (1-based; 0 for the line's start) and focuses.
    goto(line, column) {
      const start = view.state.doc.line(Math.min(Math.max(line, 1), view.state.doc.lines));
      const from = column ? Math.min(start.from + [...start.text].slice(0, column - 1).join("").length, start.to) : start.from;
      view.dispatch({ selection: EditorSelection.cursor(from), scrollIntoView: true });
      view.focus();
    },
    focus() {
      view.focus();
    },
    destroy() {
      view.destroy();
    },
  };
}
