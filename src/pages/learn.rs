//! `/learn`: the articles.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::content::ARTICLES;
use crate::i18n::use_strings;
use crate::shell::page_meta::PageMeta;

#[component]
pub fn Learn() -> impl IntoView {
    let base = crate::shell::base::use_base();
    let t = use_strings();
    view! {
        <PageMeta title=t.learn.title description=t.learn.description/>
        <div class="wrap narrow">
            <h1 id="page-title">{t.learn.heading}</h1>
            <p class="lead">{t.learn.lead}</p>
            <ul class="article-list">
                {ARTICLES.iter().map(|a| view! {
                    <li class="article-card">
                        <h2><A href=base.href(&format!("/learn/{}", a.slug))>{a.title}</A></h2>
                        <p>{a.summary}</p>
                        <p class="meta">{(t.learn.meta)(a.reading_minutes, &a.updated.to_string())}</p>
                    </li>
                }).collect_view()}
            </ul>
        </div>
    }
}
