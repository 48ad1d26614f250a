//! Building and serving the app.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::install::{self, cmd, run};
use crate::root;

#[derive(Default)]
pub struct BuildOptions {
    /// Output folder (default `dist`).
    pub dist: Option<PathBuf>,
    /// Sub-path to host under, e.g. `/kindred/` (default `/`).
    pub public_url: Option<String>,
    /// Extra cargo features (e.g. `bench`).
    pub features: Option<String>,
}

impl BuildOptions {
    /// `--public-url /sub/` and `--dist DIR` from the command line.
    pub fn from_args(args: &[String]) -> BuildOptions {
        let value = |flag: &str| args.iter().position(|a| a == flag).and_then(|i| args.get(i + 1)).cloned();
        BuildOptions { dist: value("--dist").map(PathBuf::from), public_url: value("--public-url"), features: value("--features") }
    }
}

/// Writes the open-data JSON and the content bundles (`content/<lang>.bin`) where `index.html`
/// copies them from. (A release build's prerenderer then gives each bundle a content-hashed name.)
pub fn content_json() -> Result<(), String> {
    let compiled = kindred_content::compile(&root().join("content"), kindred_content::today())
        .map_err(|problems| problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))?;
    let dir = root().join("target/kindred-generated");
    std::fs::create_dir_all(dir.join("content")).map_err(|e| e.to_string())?;
    for (lang, bytes) in compiled.bundles.each() {
        std::fs::write(dir.join("content").join(format!("{lang}.bin")), bytes).map_err(|e| e.to_string())?;
    }
    std::fs::write(dir.join("directory.json"), compiled.json).map_err(|e| e.to_string())
}

/// Extra cargo features for the app's wasm, handed from `cargo xtask build` through Trunk to
/// its pre-build step (`prepare`).
const FEATURES_ENV: &str = "KINDRED_FEATURES";

/// `cargo xtask prepare`, Trunk's pre-build hook (`Trunk.toml`): the content files, then the
/// app's wasm for Trunk's profile (`TRUNK_PROFILE`), into the folder `index.html` copies.
pub fn prepare() -> Result<(), String> {
    content_json()?;
    let release = std::env::var("TRUNK_PROFILE").is_ok_and(|p| p == "release");
    crate::wasm::build(release, std::env::var(FEATURES_ENV).ok().as_deref())
}

/// `cargo xtask serve`: install, then `trunk serve` offline with live reload, building into its
/// own folder (a release `dist/` is never overwritten by a development build). Pages are not
/// prerendered here, and the wasm isn't split: the app mounts in the browser instead.
pub fn serve() -> Result<(), String> {
    install::tools(false)?;
    eprintln!("→ serving on http://127.0.0.1:8080 (live reload; Ctrl-C to stop)");
    run(cmd("trunk").args(["serve", "--offline", "--dist"]).arg(root().join("target/serve-dist")))
}

/// Release build into `dist/` (or `options.dist`). Returns the output folder.
pub fn release(options: &BuildOptions) -> Result<PathBuf, String> {
    content_json()?;
    let dist = options.dist.clone().unwrap_or_else(|| root().join("dist"));
    let base = options.public_url.clone().unwrap_or_else(|| "/".into());
    let started = std::time::Instant::now();
    let mut trunk = cmd("trunk");
    trunk.args(["build", "--release", "--offline", "--dist"]).arg(&dist).args(["--public-url", &base]);
    trunk.env(FEATURES_ENV, options.features.as_deref().unwrap_or(""));
    run(&mut trunk)?;
    eprintln!("→ trunk build (content, wasm, style): {:.0} s", started.elapsed().as_secs_f64());
    let app = name_app_folder(&dist)?;
    eprintln!("→ app folder {app}/");
    let started = std::time::Instant::now();
    // Every route rendered to HTML by the same components, on the host.
    run(cmd("cargo").args(["run", "--quiet", "-p", "kindred-prerender", "--"]).arg(&dist).arg(&base))?;
    eprintln!("→ prerender (build and run): {:.0} s", started.elapsed().as_secs_f64());
    post_process(&dist, &base)?;
    let size = app_size(&dist)?;
    eprintln!("→ built {} — main module (wasm+JS) {}; every chunk too {}", dist.display(), size.main.describe(), size.total.describe());
    if size.main.gzip > SIZE_CAP_GZIP {
        return Err(format!(
            "the main module (what every page loads before it runs) is over the {} KB gzip cap by {:.1} KB: \
             move code a page needs alone into its chunk (src/pages/lazy.rs)",
            SIZE_CAP_GZIP / 1024,
            (size.main.gzip - SIZE_CAP_GZIP) as f64 / 1024.0
        ));
    }
    Ok(dist)
}

/// The folder the app's wasm and scripts are copied to (`pkg/`, `index.html`) and its name in a
/// release build: `app-<hash>/`, by the hash of every file in it, so a host can cache each file
/// for good (`_headers`) and a new build's app is a new folder. The modules find each other by
/// paths relative to their own (`./kindred.js`, `./chunk_1.wasm`), so only the page's pointer to
/// the folder (`<meta id="kindred-app">`, read by the loader) changes.
const DEV_APP_FOLDER: &str = "pkg";

fn name_app_folder(dist: &Path) -> Result<String, String> {
    let pkg = dist.join(DEV_APP_FOLDER);
    let mut hasher = Sha256::new();
    for f in crate::pwa::files(&pkg) {
        hasher.update(f.as_bytes());
        hasher.update(std::fs::read(pkg.join(&f)).map_err(|e| format!("{f}: {e}"))?);
    }
    let name = format!("app-{}", hasher.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect::<String>());
    std::fs::rename(&pkg, dist.join(&name)).map_err(|e| format!("{}: {e}", pkg.display()))?;
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let pointer = format!("<meta id=\"kindred-app\" content=\"{DEV_APP_FOLDER}/\">");
    if !html.contains(&pointer) {
        return Err(format!("index.html: no {pointer} to point at the app folder"));
    }
    std::fs::write(&index, html.replacen(&pointer, &format!("<meta id=\"kindred-app\" content=\"{name}/\">"), 1))
        .map_err(|e| e.to_string())?;
    Ok(name)
}

/// After prerendering: a Content-Security-Policy in every page, with the hashes of its inline
/// scripts (Trunk's loader), the `_headers` file for hosts, then the PWA files (`pwa.rs`).
pub fn post_process(dist: &Path, base: &str) -> Result<(), String> {
    let pages: Vec<PathBuf> = crate::pwa::files(dist).into_iter().filter(|f| f.ends_with(".html")).map(|f| dist.join(f)).collect();
    let mut csp = String::new();
    for page in &pages {
        let mut html = std::fs::read_to_string(page).map_err(|e| format!("{}: {e}", page.display()))?;
        let hash = |s: &String| format!("'sha256-{}'", crate::base64::encode(&Sha256::digest(s.as_bytes())));
        let scripts: Vec<String> = inline_elements(&html, "script").iter().map(hash).collect();
        let styles: Vec<String> = inline_elements(&html, "style").iter().map(hash).collect();
        csp = format!(
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self' {}; img-src 'self' data:; \
             connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'",
            scripts.join(" "),
            styles.join(" ")
        );
        if !html.contains("http-equiv=\"Content-Security-Policy\"") {
            let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">");
            html = html.replacen("<meta charset=\"utf-8\">", &format!("<meta charset=\"utf-8\">{meta}"), 1);
            std::fs::write(page, &html).map_err(|e| e.to_string())?;
        }
    }
    std::fs::write(dist.join("csp.txt"), &csp).map_err(|e| e.to_string())?;
    // Last: the service worker lists every file written above (and the headers file names it).
    crate::pwa::write(dist)?;
    std::fs::write(dist.join("_headers"), headers(dist, base, &csp)).map_err(|e| e.to_string())
}

/// The URL path a file of `dist` is requested at: a page's folder for its `index.html`.
fn url_path(base: &str, file: &str) -> String {
    let base = base.trim_end_matches('/');
    match file.strip_suffix("index.html") {
        Some("") => format!("{base}/"),
        Some(folder) => format!("{base}/{}", folder.trim_end_matches('/')),
        None => format!("{base}/{file}"),
    }
}

/// `_headers` (Netlify and Cloudflare Pages syntax): the same security headers on every
/// response, the CSP with `frame-ancestors` on every page (partners may frame only `/embed/…`),
/// and the cache rules: hashed files for a year, everything else revalidated on each visit.
/// Each header is set by exactly one rule, so hosts that merge matching rules never combine two.
pub fn headers(dist: &Path, base: &str, csp: &str) -> String {
    let mut out = String::from(
        "# Generated by `cargo xtask build`: response headers for hosts that read this file (Netlify,\n\
         # Cloudflare Pages). README.md \"Deploying\" says how to set the same on other hosts.\n",
    );
    out += &format!(
        "{}/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()\n",
        base.trim_end_matches('/')
    );
    for file in crate::pwa::files(dist) {
        if file == "_headers" {
            continue;
        }
        let path = url_path(base, &file);
        if kindred_devserver::is_hashed(&file) {
            out += &format!("{path}\n  Cache-Control: public, max-age=31536000, immutable\n");
        } else if file.ends_with(".html") {
            // Partners may frame the embed pages in either language (`/embed/…`, `/es/embed/…`).
            let (_, page) = kindred_core::lang::Lang::split(path.trim_start_matches(base.trim_end_matches('/')));
            let embed = page.starts_with("/embed/");
            let ancestors = if embed { "*" } else { "'self'" };
            out += &format!("{path}\n  Cache-Control: no-cache\n  Content-Security-Policy: {csp}; frame-ancestors {ancestors}\n");
        } else {
            out += &format!("{path}\n  Cache-Control: no-cache\n");
        }
    }
    out
}

/// Bodies of inline `<script>` or `<style>` elements (scripts without `src`).
pub fn inline_elements(html: &str, tag: &str) -> Vec<String> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let tag_end = match rest[start..].find('>') {
            Some(e) => start + e + 1,
            None => break,
        };
        let tag = &rest[start..tag_end];
        let end = match rest[tag_end..].find(&close) {
            Some(c) => tag_end + c,
            None => break,
        };
        if !tag.contains(" src=") {
            out.push(rest[tag_end..end].to_owned());
        }
        rest = &rest[end + close.len()..];
    }
    out
}

/// gzip -9 size of a file, using the system `gzip`.
pub fn gzip_size(file: &Path) -> Result<u64, String> {
    let out = std::process::Command::new("gzip").args(["-9", "-c"]).arg(file).output().map_err(|e| format!("gzip: {e}"))?;
    Ok(out.stdout.len() as u64)
}

/// brotli (quality 11, as hosts precompress) size of a file.
pub fn brotli_size(file: &Path) -> Result<u64, String> {
    let bytes = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let mut out = Vec::new();
    let mut writer = brotli::CompressorWriter::new(&mut out, 64 * 1024, 11, 22);
    std::io::Write::write_all(&mut writer, &bytes).map_err(|e| format!("brotli: {e}"))?;
    drop(writer);
    Ok(out.len() as u64)
}

/// The cap on the app's wasm + JS, gzip.
pub const SIZE_CAP_GZIP: u64 = 300 * 1024;

/// Bytes of some files: as stored, gzip -9 and brotli 11.
#[derive(Clone, Copy, Debug, Default)]
pub struct Size {
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

impl Size {
    pub fn add(&mut self, file: &Path) -> Result<(), String> {
        self.raw += std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
        self.gzip += gzip_size(file)?;
        self.brotli += brotli_size(file)?;
        Ok(())
    }

    /// "455.4 KB gzip, 380.0 KB brotli (1244.5 KB raw)".
    pub fn describe(&self) -> String {
        let kb = |b: u64| b as f64 / 1024.0;
        format!("{:.1} KB gzip, {:.1} KB brotli ({:.1} KB raw)", kb(self.gzip), kb(self.brotli), kb(self.raw))
    }
}

/// The build's app folder (`app-<hash>/`, or `pkg/` before it is named).
pub fn app_folder(dist: &Path) -> Result<PathBuf, String> {
    std::fs::read_dir(dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            p.is_dir() && p.file_name().and_then(|n| n.to_str()).is_some_and(|n| kindred_devserver::is_app_folder(n) || n == DEV_APP_FOLDER)
        })
        .ok_or_else(|| format!("{}: no app folder", dist.display()))
}

/// The files of the main module, which every page loads before it runs: the wasm, its script,
/// and the chunks' loader (which the script imports).
pub const MAIN_FILES: [&str; 3] = ["kindred_bg.wasm", "kindred.js", "__wasm_split.js"];

/// Each chunk's files (the split tool's manifest): the page's own and those it shares.
pub fn chunk_files(app: &Path) -> Result<std::collections::BTreeMap<String, Vec<String>>, String> {
    let path = app.join(crate::wasm::CHUNKS_FILE);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let map: std::collections::BTreeMap<String, Vec<String>> =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(map.into_iter().map(|(chunk, stems)| (chunk, stems.into_iter().map(|s| format!("{s}.wasm")).collect())).collect())
}

/// What the app's code weighs: the main module, each chunk's own files, and everything.
pub struct AppSize {
    pub main: Size,
    /// Per chunk (as the manifest names it): the files a page of it loads beside the main module.
    pub chunks: Vec<(String, Size)>,
    pub total: Size,
}

/// The app's wasm and JS in `dist` (not the service worker or the partner script).
pub fn app_size(dist: &Path) -> Result<AppSize, String> {
    let app = app_folder(dist)?;
    let mut main = Size::default();
    for f in MAIN_FILES.iter().filter(|f| app.join(f).is_file()) {
        main.add(&app.join(f))?;
    }
    let mut chunks = Vec::new();
    for (chunk, files) in chunk_files(&app)? {
        let mut size = Size::default();
        for f in files {
            size.add(&app.join(f))?;
        }
        chunks.push((chunk, size));
    }
    let mut total = Size::default();
    for f in crate::pwa::files(&app).into_iter().filter(|f| f.ends_with(".wasm") || f.ends_with(".js")) {
        total.add(&app.join(f))?;
    }
    Ok(AppSize { main, chunks, total })
}

/// Serves `dist/` like a static host (folders' index.html, 404.html for unknown paths, MIME types, cache headers).
pub fn preview() -> Result<(), String> {
    let dist = root().join("dist");
    if !dist.join("index.html").is_file() {
        return Err("no dist/ yet: run `cargo xtask build` first".into());
    }
    let server = kindred_devserver::start(kindred_devserver::Config::new(&dist), 8081).map_err(|e| e.to_string())?;
    eprintln!("→ previewing dist/ on {} (Ctrl-C to stop)", server.origin("127.0.0.1"));
    loop {
        std::thread::park();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_measured_raw_gzip_and_brotli_for_the_main_module_and_each_chunk() {
        let dir = std::env::temp_dir().join(format!("kindred-size-{}", std::process::id()));
        let app = dir.join("app-0123456789abcdef");
        std::fs::create_dir_all(&app).unwrap();
        let line = "let kindred = 'peer support';\n";
        std::fs::write(app.join("kindred.js"), line.repeat(400)).unwrap();
        std::fs::write(app.join("kindred_bg.wasm"), line.repeat(10)).unwrap();
        std::fs::write(app.join("split_directory.wasm"), line.repeat(20)).unwrap();
        std::fs::write(app.join("chunk_1.wasm"), line.repeat(30)).unwrap();
        std::fs::write(app.join("chunks.json"), r#"{"directory": ["chunk_1", "split_directory"]}"#).unwrap();
        std::fs::write(dir.join("sw.js"), "not the app").unwrap();
        let size = app_size(&dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(size.main.raw, line.len() as u64 * 410, "the main module: its script and wasm (no loader here)");
        assert_eq!(size.chunks.len(), 1);
        assert_eq!(size.chunks[0].0, "directory");
        assert_eq!(size.chunks[0].1.raw, line.len() as u64 * 50, "the chunk's own files");
        assert_eq!(size.total.raw, line.len() as u64 * 460, "every module, not the worker");
        let main = size.main;
        assert!(main.brotli > 0 && main.brotli < main.gzip && main.gzip < main.raw / 10, "{:?}", (main.raw, main.gzip, main.brotli));
        assert!(main.describe().contains("KB brotli"));
    }

    #[test]
    fn headers_name_each_file_once_and_let_only_embeds_be_framed() {
        let dir = std::env::temp_dir().join(format!("kindred-headers-{}", std::process::id()));
        for f in [
            "index.html",
            "learn/index.html",
            "embed/directory/index.html",
            "es/embed/directory/index.html",
            "embed/index.html",
            "kindred-0123456789abcdef_bg.wasm",
            "content/es-0123456789abcdef.bin",
            "sw.js",
        ] {
            let p = dir.join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "x").unwrap();
        }
        let h = headers(&dir, "/sub/", "default-src 'self'");
        assert!(h.contains("/sub/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n"));
        assert!(h.contains("/sub/kindred-0123456789abcdef_bg.wasm\n  Cache-Control: public, max-age=31536000, immutable\n"));
        assert!(h.contains("/sub/\n  Cache-Control: no-cache\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'self'\n"));
        assert!(
            h.contains("/sub/learn\n  Cache-Control: no-cache\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'self'\n")
        );
        assert!(h.contains(
            "/sub/embed/directory\n  Cache-Control: no-cache\n  Content-Security-Policy: default-src 'self'; frame-ancestors *\n"
        ));
        assert!(h.contains(
            "/sub/es/embed/directory\n  Cache-Control: no-cache\n  Content-Security-Policy: default-src 'self'; frame-ancestors *\n"
        ));
        assert!(h.contains("/sub/content/es-0123456789abcdef.bin\n  Cache-Control: public, max-age=31536000, immutable\n"));
        assert!(
            h.contains("/sub/embed\n  Cache-Control: no-cache\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'self'\n"),
            "the builder page is not for framing"
        );
        assert!(h.contains("/sub/sw.js\n  Cache-Control: no-cache\n"));
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn finds_inline_scripts_and_styles() {
        let html = "<script src=\"a.js\"></script><script type=\"module\">import x from './a.js';</script>";
        assert_eq!(inline_elements(html, "script"), ["import x from './a.js';"]);
        assert_eq!(inline_elements("<noscript><style>.a{}</style></noscript>", "style"), [".a{}"]);
    }
}
