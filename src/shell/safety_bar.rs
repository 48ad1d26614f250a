//! The safety bar at the top of every page: quick exit, "leave and clear", and the crisis line.
//! It is part of every prerendered page, so it works before the app runs and without JavaScript
//! (the quick-exit link is a plain link to the neutral site), and it stays after a crash.
//!
//! Until the visitor's region is known (on the prerendered page, without JavaScript) the bar
//! lists every covered country's crisis line; then it shows the visitor's own crisis line and
//! emergency number, with a one-tap picker to change country.

use leptos::prelude::*;
use leptos_router::components::A;

use kindred_core::links;
use kindred_core::model::{Region, RegionInfo};
use kindred_core::route::Route;

use super::base::Link;
use super::client::use_client;
use super::quick_exit::{exit_now, ExitStatus, NEUTRAL_URL};
use super::region::{use_region, VisitorRegion};
use crate::content::{use_content, Content, REGIONS};
use crate::i18n::use_strings;

#[component]
pub fn SafetyBar() -> impl IntoView {
    let t = use_strings();
    let s = &t.shell;
    let client = use_client();
    let status = expect_context::<ExitStatus>().0;
    let owner = Owner::current();
    let leave_and_clear = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        // The contexts are read in the app's owner (an event handler runs outside it).
        match &owner {
            Some(owner) => owner.with(crate::saved::store::clear_everything),
            None => crate::saved::store::clear_everything(),
        }
        exit_now();
    };
    view! {
        <div class="safety-bar">
            <a id="quick-exit" class="quick-exit" href=NEUTRAL_URL rel="nofollow noreferrer"
                on:click=|ev| { ev.prevent_default(); exit_now(); }>
                <span class="visually-hidden">{s.exit_prefix}</span>{s.exit}
                <span class="quick-exit__hint" aria-hidden="true">{s.exit_hint}</span>
            </a>
            // Needs the app to clear anything: its place is kept, but it is shown (and reachable)
            // only once the app runs.
            <a id="leave-clear" class="leave-clear needs-js" class:is-ready=move || client.ready.get() href=NEUTRAL_URL
                rel="nofollow noreferrer" on:click=leave_and_clear>
                // One flex item, so the space before the wide screens' words stays.
                <span>{s.leave_clear}<span class="wide-only">{s.leave_clear_wide}</span></span>
            </a>
            <CrisisBar/>
            <div id="quick-exit-status" class="visually-hidden" role="status" aria-live="polite">
                {move || status.get().map(s.shift_remaining)}
            </div>
        </div>
    }
}

/// Every covered region's crisis line, compactly: regions sharing a number share an entry.
fn all_lines(content: Content) -> Vec<(Vec<Region>, &'static kindred_core::model::Contact)> {
    let mut out: Vec<(Vec<Region>, &'static kindred_core::model::Contact)> = Vec::new();
    for info in REGIONS {
        let Some(call) = content.crisis_line(info).and_then(|line| line.call()) else { continue };
        match out.iter_mut().find(|(_, c)| links::dial_digits(c.value) == links::dial_digits(call.value)) {
            Some((regions, _)) => regions.push(info.region),
            None => out.push((vec![info.region], call)),
        }
    }
    out
}

#[component]
fn CrisisBar() -> impl IntoView {
    let visitor = use_region();
    // Every country's lines stay in place, hidden by the stylesheet once the visitor's own line is
    // drawn over them (before them in the document, for the sibling selector), so the bar never
    // gets shorter when the app fills it in.
    view! {
        <p class="crisis-bar" id="crisis-bar">
            {move || visitor.info().map(|info| view! {
                <CrisisRow which="crisis-bar__mine"><RegionLine info/><RegionPicker visitor/></CrisisRow>
            }.into_any())}
            <CrisisRow which="crisis-bar__all"><AllLines/></CrisisRow>
        </p>
    }
}

/// One wrapping row of the bar: "In crisis?", its `children`, then the way to other countries'
/// lines (last, so on phones the visitor's line fits the room the stylesheet keeps for it).
#[component]
fn CrisisRow(which: &'static str, children: Children) -> impl IntoView {
    let s = &use_strings().shell;
    let other = crate::shell::base::use_base().link(Link::to(Route::Directory).query("crisis=yes"));
    view! {
        <span class=format!("crisis-bar__row {which}")>
            <span class="crisis-bar__lead wide-only">{s.in_crisis}</span>
            {children()}
            <A attr:class="crisis-bar__other" href=other>{s.other_countries}</A>
        </span>
    }
}

/// The visitor's own crisis line and emergency number.
#[component]
fn RegionLine(info: &'static RegionInfo) -> impl IntoView {
    let t = use_strings();
    let emergency = info.emergency.first();
    let name = (t.shell.region_short)(info.region);
    let code = Some((t.shell.region_code)(info.region)).filter(|c| !c.is_empty()).unwrap_or(name);
    view! {
        // On phones the country's code ("AU", as in every country's row), so that its line fits
        // the bar's room and the page doesn't move when it appears; screen readers hear the
        // name at every width.
        <span class="crisis-bar__region">
            <span class="crisis-bar__name">{name}</span>
            <span class="crisis-bar__code" aria-hidden="true">{code}</span>
            ": "
        </span>
        {use_content().crisis_line(info).map(|line| line.contacts).unwrap_or_default().into_iter().map(|c| view! {
            <a class="crisis-bar__action" href=links::href(c)>{(t.shell.contact_short)(c.kind)}" "{c.value}</a>
        }).collect_view()}
        {emergency.map(|e| view! {
            <a class="crisis-bar__action crisis-bar__emergency" href=format!("tel:{}", e.number)>{t.shell.emergency}" "{e.number}</a>
        })}
    }
}

/// Every covered country's crisis line (before the region is known, and without JavaScript).
#[component]
fn AllLines() -> impl IntoView {
    let t = use_strings();
    view! {
        {all_lines(use_content()).into_iter().map(|(regions, call)| {
            let names = regions.iter().map(|r| (t.shell.region_code)(*r)).collect::<Vec<_>>().join("·");
            view! {
                <span class="crisis-bar__line">{names}" "<a class="crisis-bar__action" href=links::href(call)>{call.value}</a></span>
            }
        }).collect_view()}
    }
}

/// "Change country": one tap, remembered on this device.
#[component]
fn RegionPicker(visitor: VisitorRegion) -> impl IntoView {
    let t = use_strings();
    let value = move || visitor.region.get().map(|r| r.slug()).unwrap_or("");
    let on_change = move |ev: leptos::ev::Event| visitor.choose(Region::from_slug(&event_target_value(&ev)));
    view! {
        <label class="visually-hidden" for="region-pick">{t.shell.your_country}</label>
        <select id="region-pick" class="region-pick" prop:value=value on:change=on_change>
            {REGIONS.iter().map(|i| view! { <option value=i.region.slug()>{t.label(i.region)}</option> }).collect_view()}
            <option value=Region::International.slug()>{t.shell.somewhere_else}</option>
        </select>
    }
}
