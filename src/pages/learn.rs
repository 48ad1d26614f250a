//! `/learn`: the articles.

use crate::router::href;
use leptos::prelude::*;

use crate::content::ARTICLES;
use crate::shell::page_meta;

#[component]
pub fn Learn() -> impl IntoView {
    page_meta::set("Learn", "Plain, sourced articles about peer support for mental health and how to become a peer specialist.");
    view! {
        <div class="wrap narrow">
            <h1 id="page-title">"Learn about peer support"</h1>
            <p class="lead">"Short, plain guides. Each one lists the sources it rests on."</p>
            <ul class="article-list">
                {ARTICLES.iter().map(|a| view! {
                    <li class="article-card">
                        <h2><a href=href(&format!("/learn/{}", a.slug))>{a.title}</a></h2>
                        <p>{a.summary}</p>
                        <p class="meta">{format!("{} min read · updated {}", a.reading_minutes, a.updated)}</p>
                    </li>
                }).collect_view()}
            </ul>
        </div>
    }
}
