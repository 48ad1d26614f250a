//! The pages whose code is a chunk of its own, loaded the first time one of them is shown, so a
//! visit to the home page or an article doesn't download the directory, the saved list or the
//! plan. Each is a leptos_router [`LazyRoute`]: the route table names it as `Lazy::<T>::new()`.
//!
//! In a release build (feature `split`) each page's view is a split point of
//! `wasm_split_helpers` (the runtime Leptos's own `#[lazy]` uses), and `cargo xtask build`
//! splits the wasm there (`xtask/src/wasm.rs`). Unlike `#[lazy]` on Leptos 0.8, whose failed
//! download panics and stops the whole app, these are `fallible`: a chunk that can't be had
//! (offline before it was stored, a download cut off) draws [`ChunkMissing`] in the page's
//! place, with the crisis bar and the rest of the app still working, and the next visit to the
//! page tries again. Elsewhere (development builds, host builds, component tests) the same
//! functions simply draw the page.
//!
//! A prerendered lazy page is hydrated only once its chunk is there: [`load`] is awaited before
//! hydration, the loader has been fetching the chunk since the page painted (the prerenderer
//! names its files, [`Chunk::of`]), and if it fails the prerendered page stays as it is.

use leptos::prelude::*;
use leptos_router::LazyRoute;

use kindred_core::route::Route;

use crate::i18n::use_strings;

/// A chunk of the app that could not be loaded.
#[derive(Debug)]
pub struct ChunkUnavailable;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for ChunkUnavailable {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        ChunkUnavailable
    }
}

/// Declares a lazily loaded page: `$route` (the route table's `Lazy::<$route>`), drawing
/// `$page`, in the chunk `$chunk`, whose code `$preload` fetches without drawing anything.
macro_rules! lazy_page {
    ($(#[$doc:meta])* $route:ident: $page:path, chunk $chunk:ident, preload $preload:ident) => {
        $(#[$doc])*
        pub struct $route;

        #[cfg(feature = "split")]
        #[wasm_split_helpers::wasm_split($chunk, fallible, preload(#[allow(non_snake_case)] $preload))]
        fn $chunk() -> Result<AnyView, ChunkUnavailable> {
            Ok($page().into_any())
        }

        #[cfg(not(feature = "split"))]
        async fn $chunk() -> Result<AnyView, ChunkUnavailable> {
            Ok($page().into_any())
        }

        #[cfg(not(feature = "split"))]
        async fn $preload() -> Result<(), ChunkUnavailable> {
            Ok(())
        }

        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            async fn view(_: Self) -> AnyView {
                match $chunk().await {
                    Ok(page) => page,
                    Err(_) => view! { <ChunkMissing/> }.into_any(),
                }
            }

            async fn preload() {
                let _ = $preload().await;
            }
        }
    };
}

lazy_page! {
    /// `/directory` and `/embed/directory`.
    DirectoryRoute: super::directory::DirectoryPage, chunk directory, preload preload_directory
}
lazy_page! {
    /// `/directory/:id`.
    ListingRoute: super::listing::ListingPage, chunk listing, preload preload_listing
}
lazy_page! {
    /// `/saved`.
    SavedRoute: super::saved::SavedPage, chunk saved, preload preload_saved
}
lazy_page! {
    /// `/choose` and `/embed/choose`.
    ChooseRoute: super::choose::ChoosePage, chunk choose, preload preload_choose
}
lazy_page! {
    /// `/plan`.
    PlanRoute: super::plan::PlanPage, chunk plan, preload preload_plan
}
lazy_page! {
    /// `/embed`: the snippet builder for partners.
    EmbedBuilderRoute: super::embed_builder::EmbedBuilder, chunk embed_builder, preload preload_embed_builder
}
lazy_page! {
    /// `/about`.
    AboutRoute: super::about::About, chunk about, preload preload_about
}

/// The chunks, one per lazily loaded page (or pair of pages: the site's and the embed's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chunk {
    Directory,
    Listing,
    Saved,
    Choose,
    Plan,
    EmbedBuilder,
    About,
}

impl Chunk {
    pub const ALL: [Chunk; 7] =
        [Chunk::Directory, Chunk::Listing, Chunk::Saved, Chunk::Choose, Chunk::Plan, Chunk::EmbedBuilder, Chunk::About];

    /// The chunk a route's page is in, if it isn't in the main module. Must agree with the
    /// route table in `App` (a test checks every route).
    pub fn of(route: &Route) -> Option<Chunk> {
        Some(match route {
            Route::Directory | Route::EmbedDirectory => Chunk::Directory,
            Route::Resource(_) => Chunk::Listing,
            Route::Saved => Chunk::Saved,
            Route::Choose | Route::EmbedChoose => Chunk::Choose,
            Route::Plan => Chunk::Plan,
            Route::EmbedBuilder => Chunk::EmbedBuilder,
            Route::About => Chunk::About,
            Route::Home | Route::Learn | Route::Article(_) | Route::EmbedArticle(_) | Route::NotFound => return None,
        })
    }

    /// Its name in the split tool's manifest (the first argument of its split point).
    pub fn name(self) -> &'static str {
        match self {
            Chunk::Directory => "directory",
            Chunk::Listing => "listing",
            Chunk::Saved => "saved",
            Chunk::Choose => "choose",
            Chunk::Plan => "plan",
            Chunk::EmbedBuilder => "embed_builder",
            Chunk::About => "about",
        }
    }

    /// Downloads and links the chunk's code, if it isn't already (a failed attempt isn't
    /// remembered: the next call tries again).
    pub async fn load(self) -> Result<(), ChunkUnavailable> {
        match self {
            Chunk::Directory => preload_directory().await?,
            Chunk::Listing => preload_listing().await?,
            Chunk::Saved => preload_saved().await?,
            Chunk::Choose => preload_choose().await?,
            Chunk::Plan => preload_plan().await?,
            Chunk::EmbedBuilder => preload_embed_builder().await?,
            Chunk::About => preload_about().await?,
        }
        Ok(())
    }
}

/// In a page's place when its chunk can't be loaded: what happened, and a way to try again.
#[component]
pub fn ChunkMissing() -> impl IntoView {
    let t = use_strings();
    // The same address, loaded afresh: a new attempt, or the page the service worker has.
    let again = crate::browser::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    view! {
        <div class="wrap narrow chunk-missing" role="alert">
            <h1 id="page-title">{t.shell.chunk_missing_title}</h1>
            <p>{t.shell.chunk_missing_text}</p>
            <p><a href=again rel="external">{t.shell.chunk_missing_retry}</a></p>
        </div>
    }
}
