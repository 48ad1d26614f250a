//! The site navigation (skip link, brand, main links) and footer.

use crate::router::href;
use kindred_core::route::Route;
use leptos::prelude::*;

#[component]
pub fn SiteHeader(route: Memo<Route>) -> impl IntoView {
    let saved = crate::saved::state::use_saved().saved;
    let current = move |section: &'static str| {
        move || {
            let here = match route.get() {
                Route::Directory | Route::Resource(_) => "directory",
                Route::Learn | Route::Article(_) => "learn",
                Route::About => "about",
                Route::Saved => "saved",
                _ => "",
            };
            (here == section).then_some("page")
        }
    };
    view! {
        <a class="skip-link" href="#main" rel="external">"Skip to content"</a>
        <header class="site-header">
            <div class="wrap site-header__inner">
                <a href=href("/") class="brand">
                    <span class="brand__mark" aria-hidden="true">"◠◡"</span>
                    <span class="brand__name">"Kindred"</span>
                </a>
                <nav aria-label="Main">
                    <ul class="nav-list">
                        <li><a href=href("/directory") aria-current=current("directory")>"Find support"</a></li>
                        <li><a href=href("/learn") aria-current=current("learn")>"Learn"</a></li>
                        <li><a href=href("/saved") aria-current=current("saved")>"Saved"
                            <span class="nav-count">{move || { let n = saved.with(|s| s.items.len()); if n > 0 { format!(" ({n})") } else { String::new() } }}</span>
                        </a></li>
                        <li><a href=href("/about") aria-current=current("about")>"About"</a></li>
                    </ul>
                </nav>
            </div>
        </header>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="wrap">
                <p>
                    "Kindred runs entirely on your device: what you search, filter or save never leaves it. "
                    <a href=href("/about")>"Privacy and sources"</a>
                </p>
                <p class="muted">
                    "Kindred is not an emergency service. If you are in danger, call your local emergency number."
                </p>
            </div>
        </footer>
    }
}
