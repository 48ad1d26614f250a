//! The foundation, as a person meets it: routes, navigation, deep links, not-found, the crisis
//! line and quick exit on every page, privacy, accessibility, and the static fallback.

use kindred_e2e::{assert_same_origin, origin, Browser, Options};
use serde_json::json;

/// (path, the page's h1, a word of its title).
const ROUTES: &[(&str, &str, &str)] = &[
    ("/", "Find people who get it", "Kindred"),
    ("/directory", "Find support", "Find support"),
    ("/directory/us-988-lifeline", "988 Suicide & Crisis Lifeline", "988"),
    ("/learn", "Learn about peer support", "Learn"),
    ("/learn/understanding-peer-support", "Understanding peer support", "Understanding peer support"),
    ("/learn/becoming-a-peer-specialist", "Becoming a peer specialist", "Becoming a peer specialist"),
    ("/about", "About Kindred", "About"),
    ("/saved", "Saved", "Saved"),
    ("/embed", "Add Kindred to your site", "Add Kindred"),
    ("/no/such/page", "We couldn't find that page", "not found"),
];

#[test]
fn every_route_renders_its_heading_title_and_crisis_line() {
    let b = Browser::new();
    for (path, heading, title) in ROUTES {
        b.open(path);
        b.wait_for_text("main h1", heading);
        let doc_title = b.js("return document.title").as_str().unwrap_or_default().to_owned();
        assert!(doc_title.contains(title), "{path}: title {doc_title:?}");
        let description = b.js("return document.querySelector('meta[name=description]').content").as_str().unwrap_or_default().to_owned();
        assert!(description.len() > 40, "{path}: meta description {description:?}");
        // The crisis line and quick exit are in the same place on every page, and visible.
        let visible = b.js(
            "const r = s => { const e = [...document.querySelectorAll(s)].find(e => e.checkVisibility({ visibilityProperty: true })); if (!e) return null; const b = e.getBoundingClientRect(); return b.width > 0 && b.height > 0 && b.top >= 0 && b.top < 120; };
             return [r('#crisis-bar a[href=\"tel:988\"]'), r('#crisis-bar a[href=\"sms:988\"]'), r('#quick-exit')];",
        );
        assert_eq!(visible, json!([true, true, true]), "{path}: crisis line and quick exit at the top");
    }
}

#[test]
fn in_app_navigation_does_not_reload_the_page() {
    let b = Browser::new();
    b.open("/");
    b.js("window.__stillHere = 'yes'; return true;");
    b.click("nav a[href='/learn']");
    b.wait_for_text("main h1", "Learn about peer support");
    b.click("a[href='/learn/understanding-peer-support']");
    b.wait_for_text("main h1", "Understanding peer support");
    assert_eq!(b.js("return window.__stillHere"), json!("yes"), "the document was not reloaded");
    assert_eq!(b.location(), "/learn/understanding-peer-support");
    assert_eq!(b.js("return document.activeElement.id"), json!("main"), "focus moves to the new page");
    b.back();
    b.wait_for_text("main h1", "Learn about peer support");
    assert_eq!(b.js("return window.__stillHere"), json!("yes"));
}

#[test]
fn a_deep_link_to_an_article_loads_directly_with_toc_and_sources() {
    let b = Browser::new();
    b.open("/learn/understanding-peer-support");
    b.wait_for_text("main h1", "Understanding peer support");
    assert!(b.count(".toc li") >= 4, "table of contents");
    // Every ToC entry points at a heading that exists on the page.
    let missing =
        b.js("return [...document.querySelectorAll('.toc a')].map(a => a.hash.slice(1)).filter(id => !document.getElementById(id))");
    assert_eq!(missing, json!([]));
    assert!(b.count(".sources li") >= 3, "sources listed");
    assert!(b.text(".meta").contains("min read"));
    // Links inside the article into the directory stay in the app.
    b.js("window.__stillHere = 1; return true");
    b.click(".prose a[href^='/directory']");
    b.wait_for_text("main h1", "Find support");
    assert_eq!(b.js("return window.__stillHere"), json!(1));
}

#[test]
fn unknown_paths_show_the_not_found_page_with_the_crisis_line_and_a_way_home() {
    let b = Browser::new();
    for path in ["/nope", "/learn/not-an-article", "/directory/not-a-listing", "/%3Cscript%3E"] {
        b.open(path);
        b.wait_for_text("main h1", "We couldn't find that page");
        assert!(b.count("main a[href='tel:988']") == 1, "{path}: crisis line in the page");
        assert!(b.count("main a[href='/']") == 1, "{path}: a way home");
    }
}

fn exits_and_back_does_not_return(b: &Browser, trigger: impl Fn(&Browser)) {
    b.goto("about:blank");
    b.open("/learn");
    trigger(b);
    // The page blanks at once, then is replaced by the neutral site.
    b.wait_for("the neutral site", "return !location.href.startsWith('http://127.0.0.1')");
    assert!(b.url().contains("bbc.co.uk/weather"), "left for the neutral site: {}", b.url());
    b.back();
    let after = b.url();
    assert!(!after.ends_with("/learn"), "Back returned to the exited page: {after}");
}

#[test]
fn quick_exit_by_click_replaces_the_page() {
    let b = Browser::new();
    exits_and_back_does_not_return(&b, |b| {
        b.click("#quick-exit");
    });
}

#[test]
fn quick_exit_by_pressing_shift_three_times() {
    let b = Browser::new();
    exits_and_back_does_not_return(&b, |b| {
        b.press("\u{E008}", 2);
        b.wait_for_text("#quick-exit-status", "Shift, press 1 more time to leave this site.");
        b.press("\u{E008}", 1);
    });
}

#[test]
fn typing_capitals_does_not_trigger_quick_exit() {
    let b = Browser::new();
    b.open("/directory");
    b.type_into("#q", "I Need Help");
    b.wait_for("the query in the URL", "return location.search.includes('q=I+Need+Help')");
    assert!(b.url().starts_with(&origin()));
}

#[test]
fn no_console_errors_and_no_request_leaves_the_origin() {
    let b = Browser::new();
    for (path, heading, _) in ROUTES {
        b.open(path);
        b.wait_for_text("main h1", heading);
    }
    b.open("/directory");
    b.type_into("#q", "warm");
    b.wait_for("results", "return location.search === '?q=warm'");
    // The not-found page is served with status 404, as a static host does: the browser reports
    // that one response. Nothing else may be logged.
    let errors: Vec<String> = b.console_errors().into_iter().filter(|e| !(e.contains("/no/such/page") && e.contains("404"))).collect();
    assert!(errors.is_empty(), "console errors: {errors:?}");
    let requests = b.requests();
    assert!(!requests.is_empty(), "requests were recorded");
    assert_same_origin(&requests, &[]);
}

#[test]
fn axe_finds_no_wcag_violations_at_320_and_1280_px() {
    let pages: Vec<(&str, &str)> = ROUTES.iter().map(|(path, heading, _)| (*path, *heading)).collect();
    Browser::new().assert_accessible_at_320_and_1280(&pages);
}

#[test]
fn crisis_information_shows_before_and_without_the_wasm() {
    let b = Browser::with(Options::default());
    b.cdp("Network.enable", json!({}));
    b.cdp("Network.setBlockedURLs", json!({ "urls": ["*.wasm"] }));
    b.goto("/learn");
    b.wait_for("the static page", "return document.readyState === 'complete'");
    let state = b.js(
        "const v = s => { const e = document.querySelector(s); return !!e && e.getBoundingClientRect().height > 0; };
         return { bar: v('#crisis-bar a[href=\"tel:988\"]'), exit: v('#quick-exit'), heading: document.querySelector('main h1').textContent, app: document.documentElement.hasAttribute('data-ready') };",
    );
    assert_eq!(state["bar"], json!(true));
    assert_eq!(state["exit"], json!(true));
    assert_eq!(state["app"], json!(false), "the wasm really was blocked");
    assert_eq!(state["heading"], json!("Learn about peer support"), "the page itself reads without the app");
}

/// Notes, at the page's first frame, whether the parser had reached `<main>` (so the safety bar
/// and the header above it were complete).
const FIRST_FRAME: &str = "requestAnimationFrame(() => { window.__first = {
    main: !!document.querySelector('#main'), exit: !!document.querySelector('#quick-exit'), bar: !!document.querySelector('#crisis-bar') }; });";

#[test]
fn the_first_paint_waits_for_the_safety_bar_at_any_url_a_page_is_served_at() {
    // A slow phone paints while the HTML is still being parsed. The first frame waits for
    // `<main>` on the not-found page (served at any unknown path), a link with a query string and
    // a folder's URL with its slash, as on a page's own URL.
    let b = Browser::with(Options { init_scripts: vec![FIRST_FRAME.into()], ..Default::default() });
    b.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 6 }));
    for path in ["/nope/at/all", "/directory?crisis=yes", "/learn/", "/about"] {
        for _ in 0..5 {
            b.goto(path);
            b.wait_for("the first frame", "return !!window.__first");
            let first = b.js("return window.__first");
            assert_eq!(first, json!({ "main": true, "exit": true, "bar": true }), "{path}: the first frame shows the parsed bar");
        }
    }
}

#[test]
fn the_crisis_bar_shows_the_devices_country_and_the_persons_choice() {
    // The time zone comes from `Temporal` where the browser has it, else from `Intl`.
    for temporal in [true, false] {
        for (zone, line, emergency) in [("Europe/London", "116 123", "999"), ("Australia/Sydney", "13 11 14", "000")] {
            let init_scripts = if temporal { vec![] } else { vec!["delete globalThis.Temporal;".to_owned()] };
            let b = Browser::with(Options { init_scripts, ..Default::default() });
            b.cdp("Emulation.setTimezoneOverride", json!({ "timezoneId": zone }));
            b.open("/");
            assert_eq!(b.js("return typeof Temporal !== 'undefined'"), json!(temporal));
            b.wait_for(
                &format!("the {zone} crisis line (Temporal: {temporal})"),
                &format!(
                    "const bar = document.getElementById('crisis-bar').innerText; return bar.includes({line:?}) && bar.includes('Emergency {emergency}')"
                ),
            );
            assert_eq!(b.count(&format!("#crisis-bar a[href='tel:{}']", emergency)), 1, "{zone}: the emergency number is one tap away");
        }
    }
    // The picker changes it, and the choice is remembered on this device.
    let b = Browser::new();
    b.cdp("Emulation.setTimezoneOverride", json!({ "timezoneId": "Europe/London" }));
    b.open("/learn");
    b.wait_for("the UK line", "return document.getElementById('crisis-bar').innerText.includes('116 123')");
    b.js("const s = document.getElementById('region-pick'); s.value = 'new-zealand'; s.dispatchEvent(new Event('change', { bubbles: true })); return 1");
    b.wait_for(
        "the NZ line",
        "const bar = document.getElementById('crisis-bar').innerText; return bar.includes('1737') && bar.includes('Emergency 111')",
    );
    b.reload();
    b.wait_for_app();
    b.wait_for("the choice after a reload", "return document.getElementById('crisis-bar').innerText.includes('Emergency 111')");
    assert!(b.js("return localStorage.getItem('kindred.region')").as_str().unwrap().contains("new-zealand"));
}

#[test]
fn without_javascript_every_page_reads_and_the_bar_lists_every_country() {
    let b = Browser::new();
    b.cdp("Emulation.setScriptExecutionDisabled", json!({ "value": true }));
    let dist = kindred_e2e::dist();
    let mut pages = Vec::new();
    collect_pages(&dist, &dist, &mut pages);
    assert!(pages.len() > 100, "every listing and article has its page: {}", pages.len());
    for page in &pages {
        b.goto(page);
        let found = b.js("const h1 = document.querySelector('main h1');
             return { h1: h1 ? h1.textContent.trim() : '', text: (document.querySelector('main') || document.body).innerText.length,
                      bar: [...document.querySelectorAll('#crisis-bar a[href^=\"tel:\"]')].map(a => a.getAttribute('href')),
                      title: document.title, ready: document.documentElement.hasAttribute('data-ready') }");
        assert!(!found["h1"].as_str().unwrap_or_default().is_empty(), "{page}: a heading without JavaScript");
        assert!(found["text"].as_u64().unwrap_or(0) > 200, "{page}: its text reads without JavaScript");
        assert!(!found["title"].as_str().unwrap_or_default().is_empty(), "{page}: its own title");
        assert_eq!(found["ready"], json!(false), "{page}: JavaScript really was off");
        let bar: Vec<String> = serde_json::from_value(found["bar"].clone()).unwrap();
        for number in ["tel:988", "tel:116123", "tel:131114", "tel:1737"] {
            assert!(bar.iter().any(|h| h == number), "{page}: the bar lists {number}: {bar:?}");
        }
    }
    // A listing's numbers and hours, as links and text.
    b.goto("/directory/us-988-lifeline");
    assert!(b.count("main a[href='tel:988']") >= 1 && b.count("main a[href^='sms:988']") >= 1);
    assert!(b.text("main .card__hours").contains("24/7"));
    // The directory lists every listing, says that filtering needs JavaScript, and its links work.
    b.goto("/directory");
    assert!(b.js("return getComputedStyle(document.querySelector('.needs-js-note')).display !== 'none'").as_bool().unwrap());
    let cards = b.count("#results .card");
    assert!(cards > 100, "every listing: {cards}");
    b.click("#results .card h3 a");
    b.wait_for("a listing page", "return location.pathname.startsWith('/directory/') && !!document.querySelector('#contact-title')");
}

fn collect_pages(base: &std::path::Path, dir: &std::path::Path, out: &mut Vec<String>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            collect_pages(base, &p, out);
        } else if p.file_name().is_some_and(|n| n == "index.html") {
            let rel = p.parent().unwrap().strip_prefix(base).unwrap().to_string_lossy().replace('\\', "/");
            out.push(if rel.is_empty() { "/".into() } else { format!("/{rel}") });
        }
    }
}

/// Before the wasm runs, every node of the prerendered page is remembered; the page then
/// hydrates without replacing them, without a console message and without a layout shift.
/// Adds up the page's layout shifts (not those right after input) in `window.__cls`.
const CLS_WATCH: &str = "window.__cls = 0;
    new PerformanceObserver(l => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
      .observe({ type: 'layout-shift', buffered: true });";

#[test]
fn pages_hydrate_in_place_without_warnings_or_layout_shift() {
    let watch = CLS_WATCH.to_owned()
        + "
        for (const name of ['instantiateStreaming', 'instantiate']) {
          const original = WebAssembly[name];
          WebAssembly[name] = function (...args) {
            if (!window.__before) window.__before = { h1: document.querySelector('main h1'), header: document.querySelector('.site-header, .safety-bar'), lead: document.querySelector('main p') };
            return original.apply(this, args);
          };
        }";
    let b = Browser::with(Options { init_scripts: vec![watch], ..Default::default() });
    for path in
        ["/", "/directory", "/directory/us-988-lifeline", "/learn/understanding-peer-support", "/about", "/saved", "/embed", "/nope"]
    {
        b.open(path);
        let same = b.js(
            "const b = window.__before; return !!b && b.h1 === document.querySelector('main h1') && b.h1.isConnected && b.header.isConnected && b.lead.isConnected;",
        );
        assert_eq!(same, json!(true), "{path}: the prerendered nodes are the ones the app runs on");
        b.wait_for("a quiet moment", "return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))");
        assert_eq!(b.js("return window.__cls"), json!(0), "{path}: no layout shift");
    }
    let messages: Vec<String> = b.console_messages().into_iter().filter(|m| !(m.contains("/nope") && m.contains("404"))).collect();
    assert!(messages.is_empty(), "no console warnings or errors: {messages:?}");
}

#[test]
fn on_phones_the_page_does_not_move_when_the_crisis_bar_shows_the_visitors_line() {
    // The prerendered page doesn't know the visitor's country; once the app runs, "Get help now"
    // calls its line (the same box, another number under the words) and the fold below it gains
    // the country's own line, folded: nothing on the page moves.
    let all: &[&str] = &["/", "/es/", "/es/directory"];
    let cases = [
        ("America/New_York", "us", all),
        ("America/Toronto", "canada", all),
        ("Europe/London", "uk", all),
        ("Pacific/Auckland", "new-zealand", all),
        ("Australia/Sydney", "australia", all),
        ("America/Mexico_City", "mexico", all),
    ];
    for width in [320, 360, 390, 412] {
        for (zone, region, paths) in cases {
            for &path in paths {
                let b = Browser::with(Options { width, height: 800, init_scripts: vec![CLS_WATCH.into()], ..Default::default() });
                b.cdp("Emulation.setTimezoneOverride", json!({ "timezoneId": zone }));
                b.open(path);
                b.wait_for(
                    &format!("the {region} line at {width} px on {path}"),
                    &format!("const pick = document.getElementById('region-pick'); return !!pick && pick.value === {region:?}"),
                );
                b.wait_for("a quiet moment", "return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))");
                assert_eq!(b.js("return window.__cls"), json!(0), "{path} at {width} px in {zone}: no layout shift");
            }
        }
    }
}

#[test]
fn on_phones_the_header_leaves_the_page_room() {
    // Below the one-row sticky safety bar and its fold, the header keeps to as few rows as its
    // links need: the language switch sits beside the brand instead of on
    // a row of its own, and on /directory the search box (and in English the first result) is on
    // the first screen of a 390 × 844 phone.
    for path in ["/directory", "/es/directory"] {
        let b = Browser::with(Options { width: 390, height: 844, ..Default::default() });
        b.open(path);
        b.wait_for_app();
        let rows = b.js("const middle = (e) => { const r = e.getBoundingClientRect(); return Math.round(r.top + r.height / 2); };
             const brand = document.querySelector('.site-header .brand'), lang = document.getElementById('lang-switch');
             const links = [...document.querySelectorAll('.site-header nav a')];
             return { brand: middle(brand), lang: middle(lang), rows: new Set(links.map(middle)).size,
                      below: links.every((a) => middle(a) > middle(brand)),
                      search: Math.round(document.getElementById('q').getBoundingClientRect().bottom),
                      card: Math.round(document.querySelector('#results .card').getBoundingClientRect().top) }");
        assert_eq!(rows["lang"], rows["brand"], "{path}: the language switch is on the brand's row: {rows}");
        assert_eq!(rows["below"], json!(true), "{path}: the links are on the rows below: {rows}");
        let spanish = path.starts_with("/es/");
        let most = if spanish { 3 } else { 2 };
        assert!(rows["rows"].as_i64().unwrap() <= most, "{path}: the links take at most {most} rows at 390 px: {rows}");
        assert!(rows["search"].as_i64().unwrap() <= 844, "{path}: the search box is on the first screen: {rows}");
        if !spanish {
            assert!(rows["card"].as_i64().unwrap() < 844, "{path}: the first result starts on the first screen: {rows}");
        }
    }
}

#[test]
fn a_filtered_link_and_a_listing_link_hydrate_then_show_their_state() {
    let b = Browser::new();
    b.open("/directory?kind=warmline&q=oregon");
    b.wait_for_results();
    assert_eq!(b.js("return document.getElementById('q').value"), json!("oregon"));
    assert_eq!(b.js("return document.getElementById('f-kind-warmline').checked"), json!(true));
    let titles = b.js("return [...document.querySelectorAll('#results .card h3')].map(h => h.textContent)");
    assert!(
        titles.as_array().unwrap().iter().any(|t| t.as_str().unwrap().contains("Oregon") || t.as_str().unwrap().contains("Romprey")),
        "{titles}"
    );
    b.click("#results .card h3 a");
    b.wait_for("the listing", "return location.pathname.startsWith('/directory/')");
    b.back();
    b.wait_for("back to the filtered view", "return location.search === '?q=oregon&kind=warmline'");
    b.wait_for_results();
}
