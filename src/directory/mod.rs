//! The directory in the browser. The engine is the pure `kindred_core::search`; here are the
//! index provided once for the app ([`data`]), the page's state ([`state`]) and the parts the
//! directory and listing pages are drawn from.

pub mod card;
pub mod contacts;
pub mod data;
pub mod facets;
pub mod guide;
pub mod hours;
pub mod results;
pub mod search_box;
pub mod state;
