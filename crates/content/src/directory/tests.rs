use super::*;

const TODAY: Date = Date::new(2026, 11, 25);

const GOOD: &str = r#"
[[resource]]
id = "us-test-line"
name = "Test Line"
organization = "Test Org"
kind = "warmline"
answered_by = "peers"
crisis = false
status = "active"
areas = ["US-CA"]
languages = ["en", "es"]
cost = "free"
audiences = ["youth"]
topics = ["loneliness"]
description = "A line."
what_to_expect = ["Someone listens."]

[resource.hours]
timezone = "America/Los_Angeles"
weekly = [ { days = ["mon", "tue"], opens = "22:00", closes = "06:00" } ]
source = "https://example.org/hours"
verified = 2026-11-20

[[resource.contact]]
type = "text"
value = "741741"
keyword = "HOME"
source = "https://example.org/contact"
verified = 2026-11-20
"#;

fn run(text: &str) -> (Vec<Resource>, Vec<String>, Vec<String>) {
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let r = parse(Path::new("content/directory/us.toml"), text, TODAY, &mut HashMap::new(), &mut problems, &mut warnings);
    (r, problems.iter().map(ToString::to_string).collect(), warnings.iter().map(ToString::to_string).collect())
}

#[test]
fn accepts_a_good_entry() {
    let (r, p, w) = run(GOOD);
    assert!(p.is_empty() && w.is_empty(), "{p:?} {w:?}");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].hours, Hours::Weekly { zone: "America/Los_Angeles".into(), periods: vec![(0b11, 1320, 360)] });
    assert_eq!(r[0].contacts[0].keyword.as_deref(), Some("HOME"));
}

#[test]
fn errors_name_file_line_entry_and_field() {
    let (_, p, _) = run(&GOOD.replace("kind = \"warmline\"", "kind = \"hotline\""));
    assert_eq!(p, ["content/directory/us.toml:3: entry `us-test-line`, field `kind`: `hotline` is not one of: crisis-line, warmline, helpline, peer-run-group, online-community, peer-support-app, peer-respite, training, directory"]);
}

#[test]
fn rejects_bad_values() {
    let cases = [
        (GOOD.replace("value = \"741741\"", "value = \"call us\""), "field `contact.text.value`"),
        (GOOD.replace("keyword = \"HOME\"", "keyword = \"HOME NOW\""), "field `contact.text.keyword`"),
        (GOOD.replace("https://example.org/contact", "ftp://example.org/"), "field `contact.text.source`"),
        (
            GOOD.replace("verified = 2026-11-20\n\n[[resource.contact]]", "verified = 2026-12-20\n\n[[resource.contact]]"),
            "is in the future",
        ),
        (GOOD.replace("America/Los_Angeles", "America/Springfield"), "field `hours.timezone`"),
        (GOOD.replace("\"22:00\"", "\"25:00\""), "field `hours.weekly.opens`"),
        (GOOD.replace("\"tue\"", "\"tuesday\""), "field `hours.weekly.days`"),
        (GOOD.replace("\"US-CA\"", "\"FR\""), "field `areas`"),
        (GOOD.replace("\"es\"", "\"Spanish\""), "field `languages`"),
        (GOOD.replace("id = \"us-test-line\"", "id = \"US Test\""), "field `id`"),
        (GOOD.replace("type = \"text\"", "type = \"chat\"").replace("keyword = \"HOME\"\n", ""), "is not an https:// URL"),
        (GOOD.replace("timezone = \"America/Los_Angeles\"\n", "always = true\ntimezone = \"America/Los_Angeles\"\n"), "field `hours`"),
    ];
    for (text, expected) in cases {
        let (r, p, _) = run(&text);
        assert!(r.is_empty(), "{expected}: entry should be rejected");
        assert!(p.iter().any(|x| x.contains(expected)), "{expected}: got {p:?}");
    }
}

#[test]
fn a_crisis_listing_must_state_its_hours() {
    let crisis = GOOD.replace("kind = \"warmline\"", "kind = \"crisis-line\"").replace("crisis = false", "crisis = true");
    let varies = crisis.replace(
        "timezone = \"America/Los_Angeles\"\nweekly = [ { days = [\"mon\", \"tue\"], opens = \"22:00\", closes = \"06:00\" } ]\n",
        "varies = true\n",
    );
    let (r, p, _) = run(&varies);
    assert!(r.is_empty());
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].starts_with("content/directory/us.toml:3: entry `us-test-line`, field `hours.varies`: a crisis listing must state its hours"),
        "{p:?}"
    );
    // Stated hours (weekly or always) are fine; so is `varies` on a non-crisis listing.
    assert!(run(&crisis).1.is_empty());
    let always = varies.replace("varies = true\n", "always = true\n");
    assert!(run(&always).1.is_empty());
    let (r, p, _) = run(&GOOD.replace(
        "timezone = \"America/Los_Angeles\"\nweekly = [ { days = [\"mon\", \"tue\"], opens = \"22:00\", closes = \"06:00\" } ]\n",
        "varies = true\n",
    ));
    assert!(p.is_empty() && r[0].hours == Hours::Varies, "{p:?}");
}

#[test]
fn audiences_come_from_the_vocabulary() {
    let (r, p, _) = run(&GOOD.replace("audiences = [\"youth\"]", "audiences = [\"older-adults\", \"seniors\"]"));
    assert!(r.is_empty());
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].contains("field `audiences`: `seniors` is not one of: youth, young-adults, older-adults,"), "{p:?}");
    let (r, p, _) = run(&GOOD.replace("audiences = [\"youth\"]", "audiences = [\"older-adults\", \"deaf\"]"));
    assert!(p.is_empty(), "{p:?}");
    assert_eq!(r[0].audiences, [Audience::OlderAdults, Audience::Deaf]);
}

#[test]
fn a_caution_is_a_sourced_dated_fact() {
    let caution = "\n[resource.caution]\ntext = \"Reports in 2025 described a practice to know about.\"\nsource = \"https://example.org/report\"\nverified = 2026-11-20\n";
    let (r, p, _) = run(&format!("{GOOD}{caution}"));
    assert!(p.is_empty(), "{p:?}");
    let c = r[0].caution.as_ref().unwrap();
    assert_eq!(
        (c.text.as_str(), c.source.as_str(), c.verified),
        ("Reports in 2025 described a practice to know about.", "https://example.org/report", Date::new(2026, 11, 20))
    );
    assert_eq!(run(GOOD).0[0].caution, None);
    let cases = [
        (caution.replace("https://example.org/report", "example.org"), "field `caution.source`"),
        (caution.replace("2026-11-20", "2026-12-20"), "field `caution.verified`"),
        (caution.replace("Reports in 2025 described a practice to know about.", " "), "field `caution.text`"),
        (caution.replace("verified", "checked"), "unknown field `checked`"),
    ];
    for (c, expected) in cases {
        let (r, p, _) = run(&format!("{GOOD}{c}"));
        assert!(r.is_empty() && p.iter().any(|x| x.contains(expected)), "{expected}: {p:?}");
    }
}

#[test]
fn missing_and_unknown_fields_fail_with_the_entry_named() {
    let (_, p, _) = run(&GOOD.replace("cost = \"free\"\n", ""));
    assert!(p[0].contains("missing field `cost`") && p[0].contains("us-test-line"), "{p:?}");
    let (_, p, _) = run(&GOOD.replace("cost = \"free\"\n", "cost = \"free\"\nrating = 5\n"));
    assert!(p[0].contains("unknown field `rating`"), "{p:?}");
}

#[test]
fn duplicate_ids_across_files() {
    let mut seen = HashMap::new();
    let (mut p, mut w) = (Vec::new(), Vec::new());
    parse(Path::new("a.toml"), GOOD, TODAY, &mut seen, &mut p, &mut w);
    parse(Path::new("b.toml"), GOOD, TODAY, &mut seen, &mut p, &mut w);
    assert_eq!(p.len(), 1);
    assert!(p[0].to_string().contains("duplicate id, also used in a.toml"));
}

#[test]
fn old_verification_warns_but_builds() {
    let (r, p, w) = run(&GOOD.replace("2026-11-20\n\n[[resource.contact]]", "2025-06-01\n\n[[resource.contact]]"));
    assert!(p.is_empty());
    assert_eq!(r.len(), 1);
    assert!(w[0].contains("more than 12 months ago") && w[0].contains("hours.verified"), "{w:?}");
}

#[test]
fn formats() {
    assert!(is_phone("988") && is_phone("1-800-662-4357") && is_phone("(855) 845-7415") && is_phone("+64 9 522 2999"));
    assert!(!is_phone("98") && !is_phone("call 988") && !is_phone("988;"));
    assert!(is_https_url("https://988lifeline.org/chat") && !is_https_url("http://x.org") && !is_https_url("https://x.org/\"><script>"));
    assert!(is_email("jo@samaritans.org") && !is_email("jo@x") && !is_email("a@b.org?subject=x"));
    assert_eq!(parse_time("24:00", true), Some(1440));
    assert_eq!(parse_time("24:00", false), None);
    assert_eq!(parse_time("9:00", false), None);
}

#[test]
fn the_shipped_directory_is_valid() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/directory");
    let mut problems = Vec::new();
    // As of the real date: facts are verified on the day they are checked.
    let (resources, _) = load_dir(&dir, crate::today(), &mut problems, &mut Vec::new());
    assert!(problems.is_empty(), "{}", problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"));
    assert!(resources.len() >= 110, "at least 110 resources, got {}", resources.len());
    let outside_us = resources.iter().filter(|r| !r.areas.iter().all(|a| a == "US" || a.starts_with("US-"))).count();
    assert!(outside_us >= 60, "at least 60 resources outside the US, got {outside_us}");
    // Every crisis listing states its hours.
    for r in resources.iter().filter(|r| r.crisis) {
        assert_ne!(r.hours, Hours::Varies, "{} is a crisis listing with unknown hours", r.id);
    }
    // The 988 Press 3 option ended on 2025-07-17 and must not be listed anywhere.
    let all = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect::<String>();
    assert!(!all.contains("Press 3"), "the 988 Press 3 option ended in July 2025");
    assert!(!all.contains("273-8255"), "the old Lifeline number must not be promoted");
}

#[test]
fn a_contact_may_name_its_language_and_a_spanish_label() {
    let with = |extra: &str| GOOD.replace("keyword = \"HOME\"\n", &format!("keyword = \"HOME\"\n{extra}"));
    let (r, p, _) = run(&with("label = \"Text HOME\"\nlabel_es = \"Envía HOME\"\nlang = \"es\"\n"));
    assert!(p.is_empty(), "{p:?}");
    let c = &r[0].contacts[0];
    assert_eq!((c.lang.as_deref(), c.label_es.as_deref()), (Some("es"), Some("Envía HOME")));
    let plain = &run(GOOD).0[0].contacts[0];
    assert_eq!((plain.lang.as_deref(), plain.label_es.as_deref()), (None, None));
    assert!(run(&with("lang = \"fr\"\n")).1.is_empty());
    let cases = [
        (with("lang = \"spanish\"\n"), "field `contact.text.lang`: `spanish` is not one of: es, fr"),
        (with("label_es = \"Envía HOME\"\n"), "field `contact.text.label_es`: gives a Spanish `label` but the contact has no `label`"),
        (with("label = \"Text HOME\"\nlabel_es = \" \"\n"), "field `contact.text.label_es`: must not be empty"),
        (with("language = \"es\"\n"), "unknown field `language`"),
    ];
    for (text, expected) in cases {
        let (r, p, _) = run(&text);
        assert!(r.is_empty() && p.iter().any(|x| x.contains(expected)), "{expected}: {p:?}");
    }
}

#[test]
fn a_fact_may_give_its_source_pages_own_date_and_an_old_page_warns() {
    assert_eq!(Published::parse("2017"), Some(Published { year: 2017, month: None, day: None }));
    assert_eq!(Published::parse("2017-06"), Some(Published { year: 2017, month: Some(6), day: None }));
    assert_eq!(Published::parse("2017-06-14").map(|p| p.to_string()).as_deref(), Some("2017-06-14"));
    for bad in ["17", "2017-6", "2017-13", "2017-02-30", "2017/06", "2017-06-14-1", "June 2017"] {
        assert_eq!(Published::parse(bad), None, "{bad}");
    }
    // A page's last possible day: "older than three years" is never a guess.
    assert_eq!(Published::parse("2023").unwrap().latest(), Date::new(2023, 12, 31));
    assert_eq!(Published::parse("2024-02").unwrap().latest(), Date::new(2024, 2, 29));

    let dated = GOOD
        .replace("verified = 2026-11-20\n\n[[resource.contact]]", "verified = 2026-11-20\npublished = \"2017-06\"\n\n[[resource.contact]]");
    let (ok, errors, warnings) = run(&dated);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(ok[0].hours_published, Some(Published { year: 2017, month: Some(6), day: None }));
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("us-test-line") && w.contains("hours.published") && w.contains("from 2017-06, over 3 years old")),
        "{warnings:?}"
    );
    // A recent page: no warning. A page from the future or an unreadable date: an error.
    let (_, _, warnings) = run(&GOOD
        .replace("verified = 2026-11-20\n\n[[resource.contact]]", "verified = 2026-11-20\npublished = \"2025\"\n\n[[resource.contact]]"));
    assert!(!warnings.iter().any(|w| w.contains("published")), "{warnings:?}");
    let (_, errors, _) = run(&GOOD.replace("keyword = \"HOME\"\n", "keyword = \"HOME\"\npublished = \"2027-01\"\n"));
    assert!(errors.iter().any(|e| e.contains("contact.text.published") && e.contains("in the future")), "{errors:?}");
    let (_, errors, _) = run(&GOOD.replace("keyword = \"HOME\"\n", "keyword = \"HOME\"\npublished = \"last year\"\n"));
    assert!(errors.iter().any(|e| e.contains("contact.text.published") && e.contains("\"2017-06\"")), "{errors:?}");
}

#[test]
fn whatsapp_numbers_carry_their_country_code_and_star_codes_are_numbers() {
    let whatsapp =
        GOOD.replace("type = \"text\"\nvalue = \"741741\"\nkeyword = \"HOME\"", "type = \"whatsapp\"\nvalue = \"+57 300 754 8933\"");
    let (ok, errors, _) = run(&whatsapp);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(ok[0].contacts[0].kind, ContactType::WhatsApp);
    let local = GOOD.replace("type = \"text\"\nvalue = \"741741\"\nkeyword = \"HOME\"", "type = \"whatsapp\"\nvalue = \"300 754 8933\"");
    let (_, errors, _) = run(&local);
    assert!(errors.iter().any(|e| e.contains("contact.whatsapp.value") && e.contains("country code")), "{errors:?}");
    assert!(is_phone("*4141") && is_phone("135") && !is_phone("**41") && !is_phone("41*41"));
}
