//! Pages that are plain text and links, written as HTML strings rather than Leptos views: one
//! small `inner_html` view instead of a generic instantiation per element keeps the wasm small.
//! Everything dynamic goes through [`esc`]; in-app links go through the router's click handler
//! like any other link.

use leptos::prelude::*;

/// Escapes text for HTML text and attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    kindred_core::text::escape_html(text, &mut out);
    out
}

/// An in-app link: `<a href="{base}{path}">{text}</a>`, text escaped.
pub fn link(path: &str, text: &str) -> String {
    format!("<a href=\"{}\">{}</a>", esc(&crate::router::href(path)), esc(text))
}

/// Rewrites root-relative links in trusted, build-time markup for the deployment's base path.
pub fn rebase(html: &str) -> String {
    let base = crate::router::base();
    if base == "/" {
        html.to_owned()
    } else {
        html.replace("href=\"/", &format!("href=\"{}/", base.trim_end_matches('/')))
    }
}

/// A page body from HTML. `class` is the wrapper's class list.
pub fn page(class: &'static str, html: String) -> impl IntoView {
    view! { <div class=class inner_html=html></div> }
}
