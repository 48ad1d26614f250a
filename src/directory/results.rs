//! The result list: a keyed list of cards, so a card whose listing stays in the results is kept
//! as it is (with its focus) and only new ones are drawn.
//!
//! The prerendered page lists every result, for reading without JavaScript. The browser never
//! hydrates those cards: the app's own render of that list is an empty `<ul>`, so hydration
//! takes the element and skips what is inside, and once the page runs the whole list goes in
//! one removal and the live list draws its first cards in steps (see [`Drawn`]). Hydrating the
//! 112 prerendered cards only to replace them was most of `/directory`'s start-up task.
//!
//! The skip is Leptos's own rule, not a mismatch it happens to tolerate: an element is hydrated
//! by taking the node the server wrote, and its children only when the view gives it some
//! (tachys's `HtmlElement::hydrate`; the same rule keeps an `inner_html` element's server-written
//! content), after which hydration goes on from the element's next sibling. The component test
//! `an_element_without_children_in_the_view_keeps_the_servers_through_hydration`
//! (`tests/components.rs`) pins it, so a Leptos release that changed it fails there. Rendering
//! the same cards on both sides instead would bring back the cost this avoids.
//!
//! [`Drawn`]: super::state::Drawn

use leptos::prelude::*;

use super::card::Card;
use super::state::use_directory_state;
use crate::shell::client::use_client;

#[component]
pub fn ResultList() -> impl IntoView {
    let ready = use_client().ready;
    view! {
        <Show when=move || ready.get() fallback=PrerenderedList>
            <LiveList/>
        </Show>
    }
}

/// The cards drawn in the running page: the first results, reached in steps.
#[component]
fn LiveList() -> impl IntoView {
    let state = use_directory_state();
    let cards = move || state.visible.with(|d| d.ids.iter().map(|&i| (d.region, i)).collect::<Vec<_>>());
    view! {
        <ul class="results" id="results">
            <For each=cards key=|card| *card let:card>
                <Card index=card.1/>
            </For>
        </ul>
    }
}

/// The prerendered page's list: every result. The browser renders it empty (see the module's
/// comment).
#[component]
fn PrerenderedList() -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        let state = use_directory_state();
        let ids = state.results.with(|r| r.ids.clone());
        view! { <ul class="results results--all" id="results">{ids.into_iter().map(|index| view! { <Card index/> }).collect_view()}</ul> }
    }
    #[cfg(not(feature = "ssr"))]
    view! { <ul class="results results--all" id="results"></ul> }
}
