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
    /// Items that couldn't be read.
    pub rejected: usize,
    /// Items past the saved list's limit ([`MAX_ITEMS`]).
    pub over_limit: usize,
    /// Items naming nothing Kindred has (no such listing or article).
    pub unknown: usize,
}

/// The largest file an import reads (a full list with long notes is well under it).
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;

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

/// Why an import was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`]: not read.
    TooLarge,
    /// Not a Kindred saved list (any version this app can read).
    NotAList,
}

/// Parses an exported file (any version this app can read).
pub fn import(text: &str) -> Result<Saved, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge);
    }
    match decode(Some(text.trim_start_matches('\u{feff}'))) {
        Decoded::Current { saved, .. } | Decoded::Newer { saved, .. } => Ok(saved),
        Decoded::Empty | Decoded::Unreadable => Err(ImportError::NotAList),
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

/// Whether what is saved is being kept on the device, for a calm status message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Health {
    /// Saved on this device.
    Saved,
    /// Storage can't be used here (or is full): the list lasts until the page closes.
    MemoryOnly(StoreError),
}

/// Stored data that couldn't be read (or came from a newer version), copied aside untouched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptAside {
    /// The key holding the copy.
    pub backup: String,
    pub newer: bool,
}

/// The saved list and its storage.
pub struct Store<S: KeyValue> {
    storage: S,
    pub saved: Saved,
    pub health: Health,
    /// Data set aside (it can be exported raw).
    pub kept: Option<KeptAside>,
    /// Set when storage must not be written (unreadable data that couldn't be copied aside).
    frozen: bool,
}

impl<S: KeyValue> Store<S> {
    /// Loads, migrating old data and setting aside what can't be read.
    pub fn open(storage: S, now_ms: u64) -> Store<S> {
        let mut store = Store { storage, saved: Saved::default(), health: Health::Saved, kept: None, frozen: false };
        match store.storage.get(KEY) {
            Ok(raw) => store.absorb(raw, now_ms),
            Err(e) => {
                store.health = Health::MemoryOnly(e);
                store.frozen = true;
            }
        }
        store
    }

    /// Takes in what storage holds (at start-up, or after another tab wrote). What can't be read
    /// is copied aside before anything is written; a list another tab removed is blanked here too.
    fn absorb(&mut self, raw: Option<String>, now_ms: u64) {
        match decode(raw.as_deref()) {
            Decoded::Empty => {
                // Removed by another tab ("leave and clear"): never write the old items back.
                // In memory-only mode the list was never stored, so ours stays.
                if self.health == Health::Saved {
                    self.saved = Saved::default();
                }
            }
            Decoded::Current { saved, migrated_from } => {
                let mine = std::mem::replace(&mut self.saved, saved);
                // Keep anything only this tab has (saved while storage was full).
                if matches!(self.health, Health::MemoryOnly(_)) {
                    self.saved.merge(&mine, |_, _| true);
                }
                if let (Some(from), Some(raw)) = (migrated_from, &raw) {
                    // Keep the old form until the migrated one is written.
                    let _ = self.storage.set(&format!("{KEY}.v{from}-backup"), raw);
                    self.write();
                }
            }
            Decoded::Unreadable => self.set_aside(raw.unwrap_or_default(), false, now_ms),
            Decoded::Newer { saved, .. } => {
                self.saved = saved;
                self.set_aside(raw.unwrap_or_default(), true, now_ms);
            }
        }
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
                self.kept = Some(KeptAside { backup, newer });
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
        self.kept.as_ref().and_then(|k| self.storage.get(&k.backup).ok().flatten())
    }

    /// Whether the list is being kept on the device (a save now will be there next visit).
    pub fn is_persisting(&self) -> bool {
        !self.frozen && self.health == Health::Saved
    }

    fn write(&mut self) {
        if self.frozen {
            return;
        }
        self.health = match self.storage.set(KEY, &encode(&self.saved)) {
            Ok(()) => Health::Saved,
            Err(e) => Health::MemoryOnly(e),
        };
    }

    /// Re-reads what another tab may have written (on the `storage` event, and before changes).
    pub fn refresh(&mut self, now_ms: u64) {
        if self.frozen {
            return;
        }
        if let Ok(raw) = self.storage.get(KEY) {
            self.absorb(raw, now_ms);
        }
    }

    /// Applies a change to the latest stored list and saves it.
    pub fn change(&mut self, now_ms: u64, f: impl FnOnce(&mut Saved)) {
        self.refresh(now_ms);
        f(&mut self.saved);
        self.write();
    }

    /// Another tab cleared everything: blank the list here, and never write it back.
    pub fn forget(&mut self) {
        self.saved = Saved::default();
        self.kept = None;
    }

    /// Removes every key Kindred wrote (never `clear()`: other sites' data on a shared origin stays).
    pub fn clear_all(&mut self) {
        if let Ok(keys) = self.storage.keys() {
            for k in keys.iter().filter(|k| k.starts_with(PREFIX)) {
                let _ = self.storage.remove(k);
            }
        }
        self.forget();
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
