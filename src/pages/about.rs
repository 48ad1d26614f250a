//! `/about`: the privacy promise, leaving quickly, where the facts come from, and how to report a
//! problem.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::content::{use_content, REPORT_EMAIL, VERSION};
use crate::i18n::use_strings;
use crate::shell::page_meta::PageMeta;

#[component]
pub fn About() -> impl IntoView {
    let base = crate::shell::base::use_base();
    let t = use_strings();
    let a = &t.about;
    let resources = use_content().resources();
    let oldest = resources.iter().map(|r| r.oldest_verified()).min().map(|d| d.to_string()).unwrap_or_default();
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
            <p>{(a.facts_text)(resources.len(), &oldest)}</p>
            <p>{a.open_data_before}" "<a href="directory.json" download>{a.open_data_link}</a>". "{a.open_data_after}</p>
            <p>{a.articles_note}</p>
            <h2>{a.report_title}</h2>
            <p>{a.report_text}" "<a href=format!("mailto:{REPORT_EMAIL}")>{REPORT_EMAIL}</a>"."</p>
            <h2>{a.not_emergency_title}</h2>
            <p>{a.not_emergency_text}" "<a href="tel:988">"988"</a>" "{a.any_time}" "<A href=base.href("/directory?crisis=yes")>{a.crisis_elsewhere}</A>"."</p>
            <p class="muted small">{a.version}" "{VERSION}</p>
        </div>
    }
}
