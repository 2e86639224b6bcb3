//! `sitemap.xml`: every page's address, for search engines. Addresses in a sitemap are
//! absolute, so it is written only when the export knows where it is published
//! (`--base-url`).

use super::render::escape;

/// The sitemap, built as pages are written.
#[derive(Debug, Clone)]
pub struct Sitemap {
    base: Option<String>,
    /// The `<url>` entries so far.
    xml: String,
}

impl Sitemap {
    /// A sitemap of pages under `base` (none without it).
    pub fn new(base: Option<&str>) -> Sitemap {
        Sitemap {
            base: base.map(str::to_owned),
            xml: String::new(),
        }
    }

    /// Adds the page at `path` (relative to the export's root, `events/x/program/y/`).
    pub fn add(&mut self, path: &str) {
        if let Some(base) = &self.base {
            self.xml.push_str(&format!(
                "<url><loc>{}</loc></url>\n",
                escape(&format!("{base}{path}"))
            ));
        }
    }

    /// Adds the pages of `other` (one event's, made on another thread), after this one's.
    pub fn extend(&mut self, other: Sitemap) {
        self.xml.push_str(&other.xml);
    }

    /// The finished document; `None` without a base address.
    pub fn finish(self) -> Option<String> {
        self.base.as_ref()?;
        Some(format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n{}</urlset>\n",
            self.xml
        ))
    }
}
