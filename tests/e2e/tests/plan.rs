//! "My support plan" as a person uses it in real Chromium: written by keyboard and there after a
//! reload; two tabs editing different parts; corrupt, newer and full storage keeping the
//! original; "Leave and clear" reaching another tab; one printed page; a text copy; one export
//! file for the list and the plan; and no accessibility violations at 320 and 1280 px.

use kindred_e2e::{assert_same_origin, Browser};
use serde_json::json;

const KEY: &str = "kindred.plan";
const ENTER: &str = "\u{E007}";

fn open_plan(b: &Browser) {
    b.open("/plan");
    b.wait_for_text("main h1", "My support plan");
    b.wait_for_app();
    b.wait_for("the plan's forms", "return document.querySelector('.plan-add.is-ready') !== null");
}

fn stored(b: &Browser) -> String {
    b.js(&format!("return localStorage.getItem('{KEY}')")).as_str().unwrap_or_default().to_owned()
}

/// The lines of one part, as shown (field values, or a listing's name).
fn lines(b: &Browser, slug: &str) -> Vec<String> {
    serde_json::from_value(b.js_with(
        "return [...document.querySelectorAll('#plan-' + arguments[0] + '-list > li')].map(li => {
            const input = li.querySelector('.plan-entry__fields input[type=text]');
            return input ? input.value : li.querySelector('.plan-entry__service a, .plan-entry__service').textContent.trim();
        })",
        json!([slug]),
    ))
    .unwrap()
}

/// Adds a line by keyboard: types into the part's field and presses Enter.
fn add_line(b: &Browser, slug: &str, text: &str) {
    let before = lines(b, slug).len();
    b.type_into(&format!("#plan-{slug}-new"), text);
    b.press(ENTER, 1);
    b.wait_for("the new line", &format!("return document.querySelectorAll('#plan-{slug}-list > li').length === {}", before + 1));
}

/// Picks a listing for "services" from the select and adds it.
fn add_service(b: &Browser, id: &str) {
    b.js_with(
        "const s = document.getElementById('plan-services-pick'); s.value = arguments[0]; s.dispatchEvent(new Event('change')); return 1",
        json!([id]),
    );
    b.click(".plan-pick button[type=submit]");
    b.wait_for("the service", &format!("return document.querySelector('#plan-services-list a[href=\"/directory/{id}\"]') !== null"));
}

/// A realistic plan: a few lines in every part, a person with a number, two services.
fn fill(b: &Browser) {
    for (slug, items) in [
        ("warning-signs", ["I stop answering messages", "I can't sleep past 3 am", "Sunday evenings alone"]),
        ("on-my-own", ["A hot shower", "Walk round the block", "My comfort playlist"]),
        ("take-my-mind-off", ["The café by the library", "Gaming with Jo", "The dog park"]),
        ("safer-surroundings", ["Ask my brother to keep my medication", "Stay at Ana's on bad nights", "Delete the bad group chat"]),
        ("reasons", ["My cat, Miso", "Seeing my niece grow up", "The trip in spring"]),
    ] {
        for item in items {
            add_line(b, slug, item);
        }
    }
    for (name, number) in [("Ana (sister)", "555-0142"), ("Sam from group", "+1 555 0199")] {
        b.type_into("#plan-people-to-ask-new", name);
        b.type_into("#plan-people-to-ask-new-phone", number);
        b.press(ENTER, 1);
    }
    b.wait_for("people", "return document.querySelectorAll('#plan-people-to-ask-list > li').length === 2");
    add_service(b, "us-988-lifeline");
    add_service(b, "us-nami-helpline");
}

#[test]
fn a_plan_written_by_keyboard_is_there_after_a_reload() {
    let b = Browser::new();
    open_plan(&b);
    add_line(&b, "warning-signs", "I stop answering messages");
    add_line(&b, "warning-signs", "Sunday evenings");
    // A person: the name, Tab to the number, Enter.
    b.type_into("#plan-people-to-ask-new", "Ana");
    b.tab();
    assert_eq!(b.js("return document.activeElement.id"), json!("plan-people-to-ask-new-phone"));
    b.type_into("#plan-people-to-ask-new-phone", "+1 (555) 0142");
    b.press(ENTER, 1);
    b.wait_for("the call link", "return document.querySelector('#plan-people-to-ask-list a[href=\"tel:+15550142\"]') !== null");
    assert_eq!(b.count("#plan-people-to-ask-list a[href='sms:+15550142']"), 1, "a text link too");
    assert_eq!(b.text("#plan-people-to-ask-list a[href^='tel:']"), "Call Ana");
    // Edit a line in place; reorder it by keyboard; the focus follows the line.
    b.type_into("#plan-warning-signs-1-text", " alone");
    b.js("document.getElementById('plan-warning-signs-1-up').focus(); return 1");
    b.press(ENTER, 1);
    b.wait_for("moved up", "return document.getElementById('plan-warning-signs-0-text').value === 'Sunday evenings alone'");
    assert_eq!(b.js("return document.activeElement.id"), json!("plan-warning-signs-0-down"), "focus stays with the moved line");
    // Remove, then undo.
    b.js("document.getElementById('plan-warning-signs-0-remove').focus(); return 1");
    b.press(ENTER, 1);
    b.wait_for("removed", "return document.querySelectorAll('#plan-warning-signs-list > li').length === 1");
    assert!(b.text("#plan-status").contains("Removed “Sunday evenings alone”"), "{}", b.text("#plan-status"));
    assert_eq!(b.js("return document.activeElement.id"), json!("plan-warning-signs-0-text"), "focus goes to the next line");
    b.click("#plan-undo");
    b.wait_for("undone", "return document.querySelectorAll('#plan-warning-signs-list > li').length === 2");
    b.wait_for("stored", &format!("return (localStorage.getItem('{KEY}') || '').includes('Sunday evenings alone')"));
    b.reload();
    b.wait_for("the plan after reload", "return document.querySelectorAll('#plan-warning-signs-list > li').length === 2");
    assert_eq!(lines(&b, "warning-signs"), ["Sunday evenings alone", "I stop answering messages"]);
    assert_eq!(lines(&b, "people-to-ask"), ["Ana"]);
    assert!(b.text("#plan-health").starts_with("Saved on this device only"));
    assert!(b.console_errors().is_empty(), "{:?}", b.console_errors());
    assert_same_origin(&b.requests(), &[]);
}

#[test]
fn services_always_hold_the_visitors_crisis_line_and_emergency_number() {
    let b = Browser::new();
    b.cdp("Emulation.setTimezoneOverride", json!({ "timezoneId": "Europe/London" }));
    open_plan(&b);
    b.wait_for("the UK lines", "return document.querySelector('#plan-always a[href=\"tel:999\"]') !== null");
    assert!(b.text("#plan-always").contains("Samaritans"), "{}", b.text("#plan-always"));
    // The saved list's listings come first in the picker.
    b.js(r#"localStorage.setItem('kindred.saved', '{"v":1,"items":[{"kind":"resource","id":"uk-shout-85258"}]}'); return 1"#);
    open_plan(&b);
    assert_eq!(b.js("return document.querySelector('#plan-services-pick optgroup').label"), json!("Your saved list"));
    assert_eq!(b.js("return document.querySelector('#plan-services-pick optgroup option').value"), json!("uk-shout-85258"));
    add_service(&b, "uk-shout-85258");
    assert_eq!(
        b.js("return document.querySelector('#plan-services-pick option[value=\"uk-shout-85258\"]').disabled"),
        json!(true),
        "not twice"
    );
    // An own service with a number.
    b.type_into("#plan-services-new", "My GP surgery");
    b.type_into("#plan-services-new-phone", "020 7946 0000");
    b.press(ENTER, 1);
    b.wait_for("own service", "return document.querySelector('#plan-services-list a[href=\"tel:02079460000\"]') !== null");
}

#[test]
fn two_tabs_editing_different_parts_keep_both() {
    let b = Browser::new();
    let first = b.current_tab();
    open_plan(&b);
    let second = b.new_tab();
    b.switch_to(&second);
    open_plan(&b);
    add_line(&b, "reasons", "My dog");
    b.switch_to(&first);
    add_line(&b, "on-my-own", "Cold water on my face");
    b.wait_for("the other tab's line here", "return document.querySelectorAll('#plan-reasons-list > li').length === 1");
    b.switch_to(&second);
    b.wait_for("this tab's line there", "return document.querySelectorAll('#plan-on-my-own-list > li').length === 1");
    let raw = stored(&b);
    assert!(raw.contains("My dog") && raw.contains("Cold water"), "{raw}");
}

#[test]
fn a_line_being_typed_keeps_its_text_and_focus_while_another_tab_writes() {
    let b = Browser::new();
    let first = b.current_tab();
    open_plan(&b);
    add_line(&b, "reasons", "My dog");
    let second = b.new_tab();
    b.switch_to(&second);
    open_plan(&b);
    b.switch_to(&first);
    b.type_into("#plan-reasons-0-text", ", Pip");
    b.switch_to(&second);
    b.wait_for("the edit arrives", "return document.getElementById('plan-reasons-0-text').value === 'My dog, Pip'");
    add_line(&b, "reasons", "Music");
    b.switch_to(&first);
    b.wait_for("the other line arrives", "return document.querySelectorAll('#plan-reasons-list > li').length === 2");
    assert_eq!(b.js("return document.activeElement.id"), json!("plan-reasons-0-text"));
    assert_eq!(lines(&b, "reasons"), ["My dog, Pip", "Music"]);
}

#[test]
fn corrupt_and_newer_plans_are_kept_aside_untouched() {
    let b = Browser::new();
    b.open("/");
    let corrupt = r#"{"v":1,"sections":{"reasons":[{"text":"#;
    b.js_with("localStorage.setItem(arguments[0], arguments[1]); return 1", json!([KEY, corrupt]));
    open_plan(&b);
    b.wait_for("the kept note", "return document.getElementById('plan-kept') !== null");
    assert!(b.text("#plan-kept").contains("couldn't read"), "{}", b.text("#plan-kept"));
    let kept = b.js("return Object.keys(localStorage).filter(k => k.startsWith('kindred.plan.kept-')).map(k => localStorage.getItem(k))");
    assert_eq!(kept, json!([corrupt]));
    assert_eq!(serde_json::Value::String(b.download("#plan-export-raw")), json!(corrupt), "the kept data downloads byte for byte");
    add_line(&b, "reasons", "Still here");

    let newer = r#"{"v":7,"sections":{"reasons":[{"text":"From the future","mood":3}],"new-part":[{"text":"x"}]},"theme":"dark"}"#;
    b.js_with("localStorage.clear(); localStorage.setItem(arguments[0], arguments[1]); return 1", json!([KEY, newer]));
    open_plan(&b);
    b.wait_for("the newer plan shown", "return document.querySelectorAll('#plan-reasons-list > li').length === 1");
    assert_eq!(lines(&b, "reasons"), ["From the future"]);
    assert!(b.text("#plan-kept").contains("newer version"));
    let kept = b.js("return Object.keys(localStorage).filter(k => k.startsWith('kindred.plan.kept-')).map(k => localStorage.getItem(k))");
    assert_eq!(kept, json!([newer]));
    add_line(&b, "reasons", "And now");
    let raw = stored(&b);
    assert!(raw.contains("\"mood\":3") && raw.contains("new-part") && raw.contains("\"theme\":\"dark\""), "unknown fields kept: {raw}");
}

#[test]
fn when_storage_is_full_the_plan_lasts_this_visit_and_the_stored_one_is_untouched() {
    let b = Browser::new();
    b.open("/");
    let before = r#"{"v":1,"sections":{"reasons":[{"text":"Already here"}]}}"#;
    b.js_with("localStorage.setItem(arguments[0], arguments[1]); return 1", json!([KEY, before]));
    b.inject_on_load("Storage.prototype.setItem = function () { throw new DOMException('quota', 'QuotaExceededError'); };");
    open_plan(&b);
    add_line(&b, "reasons", "Written while full");
    assert!(b.text("#plan-health").contains("storage is full"), "{}", b.text("#plan-health"));
    assert_eq!(lines(&b, "reasons"), ["Already here", "Written while full"]);
    assert_eq!(stored(&b), before, "the stored plan is untouched");
    assert!(b.console_errors().is_empty(), "{:?}", b.console_errors());
}

#[test]
fn leave_and_clear_in_one_tab_empties_the_plan_in_another() {
    let b = Browser::new();
    let first = b.current_tab();
    open_plan(&b);
    add_line(&b, "reasons", "private words");
    let second = b.new_tab();
    b.switch_to(&second);
    open_plan(&b);
    b.wait_for("the plan here too", "return document.querySelectorAll('#plan-reasons-list > li').length === 1");
    b.switch_to(&first);
    b.click("#leave-clear");
    b.wait_for("left", "return !location.href.startsWith('http://127.0.0.1')");
    b.switch_to(&second);
    b.wait_for("the other tab left too", "return !location.href.startsWith('http://127.0.0.1')");
    open_plan(&b);
    assert_eq!(b.count("#plan-reasons-list > li"), 0);
    let all = b.js("return Object.keys(localStorage).map(k => localStorage.getItem(k)).join('|')");
    assert!(!all.as_str().unwrap_or_default().contains("private words"), "{all}");
}

/// Pages in a PDF Chromium printed.
fn printed_pages(b: &Browser, paper: (f64, f64)) -> u64 {
    let pdf = b.cdp("Page.printToPDF", json!({ "paperWidth": paper.0, "paperHeight": paper.1, "printBackground": false }));
    let data = pdf["data"].as_str().expect("a PDF").to_owned();
    b.js_with("return (atob(arguments[0]).match(/\\/Type\\s*\\/Page(?![a-z])/g) || []).length", json!([data])).as_u64().unwrap()
}

#[test]
fn the_printed_plan_fits_one_page_without_the_sites_chrome() {
    let b = Browser::new();
    open_plan(&b);
    assert_eq!(printed_pages(&b, (8.27, 11.69)), 1, "the empty plan, to fill in by hand, on A4");
    fill(&b);
    for (name, paper) in [("A4", (8.27, 11.69)), ("Letter", (8.5, 11.0))] {
        assert_eq!(printed_pages(&b, paper), 1, "a full plan on {name}");
    }
    b.cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }));
    let hidden = b.js("return ['.safety-bar', '.site-header', '.site-footer', '.plan-add', '.plan-entry__actions', '.plan-privacy']
            .map(s => document.querySelector(s)).filter(e => e && getComputedStyle(e).display !== 'none').map(e => e.className)");
    assert_eq!(hidden, json!([]), "only the plan prints");
    assert_ne!(b.js("return getComputedStyle(document.querySelector('.plan-footer')).display"), json!("none"));
    assert_eq!(b.js("return getComputedStyle(document.querySelector('.plan')).color"), json!("rgb(0, 0, 0)"), "black on white");
    b.cdp("Emulation.setEmulatedMedia", json!({ "media": "" }));
}

#[test]
fn keep_a_copy_downloads_the_plan_as_text() {
    let b = Browser::new();
    b.cdp("Emulation.setTimezoneOverride", json!({ "timezoneId": "America/Chicago" }));
    open_plan(&b);
    fill(&b);
    let text = b.download("#plan-copy");
    assert!(text.starts_with("My support plan\n"), "{text}");
    assert!(text.contains("- I stop answering messages\n"), "{text}");
    assert!(text.contains("- Ana (sister): 555-0142\n"), "{text}");
    assert!(text.contains("988 Suicide & Crisis Lifeline (United States): Call 988"), "the crisis line comes first: {text}");
    assert!(text.contains("Emergency 911"), "{text}");
}

#[test]
fn one_export_file_carries_the_list_and_the_plan() {
    let b = Browser::new();
    open_plan(&b);
    add_line(&b, "reasons", "My cat");
    b.js(r#"localStorage.setItem('kindred.saved', '{"v":1,"items":[{"kind":"resource","id":"uk-shout-85258"}]}'); return 1"#);
    b.open("/saved");
    b.wait_for("the list", "return document.querySelectorAll('.saved-list > li').length === 1");
    let file = b.download("#export-link");
    assert!(file.contains("\"plan\"") && file.contains("My cat") && file.contains("uk-shout-85258"), "{file}");
    b.js("localStorage.clear(); return 1");
    b.open("/saved");
    b.wait_for_app();
    let path = std::env::temp_dir().join(format!("kindred-plan-export-{}.json", std::process::id()));
    std::fs::write(&path, &file).unwrap();
    b.type_into("#import-file", path.to_str().unwrap());
    b.wait_for("imported", "return document.querySelectorAll('.saved-list > li').length === 1");
    assert!(b.text("#saved-summary").contains("Added 1 line to your support plan"), "{}", b.text("#saved-summary"));
    open_plan(&b);
    assert_eq!(lines(&b, "reasons"), ["My cat"]);
    std::fs::remove_file(path).ok();
}

#[test]
fn the_plan_is_not_offered_inside_embeds() {
    let b = Browser::new();
    b.open("/embed/directory");
    b.wait_for_app();
    assert_eq!(b.js("return document.getElementById('embed-plan').target"), json!("_blank"));
    assert!(b.js("return document.getElementById('embed-plan').href").as_str().unwrap().ends_with("/plan"));
    b.open("/embed/plan");
    b.wait_for_app();
    assert_eq!(b.text("main h1"), "We couldn't find that page");
}

#[test]
fn axe_finds_no_violations_on_the_plan() {
    let b = Browser::new();
    b.cdp("Emulation.setTimezoneOverride", json!({ "timezoneId": "Australia/Sydney" }));
    open_plan(&b);
    assert!(b.axe().is_empty(), "the empty plan: {:?}", b.axe());
    fill(&b);
    for width in [320, 1280] {
        b.set_size(width, 900);
        open_plan(&b);
        let v = b.axe();
        assert!(v.is_empty(), "/plan at {width}px: {v:#?}");
        assert_eq!(b.sideways_overflow(), 0, "at {width}px");
    }
}
