//! The directory as a person uses it: typing, facet clicks, chips, URL state across reload and
//! Back/Forward, a listing's page, contact links, hostile URLs, accessibility.

use kindred_e2e::{assert_same_origin, Browser, Options};
use serde_json::json;

fn count(b: &Browser) -> usize {
    b.text("#result-count").split_whitespace().next().and_then(|n| n.parse().ok()).unwrap_or(0)
}

fn open_directory(b: &Browser, query: &str) {
    b.open(&format!("/directory{query}"));
    b.wait_for_results();
}

#[test]
fn text_typed_before_the_app_runs_is_kept_and_searched() {
    // The app's wasm is held back until the person has typed into the prerendered box.
    let hold = "const real = window.fetch; let release; const gate = new Promise((r) => { release = r; });
        window.__startApp = release;
        window.fetch = function (url, ...rest) {
          return String(url).includes('_bg.wasm') ? gate.then(() => real.call(window, url, ...rest)) : real.call(window, url, ...rest);
        };";
    let b = Browser::with(Options { init_scripts: vec![hold.into()], ..Default::default() });
    b.goto("/directory");
    b.wait_for("the prerendered search box", "return !!document.getElementById('q')");
    let all = count(&b);
    b.type_into("#q", "warmline");
    assert_eq!(b.js("return document.documentElement.hasAttribute('data-ready')"), json!(false), "typed before the app ran");
    b.js("window.__startApp(); return 1");
    b.wait_for_app();
    b.wait_for("the typed text searched", &format!("return parseInt(document.querySelector('#result-count').textContent) < {all}"));
    assert_eq!(b.js("return document.getElementById('q').value"), json!("warmline"), "the box keeps what was typed");
    b.wait_for("the URL to hold it after the pause", "return location.search === '?q=warmline'");
    assert!(b.text("#results .card h3").to_lowercase().contains("warm"));
}

#[test]
fn typing_filters_instantly_without_reloading_and_updates_the_count() {
    let b = Browser::new();
    open_directory(&b, "");
    let all = count(&b);
    assert!(all >= 40, "the whole directory is listed: {all}");
    b.js("window.__stillHere = true; return 1");
    b.click("#q");
    b.type_into("#q", "warmline");
    b.wait_for("the URL to hold the query", "return location.search === '?q=warmline'");
    b.wait_for("fewer results", &format!("return parseInt(document.querySelector('#result-count').textContent) < {all}"));
    let n = count(&b);
    assert!(n >= 2, "warmlines found: {n}");
    assert_eq!(b.js("return window.__stillHere"), json!(true), "no reload");
    // The best match comes first, and every card shown matches.
    let first = b.text("#results .card h3");
    assert!(first.to_lowercase().contains("warm"), "best match first: {first}");
    // Typing replaced the history entry instead of adding one per letter.
    assert_eq!(b.js("return history.length"), json!(2));
    // A typo still finds it; nonsense finds nothing and says so kindly.
    b.clear("#q");
    b.type_into("#q", "samaratins");
    b.wait_for("typo tolerance", "return /Samaritans/.test(document.querySelector('#results').textContent)");
    b.clear("#q");
    b.type_into("#q", "zzzzqqq");
    b.wait_for_text("#result-count", "No matches");
    assert!(b.text(".empty").contains("crisis line"));
}

#[test]
fn a_key_is_shown_before_it_is_searched_and_enter_right_after_it_searches_it() {
    let b = Browser::new();
    open_directory(&b, "");
    let all = count(&b);
    b.click("#q");
    // The results as each key goes down and once its own listeners are done (this listener runs
    // after the app's, and after what they queued as microtasks, which is when a search and the
    // redraw it wakes would have run), before the browser paints it. A search reorders the cards
    // from the first key on ("w" ranks other listings first). How many searches a burst of keys
    // makes is counted by the bench (`bench.rs`), whose build records each search.
    b.js("const shown = () => [document.querySelector('#result-count').textContent, document.querySelector('#results').textContent];
          window.__inKeyTask = [];
          const q = document.getElementById('q');
          q.addEventListener('keydown', () => { window.__before = shown(); }, true);
          q.addEventListener('input', () => window.__inKeyTask.push(JSON.stringify(shown()) === JSON.stringify(window.__before)));
          return 1");
    let first_card = b.text("#results .card h3");
    b.type_paced("warmline", 0);
    b.wait_for("fewer results", &format!("return parseInt(document.querySelector('#result-count').textContent) < {all}"));
    assert_eq!(b.js("return window.__inKeyTask"), json!(vec![true; 8]), "every key is painted before it is searched");
    assert_ne!(b.text("#results .card h3"), first_card, "and then searched");
    // Keys typed faster than frames come are searched for the newest text.
    b.wait_for("the URL to hold the whole word", "return location.search === '?q=warmline'");
    // A key and Enter at once: Enter searches that key and writes it to the URL straight away,
    // not after the typing pause (400 ms from the key's search: looking 250 ms after Enter leaves
    // a busy machine room either way).
    b.js("window.__afterEnter = null; addEventListener('keydown', (e) => { if (e.key === 'Enter') setTimeout(() => { window.__afterEnter = location.search; }, 250); }, true); return 1");
    b.type_paced("s\u{E007}", 0);
    b.wait_for("Enter handled", "return window.__afterEnter !== null");
    assert_eq!(b.js("return window.__afterEnter"), json!("?q=warmlines"), "Enter wrote the key typed just before it");
}

#[test]
fn the_url_follows_typing_after_a_pause_and_a_listing_opened_mid_typing_comes_back_to_the_latest_text() {
    let b = Browser::new();
    open_directory(&b, "");
    b.click("#q");
    b.type_into("#q", "peer");
    b.wait_for("the URL after a pause", "return location.search === '?q=peer'");
    // Keep typing, then go straight to a result: leaving the box writes the latest text first.
    b.type_into("#q", " support");
    b.wait_for_results();
    b.click("#results .card h3 a");
    b.wait_for("the listing", "return location.pathname.startsWith('/directory/')");
    assert!(b.url().contains("from=q%3Dpeer%2Bsupport"), "the way back holds the latest text: {}", b.url());
    b.back();
    b.wait_for("back to the results", "return location.pathname === '/directory'");
    assert_eq!(b.location(), "/directory?q=peer+support");
    b.wait_for("the box restored", "return document.getElementById('q').value === 'peer support'");
    // One entry for the directory, one for the listing: typing added none.
    assert_eq!(b.js("return history.length"), json!(3));
}

#[test]
fn show_more_adds_cards_below_and_leaves_the_drawn_ones_alone() {
    let b = Browser::new();
    open_directory(&b, "");
    assert_eq!(b.count("#results .card"), 20);
    b.js("document.querySelector('#results .card').dataset.mark = 'kept'; return 1");
    b.click(".more");
    b.wait_for("twenty more", "return document.querySelectorAll('#results .card').length === 40");
    assert_eq!(b.js("return document.querySelector('#results .card').dataset.mark"), json!("kept"), "not redrawn");
    assert_eq!(b.js("return document.activeElement.classList.contains('more')"), json!(true), "focus stays on the button");
}

#[test]
fn facet_clicks_filter_count_and_show_removable_chips() {
    let b = Browser::new();
    open_directory(&b, "");
    let all = count(&b);
    b.click("label[for='f-kind-peer-run-group']");
    b.wait_for("kind in URL", "return location.search === '?kind=peer-run-group'");
    let warm = count(&b);
    assert!(warm >= 2 && warm < all, "{warm} of {all}");
    let kinds = b.js("return [...document.querySelectorAll('#results .card .tag:first-child')].map(t => t.textContent)");
    assert!(kinds.as_array().unwrap().iter().all(|k| k == "Peer-run group"), "{kinds}");
    // Counts in other groups describe the current results; in the same group, what a click adds.
    let us = b.js("return document.querySelector('label[for=\"f-region-us\"] .count').textContent");
    assert!(us.as_str().unwrap().parse::<usize>().unwrap() <= warm);
    // A second group narrows further (AND across groups), then the chip removes it.
    b.click("label[for='f-region-us']");
    b.wait_for("region in URL", "return location.search === '?region=us&kind=peer-run-group'");
    assert!(count(&b) <= warm);
    assert_eq!(b.count(".chips .chip"), 2);
    b.click(".chips li:first-child .chip");
    b.wait_for("chip removed", "return location.search === '?kind=peer-run-group'");
    // Zero-count values are shown but disabled.
    let disabled = b.count(".facet input:disabled");
    assert!(disabled > 0, "zero-count values are disabled, not hidden");
    // Back undoes a click; Forward redoes it.
    b.back();
    b.wait_for("back", "return location.search === '?region=us&kind=peer-run-group'");
    assert_eq!(b.js("return document.getElementById('f-region-us').checked"), json!(true));
    b.forward();
    b.wait_for("forward", "return location.search === '?kind=peer-run-group'");
    b.click(".active-filters .link-button");
    b.wait_for("clear all", "return location.search === ''");
    assert_eq!(count(&b), all);
}

#[test]
fn a_shared_link_and_a_reload_restore_the_same_view() {
    let b = Browser::new();
    open_directory(&b, "?q=text&region=uk&sort=name");
    let names = b.js("return [...document.querySelectorAll('#results .card h3')].map(h => h.textContent)");
    assert!(!names.as_array().unwrap().is_empty());
    assert_eq!(b.js("return document.getElementById('q').value"), json!("text"));
    assert_eq!(b.js("return document.getElementById('f-region-uk').checked"), json!(true));
    assert_eq!(b.js("return document.querySelector('.sort select').value"), json!("name"));
    b.reload();
    b.wait_for_results();
    assert_eq!(b.js("return [...document.querySelectorAll('#results .card h3')].map(h => h.textContent)"), names);
}

#[test]
fn a_listing_page_shows_sources_and_the_way_back_keeps_filters() {
    let b = Browser::new();
    open_directory(&b, "?kind=crisis-line&region=us");
    b.click("#results .card h3 a");
    b.wait_for("the listing", "return location.pathname.startsWith('/directory/')");
    b.wait_for("heading", "return document.querySelector('main h1') && document.querySelector('#contact-title')");
    assert!(b.count(".contact__source a[href^='https://']") >= 1, "each contact lists its source");
    assert!(b.text(".contact__source").contains("Checked 20"), "and its verified date");
    assert!(b.count("#expect-title") == 1);
    let report = b.js("return document.querySelector('.report a').href").as_str().unwrap().to_owned();
    assert!(report.starts_with("mailto:") && report.contains("subject=Problem%20with%20listing%20us-"), "{report}");
    b.click(".breadcrumb a");
    b.wait_for("back to results", "return location.pathname === '/directory'");
    assert_eq!(b.location(), "/directory?region=us&kind=crisis-line");
}

/// The whole directory at 1280×900, its first page of 20 cards drawn.
fn first_page_at_1280() -> Browser {
    let b = Browser::new();
    b.set_size(1280, 900);
    open_directory(&b, "");
    b.wait_for("the first page", "return document.querySelectorAll('#results .card').length === 20");
    b
}

/// Scrolls to the `index`th result card, opens it, presses Back, and waits until all `shown`
/// cards are back with that card at the same scroll position.
fn open_a_card_and_come_back(b: &Browser, index: usize, shown: usize) {
    let card = format!("document.querySelectorAll('#results .card')[{index}]");
    b.js(&format!("{card}.scrollIntoView(); return 1"));
    let name = b.js(&format!("return {card}.querySelector('h3').textContent"));
    let y = b.js("return Math.round(scrollY)").as_i64().unwrap();
    assert!(y > 2000, "scrolled well down: {y}");
    b.js(&format!("{card}.querySelector('h3 a').click(); return 1"));
    b.wait_for("the listing", "return location.pathname.startsWith('/directory/') && !document.querySelector('#results')");
    b.back();
    b.wait_for("the results again", &format!("return document.querySelectorAll('#results .card').length === {shown}"));
    b.wait_for(
        "the same place",
        &format!("return Math.abs(Math.round(scrollY) - {y}) <= 2 && {card}.querySelector('h3').textContent === {name}"),
    );
}

#[test]
fn back_from_a_listing_returns_to_the_same_place_in_the_results() {
    let b = first_page_at_1280();
    // Far down the first page: the card a person opens, then comes back from.
    open_a_card_and_come_back(&b, 14, 20);
}

#[test]
fn after_show_more_back_from_a_listing_keeps_every_card_that_was_shown() {
    let b = first_page_at_1280();
    b.click("button.more");
    b.wait_for("the second page", "return document.querySelectorAll('#results .card').length === 40");
    open_a_card_and_come_back(&b, 34, 40);
    // A new query starts again from one page.
    b.js("scrollTo(0, 0); return 1");
    b.click("#q");
    b.type_into("#q", "peer");
    b.wait_for(
        "one page for the new query",
        "return location.search === '?q=peer' && document.querySelectorAll('#results .card').length <= 20",
    );
}

#[test]
fn phone_and_text_links_are_well_formed_and_numbers_are_visible() {
    let b = Browser::new();
    open_directory(&b, "");
    while b.count(".more") > 0 {
        b.click(".more");
    }
    let bad = b.js("return [...document.querySelectorAll('#results a[href^=\"tel:\"], #results a[href^=\"sms:\"]')]
           .map(a => a.getAttribute('href'))
           .filter(h => !/^tel:[+*]?\\d{3,15}$/.test(h) && !/^sms:\\+?\\d{3,15}(\\?&body=[A-Za-z0-9%]+)?$/.test(h))");
    assert_eq!(bad, json!([]));
    let n = b.count("#results a[href^='sms:'][href*='body=']");
    assert!(n >= 1, "keywords are prefilled in sms: links");
    // Outbound links open a new tab without a referrer.
    let unsafe_links = b.js("return [...document.querySelectorAll('#results a[href^=\"https:\"]')].filter(a => a.target !== '_blank' || !/noopener/.test(a.rel) || !/noreferrer/.test(a.rel)).length");
    assert_eq!(unsafe_links, json!(0));
}

#[test]
fn hostile_query_strings_render_as_text_and_are_canonicalised() {
    let b = Browser::new();
    let long = "a".repeat(20_000);
    b.open(&format!("/directory?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&kind=%FF&kind=&x=1&region=mars&lang=EN&{long}=1"));
    b.wait_for("canonical URL", "return location.search.startsWith('?q=%3Cimg')");
    assert_eq!(b.count("img[src='x']"), 0, "markup from the URL is never rendered");
    assert_eq!(b.js("return document.getElementById('q').value"), json!("<img src=x onerror=alert(1)>"));
    assert_eq!(b.location(), "/directory?q=%3Cimg+src%3Dx+onerror%3Dalert%281%29%3E");
    assert!(b.console_errors().is_empty());
    assert_same_origin(&b.requests(), &[]);
}

#[test]
fn axe_finds_no_violations_on_the_directory_and_a_listing() {
    let b = Browser::new();
    for width in [320, 1280] {
        b.set_size(width, 900);
        for path in ["/directory?kind=warmline", "/directory/us-988-lifeline"] {
            b.open(path);
            if path.starts_with("/directory?") {
                b.wait_for_results();
            } else {
                b.wait_for("the listing", "return !!document.querySelector('#contact-title')");
            }
            if width == 320 && path.starts_with("/directory?") {
                // Filters fold away on phones; open them so they are checked too.
                b.click(".filters-toggle");
            }
            let v = b.axe();
            assert!(v.is_empty(), "{path} at {width}px: {v:#?}");
            assert_eq!(b.sideways_overflow(), 0, "{path} at {width}px");
        }
    }
}

/// A listing says how old the page behind each fact is, where that page shows its own date,
/// beside the date an editor checked it: a page from 2022 read in 2026 is still a page from 2022.
#[test]
fn a_listing_shows_how_old_each_source_page_is() {
    let b = Browser::new();
    for (path, words) in [("/directory/es-024", "source from 2022"), ("/es/directory/es-024", "fuente de 2022")] {
        b.open(path);
        let sources = b.js("return [...document.querySelectorAll('.contact__source')].map((s) => s.textContent)");
        let sources: Vec<String> = serde_json::from_value(sources).unwrap();
        assert!(sources.iter().any(|s| s.contains(words) && s.contains("2026-12-08")), "{path}: {sources:?}");
    }
    // A page without a date of its own: the plain link.
    b.open("/directory/us-988-lifeline");
    let sources: Vec<String> =
        serde_json::from_value(b.js("return [...document.querySelectorAll('.contact__source a')].map((a) => a.textContent)")).unwrap();
    assert!(sources.iter().any(|s| s == "source"), "{sources:?}");
}
