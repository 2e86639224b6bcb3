//! The visitor's own time, in the card's language, and never an exception.
//!
//! The event's days and times are the core's ([`crate::language::dates`]: the message files'
//! forms, alike natively and in every engine). What needs the visitor's zone is the browser's
//! `Intl.DateTimeFormat`, in the language the card's words are in (a card never mixes two).
//! `Intl` throws a `RangeError` for a tag it does not accept, and an exception thrown through the
//! wasm would leave every card of the page half drawn: the tags given are talkcard's own, and
//! should an engine still refuse one, a fixed English form is written; every step is a `catch`.
//!
//! Browser only: a page rendered ahead (the export) has no visitor.

use std::cell::RefCell;

use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::wasm_bindgen;

use crate::language::Language;
use crate::schedule::{from_minutes, short_weekday};

#[wasm_bindgen]
extern "C" {
    /// `Intl.DateTimeFormat`, bound with `catch` where js-sys's binding would let a
    /// `RangeError` through.
    #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
    type Formatter;

    #[wasm_bindgen(catch, constructor, js_namespace = Intl, js_class = "DateTimeFormat")]
    fn new(locales: &JsValue, options: &js_sys::Object) -> Result<Formatter, JsValue>;

    #[wasm_bindgen(catch, method)]
    fn format(this: &Formatter, date: &js_sys::Date) -> Result<JsValue, JsValue>;

}

/// The formats a card uses.
#[derive(Clone, Copy)]
pub enum Style {
    /// "Tue 4:15 PM", the visitor's zone.
    Local,
    /// "4:45 PM GMT+2", the visitor's zone.
    LocalEnd,
}

impl Style {
    const ALL: [Style; 2] = [Style::Local, Style::LocalEnd];

    fn options(self) -> js_sys::Object {
        let pairs: &[(&str, &str)] = match self {
            Style::Local => &[
                ("weekday", "short"),
                ("hour", "numeric"),
                ("minute", "2-digit"),
            ],
            Style::LocalEnd => &[
                ("hour", "numeric"),
                ("minute", "2-digit"),
                ("timeZoneName", "short"),
            ],
        };
        let object = js_sys::Object::new();
        for (key, value) in pairs {
            let _ = js_sys::Reflect::set(&object, &(*key).into(), &(*value).into());
        }
        object
    }

    /// The fixed English form, for when no `Intl` formatter could be made or used: the visitor's
    /// own clock.
    pub fn plain(self, when: &js_sys::Date) -> String {
        // The instant in minutes, read by the core's calendar arithmetic on the visitor's clock
        // (no JS date getters: each would be one more import of the wasm).
        let utc = (when.get_time() / 60_000.0).floor() as i64;
        let east = -(when.get_timezone_offset() as i32);
        let (local_date, local_time) = from_minutes(utc + i64::from(east));
        match self {
            Style::Local => format!(
                "{} {}",
                short_weekday(local_date.weekday()),
                local_time.plain_text()
            ),
            Style::LocalEnd => {
                let zone = match (east / 60, (east % 60).abs()) {
                    (0, 0) => "UTC".to_owned(),
                    (hours, 0) => format!("GMT{hours:+}"),
                    (hours, minutes) => format!("GMT{hours:+}:{minutes:02}"),
                };
                format!("{} {zone}", local_time.plain_text())
            }
        }
    }
}

/// `when` in `style`, in `language` when the browser can do it.
pub fn format(language: Language, style: Style, when: &js_sys::Date) -> String {
    FORMATTERS.with_borrow_mut(|formatters| {
        let formatters =
            formatters[language as usize].get_or_insert_with(|| make_formatters(language));
        formatters[style as usize]
            .as_ref()
            .and_then(|f| f.format(when).ok())
            .and_then(|text| text.as_string())
            .unwrap_or_else(|| style.plain(when))
    })
}

/// The instant `utc_minutes` after 1970-01-01T00:00Z.
pub fn instant(utc_minutes: i64) -> js_sys::Date {
    js_sys::Date::new(&JsValue::from_f64(utc_minutes as f64 * 60_000.0))
}

thread_local! {
    /// One formatter per [`Style`] and language, made once: building an `Intl.DateTimeFormat`
    /// costs far more than formatting with one (`toLocaleDateString` builds one per call), and a
    /// program of 200 cards needs two. `None` where none could be made: the fixed form then.
    static FORMATTERS: RefCell<[Option<[Option<Formatter>; 2]>; 7]> =
        const { RefCell::new([const { None }; 7]) };
}

fn make_formatters(language: Language) -> [Option<Formatter>; 2] {
    let locales: JsValue = js_sys::Array::of1(&language.tag().into()).into();
    Style::ALL.map(|style| Formatter::new(&locales, &style.options()).ok())
}
