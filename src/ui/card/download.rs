//! Saving text as a file the visitor downloads: the editor's drafts, a talk's calendar entry.

use std::time::Duration;

use wasm_bindgen::JsCast;

/// The type of talk and speaker files.
#[cfg(target_arch = "wasm32")]
pub const MARKDOWN: &str = "text/markdown;charset=utf-8";

/// The type of iCalendar files.
pub const CALENDAR: &str = "text/calendar;charset=utf-8";

/// Saves `text` as a file named `name` of type `mime`, byte for byte.
pub fn download(name: &str, text: &str, mime: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(link) = document
        .create_element("a")
        .map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>())
    {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    // Revoke once the browser has surely started the download.
    wasm_bindgen_futures::spawn_local(async move {
        yew::platform::time::sleep(Duration::from_secs(10)).await;
        let _ = web_sys::Url::revoke_object_url(&url);
    });
}
