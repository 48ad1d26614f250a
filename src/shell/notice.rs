//! "Saved X" is announced to screen readers (the button itself shows the change); "Removed X.
//! Undo" is also shown at the bottom of the screen until the next change.

use leptos::prelude::*;

use crate::i18n::use_strings;
use crate::saved::store::Notice;
use crate::saved::use_saved;

#[component]
pub fn SavedNotice() -> impl IntoView {
    let saved = use_saved();
    let t = use_strings();
    let text = move || match saved.notice.get() {
        Notice::None => String::new(),
        Notice::Saved { name, kept: true } => (t.save.notice_saved)(&name),
        Notice::Saved { name, kept: false } => (t.save.notice_saved_this_visit)(&name),
        Notice::SavedAll { count, kept } => (t.save.notice_saved_all)(count, kept),
        Notice::Removed(name) => (t.save.notice_removed)(&name),
        Notice::Restored(name) => (t.save.notice_restored)(&name),
    };
    let no_undo = move || saved.undo.with(Option::is_none);
    view! {
        <div class="toast" role="status" aria-live="polite">
            <p class="notice" hidden=move || saved.notice.with(|n| *n == Notice::None) class:visually-hidden=no_undo>
                {text}" "
                <button type="button" class="link-button" id="undo-remove" hidden=no_undo on:click=move |_| saved.undo()>
                    {t.save.undo}
                </button>
            </p>
        </div>
    }
}
