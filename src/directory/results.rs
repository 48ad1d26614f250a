//! The result list: a keyed list of cards, so a card whose listing stays in the results is kept
//! as it is (with its focus) and only new ones are drawn.

use leptos::prelude::*;

use super::card::Card;
use super::state::use_directory_state;

#[component]
pub fn ResultList() -> impl IntoView {
    let state = use_directory_state();
    view! {
        <ul class="results" id="results">
            <For each=move || state.visible.get() key=|i| *i let:index>
                <Card index/>
            </For>
        </ul>
    }
}
