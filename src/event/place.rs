//! Where a slot happens, read from its `comments`.
//!
//! The schedule has no field for a room: organisers write it in the slot's free-text
//! `comments`, in the forms the corpus's data files show (`../shared/corpus/devopsdays/DATA.md`):
//! `Location: Grote Zaal`, `Security Track | Location: Grote Zaal`, `*Where*: Studio Movie
//! Grill<br/>…`, `Trilha Avançada - Sala: Rollback`, or the room alone (`Grote Zaal`,
//! `СЕКЦИЯ 1`, `Expo 1`). A comment that is a sentence (`UIC Forum. Badge Required.`, `This
//! will take place at [10pin](…)`) names no room: it stays a note, shown as the organisers
//! wrote it.

/// A slot's comments, split into where it happens and the rest.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SlotPlace {
    /// The room, hall or section (`Grote Zaal`, `СЕКЦИЯ 1`, `Rollback`).
    pub room: Option<String>,
    /// The track, where the comment names one beside the room (`Security Track`).
    pub track: Option<String>,
}

/// Words that introduce a place when followed by a colon (`Location: X`, `*Where*: X`,
/// `Sala: X`), or, for the nouns, that name one with what follows (`Sala Deploy`, `Room 2`).
const PLACE_LABELS: &[&str] = &[
    "location",
    "where",
    "room",
    "hall",
    "venue",
    "place",
    "stage",
    "sala",
    "salle",
    "saal",
    "raum",
    "zaal",
    "local",
    "локация",
    "место",
    "зал",
    "аудитория",
];

/// Nouns that name a place with what follows them, kept as written (`Sala Deploy`).
const PLACE_NOUNS: &[&str] = &[
    "room", "hall", "stage", "sala", "salle", "saal", "raum", "зал",
];

/// Words that make a segment a track (`Security Track`, `Track 2`, `Trilha Iniciante`).
const TRACK_WORDS: &[&str] = &["track", "trilha", "trilho", "pista", "трек"];

/// The longest comment read as a room on its own (`Pakhuis de Zwijger courtyard`).
const BARE_ROOM_CHARS: usize = 40;
/// The most words of a comment read as a room on its own.
const BARE_ROOM_WORDS: usize = 4;

impl SlotPlace {
    /// Reads the place from a slot's `comments` as written (HTML or Markdown). Only their
    /// first line is read (`*Where*: Studio Movie Grill<br/>` and a paragraph after it); a
    /// comment that names nothing gives an empty place.
    pub fn read(comments: &str) -> SlotPlace {
        let text = plain(first_line(comments));
        let mut place = SlotPlace::default();
        let segments: Vec<&str> = split_segments(&text);
        for segment in &segments {
            if let Some(room) = labelled_room(segment) {
                place.room.get_or_insert(room);
            } else if is_track(segment) {
                place.track.get_or_insert_with(|| (*segment).to_owned());
            }
        }
        if place.room.is_none()
            && let [only] = segments.as_slice()
            && is_bare_room(only)
            && place.track.is_none()
        {
            place.room = Some((*only).to_owned());
        }
        // "Keynote - Sala: Deploy": the part beside the room is its track.
        if place.room.is_some() && place.track.is_none() && segments.len() == 2 {
            let other = segments
                .iter()
                .find(|s| labelled_room(s).is_none())
                .filter(|s| is_bare_room(s));
            place.track = other.map(|s| (*s).to_owned());
        }
        place
    }

    /// True when the comments named neither a room nor a track.
    pub fn is_empty(&self) -> bool {
        self.room.is_none() && self.track.is_none()
    }

    /// The place as one label: `Grote Zaal · Security Track`, the room first.
    pub fn label(&self) -> Option<String> {
        match (&self.room, &self.track) {
            (Some(room), Some(track)) => Some(format!("{room} · {track}")),
            (Some(one), None) | (None, Some(one)) => Some(one.clone()),
            (None, None) => None,
        }
    }
}

/// What a slot's comments say besides where it happens: all of them when their first line
/// names no place, else what follows that line (`*Where*: Studio Movie Grill<br/>*Required*:
/// Laptop` leaves `*Required*: Laptop`), as written.
pub fn note(comments: &str) -> &str {
    if SlotPlace::read(comments).is_empty() {
        return comments.trim();
    }
    let line = first_line(comments);
    // The first line is a slice of the comments (or of a paragraph inside them).
    let start = line.as_ptr() as usize - comments.as_ptr() as usize + line.len();
    let rest = &comments[start..];
    // Past the line break itself: a newline, or a `<br/>` tag.
    let rest = match rest.trim_start().strip_prefix('<') {
        Some(tag) => tag.find('>').map_or("", |at| &tag[at + 1..]),
        None => rest,
    };
    rest.trim()
}

/// The comments up to their first line break, as text or as HTML (`<br>`, `<p>`).
fn first_line(comments: &str) -> &str {
    let lower = comments.to_ascii_lowercase();
    let end = ["\n", "<br", "<p"]
        .iter()
        .filter_map(|b| lower.find(b))
        .min()
        .unwrap_or(comments.len());
    let line = &comments[..end];
    // A paragraph opened first: what is in it.
    if line.trim().is_empty() && end < comments.len() {
        let rest = &comments[end..];
        let inner = rest.find('>').map_or(rest, |at| &rest[at + 1..]);
        return first_line(inner);
    }
    line
}

/// A calendar entry's location: the slot's place first, then the venue ("Grote Zaal,
/// Pakhuis de Zwijger"), or whichever is known.
pub fn location(place: Option<&str>, venue: Option<String>) -> Option<String> {
    match (place, venue) {
        (Some(place), Some(venue)) => Some(format!("{place}, {venue}")),
        (place, venue) => place.map(str::to_owned).or(venue),
    }
}

/// The comment's text with what only decorates it gone: HTML's non-breaking spaces as
/// entities, Markdown's emphasis markers.
fn plain(comments: &str) -> String {
    let text = comments
        .replace("&nbsp;", " ")
        .replace("&#160;", " ")
        .replace('\u{a0}', " ");
    let mut in_tag = false;
    let text: String = text
        .chars()
        .filter(|&c| match c {
            '<' => {
                in_tag = true;
                false
            }
            '>' if in_tag => {
                in_tag = false;
                false
            }
            '*' | '_' => false,
            _ => !in_tag,
        })
        .collect();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The parts of a comment: split at `|`, and at ` - ` or ` – ` between two parts.
fn split_segments(text: &str) -> Vec<&str> {
    text.split(['|'])
        .flat_map(|part| part.split(" - "))
        .flat_map(|part| part.split(" – "))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// `Location: X` (or `Where:`, `Sala:` …) → `X`; `Sala X`, `Room 2` → themselves.
fn labelled_room(segment: &str) -> Option<String> {
    if let Some((label, value)) = segment.split_once(':') {
        let label = crate::case::lower(label.trim());
        let value = value.trim();
        if PLACE_LABELS.contains(&label.as_str()) && !value.is_empty() {
            return Some(value.to_owned());
        }
        return None;
    }
    let first = crate::case::lower(segment.split_whitespace().next()?);
    (PLACE_NOUNS.contains(&first.as_str())
        && segment.split_whitespace().count() > 1
        && is_bare_room(segment))
    .then(|| segment.to_owned())
}

fn is_track(segment: &str) -> bool {
    is_bare_room(segment)
        && segment
            .split_whitespace()
            .any(|word| TRACK_WORDS.contains(&crate::case::lower(word).as_str()))
}

/// Short, one line, and not a sentence or a link: a name.
fn is_bare_room(segment: &str) -> bool {
    segment.chars().count() <= BARE_ROOM_CHARS
        && segment.split_whitespace().count() <= BARE_ROOM_WORDS
        && !segment.contains(['.', '!', '?', ':', '[', '(', '<', '/', ','])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(comments: &str) -> (Option<String>, Option<String>) {
        let place = SlotPlace::read(comments);
        (place.room, place.track)
    }

    fn some(s: &str) -> Option<String> {
        Some(s.to_owned())
    }

    #[test]
    fn the_note_is_what_the_comments_say_besides_the_place() {
        // 2019 Minneapolis's workshops: the room, then what to bring.
        assert_eq!(
            note(
                "&nbsp; &nbsp; *Where*: Studio Movie Grill<br/>\n  &nbsp; &nbsp; *Required*: Laptop and AWS account"
            ),
            "&nbsp; &nbsp; *Required*: Laptop and AWS account"
        );
        assert_eq!(note("Location: Grote Zaal"), "");
        // A sentence names no place: all of it is the note.
        let party =
            "This will take place at [10pin](http://10pinchicago.com/)<br>\n330 N. State St";
        assert_eq!(note(party), party);
        assert_eq!(note("Room 2\nBring a laptop"), "Bring a laptop");
    }

    #[test]
    fn the_corpus_forms_name_their_rooms() {
        // Every form of DATA.md, as the data files write them.
        assert_eq!(place("Location: Grote Zaal"), (some("Grote Zaal"), None));
        assert_eq!(
            place("Security Track | Location: Grote Zaal"),
            (some("Grote Zaal"), some("Security Track"))
        );
        assert_eq!(
            place("HumanOps Track | Location: Grote Zaal"),
            (some("Grote Zaal"), some("HumanOps Track"))
        );
        assert_eq!(
            place("&nbsp; &nbsp; *Where*: Studio Movie Grill"),
            (some("Studio Movie Grill"), None)
        );
        assert_eq!(
            place("Trilha Avançada - Sala: Rollback"),
            (some("Rollback"), some("Trilha Avançada"))
        );
        assert_eq!(
            place("Keynote - Sala: Deploy"),
            (some("Deploy"), some("Keynote"))
        );
        assert_eq!(place("Sala: Deploy"), (some("Deploy"), None));
        assert_eq!(place("СЕКЦИЯ 1"), (some("СЕКЦИЯ 1"), None));
        assert_eq!(place("Expo 1"), (some("Expo 1"), None));
        assert_eq!(place("Grote Zaal"), (some("Grote Zaal"), None));
        assert_eq!(place("Мастер-классы"), (some("Мастер-классы"), None));
        assert_eq!(
            place("Pakhuis de Zwijger courtyard"),
            (some("Pakhuis de Zwijger courtyard"), None)
        );
        assert_eq!(place("Sala Deploy"), (some("Sala Deploy"), None));
        assert_eq!(place("Track 2"), (None, some("Track 2")));
    }

    #[test]
    fn sentences_and_links_name_no_room() {
        for note in [
            "UIC Forum. Badge Required.",
            "This will take place at [10pin](http://10pinchicago.com/)",
            "The evening event will take place at the conference location.",
            "Screening Room, 12 Ann Siang Rd #03-00, Singapore ([map](/events/2017-singapore/location/#after-party))",
            "4 паралельных модерируемых - Открытых сессии",
            "Located at 400 University Avenue",
            "",
        ] {
            assert_eq!(place(note), (None, None), "{note}");
        }
        assert!(SlotPlace::read("UIC Forum. Badge Required.").is_empty());
    }

    #[test]
    fn only_the_first_line_names_the_room() {
        assert_eq!(
            place("&nbsp; &nbsp; *Where*: Studio Movie Grill<br/>  \nDoors open at 6."),
            (some("Studio Movie Grill"), None)
        );
        assert_eq!(
            place("Location: Expo\nBring your laptop."),
            (some("Expo"), None)
        );
        assert_eq!(
            place("<p>Location: <b>IJ Zaal</b></p>"),
            (some("IJ Zaal"), None)
        );
        assert_eq!(
            place(
                "The evening event will take place at [Boilerroom](http://www.boilerroom.ch/).<p>More</p>"
            ),
            (None, None)
        );
    }

    #[test]
    fn a_place_reads_as_one_label() {
        let place = SlotPlace::read("Security Track | Location: Grote Zaal");
        assert_eq!(place.label(), some("Grote Zaal · Security Track"));
        assert_eq!(SlotPlace::read("Expo 1").label(), some("Expo 1"));
        assert_eq!(SlotPlace::read("Badge required.").label(), None);
    }
}
