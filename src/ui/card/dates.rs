//! Dates and times in the card's language, and never an exception.
//!
//! Formatting is the browser's `Intl.DateTimeFormat`, in the language the card's words are in
//! (see [`crate::language`]: a card never mixes two languages), so that the visitor reads "27 de
//! agosto de 2019" beside Portuguese words. `Intl` throws a `RangeError` for a tag it does not
//! accept, and an exception thrown through the wasm would leave every card of the page half
//! drawn: the tags given are talkcard's own, and should an engine still refuse one, the core's
//! fixed English form is written ([`Date::plain_text`]); every step is a `catch`.
//!
//! Natively (the export's pre-rendered pages) there is no `Intl`: the fixed form.

#[cfg(target_arch = "wasm32")]
use std::cell::RefCell;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::JsValue;
#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::wasm_bindgen;

use crate::language::Language;
use crate::schedule::{Date, Time};
#[cfg(target_arch = "wasm32")]
use crate::schedule::{from_minutes, short_weekday};

#[cfg(target_arch = "wasm32")]
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
#[cfg(target_arch = "wasm32")]
#[derive(Clone, Copy)]
pub enum Style {
    /// "Tuesday, August 27, 2019", the event's wall clock.
    Day,
    /// "9:15 AM", the event's wall clock.
    Time,
    /// "Tue 4:15 PM", the visitor's zone.
    Local,
    /// "4:45 PM GMT+2", the visitor's zone.
    LocalEnd,
}

#[cfg(target_arch = "wasm32")]
impl Style {
    const ALL: [Style; 4] = [Style::Day, Style::Time, Style::Local, Style::LocalEnd];

    fn options(self) -> js_sys::Object {
        let pairs: &[(&str, &str)] = match self {
            Style::Day => &[
                ("weekday", "long"),
                ("year", "numeric"),
                ("month", "long"),
                ("day", "numeric"),
                ("timeZone", "UTC"),
            ],
            Style::Time => &[
                ("hour", "numeric"),
                ("minute", "2-digit"),
                ("timeZone", "UTC"),
            ],
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

    /// The fixed English form, for when no `Intl` formatter could be made or used. `Day` and
    /// `Time` read the date as UTC (the event's wall clock, see [`wall_clock`]); the other two
    /// the visitor's own clock.
    pub fn plain(self, when: &js_sys::Date) -> String {
        // The instant in minutes, read by the core's calendar arithmetic on the UTC clock and
        // on the visitor's (no JS date getters: each would be one more import of the wasm).
        let utc = (when.get_time() / 60_000.0).floor() as i64;
        let east = -(when.get_timezone_offset() as i32);
        let (utc_date, utc_time) = from_minutes(utc);
        let (local_date, local_time) = from_minutes(utc + i64::from(east));
        match self {
            Style::Day => utc_date.plain_text(),
            Style::Time => utc_time.plain_text(),
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
#[cfg(target_arch = "wasm32")]
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

/// A JS `Date` at this date and time *as UTC*: formatted with `timeZone: "UTC"` it shows the
/// wall-clock values of the file, whatever the visitor's own zone.
#[cfg(target_arch = "wasm32")]
pub fn wall_clock(date: Option<Date>, time: Option<Time>) -> js_sys::Date {
    let d = date.unwrap_or(Date {
        year: 2000,
        month: 1,
        day: 1,
    });
    let t = time.unwrap_or(Time { hour: 0, minute: 0 });
    let minutes = d.days_since_epoch() * 1440 + i64::from(t.hour) * 60 + i64::from(t.minute);
    instant(minutes)
}

/// The instant `utc_minutes` after 1970-01-01T00:00Z.
#[cfg(target_arch = "wasm32")]
pub fn instant(utc_minutes: i64) -> js_sys::Date {
    js_sys::Date::new(&JsValue::from_f64(utc_minutes as f64 * 60_000.0))
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// One formatter per [`Style`] and language, made once: building an `Intl.DateTimeFormat`
    /// costs far more than formatting with one (`toLocaleDateString` builds one per call), and a
    /// program of 200 cards needs four. `None` where none could be made: the fixed form then.
    static FORMATTERS: RefCell<[Option<[Option<Formatter>; 4]>; 7]> =
        const { RefCell::new([const { None }; 7]) };
}

#[cfg(target_arch = "wasm32")]
fn make_formatters(language: Language) -> [Option<Formatter>; 4] {
    let locales: JsValue = js_sys::Array::of1(&language.tag().into()).into();
    Style::ALL.map(|style| Formatter::new(&locales, &style.options()).ok())
}

/// A day of the event as `language` writes it ("Tuesday, August 27, 2019").
pub fn day(language: Language, date: Date) -> String {
    #[cfg(target_arch = "wasm32")]
    return format(language, Style::Day, &wall_clock(Some(date), None));
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = language;
        date.plain_text()
    }
}

/// A time of the event's wall clock as `language` writes it ("9:15 AM"); the date matters only
/// to languages whose forms depend on it.
pub fn clock(language: Language, date: Option<Date>, time: Time) -> String {
    #[cfg(target_arch = "wasm32")]
    return format(language, Style::Time, &wall_clock(date, Some(time)));
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (language, date);
        time.plain_text()
    }
}
