//! What HTML from a talk file may reach the page: one policy, read by two sanitisers.
//!
//! The body and bios of talk and speaker files are Markdown with raw HTML, written by anyone.
//! The core renders them to [`UntrustedHtml`], which carries no way to get at its markup from
//! outside the crate: it reaches the page only through a sanitiser that applies [`policy`].
//!
//! - **In the browser** that sanitiser is [DOMPurify](https://github.com/cure53/DOMPurify)
//!   (`ui::sanitise`, configured by `assets/sanitise.js`): it cleans the tree that the
//!   visitor's own HTML parser built, which is what defeats mutation XSS (markup that a second
//!   parser would read differently), and it costs the wasm nothing: no HTML parser ships in it.
//! - **Natively** (the CLI, the tests, the fuzz targets) it is [ammonia](https://docs.rs/ammonia)
//!   on html5ever ([`UntrustedHtml::sanitise`]). The end-to-end tests check that both agree on
//!   every body and bio of the real corpus.

pub mod policy;

#[cfg(not(target_arch = "wasm32"))]
mod native;

/// HTML rendered from a talk or speaker file that has not been sanitised yet, with the URL its
/// relative links and images resolve against (the file's own, when it came from one).
///
/// Its markup is readable only inside the crate, by the sanitisers: nothing else can put it in
/// the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UntrustedHtml {
    markup: String,
    base_url: Option<String>,
}

impl UntrustedHtml {
    pub(crate) fn new(markup: String, base_url: Option<&str>) -> UntrustedHtml {
        UntrustedHtml {
            markup,
            base_url: base_url.map(str::to_owned),
        }
    }

    /// The markup, for a sanitiser to clean.
    pub(crate) fn markup(&self) -> &str {
        &self.markup
    }

    /// What relative links and images resolve against, when known.
    pub fn base_url(&self) -> Option<&str> {
        self.base_url.as_deref()
    }

    /// True when there is no markup at all.
    pub fn is_empty(&self) -> bool {
        self.markup.trim().is_empty()
    }
}
