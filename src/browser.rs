//! Thin, non-panicking helpers over browser APIs. Every call here can fail in some browser
//! (blocked storage, sandboxed frames, missing elements); failures become `None`.

use wasm_bindgen::JsCast;

pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

pub fn document() -> Option<web_sys::Document> {
    window()?.document()
}

pub fn element_by_id(id: &str) -> Option<web_sys::Element> {
    document()?.get_element_by_id(id)
}

pub fn html_element_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    element_by_id(id)?.dyn_into().ok()
}

/// Seconds since the epoch, from the device clock.
pub fn now_seconds() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}

/// Milliseconds from the performance clock (for measurements).
pub fn perf_now() -> f64 {
    window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// The region the device's language settings suggest (`en-GB` → "uk"), for presets only.
pub fn device_region() -> Option<&'static str> {
    let lang = window()?.navigator().language()?;
    let region = lang.rsplit(['-', '_']).next()?.to_ascii_uppercase();
    Some(match region.as_str() {
        "US" => "us",
        "GB" => "uk",
        "CA" => "canada",
        "AU" => "australia",
        "IE" => "ireland",
        "NZ" => "new-zealand",
        _ => return None,
    })
}

/// Whether this document runs inside a frame.
pub fn in_frame() -> bool {
    window().is_some_and(|w| match (w.top(), w.self_()) {
        (Ok(Some(top)), this) => !js_sys::Object::is(&top, &this),
        _ => true,
    })
}

/// Moves focus to an element (for route changes), without scrolling it into view abruptly.
pub fn focus(id: &str) {
    if let Some(el) = html_element_by_id(id) {
        let _ = el.focus();
    }
}

/// The elements under `root` that match `selector`, in document order (none if it is invalid).
pub fn query_all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    use wasm_bindgen::JsCast;
    let Ok(list) = root.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

/// Runs `f` once, in a task after the next frame is drawn, so work that can wait a frame doesn't
/// delay what the person is looking at. Pages that draw no frames (a hidden tab, an iframe
/// scrolled out of view) still run it, after 100 ms.
pub fn after_next_frame(f: impl FnOnce() + 'static) {
    use std::cell::Cell;
    use std::rc::Rc;
    let once = Rc::new(Cell::new(Some(f)));
    let run = {
        let once = once.clone();
        move || {
            if let Some(f) = once.take() {
                f();
            }
        }
    };
    let frame = run.clone();
    leptos::prelude::request_animation_frame(move || leptos::prelude::set_timeout(frame, std::time::Duration::ZERO));
    leptos::prelude::set_timeout(run, std::time::Duration::from_millis(100));
}
