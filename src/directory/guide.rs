//! "New to this? Read: …": the guide for a kind of support, under a listing of that kind and
//! on the directory when one kind is filtered for.

use leptos::prelude::*;
use leptos_router::components::A;

use kindred_core::model::Kind;
use kindred_core::route::Route;

use crate::i18n::use_strings;

/// "New to this? Read: Your first call to a warmline" — the guide for a kind of support.
#[component]
pub fn GuideLink(kind: Kind) -> impl IntoView {
    let t = use_strings();
    let base = crate::shell::base::use_base();
    kindred_core::article::guide_for(crate::content::use_content().articles(), kind).map(|a| {
        view! {
            <p class="guide-link">{t.learn.guide_intro}" "<A href=base.link(Route::Article(a.slug.to_owned()))>{a.title}</A></p>
        }
    })
}
