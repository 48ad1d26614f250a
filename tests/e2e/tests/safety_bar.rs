//! The safety bar on a phone: one sticky row ("Get help now" and quick exit) whatever the
//! country and language, the visitor's crisis line one tap away, every country's line one tap
//! away before the app knows the country (or without the app), and nothing moving when it learns.

use kindred_e2e::{Browser, Options};
use serde_json::{json, Value};

/// The widths of the phones people use most, narrowest first.
const PHONES: [u32; 4] = [320, 360, 390, 412];
/// The sticky row's most, in CSS px.
const MOST: f64 = 56.0;

/// The bar's height, whether its two parts share a row, and what "Get help now" says and links to.
fn measure(b: &Browser) -> Value {
    b.js("const bar = document.querySelector('.safety-bar__row').getBoundingClientRect();
          const help = document.querySelector('.help-now'), exit = document.getElementById('quick-exit');
          const middle = (e) => { const r = e.getBoundingClientRect(); return r.top + r.height / 2; };
          const fits = (e) => e.scrollWidth <= e.clientWidth;
          return { height: bar.height, top: bar.top, row: Math.abs(middle(help) - middle(exit)) < 2,
                   href: help.getAttribute('href'), line: help.querySelector('.help-now__line').textContent,
                   fits: fits(help.querySelector('.help-now__lead')) && fits(help.querySelector('.help-now__line')),
                   mine: [...document.querySelectorAll('.crisis-bar__mine a[href^=\"tel:\"]')].map((a) => a.getAttribute('href'))[0] || null }")
}

/// Picks a country as a person would: with the picker beside their line, or, for a visitor the
/// app has no line for, the one beside every country's.
fn choose(b: &Browser, region: &str) {
    b.js_with(
        "const s = document.getElementById('region-pick') || document.getElementById('region-pick-all');
         s.value = arguments[0]; s.dispatchEvent(new Event('change', { bubbles: true })); return 1",
        json!([region]),
    );
    if region == "international" {
        b.wait_for("no line of its own", "return document.querySelector('.help-now').getAttribute('href') === '#crisis-lines'");
    } else {
        b.wait_for(
            &format!("{region} chosen"),
            &format!("const s = document.getElementById('region-pick'); return !!s && s.value === {region:?}"),
        );
    }
}

#[test]
fn on_phones_the_sticky_bar_is_one_row_for_every_country_in_both_languages() {
    // Lines we know by heart, to check that the button calls the country's own.
    let known = [
        ("us", "tel:988"),
        ("canada", "tel:988"),
        ("uk", "tel:116123"),
        ("ireland", "tel:116123"),
        ("australia", "tel:131114"),
        ("new-zealand", "tel:1737"),
    ];
    for width in PHONES {
        let b = Browser::with(Options { width, height: 800, ..Default::default() });
        for home in ["/", "/es/"] {
            b.open(home);
            b.js("localStorage.removeItem('kindred.region'); return 1");
            b.reload();
            b.wait_for_app();
            b.wait_for("the device's country's line", "return document.querySelector('.help-now').getAttribute('href').startsWith('tel:')");
            let regions: Vec<String> = serde_json::from_value(
                b.js("return [...document.querySelectorAll('#region-pick option')].map((o) => o.value).filter(Boolean)"),
            )
            .unwrap();
            assert!(regions.len() >= 17, "every covered country and 'somewhere else': {regions:?}");
            for region in &regions {
                choose(&b, region);
                let m = measure(&b);
                let at = format!("{home} at {width} px, {region}: {m}");
                assert!(m["height"].as_f64().unwrap() <= MOST, "{at}: the sticky bar is at most {MOST} px");
                assert_eq!(m["row"], json!(true), "{at}: 'Get help now' and quick exit share one row");
                assert_eq!(m["fits"], json!(true), "{at}: the button's words are not cut off");
                if region == "international" {
                    assert_eq!(m["href"], json!("#crisis-lines"), "{at}: outside the covered countries it opens every country's lines");
                } else {
                    let href = m["href"].as_str().unwrap();
                    assert!(href.starts_with("tel:"), "{at}: one tap calls the country's crisis line");
                    assert_eq!(m["href"], m["mine"], "{at}: the line the fold names as the country's own");
                    if let Some((_, line)) = known.iter().find(|(r, _)| r == region) {
                        assert_eq!(href, *line, "{at}");
                    }
                }
            }
            // It stays at the top of the screen while the page scrolls.
            b.js("window.scrollTo(0, document.documentElement.scrollHeight); return 1");
            b.wait_for("the page scrolled", "return window.scrollY > 200");
            assert_eq!(measure(&b)["top"].as_f64(), Some(0.0), "{home} at {width} px: the row is sticky");
        }
    }
}

#[test]
fn before_the_country_is_known_one_tap_opens_every_countrys_line_with_or_without_the_app() {
    // Without the app (its wasm blocked), the button is a link to the fold, which opens on it.
    let b = Browser::with(Options { width: 360, height: 800, ..Default::default() });
    b.cdp("Network.enable", json!({}));
    b.cdp("Network.setBlockedURLs", json!({ "urls": ["*.wasm"] }));
    for path in ["/learn/understanding-peer-support", "/es/learn"] {
        b.goto(path);
        b.wait_for("the page", "return document.readyState === 'complete'");
        let m = measure(&b);
        assert!(m["height"].as_f64().unwrap() <= MOST, "{path} before the app: {m}");
        assert_eq!(m["href"], json!("#crisis-lines"), "{path}: {m}");
        assert_eq!(b.js("return document.querySelector('.more-help__body').offsetHeight"), json!(0), "{path}: folded at first");
        b.click(".help-now");
        b.wait_for("the fold open", "return document.querySelector('.more-help__body').offsetHeight > 0");
        let visible: Vec<String> = serde_json::from_value(b.js(
            "return [...document.querySelectorAll('.more-help__body a[href^=\"tel:\"]')].filter((a) => a.offsetHeight > 0).map((a) => a.getAttribute('href'))",
        ))
        .unwrap();
        for line in ["tel:988", "tel:116123", "tel:131114", "tel:1737"] {
            assert!(visible.iter().any(|h| h == line), "{path}: {line} one tap away: {visible:?}");
        }
        assert_eq!(b.js("return document.documentElement.hasAttribute('data-ready')"), json!(false), "the wasm really was blocked");
    }
    // With the app, for a visitor outside the covered countries: the same tap opens the fold,
    // and the next thing a screen reader reads is the fold.
    let b = Browser::with(Options { width: 390, height: 844, ..Default::default() });
    b.open("/learn");
    b.wait_for("the picker", "return !!document.getElementById('region-pick')");
    choose(&b, "international");
    b.wait_for("the button opens the fold", "return document.querySelector('.help-now').getAttribute('href') === '#crisis-lines'");
    b.click(".help-now");
    b.wait_for(
        "the fold open and focused",
        "return document.querySelector('.more-help__body').offsetHeight > 0 && document.activeElement.id === 'crisis-lines'",
    );
    assert_eq!(b.js("return document.getElementById('more-help-title').getAttribute('aria-expanded')"), json!("true"));
    // Its heading folds it again.
    b.click("#more-help-title");
    b.wait_for("the fold closed", "return document.querySelector('.more-help__body').offsetHeight === 0");
    assert_eq!(b.js("return document.getElementById('more-help-title').getAttribute('aria-expanded')"), json!("false"));
}

#[test]
fn axe_finds_nothing_on_the_bar_at_phone_and_desktop_widths_light_and_dark() {
    let b = Browser::new();
    for dark in [false, true] {
        let scheme = if dark { "dark" } else { "light" };
        b.cdp("Emulation.setEmulatedMedia", json!({ "features": [{ "name": "prefers-color-scheme", "value": scheme }] }));
        for width in PHONES.into_iter().chain([1280]) {
            b.set_size(width, 900);
            for path in ["/", "/es/learn/entender-el-apoyo-entre-pares"] {
                b.open(path);
                b.wait_for("the visitor's line", "return document.querySelector('.help-now').getAttribute('href').startsWith('tel:')");
                if width < 640 {
                    // Unfolded, so that axe checks what is inside too.
                    b.click("#more-help-title");
                    b.wait_for("the fold open", "return document.querySelector('.more-help__body').offsetHeight > 0");
                }
                let violations = b.axe();
                assert!(violations.is_empty(), "{path} at {width} px, {scheme}: {violations:#?}");
                assert_eq!(b.sideways_overflow(), 0, "{path} at {width} px scrolls sideways");
            }
        }
    }
}

#[test]
fn on_phones_leave_and_clear_is_in_the_fold_and_clears_then_exits() {
    let b = Browser::with(Options { width: 360, height: 800, ..Default::default() });
    b.open("/saved");
    b.js("localStorage.setItem('other-app', 'keep'); localStorage.setItem('kindred.region', '{\"v\":1,\"region\":\"uk\"}'); return 1");
    assert_eq!(b.js("return document.getElementById('leave-clear').offsetHeight"), json!(0), "folded, not in the sticky row");
    b.click("#more-help-title");
    b.wait_for(
        "the link, once the app runs",
        "const a = document.getElementById('leave-clear'); return a.offsetHeight > 0 && a.classList.contains('is-ready')",
    );
    assert_eq!(b.js("return document.getElementById('leave-clear').innerText"), json!("Leave and clear my saved data"));
    b.click("#leave-clear");
    b.wait_for("left", "return !location.href.startsWith('http://127.0.0.1')");
    b.goto("/about");
    b.wait_for("back on our origin", "return document.readyState === 'complete'");
    assert_eq!(b.js("return Object.keys(localStorage)"), json!(["other-app"]));
}
