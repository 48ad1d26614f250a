//! The content the app shows: one language's articles and directory listings (a
//! `kindred_core::bundle::Bundle`, built from `content/` by `build.rs` and shipped as a data file
//! beside the app), provided once as context; and the covered regions, compiled in.
//!
//! In the browser the page's bundle is fetched as the app starts (the prerendered page preloads
//! it); on the host (prerendering, tests) the bundles built into this binary are read.

use leptos::prelude::*;

use kindred_core::article::Article;
use kindred_core::bundle::Bundle;
use kindred_core::lang::Lang;
use kindred_core::model::{Contact, ContactType, RegionInfo, Resource};

#[allow(clippy::all)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/content.rs"));
}

pub use generated::REGIONS;

/// One language's articles and listings.
#[derive(Clone, Copy, Debug)]
pub struct Content(pub &'static Bundle);

impl Content {
    pub fn lang(self) -> Lang {
        Lang::from_code(self.0.lang).unwrap_or(Lang::En)
    }

    pub fn articles(self) -> &'static [Article] {
        self.0.articles
    }

    pub fn listings(self) -> &'static [Resource] {
        self.0.resources
    }

    pub fn article(self, slug: &str) -> Option<&'static Article> {
        self.0.articles.iter().find(|a| a.slug == slug)
    }

    pub fn listing_index(self, id: &str) -> Option<usize> {
        self.0.resources.iter().position(|r| r.id == id)
    }

    pub fn listing(self, id: &str) -> Option<&'static Resource> {
        self.0.resources.iter().find(|r| r.id == id)
    }

    /// A region's crisis line in this content, if its listing is here: the one lookup the crisis
    /// bar, the plan and "Help me choose" share.
    pub fn crisis_line(self, info: &RegionInfo) -> Option<CrisisLine> {
        let listing = self.listing(info.crisis_line.resource)?;
        let contacts = info.crisis_line.contacts.iter().filter_map(|kind| listing.contacts.iter().find(|c| c.kind == *kind)).collect();
        Some(CrisisLine { listing, contacts })
    }

    /// The same content with other listings (benchmark builds search synthetic ones).
    #[cfg(feature = "bench")]
    pub fn with_listings(self, listings: &'static [Resource]) -> Content {
        Content(Box::leak(Box::new(Bundle { resources: listings, ..*self.0 })))
    }
}

/// A region's crisis line as pages show it: its listing, and the contacts `regions.toml` names
/// for it (call, text, …), in that order.
#[derive(Clone, Debug)]
pub struct CrisisLine {
    pub listing: &'static Resource,
    pub contacts: Vec<&'static Contact>,
}

impl CrisisLine {
    /// Its number to call, if it has one.
    pub fn call(&self) -> Option<&'static Contact> {
        self.contacts.iter().copied().find(|c| c.kind == ContactType::Call)
    }
}

pub fn use_content() -> Content {
    expect_context::<Content>()
}

/// Fetches the page's bundle: the file the prerendered page names for this language (and is
/// already preloading), or `content/<lang>.bin` beside the app (the dev server). `None` if it
/// can't be had (offline without the service worker): the prerendered page then stays as it is.
pub async fn fetch(lang: Lang) -> Option<Content> {
    let url = crate::browser::content_url(lang.code());
    let bytes = crate::browser::fetch_bytes(&url).await?;
    match Bundle::decode(bytes.leak()) {
        Ok(bundle) => Some(Content(Box::leak(Box::new(bundle)))),
        Err(e) => {
            web_sys::console::warn_1(&format!("Kindred: the content file {url} can't be read ({e:?})").into());
            None
        }
    }
}

/// The bundle of a language as this build wrote it (`OUT_DIR/<lang>.bin`), read once. Only on
/// the host: the browser fetches its page's bundle instead of carrying every language.
#[cfg(not(target_arch = "wasm32"))]
pub fn built_in(lang: Lang) -> Content {
    use std::sync::OnceLock;
    static EN: OnceLock<Content> = OnceLock::new();
    static ES: OnceLock<Content> = OnceLock::new();
    let (cell, bytes): (&OnceLock<Content>, &'static [u8]) = match lang {
        Lang::En => (&EN, include_bytes!(concat!(env!("OUT_DIR"), "/en.bin"))),
        Lang::Es => (&ES, include_bytes!(concat!(env!("OUT_DIR"), "/es.bin"))),
    };
    *cell.get_or_init(|| Content(Box::leak(Box::new(Bundle::decode(bytes).expect("the bundle this build wrote")))))
}

/// The app's version, shown on the About page and in problem reports.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Where "report a problem" goes. Set `KINDRED_REPORT_EMAIL` at build time for a deployment.
pub const REPORT_EMAIL: &str = match option_env!("KINDRED_REPORT_EMAIL") {
    Some(e) => e,
    None => "listings@kindred.example",
};

/// The site's public address, for canonical links (`KINDRED_SITE_URL` at build time).
pub const SITE_URL: &str = match option_env!("KINDRED_SITE_URL") {
    Some(u) => u,
    None => "https://kindred.example",
};
