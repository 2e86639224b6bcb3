// Loads the code editor (talkcard-editor.js, beside the app bundle) the first time the editor
// opens: the app's other pages never download it. Bound by src/ui/app/editor/code.rs; the
// address is left as it is by esbuild (scripts/bundle-js), so it resolves beside the bundle.
let editor;

export async function openCodeEditor(host, options, onChange) {
  editor ??= import("./talkcard-editor.js");
  const { open } = await editor;
  return open(host, JSON.parse(options), onChange);
}
