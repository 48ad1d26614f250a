//! The result list: a keyed list of cards, so a card whose listing stays in the results is kept
//! as it is (with its focus) and only new ones are drawn.
//!
//! Once the page runs, what only the browser knows (the visitor's region, which orders the
//! default list) redraws the list once: the key carries it (see [`Drawn`]), so the prerendered
//! cards are replaced rather than moved about, and nothing on screen shifts.
//!
//! [`Drawn`]: super::state::Drawn

use leptos::prelude::*;

use super::card::Card;
use super::state::use_directory_state;

#[component]
pub fn ResultList() -> impl IntoView {
    let state = use_directory_state();
    let cards = move || state.visible.with(|d| d.ids.iter().map(|&i| (d.context, i)).collect::<Vec<_>>());
    view! {
        <ul class="results" id="results">
            <For each=cards key=|card| *card let:card>
                <Card index=card.1/>
            </For>
        </ul>
    }
}
