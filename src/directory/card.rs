//! A result card: what it is, who answers, whether it's open, and one-tap contacts.

use kindred_core::model::{Resource, Schedule, Status};
use kindred_core::schedule;

use super::contacts::contacts_html;
use crate::saved::button::save_button_html;
use crate::shell::static_html::esc;

/// "Open now · closes 22:00 …" for a resource at `now` seconds.
pub fn hours_text(r: &Resource, now: i64) -> String {
    if r.status == Status::TemporarilyClosed {
        return "Temporarily closed".to_owned();
    }
    let zone = match r.hours.schedule {
        Schedule::Weekly { zone, .. } => Some(zone.zone().name),
        _ => None,
    };
    schedule::describe(schedule::state(&r.hours.schedule, now), zone)
}

/// Everything on a card below its title, as HTML (no reactivity needed).
fn card_body(r: &Resource, open: bool, hours: &str) -> String {
    format!(
        "<p class=\"card__meta\"><span class=\"tag\">{}</span>{}<span class=\"card__who\">{}</span></p><p class=\"card__desc\">{}</p><p class=\"card__hours{}\">{}</p>{}",
        esc(r.kind.label()),
        if r.crisis { "<span class=\"tag tag--crisis\">For a crisis</span>" } else { "" },
        esc(r.answered_by.label()),
        esc(r.description),
        if open { " is-open" } else { "" },
        esc(hours),
        contacts_html(r.contacts, false)
    )
}

/// Where a card's title links: the listing, remembering the directory view it came from.
pub fn listing_href(id: &str, back: &str) -> String {
    if back.is_empty() {
        crate::router::href(&format!("/directory/{id}"))
    } else {
        crate::router::href(&format!("/directory/{id}?from={}", kindred_core::query_codec::encode(back)))
    }
}

/// A result card as HTML. `back` is the directory query to return to; `embedded` opens the
/// listing on the full site in a new tab (from a partner's iframe).
pub fn card_html(r: &Resource, open: bool, now: i64, back: &str, embedded: bool, saved: bool) -> String {
    format!(
        "<li class=\"card{}\"><div class=\"card__head\"><h3 class=\"card__title\"><a data-listing=\"{}\" href=\"{}\"{}>{}</a></h3>{}</div><div>{}</div></li>",
        if r.crisis { " card--crisis" } else { "" },
        esc(r.id),
        esc(&listing_href(r.id, back)),
        if embedded { " target=\"_blank\" rel=\"noopener noreferrer\"" } else { "" },
        esc(r.name),
        save_button_html(r.id, r.name, saved),
        card_body(r, open, &hours_text(r, now))
    )
}
