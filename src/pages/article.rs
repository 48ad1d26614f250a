//! `/learn/:slug` (and `/embed/learn/:slug`): one article. Its HTML was produced at build time
//! from validated Markdown (no raw HTML can get in; see `crates/content/src/markdown.rs`).

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use wasm_bindgen::JsCast;

use kindred_core::article::Article;
use kindred_core::bookmarks::ItemKind;
use kindred_core::route::Route;

use crate::content::use_content;
use crate::i18n::use_strings;
use crate::pages::not_found::NotFound;
use crate::saved::SaveButton;
use crate::shell::base::{use_base, Link};
use crate::shell::embed::{is_embed_path, use_embed};
use crate::shell::page_meta::PageMeta;

#[component]
pub fn ArticlePage() -> impl IntoView {
    let params = use_params_map();
    let content = use_content();
    move || match params.with(|p| p.get("slug")).and_then(|slug| content.article(&slug)) {
        Some(a) => view! { <ArticleView article=a/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}

/// Inside a partner's iframe, links that leave the embedded article open the full site in a new
/// tab (the router then leaves them to the browser).
fn open_outside_links_in_new_tab(ev: &leptos::ev::MouseEvent, router_base: &str) {
    let Some(anchor) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|t| t.closest("a[href]").ok().flatten())
    else {
        return;
    };
    let Ok(anchor) = anchor.dyn_into::<web_sys::HtmlAnchorElement>() else { return };
    let path = anchor.pathname();
    let app_path = path.strip_prefix(router_base).unwrap_or(&path);
    if !is_embed_path(app_path) && anchor.hash().is_empty() {
        anchor.set_target("_blank");
        anchor.set_rel("noopener noreferrer");
    }
}

#[component]
fn ArticleView(article: &'static Article) -> impl IntoView {
    let t = use_strings();
    let base = use_base();
    let embedded = use_embed().embedded;
    let a = article;
    view! {
        <PageMeta title=a.title description=a.summary/>
        <article class="wrap narrow article" on:click=move |ev| if embedded { open_outside_links_in_new_tab(&ev, &base.router_base()) }>
            <p class="breadcrumb"><A href=base.link(Route::Learn)>{t.learn.title}</A></p>
            <h1 id="page-title">{a.title}</h1>
            <p class="lead">{a.summary}</p>
            <p class="meta">{(t.learn.meta)(a.reading_minutes, &a.updated.to_string())}</p>
            <SaveButton kind=ItemKind::Article id=a.slug name=a.title/>
            <nav class="toc" aria-labelledby="toc-title">
                <h2 id="toc-title" class="toc__title">{t.learn.on_this_page}</h2>
                <ol>
                    {a.toc.iter().filter(|h| h.level == 2).map(|h| view! {
                        <li><a href=base.link(Link::to(Route::Article(a.slug.to_owned())).in_frame().fragment(h.id))>{h.title}</a></li>
                    }).collect_view()}
                </ol>
            </nav>
            <div class="prose" inner_html=base.rebase_html(a.html).into_owned()></div>
            <TryThis article=a/>
            <Related article=a/>
            <section class="sources" aria-labelledby="sources-title">
                <h2 id="sources-title">{t.learn.sources}</h2>
                <ol>
                    {a.sources.iter().map(|s| view! {
                        <li><a href=s.url rel="noopener noreferrer" target="_blank">{s.title}</a></li>
                    }).collect_view()}
                </ol>
            </section>
        </article>
    }
}

/// "Try this": where the guide leads in the directory (the visitor's region added where the
/// guide asks for it and that region has listings).
#[component]
fn TryThis(article: &'static Article) -> impl IntoView {
    let t = use_strings();
    let base = use_base();
    let visitor = crate::shell::region::use_region();
    (!article.try_this.is_empty()).then(|| {
        view! {
            <section class="callout try-this" aria-labelledby="try-title">
                <h2 id="try-title">{t.learn.try_this}</h2>
                <ul>
                    {article.try_this.iter().map(|link| view! {
                        <li><A href=move || base.link(Link::to(Route::Directory).query(link.query_for(visitor.region.get())))>{link.label}</A></li>
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}

/// Other guides a reader of this one may want next.
#[component]
fn Related(article: &'static Article) -> impl IntoView {
    let t = use_strings();
    let base = use_base();
    let related = kindred_core::article::related(crate::content::use_content().articles(), article);
    (!related.is_empty()).then(|| {
        view! {
            <nav class="related" aria-labelledby="related-title">
                <h2 id="related-title">{t.learn.related}</h2>
                <ul>
                    {related.into_iter().map(|a| view! {
                        <li><A href=base.link(Route::Article(a.slug.to_owned()))>{a.title}</A>" · "{(t.learn.minutes)(a.reading_minutes)}</li>
                    }).collect_view()}
                </ul>
            </nav>
        }
    })
}
