//! Files the person keeps (exports): text offered as a Blob behind an object URL, so a large
//! list downloads whole (browsers cap `data:` URLs): kept current as the text changes
//! ([`ObjectUrl`]), or made when the link is followed ([`FileOnDemand`]).

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

/// A file made when it is asked for, for a text that changes often (the plan's, with every key
/// typed into it): the link is given a file once the page runs, so it is a link to follow, and
/// each time the person follows it (a click or a key, a middle click, the context menu's "Save
/// link as") the file is made again from `make` and put in the link just before the browser
/// follows it. Nothing is made while the text changes. Bind it with [`FileOnDemand::link`]'s
/// node ref, [`FileOnDemand::href`] and [`FileOnDemand::make_now`] on those events.
#[derive(Clone, Copy)]
pub struct FileOnDemand {
    mime: &'static str,
    url: RwSignal<String>,
    make: StoredValue<Box<dyn Fn() -> String>, LocalStorage>,
    link: NodeRef<leptos::html::A>,
}

impl FileOnDemand {
    pub fn new(mime: &'static str, make: impl Fn() -> String + 'static) -> FileOnDemand {
        let file =
            FileOnDemand { mime, url: RwSignal::new(String::new()), make: StoredValue::new_local(Box::new(make)), link: NodeRef::new() };
        // Once, after the first render: it reads the text but doesn't follow it.
        Effect::new(move || file.make_now());
        on_cleanup(move || {
            if let Some(u) = file.url.try_get_untracked() {
                revoke(&u);
            }
        });
        file
    }

    /// The link's node ref (the file is put into the element itself, before the browser
    /// follows it).
    pub fn link(&self) -> NodeRef<leptos::html::A> {
        self.link
    }

    /// The link target, if there is one yet.
    pub fn href(&self) -> Option<String> {
        Some(self.url.get()).filter(|u| !u.is_empty())
    }

    /// Makes the file now from the text as it is, and puts it in the link (the previous file is
    /// released).
    pub fn make_now(&self) {
        let Some(text) = self.make.try_with_value(|make| untrack(make)) else { return };
        let next = object_url(&text, self.mime).unwrap_or_default();
        // Into the element at once: a click's default action follows the link after its handlers.
        if let Some(a) = self.link.get_untracked() {
            a.set_href(&next);
        }
        revoke(&self.url.get_untracked());
        self.url.set(next);
    }
}
