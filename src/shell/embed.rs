//! Embed mode, for partner sites' iframes (`/embed/…` routes): the partner's options and presets
//! from the embed URL (accent colour, light or dark, locked filters), the content height posted
//! to the parent so `embed.js` can size the frame, and the compact footer.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use kindred_core::bookmarks::Health;
use kindred_core::embed::{EmbedOptions, Theme};
use kindred_core::query_codec::DirectoryQuery;
use kindred_core::route::Route;

use crate::i18n::use_strings;
use crate::saved::use_saved;
use crate::shell::client::{use_client, Client};

#[derive(Clone, Copy)]
pub struct Embed {
    /// Drawn for a partner's iframe (known from the path, so the prerendered page has it too).
    pub embedded: bool,
    /// The partner's options, read from the embed URL once the page runs.
    pub options: Memo<EmbedOptions>,
    /// The partner's presets: the directory query of the URL they embedded.
    pub preset: Memo<DirectoryQuery>,
}

/// Whether an app path (base removed) is drawn for a partner's iframe.
pub fn is_embed_path(path: &str) -> bool {
    path.starts_with("/embed/")
}

/// Where an English embed asked for another language (`?lang=es`) should go instead (an app
/// path with its query), if anywhere: the same page there, an article's translation, or nowhere
/// for an article without one. `content` is the page's own (English).
pub fn lang_redirect(content: crate::content::Content, page: &str, search: &str) -> Option<String> {
    (content.lang() == kindred_core::lang::Lang::En)
        .then(|| {
            kindred_core::embed::language_address(page, search, |p| crate::shell::language::page_in_other(content, p).map(|r| r.path()))
        })
        .flatten()
}

/// Provides the embed context. `embedded` comes from the route; once the page runs, the options
/// and presets are read from its URL (the one the partner's frame opened, read when the page
/// starts running) and the theme and accent are applied to the document.
pub fn provide(embedded: bool) -> Embed {
    let client = use_client();
    let opened_at = Memo::new(move |_| {
        let running = embedded && client.ready.get();
        running.then(|| crate::browser::window().and_then(|w| w.location().search().ok())).flatten().unwrap_or_default()
    });
    let embed = Embed {
        embedded,
        options: Memo::new(move |_| opened_at.with(|search| EmbedOptions::parse(search))),
        preset: Memo::new(move |_| opened_at.with(|search| DirectoryQuery::parse(search))),
    };
    provide_context(embed);
    if embedded {
        Effect::new(move || {
            if client.ready.get() {
                embed.options.with(apply);
            }
        });
        post_height_changes(client);
    }
    embed
}

pub fn use_embed() -> Embed {
    expect_context::<Embed>()
}

/// Applies the accent colour and theme to the document.
fn apply(options: &EmbedOptions) {
    crate::browser::set_root_attribute("data-embed", Some(""));
    match options.theme {
        Theme::Auto => {}
        Theme::Light => crate::browser::set_root_attribute("data-theme", Some("light")),
        Theme::Dark => crate::browser::set_root_attribute("data-theme", Some("dark")),
    }
    if let Some(accent) = &options.accent {
        // Validated as six hex digits with 4.5:1 contrast on white (kindred_core::embed).
        crate::browser::set_root_style("--accent", &format!("#{accent}"));
    }
}

/// The observer and its callback, kept together for the page's lifetime.
struct HeightWatch {
    observer: web_sys::ResizeObserver,
    _on_resize: Closure<dyn FnMut()>,
}

impl Drop for HeightWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// How finely the embed tells its height: a step of this many pixels. A height posted on every
/// change would tell the partner's page, keystroke by keystroke, how many results a visitor's
/// search found; steps say only roughly how tall the frame should be.
const HEIGHT_STEP: i32 = 40;

/// A content height rounded up to the next step.
pub fn stepped(height: i32) -> i32 {
    (height + HEIGHT_STEP - 1).div_euclid(HEIGHT_STEP) * HEIGHT_STEP
}

/// Posts `{type: "kindred:height", height}` to the parent when the content height crosses a step
/// (checked once per animation frame at most). Only inside a frame, from when the page runs (the
/// prerendered directory lists every listing: the frame would grow to its height, then shrink
/// to the live list's); stops with the app.
fn post_height_changes(client: Client) {
    let watch: StoredValue<Option<HeightWatch>, LocalStorage> = StoredValue::new_local(None);
    Effect::new(move || {
        if !client.ready.get() || !crate::browser::in_frame() {
            return;
        }
        let last = std::rc::Rc::new(std::cell::Cell::new(0i32));
        let pending = std::rc::Rc::new(std::cell::Cell::new(false));
        let check = move || {
            let Some(window) = crate::browser::window() else { return };
            let Some(body) = window.document().and_then(|d| d.body()) else { return };
            let height = stepped(body.scroll_height().max(body.offset_height()));
            if height != last.get() {
                last.set(height);
                let message = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&message, &"type".into(), &"kindred:height".into());
                let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
                if let Ok(Some(parent)) = window.parent() {
                    // embed.js checks the sender before using it.
                    let _ = parent.post_message(&message, "*");
                }
            }
        };
        let schedule = move || {
            if !pending.replace(true) {
                let pending = pending.clone();
                let check = check.clone();
                request_animation_frame(move || {
                    pending.set(false);
                    check();
                });
            }
        };
        schedule();
        let on_resize = Closure::<dyn FnMut()>::new(schedule);
        let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else { return };
        if let Some(body) = crate::browser::document().and_then(|d| d.body()) {
            observer.observe(&body);
        }
        watch.set_value(Some(HeightWatch { observer, _on_resize: on_resize }));
    });
}

/// "Powered by Kindred — open full site", and what saving means here.
#[component]
pub fn EmbedFooter() -> impl IntoView {
    let saved = use_saved();
    let client = use_client();
    let base = crate::shell::base::use_base();
    let t = use_strings();
    view! {
        <footer class="embed-footer">
            <p>{move || match (client.ready.get(), saved.health.get()) {
                (false, _) => t.embed.saving_needs_js,
                (true, Health::Saved) => t.embed.saving_here,
                _ => t.embed.saving_unavailable,
            }}</p>
            <p><a href=base.link(Route::Home) target="_blank" rel="noopener noreferrer">{t.embed.powered_by}</a></p>
            // The plan is kept in storage, which inside a frame belongs to the partner's site.
            <p><a href=base.link(Route::Plan) target="_blank" rel="noopener noreferrer" id="embed-plan">{t.embed.plan_link}</a></p>
        </footer>
    }
}
