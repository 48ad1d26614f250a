//! The saved list and the plan in the app: a document kept in browser storage ([`kept::Kept`],
//! over [`crate::web_storage`]), the shared [`store::SavedList`] context, and the one Save
//! button.

pub mod kept;
pub mod save_button;
pub mod store;

pub use save_button::SaveButton;
pub use store::{use_plan, use_saved, SavedList};
