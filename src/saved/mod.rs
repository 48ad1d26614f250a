//! The saved list in the app: browser storage behind `kindred_core::bookmarks::KeyValue`, the
//! reactive state every page reads, and the Save button.

pub mod button;
pub mod state;
pub mod web_storage;
