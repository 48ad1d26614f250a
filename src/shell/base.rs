//! Where the app is, and the one way to link inside it: the deployment's base path (`/`, or
//! `/kindred/` for a sub-path build), the page's language (English at the base, Spanish under
//! `es/`) and whether the page is drawn for a partner's iframe. The router's base is the first
//! two together, so every in-app link stays in the page's language; files the site serves once
//! (the service worker, `embed.js`) and the other language's pages are reached from the site's
//! root.
//!
//! Every in-app address is printed by [`Base::link`] from a [`Link`]: a page of the core's typed
//! [`Route`] (which parses and prints every path the app has), its query string and fragment.
//! A renamed route is one change in `kindred_core::route`, and a link to a page the app doesn't
//! have doesn't compile.

use leptos::prelude::*;

use kindred_core::lang::Lang;
use kindred_core::route::Route;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Base {
    /// The deployment's base, with its trailing slash (`/`, `/kindred/`).
    root: &'static str,
    pub lang: Lang,
    /// Drawn for a partner's iframe (an `/embed/…` page): links that stay in the frame lead to
    /// their page's embed twin ([`Link::in_frame`]).
    pub embedded: bool,
}

/// Where an in-app link leads: a page, with its query string and fragment if it has them, and
/// in another language if it says so. [`Base::link`] prints it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    route: Route,
    query: String,
    fragment: String,
    lang: Option<Lang>,
    in_frame: bool,
}

impl Link {
    pub fn to(route: Route) -> Link {
        Link { route, query: String::new(), fragment: String::new(), lang: None, in_frame: false }
    }

    /// With a query string (without its `?`; an empty one adds nothing).
    pub fn query(self, query: impl Into<String>) -> Link {
        Link { query: query.into(), ..self }
    }

    /// With a fragment (without its `#`).
    pub fn fragment(self, fragment: impl Into<String>) -> Link {
        Link { fragment: fragment.into(), ..self }
    }

    /// The page in another language (a full page load: its own prerendered page and content).
    pub fn in_lang(self, lang: Lang) -> Link {
        Link { lang: Some(lang), ..self }
    }

    /// A link that stays inside a partner's frame: on an embedded page it leads to the page's
    /// embed twin (`/choose` → `/embed/choose`), elsewhere to the page itself. Links without it
    /// lead to the site's own pages (which an embed opens in a new tab).
    pub fn in_frame(self) -> Link {
        Link { in_frame: true, ..self }
    }
}

impl From<Route> for Link {
    fn from(route: Route) -> Link {
        Link::to(route)
    }
}

impl Base {
    pub fn new(root: &'static str, lang: Lang) -> Base {
        Base { root, lang, embedded: false }
    }

    /// The same base on a page drawn for a partner's iframe (or not).
    pub fn with_embedded(self, embedded: bool) -> Base {
        Base { embedded, ..self }
    }

    /// The router's base: the deployment's base without its trailing slash, then the language's
    /// prefix (`""` for English at the site root, `/kindred/es`).
    pub fn router_base(self) -> String {
        format!("{}{}", self.root.trim_end_matches('/'), self.lang.prefix())
    }

    /// The address of an in-app link (`Route::Learn` → `/kindred/es/learn`). The only place in
    /// the app that prints one: every `href` of a page and every navigation is built here.
    pub fn link(self, to: impl Into<Link>) -> String {
        let Link { route, query, fragment, lang, in_frame } = to.into();
        let route = match route.embed_twin() {
            Some(twin) if in_frame && self.embedded => twin,
            _ => route,
        };
        let mut address = self.address(lang.unwrap_or(self.lang), &route.path());
        for (mark, part) in [('?', query), ('#', fragment)] {
            if !part.is_empty() {
                address.push(mark);
                address.push_str(&part);
            }
        }
        address
    }

    /// The address of a page's path in `lang` (`/learn`, Es → `/kindred/es/learn`). For the page
    /// the browser is at, as its location names it (on the not-found page, whatever was asked
    /// for); a link to a page is [`Base::link`].
    pub fn address(self, lang: Lang, page: &str) -> String {
        self.site(&lang.path(page))
    }

    /// A path from the site's root, whatever the language (`/sw.js` → `/kindred/sw.js`): a file
    /// the site serves once, or an address that already names its language.
    pub fn site(self, path: &str) -> String {
        format!("{}{path}", self.root.trim_end_matches('/'))
    }

    /// The page's path in its language, from the browser's (`/kindred/es/learn/x/` → `/learn/x`).
    pub fn page(self, pathname: &str) -> String {
        let router = self.router_base();
        let rest = pathname.strip_prefix(router.as_str()).unwrap_or(pathname);
        match rest.trim_end_matches('/') {
            "" => "/".to_owned(),
            p => p.to_owned(),
        }
    }

    /// The page of the app at a browser path.
    pub fn route_at(self, pathname: &str) -> Route {
        Route::parse(&self.page(pathname))
    }

    /// Build-time HTML with its root-relative links (`href="/…"`) moved under the base and into
    /// this page's language.
    pub fn rebase_html(self, html: &'static str) -> std::borrow::Cow<'static, str> {
        let router = self.router_base();
        if router.is_empty() {
            html.into()
        } else {
            html.replace("href=\"/", &format!("href=\"{router}/")).into()
        }
    }
}

pub fn use_base() -> Base {
    expect_context::<Base>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_stay_in_the_pages_language_and_under_the_deployments_base() {
        let es = Base::new("/kindred/", Lang::Es);
        assert_eq!(es.router_base(), "/kindred/es");
        assert_eq!(es.link(Route::Learn), "/kindred/es/learn");
        assert_eq!(es.link(Route::Home), "/kindred/es/");
        assert_eq!(es.site("/sw.js"), "/kindred/sw.js");
        assert_eq!(es.link(Link::to(Route::Learn).in_lang(Lang::En)), "/kindred/learn");
        assert_eq!(es.address(Lang::En, "/learn"), "/kindred/learn");
        assert_eq!(es.rebase_html("<a href=\"/directory?q=x\">"), "<a href=\"/kindred/es/directory?q=x\">");
        let en = Base::new("/", Lang::En);
        assert_eq!(en.router_base(), "");
        assert_eq!(en.link(Route::Learn), "/learn");
        assert_eq!(en.link(Route::Home), "/");
        assert_eq!(en.link(Link::to(Route::Home).in_lang(Lang::Es)), "/es/");
        assert_eq!(en.rebase_html("<a href=\"/x\">"), "<a href=\"/x\">");
    }

    #[test]
    fn a_link_carries_its_query_and_fragment() {
        let en = Base::new("/", Lang::En);
        let listing = Route::Resource("us-988-lifeline".into());
        assert_eq!(en.link(listing.clone()), "/directory/us-988-lifeline");
        assert_eq!(en.link(Link::to(listing).query("from=kind%3Dwarmline")), "/directory/us-988-lifeline?from=kind%3Dwarmline");
        assert_eq!(en.link(Link::to(Route::Directory).query("")), "/directory", "an empty query adds nothing");
        assert_eq!(en.link(Link::to(Route::Saved).fragment("saved=r:x")), "/saved#saved=r:x");
        let es = Base::new("/kindred/", Lang::Es);
        assert_eq!(es.link(Link::to(Route::Article("a".into())).query("x=1").fragment("why")), "/kindred/es/learn/a?x=1#why");
    }

    #[test]
    fn inside_an_embed_only_links_that_stay_in_the_frame_lead_to_embed_pages() {
        let site = Base::new("/", Lang::En);
        let embed = site.with_embedded(true);
        let choose = Link::to(Route::Choose).in_frame().query("step=who");
        assert_eq!(site.link(choose.clone()), "/choose?step=who");
        assert_eq!(embed.link(choose), "/embed/choose?step=who");
        assert_eq!(embed.link(Link::to(Route::Article("a".into())).in_frame().fragment("b")), "/embed/learn/a#b");
        assert_eq!(embed.link(Route::Article("a".into())), "/learn/a", "a related article opens on the site");
        assert_eq!(embed.link(Link::to(Route::Plan).in_frame()), "/plan", "a page with no embed twin is itself");
        let es = Base::new("/kindred/", Lang::Es).with_embedded(true);
        assert_eq!(es.link(Link::to(Route::Directory).in_frame()), "/kindred/es/embed/directory");
    }

    #[test]
    fn a_browser_path_names_the_page() {
        let es = Base::new("/kindred/", Lang::Es);
        assert_eq!(es.page("/kindred/es/learn/x/"), "/learn/x");
        assert_eq!(es.route_at("/kindred/es/directory"), Route::Directory);
        assert_eq!(es.route_at("/kindred/es/embed/directory"), Route::EmbedDirectory);
        let en = Base::new("/", Lang::En);
        assert_eq!(en.page("/"), "/");
        assert_eq!(en.route_at("/directory/us-988-lifeline"), Route::Resource("us-988-lifeline".into()));
    }
}
