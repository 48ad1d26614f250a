//! In-page timings for the browser benchmark (`bench` builds only). When the bench's page defines
//! `window.__kindredSearchMs = []`, each search's duration (ms) is pushed onto it; otherwise
//! nothing is recorded.

use wasm_bindgen::JsValue;

/// Runs a search and records how long it took.
pub fn timed_search<T>(search: impl FnOnce() -> T) -> T {
    let t0 = crate::browser::perf_now();
    let out = search();
    record_search(crate::browser::perf_now() - t0);
    out
}

fn record_search(ms: f64) {
    let Some(window) = crate::browser::window() else { return };
    if let Ok(list) = js_sys::Reflect::get(&window, &JsValue::from_str("__kindredSearchMs")) {
        if let Ok(array) = wasm_bindgen::JsCast::dyn_into::<js_sys::Array>(list) {
            array.push(&JsValue::from_f64(ms));
        }
    }
}
