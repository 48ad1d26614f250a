//! Any unknown path: a friendly page that keeps the crisis line and a way home.

use leptos::prelude::*;

use crate::shell::page_meta;
use crate::shell::static_html::{page, rebase};

const HTML: &str = r#"<h1 id="page-title">We couldn't find that page</h1>
<p class="lead">The link may be old or mistyped. Nothing is wrong on your side.</p>
<section class="callout callout--crisis" aria-labelledby="nf-help"><h2 id="nf-help">If you need help now</h2>
<p>In the US, call or text <a href="tel:988">988</a> any time. <a href="/directory?crisis=yes">Crisis lines in other countries</a>.</p></section>
<p><a href="/">Go to the home page</a> · <a href="/directory">Find support</a></p>"#;

#[component]
pub fn NotFound() -> impl IntoView {
    page_meta::set("Page not found", "This page doesn't exist. Find peer support or a crisis line from Kindred's home page.");
    page("wrap narrow", rebase(HTML))
}
