//! `/learn`: the articles.

use leptos::prelude::*;

use crate::content::ARTICLES;
use crate::shell::page_meta;
use crate::shell::static_html::{esc, link, page};

#[component]
pub fn Learn() -> impl IntoView {
    page_meta::set("Learn", "Plain, sourced articles about peer support for mental health and how to become a peer specialist.");
    let mut html = String::from(
        r#"<h1 id="page-title">Learn about peer support</h1><p class="lead">Short, plain guides. Each one lists the sources it rests on.</p><ul class="article-list">"#,
    );
    for a in ARTICLES {
        html.push_str(&format!(
            r#"<li class="article-card"><h2>{}</h2><p>{}</p><p class="meta">{} min read · updated {}</p></li>"#,
            link(&format!("/learn/{}", a.slug), a.title),
            esc(a.summary),
            a.reading_minutes,
            a.updated
        ));
    }
    html.push_str("</ul>");
    page("wrap narrow", html)
}
