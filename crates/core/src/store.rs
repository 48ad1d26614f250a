//! Documents kept on the device (the saved list, the support plan), with the same guarantees
//! for each (see `shared/research/reliability.md` §1.8):
//! - versioned, with forward-only migrations; unknown fields kept on every rewrite;
//! - data that cannot be read at all, or was written by a newer version, is never overwritten:
//!   it is copied aside first (at start-up and whenever another tab wrote it), and if that copy
//!   fails the store runs in memory only;
//! - every storage call may fail: failures degrade to memory-only with a status, never a panic;
//! - each change re-reads storage first, so two tabs never lose each other's changes, and a
//!   document another tab removed ("leave and clear") is never written back.

/// Every key Kindred writes starts with this ("leave and clear" removes only these).
pub const PREFIX: &str = "kindred.";

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

/// A document kept in storage under one key: how it is read and written.
pub trait Document: Clone + Default + PartialEq {
    /// The storage key (starts with [`PREFIX`]).
    const KEY: &'static str;
    /// Reads stored text (never fails; see [`Decoded`]).
    fn decode(raw: Option<&str>) -> Decoded<Self>;
    fn encode(&self) -> String;
    /// Takes back what only this tab has (kept in memory while storage refused writes) into
    /// the latest stored version.
    fn keep_mine(&mut self, mine: Self);
}

/// What was found in storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decoded<D> {
    /// Nothing stored yet.
    Empty,
    Current {
        saved: D,
        migrated_from: Option<u64>,
    },
    /// Not readable at all (not JSON, or not our shape).
    Unreadable,
    /// Written by a newer version: what this version can read of it.
    Newer {
        version: u64,
        saved: D,
    },
}

/// A document and its storage.
pub struct Store<S: KeyValue, D: Document> {
    storage: S,
    pub saved: D,
    pub health: Health,
    /// Data set aside (it can be exported raw).
    pub kept: Option<KeptAside>,
    /// Set when storage must not be written (unreadable data that couldn't be copied aside).
    frozen: bool,
}

impl<S: KeyValue, D: Document> Store<S, D> {
    /// Loads, migrating old data and setting aside what can't be read.
    pub fn open(storage: S, now_ms: u64) -> Store<S, D> {
        let mut store = Store { storage, saved: D::default(), health: Health::Saved, kept: None, frozen: false };
        match store.storage.get(D::KEY) {
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
        match D::decode(raw.as_deref()) {
            Decoded::Empty => {
                // Removed by another tab ("leave and clear"): never write the old data back.
                // In memory-only mode it was never stored, so ours stays.
                if self.health == Health::Saved {
                    self.saved = D::default();
                }
            }
            Decoded::Current { saved, migrated_from } => {
                let mine = std::mem::replace(&mut self.saved, saved);
                // Keep anything only this tab has (changed while storage was full).
                if matches!(self.health, Health::MemoryOnly(_)) {
                    self.saved.keep_mine(mine);
                }
                if let (Some(from), Some(raw)) = (migrated_from, &raw) {
                    // Keep the old form until the migrated one is written.
                    let _ = self.storage.set(&format!("{}.v{from}-backup", D::KEY), raw);
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
            keys.into_iter().find(|k| {
                k.starts_with(&format!("{}.kept-", D::KEY)) && self.storage.get(k).ok().flatten().as_deref() == Some(raw.as_str())
            })
        });
        let backup = existing.clone().unwrap_or_else(|| format!("{}.kept-{now_ms}", D::KEY));
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
        self.health = match self.storage.set(D::KEY, &self.saved.encode()) {
            Ok(()) => Health::Saved,
            Err(e) => Health::MemoryOnly(e),
        };
    }

    /// Re-reads what another tab may have written (on the `storage` event, and before changes).
    pub fn refresh(&mut self, now_ms: u64) {
        if self.frozen {
            return;
        }
        if let Ok(raw) = self.storage.get(D::KEY) {
            self.absorb(raw, now_ms);
        }
    }

    /// Applies a change to the latest stored document and saves it; returns what `f` returned
    /// (what the change did: the removed entry, whether a line fitted, …).
    pub fn change<T>(&mut self, now_ms: u64, f: impl FnOnce(&mut D) -> T) -> T {
        self.refresh(now_ms);
        let out = f(&mut self.saved);
        self.write();
        out
    }

    /// Another tab cleared everything: blank it here, and never write it back.
    pub fn forget(&mut self) {
        self.saved = D::default();
        self.kept = None;
    }

    /// Removes every key Kindred wrote, this document's and every other (never `clear()`: other
    /// sites' data on a shared origin stays).
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

    /// The storage itself (tests inject faults and other tabs' writes through it).
    pub fn storage_mut(&mut self) -> &mut S {
        &mut self.storage
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
