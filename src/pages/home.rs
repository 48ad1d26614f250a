//! `/`: what Kindred is, and the ways in.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::use_strings;
use crate::shell::page_meta::PageMeta;

#[component]
pub fn Home() -> impl IntoView {
    let base = crate::shell::base::use_base();
    let t = use_strings();
    let visitor = crate::shell::region::use_region();
    // Presets for the visitor's region once it is known (chosen, or guessed on the device).
    let local = move |query: &'static str| {
        move || match visitor.region.get().filter(|r| *r != kindred_core::model::Region::International) {
            Some(region) => format!("/directory?region={}&{query}", region.slug()),
            None => format!("/directory?{query}"),
        }
    };
    let h = &t.home;
    view! {
        <PageMeta title="" description=t.home.description/>
        <div class="wrap">
            <section class="hero" aria-labelledby="page-title">
                <h1 id="page-title">{h.title}</h1>
                <p class="lead">{h.lead}</p>
                <p class="hero__start"><A href=base.href("/choose") attr:class="button" attr:id="start-choose">{t.home.choose_cta}</A></p>
                <p class="privacy-note">{h.privacy}</p>
            </section>
            <section aria-labelledby="ways-in">
                <h2 id="ways-in">{h.ways_title}</h2>
                <ul class="ways">
                    <Way href=local("kind=warmline") title=h.warmline_title text=h.warmline_text/>
                    <Way href=local("kind=peer-run-group,online-community") title=h.groups_title text=h.groups_text/>
                    <Way href=|| "/directory".to_owned() title=h.browse_title text=h.browse_text/>
                    <Way href=|| "/learn/understanding-peer-support".to_owned() title=h.understand_title text=h.understand_text/>
                    <Way href=|| "/learn/becoming-a-peer-specialist".to_owned() title=h.become_title text=h.become_text/>
                </ul>
            </section>
            <section class="callout callout--crisis" aria-labelledby="need-now">
                <h2 id="need-now">{h.need_now_title}</h2>
                <p>{h.need_now_text}" "<a href="tel:988">"988"</a>". "<A href=base.href("/directory?crisis=yes")>{h.need_now_link}</A>"."</p>
            </section>
        </div>
    }
}

#[component]
fn Way(href: impl Fn() -> String + Send + Sync + 'static, title: &'static str, text: &'static str) -> impl IntoView {
    let base = crate::shell::base::use_base();
    view! {
        <li class="way">
            <h3><A href=move || base.href(&href())>{title}</A></h3>
            <p>{text}</p>
        </li>
    }
}
