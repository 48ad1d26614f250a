//! Checked helpers over browser APIs that gloo and Leptos don't already give. Every call here
//! can fail in some browser (blocked storage, sandboxed frames, missing elements), so failures
//! become `None`. On the host (the build-time prerenderer) there is no browser: every helper
//! answers `None` or a neutral value, so components can call them without a second code path.

use wasm_bindgen::JsCast;

/// Whether this code runs in a browser (not in the build-time prerenderer).
pub const IN_BROWSER: bool = cfg!(target_arch = "wasm32");

pub fn window() -> Option<web_sys::Window> {
    if IN_BROWSER {
        web_sys::window()
    } else {
        None
    }
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

/// Seconds since the epoch, from the device clock (0 outside a browser).
pub fn now_seconds() -> i64 {
    if IN_BROWSER {
        (js_sys::Date::now() / 1000.0) as i64
    } else {
        0
    }
}

/// Milliseconds from the performance clock (for measurements).
pub fn perf_now() -> f64 {
    window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// The page's origin (`https://example.org`), for links people copy elsewhere.
pub fn origin() -> Option<String> {
    window()?.location().origin().ok()
}

/// The deployment's base path from `<base href>` (`/` or `/kindred/`).
pub fn base_href() -> String {
    document()
        .and_then(|d| d.query_selector("base[href]").ok().flatten())
        .and_then(|e| e.get_attribute("href"))
        .filter(|h| h.starts_with('/'))
        .unwrap_or_else(|| "/".to_owned())
}

/// Where the page's content bundle for a language is: the name the prerendered page gives it
/// (`<meta id="kindred-content" data-es="content/es-….bin">`), else `content/<lang>.bin` beside
/// the app. Relative to `<base href>`.
pub fn content_url(lang: &str) -> String {
    document()
        .and_then(|d| d.get_element_by_id("kindred-content"))
        .and_then(|l| l.get_attribute(&format!("data-{lang}")))
        .unwrap_or_else(|| format!("content/{lang}.bin"))
}

/// A same-origin file's bytes, or `None` if it can't be had.
pub async fn fetch_bytes(url: &str) -> Option<Vec<u8>> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let response: web_sys::Response = JsFuture::from(window()?.fetch_with_str(url)).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The browser's languages, most preferred first (`navigator.languages`).
pub fn languages() -> Vec<String> {
    window().map(|w| w.navigator().languages().iter().filter_map(|l| l.as_string()).collect()).unwrap_or_default()
}

/// The device's language (`en-GB`), if the browser says.
pub fn language() -> Option<String> {
    window()?.navigator().language()
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `Temporal.Now.timeZoneId()`; throws (caught) where the browser has no Temporal yet.
    #[wasm_bindgen(js_namespace = ["Temporal", "Now"], js_name = timeZoneId, catch)]
    fn temporal_time_zone_id() -> Result<String, wasm_bindgen::JsValue>;
}

/// The device's IANA time zone (`Europe/London`), if the browser says.
///
/// Asked of `Temporal` where the browser has it: the first `Intl.DateTimeFormat` a page makes
/// sets up the browser's date formatting, which held the main thread for 47–102 ms in headless
/// Chromium at 1× CPU (21 fresh tabs), where `Temporal.Now.timeZoneId()` took under 1 ms.
/// Kindred formats no dates with `Intl`, so nothing else pays that cost.
pub fn time_zone() -> Option<String> {
    if !IN_BROWSER {
        return None;
    }
    temporal_time_zone_id().ok().or_else(|| {
        let options = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new()).resolved_options();
        js_sys::Reflect::get(&options, &"timeZone".into()).ok()?.as_string()
    })
}

/// Whether this document runs inside a frame.
pub fn in_frame() -> bool {
    window().is_some_and(|w| match (w.top(), w.self_()) {
        (Ok(Some(top)), this) => !js_sys::Object::is(&top, &this),
        _ => true,
    })
}

/// Moves focus to an element by id.
pub fn focus(id: &str) {
    if let Some(el) = html_element_by_id(id) {
        let _ = el.focus();
    }
}

/// Whether the element with this id has focus.
pub fn has_focus(element: &web_sys::Element) -> bool {
    document().and_then(|d| d.active_element()).is_some_and(|active| &active == element)
}

/// Sets or removes an attribute on `<html>` (theme, embed mode).
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    let Some(html) = document().and_then(|d| d.document_element()) else { return };
    let _ = match value {
        Some(v) => html.set_attribute(name, v),
        None => html.remove_attribute(name),
    };
}

/// Sets a CSS custom property on `<html>`.
pub fn set_root_style(property: &str, value: &str) {
    if let Some(html) = document().and_then(|d| d.document_element()).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = html.style().set_property(property, value);
    }
}

/// `HH:MM` on the device's own clock for an instant (seconds since the epoch).
pub fn local_clock(epoch_seconds: i64) -> String {
    if !IN_BROWSER {
        return String::new();
    }
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(epoch_seconds as f64 * 1000.0));
    format!("{:02}:{:02}", date.get_hours(), date.get_minutes())
}
