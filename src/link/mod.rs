//! Links found in talk files: just enough URL structure to recognise a provider, and the
//! policy for which URLs may ever reach the page.
//!
//! [`UrlParts`] only *looks at* the host, path and query of links that speakers pasted, to
//! recognise a provider; it never builds a URL the page loads. Anything it cannot read is "not a
//! recognised link". Normalising and resolving follow the URL Standard ([`whatwg`]).

pub mod whatwg;

/// The parts of an absolute or scheme-relative URL that provider detection looks at.
///
/// Borrowed from the input; nothing is decoded, because the ids we extract (YouTube, Vimeo)
/// are plain ASCII and a percent-encoded id is not a valid id anyway.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlParts<'a> {
    /// Lower-cased by the caller's comparisons, not here: `scheme` as written, without `:`.
    pub scheme: &'a str,
    /// Host without port and user info, lower-cased.
    pub host: String,
    /// Path starting with `/` (or empty).
    pub path: &'a str,
    /// Query without the `?` (empty when none).
    pub query: &'a str,
    /// Fragment without the `#` (empty when none).
    pub fragment: &'a str,
}

impl<'a> UrlParts<'a> {
    /// Splits `input` if it looks like `scheme://host/...`, `//host/...`, or a bare
    /// `host.tld/...` the way people paste links from the address bar (`youtu.be/ID`).
    pub fn parse(input: &'a str) -> Option<Self> {
        let input = input.trim();
        let (scheme, rest) = match input.split_once("://") {
            Some((scheme, rest)) if is_scheme(scheme) => (scheme, rest),
            _ => match input.strip_prefix("//") {
                Some(rest) => ("", rest),
                None => ("", input),
            },
        };
        let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let authority = &rest[..authority_end];
        let host_port = authority.rsplit('@').next().unwrap_or(authority);
        let host = host_port.split(':').next().unwrap_or(host_port);
        // A bare word is not a host; require a dot so "watch?v=x" is not mistaken for one.
        if host.is_empty() || !host.contains('.') || host.contains(char::is_whitespace) {
            return None;
        }
        let after = &rest[authority_end..];
        let (before_fragment, fragment) = after.split_once('#').unwrap_or((after, ""));
        let (path, query) = before_fragment
            .split_once('?')
            .unwrap_or((before_fragment, ""));
        Some(UrlParts {
            scheme,
            host: host.to_ascii_lowercase(),
            path,
            query,
            fragment,
        })
    }

    /// True when the host is `domain` or a subdomain of it (`www.`, `m.`, `pt.`…).
    pub fn host_is(&self, domain: &str) -> bool {
        self.host == domain
            || self
                .host
                .strip_suffix(domain)
                .is_some_and(|prefix| prefix.ends_with('.'))
    }

    /// The non-empty path segments, in order.
    pub fn segments(&self) -> impl Iterator<Item = &'a str> {
        self.path.split('/').filter(|s| !s.is_empty())
    }

    /// The first value of query parameter `name` (no percent-decoding).
    pub fn query_param(&self, name: &str) -> Option<&'a str> {
        param(self.query, name)
    }

    /// The first value of `name` in a fragment written like a query (`#t=90`).
    pub fn fragment_param(&self, name: &str) -> Option<&'a str> {
        param(self.fragment, name)
    }
}

fn param<'a>(pairs: &'a str, name: &str) -> Option<&'a str> {
    pairs
        .split(['&', ';'])
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

fn is_scheme(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// Where a URL may be used: as a link a visitor clicks, or as something the page loads by itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlUse {
    /// `<a href>`: `http:`, `https:` and `mailto:`, or a relative reference.
    Link,
    /// `<img src>` and other resources the browser fetches: `http:`, `https:` or relative.
    Resource,
}

/// The scheme of `url` if it has one (`javascript`, `https`…), lower-cased.
///
/// Browsers ignore ASCII tab and newline anywhere in a URL and leading control characters or
/// spaces, so `java\tscript:` is still `javascript:`; strip them before reading the scheme, or
/// a filter-evasion trick slips through.
pub fn scheme_of(url: &str) -> Option<String> {
    let cleaned: String = url
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .take_while(|c| !matches!(c, '/' | '?' | '#'))
        .collect();
    let (scheme, _) = cleaned.split_once(':')?;
    is_scheme(scheme).then(|| scheme.to_ascii_lowercase())
}

/// `value` as a normalised absolute `http(s)` URL, or `None`: parsed as a browser would
/// ([`whatwg`]: scheme lower-cased, spaces and non-ASCII percent-encoded, IDNA hosts), with a
/// real host and no control characters. A missing scheme (`www.example.org`) means `https`.
pub fn http_url(value: &str) -> Option<String> {
    let value = value.trim();
    if value.is_empty() || value.chars().any(char::is_control) {
        return None;
    }
    let url = match whatwg::parse(value) {
        Some(url) => url,
        // No scheme: a link as pasted from the address bar.
        None if scheme_of(value).is_none() => {
            whatwg::parse(&format!("https://{}", value.trim_start_matches('/')))?
        }
        None => return None,
    };
    let http = matches!(url.scheme.as_str(), "http" | "https");
    (http && url.host.contains('.') && !url.has_credentials).then_some(url.href)
}

/// `reference` resolved against `base` (RFC 3986), percent-encoded as a browser would.
/// `None` when `base` is not an absolute URL or the result is not a URL.
pub fn resolve(base: &str, reference: &str) -> Option<String> {
    whatwg::join(base, reference.trim())
}

/// The raw-file URL for a code host's *page* of a file, so that pasting the link from the
/// browser's address bar works: `github.com/o/r/blob/ref/path` →
/// `raw.githubusercontent.com/o/r/ref/path`, GitLab's `/-/blob/` → `/-/raw/`. Other URLs are
/// returned unchanged.
pub fn raw_url(url: &str) -> String {
    let trimmed = url.trim();
    let Some(parts) = UrlParts::parse(trimmed) else {
        return trimmed.to_owned();
    };
    let segments: Vec<&str> = parts.segments().collect();
    if parts.host == "github.com" || parts.host == "www.github.com" {
        if let [owner, repo, "blob", rest @ ..] = segments.as_slice()
            && !rest.is_empty()
        {
            return format!(
                "https://raw.githubusercontent.com/{owner}/{repo}/{}",
                rest.join("/")
            );
        }
    } else if parts.host_is("gitlab.com")
        && let Some(at) = segments.windows(2).position(|w| w == ["-", "blob"])
    {
        let mut segments = segments.clone();
        segments[at + 1] = "raw";
        return format!("https://{}/{}", parts.host, segments.join("/"));
    }
    trimmed.to_owned()
}

/// True when `url` may appear in the page for `usage`: an allowed scheme, or no scheme at all
/// (a relative reference, resolved against the talk file's URL by the browser).
pub fn is_allowed(url: &str, usage: UrlUse) -> bool {
    match scheme_of(url).as_deref() {
        None => true,
        Some("http" | "https") => true,
        Some("mailto") => usage == UrlUse::Link,
        Some(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_full_url() {
        let u = UrlParts::parse("https://www.YouTube.com:443/watch?v=abc&t=5#t=9").unwrap();
        assert_eq!(u.scheme, "https");
        assert_eq!(u.host, "www.youtube.com");
        assert_eq!(u.path, "/watch");
        assert_eq!(u.query_param("v"), Some("abc"));
        assert_eq!(u.query_param("t"), Some("5"));
        assert_eq!(u.fragment_param("t"), Some("9"));
        assert!(u.host_is("youtube.com"));
        assert!(!u.host_is("tube.com"));
    }

    #[test]
    fn splits_scheme_less_and_scheme_relative() {
        let u = UrlParts::parse("youtu.be/x_0Fm5Q1Srw?t=95").unwrap();
        assert_eq!(u.host, "youtu.be");
        assert_eq!(u.segments().collect::<Vec<_>>(), ["x_0Fm5Q1Srw"]);
        let u = UrlParts::parse("//speakerdeck.com/user/deck").unwrap();
        assert_eq!(u.scheme, "");
        assert_eq!(u.segments().count(), 2);
    }

    #[test]
    fn a_bare_id_is_not_a_url() {
        assert_eq!(UrlParts::parse("x_0Fm5Q1Srw"), None);
        assert_eq!(UrlParts::parse("219025650"), None);
        assert_eq!(UrlParts::parse(""), None);
    }

    #[test]
    fn resolves_relative_references() {
        let base = "https://example.org/events/2019-chicago/program/x.md";
        assert_eq!(
            resolve(base, "../speakers/jane-doe.md").as_deref(),
            Some("https://example.org/events/2019-chicago/speakers/jane-doe.md")
        );
        assert_eq!(
            resolve(base, "my photo.jpg").as_deref(),
            Some("https://example.org/events/2019-chicago/program/my%20photo.jpg")
        );
        assert_eq!(resolve("not a url", "x.md"), None);
    }

    #[test]
    fn code_host_pages_become_raw_files() {
        assert_eq!(
            raw_url(
                "https://github.com/devopsdays/devopsdays-web/blob/main/content/events/2019-chicago/program/x.md"
            ),
            "https://raw.githubusercontent.com/devopsdays/devopsdays-web/main/content/events/2019-chicago/program/x.md"
        );
        assert_eq!(
            raw_url("https://gitlab.com/group/site/-/blob/main/talks/x.md"),
            "https://gitlab.com/group/site/-/raw/main/talks/x.md"
        );
        let raw = "https://raw.githubusercontent.com/o/r/main/x.md";
        assert_eq!(raw_url(raw), raw);
        assert_eq!(raw_url("talks/x.md"), "talks/x.md");
        assert_eq!(raw_url("https://github.com/o/r"), "https://github.com/o/r");
    }

    #[test]
    fn http_urls_are_parsed_and_normalised() {
        assert_eq!(
            http_url("HTTPS://Example.org/a b").as_deref(),
            Some("https://example.org/a%20b")
        );
        assert_eq!(
            http_url("www.example.org").as_deref(),
            Some("https://www.example.org/")
        );
        assert_eq!(
            http_url("http://example.org/x?y=1#z").as_deref(),
            Some("http://example.org/x?y=1#z")
        );
        // Unicode host names, in any case, become punycode. (Found by the media_url fuzz
        // target while the ASCII-only IDNA backend was tried: `München.de` tripped its
        // debug assertion.)
        for host in [
            "https://münchen.de/",
            "https://München.DE/",
            "https://xn--mnchen-3ya.de/",
        ] {
            assert_eq!(
                http_url(host).as_deref(),
                Some("https://xn--mnchen-3ya.de/"),
                "{host}"
            );
        }
        // Found by the media_url fuzz target: a mixed-case scheme and NUL bytes in the host.
        assert_eq!(
            http_url("httPs://wbusrakokww\x00\x00\x005nutubeo.mc/watch?v=h10v6Gf-OzI"),
            None
        );
        for bad in [
            "",
            "javascript:alert(1)",
            "ftp://example.org/",
            "https://localhost/",
            "https://user:pw@example.org/",
            "mailto:a@b.c",
            "//",
        ] {
            assert_eq!(http_url(bad), None, "{bad}");
        }
    }

    #[test]
    fn scheme_policy() {
        assert!(is_allowed("https://example.org/", UrlUse::Link));
        assert!(is_allowed("HTTP://example.org/", UrlUse::Resource));
        assert!(is_allowed("../speakers/x.md", UrlUse::Resource));
        assert!(is_allowed("mailto:a@b.c", UrlUse::Link));
        assert!(!is_allowed("mailto:a@b.c", UrlUse::Resource));
        assert!(!is_allowed("javascript:alert(1)", UrlUse::Link));
        assert!(!is_allowed(" JaVaScRiPt:alert(1)", UrlUse::Link));
        assert!(!is_allowed("java\tscript:alert(1)", UrlUse::Link));
        assert!(!is_allowed("\u{1}javascript:alert(1)", UrlUse::Link));
        assert!(!is_allowed("data:text/html,<script>", UrlUse::Resource));
        assert!(!is_allowed("vbscript:x", UrlUse::Link));
        // A colon after the first slash is part of the path, not a scheme.
        assert!(is_allowed("/a:b", UrlUse::Link));
    }
}
