//! Files the person keeps (exports): text offered as a Blob behind an object URL, so a large
//! list downloads whole (browsers cap `data:` URLs), kept current as the text changes.

use leptos::prelude::*;

fn object_url(text: &str, mime: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

fn revoke(url: &str) {
    if !url.is_empty() {
        let _ = web_sys::Url::revoke_object_url(url);
    }
}

/// An object URL for the text `make` returns, remade when that text changes; the previous one is
/// released. Empty on the prerendered page and until the app runs.
#[derive(Clone, Copy)]
pub struct ObjectUrl {
    url: RwSignal<String>,
}

impl ObjectUrl {
    /// A JSON file (the saved list and plan, data kept aside).
    pub fn new(make: impl Fn() -> String + 'static) -> ObjectUrl {
        ObjectUrl::with_type("application/json", make)
    }

    /// A file of another type (`text/plain;charset=utf-8`, …).
    pub fn with_type(mime: &'static str, make: impl Fn() -> String + 'static) -> ObjectUrl {
        let url = RwSignal::new(String::new());
        Effect::new(move |_| {
            let next = object_url(&make(), mime).unwrap_or_default();
            revoke(&url.get_untracked());
            url.set(next);
        });
        on_cleanup(move || {
            if let Some(u) = url.try_get_untracked() {
                revoke(&u);
            }
        });
        ObjectUrl { url }
    }

    /// The link target, if there is one yet.
    pub fn href(&self) -> Option<String> {
        Some(self.url.get()).filter(|u| !u.is_empty())
    }
}
