//! What a first visit costs a phone (printed figures, not a timed test; run by `cargo xtask
//! bench` against the release build, served with gzip as hosts serve it):
//!
//! - the app code a page downloads before it runs: the wasm and JavaScript in the browser's own
//!   resource list (`encodedBodySize`, the bytes as sent) when `<html data-ready>` appears, in a
//!   fresh browser, for the home page, an article, the directory, a listing and the Spanish home
//!   page; budgets 250 KB for the home page and an article, 330 KB for the directory and a listing;
//! - everything a first visit to `/` downloads in its first 30 seconds, the service worker's
//!   install included: every request the server answered, each file counted at its `gzip -9` size;
//!   budget 700 KB.

use std::time::{Duration, Instant};

use kindred_e2e::{dist, Browser};
use serde_json::json;

const KB: f64 = 1024.0;

/// The wasm and JavaScript the page has downloaded so far, in bytes as sent.
const APP_BYTES: &str = "return performance.getEntriesByType('resource')
    .filter((e) => /\\.(wasm|js)(\\?|$)/.test(new URL(e.name).pathname))
    .reduce((sum, e) => sum + e.encodedBodySize, 0)";

/// The `gzip -9` size of a file of the build.
fn gzip_size(path: &std::path::Path) -> u64 {
    let out = std::process::Command::new("gzip").args(["-9", "-c"]).arg(path).output().expect("gzip");
    out.stdout.len() as u64
}

#[test]
#[ignore = "a benchmark: run by `cargo xtask bench`"]
fn what_a_first_visit_downloads() {
    let config = kindred_devserver::Config { gzip: true, ..kindred_devserver::Config::new(dist()) };
    let server = kindred_devserver::start(config, 0).unwrap();
    let origin = server.origin("127.0.0.1");
    println!("first visit: app code (wasm + JS) downloaded before the page runs, as sent (gzip)");
    for (page, budget) in [
        ("/", 250.0),
        ("/learn/understanding-peer-support", 250.0),
        ("/directory", 330.0),
        ("/directory/us-988-lifeline", 330.0),
        ("/es/", 250.0),
    ] {
        let b = Browser::new();
        b.goto(&format!("{origin}{page}"));
        b.wait_for_app();
        let bytes = b.js(APP_BYTES).as_f64().unwrap_or(0.0);
        let verdict = if bytes / KB <= budget { "within" } else { "OVER" };
        println!("first visit: {page:<36} {:>6.1} KB  (budget {budget:.0} KB: {verdict})", bytes / KB);
    }

    // The whole first visit to the home page, until 30 s after it opened.
    let before = server.requests().len();
    let b = Browser::new();
    let opened = Instant::now();
    b.goto(&format!("{origin}/"));
    b.wait_for_app();
    let ready = b.js_async(
        "const done = arguments[arguments.length - 1];
         if (!navigator.serviceWorker) { done('no service worker'); return; }
         navigator.serviceWorker.ready.then(() => done('ready'));",
    );
    assert_eq!(ready, json!("ready"));
    if let Some(left) = Duration::from_secs(30).checked_sub(opened.elapsed()) {
        std::thread::sleep(left);
    }
    let requests = server.requests()[before..].to_vec();
    let mut total = 0;
    let mut files = 0;
    for path in &requests {
        let path = path.split('?').next().unwrap_or(path).trim_start_matches('/');
        let file = if path.is_empty() { dist().join("index.html") } else { dist().join(path) };
        let file = if file.is_dir() { file.join("index.html") } else { file };
        if file.is_file() {
            total += gzip_size(&file);
            files += 1;
        }
    }
    let verdict = if total as f64 / KB <= 700.0 { "within" } else { "OVER" };
    println!(
        "first visit: everything a first visit to / downloads in 30 s, the worker's install included: {:.1} KB gzip, {files} files (budget 700 KB: {verdict})",
        total as f64 / KB
    );
}
