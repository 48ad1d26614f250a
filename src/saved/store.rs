//! The saved list and the support plan as the app shares them: a [`SavedList`] (the kept list,
//! with undo and the polite notice), opened once the page runs, and a [`Kept<Plan>`], opened by
//! the first page that shows the plan ([`use_plan`]). Another tab's writes come in through the `storage` event; "leave and clear" in any tab
//! reaches every other (a `BroadcastChannel` message, and the removed keys), which blank what
//! they show and leave too.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use gloo_events::EventListener;
use kindred_core::bookmarks::{Health, Item, ItemKind, KeptAside, Saved, KEY};
use kindred_core::plan::{self, Plan};

use super::kept::{Kept, OpenDoc};

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
    doc: Kept<Saved>,
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
        let doc = Kept::new();
        SavedList {
            doc,
            saved: doc.value,
            health: doc.health,
            kept: doc.kept,
            undo: RwSignal::new(None),
            notice: RwSignal::new(Notice::None),
        }
    }

    /// Opens the store (reading storage) and shows what it holds.
    pub fn load(&self) {
        self.doc.load();
    }

    /// Re-reads storage after another tab wrote to it.
    pub fn refresh(&self) {
        self.doc.refresh();
    }

    /// Applies a change to the latest stored list and saves it; returns what `f` returned
    /// (`None` only once the app is gone).
    pub fn change<T>(&self, f: impl FnOnce(&mut Saved) -> T) -> Option<T> {
        self.doc.change(f)
    }

    /// Whether changes are being kept on the device (not only for this visit).
    pub fn is_persisting(&self) -> bool {
        self.doc.is_persisting()
    }

    pub fn contains(&self, kind: ItemKind, id: &str) -> bool {
        self.saved.with(|s| s.contains(kind, id))
    }

    /// Saves or removes an item; a removal can be undone.
    pub fn toggle(&self, kind: ItemKind, id: &str, name: &str) {
        let removed = self.change(|s| {
            let removed = s.remove(kind, id);
            if removed.is_none() {
                s.add(Item::new(kind, id));
            }
            removed
        });
        match removed.flatten() {
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
        self.doc.kept_aside()
    }
}

/// Removes every key Kindred wrote on this device (the saved list, the plan, the chosen
/// country), blanks what this tab shows, and tells every other open Kindred tab.
pub fn clear_everything() {
    if let Some(saved) = use_context::<SavedList>() {
        saved.doc.clear_all();
    }
    if let Some(plan) = use_context::<PlanSlot>() {
        plan.forget();
    }
    if let Ok(channel) = web_sys::BroadcastChannel::new("kindred") {
        let _ = channel.post_message(&CLEARED.into());
    }
}

/// Another tab cleared everything: blank what this tab shows (never write it back) and leave too.
fn cleared_elsewhere(saved: SavedList, plan: PlanSlot) {
    saved.doc.forget();
    plan.forget();
    crate::shell::quick_exit::exit_now();
}

/// The plan's store once a page has opened it, held by its [`OpenDoc`] face: the main module
/// re-reads and blanks it without the plan's code, which travels with the plan and saved pages.
/// Its signals belong to the app's owner, so they outlive the page that opened them.
#[derive(Clone, Copy)]
struct PlanSlot {
    doc: StoredValue<Option<Box<dyn OpenDoc>>>,
    owner: StoredValue<Option<Owner>, LocalStorage>,
}

impl PlanSlot {
    fn refresh(&self) {
        self.doc.with_value(|d| d.as_ref().map(|d| d.refresh()));
    }

    fn forget(&self) {
        self.doc.with_value(|d| d.as_ref().map(|d| d.forget()));
    }
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
    let plan = PlanSlot { doc: StoredValue::new(None), owner: StoredValue::new_local(Owner::current()) };
    provide_context(plan);
    let others: StoredValue<Option<OtherTabs>, LocalStorage> = StoredValue::new_local(None);
    Effect::new(move || {
        list.load();
        // "Leave and clear" in another tab, told directly where the browser can.
        if let Ok(channel) = web_sys::BroadcastChannel::new("kindred") {
            let listener = EventListener::new(&channel, "message", move |e| {
                let data = e.dyn_ref::<web_sys::MessageEvent>().and_then(|m| m.data().as_string());
                if data.as_deref() == Some(CLEARED) {
                    cleared_elsewhere(list, plan);
                }
            });
            others.set_value(Some(OtherTabs { _channel: channel, _listener: listener }));
        }
    });
    let handle = window_event_listener(leptos::ev::storage, move |e| match e.key() {
        // The whole storage cleared, or a document removed: another tab left and cleared.
        None => cleared_elsewhere(list, plan),
        Some(k) if (k == KEY || k == plan::KEY) && e.new_value().is_none() => cleared_elsewhere(list, plan),
        Some(k) if k.starts_with(KEY) => list.refresh(),
        Some(k) if k.starts_with(plan::KEY) => plan.refresh(),
        _ => {}
    });
    on_cleanup(move || handle.remove());
    list
}

/// The support plan, opened the first time a page asks for it: at once if the page already
/// runs (a page opened from another), else once hydration is done, as the saved list is.
pub fn use_plan() -> Kept<Plan> {
    let slot = expect_context::<PlanSlot>();
    let open = slot.doc.with_value(|d| d.as_ref().and_then(|d| d.as_any().downcast_ref::<Kept<Plan>>().copied()));
    if let Some(plan) = open {
        return plan;
    }
    let client = crate::shell::client::use_client();
    let new = move || {
        let plan: Kept<Plan> = Kept::new();
        if client.ready.get_untracked() {
            plan.load();
        } else {
            Effect::new(move || {
                if client.ready.get() {
                    plan.load();
                }
            });
        }
        plan
    };
    let plan = match slot.owner.get_value() {
        Some(owner) => owner.with(new),
        None => new(),
    };
    slot.doc.set_value(Some(Box::new(plan)));
    plan
}

pub fn use_saved() -> SavedList {
    expect_context::<SavedList>()
}
