//! When talkcard itself fails, every card of the page says so (`assets/stopped.js`).
//!
//! The release wasm aborts on a panic (`panic = "abort"`: unwinding would cost every visitor
//! its bytes), and the instance is gone after it; a JavaScript exception thrown through the
//! wasm leaves its state half updated. Without this, every card of the page would stay as it
//! was at that moment: blank, or a skeleton forever. The panic hook hands the panic's message
//! to `stopAll`, which marks each card, and `watch` does the same for errors from talkcard's
//! code that reach the page unhandled.

use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(module = "/assets/stopped.js")]
extern "C" {
    #[wasm_bindgen(js_name = stopAll)]
    fn stop_all(detail: &str);
    fn watch();
    /// True once talkcard has stopped on this page: nothing new may be drawn.
    #[wasm_bindgen(js_name = isStopped)]
    pub fn is_stopped() -> bool;
    /// Puts the stopped notice in `element`, where a card was asked for after talkcard
    /// stopped.
    #[wasm_bindgen(js_name = markElement)]
    pub fn mark(element: &web_sys::Element);
}

/// Installs the panic hook and the page-level watch, once per bundle, before anything is drawn.
pub fn install() {
    // Through Yew: its renderer otherwise replaces any hook with its own console logger.
    yew::set_custom_panic_hook(Box::new(|info| stop_all(&info.to_string())));
    watch();
}
