//! The standalone talk page's schema.org JSON-LD ([`crate::structured_data`]) in the page's
//! head. A `<script type="application/ld+json">` is a data block: browsers never run it, and
//! the CSP (`script-src 'self'`) does not apply to it.

/// Writes `json_ld` into the page's one JSON-LD block, creating it the first time; a card that
/// learns more (the event's data arriving) updates it.
pub fn set(json_ld: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let script = match document.get_element_by_id("talkcard-json-ld") {
        Some(script) => script,
        None => {
            let Ok(script) = document.create_element("script") else {
                return;
            };
            let _ = script.set_attribute("type", "application/ld+json");
            script.set_id("talkcard-json-ld");
            if let Some(head) = document.head() {
                let _ = head.append_child(&script);
            }
            script
        }
    };
    script.set_text_content(Some(json_ld));
}
