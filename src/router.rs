//! A small client-side router over the History API: the current location lives in one signal;
//! same-origin link clicks anywhere in the page (including links inside article HTML) become
//! `pushState` navigations; Back/Forward (`popstate`) update the signal. Route matching is the
//! pure `kindred_core::route`. A deployment under a sub-path is read from `<base href>`.

use std::cell::OnceCell;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use kindred_core::route::{strip_base, with_base};

/// Where the app is, relative to its base.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Location {
    /// `/learn/x`
    pub path: String,
    /// Query string without `?`.
    pub search: String,
    /// Fragment without `#`.
    pub hash: String,
}

thread_local! {
    static LOCATION: OnceCell<RwSignal<Location>> = const { OnceCell::new() };
    static BASE: OnceCell<String> = const { OnceCell::new() };
}

/// The deployment's base path, e.g. `/` or `/kindred/`.
pub fn base() -> String {
    BASE.with(|b| {
        b.get_or_init(|| {
            crate::browser::document()
                .and_then(|d| d.query_selector("base[href]").ok().flatten())
                .and_then(|e| e.get_attribute("href"))
                .filter(|h| h.starts_with('/'))
                .unwrap_or_else(|| "/".to_owned())
        })
        .clone()
    })
}

/// A link target for an app path, with the base prepended.
pub fn href(path: &str) -> String {
    with_base(&base(), path)
}

fn read_window_location() -> Location {
    let Some(loc) = crate::browser::window().map(|w| w.location()) else { return Location::default() };
    let pathname = loc.pathname().unwrap_or_default();
    let base = base();
    Location {
        path: strip_base(&pathname, &base).unwrap_or("/404").to_owned(),
        search: loc.search().unwrap_or_default().trim_start_matches('?').to_owned(),
        hash: loc.hash().unwrap_or_default().trim_start_matches('#').to_owned(),
    }
}

/// The current location (reactive).
pub fn location() -> RwSignal<Location> {
    LOCATION.with(|l| *l.get_or_init(|| RwSignal::new(read_window_location())))
}

/// Goes to an app URL (`/directory?q=x`). `replace` swaps the current history entry instead of
/// adding one (used while typing, so Back undoes a whole search rather than each letter).
pub fn navigate(url: &str, replace: bool) {
    let Some(window) = crate::browser::window() else { return };
    let full = href(url);
    if let Ok(history) = window.history() {
        let done = if replace {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&full))
        } else {
            history.push_state_with_url(&JsValue::NULL, "", Some(&full))
        };
        if done.is_err() {
            // History can be unavailable in odd sandboxes: fall back to a real navigation.
            let _ = window.location().set_href(&full);
            return;
        }
    }
    location().set(read_window_location());
}

/// If a click should be handled in-app, its app URL.
fn in_app_target(event: &web_sys::MouseEvent) -> Option<String> {
    if event.default_prevented() || event.button() != 0 || event.meta_key() || event.ctrl_key() || event.shift_key() || event.alt_key() {
        return None;
    }
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let anchor: web_sys::HtmlAnchorElement = target.closest("a[href]").ok()??.dyn_into().ok()?;
    if anchor.has_attribute("download")
        || anchor.get_attribute("target").is_some_and(|t| t != "_self")
        || anchor.get_attribute("rel").is_some_and(|r| r.contains("external"))
    {
        return None;
    }
    let here = crate::browser::window()?.location();
    if anchor.origin() != here.origin().ok()? {
        return None;
    }
    let path = anchor.pathname();
    let app_path = strip_base(&path, &base())?;
    // Files (open data, icons) are fetched, not routed.
    if app_path.rsplit('/').next().is_some_and(|last| last.contains('.')) {
        return None;
    }
    // Same page, new fragment: let the browser scroll.
    let current = read_window_location();
    if app_path == current.path && anchor.search().trim_start_matches('?') == current.search && !anchor.hash().is_empty() {
        return None;
    }
    let url = format!("{app_path}{}{}", anchor.search(), anchor.hash());
    // An embedded article's own section links: scroll within the frame.
    if current.path == format!("/embed{app_path}") && !anchor.hash().is_empty() {
        if let Some(el) = crate::browser::element_by_id(anchor.hash().trim_start_matches('#')) {
            el.scroll_into_view();
            event.prevent_default();
            return None;
        }
    }
    // Inside a partner's iframe, links that leave the embedded view open the full site in a new
    // tab (where the partner's sandbox allows new tabs).
    if current.path.starts_with("/embed/") && !app_path.starts_with("/embed/") && crate::browser::in_frame() {
        anchor.set_target("_blank");
        anchor.set_rel("noopener noreferrer");
        return None;
    }
    Some(url)
}

/// Starts listening to link clicks and Back/Forward. Call once.
pub fn install() -> RwSignal<Location> {
    let signal = location();
    if let Some(document) = crate::browser::document() {
        let click = Closure::<dyn FnMut(web_sys::MouseEvent)>::new(|event: web_sys::MouseEvent| {
            if let Some(url) = in_app_target(&event) {
                event.prevent_default();
                navigate(&url, false);
                // A fragment on another page: scroll to it once it is drawn.
                if let Some(hash) = url.split_once('#').map(|(_, h)| h.to_owned()) {
                    request_animation_frame(move || {
                        if let Some(el) = crate::browser::element_by_id(&hash) {
                            el.scroll_into_view();
                        }
                    });
                }
            }
        });
        let _ = document.add_event_listener_with_callback("click", click.as_ref().unchecked_ref());
        click.forget();
    }
    if let Some(window) = crate::browser::window() {
        let pop = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| signal.set(read_window_location()));
        let _ = window.add_event_listener_with_callback("popstate", pop.as_ref().unchecked_ref());
        pop.forget();
    }
    signal
}
