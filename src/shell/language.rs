//! The page's language and the way to the other one: the switch in the header (the same page,
//! with its query), the alternates in `<head>`, and a suggestion when the person's remembered
//! choice or the browser's language differs from the page's. Nothing switches by itself: the
//! suggestion is a link, and "No, thanks" is remembered too.
//!
//! Moving to the other language loads that language's page (its own prerendered HTML and
//! content), so the links are `rel="external"` to the router.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use kindred_core::bookmarks::KeyValue;
use kindred_core::lang::{Lang, CHOICE_KEY};
use kindred_core::route::Route;

use super::base::{use_base, Base, Link};
use super::client::use_client;
use crate::content::{use_content, Content};
use crate::web_storage::WebStorage;

/// The site's other language.
pub fn other(lang: Lang) -> Lang {
    Lang::ALL.into_iter().find(|l| *l != lang).unwrap_or(Lang::En)
}

/// The same page in the other language, if it has one there: an article is its translation;
/// every other page is the same page.
pub fn page_in_other(content: Content, page: &str) -> Option<Route> {
    match Route::parse(page) {
        Route::Article(slug) => content.article(&slug)?.translation.map(|t| Route::Article(t.to_owned())),
        Route::EmbedArticle(slug) => content.article(&slug)?.translation.map(|t| Route::EmbedArticle(t.to_owned())),
        Route::NotFound => None,
        route => Some(route),
    }
}

/// Remembers the person's choice on the device (for this visit only if storage refuses).
fn remember(lang: Lang) {
    let _ = WebStorage.set(CHOICE_KEY, lang.code());
}

/// The address of this page in the other language (its query kept once the app runs), or the
/// other language's home page.
fn other_href(base: Base, content: Content, with_query: bool) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let location = use_location();
    move || {
        let page = base.page(&location.pathname.get());
        let target = page_in_other(content, &page);
        // The query belongs to this very page (not to an article's translation).
        let query = if with_query && target.as_ref() == Some(&Route::parse(&page)) { location.search.get() } else { String::new() };
        let query = query.strip_prefix('?').map(str::to_owned).unwrap_or(query);
        base.link(Link::to(target.unwrap_or(Route::Home)).in_lang(other(base.lang)).query(query))
    }
}

/// "Español" / "English" in the header.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let base = use_base();
    let client = use_client();
    let to = other(base.lang);
    // The prerendered link has no query (the build can't know it); hydration keeps that value,
    // so the query is added only once the app runs, as a change the DOM sees.
    let (with_query, without) = (other_href(base, use_content(), true), other_href(base, use_content(), false));
    let href = move || if client.ready.get() { with_query() } else { without() };
    view! {
        <a class="lang-switch" id="lang-switch" href=href hreflang=to.code() lang=to.code() rel="alternate external"
            on:click=move |_| remember(to)>{to.own_name()}</a>
    }
}

/// A suggestion, in the other language's own words, when the person chose that language before
/// or their browser prefers it; shown at the bottom of the screen (nothing on the page moves).
#[component]
pub fn LanguageSuggestion() -> impl IntoView {
    let base = use_base();
    let client = use_client();
    let to = other(base.lang);
    let dismissed = RwSignal::new(false);
    let suggest = move || {
        if !client.ready.get() || dismissed.get() {
            return false;
        }
        match Lang::decode_choice(WebStorage.get(CHOICE_KEY).ok().flatten().as_deref()) {
            Some(chosen) => chosen == to,
            None => Lang::preferred(crate::browser::languages().iter().map(String::as_str)) == Some(to),
        }
    };
    let href = other_href(base, use_content(), true);
    let words = crate::i18n::suggestion(to);
    let stay = move |_| {
        remember(base.lang);
        dismissed.set(true);
    };
    view! {
        <Show when=suggest>
            <div class="toast lang-suggestion" lang=to.code() role="region" aria-label=words.label>
                <p class="notice">
                    <a href=href.clone() hreflang=to.code() rel="alternate external" id="lang-suggest" on:click=move |_| remember(to)>
                        {words.text}
                    </a>" "
                    <button type="button" class="link-button" id="lang-stay" on:click=stay>{words.stay}</button>
                </p>
            </div>
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::built_in;

    #[test]
    fn a_page_has_its_counterpart_in_the_other_language() {
        let en = built_in(Lang::En);
        let es = built_in(Lang::Es);
        let es_slug = en.article("understanding-peer-support").and_then(|a| a.translation).unwrap();
        assert_eq!(page_in_other(en, "/learn/understanding-peer-support"), Some(Route::Article(es_slug.to_owned())));
        assert_eq!(page_in_other(es, &format!("/learn/{es_slug}")), Some(Route::Article("understanding-peer-support".into())));
        assert_eq!(page_in_other(en, "/embed/learn/understanding-peer-support"), Some(Route::EmbedArticle(es_slug.to_owned())));
        assert_eq!(page_in_other(en, "/directory"), Some(Route::Directory));
        assert_eq!(page_in_other(en, "/nope"), None);
        assert_eq!(other(Lang::En), Lang::Es);
    }
}
