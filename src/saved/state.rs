//! The saved list's reactive state: one `Store` for the page, mirrored into signals. Changes go
//! through [`change`], which re-reads storage first (another tab may have written), applies the
//! change, saves, and updates the signals. The `storage` event brings other tabs' changes in.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use kindred_core::bookmarks::{Health, Item, ItemKind, Saved, Store, KEY};

use super::web_storage::WebStorage;

thread_local! {
    static STORE: RefCell<Option<Store<WebStorage>>> = const { RefCell::new(None) };
}

/// What the UI reads.
#[derive(Clone, Copy)]
pub struct SavedState {
    pub saved: RwSignal<Saved>,
    pub health: RwSignal<Health>,
    /// The last removal, for "Undo": (position, item, name shown).
    pub undo: RwSignal<Option<(usize, Item, String)>>,
    /// A polite announcement ("Saved …", "Removed …").
    pub message: RwSignal<String>,
}

fn with_store<T>(f: impl FnOnce(&mut Store<WebStorage>) -> T) -> T {
    STORE.with(|s| {
        let mut s = s.borrow_mut();
        let store = s.get_or_insert_with(|| Store::open(WebStorage, js_sys::Date::now() as u64));
        f(store)
    })
}

fn sync(state: SavedState) {
    let (saved, health) = with_store(|s| (s.saved.clone(), s.health.clone()));
    state.saved.set(saved);
    state.health.set(health);
}

/// Opens the store and listens for other tabs. Call once; the state is provided as context.
pub fn start() -> SavedState {
    let state = SavedState {
        saved: RwSignal::new(Saved::default()),
        health: RwSignal::new(Health::Saved),
        undo: RwSignal::new(None),
        message: RwSignal::new(String::new()),
    };
    sync(state);
    if let Some(window) = crate::browser::window() {
        let on_storage = Closure::<dyn FnMut(web_sys::StorageEvent)>::new(move |e: web_sys::StorageEvent| {
            if e.key().is_none_or(|k| k == KEY) {
                with_store(|s| s.refresh());
                sync(state);
            }
        });
        let _ = window.add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref());
        on_storage.forget();
    }
    provide_context(state);
    state
}

pub fn use_saved() -> SavedState {
    expect_context::<SavedState>()
}

/// Applies a change to the saved list and saves it.
pub fn change(state: SavedState, f: impl FnOnce(&mut Saved)) {
    with_store(|s| s.change(f));
    sync(state);
}

/// Saves or removes an item; removal can be undone.
pub fn toggle(state: SavedState, kind: ItemKind, id: &str, name: &str) {
    let mut removed = None;
    change(state, |s| match s.remove(kind, id) {
        Some(r) => removed = Some(r),
        None => s.add(Item::new(kind, id)),
    });
    match removed {
        Some((at, item)) => {
            state.message.set(format!("Removed {name}."));
            state.undo.set(Some((at, item, name.to_owned())));
        }
        None => {
            state.message.set(format!("Saved {name}."));
            state.undo.set(None);
        }
    }
}

pub fn undo(state: SavedState) {
    if let Some((at, item, name)) = state.undo.get_untracked() {
        change(state, |s| s.restore(at, item));
        state.undo.set(None);
        state.message.set(format!("{name} is back in your saved list."));
    }
}

/// The raw text of stored data that couldn't be read, for "export it as it was".
pub fn kept_aside() -> Option<String> {
    with_store(|s| s.kept_aside())
}

/// Removes every key Kindred wrote on this device.
pub fn clear_everything() {
    with_store(|s| s.clear_all());
}
