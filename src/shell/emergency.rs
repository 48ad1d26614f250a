//! "In immediate danger, call <the emergency number> first": at the top of every crisis listing,
//! the crisis filter and the not-found page. The visitor's region's number once it is known;
//! until then (and without JavaScript) every covered country's.

use leptos::prelude::*;

use super::region::{info_of, use_region};
use crate::content::REGIONS;
use crate::i18n::use_strings;

#[component]
pub fn EmergencyNote() -> impl IntoView {
    let t = use_strings();
    let visitor = use_region();
    view! {
        <p class="emergency-note" role="note">
            {move || match visitor.region.get().and_then(info_of).and_then(|i| i.emergency.first()) {
                Some(e) => view! {
                    {(t.shell.danger_one)(e.number)}" "<a href=format!("tel:{}", e.number)>{t.shell.emergency}" "{e.number}</a>
                }.into_any(),
                None => view! {
                    {t.shell.danger_all}" "
                    {REGIONS.iter().map(|i| {
                        let numbers = i.emergency.iter().map(|e| view! { <a href=format!("tel:{}", e.number)>{e.number}</a>" " }).collect_view();
                        view! { <span class="emergency-note__region">{(t.shell.region_short)(i.region)}" "{numbers}</span> }
                    }).collect_view()}
                }.into_any(),
            }}
        </p>
    }
}
