//! The safety bar at the top of every page: quick exit, "leave and clear", and the crisis line.
//! It is part of every prerendered page, so it works before the app runs and without JavaScript
//! (the quick-exit link is a plain link to the neutral site), and it stays after a crash.

use leptos::prelude::*;
use leptos_router::components::A;

use super::client::use_client;
use super::quick_exit::{exit_now, ExitStatus, NEUTRAL_URL};
use crate::i18n::use_strings;
use crate::saved::use_saved;

#[component]
pub fn SafetyBar() -> impl IntoView {
    let base = crate::shell::base::use_base();
    let t = use_strings();
    let s = &t.shell;
    let saved = use_saved();
    let client = use_client();
    let status = expect_context::<ExitStatus>().0;
    let leave_and_clear = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        saved.clear_everything();
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
            <a id="leave-clear" class="leave-clear" class:is-ready=move || client.ready.get() href=NEUTRAL_URL
                rel="nofollow noreferrer" on:click=leave_and_clear>
                {s.leave_clear}<span class="wide-only">{s.leave_clear_wide}</span>
            </a>
            <p class="crisis-bar" id="crisis-bar">
                <span class="crisis-bar__lead"><span class="wide-only">{s.in_crisis}</span>"US: "</span>
                <a class="crisis-bar__action" href="tel:988">{s.call}" 988"</a>
                <a class="crisis-bar__action" href="sms:988">{s.text}" 988"</a>
                <A attr:class="crisis-bar__other" href=base.href("/directory?crisis=yes")>{s.other_countries}</A>
            </p>
            <div id="quick-exit-status" class="visually-hidden" role="status" aria-live="polite">
                {move || status.get().map(s.shift_remaining)}
            </div>
        </div>
    }
}
