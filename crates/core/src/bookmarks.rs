//! Saved items ("bookmarks"): what a person keeps for a hard moment. Kept only on the device.
//!
//! Stored under [`KEY`] as `{"v":1,"items":[{"kind":"resource","id":"…","note":"…"}, …]}`.
//! The rules (see `shared/research/reliability.md` §1.8):
//! - versioned, with forward-only migrations (v0 was a bare array of resource ids);
//! - unknown fields, at the top and in items, are kept on every rewrite;
//! - items are read one by one: an unreadable item is kept verbatim, the rest still load;
//! - data that cannot be read at all, or was written by a newer version, is never overwritten:
//!   it is copied aside first, and if that copy fails the store runs in memory only;
//! - every storage call may fail: failures degrade to memory-only with a status, never a panic;
//! - each change re-reads storage first, so two tabs never lose each other's changes.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub use crate::store::{Decoded, Document, Health, KeptAside, KeyValue, MemoryStorage, StoreError, PREFIX};

pub const KEY: &str = "kindred.saved";
pub const VERSION: u64 = 1;

/// The saved list on the device, with the store's guarantees (see [`crate::store`]).
pub type Store<S> = crate::store::Store<S, Saved>;

impl Document for Saved {
    const KEY: &'static str = KEY;
    fn decode(raw: Option<&str>) -> Decoded<Saved> {
        decode(raw)
    }
    fn encode(&self) -> String {
        encode(self)
    }
    fn keep_mine(&mut self, mine: Saved) {
        self.merge(&mine, |_, _| true);
    }
}
/// At most this many items are kept (a saved list, not an archive).
pub const MAX_ITEMS: usize = 500;
const MAX_NOTE: usize = 1000;
/// Longest id accepted from storage, files or links.
const MAX_ID: usize = 100;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ItemKind {
    Resource,
    Article,
}

impl ItemKind {
    pub fn slug(self) -> &'static str {
        match self {
            ItemKind::Resource => "resource",
            ItemKind::Article => "article",
        }
    }
    pub fn from_slug(s: &str) -> Option<ItemKind> {
        match s {
            "resource" => Some(ItemKind::Resource),
            "article" => Some(ItemKind::Article),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    pub kind: ItemKind,
    pub id: String,
    /// A private note, kept on the device.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Fields this version doesn't know, kept as they were.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Item {
    pub fn new(kind: ItemKind, id: &str) -> Item {
        Item { kind, id: id.to_owned(), note: String::new(), extra: Map::new() }
    }

    /// One stored item, checked: `None` if it isn't an item this version can show.
    fn read(value: &Value) -> Option<Item> {
        let mut item = Item::deserialize(value).ok()?;
        if item.id.is_empty() || item.id.len() > MAX_ID {
            return None;
        }
        if item.note.chars().count() > MAX_NOTE {
            item.note = item.note.chars().take(MAX_NOTE).collect();
        }
        Some(item)
    }
}

/// The saved list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Saved {
    pub items: Vec<Item>,
    /// Items that could not be read, kept verbatim so a rewrite does not drop them.
    pub unreadable: Vec<Value>,
    /// Unknown top-level fields.
    pub extra: Map<String, Value>,
}

/// The stored document as read: items stay raw so each is read on its own.
#[derive(Deserialize)]
struct StoredIn {
    v: u64,
    items: Vec<Value>,
    #[serde(default)]
    unreadable: Vec<Value>,
    #[serde(flatten)]
    extra: Map<String, Value>,
}

/// The stored document as written.
#[derive(Serialize)]
struct StoredOut<'a> {
    v: u64,
    items: &'a [Item],
    #[serde(skip_serializing_if = "<[Value]>::is_empty")]
    unreadable: &'a [Value],
    /// Only in export files (see [`crate::exchange`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    plan: Option<&'a Value>,
    #[serde(flatten)]
    extra: &'a Map<String, Value>,
}

/// Reads stored text (never fails; see [`Decoded`]).
pub fn decode(raw: Option<&str>) -> Decoded<Saved> {
    let Some(raw) = raw else { return Decoded::Empty };
    let Ok(value) = serde_json::from_str::<Value>(raw) else { return Decoded::Unreadable };
    decode_value(value)
}

/// Reads a parsed document (the stored list, or an export file's).
pub fn decode_value(value: Value) -> Decoded<Saved> {
    match value {
        // v0: a bare array of resource ids.
        Value::Array(ids) => {
            let mut saved = Saved::default();
            for id in ids {
                match id.as_str() {
                    Some(id) if !id.is_empty() && id.len() <= MAX_ID => saved.add(Item::new(ItemKind::Resource, id)),
                    _ => saved.unreadable.push(id),
                }
            }
            Decoded::Current { saved, migrated_from: Some(0) }
        }
        value @ Value::Object(_) => {
            let Ok(stored) = StoredIn::deserialize(value) else { return Decoded::Unreadable };
            let mut saved = Saved { unreadable: stored.unreadable, extra: stored.extra, ..Default::default() };
            let mut seen = std::collections::HashSet::new();
            for raw in stored.items {
                match Item::read(&raw) {
                    Some(i) => {
                        if seen.insert((i.kind, i.id.clone())) {
                            saved.items.push(i);
                        }
                    }
                    None => saved.unreadable.push(raw),
                }
            }
            if stored.v > VERSION {
                Decoded::Newer { version: stored.v, saved }
            } else {
                Decoded::Current { saved, migrated_from: (stored.v < VERSION).then_some(stored.v) }
            }
        }
        _ => Decoded::Unreadable,
    }
}

/// Writes the current format. Unreadable items are kept in their own array.
pub fn encode(saved: &Saved) -> String {
    encode_with_plan(saved, None)
}

/// The stored form with a support plan beside the items (an export file).
pub(crate) fn encode_with_plan(saved: &Saved, plan: Option<&Value>) -> String {
    let plan = plan.filter(|_| !saved.extra.contains_key("plan"));
    let out = StoredOut { v: VERSION, items: &saved.items, unreadable: &saved.unreadable, plan, extra: &saved.extra };
    serde_json::to_string(&out).unwrap_or_default()
}

/// What an import or a shared link added.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeSummary {
    pub added: usize,
    pub already_saved: usize,
    /// Items that couldn't be read.
    pub rejected: usize,
    /// Items past the saved list's limit ([`MAX_ITEMS`]).
    pub over_limit: usize,
    /// Items naming nothing Kindred has (no such listing or article).
    pub unknown: usize,
}

impl Saved {
    pub fn contains(&self, kind: ItemKind, id: &str) -> bool {
        self.items.iter().any(|i| i.kind == kind && i.id == id)
    }
    pub fn add(&mut self, item: Item) {
        if !self.contains(item.kind, &item.id) && self.items.len() < MAX_ITEMS {
            self.items.push(item);
        }
    }
    /// Removes an item; returns it with its position (for undo).
    pub fn remove(&mut self, kind: ItemKind, id: &str) -> Option<(usize, Item)> {
        let at = self.items.iter().position(|i| i.kind == kind && i.id == id)?;
        Some((at, self.items.remove(at)))
    }
    /// Puts a removed item back where it was.
    pub fn restore(&mut self, at: usize, item: Item) {
        if !self.contains(item.kind, &item.id) {
            self.items.insert(at.min(self.items.len()), item);
        }
    }
    /// Moves an item one place up (`-1`) or down (`1`).
    pub fn shift(&mut self, kind: ItemKind, id: &str, by: isize) {
        if let Some(at) = self.items.iter().position(|i| i.kind == kind && i.id == id) {
            let to = at as isize + by;
            if to >= 0 && (to as usize) < self.items.len() {
                self.items.swap(at, to as usize);
            }
        }
    }
    pub fn set_note(&mut self, kind: ItemKind, id: &str, note: &str) {
        if let Some(i) = self.items.iter_mut().find(|i| i.kind == kind && i.id == id) {
            i.note = note.chars().take(MAX_NOTE).collect();
        }
    }
    /// Adds `other`'s items that are not here yet, in their order, after ours, up to
    /// [`MAX_ITEMS`]; items naming nothing `known` has are left out. Linear in both lists.
    pub fn merge(&mut self, other: &Saved, known: impl Fn(ItemKind, &str) -> bool) -> MergeSummary {
        let mut summary = MergeSummary { rejected: other.unreadable.len(), ..Default::default() };
        let mut here: std::collections::HashSet<(ItemKind, &str)> = self.items.iter().map(|i| (i.kind, i.id.as_str())).collect();
        let mut adding = Vec::new();
        for item in &other.items {
            if !known(item.kind, &item.id) {
                summary.unknown += 1;
            } else if !here.insert((item.kind, item.id.as_str())) {
                summary.already_saved += 1;
            } else if self.items.len() + adding.len() >= MAX_ITEMS {
                summary.over_limit += 1;
            } else {
                adding.push(item.clone());
            }
        }
        summary.added = adding.len();
        self.items.extend(adding);
        summary
    }
}

/// The URL fragment that shares a list (ids only, never notes): `saved=r:id,a:slug`.
pub fn share_fragment(saved: &Saved) -> String {
    let ids: Vec<String> =
        saved.items.iter().map(|i| format!("{}:{}", if i.kind == ItemKind::Resource { "r" } else { "a" }, i.id)).collect();
    format!("saved={}", ids.join(","))
}

/// Reads a shared fragment (with or without `#`): the items `known` has, and how many parts
/// named nothing Kindred has or couldn't be read.
pub fn parse_share(fragment: &str, known: impl Fn(ItemKind, &str) -> bool) -> (Vec<Item>, usize) {
    let Some(list) = fragment.trim_start_matches('#').split('&').find_map(|p| p.strip_prefix("saved=")) else { return (Vec::new(), 0) };
    let mut out = Saved::default();
    let mut skipped = 0;
    for part in list.split(',').filter(|p| !p.is_empty()).take(MAX_ITEMS) {
        let (kind, id) = match part.split_once(':') {
            Some(("r", id)) => (ItemKind::Resource, id),
            Some(("a", id)) => (ItemKind::Article, id),
            _ => {
                skipped += 1;
                continue;
            }
        };
        let well_formed =
            !id.is_empty() && id.len() <= MAX_ID && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if well_formed && known(kind, id) {
            out.add(Item::new(kind, id));
        } else {
            skipped += 1;
        }
    }
    (out.items, skipped)
}

#[cfg(test)]
mod tests;
