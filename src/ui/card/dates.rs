//! Dates and times in the visitor's language, and never an exception.
//!
//! Formatting is the browser's `Intl.DateTimeFormat`, which throws a `RangeError` for a
//! language tag it does not accept. Browsers do hand such tags over: WebKit on a system whose
//! locale is `C.UTF-8` (Debian's and most containers' default) reports `navigator.language` as
//! `"C"`, and an exception thrown through the wasm leaves every card of the page half drawn. So
//! each language the browser names is tidied (`en_US.UTF-8` → `en-US`) and tried in turn,
//! then the runtime's own default, then a fixed English form from the core
//! ([`Date::plain_text`]): every step is a `catch`, none can throw.
//!
//! Natively (the export's pre-rendered pages) there is no visitor yet: the fixed form.

#[cfg(target_arch = "wasm32")]
use std::cell::RefCell;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::JsValue;
#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::wasm_bindgen;

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

    /// `Intl.getCanonicalLocales(tag)`: the tag as `Intl` writes it, or a `RangeError`.
    #[wasm_bindgen(catch, js_namespace = Intl, js_name = getCanonicalLocales)]
    fn canonical_locales(tag: &str) -> Result<js_sys::Array, JsValue>;
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

/// `when` in `style`, in the visitor's language when the browser can do it.
#[cfg(target_arch = "wasm32")]
pub fn format(style: Style, when: &js_sys::Date) -> String {
    FORMATTERS.with_borrow_mut(|formatters| {
        let formatters = formatters.get_or_insert_with(make_formatters);
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
    /// One formatter per [`Style`], made once: building an `Intl.DateTimeFormat` costs far more
    /// than formatting with one (`toLocaleDateString` builds one per call), and a program of
    /// 200 cards needs four. `None` where none could be made: the fixed form then.
    static FORMATTERS: RefCell<Option<[Option<Formatter>; 4]>> = const { RefCell::new(None) };
}

#[cfg(target_arch = "wasm32")]
fn make_formatters() -> [Option<Formatter>; 4] {
    let languages = languages();
    Style::ALL.map(|style| {
        let options = style.options();
        languages
            .iter()
            .map(|tag| js_sys::Array::of1(&tag.into()).into())
            // The runtime's own default language, when the browser names none it accepts.
            .chain([JsValue::UNDEFINED])
            .find_map(|locales| Formatter::new(&locales, &options).ok())
    })
}

/// The visitor's languages, in their order of preference, each as `Intl` accepts it; tags it
/// refuses (`C`, `POSIX`, `x-invalid`, empty) are left out.
#[cfg(target_arch = "wasm32")]
fn languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut named: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    named.extend(navigator.language());
    let mut accepted: Vec<String> = Vec::new();
    for tag in named {
        let Some(tag) = tidy(&tag) else { continue };
        let canonical = canonical_locales(&tag)
            .ok()
            .and_then(|tags| tags.get(0).as_string());
        if let Some(canonical) = canonical
            && !accepted.contains(&canonical)
        {
            accepted.push(canonical);
        }
    }
    accepted
}

/// A POSIX locale name as a language tag (`en_US.UTF-8@euro` → `en-US`); `None` for the ones
/// that name no language (`C`, `POSIX`, empty).
#[cfg(target_arch = "wasm32")]
fn tidy(tag: &str) -> Option<String> {
    let tag = tag.trim();
    let tag = tag.split(['.', '@']).next().unwrap_or(tag);
    if tag.is_empty() || tag.eq_ignore_ascii_case("c") || tag.eq_ignore_ascii_case("posix") {
        return None;
    }
    Some(tag.replace('_', "-"))
}

/// A day of the event as the visitor's language writes it ("Tuesday, August 27, 2019").
pub fn day(date: Date) -> String {
    #[cfg(target_arch = "wasm32")]
    return format(Style::Day, &wall_clock(Some(date), None));
    #[cfg(not(target_arch = "wasm32"))]
    date.plain_text()
}

/// A time of the event's wall clock as the visitor's language writes it ("9:15 AM"); the date
/// matters only to languages whose forms depend on it.
pub fn clock(date: Option<Date>, time: Time) -> String {
    #[cfg(target_arch = "wasm32")]
    return format(Style::Time, &wall_clock(date, Some(time)));
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = date;
        time.plain_text()
    }
}
