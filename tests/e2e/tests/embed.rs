//! Kindred embedded on a partner's site: the partner page is another site (127.0.0.1 on its own
//! port) framing the app from `localhost`, with the snippet from the "Add Kindred" page.

use std::path::PathBuf;

use kindred_e2e::{app, Browser, Options};

use serde_json::json;

const SANDBOX: &str = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation";

/// The app as another site sees it (`localhost` vs the partner's `127.0.0.1`).
fn app_origin() -> String {
    app().origin("localhost")
}

/// Serves a partner page framing `src` with `sandbox`, plus a third-party frame that tries to
/// spoof a height message. Returns the partner page URL (kept alive by leaking the server).
fn partner(src: &str, sandbox: &str) -> String {
    partner_of(&app_origin(), src, sandbox)
}

fn partner_of(app: &str, src: &str, sandbox: &str) -> String {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let dir: PathBuf = std::env::temp_dir().join(format!("kindred-partner-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let html = format!(
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A partner clinic</title></head><body>
<h1>Our clinic</h1>
<iframe id="kindred" src="{app}{src}" title="Kindred: find peer support" data-kindred width="100%" height="400" sandbox="{sandbox}" referrerpolicy="no-referrer" style="border:0"></iframe>
<iframe id="spoof" srcdoc="<script>parent.postMessage({{type:'kindred:height',height:99999}},'*');parent.document.body.dataset.spoofed='yes';</script>" title="other"></iframe>
<script src="{app}/embed.js"></script>
</body></html>"#,
        app = app
    );
    std::fs::write(dir.join("partner.html"), html).unwrap();
    let server = kindred_devserver::start(kindred_devserver::Config::new(&dir), 0).unwrap();
    let url = format!("{}/partner.html", server.origin("127.0.0.1"));
    std::mem::forget(server);
    url
}

/// Console errors caused by Kindred (the partner page's own missing favicon is not ours).
fn ours(errors: Vec<String>) -> Vec<String> {
    errors.into_iter().filter(|e| !e.contains("favicon.ico") && !e.contains("Blocked opening")).collect()
}

fn frame_height(b: &Browser) -> i64 {
    b.js("return document.getElementById('kindred').getBoundingClientRect().height").as_f64().unwrap_or(0.0) as i64
}

fn open_partner(b: &Browser, src: &str, sandbox: &str) {
    b.goto(&partner(src, sandbox));
    b.wait_for("the partner page", "return document.readyState === 'complete'");
}

fn inside(b: &Browser) {
    b.enter_frame(Some("#kindred"));
    b.wait_for_app();
}

#[test]
fn presets_apply_locked_ones_cannot_change_and_outbound_links_open_new_tabs() {
    let b = Browser::new();
    open_partner(&b, "/embed/directory?kind=peer-run-group&region=us&lock=kind", SANDBOX);
    inside(&b);
    b.wait_for_results();
    assert_eq!(b.count("nav[aria-label='Main']"), 0, "no site navigation in the embed");
    assert_eq!(b.count("#facet-kind"), 0, "the locked facet is not offered");
    assert_eq!(b.count("#facet-region"), 1, "unlocked presets can be changed");
    let kinds = b.js("return [...document.querySelectorAll('#results .card .tag:first-child')].map(t => t.textContent)");
    assert!(kinds.as_array().unwrap().iter().all(|k| k == "Peer-run group"), "{kinds}");
    // Clearing everything keeps the locked preset.
    b.type_into("#q", "group");
    b.wait_for("the query", "return location.search.includes('q=group')");
    b.js("document.querySelector('.active-filters .link-button').click(); return 1");
    b.wait_for("cleared", "return !location.search.includes('q=')");
    assert!(b.js("return location.search").as_str().unwrap().contains("kind=peer-run-group"));
    assert!(b.js("return location.search").as_str().unwrap().contains("lock=kind"));
    // Leaving links open a new tab; numbers are readable as text.
    let bad = b.js("return [...document.querySelectorAll('#results a[href^=\"http\"], .embed-footer a, #results .card__title a')].filter(a => a.target !== '_blank' || !/noopener/.test(a.rel)).map(a => a.href)");
    assert_eq!(bad, json!([]));
    assert!(b.count("#results .contact__plain") > 0);
    assert!(ours(b.console_errors()).is_empty(), "{:?}", b.console_errors());
}

#[test]
fn the_frame_resizes_with_its_content_and_ignores_spoofed_heights() {
    // A phone-width page: the filters fold away, so the height follows the results.
    let b = Browser::with(Options { width: 420, ..Default::default() });
    open_partner(&b, "/embed/directory?region=ireland", SANDBOX);
    b.wait_for("the spoof frame ran", "return document.body.dataset.spoofed === 'yes'");
    b.wait_for("sized by the app", "return document.getElementById('kindred').style.height !== ''");
    let tall = frame_height(&b);
    // The spoof asked for 99999 px (which would clamp to 6000); the app's own height is used.
    assert!((800..6000).contains(&tall), "sized to the content, not the spoof: {tall}");
    assert_eq!(tall % 40, 0, "heights are told in 40 px steps, not pixel by pixel: {tall}");
    inside(&b);
    b.type_into("#q", "zzzzqq");
    b.wait_for_text("#result-count", "No matches");
    b.enter_frame(None);
    b.wait_for("the frame to shrink", &format!("return document.getElementById('kindred').getBoundingClientRect().height < {tall}"));
    assert!(frame_height(&b) >= 320, "clamped to the minimum");
}

#[test]
fn quick_exit_in_the_frame_replaces_the_partners_whole_page() {
    let b = Browser::new();
    open_partner(&b, "/embed/directory", SANDBOX);
    inside(&b);
    // A real click (user activation lets the frame navigate the top page); the frame goes away
    // mid-command, so the driver's reply to the click may be an error.
    b.click_and_leave("#quick-exit");
    b.enter_frame(None);
    b.wait_for("the top page to leave", "return !location.href.includes('partner.html')");
    assert!(b.url().contains("bbc.co.uk/weather"), "{}", b.url());
}

#[test]
fn with_storage_partitioned_saving_works_for_this_site_only() {
    let b = Browser::new();
    open_partner(&b, "/embed/directory?region=uk", SANDBOX);
    inside(&b);
    b.wait_for_text(".embed-footer p", "Items you save here stay on this site only.");
    b.click("#results li:nth-child(1) .save");
    b.wait_for("saved in the frame", "return (localStorage.getItem('kindred.saved') || '').includes('resource')");
    // The app's own site does not see the partner's saved items.
    b.enter_frame(None);
    b.goto(&format!("{}/saved", app_origin()));
    b.wait_for_text("main h1", "Saved");
    assert_eq!(b.js("return localStorage.getItem('kindred.saved')"), json!(null));
}

#[test]
fn with_storage_blocked_the_embed_works_and_says_so() {
    // Storage blocked in the third-party frame, as with third-party storage blocking: reading
    // `localStorage` throws. The frame runs in the page's process here so the fault script
    // reaches it.
    let blocked = "if (window !== window.top) Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); } });";
    let b = Browser::with(Options {
        init_scripts: vec![blocked.into()],
        extra_args: vec!["--disable-site-isolation-trials".into(), "--disable-features=IsolateOrigins,site-per-process".into()],
        ..Default::default()
    });
    open_partner(&b, "/embed/directory", SANDBOX);
    inside(&b);
    b.wait_for_text(".embed-footer p", "Saving isn't available inside this page. Open the full site to keep a list.");
    b.click("#results li:nth-child(1) .save");
    b.wait_for("saved for this visit", "return document.querySelectorAll('#results .save.is-saved').length === 1");
    assert!(b.console_errors().iter().all(|e| !e.contains("panicked") && !e.contains("unreachable")), "{:?}", b.console_errors());
}

#[test]
fn a_strict_sandbox_without_popups_does_not_break_anything() {
    let b = Browser::new();
    open_partner(&b, "/embed/learn/understanding-peer-support", "allow-scripts allow-same-origin");
    inside(&b);
    b.wait_for_text("main h1", "Understanding peer support");
    b.click(".prose a[href^='/directory']");
    assert_eq!(b.location(), "/embed/learn/understanding-peer-support", "the frame stays put when a new tab isn't allowed");
    let errors = ours(b.console_errors());
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn axe_finds_no_violations_inside_the_frame_at_320_px() {
    let b = Browser::with(Options { width: 360, ..Default::default() });
    open_partner(&b, "/embed/directory?kind=warmline", SANDBOX);
    b.js("document.getElementById('kindred').style.width = '320px'; return 1");
    inside(&b);
    b.wait_for_results();
    let v = b.axe();
    assert!(v.is_empty(), "{v:#?}");
    assert_eq!(b.sideways_overflow(), 0);
}

#[test]
fn the_add_kindred_page_builds_a_working_snippet() {
    let b = Browser::new();
    b.open("/embed");
    b.wait_for_text("main h1", "Add Kindred to your site");
    b.js("const s = document.getElementById('b-kind'); s.value = 'warmline'; s.dispatchEvent(new Event('change', { bubbles: true })); return 1");
    b.click("label[for='b-lock']");
    b.wait_for("the snippet", "return document.getElementById('b-snippet').value.includes('kind=warmline&amp;lock=kind')");
    let snippet = b.js("return document.getElementById('b-snippet').value").as_str().unwrap().to_owned();
    assert!(
        snippet.contains(&format!("sandbox=\"{SANDBOX}\""))
            && snippet.contains("loading=\"lazy\"")
            && snippet.contains("title=")
            && snippet.contains("/embed.js")
    );
    b.enter_frame(Some(".preview"));
    b.wait_for("the preview", "return location.pathname === '/embed/directory'");
    b.wait_for_results();
    b.enter_frame(None);
    let v = b.axe();
    assert!(v.is_empty(), "{v:#?}");
}

#[test]
fn an_unknown_embed_page_says_so_in_the_frame_without_a_crash() {
    let b = Browser::new();
    for (path, heading) in [
        ("/embed/learn/not-an-article", "We couldn't find that page"),
        ("/embed/nope", "We couldn't find that page"),
        ("/es/embed/learn/no-existe", "No encontramos esa página"),
    ] {
        b.open(path);
        b.wait_for_text("main h1", heading);
        assert_eq!(b.js("return document.documentElement.hasAttribute('data-embed')"), json!(true), "{path}");
        assert_eq!(b.count(".site-header"), 0, "{path}: a partner's frame has no site header");
        assert_eq!(b.count("footer.embed-footer"), 1, "{path}: the embed's own footer");
        assert_eq!(b.count("main a[href='tel:988']"), 1, "{path}: the crisis line in the page");
        // The host's 404 status for this page is the only thing logged: no hydration panic.
        let messages: Vec<String> = b
            .console_messages()
            .into_iter()
            .filter(|m| !(m.contains("status of 404 (Not Found)") && m.contains(&format!("{path} - "))))
            .collect();
        assert!(messages.is_empty(), "{path}: {messages:?}");
    }
}
