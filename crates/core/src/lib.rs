//! Kindred's pure core. Nothing here touches the DOM, so all of it is unit-tested and benchmarked
//! on the host and compiled unchanged into the app.
//!
//! - [`model`]: what a directory resource is, and the controlled vocabularies.
//! - [`bundle`]: one language's articles and listings as the build writes them and the app reads
//!   them (a data file beside the app, not code).
//! - [`article`]: a compiled article, the Learn index's needs, "Try this" links, guides by kind.
//! - [`text`]: case- and accent-folding, tokenising.
//! - [`search`]: the in-memory index, text matching with prefixes, synonyms and typos, ranking,
//!   facet filters and facet counts.
//! - [`query_codec`]: the directory's state ⇄ a canonical, shareable query string.
//! - [`date`], [`tz`], [`schedule`]: civil dates, time-zone rules, "open now" and "opens at …".
//! - [`lang`]: the site's languages (English at the root, Spanish under `/es/`).
//! - [`region`]: a guess at the visitor's region from the device's time zone and language.
//! - [`synth`]: synthetic directories for benchmarks.

pub mod article;
pub mod bookmarks;
pub mod bundle;
pub mod choose;
pub mod date;
pub mod embed;
pub mod exchange;
pub mod facet;
pub mod lang;
mod leak;
pub mod links;
pub mod model;
pub mod plan;
pub mod query_codec;
pub mod region;
pub mod route;
pub mod schedule;
pub mod search;
pub mod store;
pub mod synth;
pub mod text;
pub mod tz;
