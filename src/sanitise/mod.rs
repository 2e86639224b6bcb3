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

#[cfg(not(target_arch = "wasm32"))]
pub use native::text_of;

/// HTML rendered from a talk or speaker file that has not been sanitised yet, with the URL its
/// relative links and images resolve against (the file's own, when it came from one).
///
/// Its markup is readable only inside the crate, by the sanitisers: nothing else can put it in
/// the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UntrustedHtml {
    markup: String,
    base_url: Option<String>,
    /// Levels added to every heading (`h1`–`h6`) once sanitised, so that the text's own
    /// headings nest under the card's (see [`UntrustedHtml::nest_headings`]).
    heading_shift: i8,
}

impl UntrustedHtml {
    pub(crate) fn new(markup: String, base_url: Option<&str>) -> UntrustedHtml {
        UntrustedHtml {
            markup,
            base_url: base_url.map(str::to_owned),
            heading_shift: 0,
        }
    }

    /// The same markup, its headings to be moved `shift` levels down (up when negative) by
    /// the sanitiser, within `h1`–`h6`.
    pub(crate) fn nest_headings(mut self, shift: i8) -> UntrustedHtml {
        self.heading_shift = shift;
        self
    }

    /// Levels to add to every heading once sanitised.
    pub fn heading_shift(&self) -> i8 {
        self.heading_shift
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

/// Heading `level` (1–6) moved by `shift`, kept within `h1`–`h6`: both sanitisers rename
/// headings with it.
pub fn shifted_heading(level: u8, shift: i8) -> u8 {
    (i16::from(level) + i16::from(shift)).clamp(1, 6) as u8
}
