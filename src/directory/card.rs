//! A result card: what it is, who answers, whether it's open, one-tap contacts and Save.

use leptos::prelude::*;
use leptos_router::components::A;

use kindred_core::bookmarks::ItemKind;
use kindred_core::query_codec::encode;
use kindred_core::route::Route;

use super::contacts::Contacts;
use super::data::use_directory;
use super::hours::HoursLine;
use super::state::use_directory_state;
use crate::i18n::use_strings;
use crate::saved::SaveButton;
use crate::shell::base::Link;
use crate::shell::embed::use_embed;

/// Where a card's title links: the listing, remembering the directory view it came from.
pub fn listing_link(id: &str, back: &str) -> Link {
    Link::to(Route::Resource(id.to_owned())).query(if back.is_empty() { String::new() } else { format!("from={}", encode(back)) })
}

/// One result. `index` is the listing's position in the directory.
#[component]
pub fn Card(index: u32) -> impl IntoView {
    let r = use_directory().listing(index);
    let state = use_directory_state();
    let embedded = use_embed().embedded;
    let t = use_strings();
    let dw = crate::i18n::directory_words();
    let base = crate::shell::base::use_base();
    let href = move || base.link(state.back.with(|back| listing_link(r.id, back)));
    view! {
        <li class="card" class:card--crisis=r.crisis>
            <div class="card__head">
                <h3 class="card__title">
                    // In a partner's iframe, listings open on the full site, in a new tab.
                    <A href=href attr:target=embedded.then_some("_blank") attr:rel=embedded.then_some("noopener noreferrer")>{r.name}</A>
                </h3>
                <SaveButton kind=ItemKind::Resource id=r.id name=r.name/>
            </div>
            <div>
                <p class="card__meta">
                    <span class="tag">{t.label(r.kind)}</span>
                    {r.crisis.then(|| view! { <span class="tag tag--crisis">{dw.for_a_crisis}</span> })}
                    <span class="card__who">{t.label(r.answered_by)}</span>
                </p>
                <p class="card__desc">{r.description}</p>
                <HoursLine listing=r/>
                <Contacts contacts=r.contacts/>
            </div>
        </li>
    }
}
