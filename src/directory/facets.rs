//! Facet controls (checkbox groups with live counts) and active-filter chips.

use leptos::prelude::*;

use kindred_core::query_codec::{value_slug, DirectoryQuery};
use kindred_core::search::{Facet, Results};

/// One facet value as shown: its bit index, URL slug and label.
#[derive(Clone, Debug, PartialEq)]
pub struct FacetValue {
    pub facet: Facet,
    pub index: usize,
    pub slug: &'static str,
    pub label: &'static str,
}

fn label_of(facet: Facet, slug: &'static str) -> &'static str {
    use kindred_core::model::*;
    let found = match facet {
        Facet::Region => Region::from_slug(slug).map(Region::label),
        Facet::Kind => Kind::from_slug(slug).map(Kind::label),
        Facet::Contact => ContactType::from_slug(slug).map(ContactType::label),
        Facet::AnsweredBy => AnsweredBy::from_slug(slug).map(AnsweredBy::label),
        Facet::Urgency => Urgency::from_slug(slug).map(Urgency::label),
        Facet::OpenNow => Some("Open now"),
        Facet::Audience => Audience::from_slug(slug).map(Audience::label),
        Facet::Cost => Cost::from_slug(slug).map(Cost::label),
        Facet::Language => Some(kindred_core::model::language_label(slug)),
    };
    found.unwrap_or(slug)
}

/// Every value of a facet, in display order.
pub fn values(facet: Facet, languages: &[&'static str]) -> Vec<FacetValue> {
    if facet == Facet::Language {
        return languages.iter().enumerate().map(|(index, slug)| FacetValue { facet, index, slug, label: label_of(facet, slug) }).collect();
    }
    (0..32).map_while(|i| value_slug(facet, i).map(|slug| FacetValue { facet, index: i, slug, label: label_of(facet, slug) })).collect()
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

#[component]
pub fn FacetPanel(
    query: Memo<DirectoryQuery>,
    results: Memo<Results>,
    on_change: Callback<DirectoryQuery>,
    /// Facet groups a partner locked (not shown).
    locked: u32,
) -> impl IntoView {
    let languages = super::engine::languages();
    Facet::ALL
        .into_iter()
        .filter(move |f| locked & (1 << f.index()) == 0)
        .map(|facet| {
            let group_id = format!("facet-{}", facet.key());
            let options = values(facet, &languages)
                .into_iter()
                .map(|v| {
                    let id = format!("f-{}-{}", facet.key(), v.slug);
                    let count = {
                        let (f, i) = (v.facet.index(), v.index);
                        move || results.with(|r| r.counts[f].get(i).copied().unwrap_or(0))
                    };
                    let checked = {
                        let v = v.clone();
                        move || query.with(|q| is_selected(q, &v))
                    };
                    let disabled = {
                        let checked = checked.clone();
                        move || count() == 0 && !checked()
                    };
                    let change = {
                        let v = v.clone();
                        move |_| on_change.run(toggled(&query.get_untracked(), &v))
                    };
                    let empty = disabled.clone();
                    view! {
                        <li class="facet__option" class:is-empty=empty>
                            <input type="checkbox" id=id.clone() prop:checked=checked disabled=disabled on:change=change/>
                            <label for=id>{v.label}<span class="count">{count}</span></label>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="facet" id=group_id>
                    <legend>{facet.label()}</legend>
                    <ul class="facet__options">{options}</ul>
                </fieldset>
            }
        })
        .collect_view()
}

/// The active filters as removable chips, with "Clear all".
#[component]
pub fn ActiveFilters(query: Memo<DirectoryQuery>, on_change: Callback<DirectoryQuery>, locked: u32) -> impl IntoView {
    let languages = super::engine::languages();
    let chips = move || {
        let q = query.get();
        Facet::ALL
            .into_iter()
            .filter(|f| locked & (1 << f.index()) == 0)
            .flat_map(|f| values(f, &languages))
            .filter(|v| is_selected(&q, v))
            .map(|v| {
                let label = v.label;
                let remove = move |_| on_change.run(toggled(&query.get_untracked(), &v));
                view! {
                    <li>
                        <button type="button" class="chip" on:click=remove aria-label=format!("Remove filter: {label}")>
                            {label}<span aria-hidden="true">" ×"</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let clear = move |_| {
        let mut q = query.get_untracked();
        q.clear();
        on_change.run(q);
    };
    view! {
        <div class="active-filters" hidden=move || query.with(|q| q.text.is_empty() && !Facet::ALL.iter().any(|f| locked & (1 << f.index()) == 0 && (q.facets[f.index()] != 0 || (*f == Facet::Language && !q.languages.is_empty()))))>
            <h2 class="visually-hidden">"Active filters"</h2>
            <ul class="chips">{chips}</ul>
            <button type="button" class="link-button" on:click=clear>"Clear all"</button>
        </div>
    }
}
