//! What the visitor narrowed the timetable to (their starred talks, kinds of session, a search)
//! and the type filters: a button per kind of session the schedule has (talks, workshops,
//! ignites, open spaces; labels are not a kind to pick), each with its count, pressed to narrow
//! the view to it.

use std::collections::BTreeSet;

use yew::prelude::*;

use super::Talks;
use crate::event::{KindGroup, Slot, SlotKind, Timetable};
use crate::language::{Language, words::timetable};
use crate::speaker::name_from_slug;
use crate::ui::talk_queue::Item;

/// The view's filters as they stand.
pub(super) struct Narrowing<'a> {
    /// Only the starred talks ("My talks").
    pub mine_only: bool,
    /// The search, lower-cased (empty: none).
    pub needle: String,
    /// The kinds picked (none: every kind).
    pub kinds: &'a BTreeSet<String>,
    pub stars: &'a BTreeSet<String>,
    /// The talk files in: what the search reads of a talk (its title and speakers).
    pub items: &'a Talks,
}

impl Narrowing<'_> {
    /// True while a filter narrows the view.
    pub fn active(&self) -> bool {
        self.mine_only || !self.needle.is_empty() || !self.kinds.is_empty()
    }

    /// `groups` of talks (a kind each) as the filters let them through; a group left empty goes.
    pub fn groups(&self, groups: &[KindGroup]) -> Vec<KindGroup> {
        groups
            .iter()
            .filter_map(|group| {
                let kind = group.kind.css_name();
                let slugs: Vec<String> = (group.slugs.iter())
                    .filter(|slug| self.shows(&kind, None, Some(slug)))
                    .cloned()
                    .collect();
                (!slugs.is_empty()).then(|| KindGroup {
                    kind: group.kind.clone(),
                    slugs,
                })
            })
            .collect()
    }

    /// Whether the filters let through a session of `kind`: a talk (its slug), or a label (its
    /// slot).
    pub fn shows(&self, kind: &str, slot: Option<&Slot>, slug: Option<&str>) -> bool {
        let starred = slug.is_some_and(|s| self.stars.contains(s));
        if self.mine_only && !starred {
            return false;
        }
        if !self.kinds.is_empty() && !self.kinds.contains(kind) {
            return false;
        }
        if self.needle.is_empty() {
            return true;
        }
        let text = match slug {
            Some(slug) => match self.items.get(slug) {
                Some(Item::Loaded(talk)) => format!(
                    "{} {} {}",
                    talk.title,
                    talk.speakers
                        .iter()
                        .map(|s| name_from_slug(s))
                        .collect::<Vec<_>>()
                        .join(" "),
                    slug
                ),
                _ => name_from_slug(slug),
            },
            None => slot.map_or_else(String::new, |slot| {
                format!(
                    "{} {}",
                    slot.title,
                    slot.comments.clone().unwrap_or_default()
                )
            }),
        };
        crate::case::lower(&text).contains(&self.needle)
    }
}

/// The type filter buttons of `timetable` and of the talks listed after it (`more`, by kind),
/// toggling their kind in `kinds`.
pub fn kind_filters(
    language: Language,
    timetable: &Timetable,
    more: &[KindGroup],
    kinds: &UseStateHandle<BTreeSet<String>>,
) -> Html {
    let mut counts: Vec<(String, usize)> = Vec::new();
    let placed = timetable
        .slots
        .iter()
        .filter(|slot| !matches!(slot.kind, SlotKind::Other(_)))
        .map(|slot| (slot.kind.name().to_owned(), 1));
    let listed = more.iter().map(|g| (g.kind.css_name(), g.slugs.len()));
    for (kind, n) in placed.chain(listed) {
        match counts.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, count)) => *count += n,
            None => counts.push((kind, n)),
        }
    }
    let buttons = counts.into_iter().map(|(kind, count)| {
        let pressed = kinds.contains(&kind);
        let onclick = {
            let (kinds, kind) = (kinds.clone(), kind.clone());
            Callback::from(move |_: MouseEvent| {
                let mut next = (*kinds).clone();
                if !next.remove(&kind) {
                    next.insert(kind.clone());
                }
                kinds.set(next);
            })
        };
        html! {
            <button type="button" class="talkcard-kind-filter" data-type={kind.clone()}
                aria-pressed={pressed.to_string()} {onclick}>
                { timetable::kind_filter(language, &count.to_string(), &kind, &kind) }
            </button>
        }
    });
    html! {
        <div class="talkcard-kind-filters" role="group" aria-label={timetable::kind_filters(language)}>{ for buttons }</div>
    }
}
