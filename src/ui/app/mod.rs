//! The browser's entry points, on top of [the card](super::card): the standalone app (landing
//! page, `?talk=`, `?program=`, `?edit`), the timetable, the editor, cards embedded in host
//! pages, and what happens when talkcard fails on a page. Browser only.

pub mod adopt;
mod bar;
mod clipboard;
mod editor;
pub mod embed;
mod program;
mod propose;
mod route;
mod standalone;
pub mod stopped;
mod talk_page;
mod talk_view;

pub use editor::{Editor, EditorProps};
pub use program::{ProgramView, ProgramViewProps};
pub use route::Route;
pub use standalone::App;
pub use talk_page::{TalkPage, TalkPageProps};
pub use talk_view::{TalkView, TalkViewProps};

/// Id of the element the standalone app mounts into (see `index.html`).
pub const APP_ROOT_ID: &str = "talkcard-app";

/// The card bundle's start (`talkcard`): one talk's page in `#talkcard-app` (`?talk=`, or the
/// iframe view). A page without that element is a host page: it only gets the cards it marks
/// (see [`embed`]).
pub fn start() {
    stopped::install();
    if let Some(root) = app_root() {
        // Drawn once the card's language's words are here (at once in English).
        let language = crate::ui::card::language::of_app();
        crate::ui::card::language::when_ready(language, "", move |language| {
            // The page's words (its bar's and its card's) are in that language: so is the page.
            if let Some(page) = root.owner_document().and_then(|d| d.document_element()) {
                let _ = page.set_attribute("lang", language.tag());
            }
            yew::Renderer::<TalkPage>::with_root_and_props(root, TalkPageProps { language })
                .render();
        });
    }
}

/// The app bundle's start (`talkcard-app`): the landing page, programs and the editor in
/// `#talkcard-app`.
pub fn start_app() {
    stopped::install();
    if let Some(root) = app_root() {
        yew::Renderer::<App>::with_root(root).render();
    }
}

fn app_root() -> Option<web_sys::Element> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(APP_ROOT_ID))
}
