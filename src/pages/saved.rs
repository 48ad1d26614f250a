//! `/saved`: what a person kept, in their order, with contact links, private notes, reordering,
//! print, export and import, and a share link that never reaches a server (`#saved=…`).

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use kindred_core::bookmarks::{encode, import, parse_share, share_fragment, Health, Item, ItemKind, StoreError};

use crate::directory::card::hours_text;
use crate::directory::contacts::contacts_html;
use crate::router::href;
use crate::saved::state::{change, kept_aside, use_saved, SavedState};
use crate::shell::page_meta;
use crate::shell::static_html::{esc, link};

fn health_text(h: &Health) -> &'static str {
    match h {
        Health::Saved => "Saved on this device only. Nothing here is sent anywhere.",
        Health::MemoryOnly(StoreError::Full) => {
            "Your browser's storage is full, so recent changes last only until you close this page. Export your list to keep a copy."
        }
        Health::MemoryOnly(_) => {
            "This browser isn't letting Kindred save anything here, so your list lasts until you close this page. Export it to keep a copy."
        }
        Health::KeptAside { newer: true, .. } => {
            "Some of your saved list was written by a newer version of Kindred. We kept it exactly as it was, and show what we can read."
        }
        Health::KeptAside { .. } => {
            "We couldn't read a list saved earlier. It has not been deleted: you can export it as it was. New saves work as usual."
        }
    }
}

/// A `data:` URL that downloads `text` as a file (no Blob or server needed).
fn download_href(text: &str) -> String {
    format!("data:application/json;charset=utf-8,{}", js_sys::encode_uri_component(text))
}

fn read_file(state: SavedState, input: web_sys::HtmlInputElement, summary: RwSignal<String>) {
    let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
    let on_text = Closure::<dyn FnMut(JsValue)>::new(move |text: JsValue| {
        let text = text.as_string().unwrap_or_default();
        match import(&text) {
            Ok(other) => {
                let mut result = Default::default();
                change(state, |s| result = s.merge(&other));
                summary
                    .set(format!("Added {}. {} already saved. {} couldn't be read.", result.added, result.already_saved, result.rejected));
            }
            Err(e) => summary.set(e.to_owned()),
        }
    });
    let on_error = Closure::<dyn FnMut(JsValue)>::new(move |_| summary.set("That file couldn't be opened.".to_owned()));
    let _ = file.text().then2(&on_text, &on_error);
    on_text.forget();
    on_error.forget();
    input.set_value("");
}

/// One saved item as HTML; its buttons and note carry `data-*` attributes for the list's
/// delegated event handlers (one handler for the whole list instead of one per control).
fn item_html(item: &Item, index: usize, total: usize) -> String {
    let kind = item.kind.slug();
    let id = esc(&item.id);
    let (name, body) = match item.kind {
        ItemKind::Resource => match crate::content::resource(&item.id) {
            Some(r) => (
                r.name.to_owned(),
                format!(
                    "<h2 class=\"card__title\">{}</h2><p class=\"card__hours\">{}</p>{}",
                    link(&format!("/directory/{}", r.id), r.name),
                    esc(&hours_text(r, crate::browser::now_seconds())),
                    contacts_html(r.contacts, false)
                ),
            ),
            None => {
                (item.id.clone(), format!("<h2 class=\"card__title\">{id}</h2><p class=\"muted\">No longer listed in the directory.</p>"))
            }
        },
        ItemKind::Article => match crate::content::article(&item.id) {
            Some(a) => (
                a.title.to_owned(),
                format!("<h2 class=\"card__title\">{}</h2><p>{}</p>", link(&format!("/learn/{}", a.slug), a.title), esc(a.summary)),
            ),
            None => {
                (item.id.clone(), format!("<h2 class=\"card__title\">{id}</h2><p class=\"muted\">This article is no longer available.</p>"))
            }
        },
    };
    let name = esc(&name);
    let data = format!("data-kind=\"{kind}\" data-id=\"{id}\"");
    let disabled = |yes: bool| if yes { " disabled" } else { "" };
    format!(
        "<li class=\"card saved-item\">{body}\
         <label class=\"note-label\" for=\"note-{index}\">Private note (stays on this device)</label>\
         <textarea id=\"note-{index}\" class=\"note\" rows=\"2\" maxlength=\"1000\" {data}>{note}</textarea>\
         <p class=\"print-note\">{note}</p>\
         <div class=\"saved-item__actions\">\
         <button type=\"button\" class=\"small-button\" data-action=\"up\" {data} aria-label=\"Move {name} up\"{up}>↑ Up</button>\
         <button type=\"button\" class=\"small-button\" data-action=\"down\" {data} aria-label=\"Move {name} down\"{down}>↓ Down</button>\
         <button type=\"button\" class=\"small-button\" data-action=\"remove\" {data} data-name=\"{name}\" aria-label=\"Remove {name}\">Remove</button>\
         </div></li>",
        note = esc(&item.note),
        up = disabled(index == 0),
        down = disabled(index + 1 == total),
    )
}

/// The item a control belongs to: (kind, id, element).
fn target_item(ev: &web_sys::Event, selector: &str) -> Option<(ItemKind, String, web_sys::Element)> {
    let el: web_sys::Element = ev.target()?.dyn_into().ok()?;
    let el = el.closest(selector).ok()??;
    let kind = ItemKind::from_slug(&el.get_attribute("data-kind")?)?;
    Some((kind, el.get_attribute("data-id")?, el))
}

#[component]
pub fn SavedPage() -> impl IntoView {
    page_meta::set("Saved", "The peer-support options and articles you saved, kept only on this device. Print, export or share them.");
    let state = use_saved();
    let summary = RwSignal::new(String::new());
    // A shared link: `/saved#saved=r:id,…` offers to add those items.
    let shared = RwSignal::new(crate::router::location().with_untracked(|l| parse_share(&l.hash)));
    let offer = move || shared.with(|items| items.iter().filter(|i| !state.saved.with(|s| s.contains(i.kind, &i.id))).count());
    let clear_hash = move || {
        shared.set(Vec::new());
        crate::router::navigate("/saved", true);
    };
    let accept = move |_| {
        let items = shared.get_untracked();
        let mut added = 0;
        change(state, |s| {
            for i in items {
                if !s.contains(i.kind, &i.id) {
                    s.add(i);
                    added += 1;
                }
            }
        });
        summary.set(format!("Added {added} shared item{}.", if added == 1 { "" } else { "s" }));
        clear_hash();
    };
    let share_url = move || {
        let origin = crate::browser::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
        state.saved.with(|s| format!("{origin}{}#{}", href("/saved"), share_fragment(s)))
    };
    let on_import = move |ev: leptos::ev::Event| {
        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
            read_file(state, input, summary);
        }
    };
    let items = move || {
        state.saved.with(|s| {
            let total = s.items.len();
            s.items.iter().enumerate().map(|(index, item)| item_html(item, index, total)).collect::<String>()
        })
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some((kind, id, button)) = target_item(&ev, "button[data-action]") else { return };
        match button.get_attribute("data-action").as_deref() {
            Some("up") => change(state, |s| s.shift(kind, &id, -1)),
            Some("down") => change(state, |s| s.shift(kind, &id, 1)),
            Some("remove") => crate::saved::state::toggle(state, kind, &id, &button.get_attribute("data-name").unwrap_or_default()),
            _ => {}
        }
    };
    let on_note = move |ev: leptos::ev::Event| {
        if let Some((kind, id, _)) = target_item(&ev, "textarea[data-id]") {
            let note = event_target_value(&ev);
            change(state, |s| s.set_note(kind, &id, &note));
        }
    };
    view! {
        <div class="wrap narrow saved">
            <h1 id="page-title">"Saved"</h1>
            <p class="lead" id="saved-health">{move || state.health.with(health_text)}</p>
            {move || kept_aside().map(|raw| view! {
                <p><a href=download_href(&raw) download="kindred-saved-as-it-was.json" id="export-raw">"Export the earlier list as it was"</a></p>
            })}
            <div class="callout" hidden=move || offer() == 0>
                <p>{move || format!("Someone shared {} item{} with you.", offer(), if offer() == 1 { "" } else { "s" })}</p>
                <button type="button" class="small-button" id="accept-shared" on:click=accept>"Add them to my saved list"</button>
                " "
                <button type="button" class="link-button" on:click=move |_| clear_hash()>"No thanks"</button>
            </div>
            <p role="status" class="summary" id="saved-summary">{move || summary.get()}</p>
            <div class="empty" hidden=move || state.saved.with(|s| !s.items.is_empty())>
                <p>"Nothing saved yet. Tap “Save” on anything you might need later, like a warmline for a hard night."</p>
                <p><a href=href("/directory")>"Find support"</a></p>
            </div>
            <ol class="results saved-list" inner_html=items on:click=on_click on:change=on_note></ol>
            <section class="saved-tools" aria-labelledby="tools-title">
                <h2 id="tools-title">"Keep a copy"</h2>
                <p class="tool-row">
                    <button type="button" class="small-button" on:click=|_| { if let Some(w) = crate::browser::window() { let _ = w.print(); } }>"Print"</button>
                    <a class="small-button" id="export-link" download="kindred-saved.json"
                        href=move || state.saved.with(|s| download_href(&encode(s)))>"Export (file)"</a>
                    <label class="small-button" for="import-file">"Import (file)"</label>
                    <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json" on:change=on_import/>
                </p>
                <label for="share-link">"Share link (only ids, never your notes; open it on another device to add these)"</label>
                <input id="share-link" class="share-link" type="text" readonly prop:value=share_url/>
            </section>
        </div>
    }
}
