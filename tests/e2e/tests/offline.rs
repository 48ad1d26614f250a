//! Install on a phone and work offline: the manifest and icons, the service worker's control and
//! precache, offline reloads of every kind of page, a safe update from one build to the next,
//! and a build hosted under a sub-path.

use std::path::{Path, PathBuf};

use kindred_e2e::{copy_dir, dist, Browser};
use serde_json::json;

const SW_READY: &str = "const done = arguments[arguments.length - 1];
  if (!navigator.serviceWorker) { done('no service worker support'); return; }
  navigator.serviceWorker.ready.then(() => done('ready'));";

fn controlled(b: &Browser) {
    b.wait_for("the service worker to control the page", "return !!(navigator.serviceWorker && navigator.serviceWorker.controller)");
}

fn go_offline(b: &Browser) {
    b.cdp("Network.enable", json!({}));
    b.cdp("Network.emulateNetworkConditions", json!({ "offline": true, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }));
}

#[test]
fn the_manifest_parses_and_the_app_is_installable() {
    let b = Browser::new();
    b.open("/");
    assert_eq!(b.js_async(SW_READY), json!("ready"));
    let manifest = b.cdp("Page.getAppManifest", json!({}));
    assert_eq!(manifest["errors"], json!([]), "manifest errors: {manifest}");
    assert!(manifest["url"].as_str().unwrap_or_default().ends_with("/manifest.webmanifest"));
    let errors = b.cdp("Page.getInstallabilityErrors", json!({}));
    assert_eq!(errors["installabilityErrors"], json!([]), "{errors}");
    // Every icon the manifest names is served as an image.
    let icons = b.js_async(
        "const done = arguments[arguments.length - 1];
         fetch('manifest.webmanifest').then(r => r.json()).then(m => Promise.all(m.icons.map(i => fetch(i.src).then(r => r.ok && r.headers.get('Content-Type').startsWith('image/')))))
           .then(done, e => done(String(e)));",
    );
    assert_eq!(icons, json!([true, true, true, true, true]));
}

/// Records, on the page's clock, when the app started running (`<html data-ready>`) and when it
/// registered the service worker.
const WATCH_REGISTER: &str = "window.__kindredAt = {};
  const mark = (what) => { if (!(what in window.__kindredAt)) window.__kindredAt[what] = performance.now(); };
  const register = ServiceWorkerContainer.prototype.register;
  ServiceWorkerContainer.prototype.register = function (...args) { mark('register'); return register.apply(this, args); };
  // Before the parser has made <html>: watch the whole document.
  new MutationObserver(() => document.documentElement.hasAttribute('data-ready') && mark('ready'))
    .observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });";

/// Milliseconds from the app running to its registering the service worker, once it has.
fn registered_after(b: &Browser) -> f64 {
    let at = b.wait_for("the app to register the service worker", "return window.__kindredAt.register !== undefined && window.__kindredAt");
    at["register"].as_f64().unwrap() - at["ready"].as_f64().unwrap()
}

#[test]
fn the_first_install_waits_until_the_page_has_run_a_while() {
    let b = Browser::new();
    b.inject_on_load(WATCH_REGISTER);
    // A first visit: installing downloads every file of the site, so it waits (3 s) rather than
    // share the machine with the page's first seconds, when a person's first taps come.
    b.open("/directory");
    let first = registered_after(&b);
    assert!(first >= 2500.0, "the first install started {first:.0} ms after the app ran");
    assert_eq!(b.js_async(SW_READY), json!("ready"));
    controlled(&b);
    // A later visit: the worker is installed already, and registering it again installs
    // nothing, so it comes at once (a new version waiting is offered at once too).
    b.reload();
    b.wait_for_app();
    let later = registered_after(&b);
    assert!(later < 2500.0, "a later visit registered the worker {later:.0} ms after the app ran");
}

#[test]
fn the_precache_list_covers_every_file_of_the_build() {
    let b = Browser::new();
    b.open("/");
    let sw = b.js_async("const done = arguments[arguments.length - 1]; fetch('sw.js').then(r => r.text()).then(done);");
    let sw = sw.as_str().unwrap_or_default();
    let mut files = Vec::new();
    collect(&dist(), &dist(), &mut files);
    assert!(files.len() > 8);
    for f in files.iter().filter(|f| *f != "sw.js" && *f != "_headers") {
        assert!(sw.contains(&format!("\"./{f}\"")), "{f} is not precached");
    }
}

fn collect(base: &Path, dir: &Path, out: &mut Vec<String>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(base, &p, out);
        } else {
            out.push(p.strip_prefix(base).unwrap().to_string_lossy().replace('\\', "/"));
        }
    }
}

/// The service worker's list: every file of the build (`./path`) with its group.
fn precache_groups() -> Vec<(String, String)> {
    let sw = std::fs::read_to_string(dist().join("sw.js")).unwrap();
    sw.lines()
        .filter_map(|l| l.trim().strip_prefix("[\"./"))
        .filter_map(|rest| {
            let (path, _) = rest.split_once('"')?;
            let group = rest.trim_end_matches("],").rsplit('"').nth(1)?;
            Some((path.to_owned(), group.to_owned()))
        })
        .collect()
}

/// The paths stored in this build's cache (relative to the origin, `/` for the scope).
fn stored(b: &Browser) -> Vec<String> {
    let keys = b.js_async(
        "const done = arguments[arguments.length - 1];
         caches.keys().then((k) => caches.open(k.find((n) => n.startsWith('kindred-')))).then((c) => c.keys())
           .then((r) => done(r.map((x) => new URL(x.url).pathname)), (e) => done(String(e)));",
    );
    serde_json::from_value(keys).unwrap()
}

/// A first visit stores what this visitor can use offline and no more: the app (its code with
/// every chunk, the style, the icons) and, in the page's language, its content and top-level
/// pages. What the page has just loaded (the main module, its chunks, the style, the content) the
/// worker takes from the browser's HTTP cache: nothing is downloaded twice, and nothing of the
/// other language, of the listings' and articles' pages or of the embeds is downloaded at all.
#[test]
fn the_first_visit_stores_what_this_visitor_can_use_and_downloads_it_once() {
    let server = kindred_devserver::start(kindred_devserver::Config::new(dist()), 0).unwrap();
    let origin = server.origin("127.0.0.1");
    let b = Browser::new();
    b.goto(&format!("{origin}/directory"));
    assert_eq!(b.js_async(SW_READY), json!("ready"));
    let requests = server.requests();
    let asked = |path: &str| requests.iter().filter(|r| r.split('?').next() == Some(&format!("/{path}"))).count();
    let groups = precache_groups();
    assert!(groups.iter().any(|(p, g)| g == "shell" && p.ends_with("kindred_bg.wasm")), "{groups:?}");
    let own = |g: &str| matches!(g, "shell" | "content-en" | "pages-en");
    let cached = stored(&b);
    for (path, group) in &groups {
        if own(group) {
            assert!(cached.contains(&format!("/{path}")), "{path} ({group}) is stored: {cached:?}");
            if kindred_devserver::is_hashed(path) {
                assert_eq!(asked(path), 1, "{path} was downloaded {} times: {requests:?}", asked(path));
            }
        } else {
            assert_eq!(asked(path), 0, "{path} ({group}) was downloaded on a first visit: {requests:?}");
            assert!(!cached.contains(&format!("/{path}")), "{path} ({group}) is stored");
        }
    }
    // Offline, every page in the visitor's language opens: a listing and an article never
    // opened get their section's page, where the app draws them from the content it has.
    go_offline(&b);
    for (path, heading) in [
        ("/learn/understanding-peer-support", "Understanding peer support"),
        ("/directory/us-988-lifeline", "988 Suicide & Crisis Lifeline"),
        ("/saved", "Saved"),
    ] {
        b.goto(&format!("{origin}{path}"));
        b.wait_for_text("main h1", heading);
    }
}

/// With Save-Data on (a data saver), the install stores the app and the content only; a page
/// is stored when it is opened.
#[test]
fn with_save_data_the_install_stores_only_the_app_and_its_content() {
    let b = Browser::with(kindred_e2e::Options {
        init_scripts: vec!["Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true }) });".into()],
        ..Default::default()
    });
    b.open("/learn");
    assert_eq!(b.js_async(SW_READY), json!("ready"));
    let groups = precache_groups();
    let group_of = |path: &str| groups.iter().find(|(p, _)| format!("/{p}") == path).map(|(_, g)| g.clone()).unwrap_or_default();
    let cached = stored(&b);
    assert!(cached.iter().any(|p| p.ends_with("kindred_bg.wasm")), "{cached:?}");
    for path in &cached {
        assert!(matches!(group_of(path).as_str(), "shell" | "content-en"), "{path} ({}) is stored with Save-Data", group_of(path));
    }
    b.reload();
    controlled(&b);
    b.goto("/about");
    b.wait_for_app();
    b.wait_for(
        "the page opened to be stored",
        "return caches.keys().then((k) => caches.open(k[0])).then((c) => c.match(new URL('about/index.html', document.baseURI).href)).then(Boolean)",
    );
}

/// "Make everything available offline" (About) stores every page in both languages.
#[test]
fn making_everything_available_offline_stores_every_page_in_both_languages() {
    let b = Browser::new();
    b.open("/about");
    assert_eq!(b.js_async(SW_READY), json!("ready"));
    b.reload();
    controlled(&b);
    b.click("#offline-everything");
    b.wait_for_text("#offline-everything-status", "Everything is available offline on this device.");
    assert_eq!(b.js("return document.getElementById('offline-everything').disabled"), json!(true));
    let cached = stored(&b);
    for (path, _) in precache_groups() {
        assert!(cached.contains(&format!("/{path}")), "{path} is stored");
    }
    // It says so on a later visit too.
    b.reload();
    b.wait_for_app();
    b.wait_for_text("#offline-everything-status", "Everything is available offline on this device.");
    go_offline(&b);
    for (path, heading) in [
        ("/es/learn/entender-el-apoyo-entre-pares", "Entender el apoyo entre pares"),
        ("/es/directory/us-988-lifeline", "988 Suicide & Crisis Lifeline"),
        ("/embed/directory", "Find support"),
    ] {
        b.open(path);
        b.wait_for_text("main h1", heading);
    }
}

#[test]
fn after_one_visit_every_page_in_the_visitors_language_works_offline() {
    let b = Browser::new();
    b.open("/");
    assert_eq!(b.js_async(SW_READY), json!("ready"));
    b.js(r#"localStorage.setItem('kindred.saved', '{"v":1,"items":[{"kind":"resource","id":"us-988-lifeline"}]}'); return 1"#);
    b.reload();
    controlled(&b);
    go_offline(&b);
    let pages = [
        ("/", "Find people who get it"),
        ("/learn/understanding-peer-support", "Understanding peer support"),
        ("/directory?kind=peer-run-group&region=us", "Find support"),
        ("/directory/us-988-lifeline", "988 Suicide & Crisis Lifeline"),
        ("/saved", "Saved"),
        ("/plan", "My support plan"),
        ("/never/visited/path", "We couldn't find that page"),
    ];
    for (path, heading) in pages {
        b.open(path);
        b.wait_for_text("main h1", heading);
    }
    // The saved list is there offline too.
    b.open("/saved");
    b.wait_for("the saved item", "return document.querySelectorAll('.saved-list > li').length === 1");
    // Filters from the URL still apply offline, from the directory inside the app.
    b.open("/directory?kind=peer-run-group&region=us");
    b.wait_for_results();
    assert_eq!(b.js("return document.getElementById('f-kind-peer-run-group').checked"), json!(true));
    b.wait_for("the offline notice", "return !document.getElementById('offline-notice').hidden");
}

/// A visitor who reads Kindred in Spanish gets the Spanish pages offline, from the Spanish
/// content file the first visit stored.
#[test]
fn after_one_visit_in_spanish_every_spanish_page_works_offline() {
    let b = Browser::new();
    b.open("/es/");
    assert_eq!(b.js_async(SW_READY), json!("ready"));
    b.reload();
    controlled(&b);
    go_offline(&b);
    let pages = [
        ("/es/", "Encuentra a quienes te entienden"),
        ("/es/learn/entender-el-apoyo-entre-pares", "Entender el apoyo entre pares"),
        ("/es/directory?q=linea", "Busca apoyo"),
        ("/es/directory/us-988-lifeline", "988 Suicide & Crisis Lifeline"),
        ("/es/saved", "Guardados"),
        ("/es/nunca/visitada", "No encontramos esa página"),
    ];
    for (path, heading) in pages {
        b.open(path);
        b.wait_for_text("main h1", heading);
    }
    // Spanish search offline.
    b.open("/es/directory?q=linea%20de%20crisis");
    b.wait_for_results();
    b.wait_for(
        "Spanish results",
        "return [...document.querySelectorAll('#results .card .tag')].some(t => t.textContent === 'Línea de crisis')",
    );
}

/// Build B: build A with changed pages and a new service-worker version.
fn next_build(a: &Path) -> PathBuf {
    let b = a.with_file_name(format!("{}-b", a.file_name().unwrap().to_string_lossy()));
    copy_dir(a, &b);
    let mut pages = Vec::new();
    collect(&b, &b, &mut pages);
    for page in pages.iter().filter(|p| p.ends_with(".html")) {
        let html = std::fs::read_to_string(b.join(page)).unwrap().replace("<body>", "<body data-build=\"B\">");
        std::fs::write(b.join(page), html).unwrap();
    }
    let sw = std::fs::read_to_string(b.join("sw.js")).unwrap();
    let sw = sw.replacen("const VERSION = '", "const VERSION = 'b", 1);
    std::fs::write(b.join("sw.js"), rehash(&b, &sw)).unwrap();
    b
}

/// The service worker's precache list with each file's hash taken afresh from `dir`, as the
/// build writes it.
fn rehash(dir: &Path, sw: &str) -> String {
    use sha2::{Digest, Sha256};
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let base64 = |bytes: &[u8]| {
        let mut s = String::new();
        for chunk in bytes.chunks(3) {
            let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
            let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
            for i in 0..4 {
                s.push(if i <= chunk.len() { T[(n >> (18 - 6 * i) & 63) as usize] as char } else { '=' });
            }
        }
        s
    };
    sw.lines()
        .map(|line| match line.trim().strip_prefix("[\"./").and_then(|rest| rest.split_once('"')) {
            Some((file, rest)) => {
                let path = file.to_owned();
                let file = if file.is_empty() { "index.html" } else { file };
                let digest = Sha256::digest(std::fs::read(dir.join(file)).unwrap());
                // The entry's other fields (whether the path is hashed, its group) stay.
                let (_, after_hash) = rest.trim_start_matches(", \"").split_once('"').unwrap();
                format!("  [\"./{path}\", \"sha256-{}\"{after_hash}", base64(&digest))
            }
            None => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_new_build_waits_asks_then_replaces_the_old_one_completely() {
    let a = std::env::temp_dir().join(format!("kindred-build-a-{}", std::process::id()));
    copy_dir(&dist(), &a);
    let b_dir = next_build(&a);
    let server = kindred_devserver::start(kindred_devserver::Config::new(&a), 0).unwrap();
    let origin = server.origin("127.0.0.1");
    let b = Browser::new();
    b.goto(&format!("{origin}/learn"));
    assert_eq!(b.js_async(SW_READY), json!("ready"));
    b.reload();
    controlled(&b);
    assert!(b.count("#update-notice:not([hidden])") == 0);

    // Deploy B while the page is open.
    server.set_root(&b_dir);
    b.js_async("const done = arguments[arguments.length - 1]; navigator.serviceWorker.getRegistration().then(r => r.update()).then(() => done(1), e => done(String(e)));");
    b.wait_for("the update notice", "return !document.getElementById('update-notice').hidden");
    // Nothing changed under the person's feet: the page still runs build A.
    assert_eq!(b.js("return document.body.dataset.build || 'A'"), json!("A"));
    b.click("#update-reload");
    b.wait_for("build B after reload", "return document.body.dataset.build === 'B'");
    b.wait_for_text("main h1", "Learn about peer support");
    let caches = b.js_async("const done = arguments[arguments.length - 1]; caches.keys().then(done);");
    let caches: Vec<String> = serde_json::from_value(caches).unwrap();
    assert_eq!(caches.len(), 1, "only one build's cache remains: {caches:?}");
    assert!(caches[0].starts_with("kindred-b"), "{caches:?}");
    std::fs::remove_dir_all(&a).ok();
    std::fs::remove_dir_all(&b_dir).ok();
}

#[test]
fn a_build_for_a_sub_path_works_online_and_offline() {
    let Some(sub) = std::env::var_os("KINDRED_DIST_SUBPATH").map(PathBuf::from) else {
        panic!("KINDRED_DIST_SUBPATH is not set: run `cargo xtask test`, which builds dist-subpath with --public-url /kindred/");
    };
    let server =
        kindred_devserver::start(kindred_devserver::Config { base: "/kindred/".into(), ..kindred_devserver::Config::new(sub) }, 0).unwrap();
    let origin = server.origin("127.0.0.1");
    let b = Browser::new();
    b.goto(&format!("{origin}/kindred/learn/understanding-peer-support"));
    b.wait_for_text("main h1", "Understanding peer support");
    // In-app links stay under the sub-path, including links inside the article.
    b.click(".prose a[href^='/kindred/directory']");
    b.wait_for("the directory under the sub-path", "return location.pathname === '/kindred/directory'");
    b.wait_for_text("main h1", "Find support");
    b.click("nav a[href='/kindred/about']");
    b.wait_for_text("main h1", "About Kindred");
    assert_eq!(b.js_async(SW_READY), json!("ready"));
    let scope =
        b.js_async("const done = arguments[arguments.length - 1]; navigator.serviceWorker.getRegistration().then(r => done(r.scope));");
    assert_eq!(scope, json!(format!("{origin}/kindred/")));
    b.reload();
    controlled(&b);
    go_offline(&b);
    b.goto(&format!("{origin}/kindred/directory/us-988-lifeline"));
    b.wait_for_text("main h1", "988 Suicide & Crisis Lifeline");
    assert!(server.requests().iter().all(|p| p.starts_with("/kindred/")), "{:?}", server.requests());
}

/// Build B whose files don't match its own precache list (a host half-way through an upload):
/// B's service worker must fail to install, and A keeps working, online and offline.
#[test]
fn a_half_uploaded_deploy_never_replaces_the_working_version() {
    let a = std::env::temp_dir().join(format!("kindred-build-half-{}", std::process::id()));
    copy_dir(&dist(), &a);
    let b_dir = next_build(&a);
    // The learn page changes after B's list was made: its bytes no longer match B's hash.
    let page = b_dir.join("learn/index.html");
    let html = std::fs::read_to_string(&page).unwrap().replace("<body data-build=\"B\">", "<body data-build=\"B-partial\">");
    std::fs::write(&page, html).unwrap();
    let server = kindred_devserver::start(kindred_devserver::Config::new(&a), 0).unwrap();
    let origin = server.origin("127.0.0.1");
    let b = Browser::new();
    b.goto(&format!("{origin}/learn"));
    assert_eq!(b.js_async(SW_READY), json!("ready"));
    b.reload();
    controlled(&b);
    server.set_root(&b_dir);
    let outcome = b.js_async(
        "const done = arguments[arguments.length - 1];
         navigator.serviceWorker.getRegistration().then(r => r.update().then(() => {
           const w = r.installing;
           if (!w) { done('nothing installing'); return; }
           w.addEventListener('statechange', () => { if (w.state === 'redundant' || w.state === 'installed') done(w.state); });
         })).catch(e => done('update failed: ' + e));",
    );
    assert_eq!(outcome, json!("redundant"), "the mismatched build must not install");
    assert!(b.count("#update-notice:not([hidden])") == 0, "no update is offered");
    go_offline(&b);
    b.goto(&format!("{origin}/learn"));
    b.wait_for_text("main h1", "Learn about peer support");
    assert_eq!(b.js("return document.body.dataset.build || 'A'"), json!("A"), "the working version is still served");
    std::fs::remove_dir_all(&a).ok();
    std::fs::remove_dir_all(&b_dir).ok();
}

#[test]
fn files_opened_directly_are_those_files_and_a_missing_wasm_stays_missing() {
    let b = Browser::new();
    b.open("/");
    assert_eq!(b.js_async(SW_READY), json!("ready"));
    b.reload();
    controlled(&b);
    for (path, expect) in [("/directory.json", "\"resources\""), ("/embed.js", "kindred:height"), ("/csp.txt", "default-src 'self'")] {
        b.goto(path);
        let body = b.js("return document.body.innerText").as_str().unwrap_or_default().to_owned();
        assert!(body.contains(expect), "{path} is the file itself, not the app: {}", &body[..body.len().min(200)]);
    }
    // Offline too, from this build's cache.
    go_offline(&b);
    b.goto("/directory.json");
    assert!(b.js("return document.body.innerText").as_str().unwrap_or_default().contains("\"resources\""));
    // A wasm file this build doesn't have is a 404, never relabelled as a working module.
    b.open("/about");
    let status = b.js_async(
        "const done = arguments[arguments.length - 1]; fetch('missing-0123456789abcdef_bg.wasm').then(r => done(r.status), e => done('failed: ' + e));",
    );
    assert!(status == json!(404) || status.as_str().is_some_and(|s| s.starts_with("failed")), "{status}");
}

#[test]
fn reload_to_update_reloads_only_the_tab_where_it_was_chosen() {
    let a = std::env::temp_dir().join(format!("kindred-build-tabs-{}", std::process::id()));
    copy_dir(&dist(), &a);
    let b_dir = next_build(&a);
    let server = kindred_devserver::start(kindred_devserver::Config::new(&a), 0).unwrap();
    let origin = server.origin("127.0.0.1");
    let b = Browser::new();
    let first = b.current_tab();
    b.goto(&format!("{origin}/learn"));
    assert_eq!(b.js_async(SW_READY), json!("ready"));
    b.reload();
    controlled(&b);
    server.set_root(&b_dir);
    b.js_async("const done = arguments[arguments.length - 1]; navigator.serviceWorker.getRegistration().then(r => r.update()).then(() => done(1), e => done(String(e)));");
    b.wait_for("the update notice", "return !document.getElementById('update-notice').hidden");
    // A second tab, where the person is in the middle of typing.
    let second = b.new_tab();
    b.switch_to(&second);
    b.goto(&format!("{origin}/directory"));
    b.wait_for_app();
    b.wait_for("the update notice here too", "return !document.getElementById('update-notice').hidden");
    b.type_into("#q", "still typing");
    b.js("window.__stillHere = true; return 1");
    b.switch_to(&first);
    b.click("#update-reload");
    b.wait_for("build B in this tab", "return document.body.dataset.build === 'B'");
    b.switch_to(&second);
    b.wait_for("the other tab offered the update", "return !document.getElementById('update-notice').hidden");
    assert_eq!(
        b.js("return window.__stillHere === true && document.getElementById('q').value"),
        json!("still typing"),
        "the other tab was not reloaded"
    );
    std::fs::remove_dir_all(&a).ok();
    std::fs::remove_dir_all(&b_dir).ok();
}
