//! The card's Yew components rendered to HTML, natively: Yew's server renderer on a
//! single-threaded runtime (the components are not `Send`, and a page renders in
//! microseconds: a thread pool would only add overhead).

use yew::BaseComponent;

use super::ExportError;

/// Renders components to HTML strings.
pub struct Renderer {
    runtime: tokio::runtime::Runtime,
}

impl Renderer {
    /// A renderer with its own single-threaded runtime.
    pub fn new() -> Result<Renderer, ExportError> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .map_err(|source| ExportError::Io {
                path: "(runtime)".into(),
                source,
            })?;
        Ok(Renderer { runtime })
    }

    /// The HTML of component `C` with `props`, as its first render in a browser would
    /// draw it (effects, which run after a browser's render, do not run).
    pub fn render<C>(&self, props: C::Properties) -> String
    where
        C: BaseComponent,
    {
        let local = tokio::task::LocalSet::new();
        local.block_on(
            &self.runtime,
            yew::LocalServerRenderer::<C>::with_props(props)
                .hydratable(false)
                .render(),
        )
    }
}

/// `text` escaped for HTML text and double-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
