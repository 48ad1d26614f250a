//! Embed mode, for partner sites' iframes: the partner's options (accent colour, light or dark),
//! the content height posted to the parent so `embed.js` can size the frame, and the compact
//! footer with "open full site" and what saving means inside someone else's page.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use kindred_core::bookmarks::Health;
use kindred_core::embed::{EmbedOptions, Theme};

/// Applies the accent colour and theme to the document.
pub fn apply(options: &EmbedOptions) {
    let Some(html) = crate::browser::document().and_then(|d| d.document_element()) else { return };
    let _ = html.set_attribute("data-embed", "");
    match options.theme {
        Theme::Auto => {}
        Theme::Light => drop(html.set_attribute("data-theme", "light")),
        Theme::Dark => drop(html.set_attribute("data-theme", "dark")),
    }
    if let (Some(accent), Ok(el)) = (&options.accent, html.dyn_into::<web_sys::HtmlElement>()) {
        // Validated as six hex digits with 4.5:1 contrast on white (kindred_core::embed).
        let _ = el.style().set_property("--accent", &format!("#{accent}"));
    }
}

/// Posts `{type: "kindred:height", height}` to the parent whenever the content height changes
/// (checked once per animation frame at most). Only inside a frame.
pub fn post_height_changes() {
    if !crate::browser::in_frame() {
        return;
    }
    let last = std::rc::Rc::new(std::cell::Cell::new(0i32));
    let pending = std::rc::Rc::new(std::cell::Cell::new(false));
    let check = move || {
        let Some(window) = crate::browser::window() else { return };
        let Some(body) = window.document().and_then(|d| d.body()) else { return };
        let height = body.scroll_height().max(body.offset_height());
        if height != last.get() {
            last.set(height);
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &"kindred:height".into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            if let Ok(Some(parent)) = window.parent() {
                // The height is not private; embed.js checks the sender before using it.
                let _ = parent.post_message(&message, "*");
            }
        }
    };
    let schedule = {
        let pending = pending.clone();
        move || {
            if !pending.replace(true) {
                let pending = pending.clone();
                let check = check.clone();
                request_animation_frame(move || {
                    pending.set(false);
                    check();
                });
            }
        }
    };
    schedule();
    let on_resize = Closure::<dyn FnMut()>::new(schedule);
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        if let Some(body) = crate::browser::document().and_then(|d| d.body()) {
            observer.observe(&body);
        }
        std::mem::forget(observer);
    }
    on_resize.forget();
}

/// "Powered by Kindred — open full site", and what saving means here.
#[component]
pub fn EmbedFooter() -> impl IntoView {
    let state = crate::saved::state::use_saved();
    let full_site = crate::router::href("/");
    view! {
        <footer class="embed-footer">
            <p>{move || match state.health.get() {
                Health::Saved => "Items you save here stay on this site only.",
                _ => "Saving isn't available inside this page. Open the full site to keep a list.",
            }}</p>
            <p><a href=full_site target="_blank" rel="noopener noreferrer">"Powered by Kindred — open the full site"</a></p>
        </footer>
    }
}
