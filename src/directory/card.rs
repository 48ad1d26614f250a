//! A result card: what it is, who answers, whether it's open, and one-tap contacts.

use leptos::prelude::*;

use kindred_core::model::{Resource, Schedule, Status};
use kindred_core::schedule;

use super::contacts::contacts_html;
use crate::saved::button::SaveButton;
use crate::shell::static_html::esc;
use kindred_core::bookmarks::ItemKind;

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

#[component]
pub fn ResultCard(
    resource: &'static Resource,
    open: bool,
    #[prop(into)] back: Signal<String>,
    /// In a partner's iframe the listing opens on the full site, in a new tab.
    #[prop(optional)]
    embedded: bool,
) -> impl IntoView {
    let r = resource;
    let href = move || {
        let back = back.get();
        if back.is_empty() {
            format!("/directory/{}", r.id)
        } else {
            format!("/directory/{}?from={}", r.id, kindred_core::query_codec::encode(&back))
        }
    };
    let hours = hours_text(r, crate::browser::now_seconds());
    view! {
        <li class="card" class:card--crisis=r.crisis>
            <div class="card__head">
                <h3 class="card__title">
                    <a href=move || crate::router::href(&href()) target=embedded.then_some("_blank") rel=embedded.then_some("noopener noreferrer")>{r.name}</a>
                </h3>
                <SaveButton kind=ItemKind::Resource id=r.id name=r.name/>
            </div>
            <div inner_html=card_body(r, open, &hours)></div>
        </li>
    }
}
