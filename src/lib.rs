//! Kindred, the app: a Leptos client-side app over the pure core in `kindred-core`.
//!
//! - [`content`]: the articles and directory compiled from `content/` at build time.
//! - [`router`]: the History-API router (location signal, link interception).
//! - [`routes`]: the `App` component and the route table.
//! - [`shell`]: what every page shares: navigation, quick exit, document title, panic screen.
//! - [`pages`]: one module per route.
//! - [`directory`]: the directory's reactive state and its components.
//! - [`browser`]: small wrappers over browser APIs that can fail, returning `Option`/`Result`.

pub mod browser;
pub mod content;
pub mod directory;
pub mod pages;
pub mod router;
pub mod routes;
pub mod shell;

pub use routes::App;

/// Installs the panic screen and quick exit, then mounts the app into `#app`, replacing the
/// static fallback that `index.html` shows before the wasm runs.
pub fn mount() {
    shell::panic_screen::install();
    shell::quick_exit::install();
    let Some(root) = browser::element_by_id("app") else { return };
    root.set_inner_html("");
    root.remove_attribute("aria-busy").ok();
    use wasm_bindgen::JsCast;
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else { return };
    leptos::mount::mount_to(root, App).forget();
}
