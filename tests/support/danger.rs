//! The check that rendered HTML carries nothing that runs script or loads a document: shared by
//! the property tests (`tests/properties.rs`) and the `sanitise` fuzz target, so both hold the
//! sanitiser to the same standard. Text is escaped in the output, so every raw `<` starts a tag.

/// The first tag or attribute in `html` that could run script or load a document, if any.
/// Text is escaped in the output, so every raw `<` starts a tag.
pub fn dangerous_markup(html: &str) -> Option<String> {
    const TAGS: [&str; 12] = [
        "script", "iframe", "object", "embed", "style", "form", "svg", "math", "base", "meta",
        "link", "frame",
    ];
    for tag in html.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or("").to_lowercase();
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if TAGS.contains(&name.as_str()) {
            return Some(format!("<{name}>"));
        }
        for attribute in tag.split_whitespace().skip(1) {
            let (key, value) = attribute.split_once('=').unwrap_or((attribute, ""));
            let value = value.trim_matches(['"', '\'']).trim_start();
            if key.starts_with("on") || key == "style" || key == "srcdoc" {
                return Some(format!("attribute {key}"));
            }
            if ["javascript:", "data:", "vbscript:"]
                .iter()
                .any(|s| value.starts_with(s))
            {
                return Some(format!("{key}={value}"));
            }
        }
    }
    None
}
