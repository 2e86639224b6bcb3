//! The site's addresses in the export: the cards are rendered with the site's files at
//! [`SITE_ROOT`] (as the browser's card knows them by URL), and each page links to them
//! relative to itself, so the folder works under any sub-path.

use super::ExportError;
use super::output::Output;
use super::site::{SITE_ROOT, SiteTree};

/// `content/…/x.md` for `https://talkcard.invalid/content/…/x.md`, as written in the address
/// (percent-encoded): the live card resolves it against the export's root and finds the
/// files it looks up by their addresses.
pub fn address_path(url: &str) -> Option<String> {
    url.strip_prefix(SITE_ROOT)?
        .strip_prefix('/')
        .map(str::to_owned)
}

/// The published address of a site file known by its [`SITE_ROOT`] address.
pub fn link_from(base: &str, url: &str) -> String {
    match url.strip_prefix(SITE_ROOT) {
        Some(rest) => format!("{base}{}", rest.trim_start_matches('/')),
        None => url.to_owned(),
    }
}

/// The card's HTML with every address of the site made relative to the page (`root` is the
/// way to the export's root), and the site's files it links to (pictures) copied there.
pub fn relative_links(
    tree: &SiteTree,
    html: &str,
    root: &str,
    out: &Output,
) -> Result<String, ExportError> {
    let prefix = format!("{SITE_ROOT}/");
    let mut rest = html;
    let mut result = String::with_capacity(html.len());
    while let Some(at) = rest.find(&prefix) {
        result.push_str(&rest[..at]);
        result.push_str(root);
        rest = &rest[at + prefix.len()..];
        let end = rest
            .find(['"', '\'', '<', ' ', '\n', ')', '&'])
            .unwrap_or(rest.len());
        let link = &rest[..end];
        if let Some(path) = super::site::site_path(&format!("{prefix}{link}"))
            && !out.has(&path)
            && let Some(file) = tree.file(&path)
        {
            out.copy(&file, &path)?;
        }
    }
    result.push_str(rest);
    Ok(result)
}
