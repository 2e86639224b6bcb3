//! A schedule as a timetable shows it: days in order, each with its rows of slots that start
//! together (parallel tracks side by side).

use super::{Slot, SlotKind, Timetable};
use crate::schedule::{Date, Time};

/// One day of a schedule, as a timetable shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Day<'a> {
    /// The day (`None`: slots whose date could not be read, shown last).
    pub date: Option<Date>,
    /// Its rows, in time order.
    pub rows: Vec<Row<'a>>,
}

/// Slots that start at the same time: parallel tracks, side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row<'a> {
    /// When they start.
    pub start: Option<Time>,
    /// When the last of them ends.
    pub end: Option<Time>,
    /// The slots, in file order.
    pub slots: Vec<&'a Slot>,
}

impl Row<'_> {
    /// A row of labels only (breaks, meals, "Opening Welcome"): a thin row.
    pub fn is_label(&self) -> bool {
        self.slots
            .iter()
            .all(|s| matches!(s.kind, SlotKind::Other(_)))
    }
}

impl<'a> Day<'a> {
    /// Where a "now" line goes at `time` on this day: before the first row that starts after
    /// it; `None` before the first row starts or after the last one ends.
    pub fn now_at(&self, time: Time) -> Option<usize> {
        let first = self.rows.first()?.start?;
        let last_end = self.rows.iter().filter_map(|r| r.end.or(r.start)).max()?;
        if time < first || time >= last_end {
            return None;
        }
        Some(
            self.rows
                .iter()
                .position(|r| r.start.is_some_and(|s| s > time))
                .unwrap_or(self.rows.len()),
        )
    }
}

impl Timetable {
    /// The schedule as days in order, each with its rows in time order (slots with the same
    /// start side by side; a slot whose time could not be read after the others, in file order).
    pub fn days(&self) -> Vec<Day<'_>> {
        let mut dates: Vec<Option<Date>> = Vec::new();
        for slot in &self.slots {
            if !dates.contains(&slot.date) {
                dates.push(slot.date);
            }
        }
        dates.sort_by_key(|d| (d.is_none(), *d));
        dates
            .into_iter()
            .map(|date| {
                let mut slots: Vec<&Slot> = self.slots.iter().filter(|s| s.date == date).collect();
                slots.sort_by_key(|s| (s.start.is_none(), s.start));
                let mut rows: Vec<Row<'_>> = Vec::new();
                for slot in slots {
                    match rows.last_mut() {
                        Some(row) if slot.start.is_some() && row.start == slot.start => {
                            row.end = row.end.max(slot.end);
                            row.slots.push(slot);
                        }
                        _ => rows.push(Row {
                            start: slot.start,
                            end: slot.end,
                            slots: vec![slot],
                        }),
                    }
                }
                Day { date, rows }
            })
            .collect()
    }
}
