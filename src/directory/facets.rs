//! Facet controls (checkbox groups with live counts) and active-filter chips.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use kindred_core::query_codec::{value_slug, DirectoryQuery};
use kindred_core::search::{Facet, Results};

use crate::shell::static_html::esc;

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

/// Every facet value a visitor can use (groups a partner locked are left out), in display order.
pub fn unlocked_values(languages: &[&'static str], locked: u32) -> Vec<FacetValue> {
    Facet::ALL.into_iter().filter(|f| locked & (1 << f.index()) == 0).flat_map(|f| values(f, languages)).collect()
}

/// The facet groups as HTML: a fieldset per group, a checkbox per value. Counts, checked and
/// disabled states are filled in by [`FacetPanel`]'s one effect.
fn panel_html(values: &[FacetValue]) -> String {
    let mut html = String::new();
    for (n, v) in values.iter().enumerate() {
        let key = v.facet.key();
        if n == 0 || values[n - 1].facet != v.facet {
            if n > 0 {
                html.push_str("</ul></fieldset>");
            }
            html += &format!(
                "<fieldset class=\"facet\" id=\"facet-{key}\"><legend>{}</legend><ul class=\"facet__options\">",
                esc(v.facet.label())
            );
        }
        let id = format!("f-{key}-{}", esc(v.slug));
        html += &format!(
            "<li class=\"facet__option\"><input type=\"checkbox\" id=\"{id}\" data-value=\"{n}\"><label for=\"{id}\">{}<span class=\"count\"></span></label></li>",
            esc(v.label)
        );
    }
    if !values.is_empty() {
        html.push_str("</ul></fieldset>");
    }
    html
}

/// What one checkbox shows.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Shown {
    count: u32,
    disabled: bool,
}

/// Checkbox groups with live counts. The markup is drawn once; one effect then updates only the
/// counts and states that changed, and one delegated handler takes every click, so a keystroke
/// costs a few DOM writes rather than a reactive update per checkbox.
#[component]
pub fn FacetPanel(
    query: Memo<DirectoryQuery>,
    results: Memo<Results>,
    on_change: Callback<DirectoryQuery>,
    /// Facet groups a partner locked (not shown).
    locked: u32,
) -> impl IntoView {
    let values = unlocked_values(&super::engine::languages(), locked);
    let html = panel_html(&values);
    let values = StoredValue::new(values);
    let shown: StoredValue<Vec<Option<Shown>>> = StoredValue::new(Vec::new());
    let root = NodeRef::<leptos::html::Div>::new();
    // Brings the checkboxes in line with the query and results; only what changed is written.
    let apply = move || {
        let Some(root) = root.get_untracked() else { return };
        let inputs = crate::browser::query_all(&root, "input[data-value]");
        let Some(q) = query.try_get_untracked() else { return };
        let Some(r) = results.try_get_untracked() else { return };
        values.with_value(|values| {
            shown.update_value(|shown| {
                shown.resize(values.len(), None);
                for (n, v) in values.iter().enumerate() {
                    let Some(input) = inputs.get(n).and_then(|i| i.dyn_ref::<web_sys::HtmlInputElement>()) else { continue };
                    let checked = is_selected(&q, v);
                    if input.checked() != checked {
                        input.set_checked(checked);
                    }
                    let count = r.counts[v.facet.index()].get(v.index).copied().unwrap_or(0);
                    let now = Shown { count, disabled: count == 0 && !checked };
                    if shown[n] == Some(now) {
                        continue;
                    }
                    if shown[n].is_none_or(|s| s.count != count) {
                        if let Some(span) = input.next_element_sibling().and_then(|l| l.last_element_child()) {
                            span.set_text_content(Some(&count.to_string()));
                        }
                    }
                    input.set_disabled(now.disabled);
                    if let Some(li) = input.parent_element() {
                        let _ = li.class_list().toggle_with_force("is-empty", now.disabled);
                    }
                    shown[n] = Some(now);
                }
            })
        });
    };
    // A new selection (a click, a chip, Back) is drawn at once. While typing, only counts change:
    // they are drawn in the task after the next frame, so a keystroke's new results reach the
    // screen first and the counts follow a frame later.
    let pending = StoredValue::new(false);
    Effect::new(move |drawn: Option<(kindred_core::search::Masks, Vec<String>)>| {
        let selection = query.with(|q| (q.facets, q.languages.clone()));
        results.track();
        if drawn.as_ref() != Some(&selection) {
            apply();
        } else if !pending.get_value() {
            pending.set_value(true);
            crate::browser::after_next_frame(move || {
                if pending.try_set_value(false).is_none() {
                    apply();
                }
            });
        }
        selection
    });
    let change = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        let Some(n) = input.get_attribute("data-value").and_then(|n| n.parse::<usize>().ok()) else { return };
        if let Some(v) = values.with_value(|values| values.get(n).cloned()) {
            on_change.run(toggled(&query.get_untracked(), &v));
        }
    };
    view! { <div class="facet-groups" node_ref=root on:change=change inner_html=html></div> }
}

/// The active filters as removable chips, with "Clear all". Chips are redrawn only when the
/// selection changes, not on every keystroke.
#[component]
pub fn ActiveFilters(query: Memo<DirectoryQuery>, on_change: Callback<DirectoryQuery>, locked: u32) -> impl IntoView {
    let values = StoredValue::new(unlocked_values(&super::engine::languages(), locked));
    let selected = Memo::new(move |_| {
        query.with(|q| values.with_value(|vs| vs.iter().enumerate().filter(|(_, v)| is_selected(q, v)).map(|(n, _)| n).collect::<Vec<_>>()))
    });
    let chips = move || {
        selected
            .get()
            .into_iter()
            .filter_map(|n| values.with_value(|vs| vs.get(n).cloned()))
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
        <div class="active-filters" hidden=move || query.with(|q| q.text.is_empty()) && selected.with(Vec::is_empty)>
            <h2 class="visually-hidden">"Active filters"</h2>
            <ul class="chips">{chips}</ul>
            <button type="button" class="link-button" on:click=clear>"Clear all"</button>
        </div>
    }
}
