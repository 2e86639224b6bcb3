//! The card's Yew components rendered to HTML, natively: Yew's server renderer on a
//! single-threaded runtime, one per export worker (the components are not `Send`, and a page
//! renders in microseconds: a thread pool per page would only add overhead).

use yew::BaseComponent;

use super::ExportError;

/// Text escaped for HTML text and double-quoted attribute values: the one escaper the crate
/// has, also the shortcodes'.
pub(crate) use crate::shortcode::escape;

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
