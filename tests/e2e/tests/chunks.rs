//! A first visit loads only the code its page needs: the main module (the shell, home, Learn
//! and the articles) and the page's own chunk, fetched beside it once the page has painted.
//! Other pages' code loads the first time they open, once. A chunk that can't be downloaded
//! leaves a working page behind.

use kindred_e2e::{dist, Browser};
use serde_json::json;

/// The files of each chunk, from the build's manifest (`app-<hash>/chunks.json`).
fn manifest() -> (String, serde_json::Map<String, serde_json::Value>) {
    let app = std::fs::read_dir(dist())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| kindred_devserver::is_app_folder(n))
        .expect("an app folder in the build");
    let text = std::fs::read_to_string(dist().join(&app).join("chunks.json")).unwrap();
    (app, serde_json::from_str(&text).unwrap())
}

/// How many times each of a chunk's files was requested.
fn asked(requests: &[String], app: &str, files: &serde_json::Value) -> Vec<(String, usize)> {
    files
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let path = format!("/{app}/{}.wasm", f.as_str().unwrap());
            (path.clone(), requests.iter().filter(|r| **r == path).count())
        })
        .collect()
}

#[test]
fn an_article_loads_no_chunk_and_the_directory_loads_its_own_once_when_opened() {
    let (app, chunks) = manifest();
    let server = kindred_devserver::start(kindred_devserver::Config::new(dist()), 0).unwrap();
    let origin = server.origin("127.0.0.1");
    let b = Browser::new();
    b.goto(&format!("{origin}/learn/understanding-peer-support"));
    b.wait_for_app();
    let first: Vec<String> = server.requests();
    let code: Vec<&String> = first.iter().filter(|r| r.ends_with(".wasm")).collect();
    assert_eq!(code, [&format!("/{app}/kindred_bg.wasm")], "an article needs the main module only");
    // Opening the directory from the article loads its chunk, once, and it works.
    b.click("nav a[href='/directory']");
    b.wait_for_results();
    b.click("label[for='f-kind-peer-run-group']");
    b.wait_for("the facet in the URL", "return location.search.includes('kind=peer-run-group')");
    let before = b.text("#result-count");
    b.type_into("#q", "bipolar");
    b.wait_for("typing to filter", &format!("return document.getElementById('result-count').textContent !== {before:?}"));
    b.back();
    b.wait_for("Back to undo the facet", "return !location.search.includes('kind=peer-run-group')");
    b.back();
    b.wait_for_text("main h1", "Understanding peer support");
    b.js("window.scrollTo(0, 0); return 1");
    b.click("nav a[href='/directory']");
    b.wait_for_results();
    let requests = server.requests();
    for (path, n) in asked(&requests, &app, &chunks["directory"]) {
        assert_eq!(n, 1, "{path} was requested {n} times");
    }
    let others = ["listing", "saved", "choose", "plan", "embed_builder", "about", "spanish"]
        .iter()
        .flat_map(|c| chunks[*c].as_array().unwrap().iter().filter_map(|f| f.as_str()).filter(|f| f.starts_with("split_")))
        .map(|f| format!("/{app}/{f}.wasm"))
        .filter(|f| requests.contains(f))
        .collect::<Vec<_>>();
    assert!(others.is_empty(), "no other page's own chunk: {others:?}");
    assert!(b.console_errors().is_empty(), "{:?}", b.console_errors());
}

/// Each page whose code is a chunk hydrates with no error: the loader fetched its chunk (and the
/// Spanish words on a Spanish page) beside the main module, and nothing asked for it again.
#[test]
fn every_page_in_a_chunk_hydrates_and_its_files_are_fetched_once() {
    let (app, chunks) = manifest();
    let server = kindred_devserver::start(kindred_devserver::Config::new(dist()), 0).unwrap();
    let origin = server.origin("127.0.0.1");
    let pages = [
        ("/directory", "Find support", vec!["directory"]),
        ("/directory/us-988-lifeline", "988 Suicide & Crisis Lifeline", vec!["listing"]),
        ("/saved", "Saved", vec!["saved"]),
        ("/choose", "Are you safe right now?", vec!["choose"]),
        ("/plan", "My support plan", vec!["plan"]),
        ("/embed", "Add Kindred to your site", vec!["embed_builder"]),
        ("/about", "About Kindred", vec!["about"]),
        ("/embed/directory", "Find support", vec!["directory"]),
        ("/es/", "Encuentra a quienes te entienden", vec!["spanish"]),
        ("/es/directory", "Busca apoyo", vec!["spanish", "directory"]),
    ];
    for (path, heading, needs) in pages {
        // A fresh browser: nothing in its cache.
        let b = Browser::new();
        let before = server.requests().len();
        b.goto(&format!("{origin}{path}"));
        b.wait_for_app();
        b.wait_for_text("main h1", heading);
        let requests = server.requests()[before..].to_vec();
        for chunk in needs {
            for (file, n) in asked(&requests, &app, &chunks[chunk]) {
                assert_eq!(n, 1, "{path}: {file} was requested {n} times");
            }
        }
        let errors = b.console_errors();
        assert!(errors.is_empty(), "{path}: {errors:?}");
        assert_eq!(b.count("#fatal:not([hidden])"), 0, "{path}: the crash screen");
    }
}

/// A page's chunk that can't be downloaded (a connection cut off, a phone offline before the
/// worker stored it): opened directly, the prerendered page stays as it is and works; opened
/// from another page, the app says what happened where the page would be, with a way to try
/// again, and everything else keeps working. Nothing panics.
#[test]
fn a_chunk_that_cannot_be_downloaded_leaves_a_working_page_and_a_way_to_try_again() {
    let b = Browser::new();
    b.cdp("Network.enable", json!({}));
    b.cdp("Network.setBlockedURLs", json!({ "urls": ["*split_directory*"] }));
    // Opened directly: the prerendered directory, with its crisis line and every listing.
    b.goto("/directory");
    b.wait_for("the page to settle", "return document.readyState === 'complete'");
    b.wait_for_text("main h1", "Find support");
    assert!(b.count("#crisis-bar a[href^='tel:']") > 0, "the crisis line is there");
    assert!(b.count("#results li") > 20, "the prerendered list of every listing");
    assert_eq!(b.count("#fatal:not([hidden])"), 0, "no crash screen");
    // Opened from the home page: the app runs, and shows where the page would be what happened.
    b.open("/");
    b.click("nav a[href='/directory']");
    b.wait_for_text("main h1", "This page couldn't load");
    assert_eq!(b.count("main [role='alert']"), 1);
    assert!(b.count("#crisis-bar a[href^='tel:']") > 0, "the crisis line is still there");
    b.click("nav a[href='/learn']");
    b.wait_for_text("main h1", "Learn about peer support");
    assert_eq!(b.count("#fatal:not([hidden])"), 0, "the app kept running");
    b.back();
    b.wait_for_text("main h1", "This page couldn't load");
    // The connection is back: trying again works.
    b.cdp("Network.setBlockedURLs", json!({ "urls": [] }));
    b.click("main [role='alert'] a");
    b.wait_for_results();
    assert_eq!(b.text("main h1"), "Find support");
}
