//! The site header (skip link, brand, main navigation) and footer.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use kindred_core::route::Route;

use super::language::LanguageSwitch;
use crate::i18n::use_strings;
use crate::saved::use_saved;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let base = crate::shell::base::use_base();
    let t = use_strings();
    let s = &t.shell;
    let saved = use_saved().saved;
    let count = move || {
        let n = saved.with(|s| s.items.len());
        if n > 0 {
            format!(" ({n})")
        } else {
            String::new()
        }
    };
    // A bare `#main` would resolve against `<base href>` (another page): name this page.
    let path = use_location().pathname;
    let skip = move || format!("{}#main", path.get());
    view! {
        <a class="skip-link" href=skip rel="external">{s.skip}</a>
        <header class="site-header">
            <div class="wrap site-header__inner">
                <A href=base.link(Route::Home) attr:class="brand" exact=true>
                    <span class="brand__mark" aria-hidden="true">"◠◡"</span>
                    <span class="brand__name">"Kindred"</span>
                </A>
                <nav aria-label=s.nav_label>
                    <ul class="nav-list">
                        <li><A href=base.link(Route::Directory)>{s.nav_find}</A></li>
                        <li><A href=base.link(Route::Choose)>{s.nav_choose}</A></li>
                        <li><A href=base.link(Route::Learn)>{s.nav_learn}</A></li>
                        <li><A href=base.link(Route::Saved)>{s.nav_saved}<span class="nav-count">{count}</span></A></li>
                        <li><A href=base.link(Route::Plan)>{s.nav_plan}</A></li>
                        <li><A href=base.link(Route::About)>{s.nav_about}</A></li>
                    </ul>
                </nav>
                // Not a place in the site but another language of it: beside the brand on phones
                // and tablets (the row it would otherwise take is screen the page needs), after
                // the links on wide screens.
                <LanguageSwitch/>
            </div>
        </header>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    let base = crate::shell::base::use_base();
    let t = use_strings();
    let s = &t.shell;
    view! {
        <footer class="site-footer">
            <div class="wrap">
                <p>{s.footer_privacy}" "<A href=base.link(Route::About)>{s.footer_privacy_link}</A></p>
                <p class="muted">{s.footer_not_emergency}</p>
            </div>
        </footer>
    }
}
