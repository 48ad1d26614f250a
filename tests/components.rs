//! Component tests in a real browser (`wasm-bindgen-test`, headless Chromium): each mounts a part
//! of the app with the app's own contexts, acts on it like a person would, lets the reactive
//! system settle (`tick`), and checks the DOM and storage.
//!
//! Run by `cargo xtask test` (`cargo test --target wasm32-unknown-unknown --test components`).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos::task::tick;
use leptos_router::components::Router;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use kindred::directory::facets::{ActiveFilters, FacetPanel};
use kindred::directory::results::ResultList;
use kindred::pages::saved::SavedPage;
use kindred::saved::{use_saved, SaveButton};
use kindred_core::bookmarks::ItemKind;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// The English content this build wrote (the browser app fetches the same file).
fn content() -> kindred::content::Content {
    let bytes: &'static [u8] = include_bytes!(concat!(env!("OUT_DIR"), "/en.bin"));
    kindred::content::Content(Box::leak(Box::new(kindred_core::bundle::Bundle::decode(bytes).unwrap())))
}

/// Mounts `view` inside the app's contexts and a router at `/`; returns its root element.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + Send + 'static) -> (web_sys::HtmlElement, impl Drop) {
    let root: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        kindred::provide_contexts(kindred::Config::new("/", content(), kindred::i18n::strings(kindred_core::lang::Lang::En)));
        view! {
            <Router>
                {kindred::shell::embed::provide(false);
                kindred::shell::region::provide();
                view()}
            </Router>
        }
    });
    (root, handle)
}

/// Waits, a task at a time (up to about a second), until `done` holds: the cards after the first
/// few are drawn in later tasks.
async fn until(done: impl Fn() -> bool) {
    for _ in 0..100 {
        if done() {
            return;
        }
        gloo_timers::future::TimeoutFuture::new(10).await;
    }
}

fn all(root: &web_sys::HtmlElement, selector: &str) -> Vec<web_sys::HtmlElement> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

fn one(root: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).unchecked_into()
}

#[wasm_bindgen_test]
async fn the_save_button_saves_announces_and_undoes() {
    storage().clear().unwrap();
    let (root, _app) =
        mount(|| view! { <SaveButton kind=ItemKind::Resource id="us-988-lifeline" name="988"/> <kindred::shell::notice::SavedNotice/> });
    tick().await;
    let button = one(&root, "button.save");
    assert_eq!(button.get_attribute("aria-label").as_deref(), Some("Save 988"));
    button.click();
    tick().await;
    assert!(button.class_list().contains("is-saved"));
    assert_eq!(button.get_attribute("aria-label").as_deref(), Some("Saved: 988. Remove from saved"));
    assert!(storage().get_item("kindred.saved").unwrap().unwrap().contains("us-988-lifeline"));
    button.click();
    tick().await;
    assert!(!button.class_list().contains("is-saved"));
    one(&root, "#undo-remove").click();
    tick().await;
    assert!(button.class_list().contains("is-saved"), "undo puts it back");
    root.remove();
}

#[wasm_bindgen_test]
async fn the_facet_panel_counts_filters_and_a_chip_removes_the_filter() {
    let (root, _app) = mount(|| {
        kindred::directory::state::provide();
        view! { <FacetPanel/> <ActiveFilters/> <ResultList/> }
    });
    tick().await;
    tick().await;
    // Once running, the page redraws its cards a step per task.
    until(|| all(&root, "#results .card").len() == 20).await;
    assert_eq!(all(&root, "#results .card").len(), 20, "the first page of results");
    let warmline = one(&root, "label[for='f-kind-warmline'] .count").text_content().unwrap();
    let warmlines: usize = warmline.trim().parse().unwrap();
    assert!(warmlines > 0);
    one(&root, "#f-kind-warmline").click();
    tick().await;
    tick().await;
    assert_eq!(web_sys::window().unwrap().location().search().unwrap(), "?kind=warmline");
    until(|| all(&root, "#results .card").len() == warmlines.min(20)).await;
    let shown = all(&root, "#results .card");
    assert_eq!(shown.len(), warmlines.min(20), "the count said what the click would give");
    assert!(shown.iter().all(|c| c.text_content().unwrap().contains("Warmline")));
    assert_eq!(all(&root, ".chips .chip").len(), 1, "a chip for the filter");
    one(&root, ".chips .chip").click();
    tick().await;
    tick().await;
    assert_eq!(web_sys::window().unwrap().location().search().unwrap(), "");
    root.remove();
}

#[wasm_bindgen_test]
async fn the_result_list_keeps_cards_that_stay_in_the_results() {
    let (root, _app) = mount(|| {
        let state = kindred::directory::state::provide();
        STATE.with(|s| s.set(Some(state)));
        view! { <ResultList/> }
    });
    // The page starts running (and draws its live list) in the task after it is mounted.
    until(|| !all(&root, "#results .card").is_empty()).await;
    let first = one(&root, "#results .card");
    first.set_attribute("data-mark", "kept").unwrap();
    let name = first.query_selector("h3").unwrap().unwrap().text_content().unwrap();
    // A query that still matches the first card: the same node stays (keyed list).
    let state = STATE.with(|s| s.get().expect("the state was provided"));
    let before = all(&root, "#results .card").len();
    state.type_text(&name);
    // The results follow the key after it has painted: wait until they have.
    until(|| all(&root, "#results .card").len() < before).await;
    assert!(all(&root, "#results .card").len() < before, "the typed name narrowed the results");
    let still = one(&root, "#results .card");
    assert_eq!(still.get_attribute("data-mark").as_deref(), Some("kept"), "not redrawn");
    root.remove();
}

thread_local! {
    static STATE: std::cell::Cell<Option<kindred::directory::state::DirectoryState>> = const { std::cell::Cell::new(None) };
}

#[wasm_bindgen_test]
async fn the_saved_list_updates_in_place_keeping_a_note_being_typed() {
    storage()
        .set_item(
            "kindred.saved",
            r#"{"v":1,"items":[{"kind":"resource","id":"us-988-lifeline"},{"kind":"resource","id":"uk-samaritans"}]}"#,
        )
        .unwrap();
    let (root, _app) = mount(|| {
        let saved = use_saved();
        SAVED.with(|s| s.set(Some(saved)));
        view! { <SavedPage/> }
    });
    tick().await;
    tick().await;
    assert_eq!(all(&root, ".saved-list > li").len(), 2);
    let note: web_sys::HtmlTextAreaElement = one(&root, "#note-0").unchecked_into();
    note.focus().unwrap();
    note.set_value("call after six");
    // Another tab saves a third item meanwhile.
    let saved = SAVED.with(|s| s.get().unwrap());
    storage()
        .set_item(
            "kindred.saved",
            r#"{"v":1,"items":[{"kind":"resource","id":"us-988-lifeline"},{"kind":"resource","id":"uk-samaritans"},{"kind":"article","id":"understanding-peer-support"}]}"#,
        )
        .unwrap();
    saved.refresh();
    tick().await;
    assert_eq!(all(&root, ".saved-list > li").len(), 3);
    let same: web_sys::HtmlTextAreaElement = one(&root, "#note-0").unchecked_into();
    assert!(same.is_same_node(Some(&note)), "the item being edited was not redrawn");
    assert_eq!(same.value(), "call after six", "the typed text is kept");
    assert_eq!(document().active_element().map(|e| e.id()), Some("note-0".to_owned()), "and so is the focus");
    root.remove();
    storage().clear().unwrap();
}

thread_local! {
    static SAVED: std::cell::Cell<Option<kindred::saved::SavedList>> = const { std::cell::Cell::new(None) };
}

/// What the directory's prerendered list relies on (`directory/results.rs`): hydrating an element
/// whose view gives it no children takes the element the server wrote and moves on to its next
/// sibling without visiting what is inside it (Leptos's element hydration hydrates children only
/// when the view has some, the rule that also keeps an `inner_html` element's server content).
/// So the prerendered cards stay, untouched, until the running page replaces the list, and
/// hydration carries on with the right node after it. A Leptos that walked into such an element
/// would fail here (a panic on the mismatched node, or `#after` not hydrated).
#[wasm_bindgen_test]
async fn an_element_without_children_in_the_view_keeps_the_servers_through_hydration() {
    let root: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&root).unwrap();
    // What the prerenderer writes for the view below (Leptos's server render of it, its `<!>`
    // markers included), with cards in the list, as the directory's prerendered page has them.
    root.set_inner_html(concat!(
        r#"<div><ul id="results" class="results results--all">"#,
        r#"<li class="card"><h3>One<!></h3></li><li class="card"><h3>Two<!></h3></li>"#,
        r#"</ul><p id="after" class=""></p><!><!></div>"#,
    ));
    let prerendered = one(&root, "#results");
    let on = RwSignal::new(false);
    let _app = leptos::mount::hydrate_from(root.clone(), move || {
        view! { <div><ul id="results" class="results results--all"></ul><p id="after" class:is-on=move || on.get()></p></div> }
    });
    tick().await;
    let list = one(&root, "#results");
    assert!(list.is_same_node(Some(&prerendered)), "the server's element is the app's");
    assert_eq!(all(&root, "#results .card").len(), 2, "its children are kept as the server wrote them");
    on.set(true);
    tick().await;
    assert!(one(&root, "#after").class_list().contains("is-on"), "hydration went on with the element after it");
    root.remove();
}
