//! "Help me choose" as a person uses it: by keyboard alone, on a small touch screen, with Back,
//! and the crisis path that offers nothing but help now.

use kindred_e2e::{Browser, Options};
use serde_json::json;

/// Follows the link whose text starts with `label`, by keyboard: focus it and press Enter.
fn answer(b: &Browser, label: &str) {
    let found = b.js_with(
        "const a = [...document.querySelectorAll('main a')].find(a => a.textContent.trim().startsWith(arguments[0])); if (!a) return false; a.focus(); return document.activeElement === a;",
        json!([label]),
    );
    assert_eq!(found, json!(true), "no option {label:?}");
    b.press("\u{E007}", 1);
}

fn heading(b: &Browser, text: &str) {
    b.wait_for_text("main h1", text);
}

#[test]
fn answering_by_keyboard_leads_to_three_or_four_options_and_back_keeps_the_answers() {
    let b = Browser::new();
    b.cdp("Emulation.setTimezoneOverride", json!({ "timezoneId": "Europe/London" }));
    b.open("/");
    answer(&b, "Not sure where to start? Help me choose");
    heading(&b, "Are you safe right now?");
    answer(&b, "Yes, I'm safe");
    heading(&b, "Who would you like to talk to?");
    answer(&b, "Someone who has been there");
    heading(&b, "How would you like to reach out?");
    answer(&b, "A phone call");
    heading(&b, "When would you like to talk?");
    answer(&b, "Some time this week");
    heading(&b, "Where are you?");
    // Prefilled from the crisis bar: the visitor's country comes first.
    assert!(b.text(".choices li:first-child").starts_with("United Kingdom"), "{}", b.text(".choices li:first-child"));
    answer(&b, "United Kingdom");
    heading(&b, "Anything that matters to you?");
    b.js("document.getElementById('need-free').focus(); return 1");
    b.press(" ", 1);
    b.js("document.querySelector('.needs button[type=submit]').focus(); return 1");
    b.press("\u{E007}", 1);
    heading(&b, "Options that fit");
    b.wait_for("the options", "return document.querySelectorAll('.choose__picks > li').length > 0");
    let n = b.count(".choose__picks > li");
    assert!((1..=4).contains(&n), "{n} options");
    let why = b.text(".choose__why");
    assert!(why.contains("peer-run") || !b.text("#saved-summary, .choose__relaxed").is_empty(), "{why}");
    assert_eq!(b.location(), "/choose?step=results&safe=yes&who=peer&how=call&when=week&where=uk&needs=free");
    // Back returns to the last question, with its answer kept.
    b.back();
    heading(&b, "Anything that matters to you?");
    assert_eq!(b.js("return document.getElementById('need-free').checked"), json!(true));
    b.forward();
    heading(&b, "Options that fit");
    // "See more like these": the directory with the matching filters.
    b.click("#see-more");
    b.wait_for("the directory", "return location.pathname === '/directory'");
    b.wait_for_results();
    assert_eq!(b.location(), "/directory?region=uk,international&contact=call&who=peers&cost=free");
    assert_eq!(
        b.js("return document.getElementById('f-who-peers').checked && document.getElementById('f-contact-call').checked"),
        json!(true)
    );
}

#[test]
fn not_sure_if_safe_shows_only_the_crisis_line_and_emergency_number() {
    let b = Browser::new();
    b.cdp("Emulation.setTimezoneOverride", json!({ "timezoneId": "Australia/Sydney" }));
    b.open("/choose");
    heading(&b, "Are you safe right now?");
    answer(&b, "No, or I'm not sure");
    heading(&b, "Please reach out now");
    let links = b.js("return [...document.querySelectorAll('main a')].map(a => a.getAttribute('href'))");
    let links: Vec<String> = serde_json::from_value(links).unwrap();
    assert!(!links.is_empty());
    assert!(links.iter().all(|h| h.starts_with("tel:") || h.starts_with("sms:")), "nothing else competes: {links:?}");
    assert!(links.iter().any(|h| h == "tel:131114") && links.iter().any(|h| h == "tel:000"), "{links:?}");
}

#[test]
fn every_step_is_accessible_on_a_small_touch_screen() {
    let b = Browser::with(Options { width: 320, height: 720, ..Default::default() });
    for step in [
        "step=safe",
        "step=who&safe=yes",
        "step=how&safe=yes&who=peer",
        "step=when&safe=yes&who=peer&how=text",
        "step=where&safe=yes&who=peer&how=text&when=now",
        "step=needs&safe=yes&who=peer&how=text&when=now&where=us",
        "step=results&safe=yes&who=peer&how=text&when=now&where=us&needs=lgbtq",
        "step=crisis&safe=not-sure",
    ] {
        b.open(&format!("/choose?{step}"));
        b.wait_for("the step", "return !!document.querySelector('main h1')");
        if step.starts_with("step=results") {
            b.wait_for("the options", "return document.querySelectorAll('.choose__picks > li').length > 0");
        }
        let v = b.axe();
        assert!(v.is_empty(), "{step}: {v:#?}");
        assert_eq!(b.sideways_overflow(), 0, "{step}");
        if step.starts_with("step=results") {
            // "Save these" keeps them.
            b.click("#save-these");
            b.wait_for("saved", "return (localStorage.getItem('kindred.saved') || '').includes('resource')");
        }
    }
}
