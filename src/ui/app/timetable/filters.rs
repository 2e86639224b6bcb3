//! The timetable's type filters: a button per kind of session the schedule has (talks,
//! workshops, ignites, open spaces; labels are not a kind to pick), each with its count, pressed
//! to narrow the view to it.

use std::collections::BTreeSet;

use yew::prelude::*;

use crate::event::{SlotKind, Timetable};

/// The type filter buttons of `timetable`, toggling their kind in `kinds`.
pub fn kind_filters(timetable: &Timetable, kinds: &UseStateHandle<BTreeSet<String>>) -> Html {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for slot in &timetable.slots {
        if matches!(slot.kind, SlotKind::Other(_)) {
            continue;
        }
        let kind = slot.kind.name().to_owned();
        match counts.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, n)) => *n += 1,
            None => counts.push((kind, 1)),
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
        let label = match kind.as_str() {
            "talk" => "Talks",
            "workshop" => "Workshops",
            "ignite" => "Ignites",
            "open-space" => "Open spaces",
            other => other,
        };
        html! {
            <button type="button" class="talkcard-kind-filter" data-type={kind.clone()}
                aria-pressed={pressed.to_string()} {onclick}>
                { format!("{label} ({count})") }
            </button>
        }
    });
    html! {
        <div class="talkcard-kind-filters" role="group" aria-label="Type">{ for buttons }</div>
    }
}
