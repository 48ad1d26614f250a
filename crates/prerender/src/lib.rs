//! Prerendering: every route of the app rendered to HTML at build time, in each language, with
//! the same Leptos components the browser then hydrates (`kindred::start`). Each page is Trunk's
//! `index.html` with the route's markup in `#app` (marked with the route, so the browser knows
//! the page it hydrates), `<html lang>` set, its title, description, canonical and language
//! alternates and Open Graph tags in `<head>`, and the name of its language's content bundle,
//! which is written beside the pages under a content-hashed name.

use std::path::{Path, PathBuf};

use futures::StreamExt;
use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

use std::collections::BTreeMap;

use kindred::content::Content;
use kindred::i18n::strings;
use kindred::pages::lazy::Chunk;
use kindred::{App, Config};
use kindred_core::bundle::Bundle;
use kindred_core::lang::Lang;
use kindred_core::route::Route;
use sha2::{Digest, Sha256};

/// Where the app's markup goes in the template: everything between these two markers.
pub const APP_START: &str = "<div id=\"app\">";
pub const APP_END: &str = "</div><!--/app-->";
/// Where leptos_meta writes each page's head tags (and finds them again when hydrating).
pub const HEAD_MARKER: &str = "<!--HEAD-->";

/// Every page of the site in `content`'s language (`kindred_core::route`), with the file it is
/// written to: `/x` to `x/index.html` (`es/x/index.html` in Spanish), which static hosts serve
/// for `/x`; the not-found page to `404.html` (`es/404.html`), which hosts serve for any other
/// path (Cloudflare Pages and `cargo xtask preview` the nearest one up the path, so unknown
/// Spanish paths get the Spanish page; hosts with one not-found page serve the English).
pub fn pages(content: Content) -> Vec<(Route, PathBuf)> {
    let lang = content.lang();
    let mut routes = Route::FIXED.to_vec();
    for a in content.articles() {
        routes.push(Route::Article(a.slug.into()));
        routes.push(Route::EmbedArticle(a.slug.into()));
    }
    routes.extend(content.listings().iter().map(|r| Route::Resource(r.id.into())));
    let mut out: Vec<(Route, PathBuf)> = routes
        .into_iter()
        .map(|r| {
            let file = Path::new(lang.path(&r.path()).trim_start_matches('/')).join("index.html");
            (r, file)
        })
        .collect();
    let not_found = Route::NotFound;
    let file = PathBuf::from(format!("{}.html", lang.path(&not_found.path()).trim_start_matches('/')));
    out.push((not_found, file));
    out
}

/// A content bundle's file name: its language and a hash of its bytes (so hosts can cache it for
/// good, and a new build's content is a new file).
pub fn bundle_file(lang: Lang, bytes: &[u8]) -> String {
    let hash: String = Sha256::digest(bytes).iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("content/{}-{hash}.bin", lang.code())
}

/// The page template: Trunk's `index.html` with its static fallback and the head tags every page
/// writes for itself taken out.
pub struct Template {
    before_app: String,
    after_app: String,
}

/// The files a page names for the loader in `index.html` to fetch once it has painted: its
/// language's content bundle (relative to the site's base) and the chunks of the app its page's
/// code is in (relative to the app folder; the split tool's manifest, `chunks.json`).
#[derive(Clone, Debug, Default)]
pub struct PageFiles {
    pub bundles: Vec<(Lang, String)>,
    pub chunks: BTreeMap<String, Vec<String>>,
}

impl PageFiles {
    /// The `<meta>` naming a page's content bundle in `lang` and every language's (the app reads
    /// its `data-*`).
    fn bundle(&self, lang: Lang) -> String {
        let Some((_, own)) = self.bundles.iter().find(|(l, _)| *l == lang) else { return String::new() };
        let all: String = self.bundles.iter().map(|(l, f)| format!(" data-{}=\"{f}\"", l.code())).collect();
        format!("<meta id=\"kindred-content\" name=\"kindred-content\" content=\"{own}\"{all}>")
    }

    /// The `<meta>` naming the chunks a page needs before it runs: its page's, if it is in one,
    /// and the Spanish words on a Spanish page (`i18n::load`). A development build has one module
    /// and an empty manifest.
    fn chunks(&self, lang: Lang, route: &str) -> String {
        let page = Chunk::of(&Route::parse(route)).map(Chunk::name);
        let words = (lang == Lang::Es).then_some(kindred::i18n::SPANISH_CHUNK);
        let mut files: Vec<String> = Vec::new();
        for stem in [words, page].into_iter().flatten().filter_map(|c| self.chunks.get(c)).flatten() {
            let file = format!("{stem}.wasm");
            if !files.contains(&file) {
                files.push(file);
            }
        }
        if files.is_empty() {
            return String::new();
        }
        format!("<meta id=\"kindred-chunks\" content=\"{}\">", files.join(" "))
    }
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

    /// One page: `route` (relative to the base and the language) rendered into the template,
    /// in `config`'s language.
    pub fn render(&self, config: Config, route: &str, files: &PageFiles) -> String {
        let lang = config.content.lang();
        // An embed's page is marked from the first byte, as the app marks it (its styles differ).
        let embed = if route.starts_with("/embed/") { " data-embed=\"\"" } else { "" };
        let page = route;
        let route = lang.path(route);
        let before_app = self.before_app.replacen("<html lang=\"en\"", &format!("<html lang=\"{}\"{embed}", lang.code()), 1).replacen(
            HEAD_MARKER,
            &format!("{}{}{HEAD_MARKER}", files.bundle(lang), files.chunks(lang, page)),
            1,
        );
        // A server-side root: effects and browser listeners don't run while rendering.
        let owner = Owner::new_root(Some(std::sync::Arc::new(hydration_context::SsrSharedContext::new())));
        owner.with(|| {
            provide_context(RequestUrl::new(&config.base.site(&route)));
            let (meta, head) = ServerMetaContext::new();
            provide_context(meta);
            let app = view! { <App config/> }.to_html();
            let page = format!("{before_app}<div id=\"app\" data-route=\"{route}\">{app}</div>{}", self.after_app);
            futures::executor::block_on(
                async move { head.inject_meta_context(futures::stream::iter([page])).await.collect::<String>().await },
            )
        })
    }
}

/// Renders every route in every language into `dist` (which holds Trunk's build, with the
/// content bundles at `content/<lang>.bin` and the app's folder with its chunks' manifest) for a
/// deployment at `base` (`/` or `/sub/path/`).
/// The pages are rendered from those very files, which are then renamed by their hash. Returns
/// how many pages were written.
pub fn prerender(dist: &Path, base: &'static str) -> Result<usize, String> {
    let _ = any_spawner::Executor::init_futures_executor();
    let index = std::fs::read_to_string(dist.join("index.html")).map_err(|e| format!("{}: {e}", dist.join("index.html").display()))?;
    // The template is read once, before the home page overwrites index.html.
    let template = Template::parse(&index)?;
    let mut contents = Vec::new();
    let mut files = PageFiles { chunks: chunk_manifest(dist)?, ..PageFiles::default() };
    for lang in Lang::ALL {
        let plain = dist.join(format!("content/{}.bin", lang.code()));
        let bytes = std::fs::read(&plain).map_err(|e| format!("{}: {e}", plain.display()))?;
        let name = bundle_file(lang, &bytes);
        std::fs::write(dist.join(&name), &bytes).map_err(|e| format!("{name}: {e}"))?;
        std::fs::remove_file(&plain).map_err(|e| format!("{}: {e}", plain.display()))?;
        let bundle = Bundle::decode(bytes.leak()).map_err(|e| format!("{}: not a content bundle ({e:?})", plain.display()))?;
        contents.push(Content(Box::leak(Box::new(bundle))));
        files.bundles.push((lang, name));
    }
    let mut written = 0;
    for content in contents {
        let config = Config::new(base, content, strings(content.lang()));
        for (route, file) in pages(content) {
            let html = template.render(config, &route.path(), &files);
            let path = dist.join(file);
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            }
            std::fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))?;
            written += 1;
        }
    }
    Ok(written)
}

/// The chunks' manifest in the build's app folder (`app-<hash>/chunks.json`, `pkg/` in a build
/// whose folder isn't named yet): each chunk and the files (stems) a page of it loads.
fn chunk_manifest(dist: &Path) -> Result<BTreeMap<String, Vec<String>>, String> {
    let folder = std::fs::read_dir(dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .flatten()
        .map(|e| e.path())
        .find(|p| p.join("chunks.json").is_file())
        .ok_or_else(|| format!("{}: no app folder with chunks.json", dist.display()))?;
    let path = folder.join("chunks.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use kindred::content::built_in;

    const TEMPLATE: &str = "<!doctype html><html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\"><title>x</title></head><body><div id=\"app\">static</div><!--/app--></body></html>";

    fn files() -> PageFiles {
        PageFiles {
            bundles: vec![(Lang::En, "content/en-1.bin".into()), (Lang::Es, "content/es-2.bin".into())],
            chunks: Chunk::ALL
                .iter()
                .map(|c| c.name())
                .chain([kindred::i18n::SPANISH_CHUNK])
                .map(|c| (c.to_owned(), vec![format!("split_{c}"), "chunk_0".into()]))
                .collect(),
        }
    }

    #[test]
    fn every_page_renders_its_own_content_and_head_in_each_language() {
        let _ = any_spawner::Executor::init_futures_executor();
        let template = Template::parse(TEMPLATE).unwrap();
        for lang in Lang::ALL {
            let content = built_in(lang);
            let config = Config::new("/", content, strings(content.lang()));
            for (route, file) in pages(content) {
                let html = template.render(config, &route.path(), &files());
                let path = lang.path(&route.path());
                assert!(html.contains(&format!("data-route=\"{path}\"")), "{route:?}");
                let embed = if route.path().starts_with("/embed/") { " data-embed=\"\"" } else { "" };
                assert!(html.contains(&format!("<html lang=\"{}\"{embed} dir=\"ltr\">", lang.code())), "{route:?}: its language");
                assert!(html.contains("<meta name=\"description\""), "{route:?}: its own head tags");
                assert_eq!(html.matches("<title>").count(), 1, "{route:?}: one title");
                assert!(html.contains("id=\"quick-exit\"") && html.contains("href=\"tel:988\""), "{route:?}: the safety bar");
                let bundle = format!("name=\"kindred-content\" content=\"content/{}-", lang.code());
                assert!(html.contains(&bundle) && html.contains("data-en=\"content/en-1.bin\" data-es=\"content/es-2.bin\""), "{route:?}");
                // The loader fetches the page's own chunk beside the main module; the home page,
                // Learn and the articles are in the main module.
                // A Spanish page also needs the Spanish words before it runs.
                let chunks = match (lang, Chunk::of(&route)) {
                    (Lang::En, Some(c)) => format!("split_{}.wasm chunk_0.wasm", c.name()),
                    (Lang::Es, Some(c)) => format!("split_spanish.wasm chunk_0.wasm split_{}.wasm", c.name()),
                    (Lang::Es, None) => "split_spanish.wasm chunk_0.wasm".to_owned(),
                    (Lang::En, None) => String::new(),
                };
                if chunks.is_empty() {
                    assert!(!html.contains("kindred-chunks"), "{route:?} is in the main module");
                } else {
                    assert!(html.contains(&format!("<meta id=\"kindred-chunks\" content=\"{chunks}\">")), "{route:?}: its chunks");
                }
                if route != Route::NotFound {
                    assert!(
                        !html.contains("We couldn't find that page") && !html.contains("No encontramos esa página"),
                        "{route:?} ({}) is a real page",
                        file.display()
                    );
                }
            }
        }
        let config = Config::new("/", built_in(Lang::En), strings(Lang::En));
        assert!(template.render(config, "/404", &files()).contains("We couldn't find that page"));
        let config = Config::new("/", built_in(Lang::Es), strings(Lang::Es));
        assert!(template.render(config, "/404", &files()).contains("No encontramos esa página"));
    }

    #[test]
    fn spanish_pages_live_under_es_and_name_their_english_pages() {
        let _ = any_spawner::Executor::init_futures_executor();
        let template = Template::parse(TEMPLATE).unwrap();
        let es = built_in(Lang::Es);
        let files: Vec<String> = pages(es).into_iter().map(|(_, f)| f.display().to_string()).collect();
        assert!(files.contains(&"es/index.html".to_owned()) && files.contains(&"es/directory/index.html".to_owned()));
        assert!(files.iter().all(|f| f.starts_with("es/")), "{files:?}");
        assert!(files.contains(&"es/404.html".to_owned()), "its own not-found page, nearest to unknown Spanish paths");
        assert!(pages(built_in(Lang::En)).iter().any(|(_, f)| f == Path::new("404.html")));
        let article = es.articles().iter().find(|a| a.translation == Some("understanding-peer-support")).unwrap();
        let html = template.render(Config::new("/", es, strings(Lang::Es)), &format!("/learn/{}", article.slug), &PageFiles::default());
        assert!(
            html.contains("<link href=\"https://kindred.example/learn/understanding-peer-support\" hreflang=\"en\" rel=\"alternate\">"),
            "{html}"
        );
        assert!(
            html.contains(&format!("<link href=\"https://kindred.example/es/learn/{}\" hreflang=\"es\" rel=\"alternate\">", article.slug))
        );
        assert!(html.contains("hreflang=\"x-default\""));
        assert!(html.contains("id=\"lang-switch\" href=\"/learn/understanding-peer-support\""), "the switch leads to the English original");
        assert!(html.contains("href=\"/es/directory"), "in-app links stay in Spanish");
    }

    #[test]
    fn a_sub_path_build_links_under_its_base() {
        let _ = any_spawner::Executor::init_futures_executor();
        let template = Template::parse(TEMPLATE).unwrap();
        let html = template.render(Config::new("/kindred/", built_in(Lang::En), strings(Lang::En)), "/learn", &files());
        assert!(html.contains("href=\"/kindred/about\""), "router links carry the base");
        assert!(!html.contains("href=\"/about\""));
    }

    #[test]
    fn bundle_files_are_named_by_their_bytes() {
        assert_eq!(bundle_file(Lang::Es, b"x"), bundle_file(Lang::Es, b"x"));
        assert_ne!(bundle_file(Lang::Es, b"x"), bundle_file(Lang::Es, b"y"));
        assert!(kindred_devserver_like_hash(&bundle_file(Lang::En, b"x")));
    }

    /// What hosts' cache rules take for a hashed name (see `kindred_devserver::is_hashed`).
    fn kindred_devserver_like_hash(file: &str) -> bool {
        let stem = file.rsplit('/').next().unwrap().trim_end_matches(".bin");
        stem.rsplit_once('-').is_some_and(|(_, h)| h.len() == 16 && h.bytes().all(|b| b.is_ascii_hexdigit()))
    }
}
