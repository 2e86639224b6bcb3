//! A program: the list of talk files an organiser wants shown together.
//!
//! The simplest thing an organiser can publish: a text file with one talk file URL per line
//! (blank lines and `#` comments ignored), or JSON — an array of URLs, or `{"talks": [...]}`.
//! URLs may be relative to the program file, as links in a web page are.

use crate::link;

/// The talk file URLs of a program list, resolved against `base_url` (the list's own URL)
/// when given; duplicates removed, order kept.
pub fn talk_urls(text: &str, base_url: Option<&str>) -> Vec<String> {
    let text = text.trim_start_matches('\u{feff}');
    let raw: Vec<String> = match serde_json::from_str::<serde_json::Value>(text) {
        Ok(serde_json::Value::Array(items)) => strings(&items),
        Ok(serde_json::Value::Object(object)) => object
            .get("talks")
            .and_then(serde_json::Value::as_array)
            .map(|items| strings(items))
            .unwrap_or_default(),
        _ => text
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .map(str::to_owned)
            .collect(),
    };
    let mut urls: Vec<String> = Vec::with_capacity(raw.len());
    for url in raw {
        let url = link::raw_url(&url);
        let url = match base_url {
            Some(base) => link::resolve(base, &url).unwrap_or(url),
            None => url,
        };
        if !urls.contains(&url) {
            urls.push(url);
        }
    }
    urls
}

/// Strings of a JSON array, or the `talk`/`url` of objects in it.
fn strings(items: &[serde_json::Value]) -> Vec<String> {
    items
        .iter()
        .filter_map(|item| match item {
            serde_json::Value::String(s) => Some(s.trim().to_owned()),
            serde_json::Value::Object(o) => o
                .get("talk")
                .or_else(|| o.get("url"))
                .and_then(serde_json::Value::as_str)
                .map(|s| s.trim().to_owned()),
            _ => None,
        })
        .filter(|s| !s.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::talk_urls;

    const BASE: &str = "https://example.org/talkcard/examples/program.txt";

    #[test]
    fn one_url_per_line_relative_to_the_list() {
        let text = "# comment\n\nevents/2019-chicago/program/a.md\r\n  https://other.example/b.md  \nevents/2019-chicago/program/a.md\n";
        assert_eq!(
            talk_urls(text, Some(BASE)),
            [
                "https://example.org/talkcard/examples/events/2019-chicago/program/a.md",
                "https://other.example/b.md",
            ]
        );
    }

    #[test]
    fn json_arrays_and_objects() {
        assert_eq!(talk_urls(r#"["a.md", "", 3]"#, None), ["a.md"]);
        assert_eq!(
            talk_urls(r#"{"talks": [{"talk": "a.md"}, {"url": "b.md"}]}"#, None),
            ["a.md", "b.md"]
        );
    }

    #[test]
    fn github_pages_become_raw_files() {
        assert_eq!(
            talk_urls("https://github.com/o/r/blob/main/x.md", None),
            ["https://raw.githubusercontent.com/o/r/main/x.md"]
        );
    }
}
