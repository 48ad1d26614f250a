//! If the app panics, the wasm instance is dead: this hook logs the panic and shows the calm
//! static message from `index.html` (`#fatal`), leaving the static crisis bar in place.

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        if let Some(fatal) = crate::browser::html_element_by_id("fatal") {
            let _ = fatal.remove_attribute("hidden");
            let _ = fatal.focus();
        }
        if let Some(app) = crate::browser::html_element_by_id("app") {
            let _ = app.set_attribute("hidden", "");
        }
    }));
}
