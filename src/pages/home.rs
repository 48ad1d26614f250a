//! `/`: what Kindred is, and the ways in.

use leptos::prelude::*;
use leptos_router::components::A;

use kindred_core::route::Route;

use crate::i18n::use_strings;
use crate::shell::base::Link;
use crate::shell::page_meta::PageMeta;

#[component]
pub fn Home() -> impl IntoView {
    let base = crate::shell::base::use_base();
    let t = use_strings();
    let visitor = crate::shell::region::use_region();
    // Presets for the visitor's region once it is known (chosen, or guessed on the device).
    let local = move |query: &'static str| {
        move || {
            Link::to(Route::Directory).query(match visitor.region.get().filter(|r| *r != kindred_core::model::Region::International) {
                Some(region) => format!("region={}&{query}", region.slug()),
                None => query.to_owned(),
            })
        }
    };
    let article = |slug: &'static str| move || Link::to(Route::Article(slug.to_owned()));
    let h = &t.home;
    view! {
        <PageMeta title="" description=t.home.description/>
        <div class="wrap">
            <section class="hero" aria-labelledby="page-title">
                <h1 id="page-title">{h.title}</h1>
                <p class="lead">{h.lead}</p>
                <p class="hero__start"><A href=base.link(Route::Choose) attr:class="button" attr:id="start-choose">{t.home.choose_cta}</A></p>
                <p class="privacy-note">{h.privacy}</p>
            </section>
            <section aria-labelledby="ways-in">
                <h2 id="ways-in">{h.ways_title}</h2>
                <ul class="ways">
                    <Way to=local("kind=warmline") title=h.warmline_title text=h.warmline_text/>
                    <Way to=local("kind=peer-run-group,online-community") title=h.groups_title text=h.groups_text/>
                    <Way to=|| Route::Directory.into() title=h.browse_title text=h.browse_text/>
                    <Way to=article("understanding-peer-support") title=h.understand_title text=h.understand_text/>
                    <Way to=article("becoming-a-peer-specialist") title=h.become_title text=h.become_text/>
                </ul>
            </section>
            <section class="callout callout--crisis" aria-labelledby="need-now">
                <h2 id="need-now">{h.need_now_title}</h2>
                <p>{h.need_now_text}" "<A href=base.link(Link::to(Route::Directory).query("crisis=yes"))>{h.need_now_link}</A>"."</p>
            </section>
        </div>
    }
}

#[component]
fn Way(to: impl Fn() -> Link + Send + Sync + 'static, title: &'static str, text: &'static str) -> impl IntoView {
    let base = crate::shell::base::use_base();
    view! {
        <li class="way">
            <h3><A href=move || base.link(to())>{title}</A></h3>
            <p>{text}</p>
        </li>
    }
}
