//! The result list: a keyed list of cards, so a card whose listing stays in the results is kept
//! as it is (with its focus) and only new ones are drawn.
//!
//! Once the page runs, what only the browser knows (the visitor's region, which orders the
//! default list; the clock, which says what is open) redraws the list once: the key carries
//! them, so the prerendered cards are replaced rather than moved about, and nothing on screen
//! shifts.

use leptos::prelude::*;

use super::card::Card;
use super::state::use_directory_state;
use crate::shell::client::use_client;
use crate::shell::region::use_region;

#[component]
pub fn ResultList() -> impl IntoView {
    let state = use_directory_state();
    let client = use_client();
    let visitor = use_region();
    let cards = move || {
        let context = (client.ready.get(), visitor.region.get());
        state.visible.get().into_iter().map(|i| (context, i)).collect::<Vec<_>>()
    };
    view! {
        <ul class="results" id="results">
            <For each=cards key=|card| *card let:card>
                <Card index=card.1/>
            </For>
        </ul>
    }
}
