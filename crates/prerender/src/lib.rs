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

/// Where the app's markup goes in the template: everything between these two markers.
pub const APP_START: &str = "<div id=\"app\">";
pub const APP_END: &str = "</div><!--/app-->";
/// Where leptos_meta writes each page's head tags (and finds them again when hydrating).
pub const HEAD_MARKER: &str = "<!--HEAD-->";

/// Every path the app serves, relative to its base, with the file each is written to.
pub fn routes() -> Vec<(String, PathBuf)> {
    let mut paths: Vec<String> = vec![
        "/".into(),
        "/learn".into(),
        "/about".into(),
        "/saved".into(),
        "/embed".into(),
        "/directory".into(),
        "/embed/directory".into(),
    ];
    for a in content::ARTICLES {
        paths.push(format!("/learn/{}", a.slug));
        paths.push(format!("/embed/learn/{}", a.slug));
    }
    for r in content::RESOURCES {
        paths.push(format!("/directory/{}", r.id));
    }
    let mut out: Vec<(String, PathBuf)> = paths
        .into_iter()
        .map(|p| {
            let file = Path::new(p.trim_start_matches('/')).join("index.html");
            (p, file)
        })
        .collect();
    // Any other path: the not-found page, which static hosts serve for unknown paths.
    out.push(("/404".into(), PathBuf::from("404.html")));
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
    let routes = routes();
    for (route, file) in &routes {
        let html = template.render(config, if route == "/404" { "/404" } else { route });
        let path = dist.join(file);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(routes.len())
}
