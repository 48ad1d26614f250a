//! The app's routes, parsed from a URL path. Pure, so every path (including junk) is tested on
//! the host; the app's router only keeps the current location in a signal and asks this module
//! what it means.

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
            ["embed"] => Route::EmbedBuilder,
            ["embed", "directory"] => Route::EmbedDirectory,
            ["embed", "learn", slug] if is_slug(slug) => Route::EmbedArticle((*slug).to_owned()),
            _ => Route::NotFound,
        }
    }

    /// Whether this route is drawn for a partner's iframe (compact, no site navigation).
    pub fn is_embedded(&self) -> bool {
        matches!(self, Route::EmbedDirectory | Route::EmbedArticle(_))
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
            Route::EmbedBuilder => "/embed".to_owned(),
            Route::EmbedDirectory => "/embed/directory".to_owned(),
            Route::EmbedArticle(slug) => format!("/embed/learn/{slug}"),
            Route::NotFound => "/404".to_owned(),
        }
    }
}

/// Strips the deployment's base (e.g. `/kindred`) from a browser path; `None` if the path is
/// outside the app.
pub fn strip_base<'a>(path: &'a str, base: &str) -> Option<&'a str> {
    let base = base.trim_end_matches('/');
    if base.is_empty() {
        return Some(path);
    }
    let rest = path.strip_prefix(base)?;
    (rest.is_empty() || rest.starts_with('/')).then_some(if rest.is_empty() { "/" } else { rest })
}

/// Joins the base and an app path (`/learn` → `/kindred/learn`).
pub fn with_base(base: &str, path: &str) -> String {
    format!("{}{}", base.trim_end_matches('/'), path)
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
        for r in [
            Route::Home,
            Route::Directory,
            Route::Resource("x-1".into()),
            Route::Learn,
            Route::Article("a".into()),
            Route::About,
            Route::Saved,
        ] {
            assert_eq!(Route::parse(&r.path()), r);
        }
    }

    #[test]
    fn base_paths() {
        assert_eq!(strip_base("/kindred/learn", "/kindred/"), Some("/learn"));
        assert_eq!(strip_base("/kindred", "/kindred/"), Some("/"));
        assert_eq!(strip_base("/kindredx/learn", "/kindred/"), None);
        assert_eq!(strip_base("/learn", "/"), Some("/learn"));
        assert_eq!(with_base("/kindred/", "/learn"), "/kindred/learn");
        assert_eq!(with_base("/", "/learn"), "/learn");
    }
}
