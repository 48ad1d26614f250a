//! The Save toggle on cards, listings and articles, and the undo notice.

use leptos::prelude::*;

use kindred_core::bookmarks::ItemKind;

use super::state::{toggle, undo, use_saved};

#[component]
pub fn SaveButton(kind: ItemKind, id: &'static str, name: &'static str) -> impl IntoView {
    let state = use_saved();
    let is_saved = move || state.saved.with(|s| s.contains(kind, id));
    view! {
        <button type="button" class="save" class:is-saved=is_saved
            aria-label=move || if is_saved() { format!("Saved: {name}. Remove from saved") } else { format!("Save {name}") }
            on:click=move |_| toggle(state, kind, id, name)>
            <span aria-hidden="true">{move || if is_saved() { "★ Saved" } else { "☆ Save" }}</span>
        </button>
    }
}

/// "Saved X" is announced to screen readers (the button itself shows the change); "Removed X.
/// Undo" is also shown, at the bottom of the screen, until the next change.
#[component]
pub fn SavedNotice() -> impl IntoView {
    let state = use_saved();
    view! {
        <div class="toast" role="status" aria-live="polite">
            <p class="notice" hidden=move || state.message.with(String::is_empty) class:visually-hidden=move || state.undo.with(Option::is_none)>
                {move || state.message.get()}
                " "
                <button type="button" class="link-button" id="undo-remove" hidden=move || state.undo.with(Option::is_none) on:click=move |_| undo(state)>
                    "Undo"
                </button>
            </p>
        </div>
    }
}
