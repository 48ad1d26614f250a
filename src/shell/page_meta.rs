//! Each page's `<title>`, meta description, canonical link, language alternates (`hreflang`, both
//! ways, and `x-default` for English) and Open Graph title and description, through leptos_meta:
//! written into `<head>` when the build prerenders the page, and kept in step when the app
//! navigates.

use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::use_location;

use kindred_core::lang::Lang;

use super::base::{use_base, Link};
use super::language::{other, page_in_other};
use crate::content::{use_content, SITE_URL};

#[component]
pub fn PageMeta(
    /// The page's own title ("" for the home page); the site name is added here.
    #[prop(into)]
    title: String,
    #[prop(into)] description: String,
    /// A page that exists in no other language (the not-found page).
    #[prop(optional)]
    no_alternates: bool,
) -> impl IntoView {
    let title = (crate::i18n::use_strings().site_title)(&title);
    let base = use_base();
    // Drawn again with each page, so the path it was drawn at is the page's.
    let page = base.page(&use_location().pathname.get_untracked());
    let url = |address: &str| format!("{}{address}", SITE_URL.trim_end_matches('/'));
    // Its own address as the browser has it (the not-found page keeps the path asked for).
    let here = base.address(base.lang, &page);
    let canonical = url(&here);
    let mut alternates = Vec::new();
    if let (false, Some(there)) = (no_alternates, page_in_other(use_content(), &page)) {
        let mut by_lang = [(base.lang, here), (other(base.lang), base.link(Link::to(there).in_lang(other(base.lang))))];
        by_lang.sort_by_key(|(lang, _)| *lang as u8);
        let english = by_lang.iter().find(|(l, _)| *l == Lang::En).map(|(_, a)| url(a)).unwrap_or_default();
        alternates.extend(by_lang.iter().map(|(lang, a)| (lang.code(), url(a))));
        alternates.push(("x-default", english));
    }
    view! {
        <Title text=title.clone()/>
        <Meta name="description" content=description.clone()/>
        <Meta property="og:title" content=title/>
        <Meta property="og:description" content=description/>
        <Link rel="canonical" href=canonical/>
        {alternates.into_iter().map(|(lang, href)| view! { <Link rel="alternate" hreflang=lang href/> }).collect_view()}
    }
}

/// Before mounting over HTML prerendered for another page: removes that page's description,
/// Open Graph, canonical and alternate tags, so the app's own are not doubled.
pub fn clear_prerendered_head() {
    let Some(head) = crate::browser::document().and_then(|d| d.head()) else { return };
    if let Ok(found) =
        head.query_selector_all("meta[name=description], meta[property^='og:'], link[rel=canonical], link[rel=alternate][hreflang]")
    {
        for i in 0..found.length() {
            if let Some(node) = found.item(i) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
}
