//! Where the app is: the deployment's base path (`/`, or `/kindred/` for a sub-path build) and the
//! page's language (English at the base, Spanish under `es/`). The router's base is both
//! together, so every in-app link stays in the page's language; files the site serves once
//! (the service worker, `embed.js`) and the other language's pages are reached from the site's
//! root.

use leptos::prelude::*;

use kindred_core::lang::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Base {
    /// The deployment's base, with its trailing slash (`/`, `/kindred/`).
    pub root: &'static str,
    pub lang: Lang,
    /// `root` without its trailing slash, then the language's prefix (`""`, `/kindred/es`).
    router: &'static str,
}

impl Base {
    pub fn new(root: &'static str, lang: Lang) -> Base {
        let router = format!("{}{}", root.trim_end_matches('/'), lang.prefix());
        Base { root, lang, router: Box::leak(router.into_boxed_str()) }
    }

    /// The router's base (`""` for English at the site root).
    pub fn router_base(self) -> &'static str {
        self.router
    }

    /// An app path in this page's language (`/learn` → `/kindred/es/learn`).
    pub fn href(self, path: &str) -> String {
        format!("{}{path}", self.router)
    }

    /// A path from the site's root, whatever the language (`/sw.js` → `/kindred/sw.js`).
    pub fn site(self, path: &str) -> String {
        format!("{}{path}", self.root.trim_end_matches('/'))
    }

    /// A page in another language (`/learn`, Es → `/kindred/es/learn`).
    pub fn in_lang(self, lang: Lang, path: &str) -> String {
        self.site(&lang.path(path))
    }

    /// Build-time HTML with its root-relative links (`href="/…"`) moved under the base and into
    /// this page's language.
    pub fn rebase_html(self, html: &'static str) -> std::borrow::Cow<'static, str> {
        if self.router.is_empty() {
            html.into()
        } else {
            html.replace("href=\"/", &format!("href=\"{}/", self.router)).into()
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
        assert_eq!(es.href("/learn"), "/kindred/es/learn");
        assert_eq!(es.site("/sw.js"), "/kindred/sw.js");
        assert_eq!(es.in_lang(Lang::En, "/learn"), "/kindred/learn");
        assert_eq!(es.rebase_html("<a href=\"/directory?q=x\">"), "<a href=\"/kindred/es/directory?q=x\">");
        let en = Base::new("/", Lang::En);
        assert_eq!(en.router_base(), "");
        assert_eq!(en.href("/learn"), "/learn");
        assert_eq!(en.in_lang(Lang::Es, "/"), "/es/");
        assert_eq!(en.rebase_html("<a href=\"/x\">"), "<a href=\"/x\">");
    }
}
