//! The search box. Typing answers at once; the URL catches up after a pause, or when the box
//! loses focus (e.g. a result is tapped) or the form is submitted.

use leptos::html::Input;
use leptos::prelude::*;

use super::data::use_directory;
use super::state::use_directory_state;

#[component]
pub fn SearchBox() -> impl IntoView {
    let state = use_directory_state();
    let directory = use_directory();
    let dw = crate::i18n::directory_words();
    let input = NodeRef::<Input>::new();
    // The box shows the query's text (after Back, say) but is never rewritten with what it
    // already holds: that would re-lay out the field and move the caret on every keystroke.
    // What was typed into the prerendered box before the app ran is the person's: it is
    // searched, not wiped.
    Effect::new(move |ran_before: Option<()>| {
        let text = state.query.with(|q| q.text.clone());
        if let Some(input) = input.get() {
            let typed = input.value();
            if ran_before.is_none() && !typed.is_empty() && typed != text {
                state.type_text(&typed);
            } else if typed != text {
                input.set_value(&text);
            }
        }
    });
    view! {
        <form class="search" role="search" on:submit=move |ev| { ev.prevent_default(); state.commit_typed(); }>
            <label for="q">{dw.search_label}</label>
            <input id="q" type="search" name="q" autocomplete="off" spellcheck="false" maxlength="120"
                placeholder=dw.search_placeholder node_ref=input
                // The search's words are built when someone is about to type, not at start-up;
                // after the focus has painted, so the field answers the tap at once.
                on:focus=move |_| request_idle_callback(move || directory.prepare_text_search())
                on:input=move |ev| state.type_text(&event_target_value(&ev))
                on:change=move |_| state.commit_typed()/>
        </form>
    }
}
