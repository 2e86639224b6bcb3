//! Where the talk file comes from: the built-in demo or a URL, and fetching it.

use std::fmt;

/// The talk the app starts with when no `?talk=` is given: the file this project started from.
pub const DEMO_TALK: &str = include_str!("../../assets/demo/backstage-roll-out.md");

/// The talk file to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TalkSource {
    /// The built-in demo talk; needs no network.
    Demo,
    /// A talk file at this URL, relative to the page or absolute.
    Url(String),
}

impl TalkSource {
    /// Reads `?talk=` from the page's address; no parameter means the demo.
    pub fn from_location() -> Self {
        query_param("talk")
            .map(|talk| talk.trim().to_owned())
            .filter(|talk| !talk.is_empty())
            .map_or(TalkSource::Demo, TalkSource::Url)
    }
}

/// A parameter of the page's query string (`?talk=…&embed=1`).
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// Why a talk file could not be fetched. Each says which URL, so the visitor can check it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// The server answered, but not with success.
    Status {
        /// The absolute URL requested.
        url: String,
        /// HTTP status code.
        status: u16,
        /// The reason phrase, when the server sent one.
        status_text: String,
    },
    /// No answer: offline, DNS, refused connection, or a cross-origin refusal (the browser
    /// does not tell these apart, so neither can we).
    Network {
        /// The absolute URL requested.
        url: String,
        /// What the browser said.
        detail: String,
    },
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::Status {
                url,
                status,
                status_text,
            } => {
                write!(f, "The server answered HTTP {status}")?;
                if !status_text.is_empty() {
                    write!(f, " {status_text}")?;
                }
                write!(f, " for {url}.")
            }
            FetchError::Network { url, detail } => write!(
                f,
                "The request for {url} failed: the network is down, the host cannot be reached, \
                 or it does not allow cross-origin requests (CORS). The browser said: {detail}"
            ),
        }
    }
}

/// `url` resolved against the page, as the browser will request it.
pub fn absolute_url(url: &str) -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .and_then(|base| web_sys::Url::new_with_base(url, &base).ok())
        .map_or_else(|| url.to_owned(), |u| u.href())
}

/// Fetches the bytes of a talk file (the core decides whether they are text).
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, FetchError> {
    let url = absolute_url(url);
    let network = |err: gloo_net::Error| FetchError::Network {
        url: url.clone(),
        detail: err.to_string(),
    };
    let response = gloo_net::http::Request::get(&url)
        .send()
        .await
        .map_err(network)?;
    if !response.ok() {
        return Err(FetchError::Status {
            url: url.clone(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    response.binary().await.map_err(network)
}
