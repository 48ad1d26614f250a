//! Facet controls (checkbox groups with live counts) and the active filters as removable chips.
//! Labels, keys and slugs come from the one facet table in `kindred_core::facet`.

use leptos::prelude::*;

use kindred_core::query_codec::DirectoryQuery;
use kindred_core::search::Facet;

use super::data::use_directory;
use super::state::use_directory_state;
use crate::i18n::{use_strings, Strings};

/// One facet value as shown: its bit index in the group, URL slug and label.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FacetValue {
    pub facet: Facet,
    pub index: usize,
    pub slug: &'static str,
    pub label: &'static str,
}

/// Every value of a group, in display order and the page's language (languages come from the
/// directory).
pub fn values(facet: Facet, languages: &[&'static str], t: &Strings) -> Vec<FacetValue> {
    if facet == Facet::Language {
        return languages.iter().enumerate().map(|(index, slug)| FacetValue { facet, index, slug, label: t.language(slug) }).collect();
    }
    let value = |index: usize, slug: &'static str| FacetValue { facet, index, slug, label: t.facet_value(facet, slug) };
    if facet == Facet::Region {
        // By name in the page's language, "International" last.
        return t.regions_by_name().iter().map(|r| value(r.index(), r.slug())).collect();
    }
    facet.values().iter().enumerate().map(|(index, v)| value(index, v)).collect()
}

pub fn is_selected(q: &DirectoryQuery, v: &FacetValue) -> bool {
    if v.facet == Facet::Language {
        q.languages.iter().any(|l| l == v.slug)
    } else {
        q.is_selected(v.facet, v.index)
    }
}

pub fn toggled(q: &DirectoryQuery, v: &FacetValue) -> DirectoryQuery {
    let mut q = q.clone();
    if v.facet == Facet::Language {
        q.toggle_language(v.slug);
    } else {
        q.toggle(v.facet, v.index);
    }
    q
}

/// The groups a visitor can use (a partner may have locked some).
fn unlocked_groups(locked: u32) -> Vec<Facet> {
    Facet::ALL.into_iter().filter(|f| locked & (1 << f.index()) == 0).collect()
}

/// Checkbox groups with live counts: how many results a click would give.
#[component]
pub fn FacetPanel() -> impl IntoView {
    let state = use_directory_state();
    let t = use_strings();
    let languages = StoredValue::new(use_directory().languages());
    view! {
        <div class="facet-groups">
            <For each=move || unlocked_groups(state.locked.get()) key=|f| *f let:facet>
                <FacetGroup facet values=languages.with_value(|l| values(facet, l, t))/>
            </For>
        </div>
    }
}

#[component]
fn FacetGroup(facet: Facet, values: Vec<FacetValue>) -> impl IntoView {
    let t = use_strings();
    view! {
        <fieldset class="facet" id=format!("facet-{}", facet.key())>
            <legend>{t.facet(facet)}</legend>
            <ul class="facet__options">
                {values.into_iter().map(|value| view! { <FacetOption value/> }).collect_view()}
            </ul>
        </fieldset>
    }
}

#[component]
fn FacetOption(value: FacetValue) -> impl IntoView {
    let state = use_directory_state();
    let id = format!("f-{}-{}", value.facet.key(), value.slug);
    let checked = Memo::new(move |_| state.in_url.with(|q| is_selected(q, &value)));
    let count = Memo::new(move |_| state.results.with(|r| r.counts[value.facet.index()].get(value.index).copied().unwrap_or(0)));
    // Values with nothing to add are shown but can't be picked.
    let empty = Memo::new(move |_| count.get() == 0 && !checked.get());
    view! {
        <li class="facet__option" class:is-empty=empty>
            <input type="checkbox" id=id.clone() prop:checked=checked disabled=empty
                on:change=move |_| state.select(toggled(&state.query.get_untracked(), &value))/>
            <label for=id>{value.label}<span class="count">{count}</span></label>
        </li>
    }
}

/// The active filters as removable chips, with "Clear all".
#[component]
pub fn ActiveFilters() -> impl IntoView {
    let state = use_directory_state();
    let t = use_strings();
    let dw = crate::i18n::directory_words();
    let languages = StoredValue::new(use_directory().languages());
    let selected = Memo::new(move |_| {
        let locked = state.locked.get();
        state.in_url.with(|q| {
            languages.with_value(|l| {
                unlocked_groups(locked).into_iter().flat_map(|f| values(f, l, t)).filter(|v| is_selected(q, v)).collect::<Vec<_>>()
            })
        })
    });
    let clear = move |_| {
        let mut q = state.query.get_untracked();
        q.clear();
        state.select(q);
    };
    view! {
        <div class="active-filters" hidden=move || state.query.with(|q| q.text.is_empty()) && selected.with(Vec::is_empty)>
            <h2 class="visually-hidden">{dw.active_filters}</h2>
            <ul class="chips">
                <For each=move || selected.get() key=|v| *v let:value>
                    <li>
                        <button type="button" class="chip" aria-label=(dw.remove_filter)(value.label)
                            on:click=move |_| state.select(toggled(&state.query.get_untracked(), &value))>
                            {value.label}<span aria-hidden="true">" ×"</span>
                        </button>
                    </li>
                </For>
            </ul>
            <button type="button" class="link-button" on:click=clear>{dw.clear_all}</button>
        </div>
    }
}
