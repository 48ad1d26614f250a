//! `/directory` (and `/embed/directory`): search and filter the directory, instantly and on the
//! device. The state lives in `directory::state`; this page only draws it.

use leptos::prelude::*;
use leptos_router::components::A;

use kindred_core::model::{Kind, Urgency};
use kindred_core::route::Route;
use kindred_core::search::{Facet, Sort};

use crate::directory::facets::{ActiveFilters, FacetPanel};
use crate::directory::guide::GuideLink;
use crate::directory::results::ResultList;
use crate::directory::search_box::SearchBox;
use crate::directory::state::{self, use_directory_state};
use crate::shell::base::Link;
use crate::shell::emergency::EmergencyNote;
use crate::shell::page_meta::PageMeta;

#[component]
pub fn DirectoryPage() -> impl IntoView {
    state::provide();
    let cw = crate::i18n::choose_words();
    let dw = crate::i18n::directory_words();
    let base = crate::shell::base::use_base();
    view! {
        <PageMeta title=dw.title description=dw.description/>
        <div class="wrap directory">
            <h1 id="page-title">{dw.title}</h1>
            <p class="lead">{dw.lead}" "
                <A href=base.link(Link::to(Route::Choose).in_frame()) attr:id="directory-choose">{cw.cta_directory}</A>
            </p>
            <p class="needs-js-note">{dw.needs_js}</p>
            <SearchBox/>
            <div class="directory__layout">
                <Filters/>
                <section class="directory__results" aria-labelledby="results-title">
                    <h2 id="results-title" class="visually-hidden">{dw.results}</h2>
                    <ActiveFilters/>
                    <FilterNotes/>
                    <ResultsBar/>
                    <Empty/>
                    <ResultList/>
                    <ShowMore/>
                    <p class="muted small">
                        {dw.sources_note}" "
                        <a href="directory.json" download>{dw.open_data}</a>"."
                    </p>
                </section>
            </div>
        </div>
    }
}

/// The filter groups, folded behind a button on phones.
#[component]
fn Filters() -> impl IntoView {
    let dw = crate::i18n::directory_words();
    let open = RwSignal::new(false);
    view! {
        <div class="directory__filters">
            <button type="button" class="filters-toggle" aria-controls="filters"
                aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
                {dw.filters}
            </button>
            <div id="filters" class="filters" class:is-open=open>
                <h2 class="visually-hidden">{dw.filters}</h2>
                <FacetPanel/>
            </div>
        </div>
    }
}

/// The result count (announced politely) and the sort.
#[component]
fn ResultsBar() -> impl IntoView {
    let state = use_directory_state();
    let dw = crate::i18n::directory_words();
    let on_sort = move |ev: leptos::ev::Event| {
        let mut q = state.query.get_untracked();
        q.sort = Sort::from_slug(&event_target_value(&ev)).unwrap_or_default();
        state.select(q);
    };
    view! {
        <div class="results-bar">
            <p id="result-count" class="result-count" role="status" aria-live="polite">{move || (dw.result_count)(state.total())}</p>
            <label class="sort">
                {dw.sort}" "
                <select on:change=on_sort prop:value=move || state.in_url.with(|q| q.sort.slug())>
                    {Sort::ALL.iter().map(|s| view! { <option value=s.slug()>{(dw.sort_label)(*s)}</option> }).collect_view()}
                </select>
            </label>
        </div>
    }
}

/// Nothing matched: say so kindly, and point at the crisis line.
#[component]
fn Empty() -> impl IntoView {
    let state = use_directory_state();
    let dw = crate::i18n::directory_words();
    view! {
        <Show when=move || state.total() == 0>
            <div class="empty">
                <p>{dw.empty}</p>
                <p>{dw.empty_crisis}</p>
            </div>
        </Show>
    }
}

#[component]
fn ShowMore() -> impl IntoView {
    let state = use_directory_state();
    let dw = crate::i18n::directory_words();
    view! {
        <Show when=move || { state.total() > state.shown.get() }>
            <button type="button" class="more" on:click=move |_| state.show_more()>
                {move || (dw.show_more)(state.shown.get().min(state.total()), state.total())}
            </button>
        </Show>
    }
}

/// What a filter calls for: with the crisis filter on, the emergency number first; with one
/// kind of support selected, the guide to it.
#[component]
fn FilterNotes() -> impl IntoView {
    let state = use_directory_state();
    let crisis = move || state.in_url.with(|q| q.is_selected(Facet::Urgency, Urgency::Crisis.index()));
    let kind = Memo::new(move |_| {
        state.in_url.with(|q| {
            let kinds: Vec<Kind> = Kind::ALL.iter().copied().filter(|k| q.is_selected(Facet::Kind, k.index())).collect();
            match kinds.as_slice() {
                [one] => Some(*one),
                _ => None,
            }
        })
    });
    view! {
        <Show when=crisis><EmergencyNote/></Show>
        {move || kind.get().map(|kind| view! { <GuideLink kind/> })}
    }
}
