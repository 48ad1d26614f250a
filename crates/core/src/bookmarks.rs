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

pub const KEY: &str = "kindred.saved";
/// Every key Kindred writes starts with this ("leave and clear" removes only these).
pub const PREFIX: &str = "kindred.";
pub const VERSION: u64 = 1;
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
    #[serde(flatten)]
    extra: &'a Map<String, Value>,
}

/// What was found in storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decoded {
    /// Nothing stored yet.
    Empty,
    Current {
        saved: Saved,
        migrated_from: Option<u64>,
    },
    /// Not readable at all (not JSON, or not our shape).
    Unreadable,
    /// Written by a newer version: the items this version can read.
    Newer {
        version: u64,
        saved: Saved,
    },
}

/// Reads stored text (never fails; see [`Decoded`]).
pub fn decode(raw: Option<&str>) -> Decoded {
    let Some(raw) = raw else { return Decoded::Empty };
    let Ok(value) = serde_json::from_str::<Value>(raw) else { return Decoded::Unreadable };
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
    let out = StoredOut { v: VERSION, items: &saved.items, unreadable: &saved.unreadable, extra: &saved.extra };
    serde_json::to_string(&out).unwrap_or_default()
}

/// What an import or a shared link added.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeSummary {
    pub added: usize,
    pub already_saved: usize,
    pub rejected: usize,
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
    /// Adds `other`'s items that are not here yet, in their order, after ours.
    pub fn merge(&mut self, other: &Saved) -> MergeSummary {
        let mut summary = MergeSummary { rejected: other.unreadable.len(), ..Default::default() };
        for item in &other.items {
            if self.contains(item.kind, &item.id) {
                summary.already_saved += 1;
            } else if self.items.len() >= MAX_ITEMS {
                summary.rejected += 1;
            } else {
                self.items.push(item.clone());
                summary.added += 1;
            }
        }
        summary
    }
}

/// Parses an exported file (any version this app can read).
pub fn import(text: &str) -> Result<Saved, &'static str> {
    match decode(Some(text.trim_start_matches('\u{feff}'))) {
        Decoded::Current { saved, .. } | Decoded::Newer { saved, .. } => Ok(saved),
        Decoded::Empty | Decoded::Unreadable => Err("This file isn't a Kindred saved list."),
    }
}

/// The URL fragment that shares a list (ids only, never notes): `saved=r:id,a:slug`.
pub fn share_fragment(saved: &Saved) -> String {
    let ids: Vec<String> =
        saved.items.iter().map(|i| format!("{}:{}", if i.kind == ItemKind::Resource { "r" } else { "a" }, i.id)).collect();
    format!("saved={}", ids.join(","))
}

/// Reads a shared fragment (with or without `#`). Unknown or malformed parts are dropped.
pub fn parse_share(fragment: &str) -> Vec<Item> {
    let Some(list) = fragment.trim_start_matches('#').split('&').find_map(|p| p.strip_prefix("saved=")) else { return Vec::new() };
    let mut out = Saved::default();
    for part in list.split(',').take(MAX_ITEMS) {
        let (kind, id) = match part.split_once(':') {
            Some(("r", id)) => (ItemKind::Resource, id),
            Some(("a", id)) => (ItemKind::Article, id),
            _ => continue,
        };
        if !id.is_empty() && id.len() <= 100 && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            out.add(Item::new(kind, id));
        }
    }
    out.items
}

/// A storage call that failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// Storage can't be used at all here (blocked, sandboxed, disabled).
    Unavailable,
    /// Storage is full.
    Full,
    /// Anything else.
    Failed,
}

/// Key-value storage (localStorage on the web, a map in tests). Every call may fail.
pub trait KeyValue {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// How safe the saved list is right now, for a calm status message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Health {
    /// Saved on this device.
    Saved,
    /// Storage can't be used here: the list lasts until the page closes.
    MemoryOnly(StoreError),
    /// Stored data couldn't be read (or came from a newer version); it was copied aside to
    /// `backup` untouched, and can be exported raw.
    KeptAside { backup: String, newer: bool },
}

/// The saved list and its storage.
pub struct Store<S: KeyValue> {
    storage: S,
    pub saved: Saved,
    pub health: Health,
    /// Set when storage must not be written (unreadable data that couldn't be copied aside).
    frozen: bool,
}

impl<S: KeyValue> Store<S> {
    /// Loads, migrating old data and setting aside what can't be read.
    pub fn open(storage: S, now_ms: u64) -> Store<S> {
        let mut store = Store { storage, saved: Saved::default(), health: Health::Saved, frozen: false };
        let raw = match store.storage.get(KEY) {
            Ok(raw) => raw,
            Err(e) => {
                store.health = Health::MemoryOnly(e);
                store.frozen = true;
                return store;
            }
        };
        match decode(raw.as_deref()) {
            Decoded::Empty => {}
            Decoded::Current { saved, migrated_from } => {
                store.saved = saved;
                if migrated_from.is_some() {
                    // Keep the old form until the migrated one is written.
                    if let Some(raw) = &raw {
                        let _ = store.storage.set(&format!("{KEY}.v{}-backup", migrated_from.unwrap_or(0)), raw);
                    }
                    store.write();
                }
            }
            Decoded::Unreadable => store.set_aside(raw.unwrap_or_default(), false, now_ms),
            Decoded::Newer { saved, .. } => {
                store.saved = saved;
                store.set_aside(raw.unwrap_or_default(), true, now_ms);
            }
        }
        store
    }

    fn set_aside(&mut self, raw: String, newer: bool, now_ms: u64) {
        // The same bytes may already be kept (the main key could not be rewritten last time).
        let existing = self.storage.keys().ok().and_then(|keys| {
            keys.into_iter()
                .find(|k| k.starts_with(&format!("{KEY}.kept-")) && self.storage.get(k).ok().flatten().as_deref() == Some(raw.as_str()))
        });
        let backup = existing.clone().unwrap_or_else(|| format!("{KEY}.kept-{now_ms}"));
        let copied = if existing.is_some() { Ok(()) } else { self.storage.set(&backup, &raw) };
        match copied {
            Ok(()) => {
                self.health = Health::KeptAside { backup, newer };
                // The original is safe elsewhere: from now on the main key holds what we can read.
                self.write();
            }
            Err(e) => {
                // Can't copy it: never touch the original; work in memory.
                self.health = Health::MemoryOnly(e);
                self.frozen = true;
            }
        }
    }

    /// Raw text of data that was set aside, for "export as is".
    pub fn kept_aside(&self) -> Option<String> {
        match &self.health {
            Health::KeptAside { backup, .. } => self.storage.get(backup).ok().flatten(),
            _ => None,
        }
    }

    fn write(&mut self) {
        if self.frozen {
            return;
        }
        match self.storage.set(KEY, &encode(&self.saved)) {
            Ok(()) => {
                if matches!(self.health, Health::MemoryOnly(_)) {
                    self.health = Health::Saved;
                }
            }
            // Keep telling the person about data set aside; otherwise say it's memory-only.
            Err(e) if !matches!(self.health, Health::KeptAside { .. }) => self.health = Health::MemoryOnly(e),
            Err(_) => {}
        }
    }

    /// Re-reads what another tab may have written (on the `storage` event, and before changes).
    pub fn refresh(&mut self) {
        if self.frozen {
            return;
        }
        if let Ok(raw) = self.storage.get(KEY) {
            if let Decoded::Current { saved, .. } = decode(raw.as_deref()) {
                // Keep anything only this tab has (saved while storage was full).
                let mine = std::mem::replace(&mut self.saved, saved);
                if matches!(self.health, Health::MemoryOnly(_)) {
                    self.saved.merge(&mine);
                }
            }
        }
    }

    /// Applies a change to the latest stored list and saves it.
    pub fn change(&mut self, f: impl FnOnce(&mut Saved)) {
        self.refresh();
        f(&mut self.saved);
        self.write();
    }

    /// Removes every key Kindred wrote (never `clear()`: other sites' data on a shared origin stays).
    pub fn clear_all(&mut self) {
        if let Ok(keys) = self.storage.keys() {
            for k in keys.iter().filter(|k| k.starts_with(PREFIX)) {
                let _ = self.storage.remove(k);
            }
        }
        self.saved = Saved::default();
    }

    pub fn storage(&self) -> &S {
        &self.storage
    }
}

/// In-memory storage for tests, with switchable faults.
#[derive(Clone, Debug, Default)]
pub struct MemoryStorage {
    pub map: std::collections::BTreeMap<String, String>,
    pub fail_get: Option<StoreError>,
    pub fail_set: Option<StoreError>,
}

impl KeyValue for MemoryStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        match self.fail_get {
            Some(e) => Err(e),
            None => Ok(self.map.get(key).cloned()),
        }
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        match self.fail_set {
            Some(e) => Err(e),
            None => {
                self.map.insert(key.to_owned(), value.to_owned());
                Ok(())
            }
        }
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.map.remove(key);
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.map.keys().cloned().collect())
    }
}

#[cfg(test)]
mod tests;
