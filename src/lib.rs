//! Kindred, the app: Leptos components over the pure core in `kindred-core`, prerendered for
//! every route at build time (`crates/prerender`, the `ssr` feature) and hydrated in the browser
//! (the `hydrate` feature).
//!
//! - [`App`]: the router, the route table and the contexts provided once.
//! - [`shell`]: what every page shares (safety bar, header, footer, notices, page metadata,
//!   embed chrome) and the contexts only the browser fills in (client clock, PWA status).
//! - [`pages`]: one component per route, drawing the state it is given.
//! - [`directory`]: the search index for the app, the directory page's state and its parts.
//! - [`saved`]: the saved list and the plan (kept documents, shared context, the Save button).
//! - [`i18n`]: every user-visible string, one table per language.
//! - [`content`]: the page's language's articles and listings (a data file built from
//!   `content/`, fetched as the app starts) and the covered regions.
//! - [`browser`]: checked browser helpers (neutral on the host, where pages are prerendered).
//! - [`web_storage`]: `localStorage` as the core's storage port (the saved list, the plan, and
//!   the shell's remembered country and language).

#![recursion_limit = "256"]

pub mod browser;
pub mod content;
pub mod directory;
pub mod i18n;
pub mod pages;
pub mod saved;
pub mod shell;
pub mod web_storage;

use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::hooks::use_location;
use leptos_router::path;

use kindred_core::lang::Lang;

use leptos_router::Lazy;

use crate::pages::lazy::{AboutRoute, ChooseRoute, DirectoryRoute, EmbedBuilderRoute, ListingRoute, PlanRoute, SavedRoute};
use crate::pages::{article::ArticlePage, home::Home, learn::Learn, not_found::NotFound};
use crate::shell::base::{use_base, Base};
use crate::shell::embed::{is_embed_path, EmbedFooter};
use crate::shell::language::LanguageSuggestion;
use crate::shell::nav::{SiteFooter, SiteHeader};
use crate::shell::notice::SavedNotice;
use crate::shell::pwa::StatusBanners;
use crate::shell::safety_bar::SafetyBar;

/// What the app is given from outside: where it is deployed, in which language, and the
/// content it shows (the shipped bundle, or one with synthetic listings in benchmark builds).
#[derive(Clone, Copy)]
pub struct Config {
    pub base: Base,
    pub content: content::Content,
    /// The words of the content's language (`i18n::strings` on the host, `i18n::load` in the
    /// browser, where Spanish is a chunk of its own).
    pub strings: &'static i18n::Strings,
    /// Whether the first render must match prerendered HTML (prerendering, hydrating, and
    /// component tests). When the app mounts on an empty root instead, it starts as a running
    /// page (see [`shell::client::Client::ready`]).
    pub hydrating: bool,
}

impl Config {
    pub fn new(root: &'static str, content: content::Content, strings: &'static i18n::Strings) -> Config {
        Config { base: Base::new(root, content.lang()), content, strings, hydrating: true }
    }
}

/// The contexts the whole app shares, provided once (by [`App`], and by component tests).
pub fn provide_contexts(config: Config) {
    provide_meta_context();
    provide_context(config.base);
    provide_context(config.content);
    i18n::provide(config.strings);
    shell::client::provide(config.hydrating);
    saved::store::provide();
    directory::data::provide(config.content.listings());
    directory::state::provide_last_shown();
    shell::quick_exit::provide();
}

#[component]
pub fn App(config: Config) -> impl IntoView {
    provide_contexts(config);
    view! {
        <Router base=config.base.router_base()>
            <Shell/>
        </Router>
    }
}

/// The page around the route's content: the site's chrome, or a partner embed's.
#[component]
fn Shell() -> impl IntoView {
    let location = use_location();
    let base = use_base();
    // Embedded or not is fixed for the page's life: links out of an embed open new tabs, and
    // links that stay in the frame lead to embed pages (`Base::link`).
    let embedded = location.pathname.with_untracked(|p| is_embed_path(p.strip_prefix(base.router_base().as_str()).unwrap_or(p)));
    provide_context(base.with_embedded(embedded));
    shell::embed::provide(embedded);
    shell::region::provide();
    shell::pwa::provide();
    focus_on_navigate();
    view! {
        <SafetyBar/>
        {(!embedded).then(|| view! { <SiteHeader/> })}
        <StatusBanners/>
        <SavedNotice/>
        {(!embedded).then(|| view! { <LanguageSuggestion/> })}
        <main id="main" tabindex="-1">
            <FlatRoutes fallback=|| view! { <NotFound/> }>
                <Route path=path!("/") view=Home/>
                <Route path=path!("/directory") view={Lazy::<DirectoryRoute>::new()}/>
                <Route path=path!("/directory/:id") view={Lazy::<ListingRoute>::new()}/>
                <Route path=path!("/learn") view=Learn/>
                <Route path=path!("/learn/:slug") view=ArticlePage/>
                <Route path=path!("/about") view={Lazy::<AboutRoute>::new()}/>
                <Route path=path!("/saved") view={Lazy::<SavedRoute>::new()}/>
                <Route path=path!("/choose") view={Lazy::<ChooseRoute>::new()}/>
                <Route path=path!("/plan") view={Lazy::<PlanRoute>::new()}/>
                <Route path=path!("/embed/choose") view={Lazy::<ChooseRoute>::new()}/>
                <Route path=path!("/embed") view={Lazy::<EmbedBuilderRoute>::new()}/>
                <Route path=path!("/embed/directory") view={Lazy::<DirectoryRoute>::new()}/>
                <Route path=path!("/embed/learn/:slug") view=ArticlePage/>
            </FlatRoutes>
        </main>
        {if embedded { view! { <EmbedFooter/> }.into_any() } else { view! { <SiteFooter/> }.into_any() }}
    }
}

/// After moving to another page (not a query change on the same page), focus moves to `<main>`,
/// so keyboard and screen-reader users start at the new content. (The router scrolls to the top,
/// or to the link's fragment.)
fn focus_on_navigate() {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) && location.hash.with_untracked(String::is_empty) {
            browser::focus("main");
        }
        path
    });
}

/// The app's path for a browser path: the deployment's base and a trailing slash removed
/// (`/kindred/learn/` → `/learn`).
pub fn app_path<'a>(path: &'a str, base: &str) -> &'a str {
    let rest = path.strip_prefix(base.trim_end_matches('/')).unwrap_or(path);
    match rest.trim_end_matches('/') {
        "" => "/",
        p => p,
    }
}

/// The prerendered page a browser path shows, in `content`'s language: its own, or the language's
/// not-found page (`/404`, `/es/404`) for any path the site doesn't have. An unknown path under
/// `/embed/` names itself: it has no prerendered page (the not-found page has the site's header
/// and footer, a partner's frame has neither), so the app draws it afresh.
pub fn page_of(app_path: &str, content: content::Content) -> String {
    use kindred_core::route::Route;
    let (lang, page) = Lang::split(app_path);
    let route = match Route::parse(page) {
        Route::Article(slug) | Route::EmbedArticle(slug) if content.article(&slug).is_none() => Route::NotFound,
        Route::Resource(id) if content.listing(&id).is_none() => Route::NotFound,
        route => route,
    };
    if route == Route::NotFound && shell::embed::is_embed_path(page) {
        return lang.path(page);
    }
    lang.path(&route.path())
}

/// Starts the app in the browser: fetches the page's content (the prerendered page has been
/// preloading it), then hydrates the page the build prerendered for this URL, or mounts afresh
/// where the host served another page (a host's single-page fallback, the dev server). Until
/// then, and if the content can't be had, the prerendered page is there and works as it is.
pub fn start() {
    shell::panic_screen::install();
    let Some(root) = browser::html_element_by_id("app") else { return };
    let base: &'static str = Box::leak(browser::base_href().into_boxed_str());
    let location = browser::window().map(|w| w.location());
    let path = location.as_ref().and_then(|l| l.pathname().ok()).unwrap_or_default();
    let search = location.as_ref().and_then(|l| l.search().ok()).unwrap_or_default();
    let hash = location.as_ref().and_then(|l| l.hash().ok()).unwrap_or_default();
    // A trailing slash names the same page (`/learn/` is `/learn`): the router sees one form.
    if path.len() > 1 && path.ends_with('/') && path != base {
        if let Some(history) = browser::window().and_then(|w| w.history().ok()) {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("{}{search}{hash}", path.trim_end_matches('/'))),
            );
        }
    }
    let app_path = app_path(&path, base).to_owned();
    // Leptos sets up its executor when it mounts or hydrates; this task runs before that, so it is
    // spawned on wasm-bindgen's own.
    wasm_bindgen_futures::spawn_local(async move {
        let (lang, page) = Lang::split(&app_path);
        let Some(loaded) = content::fetch(lang).await else { return };
        // A partner's embed asking for Spanish (`?lang=es`) goes to its Spanish address (an
        // article's is its translation's, which the content names).
        if let Some(spanish) = shell::embed::lang_redirect(loaded, page, &search) {
            if let Some(l) = &location {
                let _ = l.replace(&Base::new(base, lang).site(&format!("{spanish}{hash}")));
            }
            return;
        }
        #[allow(unused_mut)]
        let mut content = loaded;
        #[cfg(feature = "bench")]
        if let Some(listings) = bench_directory() {
            content = content.with_listings(listings);
        }
        // The page's words (Spanish ones are a chunk of their own, which the loader has been
        // fetching beside the content). Without them the prerendered page stays as it is.
        let Ok(strings) = i18n::load(lang).await else {
            web_sys::console::warn_1(&"Kindred: this page's words can't be loaded".into());
            return;
        };
        let config = Config::new(base, content, strings);
        let prerendered = root.get_attribute("data-route");
        #[cfg(all(feature = "hydrate", not(feature = "bench")))]
        if prerendered.as_deref() == Some(page_of(&app_path, content).as_str()) {
            // A page in a chunk of its own is hydrated once its code is here (the loader has been
            // fetching it since the page painted). If it can't be had, the prerendered page stays
            // as it is, as when the content can't be had.
            if let Some(chunk) = pages::lazy::Chunk::of(&kindred_core::route::Route::parse(page)) {
                if chunk.load().await.is_err() {
                    web_sys::console::warn_1(&format!("Kindred: this page's code ({}) can't be loaded", chunk.name()).into());
                    return;
                }
            }
            // The app lives as long as the page: its handle is never dropped.
            leptos::mount::hydrate_from(root, move || view! { <App config/> }).forget();
            return;
        }
        let _ = (prerendered, &app_path);
        let config = Config { hydrating: false, ..config };
        // Another page's HTML (or the bare shell): start from an empty root and its own metadata.
        root.set_text_content(None);
        shell::page_meta::clear_prerendered_head();
        browser::set_root_attribute("lang", Some(lang.code()));
        // The app lives as long as the page: its handle is never dropped.
        leptos::mount::mount_to(root, move || view! { <App config/> }).forget();
    });
}

/// Benchmark builds: `?synthetic=N` searches N synthetic listings instead of the shipped ones.
#[cfg(feature = "bench")]
fn bench_directory() -> Option<&'static [kindred_core::model::Resource]> {
    let search = browser::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let n = search.trim_start_matches('?').split('&').find_map(|p| p.strip_prefix("synthetic=")).and_then(|n| n.parse().ok())?;
    Some(Box::leak(kindred_core::synth::directory(n, 42).into_boxed_slice()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_is_hydrated_on_its_own_page_or_the_not_found_page() {
        assert_eq!(app_path("/kindred/learn/", "/kindred/"), "/learn");
        assert_eq!(app_path("/kindred/", "/kindred/"), "/");
        assert_eq!(app_path("/directory", "/"), "/directory");
        let en = content::built_in(Lang::En);
        let es = content::built_in(Lang::Es);
        assert_eq!(page_of("/learn", en), "/learn");
        assert_eq!(page_of("/directory/us-988-lifeline", en), "/directory/us-988-lifeline");
        assert_eq!(page_of("/directory/not-a-listing", en), "/404");
        assert_eq!(page_of("/learn/not-an-article", en), "/404");
        assert_eq!(page_of("/embed/learn/understanding-peer-support", en), "/embed/learn/understanding-peer-support");
        assert_eq!(page_of("/no/such/page", en), "/404");
        assert_eq!(page_of("/es", es), "/es/");
        assert_eq!(page_of("/es/directory/us-988-lifeline", es), "/es/directory/us-988-lifeline");
        assert_eq!(page_of("/es/learn/entender-el-apoyo-entre-pares", es), "/es/learn/entender-el-apoyo-entre-pares");
        assert_eq!(page_of("/es/learn/understanding-peer-support", es), "/es/404", "English slugs aren't Spanish pages");
        assert_eq!(page_of("/es/nope", es), "/es/404");
        // An unknown embed page has no prerendered page of its own: never the site's not-found page.
        assert_eq!(page_of("/embed/learn/not-an-article", en), "/embed/learn/not-an-article");
        assert_eq!(page_of("/embed/nope", en), "/embed/nope");
        assert_eq!(page_of("/es/embed/learn/understanding-peer-support", es), "/es/embed/learn/understanding-peer-support");
    }

    #[test]
    fn the_embed_tells_its_height_in_steps() {
        use crate::shell::embed::stepped;
        assert_eq!(stepped(1), 40);
        assert_eq!(stepped(40), 40);
        assert_eq!(stepped(41), 80);
        assert_eq!(stepped(1234), 1240);
        assert_eq!((1201..=1240).map(stepped).collect::<std::collections::BTreeSet<_>>().len(), 1, "a range of heights looks the same");
    }
}
