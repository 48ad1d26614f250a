//! Prerendering: every route of the app rendered to HTML at build time, with the same Leptos
//! components the browser then hydrates (`kindred::start`). Each page is Trunk's `index.html`
//! with the route's markup in `#app` (marked with the route, so the browser knows the page it
//! hydrates) and its title, description, canonical link and Open Graph tags in `<head>`.

use std::path::{Path, PathBuf};

use futures::StreamExt;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

use kindred::{content, App, Config};
use kindred_core::route::Route;

/// Where the app's markup goes in the template: everything between these two markers.
pub const APP_START: &str = "<div id=\"app\">";
pub const APP_END: &str = "</div><!--/app-->";
/// Where leptos_meta writes each page's head tags (and finds them again when hydrating).
pub const HEAD_MARKER: &str = "<!--HEAD-->";

/// Every page of the site (`kindred_core::route`), with the file it is written to: `/x` to
/// `x/index.html`, which static hosts serve for `/x`; the not-found page to `404.html`, which they
/// serve for any other path.
pub fn pages() -> Vec<(Route, PathBuf)> {
    let mut routes = Route::FIXED.to_vec();
    for a in content::ARTICLES {
        routes.push(Route::Article(a.slug.into()));
        routes.push(Route::EmbedArticle(a.slug.into()));
    }
    routes.extend(content::RESOURCES.iter().map(|r| Route::Resource(r.id.into())));
    let mut out: Vec<(Route, PathBuf)> = routes
        .into_iter()
        .map(|r| {
            let file = Path::new(r.path().trim_start_matches('/')).join("index.html");
            (r, file)
        })
        .collect();
    out.push((Route::NotFound, PathBuf::from("404.html")));
    out
}

/// The page template: Trunk's `index.html` with its static fallback and the head tags every page
/// writes for itself taken out.
pub struct Template {
    before_app: String,
    after_app: String,
}

impl Template {
    pub fn parse(index_html: &str) -> Result<Template, String> {
        let start = index_html.find(APP_START).ok_or("index.html: no <div id=\"app\"> to render into")?;
        let end = index_html[start..].find(APP_END).map(|e| start + e).ok_or("index.html: no </div><!--/app--> after #app")?;
        let mut before = index_html[..start].to_owned();
        // Each page writes its own title and description.
        for (open, close) in [("<title>", "</title>"), ("<meta name=\"description\"", ">")] {
            if let Some(a) = before.find(open) {
                if let Some(b) = before[a..].find(close) {
                    before.replace_range(a..a + b + close.len(), "");
                }
            }
        }
        if !before.contains(HEAD_MARKER) {
            let head_end = before.find("</head>").ok_or("index.html: no </head>")?;
            before.insert_str(head_end, HEAD_MARKER);
        }
        Ok(Template { before_app: before, after_app: index_html[end + APP_END.len()..].to_owned() })
    }

    /// One page: `route` (relative to the base) rendered into the template.
    pub fn render(&self, config: Config, route: &str) -> String {
        // A server-side root: effects and browser listeners don't run while rendering.
        let owner = Owner::new_root(Some(std::sync::Arc::new(hydration_context::SsrSharedContext::new())));
        owner.with(|| {
            provide_context(RequestUrl::new(&config.base.href(route)));
            let (meta, head) = ServerMetaContext::new();
            provide_context(meta);
            let app = view! { <App config/> }.to_html();
            let page = format!("{}<div id=\"app\" data-route=\"{route}\">{app}</div>{}", self.before_app, self.after_app);
            futures::executor::block_on(
                async move { head.inject_meta_context(futures::stream::iter([page])).await.collect::<String>().await },
            )
        })
    }
}

/// Renders every route into `dist` (which holds Trunk's build) for a deployment at `base`
/// (`/` or `/sub/path/`). Returns how many pages were written.
pub fn prerender(dist: &Path, base: &'static str) -> Result<usize, String> {
    let _ = any_spawner::Executor::init_futures_executor();
    let index = std::fs::read_to_string(dist.join("index.html")).map_err(|e| format!("{}: {e}", dist.join("index.html").display()))?;
    // The template is read once, before the home page overwrites index.html.
    let template = Template::parse(&index)?;
    let config = Config::new(base);
    let pages = pages();
    for (route, file) in &pages {
        let html = template.render(config, &route.path());
        let path = dist.join(file);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(pages.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "<!doctype html><html><head><meta charset=\"utf-8\"><title>x</title></head><body><div id=\"app\">static</div><!--/app--></body></html>";

    #[test]
    fn every_page_renders_its_own_content_and_head() {
        let _ = any_spawner::Executor::init_futures_executor();
        let template = Template::parse(TEMPLATE).unwrap();
        let config = Config::new("/");
        let not_found = template.render(config, "/404");
        assert!(not_found.contains("We couldn't find that page"));
        for (route, file) in pages() {
            let html = template.render(config, &route.path());
            assert!(html.contains(&format!("data-route=\"{}\"", route.path())), "{route:?}");
            assert!(html.contains("<!--HEAD--><meta name=\"description\""), "{route:?}: its own head tags");
            assert_eq!(html.matches("<title>").count(), 1, "{route:?}: one title");
            assert!(html.contains("id=\"quick-exit\"") && html.contains("href=\"tel:988\""), "{route:?}: the safety bar");
            if route != Route::NotFound {
                assert!(!html.contains("We couldn't find that page"), "{route:?} ({}) is a real page", file.display());
            }
        }
    }

    #[test]
    fn a_sub_path_build_links_under_its_base() {
        let _ = any_spawner::Executor::init_futures_executor();
        let template = Template::parse(TEMPLATE).unwrap();
        let html = template.render(Config::new("/kindred/"), "/learn");
        assert!(html.contains("href=\"/kindred/about\""), "router links carry the base");
        assert!(!html.contains("href=\"/about\""));
    }
}
