//! If the app panics, the wasm instance is dead: this hook logs the panic and shows the calm
//! static message (`#fatal`, outside the app in `index.html`). The page's content is hidden;
//! the safety bar (quick exit and the crisis line) stays, as plain links.

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        if let Some(body) = crate::browser::document().and_then(|d| d.body()) {
            let _ = body.class_list().add_1("crashed");
        }
        if let Some(fatal) = crate::browser::html_element_by_id("fatal") {
            let _ = fatal.remove_attribute("hidden");
            let _ = fatal.focus();
        }
    }));
}
