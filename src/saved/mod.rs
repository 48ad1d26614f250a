//! The saved list in the app: browser storage behind `kindred_core::bookmarks::KeyValue`, the
//! shared [`store::SavedList`] context, and the one Save button.

pub mod kept;
pub mod save_button;
pub mod store;
pub mod web_storage;

pub use save_button::SaveButton;
pub use store::{use_plan, use_saved, SavedList};
