//! After Trunk: what makes the build installable and work offline. Icons are rendered from the
//! SVG sources in `public/icons/` (no binary icon without its source), the manifest is copied,
//! and `sw.js` is written with this build's version and the list of every file in `dist/`. The
//! build fails if any file is missing from that list.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::root;

/// (source SVG, output PNG, size in px).
const ICONS: &[(&str, &str, u32)] = &[
    ("icon.svg", "icon-192.png", 192),
    ("icon.svg", "icon-512.png", 512),
    ("icon-maskable.svg", "icon-maskable-192.png", 192),
    ("icon-maskable.svg", "icon-maskable-512.png", 512),
];

pub fn render_icon(svg: &[u8], size: u32) -> Result<Vec<u8>, String> {
    let tree = resvg::usvg::Tree::from_data(svg, &resvg::usvg::Options::default()).map_err(|e| format!("icon SVG: {e}"))?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size, size).ok_or("icon size")?;
    let scale = size as f32 / tree.size().width().max(tree.size().height());
    resvg::render(&tree, resvg::tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| format!("icon PNG: {e}"))
}

/// Every file under `dir`, as `/`-separated paths relative to it, sorted.
pub fn files(dir: &Path) -> Vec<String> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(base, &p, out);
            } else if let Ok(rel) = p.strip_prefix(base) {
                out.push(rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/"));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// `sha256-<base64>` of a file's bytes, as the `integrity` of a request takes it.
fn integrity(bytes: &[u8]) -> String {
    format!("sha256-{}", crate::base64::encode(&Sha256::digest(bytes)))
}

/// Which of the service worker's groups a file of the build is in (see `public/sw.js`): what a
/// visitor's install stores is the app (`shell`) and, in the visitor's language, the content
/// bundle and the top-level pages; every other page is stored when it is opened, or when the
/// visitor asks for everything. A file of the app that only some visitors' pages need (see
/// [`Splits`]) goes with them instead of the shell.
pub fn group(file: &str, splits: &Splits) -> String {
    const TOP_LEVEL: [&str; 8] = [
        "index.html",
        "directory/index.html",
        "learn/index.html",
        "saved/index.html",
        "plan/index.html",
        "choose/index.html",
        "about/index.html",
        "404.html",
    ];
    let (lang, page) = match file.strip_prefix("es/") {
        Some(rest) => ("es", rest),
        None => ("en", file),
    };
    let top = file.split('/').next().unwrap_or(file);
    if kindred_devserver::is_app_folder(top) {
        splits.group(file.rsplit('/').next().unwrap_or(file)).into()
    } else if file == "manifest.webmanifest"
        || file.starts_with("icons/")
        || (!file.contains('/') && (file.ends_with(".css") || file.ends_with(".svg")))
    {
        "shell".into()
    } else if let Some(bundle) = file.strip_prefix("content/") {
        format!("content-{}", bundle.split('-').next().unwrap_or(bundle))
    } else if TOP_LEVEL.contains(&page) {
        format!("pages-{lang}")
    } else {
        "other".into()
    }
}

/// Which split points (see `src/pages/lazy.rs`) use each file of the split app: the build's
/// `chunks.json`, turned round. A module only the Spanish words use is stored with the Spanish
/// content, one only the embed builder (a page for partner organisations) uses is stored when
/// that page is opened; a module any other page uses is part of the shell.
#[derive(Default)]
pub struct Splits(std::collections::BTreeMap<String, Vec<String>>);

impl Splits {
    /// The group of the visitors a split point's code is for, where that is not everyone.
    const NOT_FOR_EVERYONE: [(&str, &str); 2] = [("spanish", "content-es"), ("embed_builder", "other")];

    /// From the `chunks.json` in `dist`'s app folder (none: every file of the app is the shell).
    pub fn read(dist: &Path) -> Result<Splits, String> {
        let app = files(dist).into_iter().find(|f| {
            f.split_once('/').is_some_and(|(dir, name)| kindred_devserver::is_app_folder(dir) && name == crate::wasm::CHUNKS_FILE)
        });
        let Some(app) = app else { return Ok(Splits::default()) };
        let text = std::fs::read_to_string(dist.join(&app)).map_err(|e| format!("{app}: {e}"))?;
        let by_split: std::collections::BTreeMap<String, Vec<String>> = serde_json::from_str(&text).map_err(|e| format!("{app}: {e}"))?;
        Ok(Splits::from_chunks(by_split))
    }

    pub fn from_chunks(by_split: std::collections::BTreeMap<String, Vec<String>>) -> Splits {
        let mut users = std::collections::BTreeMap::<String, Vec<String>>::new();
        for (split, modules) in by_split {
            for module in modules {
                users.entry(format!("{module}.wasm")).or_default().push(split.clone());
            }
        }
        Splits(users)
    }

    /// The group of a file of the app (by its name): `shell` unless every split point that uses
    /// it is for some visitors only; the first of [`Self::NOT_FOR_EVERYONE`] among them wins
    /// (a module the Spanish words and the embed builder share is stored for Spanish visitors).
    fn group(&self, name: &str) -> &'static str {
        let Some(users) = self.0.get(name) else { return "shell" };
        let of = |split: &String| Self::NOT_FOR_EVERYONE.iter().find(|(s, _)| s == split).map(|(_, group)| *group);
        if users.iter().any(|split| of(split).is_none()) {
            return "shell";
        }
        Self::NOT_FOR_EVERYONE.iter().map(|(_, group)| *group).find(|group| users.iter().any(|s| of(s) == Some(group))).unwrap_or("shell")
    }
}

/// The service worker for `dist`: version + precache list + the template. Each file carries the
/// hash of this build's bytes: the worker fetches it with `integrity`, so a file from another
/// deploy (a host half-way through an upload) fails the install and the previous version keeps
/// working. It also says whether the file's path is content-hashed (the rule that gives it a
/// year's `Cache-Control`): the worker may take such a file from the browser's HTTP cache, where
/// the page has usually just put it; and the file's [`group`].
pub fn service_worker(dist: &Path, template: &str) -> Result<String, String> {
    let mut hasher = Sha256::new();
    let splits = Splits::read(dist)?;
    // The home page is stored once, as `index.html`: the worker answers `./` with it.
    let mut precache = Vec::new();
    for f in files(dist).into_iter().filter(|f| !not_cached(f)) {
        let bytes = std::fs::read(dist.join(&f)).map_err(|e| format!("{f}: {e}"))?;
        hasher.update(f.as_bytes());
        hasher.update(&bytes);
        precache.push((format!("./{f}"), integrity(&bytes), kindred_devserver::is_hashed(&f), group(&f, &splits)));
    }
    let version: String = hasher.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect();
    let list = precache.iter().map(|(p, h, hashed, g)| format!("  [{p:?}, {h:?}, {hashed}, {g:?}],")).collect::<Vec<_>>().join("\n");
    Ok(format!("const VERSION = '{version}';\nconst PRECACHE = [\n{list}\n];\n\n{template}"))
}

/// Files the service worker doesn't cache: itself, and the hosts' headers file (which hosts
/// read but don't serve).
pub fn not_cached(file: &str) -> bool {
    file == "sw.js" || file == "_headers"
}

/// Files in `dist` that the service worker would not precache.
pub fn missing_from_precache(dist: &Path, sw: &str) -> Vec<String> {
    files(dist).into_iter().filter(|f| !not_cached(f) && !sw.contains(&format!("\"./{f}\""))).collect()
}

/// Icons, manifest and service worker into `dist`.
pub fn write(dist: &Path) -> Result<(), String> {
    let public = root().join("public");
    let icons = dist.join("icons");
    std::fs::create_dir_all(&icons).map_err(|e| e.to_string())?;
    for (svg, png, size) in ICONS {
        let source = std::fs::read(public.join("icons").join(svg)).map_err(|e| format!("{svg}: {e}"))?;
        std::fs::write(icons.join(png), render_icon(&source, *size)?).map_err(|e| e.to_string())?;
    }
    copy(&public.join("icons/icon.svg"), &icons.join("icon.svg"))?;
    copy(&public.join("manifest.webmanifest"), &dist.join("manifest.webmanifest"))?;
    // The partner script for embeds (served from our origin, not hashed: partners link to it).
    copy(&public.join("embed.js"), &dist.join("embed.js"))?;
    let template = std::fs::read_to_string(public.join("sw.js")).map_err(|e| format!("public/sw.js: {e}"))?;
    let sw = service_worker(dist, &template)?;
    std::fs::write(dist.join("sw.js"), &sw).map_err(|e| e.to_string())?;
    let missing = missing_from_precache(dist, &sw);
    if !missing.is_empty() {
        return Err(format!("these files in {} are not in the service worker's precache list: {missing:?}", dist.display()));
    }
    Ok(())
}

fn copy(from: &Path, to: &PathBuf) -> Result<(), String> {
    std::fs::copy(from, to).map(|_| ()).map_err(|e| format!("{}: {e}", from.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precache_lists_every_file_and_the_check_catches_one_added_later() {
        let dir = std::env::temp_dir().join(format!("kindred-pwa-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("icons")).unwrap();
        std::fs::write(dir.join("index.html"), "x").unwrap();
        std::fs::write(dir.join("icons/a.png"), "y").unwrap();
        std::fs::write(dir.join("icons/b-0123456789abcdef.png"), "y").unwrap();
        let sw = service_worker(&dir, "// template").unwrap();
        assert!(sw.starts_with("const VERSION = '"));
        assert!(sw.contains("\"./index.html\"") && sw.contains("\"./icons/a.png\""));
        assert!(!sw.contains("[\"./\","), "the home page once, as index.html");
        // Each file with the hash of its bytes (sha256 of "x"), and whether its name is hashed.
        assert!(sw.contains("[\"./index.html\", \"sha256-LXEWQrcmsEQBYnyp+6wy9chTD7GQPMTbAiWHF5IaSIE=\", false, \"pages-en\"]"), "{sw}");
        assert!(sw.contains("b-0123456789abcdef.png\", \"sha256-ofzkNjhU/4iM/0uOeHXWAMJoI5BBKoz3mzfQsRFIsPo=\", true, \"shell\"]"), "{sw}");
        assert!(missing_from_precache(&dir, &sw).is_empty());
        std::fs::write(dir.join("late.js"), "z").unwrap();
        assert_eq!(missing_from_precache(&dir, &sw), ["late.js"]);
        // The version changes when any file does.
        std::fs::write(dir.join("index.html"), "changed").unwrap();
        assert_ne!(service_worker(&dir, "").unwrap()[..30], sw[..30]);
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn files_are_grouped_by_what_a_visitor_stores_first() {
        let none = Splits::default();
        let group = |file: &str| super::group(file, &none);
        for shell in ["app-0123456789abcdef/kindred_bg.wasm", "app-0123456789abcdef/chunk_3.wasm", "main-0123456789abcdef.css"] {
            assert_eq!(group(shell), "shell", "{shell}");
        }
        assert_eq!(group("icons/icon-192.png"), "shell");
        assert_eq!(group("manifest.webmanifest"), "shell");
        assert_eq!(group("content/en-0123456789abcdef.bin"), "content-en");
        assert_eq!(group("content/es-0123456789abcdef.bin"), "content-es");
        assert_eq!(group("index.html"), "pages-en");
        assert_eq!(group("directory/index.html"), "pages-en");
        assert_eq!(group("es/index.html"), "pages-es");
        assert_eq!(group("es/plan/index.html"), "pages-es");
        assert_eq!(group("es/404.html"), "pages-es");
        for other in [
            "directory/us-988-lifeline/index.html",
            "learn/understanding-peer-support/index.html",
            "embed/index.html",
            "directory.json",
            "embed.js",
        ] {
            assert_eq!(group(other), "other", "{other}");
        }
        assert_eq!(group("es/learn/entender-el-apoyo-entre-pares/index.html"), "other");
    }

    #[test]
    fn app_modules_only_some_visitors_use_go_with_them() {
        let chunks = serde_json::from_str(
            r#"{"directory": ["chunk_1", "chunk_2", "split_directory"], "spanish": ["chunk_2", "chunk_3", "chunk_4", "split_spanish"],
                "embed_builder": ["chunk_1", "chunk_4", "chunk_5", "split_embed_builder"]}"#,
        )
        .unwrap();
        let splits = Splits::from_chunks(chunks);
        let app = |name: &str| group(&format!("app-0123456789abcdef/{name}"), &splits);
        for (name, expected) in [
            ("kindred_bg.wasm", "shell"),
            ("kindred.js", "shell"),
            ("split_directory.wasm", "shell"),
            ("chunk_1.wasm", "shell"),
            ("chunk_2.wasm", "shell"),
            ("chunk_3.wasm", "content-es"),
            ("split_spanish.wasm", "content-es"),
            ("chunk_4.wasm", "content-es"),
            ("chunk_5.wasm", "other"),
            ("split_embed_builder.wasm", "other"),
        ] {
            assert_eq!(app(name), expected, "{name}");
        }
    }

    #[test]
    fn icons_render_from_their_svg_sources() {
        let svg = std::fs::read(root().join("public/icons/icon-maskable.svg")).unwrap();
        let png = render_icon(&svg, 192).unwrap();
        assert_eq!(&png[1..4], b"PNG");
        assert!(png.len() > 1000);
    }
}
