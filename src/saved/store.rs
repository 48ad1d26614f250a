//! The saved list as the app shares it: one [`SavedList`] in context, holding the core
//! [`Store`] (its rules: versions, recovery, keeping unreadable data aside, memory fallback) and
//! the signals every Save button, the nav count and `/saved` read. A click calls a method here;
//! the method runs the core rule, writes through the checked `KeyValue` port and updates the
//! signals. Another tab's `storage` event comes in through [`SavedList::refresh`], the same path.
//!
//! The store is opened in an effect, after the first render: the prerendered page and the first
//! render in the browser both show an empty list, so hydration matches.

use leptos::prelude::*;

use kindred_core::bookmarks::{Health, Item, ItemKind, Saved, Store, KEY};

use super::web_storage::WebStorage;

/// The last removal, for "Undo": position, item and the name shown.
pub type Removed = (usize, Item, String);

/// What happened last, for the polite notice under the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    None,
    Saved(String),
    Removed(String),
    Restored(String),
}

#[derive(Clone, Copy)]
pub struct SavedList {
    store: StoredValue<Option<Store<WebStorage>>>,
    /// The list as stored (or kept in memory).
    pub saved: RwSignal<Saved>,
    pub health: RwSignal<Health>,
    pub undo: RwSignal<Option<Removed>>,
    pub notice: RwSignal<Notice>,
}

impl SavedList {
    fn new() -> SavedList {
        SavedList {
            store: StoredValue::new(None),
            saved: RwSignal::new(Saved::default()),
            health: RwSignal::new(Health::Saved),
            undo: RwSignal::new(None),
            notice: RwSignal::new(Notice::None),
        }
    }

    /// Runs `f` on the store, opening it on first use.
    fn with_store<T>(&self, f: impl FnOnce(&mut Store<WebStorage>) -> T) -> Option<T> {
        self.store
            .try_update_value(|slot| f(slot.get_or_insert_with(|| Store::open(WebStorage, crate::browser::now_seconds() as u64 * 1000))))
    }

    /// Copies the store's state into the signals (each only if it changed).
    fn sync(&self) {
        if let Some((saved, health)) = self.with_store(|s| (s.saved.clone(), s.health.clone())) {
            if self.saved.with_untracked(|now| *now != saved) {
                self.saved.set(saved);
            }
            if self.health.with_untracked(|now| *now != health) {
                self.health.set(health);
            }
        }
    }

    /// Opens the store (reading storage) and shows what it holds.
    pub fn load(&self) {
        self.sync();
    }

    /// Re-reads storage after another tab wrote to it.
    pub fn refresh(&self) {
        self.with_store(Store::refresh);
        self.sync();
    }

    /// Applies a change to the latest stored list and saves it.
    pub fn change(&self, f: impl FnOnce(&mut Saved)) {
        self.with_store(|s| s.change(f));
        self.sync();
    }

    pub fn contains(&self, kind: ItemKind, id: &str) -> bool {
        self.saved.with(|s| s.contains(kind, id))
    }

    /// Saves or removes an item; a removal can be undone.
    pub fn toggle(&self, kind: ItemKind, id: &str, name: &str) {
        let mut removed = None;
        self.change(|s| match s.remove(kind, id) {
            Some(r) => removed = Some(r),
            None => s.add(Item::new(kind, id)),
        });
        match removed {
            Some((at, item)) => {
                self.notice.set(Notice::Removed(name.to_owned()));
                self.undo.set(Some((at, item, name.to_owned())));
            }
            None => {
                self.notice.set(Notice::Saved(name.to_owned()));
                self.undo.set(None);
            }
        }
    }

    /// Puts the last removed item back where it was.
    pub fn undo(&self) {
        if let Some((at, item, name)) = self.undo.get_untracked() {
            self.change(|s| s.restore(at, item));
            self.undo.set(None);
            self.notice.set(Notice::Restored(name));
        }
    }

    /// The raw text of stored data that couldn't be read, for "export it as it was".
    pub fn kept_aside(&self) -> Option<String> {
        self.with_store(|s| s.kept_aside()).flatten()
    }

    /// Removes every key Kindred wrote on this device.
    pub fn clear_everything(&self) {
        self.with_store(Store::clear_all);
        self.sync();
    }
}

/// Provides the saved list to the app: opens it once the page is interactive and follows other
/// tabs' changes through the `storage` event (the listener is removed with the app).
pub fn provide() -> SavedList {
    let list = SavedList::new();
    provide_context(list);
    Effect::new(move || list.load());
    if crate::browser::IN_BROWSER {
        let handle = window_event_listener(leptos::ev::storage, move |e| {
            if e.key().is_none_or(|k| k.starts_with(KEY)) {
                list.refresh();
            }
        });
        on_cleanup(move || handle.remove());
    }
    list
}

pub fn use_saved() -> SavedList {
    expect_context::<SavedList>()
}
