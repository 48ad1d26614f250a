//! `/learn`: the guides, grouped by what a person wants ("I want to understand", "I want to
//! try", …), each with its reading time.

use leptos::prelude::*;
use leptos_router::components::A;

use kindred_core::article::by_need;
use kindred_core::route::Route;

use crate::content::use_content;
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
            {by_need(use_content().articles()).into_iter().map(|(need, articles)| view! {
                <section class="learn-group" aria-labelledby=format!("need-{}", need.slug())>
                    <h2 id=format!("need-{}", need.slug())>{t.label(need)}</h2>
                    <ul class="article-list">
                        {articles.into_iter().map(|a| view! {
                            <li class="article-card">
                                <h3><A href=base.link(Route::Article(a.slug.to_owned()))>{a.title}</A></h3>
                                <p>{a.summary}</p>
                                <p class="meta">{(t.learn.meta)(a.reading_minutes, &a.updated.to_string())}</p>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            }).collect_view()}
        </div>
    }
}
