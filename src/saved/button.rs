//! The Save toggle on cards, listings and articles, and the undo notice.
//!
//! A toggle is either a Leptos component ([`SaveButton`], on single pages) or plain HTML
//! ([`save_button_html`], in the result list, which is drawn as one string). The HTML ones are
//! kept current by [`sync_buttons`] and toggled through one delegated click handler
//! ([`toggle_from_click`]), so a list of cards costs no reactive closures per card.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use kindred_core::bookmarks::{ItemKind, Saved};

use super::state::{toggle, undo, use_saved, SavedState};
use crate::shell::static_html::esc;

fn label(name: &str, saved: bool) -> String {
    if saved {
        format!("Saved: {name}. Remove from saved")
    } else {
        format!("Save {name}")
    }
}

fn face(saved: bool) -> &'static str {
    if saved {
        "★ Saved"
    } else {
        "☆ Save"
    }
}

#[component]
pub fn SaveButton(kind: ItemKind, id: &'static str, name: &'static str) -> impl IntoView {
    let state = use_saved();
    let is_saved = move || state.saved.with(|s| s.contains(kind, id));
    view! {
        <button type="button" class="save" class:is-saved=is_saved
            aria-label=move || label(name, is_saved())
            on:click=move |_| toggle(state, kind, id, name)>
            <span aria-hidden="true">{move || face(is_saved())}</span>
        </button>
    }
}

/// A resource's Save toggle as HTML, in its current state.
pub fn save_button_html(id: &str, name: &str, saved: bool) -> String {
    format!(
        "<button type=\"button\" class=\"save{}\" data-save=\"{}\" data-name=\"{}\" aria-label=\"{}\"><span aria-hidden=\"true\">{}</span></button>",
        if saved { " is-saved" } else { "" },
        esc(id),
        esc(name),
        esc(&label(name, saved)),
        face(saved)
    )
}

/// Brings every HTML Save toggle under `root` in line with `saved`, touching only those that
/// changed.
pub fn sync_buttons(root: &web_sys::Element, saved: &Saved) {
    for button in crate::browser::query_all(root, "button[data-save]") {
        let (Some(id), Some(name)) = (button.get_attribute("data-save"), button.get_attribute("data-name")) else { continue };
        let now = saved.contains(ItemKind::Resource, &id);
        if button.class_list().contains("is-saved") != now {
            let _ = button.class_list().toggle_with_force("is-saved", now);
            let _ = button.set_attribute("aria-label", &label(&name, now));
            if let Some(span) = button.first_element_child() {
                span.set_text_content(Some(face(now)));
            }
        }
    }
}

/// Handles a click anywhere in a list of HTML Save toggles (clicks elsewhere are left alone).
pub fn toggle_from_click(state: SavedState, event: &web_sys::MouseEvent) {
    let Some(button) =
        event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|t| t.closest("button[data-save]").ok().flatten())
    else {
        return;
    };
    if let (Some(id), Some(name)) = (button.get_attribute("data-save"), button.get_attribute("data-name")) {
        toggle(state, ItemKind::Resource, &id, &name);
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
