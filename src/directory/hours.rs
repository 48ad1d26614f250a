//! A listing's hours as a line of text: the live state ("Open now · closes 22:00 …") once the
//! device clock is known, and the weekly hours before that (on the prerendered page, and
//! without JavaScript).

use leptos::prelude::*;

use kindred_core::model::{Period, Resource, Schedule, Status};
use kindred_core::schedule::{self, OpenState};

use crate::i18n::Directory;
use crate::shell::client::use_client;

/// " New York time" for a weekly schedule's zone, in the page's language.
fn zone_time(dw: &Directory, schedule: &Schedule) -> String {
    match schedule {
        Schedule::Weekly { zone, .. } => {
            let name = zone.zone().name;
            (dw.zone_time)((dw.zone_name)(name).unwrap_or(name))
        }
        _ => String::new(),
    }
}

/// A weekly schedule's periods, e.g. "Mon–Fri 10:00–22:00; Sat 12:00–18:00".
fn periods_text(dw: &Directory, periods: &[Period]) -> String {
    let day = |d: usize| dw.weekdays_short[d];
    periods
        .iter()
        .map(|p| {
            let days: Vec<usize> = (0..7).filter(|d| p.days & (1 << d) != 0).collect();
            let consecutive = days.windows(2).all(|w| w[1] == w[0] + 1);
            let day_text = match days.as_slice() {
                [] => String::new(),
                all if all.len() == 7 => dw.every_day.to_owned(),
                [one] => day(*one).to_owned(),
                [first, .., last] if consecutive => format!("{}–{}", day(*first), day(*last)),
                many => many.iter().map(|d| day(*d)).collect::<Vec<_>>().join(", "),
            };
            let closes = if p.closes == 1440 { "24:00".to_owned() } else { schedule::clock(p.closes) };
            format!("{day_text} {}–{closes}", schedule::clock(p.opens))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The weekly hours, in the listing's own time zone, e.g. "Mon–Fri 10:00–18:00 (Los Angeles time)".
pub fn weekly_text(dw: &Directory, r: &Resource) -> String {
    match r.hours.schedule {
        Schedule::Always => dw.hours_always.to_owned(),
        Schedule::Varies => dw.hours_vary.to_owned(),
        Schedule::Weekly { periods, .. } => {
            format!("{} ({})", periods_text(dw, periods), zone_time(dw, &r.hours.schedule).trim_start_matches([' ', ',']).trim())
        }
    }
}

/// What the hours mean right now, in the page's language: "Open now · closes 22:00 New York
/// time (in 3 h)".
pub fn state_text(dw: &Directory, state: OpenState, schedule: &Schedule) -> String {
    let zone = zone_time(dw, schedule);
    match state {
        OpenState::Always => dw.hours_always.to_owned(),
        OpenState::OpenUntil { closes, in_minutes } => (dw.open_until)(&schedule::clock(closes), &zone, &(dw.in_time)(in_minutes)),
        OpenState::OpensAt { weekday, opens, in_minutes } => {
            let day = (in_minutes >= 20 * 60).then(|| dw.weekdays[usize::from(weekday)]);
            (dw.opens_at)(day, &schedule::clock(opens), &zone, &(dw.in_time)(in_minutes))
        }
        OpenState::Unknown => dw.hours_vary.to_owned(),
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
    (state_text(dw, state, &r.hours.schedule), state.is_open())
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

#[cfg(test)]
mod tests {
    use super::*;
    use kindred_core::date::days_from_civil;
    use kindred_core::tz::{ZoneId, ZONES};

    const WEEKDAYS_10_TO_22: &[Period] = &[Period { days: 0b0001_1111, opens: 600, closes: 1320 }];

    fn ny() -> Schedule {
        Schedule::Weekly { zone: ZoneId::by_name("America/New_York").unwrap(), periods: WEEKDAYS_10_TO_22 }
    }

    #[test]
    fn hours_read_in_the_pages_language() {
        let (en, es) = (&crate::i18n::en::DIRECTORY, &crate::i18n::es::DIRECTORY);
        // Friday 22:30 in New York: closed until Monday 10:00.
        let at = (days_from_civil(2026, 11, 28) * 24 + 3) * 3600 + 30 * 60;
        let state = schedule::state(&ny(), at);
        assert_eq!(state_text(en, state, &ny()), "Closed · opens Monday 10:00 New York time (in 2 days)");
        assert_eq!(state_text(es, state, &ny()), "Cerrado · abre el lunes a las 10:00, hora de Nueva York (en 2 días)");
        let open = schedule::state(&ny(), (days_from_civil(2026, 11, 25) * 24 + 15) * 3600);
        assert_eq!(state_text(en, open, &ny()), "Open now · closes 22:00 New York time (in 12 h)");
        assert_eq!(state_text(es, open, &ny()), "Abierto ahora · cierra a las 22:00, hora de Nueva York (en 12 h)");
        assert_eq!(state_text(es, OpenState::Always, &Schedule::Always), "Abierto 24/7");
        assert_eq!(periods_text(en, WEEKDAYS_10_TO_22), "Mon–Fri 10:00–22:00");
        assert_eq!(periods_text(es, WEEKDAYS_10_TO_22), "lun–vie 10:00–22:00");
        let every_night = [Period { days: 0b0111_1111, opens: 1320, closes: 360 }];
        assert_eq!(periods_text(es, &every_night), "Todos los días 22:00–06:00");
        assert_eq!((en.in_time)(45), "in 45 min");
        assert_eq!((es.in_time)(150), "en 3 h");
    }

    #[test]
    fn every_time_zone_the_directory_may_use_has_a_name_in_each_language() {
        for zone in ZONES {
            for (lang, words) in [("en", &crate::i18n::en::DIRECTORY), ("es", &crate::i18n::es::DIRECTORY)] {
                assert!((words.zone_name)(zone.name).is_some_and(|n| !n.is_empty()), "{} has no {lang} name", zone.name);
            }
        }
    }
}
