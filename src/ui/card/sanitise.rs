//! The browser's sanitiser: the only way [`UntrustedHtml`] reaches the page.
//!
//! DOMPurify (`assets/sanitise.js`, which holds the JavaScript side) cleans the tree the
//! browser's own HTML parser builds, with the policy of [`crate::sanitise::policy`], and hands
//! back nodes, which Yew inserts as they are: nothing is serialised and parsed a second time.
//!
//! The module bound here is `assets/sanitise.js` bundled with DOMPurify by esbuild, which
//! `scripts/bundle-js sanitiser` writes before any wasm build (`scripts/lib.sh`, and Trunk's
//! pre-build hook).
//!
//! Natively (the export) the same policy is applied by ammonia ([`UntrustedHtml::sanitise`])
//! and the clean markup is written into the page as it is: that page's own parser reads it
//! once, and the browser's DOMPurify checks the same blocks when the card goes live.

#[cfg(target_arch = "wasm32")]
use js_sys::{Array, Object, Reflect};
#[cfg(target_arch = "wasm32")]
use wasm_bindgen::JsValue;
#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::wasm_bindgen;
use yew::Html;

use crate::sanitise::UntrustedHtml;
#[cfg(target_arch = "wasm32")]
use crate::sanitise::policy;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen(module = "/node_modules/.cache/talkcard/sanitise.js")]
extern "C" {
    fn configure(policy: &JsValue);
    /// `catch`: the browser's parser (`DOMParser`, a `template`) can fail, and an exception
    /// thrown through the wasm would leave every card of the page half drawn.
    #[wasm_bindgen(catch)]
    fn sanitise(
        html: &str,
        base_url: Option<&str>,
        heading_shift: i8,
    ) -> Result<web_sys::DocumentFragment, JsValue>;
}

/// Sanitised content: the nodes of one or more HTML blocks, ready to be inserted once.
#[cfg(target_arch = "wasm32")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SafeNodes(Vec<web_sys::Node>);

#[cfg(target_arch = "wasm32")]
impl SafeNodes {
    /// The blocks' HTML, cleaned.
    pub fn of<'a>(blocks: impl IntoIterator<Item = &'a UntrustedHtml>) -> SafeNodes {
        CONFIGURED.with(|_| ());
        let mut nodes = Vec::new();
        for html in blocks {
            match sanitise(html.markup(), html.base_url(), html.heading_shift()) {
                Ok(fragment) => {
                    let children = fragment.child_nodes();
                    nodes.extend((0..children.length()).filter_map(|i| children.item(i)));
                }
                Err(_) => nodes.extend(unsafe_to_show()),
            }
        }
        SafeNodes(nodes)
    }

    /// The nodes as Yew nodes, inserted as they are.
    pub fn to_html(&self) -> Html {
        self.0.iter().cloned().map(Html::VRef).collect()
    }

    /// How many characters of text they show.
    pub fn text_len(&self) -> usize {
        self.0
            .iter()
            .filter_map(web_sys::Node::text_content)
            .map(|text| text.chars().count())
            .sum()
    }

    /// The text they show, blocks apart by a space.
    pub fn text(&self) -> String {
        self.0
            .iter()
            .filter_map(web_sys::Node::text_content)
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// True when nothing is left.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// What stands in for a block the browser could not parse: nothing of it, and a sentence
/// that says so, rather than the markup unchecked or a card that stops drawing.
#[cfg(target_arch = "wasm32")]
fn unsafe_to_show() -> Option<web_sys::Node> {
    let document = web_sys::window()?.document()?;
    let paragraph = document.create_element("p").ok()?;
    paragraph.set_class_name("talkcard-unsafe");
    paragraph.set_text_content(Some(
        "This part of the text could not be checked in this browser, so it is not shown.",
    ));
    Some(paragraph.into())
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// The policy, handed to DOMPurify once, before the first sanitising.
    static CONFIGURED: () = configure(&policy_object());
}

/// [`policy`] as the object `assets/sanitise.js` reads.
#[cfg(target_arch = "wasm32")]
fn policy_object() -> JsValue {
    let strings = |items: &[&str]| {
        items
            .iter()
            .map(|s| JsValue::from_str(s))
            .collect::<Array>()
    };
    let pairs = |items: &mut dyn Iterator<Item = (&str, JsValue)>| {
        items
            .map(|(key, value)| Array::of2(&key.into(), &value))
            .collect::<Array>()
    };
    let object = Object::new();
    let fields: [(&str, JsValue); 8] = [
        ("tags", strings(policy::TAGS).into()),
        ("contentRemoved", strings(policy::CONTENT_REMOVED).into()),
        (
            "genericAttributes",
            strings(policy::GENERIC_ATTRIBUTES).into(),
        ),
        (
            "tagAttributes",
            pairs(
                &mut policy::TAG_ATTRIBUTES
                    .iter()
                    .map(|(tag, names)| (*tag, strings(names).into())),
            )
            .into(),
        ),
        ("urlAttributes", strings(policy::URL_ATTRIBUTES).into()),
        ("urlSchemes", strings(policy::URL_SCHEMES).into()),
        ("linkRel", policy::LINK_REL.into()),
        (
            "imageAttributes",
            pairs(
                &mut policy::IMAGE_ATTRIBUTES
                    .iter()
                    .map(|(name, value)| (*name, JsValue::from_str(value))),
            )
            .into(),
        ),
    ];
    for (key, value) in fields {
        let _ = Reflect::set(&object, &key.into(), &value);
    }
    object.into()
}

/// Sanitised content: the clean markup of one or more HTML blocks, written into the page as
/// it is.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SafeNodes(Vec<String>);

#[cfg(not(target_arch = "wasm32"))]
impl SafeNodes {
    /// The blocks' HTML, cleaned.
    pub fn of<'a>(blocks: impl IntoIterator<Item = &'a UntrustedHtml>) -> SafeNodes {
        SafeNodes(blocks.into_iter().map(UntrustedHtml::sanitise).collect())
    }

    /// The markup as Yew nodes.
    pub fn to_html(&self) -> Html {
        self.0
            .iter()
            .map(|clean| Html::from_html_unchecked(clean.clone().into()))
            .collect()
    }

    /// How many characters of text they show.
    pub fn text_len(&self) -> usize {
        self.0
            .iter()
            .map(|clean| crate::sanitise::text_of(clean).chars().count())
            .sum()
    }

    /// The text they show, blocks apart by a space.
    pub fn text(&self) -> String {
        self.0
            .iter()
            .map(|clean| crate::sanitise::text_of(clean))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// True when nothing is left.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
