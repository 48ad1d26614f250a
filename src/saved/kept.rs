//! A document kept on the device (the saved list, the support plan), as the app shares it: the
//! core [`Store`] (versions, recovery, keeping unreadable data aside, memory fallback) behind
//! the checked `KeyValue` port, mirrored into signals. A change calls a method here, which runs
//! the core rule, writes, and updates the signals; another tab's write comes in through
//! [`Kept::refresh`], the same path.
//!
//! The store is opened in an effect, after the first render: the prerendered page and the first
//! render in the browser both show an empty document, so hydration matches.

use leptos::prelude::*;

use kindred_core::store::{Document, Health, KeptAside, Store};

use crate::web_storage::WebStorage;

pub struct Kept<D: Document + Send + Sync + 'static> {
    store: StoredValue<Option<Store<WebStorage, D>>>,
    /// The document as stored (or kept in memory).
    pub value: RwSignal<D>,
    pub health: RwSignal<Health>,
    /// Stored data that couldn't be read, kept aside untouched.
    pub kept: RwSignal<Option<KeptAside>>,
}

impl<D: Document + Send + Sync + 'static> Clone for Kept<D> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<D: Document + Send + Sync + 'static> Copy for Kept<D> {}

pub(crate) fn now_ms() -> u64 {
    crate::browser::now_seconds() as u64 * 1000
}

impl<D: Document + Send + Sync + 'static> Kept<D> {
    pub fn new() -> Kept<D> {
        Kept {
            store: StoredValue::new(None),
            value: RwSignal::new(D::default()),
            health: RwSignal::new(Health::Saved),
            kept: RwSignal::new(None),
        }
    }

    /// Runs `f` on the store, opening it on first use.
    fn with_store<T>(&self, f: impl FnOnce(&mut Store<WebStorage, D>) -> T) -> Option<T> {
        self.store.try_update_value(|slot| f(slot.get_or_insert_with(|| Store::open(WebStorage, now_ms()))))
    }

    /// Copies the store's state into the signals (each only if it changed).
    fn sync(&self) {
        if let Some((value, health, kept)) = self.with_store(|s| (s.saved.clone(), s.health.clone(), s.kept.clone())) {
            if self.value.with_untracked(|now| *now != value) {
                self.value.set(value);
            }
            if self.health.with_untracked(|now| *now != health) {
                self.health.set(health);
            }
            if self.kept.with_untracked(|now| *now != kept) {
                self.kept.set(kept);
            }
        }
    }

    /// Opens the store (reading storage) and shows what it holds.
    pub fn load(&self) {
        self.sync();
    }

    /// Re-reads storage after another tab wrote to it.
    pub fn refresh(&self) {
        self.with_store(|s| s.refresh(now_ms()));
        self.sync();
    }

    /// Applies a change to the latest stored document and saves it; returns what `f` returned
    /// (`None` only once the app is gone).
    pub fn change<T>(&self, f: impl FnOnce(&mut D) -> T) -> Option<T> {
        let out = self.with_store(|s| s.change(now_ms(), f));
        self.sync();
        out
    }

    /// Whether changes are being kept on the device (not only for this visit).
    pub fn is_persisting(&self) -> bool {
        self.with_store(|s| s.is_persisting()).unwrap_or(false)
    }

    /// The raw text of stored data that couldn't be read, for "export it as it was".
    pub fn kept_aside(&self) -> Option<String> {
        self.with_store(|s| s.kept_aside()).flatten()
    }

    /// Another tab cleared everything: blank it here, and never write it back.
    pub fn forget(&self) {
        self.with_store(Store::forget);
        self.sync();
    }

    /// Removes every key Kindred wrote on this device.
    pub fn clear_all(&self) {
        self.with_store(Store::clear_all);
        self.sync();
    }
}

/// What every page does with a kept document it may not know the type of: re-read it when
/// another tab writes it, blank it when another tab (or this one) leaves and clears. The plan is
/// held this way by the main module, so its code is in the pages that show it (see
/// `store::use_plan`).
pub trait OpenDoc: Send + Sync {
    fn refresh(&self);
    fn forget(&self);
    fn as_any(&self) -> &dyn std::any::Any;
}

impl<D: Document + Send + Sync + 'static> OpenDoc for Kept<D> {
    fn refresh(&self) {
        Kept::refresh(self);
    }

    fn forget(&self) {
        Kept::forget(self);
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl<D: Document + Send + Sync + 'static> Default for Kept<D> {
    fn default() -> Self {
        Kept::new()
    }
}
