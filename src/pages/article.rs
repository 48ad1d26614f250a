//! `/learn/:slug`: one article. Its HTML was produced at build time from validated Markdown
//! (no raw HTML can get in; see `crates/content/src/markdown.rs`).

use crate::router::href;
use leptos::prelude::*;

use crate::content::article;
use crate::pages::not_found::NotFound;
use crate::saved::button::SaveButton;
use crate::shell::page_meta;
use kindred_core::bookmarks::ItemKind;

#[component]
pub fn ArticlePage(slug: String) -> impl IntoView {
    {
        match article(&slug) {
            None => NotFound().into_any(),
            Some(a) => {
                page_meta::set(a.title, a.summary);
                view! {
                    <article class="wrap narrow article">
                        <p class="breadcrumb"><a href=href("/learn")>"Learn"</a></p>
                        <h1 id="page-title">{a.title}</h1>
                        <p class="lead">{a.summary}</p>
                        <p class="meta">{format!("{} min read · updated {}", a.reading_minutes, a.updated)}</p>
                        <SaveButton kind=ItemKind::Article id=a.slug name=a.title/>
                        <nav class="toc" aria-labelledby="toc-title">
                            <h2 id="toc-title" class="toc__title">"On this page"</h2>
                            <ol>
                                {a.toc.iter().filter(|h| h.level == 2).map(|h| view! {
                                    <li><a href=href(&format!("/learn/{}#{}", a.slug, h.id))>{h.title}</a></li>
                                }).collect_view()}
                            </ol>
                        </nav>
                        <div class="prose" inner_html=crate::shell::static_html::rebase(a.html)></div>
                        <section class="sources" aria-labelledby="sources-title">
                            <h2 id="sources-title">"Sources"</h2>
                            <ol>
                                {a.sources.iter().map(|s| view! {
                                    <li><a href=s.url rel="noopener noreferrer" target="_blank">{s.title}</a></li>
                                }).collect_view()}
                            </ol>
                        </section>
                    </article>
                }
                .into_any()
            }
        }
    }
}
