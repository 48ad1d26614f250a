//! The site's pages, named: every path the app serves and what it shows. The browser's routing is
//! leptos_router's (`src/lib.rs` maps each page to a component); this table is what the build
//! checks article links against and what the prerenderer enumerates, so the three agree (the
//! prerenderer's tests render every page and check none of them is "not found").

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Route {
    Home,
    Directory,
    /// `/directory/:id`
    Resource(String),
    Learn,
    /// `/learn/:slug`
    Article(String),
    About,
    /// `/saved`: the saved list.
    Saved,
    /// `/choose`: "Help me choose", one question at a time.
    Choose,
    /// `/plan`: "My support plan", kept on the device (not offered inside embeds).
    Plan,
    /// `/embed/choose`: the same, inside a partner's iframe.
    EmbedChoose,
    /// `/embed`: "Add Kindred to your site" (snippet builder).
    EmbedBuilder,
    /// `/embed/directory`: the directory for partner iframes.
    EmbedDirectory,
    /// `/embed/learn/:slug`: one article for partner iframes.
    EmbedArticle(String),
    NotFound,
}

fn is_slug(s: &str) -> bool {
    !s.is_empty() && s.len() <= 80 && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

impl Route {
    /// Every page without a parameter (the prerenderer writes each; listings and articles come
    /// from the content).
    pub const FIXED: [Route; 10] = [
        Route::Home,
        Route::Directory,
        Route::Learn,
        Route::About,
        Route::Saved,
        Route::Choose,
        Route::Plan,
        Route::EmbedChoose,
        Route::EmbedBuilder,
        Route::EmbedDirectory,
    ];

    /// Parses a path relative to the app's base (`/learn/x`, not `/sub/path/learn/x`).
    /// Trailing slashes are ignored; anything unexpected is `NotFound`.
    pub fn parse(path: &str) -> Route {
        let path = path.split(['?', '#']).next().unwrap_or("");
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] | ["index.html"] => Route::Home,
            ["directory"] => Route::Directory,
            ["directory", id] if is_slug(id) => Route::Resource((*id).to_owned()),
            ["learn"] => Route::Learn,
            ["learn", slug] if is_slug(slug) => Route::Article((*slug).to_owned()),
            ["about"] => Route::About,
            ["saved"] => Route::Saved,
            ["choose"] => Route::Choose,
            ["plan"] => Route::Plan,
            ["embed", "choose"] => Route::EmbedChoose,
            ["embed"] => Route::EmbedBuilder,
            ["embed", "directory"] => Route::EmbedDirectory,
            ["embed", "learn", slug] if is_slug(slug) => Route::EmbedArticle((*slug).to_owned()),
            _ => Route::NotFound,
        }
    }

    /// Whether this route is drawn for a partner's iframe (compact, no site navigation).
    pub fn is_embedded(&self) -> bool {
        matches!(self, Route::EmbedDirectory | Route::EmbedArticle(_) | Route::EmbedChoose)
    }

    /// The same page drawn for a partner's iframe, if it has one there (`/directory` →
    /// `/embed/directory`, an article → its embed): where a link that stays inside an embed leads.
    pub fn embed_twin(&self) -> Option<Route> {
        match self {
            Route::Directory => Some(Route::EmbedDirectory),
            Route::Choose => Some(Route::EmbedChoose),
            Route::Article(slug) => Some(Route::EmbedArticle(slug.clone())),
            route if route.is_embedded() => Some(route.clone()),
            _ => None,
        }
    }

    /// The canonical path of a route.
    pub fn path(&self) -> String {
        match self {
            Route::Home => "/".to_owned(),
            Route::Directory => "/directory".to_owned(),
            Route::Resource(id) => format!("/directory/{id}"),
            Route::Learn => "/learn".to_owned(),
            Route::Article(slug) => format!("/learn/{slug}"),
            Route::About => "/about".to_owned(),
            Route::Saved => "/saved".to_owned(),
            Route::Choose => "/choose".to_owned(),
            Route::Plan => "/plan".to_owned(),
            Route::EmbedChoose => "/embed/choose".to_owned(),
            Route::EmbedBuilder => "/embed".to_owned(),
            Route::EmbedDirectory => "/embed/directory".to_owned(),
            Route::EmbedArticle(slug) => format!("/embed/learn/{slug}"),
            Route::NotFound => "/404".to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_routes_and_rejects_junk() {
        assert_eq!(Route::parse("/"), Route::Home);
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("/directory/"), Route::Directory);
        assert_eq!(Route::parse("/directory?q=x"), Route::Directory);
        assert_eq!(Route::parse("/directory/us-988-lifeline"), Route::Resource("us-988-lifeline".into()));
        assert_eq!(Route::parse("/learn/understanding-peer-support#why"), Route::Article("understanding-peer-support".into()));
        assert_eq!(Route::parse("/learn/<script>"), Route::NotFound);
        assert_eq!(Route::parse("/directory/a/b"), Route::NotFound);
        assert_eq!(Route::parse("/about/"), Route::About);
        assert_eq!(Route::parse("/nope"), Route::NotFound);
        assert_eq!(Route::parse("/embed/plan"), Route::NotFound);
        let with_parameters = [Route::Resource("x-1".into()), Route::Article("a".into()), Route::EmbedArticle("a".into())];
        for r in Route::FIXED.into_iter().chain(with_parameters) {
            assert_eq!(Route::parse(&r.path()), r);
        }
    }

    #[test]
    fn a_page_inside_an_embed_is_its_embed_twin() {
        assert_eq!(Route::Directory.embed_twin(), Some(Route::EmbedDirectory));
        assert_eq!(Route::Choose.embed_twin(), Some(Route::EmbedChoose));
        assert_eq!(Route::Article("a".into()).embed_twin(), Some(Route::EmbedArticle("a".into())));
        assert_eq!(Route::EmbedChoose.embed_twin(), Some(Route::EmbedChoose), "an embed page is its own");
        for r in Route::FIXED.into_iter().chain([Route::Resource("x".into()), Route::Article("a".into()), Route::NotFound]) {
            match r.embed_twin() {
                Some(twin) => assert!(twin.is_embedded() && twin.path().starts_with("/embed/"), "{r:?}"),
                None => assert!(!r.is_embedded(), "{r:?}"),
            }
        }
        assert_eq!(Route::Plan.embed_twin(), None, "the plan is never offered inside an embed");
        assert_eq!(Route::EmbedBuilder.embed_twin(), None, "the snippet builder is a page of the site");
    }
}
