//! The standalone app's addresses. Deep links are query strings, which every static host
//! serves, from any sub-path.

use crate::ui::card::source;

/// What the standalone app shows, from its address: the landing page (the built-in demo and
/// examples), one talk (`?talk=`), a program (`?program=`) or the editor (`?edit`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// No parameters: the demo talk, a URL form and examples.
    Landing,
    /// `?talk=<url>`.
    Talk(String),
    /// `?program=<url>`.
    Program(String),
    /// `?edit`, or `?edit&talk=<url>` to start from a copy of a published file.
    Edit(Option<String>),
}

impl Route {
    /// The route of the page's current address.
    pub fn from_location() -> Route {
        let param = |name| source::query_param(name).filter(|v| !v.trim().is_empty());
        if source::query_param("edit").is_some() {
            return Route::Edit(param("talk").map(|t| t.trim().to_owned()));
        }
        match (param("program"), param("talk")) {
            (Some(program), _) => Route::Program(program.trim().to_owned()),
            (None, Some(talk)) => Route::Talk(talk.trim().to_owned()),
            (None, None) => Route::Landing,
        }
    }

    /// The query string (with `?`) that links to this route, relative to the app.
    pub fn href(&self) -> String {
        let encode = |s: &str| String::from(js_sys::encode_uri_component(s));
        match self {
            Route::Landing => "./".to_owned(),
            Route::Talk(url) => format!("?talk={}", encode(url)),
            Route::Program(url) => format!("?program={}", encode(url)),
            Route::Edit(None) => "?edit".to_owned(),
            Route::Edit(Some(url)) => format!("?edit&talk={}", encode(url)),
        }
    }
}
