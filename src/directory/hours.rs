//! A listing's hours as a line of text: the live state ("Open now · closes 22:00 …") once the
//! device clock is known, and the weekly hours before that (on the prerendered page, and
//! without JavaScript).

use leptos::prelude::*;

use kindred_core::model::{Resource, Schedule, Status};
use kindred_core::schedule;

use crate::i18n::Directory;
use crate::shell::client::use_client;

/// The weekly hours, in the listing's own time zone, e.g. "Mon–Fri 10:00–18:00 (Los Angeles time)".
pub fn weekly_text(dw: &Directory, r: &Resource) -> String {
    match r.hours.schedule {
        Schedule::Always => dw.hours_always.to_owned(),
        Schedule::Varies => dw.hours_vary.to_owned(),
        Schedule::Weekly { zone, periods } => {
            format!("{} ({})", schedule::describe_periods(periods), schedule::short_zone(zone.zone().name))
        }
    }
}

/// The hours line for `now` (seconds since the epoch), or the weekly hours if the clock is not
/// known yet. Also says whether it is open.
pub fn hours_at(dw: &Directory, r: &Resource, now: Option<i64>) -> (String, bool) {
    if r.status == Status::TemporarilyClosed {
        return (dw.temporarily_closed.to_owned(), false);
    }
    let Some(now) = now else { return (weekly_text(dw, r), false) };
    let state = schedule::state(&r.hours.schedule, now);
    let zone = match r.hours.schedule {
        Schedule::Weekly { zone, .. } => Some(zone.zone().name),
        _ => None,
    };
    (schedule::describe(state, zone), state.is_open())
}

/// The hours line of a card or listing, following the clock: one reactive node draws both its
/// text and whether it reads as open.
#[component]
pub fn HoursLine(listing: &'static Resource) -> impl IntoView {
    let client = use_client();
    let dw = crate::i18n::directory_words();
    move || {
        let (line, open) = hours_at(dw, listing, client.minute.get().map(|m| m * 60));
        view! { <p class="card__hours" class:is-open=open>{line}</p> }
    }
}
