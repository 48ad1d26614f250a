//! The file a person keeps and can bring back: the saved list and the support plan together
//! (`{"v":1,"items":[…],"plan":{…}}`). Files from before the plan existed (the saved list alone)
//! still import. Files are bounded before they are read.

use serde_json::Value;

use crate::bookmarks::{self, Saved};
use crate::plan::Plan;
use crate::store::Decoded;

/// The largest file an import reads (a full list and plan with long notes is well under it).
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;

/// Why an import was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`]: not read.
    TooLarge,
    /// Not a Kindred file (any version this app can read).
    NotAList,
}

/// What a file held.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Imported {
    pub saved: Saved,
    pub plan: Option<Plan>,
}

/// The export file: the saved list's document with the plan beside its items.
/// Without a plan it is exactly the stored saved list (fields in the same order).
pub fn export(saved: &Saved, plan: &Plan) -> String {
    let plan = (!plan.is_empty()).then(|| plan.to_value());
    bookmarks::encode_with_plan(saved, plan.as_ref())
}

/// Reads an export file (any version this app can read; old files hold only the saved list).
pub fn import(text: &str) -> Result<Imported, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge);
    }
    let Ok(mut value) = serde_json::from_str::<Value>(text.trim_start_matches('\u{feff}')) else { return Err(ImportError::NotAList) };
    let plan = match &mut value {
        Value::Object(fields) => fields.remove("plan"),
        _ => None,
    };
    let plan = plan.and_then(|p| match Plan::from_value(p) {
        Decoded::Current { saved, .. } | Decoded::Newer { saved, .. } => Some(saved),
        _ => None,
    });
    match bookmarks::decode_value(value) {
        Decoded::Current { saved, .. } | Decoded::Newer { saved, .. } => Ok(Imported { saved, plan }),
        Decoded::Empty | Decoded::Unreadable => Err(ImportError::NotAList),
    }
}
