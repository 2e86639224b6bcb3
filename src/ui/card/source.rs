//! Where the talk file comes from: the built-in demo or a URL, and fetching it.

use std::fmt;

/// The talk the app starts with when no `?talk=` is given: the file this project started from.
/// Compiled into the app bundle, whose landing page shows it with no network; the card bundle
/// does not carry it (2 KB of every card's download) and fetches [`DEMO_FILE`] instead.
pub const DEMO_TALK: &str = include_str!("../../../assets/demo/backstage-roll-out.md");

/// The demo talk as a file of the built app, beside `index.html` (Trunk copies it): what a card
/// shows for `?embed=1` without `?talk=`, or for an embed whose `data-talkcard-src` is empty.
pub const DEMO_FILE: &str = "backstage-roll-out.md";

/// The talk file to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TalkSource {
    /// A talk file's text, at hand (the app's built-in demo): needs no network.
    Text(&'static str),
    /// A talk file at this URL, relative to the page or absolute.
    Url(String),
}

/// A parameter of the page's query string (`?talk=…&embed=1`).
#[cfg(target_arch = "wasm32")]
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
    /// The file is larger than talkcard reads ([`crate::front_matter::MAX_FILE_BYTES`]).
    TooLarge {
        /// The absolute URL requested.
        url: String,
        /// Its size, as the server announced or as received.
        bytes: usize,
    },
    /// The server did not finish sending within [`FETCH_TIMEOUT`].
    TimedOut {
        /// The absolute URL requested.
        url: String,
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

impl FetchError {
    /// What failed, in `language`, naming the address.
    pub fn describe(&self, language: crate::language::Language) -> String {
        use crate::language::words::card;
        match self {
            FetchError::Status {
                url,
                status,
                status_text,
            } => {
                let status = format!("{status} {status_text}");
                card::fetch_status(language, status.trim_end(), url)
            }
            FetchError::TooLarge { url, bytes } => card::fetch_too_large(
                language,
                &(crate::front_matter::MAX_FILE_BYTES / 1024).to_string(),
                &(bytes / 1024).to_string(),
                url,
            ),
            FetchError::TimedOut { url } => {
                card::fetch_timed_out(language, &FETCH_TIMEOUT.as_secs().to_string(), url)
            }
            FetchError::Network { url, detail } => card::fetch_network(language, detail, url),
        }
    }
}

/// In English.
impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(crate::language::Language::English))
    }
}

/// `url` resolved against the page, as the browser will request it.
pub fn absolute_url(url: &str) -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .and_then(|base| web_sys::Url::new_with_base(url, &base).ok())
        .map_or_else(|| url.to_owned(), |u| u.href())
}

/// How long a fetch may take, headers and body, before it is abandoned.
pub const FETCH_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// Fetches the bytes of a talk file (the core decides whether they are text). Refuses files
/// over [`crate::front_matter::MAX_FILE_BYTES`] — before downloading them when the server
/// announces their size — and gives up after [`FETCH_TIMEOUT`].
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, FetchError> {
    let url = absolute_url(url);
    let limit = crate::front_matter::MAX_FILE_BYTES;
    let controller = web_sys::AbortController::new().ok();
    let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
    if let Some(controller) = controller.clone() {
        let timed_out = timed_out.clone();
        wasm_bindgen_futures::spawn_local(async move {
            yew::platform::time::sleep(FETCH_TIMEOUT).await;
            timed_out.set(true);
            controller.abort();
        });
    }
    let failed = |err: gloo_net::Error| {
        if timed_out.get() {
            FetchError::TimedOut { url: url.clone() }
        } else {
            FetchError::Network {
                url: url.clone(),
                detail: err.to_string(),
            }
        }
    };
    let signal = controller.as_ref().map(web_sys::AbortController::signal);
    let response = match fetched_ahead(&url, signal.as_ref()).await {
        Some(response) => response,
        None => gloo_net::http::Request::get(&url)
            .abort_signal(signal.as_ref())
            .send()
            .await
            .map_err(failed)?,
    };
    if !response.ok() {
        return Err(FetchError::Status {
            url: url.clone(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let announced = response
        .headers()
        .get("content-length")
        .and_then(|length| length.trim().parse::<usize>().ok());
    if let Some(bytes) = announced.filter(|&bytes| bytes > limit) {
        if let Some(controller) = &controller {
            controller.abort();
        }
        return Err(FetchError::TooLarge { url, bytes });
    }
    let bytes = response.binary().await.map_err(failed)?;
    if bytes.len() > limit {
        return Err(FetchError::TooLarge {
            url,
            bytes: bytes.len(),
        });
    }
    Ok(bytes)
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `talkcardFetched(url, signal)`: the response the loader already asked for at `url`,
    /// taken once (a promise of it, or of nothing), which `signal` aborts (headers or body)
    /// as it would the card's own request. `embed.js` fetches the `?talk=` file itself while
    /// the bundle downloads, so that it can ask for the speakers' files the talk names at once
    /// rather than a round trip after the card is drawn, and a card's words (`i18n/<tag>.txt`)
    /// beside the bundle. Not defined where `embed.js` did not load the bundle (tests): the call
    /// throws, and is caught.
    #[wasm_bindgen(catch, js_name = talkcardFetched)]
    fn fetched(
        url: &str,
        signal: Option<&web_sys::AbortSignal>,
    ) -> Result<js_sys::Promise, wasm_bindgen::JsValue>;
}

/// The response of [`fetched`], if there is one and it did not fail (the card then asks again,
/// and says why if that fails too: at once if `signal` aborted it, the timeout's message).
async fn fetched_ahead(
    url: &str,
    signal: Option<&web_sys::AbortSignal>,
) -> Option<gloo_net::http::Response> {
    use wasm_bindgen::JsCast;
    let response = wasm_bindgen_futures::JsFuture::from(fetched(url, signal).ok()?)
        .await
        .ok()?;
    (!response.is_undefined()).then(|| response.unchecked_into::<web_sys::Response>().into())
}
