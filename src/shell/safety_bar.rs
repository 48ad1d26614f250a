//! The safety bar at the top of every page: quick exit, "leave and clear", and the crisis line.
//! It is part of every prerendered page, so it works before the app runs and without JavaScript
//! (the quick-exit link is a plain link to the neutral site), and it stays after a crash.
//!
//! Until the visitor's region is known (on the prerendered page, without JavaScript) the bar
//! lists every covered country's crisis line; then it shows the visitor's own crisis line and
//! emergency number, with a one-tap picker to change country.
//!
//! On phones (the stylesheet's `40rem`) the sticky part is one row: [`HelpNow`] and quick exit.
//! The rest ("leave and clear", the crisis lines, the emergency numbers) is [`MoreHelp`], which
//! phones show in the page's flow below that row, folded until it is asked for; on wider screens
//! the stylesheet lays the same elements out in the bar (the row and the fold draw no box of
//! their own there), so each is in the page once.

use leptos::html;
use leptos::prelude::*;
use leptos_router::components::A;

use kindred_core::links;
use kindred_core::model::{Region, RegionInfo};
use kindred_core::route::Route;

use super::base::Link;
use super::client::use_client;
use super::emergency::{all_lines, EmergencyNote};
use super::quick_exit::{exit_now, ExitStatus, NEUTRAL_URL};
use super::region::{info_of, use_region, VisitorRegion};
use crate::content::use_content;
use crate::i18n::use_strings;

/// The id of [`MoreHelp`], which [`HelpNow`] links to before it knows the visitor's line.
const MORE_HELP: &str = "crisis-lines";

#[component]
pub fn SafetyBar() -> impl IntoView {
    let t = use_strings();
    let s = &t.shell;
    let status = expect_context::<ExitStatus>().0;
    let more_open = RwSignal::new(false);
    let more = NodeRef::<html::Section>::new();
    view! {
        <div class="safety-bar">
            <div class="safety-bar__row">
                <HelpNow more_open more/>
                <a id="quick-exit" class="quick-exit" href=NEUTRAL_URL rel="nofollow noreferrer"
                    on:click=|ev| { ev.prevent_default(); exit_now(); }>
                    <span class="visually-hidden">{s.exit_prefix}</span>{s.exit}
                    <span class="quick-exit__hint" aria-hidden="true">{s.exit_hint}</span>
                </a>
            </div>
            <MoreHelp open=more_open node=more>
                <LeaveClear/>
                <CrisisBar/>
                <EmergencyNote/>
            </MoreHelp>
            <div id="quick-exit-status" class="visually-hidden" role="status" aria-live="polite">
                {move || status.get().map(s.shift_remaining)}
            </div>
        </div>
    }
}

/// "Leave and clear": removes what Kindred kept on this device, then leaves. It needs the app to
/// clear anything: its place is kept, but it is shown (and reachable) only once the app runs.
#[component]
fn LeaveClear() -> impl IntoView {
    let s = &use_strings().shell;
    let client = use_client();
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
        <a id="leave-clear" class="leave-clear needs-js" class:is-ready=move || client.ready.get() href=NEUTRAL_URL
            rel="nofollow noreferrer" on:click=leave_and_clear>
            {s.leave_clear}{s.leave_clear_wide}
        </a>
    }
}

/// Phones' "Get help now": one tap calls the visitor's own crisis line once it is known; until
/// then (and for a visitor outside the covered countries) it opens [`MoreHelp`], every country's
/// line and the picker, by a link to it that works without the app too. Its box is the same in
/// both cases (two one-line rows), so the page doesn't move when the line is learnt.
#[component]
fn HelpNow(more_open: RwSignal<bool>, more: NodeRef<html::Section>) -> impl IntoView {
    let s = &use_strings().shell;
    let visitor = use_region();
    let content = use_content();
    let call = move || visitor.info().and_then(|info| content.crisis_line(info)).and_then(|line| line.call());
    let href = move || call().map(links::href).unwrap_or_else(|| format!("#{MORE_HELP}"));
    // The number alone under the words ("Call" is heard, not shown: the row is narrow).
    let line = move || match call() {
        Some(c) => view! { <span class="visually-hidden">{(s.contact_short)(c.kind)}" "</span>{c.value} }.into_any(),
        None => s.help_lines.into_any(),
    };
    let open_more = move |ev: leptos::ev::MouseEvent| {
        if call().is_some() {
            return;
        }
        // The app opens it (the stylesheet's `:target` does without the app) and takes focus
        // there, so the next tab or swipe reads the lines.
        ev.prevent_default();
        more_open.set(true);
        if let Some(section) = more.get_untracked() {
            let _ = section.focus();
        }
    };
    view! {
        <a class="help-now" href=href on:click=open_more>
            <span class="help-now__lead">{s.help_now}</span>
            <span class="help-now__line">{line}</span>
        </a>
    }
}

/// Phones' fold below the sticky row: its `children` (the rest of the bar) under a heading that
/// unfolds them. Folded, it is one row; the heading (or [`HelpNow`] before the line is known)
/// unfolds it, with the app or without it (`:target`). What the app learns about the visitor
/// changes only what is inside, so a folded section never moves the page.
#[component]
fn MoreHelp(open: RwSignal<bool>, node: NodeRef<html::Section>, children: Children) -> impl IntoView {
    let s = &use_strings().shell;
    // Unfolded by a link before the app ran (`:target`, which the app's own state then takes over).
    let client = use_client();
    let hash = leptos_router::hooks::use_location().hash;
    Effect::new(move || {
        if client.ready.get() && hash.get_untracked() == format!("#{MORE_HELP}") {
            open.set(true);
        }
    });
    let toggle = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        open.update(|o| *o = !*o);
    };
    view! {
        <section id=MORE_HELP class="more-help" class:is-open=move || open.get() node_ref=node tabindex="-1"
            aria-labelledby="more-help-title">
            <p class="more-help__head">
                <a id="more-help-title" href=format!("#{MORE_HELP}") aria-controls="more-help-body"
                    aria-expanded=move || open.get().to_string() on:click=toggle>{s.more_help}</a>
            </p>
            <div id="more-help-body" class="more-help__body">{children()}</div>
        </section>
    }
}

#[component]
fn CrisisBar() -> impl IntoView {
    let visitor = use_region();
    let client = use_client();
    // Every country's lines stay in place, hidden by the stylesheet once the visitor's own line is
    // drawn over them (before them in the document, for the sibling selector), so the bar never
    // gets shorter when the app fills it in.
    view! {
        <p class="crisis-bar" id="crisis-bar">
            {move || visitor.info().map(|info| view! {
                <CrisisRow which="crisis-bar__mine"><RegionLine info/><RegionPicker visitor id="region-pick"/></CrisisRow>
            }.into_any())}
            <CrisisRow which="crisis-bar__all">
                <AllLines/>
                // Its place is kept from the start; it shows once the app runs (the picker is the
                // app's), for a visitor whose country it doesn't know yet.
                <span class="crisis-bar__pick needs-js" class:is-ready=move || client.ready.get()>
                    <RegionPicker visitor id="region-pick-all"/>
                </span>
            </CrisisRow>
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
            <span class="crisis-bar__lead">{s.in_crisis}</span>
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
    view! {
        <span class="crisis-bar__region">{(t.shell.region_short)(info.region)}": "</span>
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
fn RegionPicker(visitor: VisitorRegion, id: &'static str) -> impl IntoView {
    let t = use_strings();
    let value = move || visitor.region.get().map(|r| r.slug()).unwrap_or("");
    let on_change = move |ev: leptos::ev::Event| visitor.choose(Region::from_slug(&event_target_value(&ev)));
    view! {
        <label class="visually-hidden" for=id>{t.shell.your_country}</label>
        <select id=id class="region-pick" prop:value=value on:change=on_change>
            <option value="">{t.shell.your_country}</option>
            {t.regions_by_name().iter().filter(|r| info_of(**r).is_some()).map(|r| view! { <option value=r.slug()>{t.label(*r)}</option> }).collect_view()}
            <option value=Region::International.slug()>{t.shell.somewhere_else}</option>
        </select>
    }
}
