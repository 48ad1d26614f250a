//! Quick exit, following GOV.UK's "Exit this page": the static `#quick-exit` link in
//! `index.html` (first in tab order) works without JavaScript; with it, a click or Shift pressed
//! three times blanks the page at once and replaces it with a neutral site, so Back does not
//! return here. Inside a frame, the partner's whole page is replaced when the sandbox allows it.

use std::cell::Cell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Where quick exit goes (a neutral, common page).
pub const NEUTRAL_URL: &str = "https://www.bbc.co.uk/weather";
/// Shift presses must each come within this many milliseconds of the previous.
const WINDOW_MS: f64 = 5000.0;

thread_local! {
    static PRESSES: Cell<(u8, f64)> = const { Cell::new((0, 0.0)) };
}

/// Hides everything and leaves.
pub fn exit_now() {
    let Some(window) = crate::browser::window() else { return };
    if let Some(body) = window.document().and_then(|d| d.body()) {
        let _ = body.class_list().add_1("exiting");
    }
    let url = crate::browser::element_by_id("quick-exit").and_then(|a| a.get_attribute("href")).unwrap_or_else(|| NEUTRAL_URL.to_owned());
    // Leave the partner's page too when embedded (allowed with user activation), else the frame.
    let top_replaced = match window.top() {
        Ok(Some(top)) if crate::browser::in_frame() => top.location().replace(&url).is_ok(),
        _ => false,
    };
    if !top_replaced {
        let _ = window.location().replace(&url);
    }
}

fn announce(text: &str) {
    if let Some(status) = crate::browser::element_by_id("quick-exit-status") {
        status.set_text_content(Some(text));
    }
}

fn on_keyup(event: web_sys::KeyboardEvent) {
    let now = crate::browser::perf_now();
    if event.key() != "Shift" {
        PRESSES.with(|p| p.set((0, 0.0)));
        return;
    }
    let (count, last) = PRESSES.with(Cell::get);
    let count = if count > 0 && now - last <= WINDOW_MS { count + 1 } else { 1 };
    PRESSES.with(|p| p.set((count, now)));
    match count {
        1 => announce("Shift, press 2 more times to leave this site."),
        2 => announce("Shift, press 1 more time to leave this site."),
        _ => {
            PRESSES.with(|p| p.set((0, 0.0)));
            exit_now();
        }
    }
}

/// Attaches the click and keyboard behaviour. Safe to call once at start-up.
pub fn install() {
    let Some(document) = crate::browser::document() else { return };
    if let Some(button) = document.get_element_by_id("quick-exit") {
        let click = Closure::<dyn FnMut(web_sys::Event)>::new(|event: web_sys::Event| {
            event.prevent_default();
            exit_now();
        });
        let _ = button.add_event_listener_with_callback("click", click.as_ref().unchecked_ref());
        click.forget();
    }
    let keyup = Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(on_keyup);
    let _ = document.add_event_listener_with_callback("keyup", keyup.as_ref().unchecked_ref());
    keyup.forget();
    // Coming back through the back/forward cache: remove the blank overlay.
    if let Some(window) = crate::browser::window() {
        let pageshow = Closure::<dyn FnMut(web_sys::Event)>::new(|_| {
            if let Some(body) = crate::browser::document().and_then(|d| d.body()) {
                let _ = body.class_list().remove_1("exiting");
            }
        });
        let _ = window.add_event_listener_with_callback("pageshow", pageshow.as_ref().unchecked_ref());
        pageshow.forget();
    }
}

/// Shows "Leave and clear" (static in `index.html`, hidden until the app runs): it removes only
/// Kindred's saved data from this device, without asking, then leaves like quick exit.
pub fn enable_leave_and_clear() {
    let Some(link) = crate::browser::element_by_id("leave-clear") else { return };
    let _ = link.remove_attribute("hidden");
    let click = Closure::<dyn FnMut(web_sys::Event)>::new(|event: web_sys::Event| {
        event.prevent_default();
        crate::saved::state::clear_everything();
        exit_now();
    });
    let _ = link.add_event_listener_with_callback("click", click.as_ref().unchecked_ref());
    click.forget();
}
