//! The talks of an event that its schedule does not place: listed after the timetable, so that
//! every talk of the event is on its page.
//!
//! Schedules leave talks out for ordinary reasons. A real 2024 event's `program.yml` names its
//! ten ignites only as one "Ignites" custom slot (the files, `*-ignite.md`, say `Type = "talk"`),
//! and a talk whose title no slot carries has no time at all. The theme lists every talk of an
//! event; talkcard lists these after the timetable, a group per kind of session: the ignites
//! first (a file that is an ignite only by its name counts as one), then keynotes, talks,
//! workshops and the site's own kinds.

use super::timetable::Timetable;
use super::titles::TitledTalks;
use crate::talk::{Talk, TalkKind};

/// A talk file of the event, as the program files it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProgramTalk<'a> {
    /// The file's slug (`noor-haddad-ignite` for `noor-haddad-ignite.md`).
    pub slug: &'a str,
    /// Its title (empty when it has none: the slug then orders it).
    pub title: &'a str,
    /// Its `Type`.
    pub kind: &'a TalkKind,
}

impl<'a> ProgramTalk<'a> {
    /// The talk read from the file `slug.md`.
    pub fn of(slug: &'a str, talk: &'a Talk) -> ProgramTalk<'a> {
        ProgramTalk {
            slug,
            title: &talk.title,
            kind: &talk.kind,
        }
    }
}

/// The talks of one kind that the schedule does not place, in title order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindGroup {
    /// The kind of session (what the group's heading names).
    pub kind: TalkKind,
    /// The talks' slugs.
    pub slugs: Vec<String>,
}

/// The kind of session a program files a talk under: its `Type`, except that a talk whose
/// file names it an ignite (`noor-haddad-ignite.md`, `ignite-paul-took.md`) is one, whatever
/// its `Type` says (the devopsdays files of many events keep `Type = "talk"` for ignites).
pub fn session_kind(slug: &str, kind: &TalkKind) -> TalkKind {
    let named_ignite = || {
        let words: Vec<&str> = slug.split(['-', '_']).collect();
        words.len() > 1
            && (words[0].eq_ignore_ascii_case("ignite")
                || words[words.len() - 1].eq_ignore_ascii_case("ignite"))
    };
    if *kind == TalkKind::Talk && named_ignite() {
        TalkKind::Ignite
    } else {
        kind.clone()
    }
}

/// Where a kind's group comes in the listing: ignites first, then keynotes, talks, workshops,
/// then the site's own kinds by name.
fn group_rank(kind: &TalkKind) -> (u8, String) {
    match kind {
        TalkKind::Ignite => (0, String::new()),
        TalkKind::Keynote => (1, String::new()),
        TalkKind::Talk => (2, String::new()),
        TalkKind::Workshop => (3, String::new()),
        TalkKind::Other(name) => (4, crate::case::lower(name)),
    }
}

/// The talks among `talks` that `timetable` places nowhere (no slot names them by slug or by
/// title, and no ignite session of their day lists them), grouped by kind. Without a
/// schedule, the program shows every talk already: nothing is left over.
pub fn unplaced(
    timetable: Option<&Timetable>,
    titled: &TitledTalks,
    talks: &[ProgramTalk<'_>],
) -> Vec<KindGroup> {
    let Some(timetable) = timetable else {
        return Vec::new();
    };
    let placed: Vec<String> = timetable
        .scheduled_talks(titled)
        .into_iter()
        .map(|t| t.slug)
        .collect();
    // Each talk with its group's rank and its title's order, worked out once.
    let mut left: Vec<((u8, String), String, &str, TalkKind)> = talks
        .iter()
        .filter(|t| !placed.iter().any(|p| p == t.slug))
        .map(|t| {
            let order = if t.title.trim().is_empty() {
                crate::case::lower(t.slug)
            } else {
                crate::case::lower(t.title.trim())
            };
            let kind = session_kind(t.slug, t.kind);
            (group_rank(&kind), order, t.slug, kind)
        })
        .collect();
    left.sort_by(|a, b| (&a.0, &a.1, a.2).cmp(&(&b.0, &b.1, b.2)));
    let mut groups: Vec<(KindGroup, (u8, String))> = Vec::new();
    for (rank, _, slug, kind) in left {
        match groups.last_mut() {
            Some((group, last)) if *last == rank => group.slugs.push(slug.to_owned()),
            _ => groups.push((
                KindGroup {
                    kind,
                    slugs: vec![slug.to_owned()],
                },
                rank,
            )),
        }
    }
    groups.into_iter().map(|(group, _)| group).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::DataFile;

    fn timetable(text: &str) -> Timetable {
        DataFile::read("program.yml", text)
            .timetable
            .expect("a schedule")
    }

    /// Shaped like the held-out 2024 event: talks by slug, one "Ignites" custom slot, ignite
    /// files with `Type = "talk"`, a talk whose title no slot carries.
    const SCHEDULE: &str = "program:
  - title: rosa-diaz
    type: talk
    date: 2032-06-10
    start_time: '09:00'
    end_time: '09:30'
  - title: Ignites
    type: custom
    date: 2032-06-10
    start_time: '11:00'
    end_time: '11:30'
  - title: Ship It Calmly
    type: custom
    date: 2032-06-10
    start_time: '09:30'
    end_time: '10:00'
";

    #[test]
    fn talks_no_slot_names_are_grouped_ignites_first_in_title_order() {
        let timetable = timetable(SCHEDULE);
        let (talk, workshop, keynote) = (TalkKind::Talk, TalkKind::Workshop, TalkKind::Keynote);
        let meetup = TalkKind::Other("Meetup".to_owned());
        let talks = [
            ProgramTalk {
                slug: "rosa-diaz",
                title: "Rosa's talk",
                kind: &talk,
            },
            ProgramTalk {
                slug: "omar-farouk",
                title: "Ship it calmly.",
                kind: &keynote,
            },
            ProgramTalk {
                slug: "sven-olsen-ignite",
                title: "Tabs",
                kind: &talk,
            },
            ProgramTalk {
                slug: "ignite-priya-raman",
                title: "Five minutes of YAML",
                kind: &talk,
            },
            ProgramTalk {
                slug: "ines-moreau-ignite",
                title: "Alerts",
                kind: &talk,
            },
            ProgramTalk {
                slug: "tomas-ruiz",
                title: "Chaos Days",
                kind: &talk,
            },
            ProgramTalk {
                slug: "ws-helm",
                title: "Helm by hand",
                kind: &workshop,
            },
            ProgramTalk {
                slug: "after-party",
                title: "",
                kind: &meetup,
            },
        ];
        let titled = timetable.titled_talks(talks.iter().map(|t| (t.slug, t.title)));
        let groups = unplaced(Some(&timetable), &titled, &talks);
        let listed: Vec<(&str, Vec<&str>)> = groups
            .iter()
            .map(|g| {
                (
                    g.kind.as_str(),
                    g.slugs.iter().map(String::as_str).collect(),
                )
            })
            .collect();
        assert_eq!(
            listed,
            [
                (
                    "ignite",
                    vec![
                        "ines-moreau-ignite",
                        "ignite-priya-raman",
                        "sven-olsen-ignite"
                    ]
                ),
                ("talk", vec!["tomas-ruiz"]),
                ("workshop", vec!["ws-helm"]),
                ("Meetup", vec!["after-party"]),
            ]
        );
    }

    #[test]
    fn an_ignite_listed_for_a_day_without_its_session_is_left_over_too() {
        let timetable = timetable(
            "program:
  - title: Ignites
    type: ignite
    date: 2032-06-10
ignites:
  - title: placed-ignite
    date: 2032-06-10
  - title: lost-ignite
    date: 2032-06-11
",
        );
        let kind = TalkKind::Ignite;
        let talks = [
            ProgramTalk {
                slug: "placed-ignite",
                title: "A",
                kind: &kind,
            },
            ProgramTalk {
                slug: "lost-ignite",
                title: "B",
                kind: &kind,
            },
        ];
        let groups = unplaced(Some(&timetable), &TitledTalks::new(), &talks);
        assert_eq!(
            groups,
            [KindGroup {
                kind: TalkKind::Ignite,
                slugs: vec!["lost-ignite".to_owned()]
            }]
        );
        assert!(unplaced(None, &TitledTalks::new(), &talks).is_empty());
    }

    #[test]
    fn only_a_whole_word_of_the_file_name_makes_an_ignite() {
        let talk = TalkKind::Talk;
        assert_eq!(session_kind("ken-mugrage-ignite", &talk), TalkKind::Ignite);
        assert_eq!(
            session_kind("ignite-talk-by-romano-roth", &talk),
            TalkKind::Ignite
        );
        assert_eq!(session_kind("igniter-of-change", &talk), TalkKind::Talk);
        assert_eq!(session_kind("ignite", &talk), TalkKind::Talk);
        // A file that says what it is keeps it.
        assert_eq!(
            session_kind("ana-ignite", &TalkKind::Keynote),
            TalkKind::Keynote
        );
    }
}
