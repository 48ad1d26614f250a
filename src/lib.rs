//! Kindred, the app: a Leptos client-side app over the pure core in `kindred-core`.
//!
//! - [`content`]: the articles and directory compiled from `content/` at build time.
//! - [`router`]: the History-API router (location signal, link interception).
//! - [`routes`]: the `App` component and the route table.
//! - [`shell`]: what every page shares: navigation, quick exit, document title, panic screen.
//! - [`pages`]: one module per route.
//! - [`directory`]: the directory's reactive state and its components.
//! - [`saved`]: the saved list (storage, state, Save button).
//! - [`browser`]: small wrappers over browser APIs that can fail, returning `Option`/`Result`.

pub mod browser;
pub mod content;
pub mod directory;
pub mod pages;
pub mod router;
pub mod routes;
pub mod saved;
pub mod shell;

pub use routes::App;

/// Installs the panic screen and quick exit, then mounts the app into `#app`, replacing the
/// static fallback that `index.html` shows before the wasm runs.
pub fn mount() {
    shell::panic_screen::install();
    shell::quick_exit::install();
    #[cfg(feature = "bench")]
    bench_directory();
    let Some(root) = browser::element_by_id("app") else { return };
    root.set_text_content(None);
    root.remove_attribute("aria-busy").ok();
    use wasm_bindgen::JsCast;
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else { return };
    leptos::mount::mount_to(root, App).forget();
}

/// Benchmark builds: `?synthetic=N` searches N synthetic resources instead of the shipped ones.
#[cfg(feature = "bench")]
fn bench_directory() {
    let search = browser::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let n = search.trim_start_matches('?').split('&').find_map(|p| p.strip_prefix("synthetic=")).and_then(|n| n.parse().ok());
    if let Some(n) = n {
        let data: &'static [kindred_core::model::Resource] = Box::leak(kindred_core::synth::directory(n, 42).into_boxed_slice());
        directory::engine::use_directory(data);
    }
}
