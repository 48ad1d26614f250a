//! Each page's `<title>`, meta description, canonical link and Open Graph title and description,
//! through leptos_meta: written into `<head>` when the build prerenders the page, and kept in
//! step when the app navigates.

use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::use_location;

use crate::content::SITE_URL;

#[component]
pub fn PageMeta(
    /// The page's own title ("" for the home page); the site name is added here.
    #[prop(into)]
    title: String,
    #[prop(into)] description: String,
) -> impl IntoView {
    let title = (crate::i18n::use_strings().site_title)(&title);
    // Drawn again with each page, so the path it was drawn at is the page's.
    let canonical = format!("{}{}", SITE_URL.trim_end_matches('/'), use_location().pathname.get_untracked());
    view! {
        <Title text=title.clone()/>
        <Meta name="description" content=description.clone()/>
        <Meta property="og:title" content=title/>
        <Meta property="og:description" content=description/>
        <Link rel="canonical" href=canonical/>
    }
}

/// Before mounting over HTML prerendered for another page: removes that page's description,
/// Open Graph and canonical tags, so the app's own are not doubled.
pub fn clear_prerendered_head() {
    let Some(head) = crate::browser::document().and_then(|d| d.head()) else { return };
    if let Ok(found) = head.query_selector_all("meta[name=description], meta[property^='og:'], link[rel=canonical]") {
        for i in 0..found.length() {
            if let Some(node) = found.item(i) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
}
