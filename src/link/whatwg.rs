//! URL parsing as the WHATWG URL Standard defines it, which is how browsers read links: in the
//! browser build the browser's own `URL`, natively the [`url`](https://docs.rs/url) crate, an
//! implementation of the same standard.
//!
//! Why two: the `url` crate carries IDNA and Unicode normalisation tables (about 50 KB of the
//! card's download, compressed) that every browser already has. The two agree by standard;
//! the native tests and the browser tests (`tests/web.rs`) run the same cases.

/// The parts of a parsed absolute URL that talkcard looks at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    /// The serialised URL (`href`).
    pub href: String,
    /// The scheme, lower-cased, without `:`.
    pub scheme: String,
    /// The host (IDNA-encoded, `[…]` for IPv6), empty when there is none.
    pub host: String,
    /// True when the URL carries a user name or password.
    pub has_credentials: bool,
}

/// `input` parsed as an absolute URL, `None` when it is not one (relative, or invalid).
pub fn parse(input: &str) -> Option<Parsed> {
    engine::parse(input).filter(|url| valid_host(&url.host))
}

/// `reference` resolved against the absolute URL `base`, serialised.
pub fn join(base: &str, reference: &str) -> Option<String> {
    engine::join(base, reference)
}

/// A host the standard allows: none of its forbidden code points. Chromium's parser lets a
/// space through (percent-encoded: `exa%20mple.org`), which the standard and the `url` crate
/// refuse; refused here for both.
fn valid_host(host: &str) -> bool {
    host.starts_with('[')
        || !host
            .chars()
            .any(|c| c.is_control() || " #%/:<>?@[\\]^|".contains(c))
}

/// Natively: the `url` crate.
#[cfg(not(target_arch = "wasm32"))]
mod engine {
    use super::Parsed;

    pub fn parse(input: &str) -> Option<Parsed> {
        url::Url::parse(input).ok().map(|url| Parsed {
            scheme: url.scheme().to_owned(),
            host: url.host_str().unwrap_or_default().to_owned(),
            has_credentials: !url.username().is_empty() || url.password().is_some(),
            href: url.into(),
        })
    }

    pub fn join(base: &str, reference: &str) -> Option<String> {
        let base = url::Url::parse(base).ok()?;
        base.join(reference).ok().map(String::from)
    }
}

/// In the browser: the browser's own `URL`.
#[cfg(target_arch = "wasm32")]
mod engine {
    use super::Parsed;

    pub fn parse(input: &str) -> Option<Parsed> {
        web_sys::Url::new(input).ok().map(|url| Parsed {
            scheme: url.protocol().trim_end_matches(':').to_owned(),
            host: url.hostname(),
            has_credentials: !url.username().is_empty() || !url.password().is_empty(),
            href: url.href(),
        })
    }

    pub fn join(base: &str, reference: &str) -> Option<String> {
        web_sys::Url::new_with_base(reference, base)
            .ok()
            .map(|url| url.href())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_as_browsers_do() {
        let p = parse("HTTPS://München.example/a b?q=1#f").unwrap();
        assert_eq!(p.scheme, "https");
        assert_eq!(p.host, "xn--mnchen-3ya.example");
        assert_eq!(p.href, "https://xn--mnchen-3ya.example/a%20b?q=1#f");
        assert!(!p.has_credentials);
        assert!(parse("https://u:p@example.org/").unwrap().has_credentials);
        assert_eq!(parse("www.example.org"), None);
        assert_eq!(parse("https://exa mple.org/"), None);
    }

    #[test]
    fn joins_references() {
        let base = "https://example.org/events/2019-chicago/program/x.md";
        assert_eq!(
            join(base, "../speakers/jane.md").as_deref(),
            Some("https://example.org/events/2019-chicago/speakers/jane.md")
        );
        assert_eq!(
            join(base, "//cdn.example/i.png").as_deref(),
            Some("https://cdn.example/i.png")
        );
        assert_eq!(join("not a url", "x"), None);
    }
}
