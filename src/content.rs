//! The content compiled from `content/` by `build.rs` (see `crates/content`).

#[allow(clippy::all)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/content.rs"));
}

pub use generated::{ARTICLES, REGIONS, RESOURCES};
use kindred_core::article::Article;
use kindred_core::model::Resource;

pub fn article(slug: &str) -> Option<&'static Article> {
    ARTICLES.iter().find(|a| a.slug == slug)
}

pub fn resource_index(id: &str) -> Option<usize> {
    RESOURCES.iter().position(|r| r.id == id)
}

pub fn resource(id: &str) -> Option<&'static Resource> {
    RESOURCES.iter().find(|r| r.id == id)
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
