//! The directory's reactive state and components. The engine itself is the pure
//! `kindred_core::search`; this module holds the one index for the page's lifetime and the
//! small components the directory and resource pages are made of.

pub mod card;
pub mod contacts;
pub mod engine;
pub mod facets;
pub mod result_list;
