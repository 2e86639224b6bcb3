//! What an event file says of the event itself: its name, city, venue and dates.

use crate::diagnostic::Diagnostic;
use crate::language::words::notes;
use crate::schedule::{Date, Moment, Offset};
use crate::yaml::Node;

/// The event's facts, from `main.yml` or the flat `<year>-<city>.yml`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventFacts {
    /// `name`: the event's slug (`2019-chicago`).
    pub slug: Option<String>,
    /// `city`, as displayed (`Chicago`).
    pub city: Option<String>,
    /// `location`: the venue's name.
    pub venue: Option<String>,
    /// `location_address`: the venue's address, lines joined.
    pub address: Option<String>,
    /// `startdate`: the first day (and, in newer files, the time and offset).
    pub start: Option<Moment>,
    /// `enddate`: the last day.
    pub end: Option<Moment>,
    /// `cancel: "true"` (the 2020 events).
    pub cancelled: bool,
    /// `sharing_image`: the picture the site's pages show in link previews, a file name in
    /// the event's `static/events/<event>/` folder or an address.
    pub sharing_image: Option<String>,
}

impl EventFacts {
    /// The facts in an event file's document; `None` when it names neither a city nor dates
    /// (a `program.yml`).
    pub fn from_document(root: &Node, warnings: &mut Vec<Diagnostic>) -> Option<EventFacts> {
        let text = |key: &str| root.get(key).and_then(Node::text);
        let facts = EventFacts {
            slug: text("name").map(|name| {
                // `name: 2016raleigh#…`: a comment glued to the value is not a comment in YAML.
                name.split('#').next().unwrap_or(&name).trim().to_owned()
            }),
            city: text("city"),
            venue: text("location"),
            address: text("location_address").map(|a| {
                a.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>()
                    .join(", ")
            }),
            start: moment(root, "startdate", warnings),
            end: moment(root, "enddate", warnings),
            cancelled: text("cancel").is_some_and(|c| c.eq_ignore_ascii_case("true")),
            sharing_image: text("sharing_image").filter(|image| !image.trim().is_empty()),
        };
        (facts.city.is_some() || facts.start.is_some() || facts.slug.is_some()).then_some(facts)
    }

    /// True when the event's last day (its first, without one) is before `today`.
    pub fn is_past(&self, today: Date) -> bool {
        self.end.or(self.start).is_some_and(|m| m.date < today)
    }

    /// The offset of the event's local time: `startdate`'s, else `enddate`'s; `None` when the
    /// file gives only days (times then stay as written, never guessed).
    pub fn offset(&self) -> Option<Offset> {
        self.start
            .and_then(|m| m.offset)
            .or(self.end.and_then(|m| m.offset))
    }
}

fn moment(root: &Node, key: &str, warnings: &mut Vec<Diagnostic>) -> Option<Moment> {
    let field = root.get(key)?;
    let text = field.text()?;
    let moment = Moment::parse(&text);
    if moment.is_none() {
        warnings.push(Diagnostic::warning(
            Some(field.line),
            notes::event_date(key, &text),
        ));
    }
    moment
}
