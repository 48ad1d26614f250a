//! The `App`: the shared shell and the page for the current route.
//!
//! | path               | page                          |
//! |--------------------|-------------------------------|
//! | `/`                | `pages::home`                 |
//! | `/directory`       | `pages::directory` (search)   |
//! | `/directory/:id`   | `pages::resource` (one entry) |
//! | `/learn`           | `pages::learn` (index)        |
//! | `/learn/:slug`     | `pages::article`              |
//! | `/about`           | `pages::about`                |
//! | `/saved`           | `pages::saved`                |
//! | `/embed`           | `pages::embed_builder`        |
//! | `/embed/directory` | `pages::directory`, embedded  |
//! | `/embed/learn/:slug` | `pages::article`, embedded  |
//! | anything else      | `pages::not_found`            |
//!
//! Routes are parsed by `kindred_core::route`; `/saved` (bookmarks) and `/embed/…` (partner
//! iframes) are the next ones to add there and here.

use leptos::prelude::*;

use kindred_core::route::Route;

use crate::pages::directory::DirectoryPageProps;
use crate::pages::embed_builder::EmbedBuilder;
use crate::pages::saved::SavedPage;
use crate::pages::{
    about::About, article::ArticlePage, directory::DirectoryPage, home::Home, learn::Learn, not_found::NotFound, resource::ResourcePage,
};
use crate::saved::button::SavedNotice;
use crate::shell::embed::EmbedFooter;
use crate::shell::nav::{SiteFooter, SiteHeader};
use crate::shell::pwa::StatusBanners;
use kindred_core::embed::EmbedOptions;

#[component]
pub fn App() -> impl IntoView {
    let location = crate::router::install();
    let pwa = crate::shell::pwa::start();
    crate::saved::state::start();
    crate::shell::quick_exit::enable_leave_and_clear();
    let route = Memo::new(move |_| location.with(|l| Route::parse(&l.path)));
    focus_on_navigate(route);
    // Partner iframes: options come from the URL the partner embedded.
    let embedded = route.get_untracked().is_embedded();
    let embed_options = embedded.then(|| location.with_untracked(|l| EmbedOptions::parse(&l.search)));
    if let Some(options) = &embed_options {
        crate::shell::embed::apply(options);
        crate::shell::embed::post_height_changes();
    }
    let page = move || match route.get() {
        Route::Home => Home().into_any(),
        Route::Directory => DirectoryPage(DirectoryPageProps { embed: None }).into_any(),
        Route::EmbedDirectory => DirectoryPage(DirectoryPageProps { embed: embed_options.clone() }).into_any(),
        Route::EmbedArticle(slug) => ArticlePage(ArticlePageProps { slug }).into_any(),
        Route::EmbedBuilder => EmbedBuilder().into_any(),
        Route::Resource(id) => ResourcePage(ResourcePageProps { id }).into_any(),
        Route::Learn => Learn().into_any(),
        Route::Article(slug) => ArticlePage(ArticlePageProps { slug }).into_any(),
        Route::About => About().into_any(),
        Route::Saved => SavedPage().into_any(),
        Route::NotFound => NotFound().into_any(),
    };
    view! {
        {(!embedded).then(|| view! { <SiteHeader route/> })}
        <StatusBanners state=pwa/>
        <SavedNotice/>
        <main id="main" tabindex="-1">{page}</main>
        {if embedded { view! { <EmbedFooter/> }.into_any() } else { view! { <SiteFooter/> }.into_any() }}
    }
}

use crate::pages::article::ArticlePageProps;
use crate::pages::resource::ResourcePageProps;

/// After navigating to another page (not a query change on the same page), moves focus to
/// `<main>` and scrolls to the top, so keyboard and screen-reader users start at the new content.
fn focus_on_navigate(route: Memo<Route>) {
    Effect::new(move |previous: Option<Route>| {
        let now = route.get();
        if previous.is_some_and(|p| p != now) && crate::router::location().with_untracked(|l| l.hash.is_empty()) {
            crate::browser::focus("main");
            if let Some(w) = crate::browser::window() {
                w.scroll_to_with_x_and_y(0.0, 0.0);
            }
        }
        now
    });
}
