//! `/about`: the privacy promise, leaving quickly, where the facts come from, and how to report a
//! problem.

use leptos::prelude::*;
use leptos_router::components::A;
use wasm_bindgen::JsCast;

use kindred_core::route::Route;

use crate::content::{use_content, REPORT_EMAIL, VERSION};
use crate::shell::base::Link;
use crate::shell::page_meta::PageMeta;

#[component]
pub fn About() -> impl IntoView {
    let base = crate::shell::base::use_base();
    let a = crate::i18n::about_words();
    let listings = use_content().listings();
    let oldest = listings.iter().map(|r| r.oldest_verified()).min().map(|d| d.to_string()).unwrap_or_default();
    view! {
        <PageMeta title=a.title description=a.description/>
        <div class="wrap narrow prose-page">
            <h1 id="page-title">{a.heading}</h1>
            <p class="lead">{a.lead}</p>
            <h2>{a.privacy_title}</h2>
            <ul>{a.privacy_points.iter().map(|p| view! { <li>{*p}</li> }).collect_view()}</ul>
            <h2>{a.leaving_title}</h2>
            <p>{a.leaving_text}</p>
            <h2>{a.facts_title}</h2>
            <p>{(a.facts_text)(listings.len(), &oldest)}</p>
            <p>{a.open_data_before}" "<a href="directory.json" download>{a.open_data_link}</a>". "{a.open_data_after}</p>
            <p>{a.articles_note}</p>
            <h2>{a.report_title}</h2>
            <p>{a.report_text}" "<a href=format!("mailto:{REPORT_EMAIL}")>{REPORT_EMAIL}</a>"."</p>
            <h2>{a.not_emergency_title}</h2>
            <p>{a.not_emergency_text}" "<A href=base.link(Link::to(Route::Directory).query("crisis=yes"))>{a.crisis_elsewhere}</A>"."</p>
            <h2>{a.offline_title}</h2>
            <p>{a.offline_text}</p>
            <OfflineEverything/>
            <p class="muted small">{a.version}" "{VERSION}</p>
        </div>
    }
}

/// Where "Make everything available offline" stands on this device.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Everything {
    /// Not asked yet (or no worker controls the page yet).
    Offered,
    Storing,
    Stored,
    Failed,
    /// No service worker here (a private window, a sandboxed frame, plain http).
    Unavailable,
}

/// "Make everything available offline": asks the service worker (`public/sw.js`) to store every
/// file of the build, and shows what it answers. The worker is asked first whether it already has.
#[component]
fn OfflineEverything() -> impl IntoView {
    let a = crate::i18n::about_words();
    let state = RwSignal::new(Everything::Offered);
    let client = crate::shell::client::use_client();
    let listener = StoredValue::new_local(None::<gloo_events::EventListener>);
    Effect::new(move || {
        if !client.ready.get() {
            return;
        }
        let Some(container) = crate::shell::pwa::container() else {
            state.set(Everything::Unavailable);
            return;
        };
        listener.set_value(Some(gloo_events::EventListener::new(&container, "message", move |event| {
            let answer = event.dyn_ref::<web_sys::MessageEvent>().and_then(|m| m.data().as_string()).unwrap_or_default();
            match answer.as_str() {
                "kindred:everything-stored" => state.set(Everything::Stored),
                "kindred:everything-failed" => state.set(Everything::Failed),
                _ => {}
            }
        })));
        // Only a worker already in control answers: a first visit's isn't installed yet.
        if container.controller().is_some() {
            leptos::task::spawn_local(async {
                crate::shell::pwa::tell_worker("kindred:everything?").await;
            });
        }
    });
    let store = move |_| {
        state.set(Everything::Storing);
        leptos::task::spawn_local(async move {
            if !crate::shell::pwa::tell_worker("kindred:everything").await {
                state.set(Everything::Unavailable);
            }
        });
    };
    view! {
        <p>
            <button type="button" class="button" id="offline-everything" on:click=store
                disabled=move || matches!(state.get(), Everything::Storing | Everything::Stored | Everything::Unavailable)>
                {a.offline_button}
            </button>
        </p>
        <p id="offline-everything-status" role="status" aria-live="polite">
            {move || match state.get() {
                Everything::Offered => "",
                Everything::Storing => a.offline_storing,
                Everything::Stored => a.offline_stored,
                Everything::Failed => a.offline_failed,
                Everything::Unavailable => a.offline_unavailable,
            }}
        </p>
    }
}
