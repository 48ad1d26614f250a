//! The saved list as the app shares it: one [`SavedList`] in context, holding the core
//! [`Store`] (its rules: versions, recovery, keeping unreadable data aside, memory fallback) and
//! the signals every Save button, the nav count and `/saved` read. A click calls a method here;
//! the method runs the core rule, writes through the checked `KeyValue` port and updates the
//! signals. Another tab's `storage` event comes in through [`SavedList::refresh`], the same path.
//!
//! The store is opened in an effect, after the first render: the prerendered page and the first
//! render in the browser both show an empty list, so hydration matches.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use gloo_events::EventListener;
use kindred_core::bookmarks::{Health, Item, ItemKind, KeptAside, Saved, Store, KEY};

use super::web_storage::WebStorage;

/// The last removal, for "Undo": position, item and the name shown.
pub type Removed = (usize, Item, String);

/// What happened last, for the polite notice under the page. `kept` says whether the change
/// is being kept on the device or only for this visit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    None,
    Saved {
        name: String,
        kept: bool,
    },
    /// Several saved at once ("Save these").
    SavedAll {
        count: usize,
        kept: bool,
    },
    Removed(String),
    Restored(String),
}

/// The message every Kindred tab hears when "Leave and clear" is pressed in one of them.
const CLEARED: &str = "kindred:cleared";

#[derive(Clone, Copy)]
pub struct SavedList {
    store: StoredValue<Option<Store<WebStorage>>>,
    /// The list as stored (or kept in memory).
    pub saved: RwSignal<Saved>,
    pub health: RwSignal<Health>,
    /// Stored data that couldn't be read, kept aside untouched.
    pub kept: RwSignal<Option<KeptAside>>,
    pub undo: RwSignal<Option<Removed>>,
    pub notice: RwSignal<Notice>,
}

impl SavedList {
    fn new() -> SavedList {
        SavedList {
            store: StoredValue::new(None),
            saved: RwSignal::new(Saved::default()),
            health: RwSignal::new(Health::Saved),
            kept: RwSignal::new(None),
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
        if let Some((saved, health, kept)) = self.with_store(|s| (s.saved.clone(), s.health.clone(), s.kept.clone())) {
            if self.saved.with_untracked(|now| *now != saved) {
                self.saved.set(saved);
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

    /// Applies a change to the latest stored list and saves it.
    pub fn change(&self, f: impl FnOnce(&mut Saved)) {
        self.with_store(|s| s.change(now_ms(), f));
        self.sync();
    }

    /// Whether changes are being kept on the device (not only for this visit).
    pub fn is_persisting(&self) -> bool {
        self.with_store(|s| s.is_persisting()).unwrap_or(false)
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
                self.notice.set(Notice::Saved { name: name.to_owned(), kept: self.is_persisting() });
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

    /// Removes every key Kindred wrote on this device, and tells every other open Kindred tab.
    pub fn clear_everything(&self) {
        self.with_store(Store::clear_all);
        self.sync();
        if let Ok(channel) = web_sys::BroadcastChannel::new("kindred") {
            let _ = channel.post_message(&CLEARED.into());
        }
    }

    /// Another tab cleared everything: blank the list here (never write it back) and leave too.
    fn cleared_elsewhere(&self) {
        self.with_store(Store::forget);
        self.sync();
        crate::shell::quick_exit::exit_now();
    }
}

fn now_ms() -> u64 {
    crate::browser::now_seconds() as u64 * 1000
}

/// What keeps this tab listening to the others, for the app's lifetime.
struct OtherTabs {
    _channel: web_sys::BroadcastChannel,
    _listener: EventListener,
}

/// Provides the saved list to the app: opens it once the page is interactive and follows other
/// tabs' changes through the `storage` event (the listener is removed with the app).
pub fn provide() -> SavedList {
    let list = SavedList::new();
    provide_context(list);
    let others: StoredValue<Option<OtherTabs>, LocalStorage> = StoredValue::new_local(None);
    Effect::new(move || {
        list.load();
        // "Leave and clear" in another tab, told directly where the browser can.
        if let Ok(channel) = web_sys::BroadcastChannel::new("kindred") {
            let listener = EventListener::new(&channel, "message", move |e| {
                let data = e.dyn_ref::<web_sys::MessageEvent>().and_then(|m| m.data().as_string());
                if data.as_deref() == Some(CLEARED) {
                    list.cleared_elsewhere();
                }
            });
            others.set_value(Some(OtherTabs { _channel: channel, _listener: listener }));
        }
    });
    let handle = window_event_listener(leptos::ev::storage, move |e| match e.key() {
        // The whole storage cleared, or the list removed: another tab left and cleared.
        None => list.cleared_elsewhere(),
        Some(k) if k == KEY && e.new_value().is_none() => list.cleared_elsewhere(),
        Some(k) if k.starts_with(KEY) => list.refresh(),
        _ => {}
    });
    on_cleanup(move || handle.remove());
    list
}

pub fn use_saved() -> SavedList {
    expect_context::<SavedList>()
}
