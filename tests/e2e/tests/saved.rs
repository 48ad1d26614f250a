//! Saved items that never get lost or leak: saving, notes, undo, reordering, reload, export and
//! import, share links, two tabs, and every way browser storage fails (reliability.md §8 rows
//! 1–8, 31, 32), injected into real Chromium.

use kindred_e2e::{assert_same_origin, origin, Browser, Options};
use serde_json::json;

const KEY: &str = "kindred.saved";

fn saved_ids(b: &Browser) -> Vec<String> {
    serde_json::from_value(b.js("return [...document.querySelectorAll('.saved-list .card__title')].map(h => h.textContent.trim())"))
        .unwrap()
}

fn stored(b: &Browser) -> serde_json::Value {
    b.js(&format!("return localStorage.getItem('{KEY}')"))
}

fn save_first_results(b: &Browser, query: &str, n: usize) {
    if b.count("nav a[href='/saved']") == 1 {
        // In-app navigation, so storage failures that keep items in memory are seen across pages.
        b.js_with(
            "history.pushState(null, '', arguments[0]); dispatchEvent(new PopStateEvent('popstate')); return 1",
            json!([format!("/directory{query}")]),
        );
        b.wait_for_text("main h1", "Find support");
    } else {
        b.open(&format!("/directory{query}"));
    }
    b.wait_for("results", "return document.querySelectorAll('#results .save').length > 0");
    for i in 0..n {
        b.click(&format!("#results li:nth-child({}) .save", i + 1));
        b.wait_for("saved", &format!("return document.querySelectorAll('#results .save.is-saved').length === {}", i + 1));
    }
}

/// Goes to /saved inside the app (no reload, so anything kept only in memory is still there).
fn open_saved(b: &Browser) {
    if b.count("nav a[href='/saved']") == 1 {
        b.js("document.querySelector(\"nav a[href='/saved']\").click(); return 1");
    } else {
        b.open("/saved");
    }
    b.wait_for_text("main h1", "Saved");
}

/// The file a download link gives (a Blob behind an object URL), downloaded as a person would.
fn fetch_text(b: &Browser, id: &str) -> serde_json::Value {
    b.wait_for("the download link", &format!("return (document.getElementById('{id}') || {{}}).href"));
    serde_json::Value::String(b.download(&format!("#{id}")))
}

/// Loads /saved afresh (storage is read again).
fn reload_saved(b: &Browser) {
    b.open("/saved");
    b.wait_for_text("main h1", "Saved");
}

#[test]
fn saving_notes_undo_reorder_and_reload_keep_everything() {
    let b = Browser::new();
    save_first_results(&b, "?region=uk", 3);
    b.wait_for("the nav count", "return /\\(3\\)/.test(document.querySelector('nav a[href=\"/saved\"]').textContent)");
    open_saved(&b);
    let before = saved_ids(&b);
    assert_eq!(before.len(), 3);
    assert!(b.count(".saved-list a[href^='tel:']") >= 1, "contact links on the saved list");
    b.type_into("#note-0", "Ask for the evening volunteer");
    b.js("document.activeElement.blur(); return 1");
    b.wait_for("note stored", "return (localStorage.getItem('kindred.saved') || '').includes('evening volunteer')");
    b.click(".saved-list li:nth-child(2) .saved-item__actions button:nth-child(1)");
    b.wait_for(
        "reordered",
        &format!("return document.querySelector('.saved-list li .card__title').textContent.trim() === {:?}", before[1]),
    );
    b.click(".saved-list li:nth-child(3) .saved-item__actions button:nth-child(3)");
    b.wait_for("removed", "return document.querySelectorAll('.saved-list > li').length === 2");
    b.click("#undo-remove");
    b.wait_for("undone", "return document.querySelectorAll('.saved-list > li').length === 3");
    let order = saved_ids(&b);
    b.reload();
    b.wait_for("reloaded list", "return document.querySelectorAll('.saved-list > li').length === 3");
    assert_eq!(saved_ids(&b), order);
    // The note moved with its item (first saved, now second after the reorder).
    assert_eq!(b.js("return [...document.querySelectorAll('.note')].map(n => n.value)"), json!(["", "Ask for the evening volunteer", ""]));
    assert!(b.text("#saved-health").starts_with("Saved on this device only"));
    assert!(b.console_errors().is_empty());
    assert_same_origin(&b.requests(), &[]);
}

#[test]
fn when_the_storage_getter_throws_saving_works_for_this_visit() {
    let throws = "Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });";
    let b = Browser::with(Options { init_scripts: vec![throws.into()], ..Default::default() });
    save_first_results(&b, "", 1);
    open_saved(&b);
    assert_eq!(saved_ids(&b).len(), 1);
    assert!(b.text("#saved-health").contains("lasts until you close this page"), "{}", b.text("#saved-health"));
    assert!(b.console_errors().is_empty(), "no panic or error: {:?}", b.console_errors());
}

#[test]
fn when_set_item_throws_quota_exceeded_nothing_is_lost_or_cleared() {
    let b = Browser::new();
    b.open("/");
    b.js(&format!(r#"localStorage.setItem('{KEY}', '{{"v":1,"items":[{{"kind":"resource","id":"us-988-lifeline"}}]}}'); localStorage.setItem('other-site-data', 'keep'); return 1"#));
    b.inject_on_load("Storage.prototype.setItem = function () { throw new DOMException('quota', 'QuotaExceededError'); };");
    b.open("/directory?region=uk");
    save_first_results(&b, "?region=uk", 1);
    open_saved(&b);
    assert_eq!(saved_ids(&b).len(), 2, "the earlier item and the new one");
    assert!(b.text("#saved-health").contains("storage is full"), "{}", b.text("#saved-health"));
    assert_eq!(b.js("return localStorage.length"), json!(2), "nothing cleared");
    assert!(stored(&b).as_str().unwrap().contains("us-988-lifeline"));
}

#[test]
fn a_really_full_storage_recovers_once_space_is_freed() {
    let b = Browser::new();
    b.open("/");
    // Fill the real quota (about 5 million characters in Chromium).
    b.js("let n = 0; for (let size = 256 * 1024; size >= 1;) { try { localStorage.setItem('filler-' + n++, 'x'.repeat(size)); } catch (e) { size = Math.floor(size / 2); } } return n;");
    save_first_results(&b, "?region=canada", 1);
    open_saved(&b);
    assert!(b.text("#saved-health").contains("storage is full"), "{}", b.text("#saved-health"));
    b.js("for (const k of Object.keys(localStorage)) if (k.startsWith('filler')) localStorage.removeItem(k); return 1;");
    save_first_results(&b, "?region=australia", 1);
    open_saved(&b);
    assert!(b.text("#saved-health").starts_with("Saved on this device only"));
    assert_eq!(saved_ids(&b).len(), 2, "the item kept in memory was saved too");
    let raw = stored(&b);
    assert_eq!(raw.as_str().unwrap().matches("\"kind\"").count(), 2);
}

#[test]
fn corrupt_data_is_kept_aside_untouched_and_can_be_exported_as_it_was() {
    let raw = r#"{"v":2,"items":[{"id":"#;
    let b = Browser::new();
    b.open("/");
    b.js_with("localStorage.setItem(arguments[0], arguments[1]); return 1", json!([KEY, raw]));
    reload_saved(&b);
    assert!(b.text("#saved-kept").contains("It has not been deleted"));
    assert!(b.text("#saved-health").starts_with("Saved on this device only"), "new saves are kept");
    let exported = fetch_text(&b, "export-raw");
    assert_eq!(exported, json!(raw), "export gives the exact bytes");
    save_first_results(&b, "", 1);
    let kept = b.js("return Object.keys(localStorage).filter(k => k.startsWith('kindred.saved.kept-')).map(k => localStorage.getItem(k))");
    assert_eq!(kept, json!([raw]), "the original is still stored");
}

#[test]
fn one_bad_item_keeps_the_others_and_survives_the_next_write() {
    let raw = r#"{"v":1,"items":[{"kind":"resource","id":"us-988-lifeline"},{"id":null},{"kind":"resource","id":"uk-samaritans"}]}"#;
    let b = Browser::new();
    b.open("/");
    b.js_with("localStorage.setItem(arguments[0], arguments[1]); return 1", json!([KEY, raw]));
    reload_saved(&b);
    assert_eq!(saved_ids(&b).len(), 2);
    save_first_results(&b, "?region=ireland", 1);
    let now = stored(&b).as_str().unwrap().to_owned();
    assert!(now.contains(r#""unreadable":[{"id":null}]"#), "{now}");
}

#[test]
fn data_from_a_newer_version_is_kept_and_shown() {
    let raw = r#"{"v":99,"items":[{"kind":"resource","id":"us-988-lifeline","pinned":true}],"syncHint":"x"}"#;
    let b = Browser::new();
    b.open("/");
    b.js_with("localStorage.setItem(arguments[0], arguments[1]); return 1", json!([KEY, raw]));
    reload_saved(&b);
    assert_eq!(saved_ids(&b), ["988 Suicide & Crisis Lifeline"]);
    assert!(b.text("#saved-kept").contains("newer version"));
    let kept = b.js("return Object.keys(localStorage).filter(k => k.startsWith('kindred.saved.kept-')).map(k => localStorage.getItem(k))");
    assert_eq!(kept, json!([raw]));
}

#[test]
fn two_tabs_adding_different_items_both_keep_both() {
    let b = Browser::new();
    let first = b.current_tab();
    b.open("/directory?region=us");
    let second = b.new_tab();
    b.switch_to(&second);
    b.open("/directory?region=uk");
    b.click("#results li:nth-child(1) .save");
    b.switch_to(&first);
    b.click("#results li:nth-child(1) .save");
    b.wait_for("both in this tab", "return /\\(2\\)/.test(document.querySelector('nav a[href=\"/saved\"]').textContent)");
    b.switch_to(&second);
    b.wait_for("both in the other tab", "return /\\(2\\)/.test(document.querySelector('nav a[href=\"/saved\"]').textContent)");
    assert_eq!(stored(&b).as_str().unwrap().matches("\"kind\"").count(), 2);
}

#[test]
fn export_clear_import_gives_back_the_same_list() {
    let b = Browser::new();
    save_first_results(&b, "?region=new-zealand", 3);
    open_saved(&b);
    b.type_into("#note-1", "keep this one");
    b.js("document.activeElement.blur(); return 1");
    b.wait_for("note stored", "return (localStorage.getItem('kindred.saved') || '').includes('keep this one')");
    let original = stored(&b);
    let exported = fetch_text(&b, "export-link");
    assert_eq!(exported, original);
    let file = std::env::temp_dir().join(format!("kindred-export-{}.json", std::process::id()));
    std::fs::write(&file, exported.as_str().unwrap()).unwrap();
    b.js("localStorage.clear(); return 1");
    b.reload();
    b.wait_for("empty", "return !document.querySelector('.empty').hidden");
    b.type_into("#import-file", file.to_str().unwrap());
    b.wait_for_text("#saved-summary", "Added 3. 0 already saved. 0 couldn't be read.");
    assert_eq!(stored(&b), original);
    std::fs::remove_file(file).ok();
}

#[test]
fn a_share_link_offers_the_items_on_another_device() {
    let a = Browser::new();
    save_first_results(&a, "?region=canada", 2);
    open_saved(&a);
    let link = a.js("return document.getElementById('share-link').value").as_str().unwrap().to_owned();
    assert!(link.starts_with(&format!("{}/saved#saved=r:", origin())), "{link}");
    assert!(!link.contains("note"), "notes never go in the link");
    let names = saved_ids(&a);
    let b = Browser::new();
    b.open(&link);
    b.wait_for(
        "the offer",
        "return document.getElementById('accept-shared') && !document.getElementById('accept-shared').closest('.callout').hidden",
    );
    b.click("#accept-shared");
    b.wait_for_text("#saved-summary", "Added 2 shared items.");
    assert_eq!(saved_ids(&b), names);
    assert_eq!(b.js("return location.hash"), json!(""), "the fragment is cleared after use");
}

#[test]
fn leave_and_clear_removes_only_kindreds_data_then_exits() {
    let b = Browser::new();
    b.open("/");
    b.js("localStorage.setItem('other-app', 'keep'); return 1");
    save_first_results(&b, "", 1);
    // On a wide screen the link says what it clears, in words with their spaces.
    assert_eq!(b.js("return document.getElementById('leave-clear').innerText"), json!("Leave and clear my saved data"));
    b.click("#leave-clear");
    b.wait_for("left", "return !location.href.startsWith('http://127.0.0.1')");
    b.goto("/about");
    b.wait_for("back on our origin", "return document.readyState === 'complete'");
    assert_eq!(b.js("return Object.keys(localStorage)"), json!(["other-app"]));
}

#[test]
fn axe_finds_no_violations_on_the_saved_page() {
    let b = Browser::new();
    save_first_results(&b, "?region=us", 2);
    for width in [320, 1280] {
        b.set_size(width, 900);
        open_saved(&b);
        let v = b.axe();
        assert!(v.is_empty(), "/saved at {width}px: {v:#?}");
        assert_eq!(b.sideways_overflow(), 0);
    }
    b.js("localStorage.clear(); return 1");
    reload_saved(&b);
    assert!(b.axe().is_empty(), "empty state");
}

#[test]
fn leave_and_clear_in_one_tab_empties_every_other_tab_and_nothing_comes_back() {
    let b = Browser::new();
    let first = b.current_tab();
    save_first_results(&b, "?region=uk", 2);
    open_saved(&b);
    b.type_into("#note-0", "private words");
    b.js("document.activeElement.blur(); return 1");
    b.wait_for("note stored", "return (localStorage.getItem('kindred.saved') || '').includes('private words')");
    let second = b.new_tab();
    b.switch_to(&second);
    b.open("/saved");
    b.wait_for("the list here too", "return document.querySelectorAll('.saved-list > li').length === 2");
    b.switch_to(&first);
    b.click("#leave-clear");
    b.wait_for("left", "return !location.href.startsWith('http://127.0.0.1')");
    b.switch_to(&second);
    b.wait_for("the other tab left too", "return !location.href.startsWith('http://127.0.0.1')");
    // Back on the site: nothing of the list is stored, or shown.
    b.goto("/saved");
    b.wait_for_app();
    assert_eq!(b.count(".saved-list > li"), 0);
    let stored = b.js("return Object.keys(localStorage).filter(k => k.startsWith('kindred.')).map(k => localStorage.getItem(k)).join('|')");
    assert!(!stored.as_str().unwrap_or_default().contains("private words"), "{stored}");
}

#[test]
fn a_newer_version_written_by_another_tab_is_kept_aside_before_this_tab_writes() {
    let b = Browser::new();
    save_first_results(&b, "?region=us", 1);
    let newer = r#"{"v":9,"items":[{"kind":"resource","id":"us-988-lifeline","future":1}],"newField":true}"#;
    // Another tab (a newer Kindred) rewrites the list; this tab then saves something.
    b.js_with("localStorage.setItem('kindred.saved', arguments[0]); return 1", json!([newer]));
    b.click("#results .save:not(.is-saved)");
    b.wait_for("the save", "return Object.keys(localStorage).some(k => k.startsWith('kindred.saved.kept-'))");
    let kept = b.js("return Object.keys(localStorage).filter(k => k.startsWith('kindred.saved.kept-')).map(k => localStorage.getItem(k))");
    assert_eq!(kept, json!([newer]), "the newer data was copied aside, byte for byte, before anything was written");
}

#[test]
fn a_note_being_typed_keeps_its_text_and_focus_while_another_tab_saves() {
    let b = Browser::new();
    let first = b.current_tab();
    save_first_results(&b, "?region=canada", 2);
    open_saved(&b);
    b.click("#note-0");
    b.type_into("#note-0", "half a sente");
    let second = b.new_tab();
    b.switch_to(&second);
    save_first_results(&b, "?region=ireland", 1);
    b.switch_to(&first);
    b.wait_for("the other tab's item arrives", "return document.querySelectorAll('.saved-list > li').length === 3");
    assert_eq!(b.js("return document.getElementById('note-0').value"), json!("half a sente"));
    assert_eq!(b.js("return document.activeElement && document.activeElement.id"), json!("note-0"));
    // Tab moves between notes, keeping focus on them.
    b.tab();
    b.tab();
    b.tab();
    b.tab();
    let focused = b.js("return document.activeElement.tagName + '#' + document.activeElement.id");
    assert!(
        focused.as_str().unwrap().starts_with("BUTTON")
            || focused.as_str().unwrap().starts_with("TEXTAREA")
            || focused.as_str().unwrap().starts_with("A"),
        "{focused}"
    );
}

#[test]
fn imports_refuse_huge_files_and_take_only_what_kindred_has() {
    let b = Browser::new();
    reload_saved(&b);
    let dir = std::env::temp_dir().join(format!("kindred-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let huge = dir.join("huge.json");
    std::fs::write(&huge, format!(r#"{{"v":1,"items":[],"pad":"{}"}}"#, "x".repeat(5 * 1024 * 1024))).unwrap();
    b.type_into("#import-file", huge.to_str().unwrap());
    b.wait_for_text("#saved-summary", "That file is too large to be a Kindred saved list (the limit is 1 MB), so it wasn't opened.");
    let mixed = dir.join("mixed.json");
    std::fs::write(
        &mixed,
        r#"{"v":1,"items":[{"kind":"resource","id":"us-988-lifeline"},{"kind":"resource","id":"call-555-0100-now"},{"kind":"article","id":"understanding-peer-support"}]}"#,
    )
    .unwrap();
    b.type_into("#import-file", mixed.to_str().unwrap());
    b.wait_for_text("#saved-summary", "Added 2. 0 already saved. 0 couldn't be read. 1 not added: it isn't in Kindred.");
    assert_eq!(b.count(".saved-list > li"), 2);
    assert!(!b.text(".saved-list").contains("555"), "a made-up entry is never shown");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn hostile_notes_ids_and_share_links_render_as_text() {
    let hostile = r#"<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>"#;
    let raw = serde_json::to_string(&json!({"v":1,"items":[
        {"kind":"resource","id":"us-988-lifeline","note": hostile},
        {"kind":"resource","id":"gone-listing"}
    ]}))
    .unwrap();
    let b = Browser::new();
    b.open("/");
    b.js_with("localStorage.setItem('kindred.saved', arguments[0]); return 1", json!([raw]));
    let before = b.js("return document.querySelectorAll('img, script').length").as_u64().unwrap();
    reload_saved(&b);
    assert_eq!(b.js("return document.querySelectorAll('main img, main script').length"), json!(0));
    assert_eq!(b.js("return document.getElementById('note-0').value"), json!(hostile), "the note is kept as typed, as text");
    // A share link naming made-up entries offers none of them.
    b.goto("/saved#saved=r:call-555-0100-now,r:%3Cimg%20src%3Dx%3E,a:understanding-peer-support");
    b.wait_for_app();
    b.wait_for("the offer", "return !document.getElementById('shared-skipped').hidden");
    assert!(b.text("#shared-skipped").starts_with("2 parts in the link name nothing Kindred has"));
    assert_eq!(b.js("return document.querySelectorAll('main img, main script').length"), json!(0));
    let after = b.js("return document.querySelectorAll('img, script').length").as_u64().unwrap();
    assert!(after <= before, "no element was injected: {before} before, {after} after");
    assert_eq!(b.js("return window.__pwned === undefined"), json!(true));
}

#[test]
fn a_large_export_downloads_whole() {
    let note: String = "ひとりじゃない、話そう。".chars().cycle().take(1000).collect();
    let items: Vec<serde_json::Value> = (0..500).map(|i| json!({"kind":"resource","id": format!("listing-{i}"), "note": note})).collect();
    let raw = serde_json::to_string(&json!({"v":1,"items": items})).unwrap();
    assert!(raw.len() > 1_500_000, "{}", raw.len());
    let b = Browser::new();
    b.open("/");
    b.js_with("localStorage.setItem('kindred.saved', arguments[0]); return 1", json!([raw]));
    reload_saved(&b);
    b.wait_for("the list", "return document.querySelectorAll('.saved-list > li').length === 500");
    let exported = fetch_text(&b, "export-link");
    assert_eq!(exported.as_str().unwrap().len(), raw.len(), "the whole file");
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(exported.as_str().unwrap()).unwrap(),
        serde_json::from_str::<serde_json::Value>(&raw).unwrap()
    );
}

#[test]
fn a_save_that_cant_be_kept_says_so() {
    let b = Browser::with(Options {
        init_scripts: vec!["Storage.prototype.setItem = function () { throw new DOMException('quota', 'QuotaExceededError'); };".into()],
        ..Default::default()
    });
    b.open("/directory?region=uk");
    b.wait_for_results();
    b.click("#results li:nth-child(1) .save");
    b.wait_for("the notice", "return /for this visit only/.test(document.querySelector('.toast').textContent)");
}
