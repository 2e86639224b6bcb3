//! Putting text on the clipboard, as far as the browser allows.

/// Copies `text` to the clipboard. Best effort: `navigator.clipboard` is missing outside a
/// secure context and the browser may refuse; callers always show the text another way too.
pub fn copy(text: &str) {
    let clipboard = web_sys::window()
        .map(|w| w.navigator())
        .and_then(|n| js_sys::Reflect::get(&n, &"clipboard".into()).ok())
        .filter(|c| !c.is_undefined() && !c.is_null());
    if let Some(clipboard) = clipboard {
        let clipboard: web_sys::Clipboard = wasm_bindgen::JsCast::unchecked_into(clipboard);
        let _ = clipboard.write_text(text);
    }
}
