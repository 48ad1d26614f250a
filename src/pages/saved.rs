//! `/saved`: what a person kept, in their order, with contact links, private notes, reordering,
//! print, export and import, and a share link that never reaches a server (`#saved=…`).
//!
//! The list is keyed by item: a change elsewhere (another tab's save, a reorder) redraws only
//! what changed, so a note being typed keeps its text and its focus.

use leptos::html::Textarea;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use wasm_bindgen::JsCast;

use kindred_core::bookmarks::{parse_share, share_fragment, Item, ItemKind};
use kindred_core::exchange::{self, import, ImportError, MAX_IMPORT_BYTES};
use kindred_core::plan::Plan;
use kindred_core::route::Route;

use crate::content::{use_content, Content};
use crate::directory::contacts::Contacts;
use crate::directory::hours::HoursLine;
use crate::i18n::{Plan as PlanWords, Saved};
use crate::saved::kept::Kept;
use crate::saved::{use_plan, use_saved, SaveButton, SavedList};
use crate::shell::base::{use_base, Link};
use crate::shell::client::use_client;
use crate::shell::download::ObjectUrl;
use crate::shell::page_meta::PageMeta;

/// Whether an item names something Kindred has (imports and share links take only those).
pub fn is_known(content: Content, kind: ItemKind, id: &str) -> bool {
    match kind {
        ItemKind::Resource => content.listing(id).is_some(),
        ItemKind::Article => content.article(id).is_some(),
    }
}

/// Reads an imported file and merges it into the list.
fn import_file(
    (sw, pw): (&'static Saved, &'static PlanWords),
    content: Content,
    saved: SavedList,
    plan: Kept<Plan>,
    input: web_sys::HtmlInputElement,
    summary: RwSignal<String>,
) {
    let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
    input.set_value("");
    // Refused before reading: a huge file would freeze the page.
    if file.size() > MAX_IMPORT_BYTES as f64 {
        summary.set(sw.import_too_large.to_owned());
        return;
    }
    leptos::task::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string());
        let Some(text) = text else {
            summary.set(sw.import_unreadable_file.to_owned());
            return;
        };
        match import(&text) {
            Ok(other) => {
                let result = saved.change(|s| s.merge(&other.saved, |kind, id| is_known(content, kind, id))).unwrap_or_default();
                let plan_added = other.plan.and_then(|theirs| plan.change(|p| p.merge(&theirs))).unwrap_or(0);
                let mut text = (sw.import_summary)(&result);
                if plan_added > 0 {
                    text.push(' ');
                    text.push_str(&(pw.imported)(plan_added));
                }
                summary.set(text);
            }
            Err(ImportError::TooLarge) => summary.set(sw.import_too_large.to_owned()),
            Err(ImportError::NotAList) => summary.set(sw.import_not_a_list.to_owned()),
        }
    });
}

#[component]
pub fn SavedPage() -> impl IntoView {
    let content = use_content();
    let base = crate::shell::base::use_base();
    let pw = crate::i18n::plan_words();
    let sw = crate::i18n::saved_words();
    let saved = use_saved();
    let client = use_client();
    let summary = RwSignal::new(String::new());
    let items = Memo::new(move |_| saved.saved.with(|s| s.items.iter().map(|i| (i.kind, i.id.clone())).collect::<Vec<_>>()));
    let plan = use_plan();
    let export = ObjectUrl::new(move || saved.saved.with(|s| plan.value.with(|p| exchange::export(s, p))));
    let kept = ObjectUrl::new(move || {
        saved.kept.track();
        saved.kept_aside().unwrap_or_default()
    });
    let has_kept = move || client.ready.get() && saved.kept.with(Option::is_some);
    let kept_text = move || saved.kept.with(|k| k.as_ref().map(|k| if k.newer { sw.kept_newer } else { sw.kept_unreadable }));
    view! {
        <PageMeta title=sw.title description=sw.description/>
        <div class="wrap narrow saved">
            <h1 id="page-title">{sw.heading}</h1>
            <p class="lead" id="saved-health">{move || saved.health.with(|h| sw.health.text(h))}</p>
            <Show when=has_kept>
                <p id="saved-kept">{kept_text}" "<a href=move || kept.href() download="kindred-saved-as-it-was.json" id="export-raw">{sw.export_raw}</a></p>
            </Show>
            <SharedOffer summary/>
            <p role="status" class="summary" id="saved-summary">{move || summary.get()}</p>
            <div class="empty" hidden=move || !items.with(Vec::is_empty)>
                <p>{sw.empty}</p>
                <p><A href=base.link(Route::Directory)>{sw.find_support}</A></p>
            </div>
            <ol class="results saved-list">
                <For each=move || items.get() key=|key| key.clone() let:((kind, id))>
                    <SavedItem kind id/>
                </For>
            </ol>
            <section class="saved-tools" aria-labelledby="tools-title">
                <h2 id="tools-title">{sw.tools_title}</h2>
                <p class="tool-row">
                    <button type="button" class="small-button" on:click=|_| {
                        if let Some(w) = crate::browser::window() {
                            let _ = w.print();
                        }
                    }>{sw.print}</button>
                    <a class="small-button" id="export-link" download="kindred-saved.json" href=move || export.href()>{sw.export}</a>
                    <label class="small-button" for="import-file">{sw.import}</label>
                    <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json"
                        on:change=move |ev| {
                            if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                import_file((sw, pw), content, saved, plan, input, summary);
                            }
                        }/>
                </p>
                <ShareLink/>
            </section>
            <p class="saved-plan"><A href=base.link(Route::Plan) attr:id="saved-plan-link">{pw.from_saved}</A></p>
        </div>
    }
}

/// A shared link (`/saved#saved=r:id,…`) offers to add its items.
#[component]
fn SharedOffer(summary: RwSignal<String>) -> impl IntoView {
    let content = use_content();
    let sw = crate::i18n::saved_words();
    let saved = use_saved();
    let client = use_client();
    let hash = use_location().hash;
    let base = use_base();
    let navigate = StoredValue::new_local(use_navigate());
    let shared =
        Memo::new(
            move |_| {
                if client.ready.get() {
                    hash.with(|h| parse_share(h, |kind, id| is_known(content, kind, id)))
                } else {
                    (Vec::new(), 0)
                }
            },
        );
    let offer = Memo::new(move |_| shared.with(|(items, _)| items.iter().filter(|i| !saved.contains(i.kind, &i.id)).count()));
    let skipped = move || shared.with(|(_, skipped)| *skipped);
    // The address is whole (base and language included): the router must not resolve it again.
    let clear_hash = move || {
        navigate.with_value(|n| {
            n(&base.link(Route::Saved), NavigateOptions { resolve: false, replace: true, scroll: false, ..Default::default() })
        })
    };
    let accept = move |_| {
        let items: Vec<Item> = shared.get_untracked().0;
        let added = saved
            .change(|s| {
                let mut added = 0;
                for i in items {
                    if !s.contains(i.kind, &i.id) {
                        s.add(i);
                        added += 1;
                    }
                }
                added
            })
            .unwrap_or(0);
        summary.set((sw.shared_added)(added));
        clear_hash();
    };
    view! {
        <div class="callout" hidden=move || offer.get() == 0 && skipped() == 0>
            <p hidden=move || offer.get() == 0>{move || (sw.shared_offer)(offer.get())}</p>
            <p hidden=move || skipped() == 0 id="shared-skipped">{move || (sw.shared_skipped)(skipped())}</p>
            <button type="button" class="small-button" id="accept-shared" hidden=move || offer.get() == 0 on:click=accept>{sw.shared_accept}</button>
            " "
            <button type="button" class="link-button" on:click=move |_| clear_hash()>{sw.shared_decline}</button>
        </div>
    }
}

/// The share link: ids only, never notes.
#[component]
fn ShareLink() -> impl IntoView {
    let sw = crate::i18n::saved_words();
    let saved = use_saved();
    let client = use_client();
    let base = use_base();
    let link = move || {
        let origin = if client.ready.get() { crate::browser::origin().unwrap_or_default() } else { String::new() };
        saved.saved.with(|s| format!("{origin}{}", base.link(Link::to(Route::Saved).fragment(share_fragment(s)))))
    };
    view! {
        <label for="share-link">{sw.share_label}</label>
        <input id="share-link" class="share-link" type="text" readonly prop:value=link/>
    }
}

/// What a saved item shows: its title and page, then hours and contacts or a summary.
fn item_body(content: Content, kind: ItemKind, id: &str) -> Option<(&'static str, Route, AnyView)> {
    match kind {
        ItemKind::Resource => content.listing(id).map(|r| {
            (r.name, Route::Resource(r.id.to_owned()), view! { <HoursLine listing=r/><Contacts contacts=r.contacts/> }.into_any())
        }),
        ItemKind::Article => {
            content.article(id).map(|a| (a.title, Route::Article(a.slug.to_owned()), view! { <p>{a.summary}</p> }.into_any()))
        }
    }
}

#[component]
fn SavedItem(kind: ItemKind, id: String) -> impl IntoView {
    let content = use_content();
    let base = crate::shell::base::use_base();
    let sw = crate::i18n::saved_words();
    let saved = use_saved();
    let position = {
        let id = id.clone();
        Memo::new(move |_| saved.saved.with(|s| s.items.iter().position(|i| i.kind == kind && i.id == id).unwrap_or(0)))
    };
    let total = Memo::new(move |_| saved.saved.with(|s| s.items.len()));
    let note = {
        let id = id.clone();
        Memo::new(move |_| {
            saved.saved.with(|s| s.items.iter().find(|i| i.kind == kind && i.id == id).map(|i| i.note.clone()).unwrap_or_default())
        })
    };
    let note_id = move || format!("note-{}", position.get());
    let (name, body) = match item_body(content, kind, &id) {
        Some((name, page, body)) => {
            (name.to_owned(), view! { <h2 class="card__title"><A href=base.link(page)>{name}</A></h2>{body} }.into_any())
        }
        None => {
            let gone = if kind == ItemKind::Resource { sw.gone_listing } else { sw.gone_article };
            (id.clone(), view! { <h2 class="card__title">{id.clone()}</h2><p class="muted">{gone}</p> }.into_any())
        }
    };
    // The note follows other tabs' changes, except while the person is typing in it.
    let area = NodeRef::<Textarea>::new();
    Effect::new(move |_| {
        let text = note.get();
        if let Some(area) = area.get() {
            if area.value() != text && !crate::browser::has_focus(&area) {
                area.set_value(&text);
            }
        }
    });
    let shift = {
        let id = id.clone();
        move |by: isize| {
            saved.change(|s| s.shift(kind, &id, by));
        }
    };
    let shift_down = shift.clone();
    let on_note = {
        let id = id.clone();
        move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            saved.change(|s| s.set_note(kind, &id, &text));
        }
    };
    let is_first = move || position.get() == 0;
    let is_last = move || position.get() + 1 >= total.get();
    let up_label = (sw.move_up_label)(&name);
    let down_label = (sw.move_down_label)(&name);
    view! {
        <li class="card saved-item">
            {body}
            <label class="note-label" for=note_id>{sw.note_label}</label>
            <textarea id=note_id class="note" rows="2" maxlength="1000" node_ref=area on:change=on_note>{note.get_untracked()}</textarea>
            <p class="print-note">{note}</p>
            <div class="saved-item__actions">
                <button type="button" class="small-button" aria-label=up_label disabled=is_first
                    on:click=move |_| shift(-1)>{sw.move_up}</button>
                <button type="button" class="small-button" aria-label=down_label disabled=is_last
                    on:click=move |_| shift_down(1)>{sw.move_down}</button>
                <SaveButton kind id=id.as_str() name=name.as_str()/>
            </div>
        </li>
    }
}
