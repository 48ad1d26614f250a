//! Any unknown path: a friendly page that keeps the crisis line and a way home.

use leptos::prelude::*;
use leptos_router::components::A;

use kindred_core::route::Route;

use crate::i18n::use_strings;
use crate::shell::base::Link;
use crate::shell::page_meta::PageMeta;

#[component]
pub fn NotFound() -> impl IntoView {
    let base = crate::shell::base::use_base();
    let t = use_strings();
    let n = &t.not_found;
    view! {
        <PageMeta title=n.title description=n.description no_alternates=true/>
        <div class="wrap narrow">
            <h1 id="page-title">{n.heading}</h1>
            <p class="lead">{n.lead}</p>
            <section class="callout callout--crisis" aria-labelledby="nf-help">
                <h2 id="nf-help">{n.help_title}</h2>
                <crate::shell::emergency::EmergencyNote/>
                <crate::shell::emergency::CrisisLines/>
                <p>{n.help_text}" "<A href=base.link(Link::to(Route::Directory).query("crisis=yes"))>{n.help_other}</A>"."</p>
            </section>
            <p><A href=base.link(Route::Home)>{n.home}</A>" · "<A href=base.link(Route::Directory)>{n.find}</A></p>
        </div>
    }
}
