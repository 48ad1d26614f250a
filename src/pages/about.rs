//! `/about`: the privacy promise, where the facts come from, and how to report a problem.

use leptos::prelude::*;

use crate::content::{REPORT_EMAIL, RESOURCES, VERSION};
use crate::shell::page_meta;
use crate::shell::static_html::{esc, page, rebase};

#[component]
pub fn About() -> impl IntoView {
    page_meta::set("About and privacy", "Kindred's privacy promise, where its facts come from, and how to report a problem.");
    let oldest = RESOURCES.iter().map(|r| r.oldest_verified()).min().map(|d| d.to_string()).unwrap_or_default();
    let html = format!(
        r#"<h1 id="page-title">About Kindred</h1>
<p class="lead">Kindred helps people who feel nobody gets it find peers who do.</p>
<h2>Our privacy promise</h2>
<ul>
<li>Everything happens on your device. What you type, the filters you pick and anything you save never leave it.</li>
<li>Kindred makes no requests to any other website: no analytics, no trackers, no ads, no fonts from elsewhere.</li>
<li>The only time you leave Kindred is when you choose to: tapping a website or chat link, or the “Leave this site” button.</li>
</ul>
<h2>Leaving quickly</h2>
<p>The “Leave this site” button at the top of every page, or pressing Shift three times, hides this page at once and opens a weather page in its place. It replaces this page in your history, so Back doesn't return here, but other Kindred pages you opened before it in the same tab can still be reached with Back. It can't clear your browser's history or protect against someone monitoring your device. A private or incognito window leaves fewer traces. “Leave and clear saved items” also removes everything Kindred saved on this device.</p>
<h2>Where the facts come from</h2>
<p>The directory lists {count} services. Every phone number, text keyword and web address shows the page it came from and the date we checked it. If we can't confirm a detail, we leave it out. The oldest check in this version is from {oldest}.</p>
<p>The directory is open data: <a href="/directory.json" download>download it as JSON</a>. Its format is modelled on the Open Referral Human Services Data Specification.</p>
<p>Articles are written in plain language and list their sources at the end.</p>
<h2>Report a problem</h2>
<p>Each listing has a “report a problem” link. You can also email <a href="mailto:{email}">{email}</a>.</p>
<h2>Not an emergency service</h2>
<p>Kindred is a guide, not a service. If you are in danger, call your local emergency number. In the US, call or text <a href="tel:988">988</a> any time. <a href="/directory?crisis=yes">Crisis lines elsewhere</a>.</p>
<p class="muted small">Version {version}</p>"#,
        count = RESOURCES.len(),
        oldest = esc(&oldest),
        email = esc(REPORT_EMAIL),
        version = esc(VERSION),
    );
    page("wrap narrow prose-page", rebase(&html))
}
