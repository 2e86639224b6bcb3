//! After a timetable, the talks its schedule places nowhere ([`crate::event::unplaced`]): a
//! group per kind of session, ignites first, each talk a compact card drawn by the view.

use yew::prelude::*;

use crate::event::KindGroup;
use crate::language::{Language, words::timetable};

/// The anchor of the listing, for links to it (`#more-talks`).
pub const ANCHOR: &str = "more-talks";

/// The listing of `groups`, each talk drawn by `cell` from its slug; nothing when every talk
/// has its slot.
pub fn unplaced_talks(
    language: Language,
    groups: &[KindGroup],
    cell: impl Fn(&str) -> Html,
) -> Html {
    if groups.is_empty() {
        return Html::default();
    }
    html! {
        <section class="talkcard-unplaced" id={ANCHOR} aria-labelledby="talkcard-unplaced-title">
            <h2 class="talkcard-day-title" id="talkcard-unplaced-title">{ timetable::more_talks(language) }</h2>
            { for groups.iter().map(|group| html! {
                <section class="talkcard-kind-group" data-type={group.kind.css_name()}>
                    <h3 class="talkcard-kind-title">{ timetable::kind_group(language, &group.kind.css_name(), &group.kind.label()) }</h3>
                    <div class="talkcard-program-grid">
                        { for group.slugs.iter().map(|slug| cell(slug)) }
                    </div>
                </section>
            }) }
        </section>
    }
}
