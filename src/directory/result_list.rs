//! The result list, drawn as one HTML string whenever the visible results change. When only the
//! query's wording changes (same results), the card links are updated in place so "back to
//! results" returns to exactly this view; when only the minute changes, the hours lines are.
//! Save toggles are synced in place and take clicks through one delegated handler. Nothing is
//! redrawn that didn't change, so focus in the list survives a minute tick or a save.

use leptos::prelude::*;

use kindred_core::bookmarks::ItemKind;

use super::card::{card_html, hours_text, listing_href};
use super::engine;
use crate::browser::query_all;
use crate::saved::button::{sync_buttons, toggle_from_click};
use crate::saved::state::use_saved;

/// What the list shows: which results, linking back to which query, at which minute.
#[derive(Clone, PartialEq)]
struct Drawn {
    ids: Vec<u32>,
    back: String,
    minute: i64,
}

/// Runs a keystroke's work once, off screen, soon after the page appears: the browser compiles
/// the code on first use, so this way the person's first keystroke doesn't pay for it.
fn warm_up(minute: i64) {
    let resources = engine::resources();
    for text in ["s", "peer s"] {
        let q = kindred_core::query_codec::DirectoryQuery { text: text.into(), ..Default::default() };
        let html: String = engine::search(&q, minute)
            .ids
            .iter()
            .take(20)
            .map(|&i| card_html(&resources[i as usize], engine::is_open(i, minute), minute * 60, "", false, false))
            .collect();
        std::hint::black_box(html);
    }
}

/// Cards drawn in the keystroke's own frame (enough to fill a screen); the rest follow in the
/// task after that frame, so a keystroke never waits for cards nobody can see yet.
const FIRST_SCREEN: usize = 5;

#[component]
pub fn ResultList(
    visible: Memo<Vec<u32>>,
    back: Memo<String>,
    minute: RwSignal<i64>,
    /// In a partner's iframe listings open on the full site, in a new tab.
    embedded: bool,
) -> impl IntoView {
    let list = NodeRef::<leptos::html::Ul>::new();
    let state = use_saved();
    crate::browser::after_next_frame(|| warm_up(crate::browser::now_seconds() / 60));
    // Cards of the current results not drawn yet.
    let later: StoredValue<Vec<u32>> = StoredValue::new(Vec::new());
    let cards = move |ids: &[u32]| -> String {
        let resources = engine::resources();
        let (back, minute) = (back.get_untracked(), minute.get_untracked());
        state.saved.with_untracked(|saved| {
            ids.iter()
                .map(|&i| {
                    let r = &resources[i as usize];
                    card_html(r, engine::is_open(i, minute), minute * 60, &back, embedded, saved.contains(ItemKind::Resource, r.id))
                })
                .collect()
        })
    };
    let draw_later = move || {
        let Some(ids) = later.try_update_value(std::mem::take) else { return };
        if let (false, Some(ul)) = (ids.is_empty(), list.get_untracked()) {
            let _ = ul.insert_adjacent_html("beforeend", &cards(&ids));
        }
    };
    Effect::new(move |before: Option<Option<Drawn>>| {
        let now = Drawn { ids: visible.get(), back: back.get(), minute: minute.get() };
        let ul = list.get()?;
        match before.flatten() {
            Some(b) if b.ids == now.ids => {
                draw_later();
                let resources = engine::resources();
                if b.back != now.back {
                    for (a, &i) in query_all(&ul, "a[data-listing]").iter().zip(&now.ids) {
                        let _ = a.set_attribute("href", &listing_href(resources[i as usize].id, &now.back));
                    }
                }
                if b.minute != now.minute {
                    for (p, &i) in query_all(&ul, ".card__hours").iter().zip(&now.ids) {
                        p.set_text_content(Some(&hours_text(&resources[i as usize], now.minute * 60)));
                        let _ = p.class_list().toggle_with_force("is-open", engine::is_open(i, now.minute));
                    }
                }
            }
            // "Show more": add the new cards below, leaving the drawn ones (and focus) alone.
            Some(b) if now.ids.starts_with(&b.ids) && b.back == now.back => {
                draw_later();
                let _ = ul.insert_adjacent_html("beforeend", &cards(&now.ids[b.ids.len()..]));
            }
            _ => {
                let split = now.ids.len().min(FIRST_SCREEN);
                ul.set_inner_html(&cards(&now.ids[..split]));
                later.set_value(now.ids[split..].to_vec());
                if split < now.ids.len() {
                    crate::browser::after_next_frame(draw_later);
                }
            }
        }
        Some(now)
    });
    Effect::new(move |_| {
        if let Some(ul) = list.get() {
            state.saved.with(|saved| sync_buttons(&ul, saved));
        }
    });
    view! { <ul class="results" id="results" node_ref=list on:click=move |ev| toggle_from_click(state, &ev)></ul> }
}
