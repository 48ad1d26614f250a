//! `/directory`: search and filter the directory, instantly and on the device. The query string
//! is the state (see `kindred_core::query_codec`): typing replaces the URL, a facet click pushes
//! a new history entry, so Back undoes a click and a shared link reproduces the view.

use leptos::prelude::*;

use kindred_core::query_codec::DirectoryQuery;
use kindred_core::search::Sort;

use crate::directory::engine;
use crate::directory::facets::{ActiveFilters, FacetPanel};
use crate::directory::result_list::ResultList;
use crate::shell::page_meta;
use kindred_core::embed::EmbedOptions;

const PAGE: usize = 20;
/// How long typing pauses before the URL catches up.
const URL_PAUSE: std::time::Duration = std::time::Duration::from_millis(400);

fn url_for(q: &DirectoryQuery, embed: Option<&EmbedOptions>) -> String {
    let path = if embed.is_some() { "/embed/directory" } else { "/directory" };
    let qs =
        [q.print(), embed.map(EmbedOptions::print).unwrap_or_default()].into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join("&");
    if qs.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{qs}")
    }
}

/// Keeps a partner's locked presets in place whatever a visitor changes.
fn enforce_locks(mut q: DirectoryQuery, preset: &DirectoryQuery, embed: Option<&EmbedOptions>) -> DirectoryQuery {
    if let Some(e) = embed {
        for f in kindred_core::search::Facet::ALL {
            if e.is_locked(f) {
                q.facets[f.index()] = preset.facets[f.index()];
                if f == kindred_core::search::Facet::Language {
                    q.languages = preset.languages.clone();
                }
            }
        }
    }
    q
}

#[component]
pub fn DirectoryPage(
    /// Set when drawn for a partner's iframe.
    embed: Option<EmbedOptions>,
) -> impl IntoView {
    page_meta::set("Find support", "Search and filter peer-support and crisis options: warmlines, peer-run groups, online communities, apps and crisis lines. Private: it all happens on your device.");
    let location = crate::router::location();
    let from_url = Memo::new(move |_| location.with(|l| DirectoryQuery::parse(&l.search)));
    // Typing updates the results at once but the URL only after a pause (or when the box loses
    // focus): a history write per keystroke costs the browser more than the search does. `typed`
    // holds the newer query and the URL query string it was typed over; it stops counting as soon
    // as the URL moves on (Back, a link, a filter click).
    let typed: RwSignal<Option<(DirectoryQuery, String)>> = RwSignal::new(None);
    let query = Memo::new(move |_| match typed.get() {
        Some((q, over)) if location.with(|l| l.search == over) => q,
        _ => from_url.get(),
    });
    let minute = RwSignal::new(crate::browser::now_seconds() / 60);
    if let Ok(handle) = set_interval_with_handle(move || minute.set(crate::browser::now_seconds() / 60), std::time::Duration::from_secs(20))
    {
        on_cleanup(move || handle.clear());
    }
    let results = Memo::new(move |_| {
        let t0 = crate::browser::perf_now();
        let r = engine::search(&query.get(), minute.get());
        crate::shell::perf::record_search(crate::browser::perf_now() - t0);
        r
    });
    let shown = RwSignal::new(PAGE);
    Effect::new(move |_| {
        query.track();
        shown.set(PAGE);
    });

    let preset = from_url.get_untracked();
    let locked = embed.as_ref().map_or(0, |e| e.locked);
    let is_embedded = embed.is_some();
    let embed = StoredValue::new(embed);
    let write_timer: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    let cancel_write = move || {
        if let Some(Some(handle)) = write_timer.try_update_value(Option::take) {
            handle.clear();
        }
    };
    on_cleanup(cancel_write);
    let go = Callback::new(move |(q, replace): (DirectoryQuery, bool)| {
        cancel_write();
        embed.with_value(|e| {
            let q = enforce_locks(q, &preset, e.as_ref());
            crate::router::navigate(&url_for(&q, e.as_ref()), replace)
        });
        typed.set(None);
    });
    // Writes what was typed to the URL (replacing, not adding, a history entry).
    let write_typed = move || {
        cancel_write();
        if let Some(Some((q, over))) = typed.try_get_untracked() {
            if location.with_untracked(|l| l.search == over) {
                go.run((q, true));
            }
        }
    };
    let on_change = Callback::new(move |q: DirectoryQuery| go.run((q, false)));
    // Canonicalise junk or reordered query strings in place.
    Effect::new(move |_| {
        let search = location.with(|l| l.search.clone());
        let canonical = embed.with_value(|e| url_for(&from_url.get(), e.as_ref()));
        let here = location.with_untracked(|l| if l.search.is_empty() { l.path.clone() } else { format!("{}?{search}", l.path) });
        if here != canonical && location.with_untracked(|l| l.path.ends_with("/directory")) {
            go.run((from_url.get_untracked(), true));
        }
    });

    // The box shows the URL's text (after Back, say) but is never rewritten with what it already
    // holds: that would re-lay out the field and move the caret on every keystroke.
    let search_box = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        let text = query.with(|q| q.text.clone());
        if let Some(input) = search_box.get() {
            if input.value() != text {
                input.set_value(&text);
            }
        }
    });
    let on_input = move |ev: leptos::ev::Event| {
        let mut q = query.get_untracked();
        q.text = event_target_value(&ev).chars().take(kindred_core::query_codec::MAX_TEXT).collect();
        typed.set(Some((q, location.with_untracked(|l| l.search.clone()))));
        cancel_write();
        if let Ok(handle) = set_timeout_with_handle(write_typed, URL_PAUSE) {
            write_timer.set_value(Some(handle));
        }
    };
    let on_sort = move |ev: leptos::ev::Event| {
        let mut q = query.get_untracked();
        q.sort = Sort::from_slug(&event_target_value(&ev)).unwrap_or_default();
        go.run((q, false));
    };
    let filters_open = RwSignal::new(false);
    let total = move || results.with(|r| r.ids.len());
    let count_text = move || match total() {
        0 => "No matches".to_owned(),
        1 => "1 option".to_owned(),
        n => format!("{n} options"),
    };
    let back = Memo::new(move |_| query.with(DirectoryQuery::print));
    let visible = Memo::new(move |_| results.with(|r| r.ids.iter().take(shown.get()).copied().collect::<Vec<u32>>()));

    view! {
        <div class="wrap directory">
            <h1 id="page-title">"Find support"</h1>
            <p class="lead">"Search peer-support and crisis options. Results update as you type, and nothing leaves your device."</p>
            <form class="search" role="search" on:submit=move |ev| { ev.prevent_default(); write_typed(); }>
                <label for="q">"Search by name, need, place or language"</label>
                <input id="q" type="search" name="q" autocomplete="off" spellcheck="false" maxlength="120"
                    placeholder="e.g. warmline, text, veterans, Spanish"
                    node_ref=search_box
                    on:input=on_input on:change=move |_| write_typed()/>
            </form>
            <div class="directory__layout">
                <div class="directory__filters">
                    <button type="button" class="filters-toggle" aria-controls="filters"
                        aria-expanded=move || filters_open.get().to_string()
                        on:click=move |_| filters_open.update(|o| *o = !*o)>
                        "Filters"
                    </button>
                    <div id="filters" class="filters" class:is-open=move || filters_open.get()>
                        <h2 class="visually-hidden">"Filters"</h2>
                        <FacetPanel query results on_change locked/>
                    </div>
                </div>
                <section class="directory__results" aria-labelledby="results-title">
                    <h2 id="results-title" class="visually-hidden">"Results"</h2>
                    <ActiveFilters query on_change locked/>
                    <div class="results-bar">
                        <p id="result-count" class="result-count" role="status" aria-live="polite">{count_text}</p>
                        <label class="sort">
                            "Sort "
                            <select on:change=on_sort prop:value=move || query.with(|q| q.sort.slug())>
                                {Sort::ALL.iter().map(|s| view! { <option value=s.slug()>{s.label()}</option> }).collect_view()}
                            </select>
                        </label>
                    </div>
                    <Show when=move || total() == 0>
                        <div class="empty">
                            <p>"Nothing matches all of that. Try fewer words or remove a filter."</p>
                            <p>"If you need help right now, the crisis line at the top of the page is always there."</p>
                        </div>
                    </Show>
                    <ResultList visible back minute embedded=is_embedded/>
                    <Show when=move || { total() > shown.get() }>
                        <button type="button" class="more" on:click=move |_| shown.update(|s| *s += PAGE)>
                            {move || format!("Show more ({} of {})", shown.get().min(total()), total())}
                        </button>
                    </Show>
                    <p class="muted small">
                        "Every number here lists its source and the date we checked it. "
                        <a href=crate::router::href("/directory.json") download>"Download the directory as open data"</a>"."
                    </p>
                </section>
            </div>
        </div>
    }
}
