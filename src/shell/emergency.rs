//! "In immediate danger, call your emergency number first": at the top of every crisis listing,
//! the crisis filter and the not-found page. Every covered country's number is listed (on the
//! prerendered page, and without JavaScript, nobody's country is known); once the visitor's
//! region is known, its number stands out. The note keeps its layout either way, so nothing on
//! the page moves. [`CrisisLines`] does the same for every covered country's crisis line.

use leptos::prelude::*;

use kindred_core::links;
use kindred_core::model::{Contact, Region};

use super::region::use_region;
use crate::content::{Content, REGIONS};
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

/// Every covered region's crisis line to call, compactly: regions sharing a number share an
/// entry ("US·CA 988").
pub fn all_lines(content: Content) -> Vec<(Vec<Region>, &'static Contact)> {
    let mut out: Vec<(Vec<Region>, &'static Contact)> = Vec::new();
    for info in REGIONS {
        let Some(call) = content.crisis_line(info).and_then(|line| line.call()) else { continue };
        match out.iter_mut().find(|(_, c)| links::dial_digits(c.value) == links::dial_digits(call.value)) {
            Some((regions, _)) => regions.push(info.region),
            None => out.push((vec![info.region], call)),
        }
    }
    out
}

/// "Crisis lines: US·CA 988 · UK·IE 116 123 …", the visitor's own marked once it is known (the
/// not-found page, where nothing else of the page may be working).
#[component]
pub fn CrisisLines() -> impl IntoView {
    let t = use_strings();
    let visitor = use_region();
    view! {
        <p class="emergency-note emergency-note--lines">
            {t.shell.every_country}" "
            {all_lines(crate::content::use_content()).into_iter().map(|(regions, call)| {
                let names = regions.iter().map(|r| (t.shell.region_code)(*r)).collect::<Vec<_>>().join("·");
                let mine = move || visitor.region.get().is_some_and(|r| regions.contains(&r));
                view! {
                    <span class="emergency-note__region" class:is-mine=mine>{names.clone()}" "<a href=links::href(call)>{call.value}</a></span>
                }
            }).collect_view()}
        </p>
    }
}
