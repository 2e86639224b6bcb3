//! The check that rendered HTML carries nothing that runs script or loads a document: shared by
//! the property tests (`tests/properties.rs`) and the `sanitise` fuzz target, so both hold the
//! sanitiser to the same standard. Text is escaped in the output, so every raw `<` starts a tag.

/// Attributes whose value a browser follows or loads as a URL. Text attributes (`title`,
/// `alt`) may say anything: "vbscript: a case for small teams" is a fine title.
const URL_ATTRIBUTES: [&str; 14] = [
    "href",
    "src",
    "srcset",
    "action",
    "formaction",
    "xlink:href",
    "poster",
    "background",
    "cite",
    "data",
    "longdesc",
    "lowsrc",
    "dynsrc",
    "ping",
];

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
        for (key, value) in attributes(&tag[name.len()..]) {
            let value = value.trim_start();
            if key.starts_with("on") || key == "style" || key == "srcdoc" {
                return Some(format!("attribute {key}"));
            }
            if URL_ATTRIBUTES.contains(&key.as_str())
                && ["javascript:", "data:", "vbscript:"]
                    .iter()
                    .any(|s| value.starts_with(s))
            {
                return Some(format!("{key}={value}"));
            }
        }
    }
    None
}

/// The attributes of a tag's inside after its name, as (key, value): quoted values may hold
/// spaces (`title="Impact on culture"` has no `on` attribute).
fn attributes(mut rest: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if rest.is_empty() {
            return out;
        }
        let key_end = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        let key = rest[..key_end].to_owned();
        rest = rest[key_end..].trim_start();
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            match after.chars().next() {
                Some(quote @ ('"' | '\'')) => {
                    let end = after[1..].find(quote).map_or(after.len(), |i| i + 1);
                    value = after[1..end].to_owned();
                    rest = after.get(end + 1..).unwrap_or("");
                }
                _ => {
                    let end = after.find(char::is_whitespace).unwrap_or(after.len());
                    value = after[..end].to_owned();
                    rest = &after[end..];
                }
            }
        }
        out.push((key, value));
    }
}
