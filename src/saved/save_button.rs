//! The one Save toggle, used on result cards, listing pages, articles and the saved list.

use std::sync::Arc;

use leptos::prelude::*;

use kindred_core::bookmarks::ItemKind;

use super::store::use_saved;
use crate::i18n::use_strings;

#[component]
pub fn SaveButton(
    kind: ItemKind,
    #[prop(into)] id: Arc<str>,
    /// What a person calls it (announced, and shown in the undo notice).
    #[prop(into)]
    name: Arc<str>,
) -> impl IntoView {
    let saved = use_saved();
    let t = use_strings();
    let is_saved = {
        let id = id.clone();
        move || saved.contains(kind, &id)
    };
    let label = {
        let (name, is_saved) = (name.clone(), is_saved.clone());
        move || if is_saved() { (t.save.unsave_label)(&name) } else { (t.save.save_label)(&name) }
    };
    let face = {
        let is_saved = is_saved.clone();
        move || if is_saved() { t.save.button_saved } else { t.save.button_save }
    };
    view! {
        <button type="button" class="save" class:is-saved=is_saved aria-label=label
            on:click=move |_| saved.toggle(kind, &id, &name)>
            <span aria-hidden="true">{face}</span>
        </button>
    }
}
