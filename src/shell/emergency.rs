//! "In immediate danger, call your emergency number first": at the top of every crisis listing,
//! the crisis filter and the not-found page. Every covered country's number is listed (on the
//! prerendered page, and without JavaScript, nobody's country is known); once the visitor's
//! region is known, its number stands out. The note keeps its layout either way, so nothing on
//! the page moves.

use leptos::prelude::*;

use super::region::use_region;
use crate::content::REGIONS;
use crate::i18n::use_strings;

#[component]
pub fn EmergencyNote() -> impl IntoView {
    let t = use_strings();
    let visitor = use_region();
    view! {
        <p class="emergency-note" role="note">
            {t.shell.danger_all}" "
            {REGIONS.iter().map(|info| {
                let numbers = info.emergency.iter().map(|e| view! { " "<a href=format!("tel:{}", e.number)>{e.number}</a> }).collect_view();
                let mine = move || visitor.region.get() == Some(info.region);
                view! {
                    <span class="emergency-note__region" class:is-mine=mine>{(t.shell.region_code)(info.region)}{numbers}</span>
                }
            }).collect_view()}
        </p>
    }
}
