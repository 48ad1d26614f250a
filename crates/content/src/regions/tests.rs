use super::*;
use crate::directory;
use kindred_core::model::{ContactType, CrisisBarLine, EmergencyNumber, RegionInfo};
use kindred_core::region::guess;

const TODAY: Date = Date::new(2026, 11, 29);
const FILE_PATH: &str = "content/directory/regions.toml";

/// (region slug, area code, a time zone, a language region subtag): every region but
/// `international` (a test checks the list against `Region::ALL`).
const COVERED: [(&str, &str, &str, &str); 16] = [
    ("us", "US", "America/New_York", "US"),
    ("uk", "GB", "Europe/London", "GB"),
    ("canada", "CA", "America/Toronto", "CA"),
    ("australia", "AU", "Australia/Sydney", "AU"),
    ("ireland", "IE", "Europe/Dublin", "IE"),
    ("new-zealand", "NZ", "Pacific/Auckland", "NZ"),
    ("mexico", "MX", "America/Mexico_City", "MX"),
    ("spain", "ES", "Europe/Madrid", "ES"),
    ("argentina", "AR", "America/Argentina/Buenos_Aires", "AR"),
    ("colombia", "CO", "America/Bogota", "CO"),
    ("chile", "CL", "America/Santiago", "CL"),
    ("peru", "PE", "America/Lima", "PE"),
    ("india", "IN", "Asia/Kolkata", "IN"),
    ("south-africa", "ZA", "Africa/Johannesburg", "ZA"),
    ("singapore", "SG", "Asia/Singapore", "SG"),
    ("philippines", "PH", "Asia/Manila", "PH"),
];

#[test]
fn the_test_covers_every_region() {
    let slugs: Vec<&str> = Region::ALL.iter().filter(|r| **r != Region::International).map(|r| r.slug()).collect();
    assert_eq!(slugs, COVERED.map(|c| c.0));
}

/// A crisis line (call and text) and a peer warmline for every covered region.
fn listings() -> String {
    let mut out = String::new();
    for (slug, area, zone, _) in COVERED {
        for (suffix, kind, crisis) in [("crisis", "crisis-line", true), ("peer", "warmline", false)] {
            out.push_str(&format!(
                r#"
[[resource]]
id = "{slug}-{suffix}"
name = "{slug} {suffix}"
organization = "Org"
kind = "{kind}"
answered_by = "peers"
crisis = {crisis}
status = "active"
areas = ["{area}"]
languages = ["en"]
cost = "free"
topics = ["general"]
description = "A line."
what_to_expect = ["Someone listens."]

[resource.hours]
timezone = "{zone}"
weekly = [ {{ days = ["mon"], opens = "09:00", closes = "17:00" }} ]
source = "https://example.org/hours"
verified = 2026-11-20

[[resource.contact]]
type = "call"
value = "0800 123 456"
source = "https://example.org/call"
verified = 2026-11-20

[[resource.contact]]
type = "text"
value = "85258"
source = "https://example.org/text"
verified = 2026-11-20
"#
            ));
        }
    }
    out
}

fn resources(text: &str) -> Vec<Resource> {
    let (mut problems, mut warnings) = (Vec::new(), Vec::new());
    let r = directory::parse(Path::new("content/directory/test.toml"), text, TODAY, &mut HashMap::new(), &mut problems, &mut warnings);
    assert!(problems.is_empty(), "{problems:?}");
    r
}

/// A valid regions.toml for [`listings`].
fn good_regions() -> String {
    let mut out = String::from("# Regions\n");
    for (slug, _, zone, subtag) in COVERED {
        out.push_str(&format!(
            r#"
[[region]]
region = "{slug}"
time_zones = ["{zone}"]
language_regions = ["{subtag}"]
crisis_line = {{ resource = "{slug}-crisis", contacts = ["call", "text"] }}

[[region.emergency]]
number = "112"
note = "Police, fire and ambulance"
source = "https://example.org/emergency"
verified = 2026-11-29
"#
        ));
    }
    out
}

fn run_with(listings: &str, regions: &str) -> (Vec<RegionData>, Vec<String>) {
    let resources = resources(listings);
    let (mut problems, mut warnings) = (Vec::new(), Vec::new());
    let out = parse(Path::new(FILE_PATH), regions, &resources, TODAY, &mut problems, &mut warnings);
    (out, problems.iter().map(ToString::to_string).collect())
}

fn run(regions: &str) -> (Vec<RegionData>, Vec<String>) {
    run_with(&listings(), regions)
}

#[test]
fn accepts_good_regions() {
    let (out, p) = run(&good_regions());
    assert!(p.is_empty(), "{p:?}");
    assert_eq!(out.len(), COVERED.len());
    let uk = out.iter().find(|r| r.region == Region::Uk).unwrap();
    assert_eq!(uk.crisis_resource, "uk-crisis");
    assert_eq!(uk.crisis_contacts, [ContactType::Call, ContactType::Text]);
    assert_eq!(uk.emergency[0].number, "112");
    assert_eq!(uk.time_zones, ["Europe/London"]);
}

#[test]
fn errors_name_file_line_region_and_field() {
    let (_, p) = run(&good_regions().replace("region = \"uk\"", "region = \"scotland\""));
    assert!(
        p.iter().any(|x| x.starts_with("content/directory/regions.toml:")
            && x.contains(": entry `scotland`, field `region`: `scotland` is not a region")),
        "{p:?}"
    );
    // …and uk is now missing.
    assert!(p.iter().any(|x| x.contains("entry `uk`, field `region`: no [[region]] with region = \"uk\"")), "{p:?}");
}

#[test]
fn rejects_bad_regions() {
    let cases = [
        (good_regions().replace("region = \"uk\"", "region = \"international\""), "entry `international`, field `region`"),
        (
            good_regions().replace("resource = \"uk-crisis\"", "resource = \"uk-nowhere\""),
            "field `crisis_line.resource`: no listing has the id `uk-nowhere`",
        ),
        (
            good_regions().replace("resource = \"uk-crisis\"", "resource = \"uk-peer\""),
            "field `crisis_line.resource`: `uk-peer` is not marked `crisis = true`",
        ),
        (
            good_regions().replace("resource = \"uk-crisis\"", "resource = \"ireland-crisis\""),
            "field `crisis_line.resource`: `ireland-crisis` does not serve uk",
        ),
        (
            good_regions().replacen("contacts = [\"call\", \"text\"]", "contacts = [\"call\", \"chat\"]", 1),
            "field `crisis_line.contacts`: `us-crisis` has no `chat` contact",
        ),
        (
            good_regions().replacen("contacts = [\"call\", \"text\"]", "contacts = [\"ring\"]", 1),
            "field `crisis_line.contacts`: `ring` is not one of",
        ),
        (good_regions().replacen("number = \"112\"", "number = \"call 112\"", 1), "field `emergency.number`"),
        (good_regions().replacen("https://example.org/emergency", "example.org", 1), "field `emergency.source`"),
        (good_regions().replacen("verified = 2026-11-29", "verified = 2027-01-01", 1), "field `emergency.verified`"),
        (
            good_regions().replace("language_regions = [\"GB\"]", "language_regions = [\"gb\"]"),
            "field `language_regions`: `gb` is not a BCP 47 region subtag",
        ),
        (
            good_regions().replace("language_regions = [\"GB\"]", "language_regions = [\"IE\"]"),
            "field `language_regions`: `IE` is also listed under",
        ),
        (good_regions().replace("time_zones = [\"Europe/London\"]", "time_zones = [\"London\"]"), "field `time_zones`"),
        (good_regions().replace("time_zones = [\"Europe/London\"]", "time_zones = []"), "field `time_zones`"),
        (good_regions().replace("region = \"uk\"", "region = \"uk\"\nrating = 5"), "unknown field `rating`"),
    ];
    for (text, expected) in cases {
        let (_, p) = run(&text);
        assert!(p.iter().any(|x| x.contains(expected) && x.starts_with(FILE_PATH)), "{expected}: got {p:?}");
    }
}

#[test]
fn every_covered_region_needs_an_emergency_number() {
    // Drop the first region's [[region.emergency]] table.
    let text = good_regions();
    let start = text.find("[[region.emergency]]").unwrap();
    let end = start + text[start..].find("\n\n").unwrap();
    let (out, p) = run(&format!("{}{}", &text[..start], &text[end..]));
    assert!(p.iter().any(|x| x.contains("entry `us`, field `emergency`: list at least one emergency number")), "{p:?}");
    assert!(out.iter().all(|r| r.region != Region::Us));
}

#[test]
fn every_covered_region_needs_a_non_crisis_peer_option() {
    // New Zealand's only peer option becomes a crisis line; Ireland's a directory.
    let text = listings()
        .replace("id = \"new-zealand-peer\"\nname = \"new-zealand peer\"\norganization = \"Org\"\nkind = \"warmline\"\nanswered_by = \"peers\"\ncrisis = false", "id = \"new-zealand-peer\"\nname = \"new-zealand peer\"\norganization = \"Org\"\nkind = \"warmline\"\nanswered_by = \"peers\"\ncrisis = true")
        .replace("id = \"ireland-peer\"\nname = \"ireland peer\"\norganization = \"Org\"\nkind = \"warmline\"", "id = \"ireland-peer\"\nname = \"ireland peer\"\norganization = \"Org\"\nkind = \"directory\"");
    let (_, p) = run_with(&text, &good_regions());
    for slug in ["new-zealand", "ireland"] {
        assert!(
            p.iter().any(|x| x.contains(&format!("entry `{slug}`, field `region`: no non-crisis peer option (warmline, peer-run group, online community or peer-support app) serves {slug}"))),
            "{slug}: {p:?}"
        );
    }
    assert_eq!(p.len(), 2, "{p:?}");
}

// ---- The shipped regions.toml ----

fn shipped() -> (Vec<Resource>, Vec<RegionData>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/directory");
    let mut problems = Vec::new();
    let (directory, _) = crate::load_directory(&dir, crate::today(), &mut problems, &mut Vec::new());
    assert!(problems.is_empty(), "{}", problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"));
    (directory.resources, directory.regions)
}

fn leak<T>(v: Vec<T>) -> &'static [T] {
    Vec::leak(v)
}

/// The shipped regions as the app sees them (what codegen writes into REGIONS).
fn as_compiled(regions: &[RegionData]) -> Vec<RegionInfo> {
    let s = |x: &String| -> &'static str { String::leak(x.clone()) };
    regions
        .iter()
        .map(|r| RegionInfo {
            region: r.region,
            emergency: leak(
                r.emergency
                    .iter()
                    .map(|e| EmergencyNumber {
                        number: s(&e.number),
                        note: None,
                        source: s(&e.source),
                        verified: e.verified,
                        published: None,
                    })
                    .collect(),
            ),
            crisis_line: CrisisBarLine { resource: s(&r.crisis_resource), contacts: leak(r.crisis_contacts.clone()) },
            time_zones: leak(r.time_zones.iter().map(s).collect()),
            language_regions: leak(r.language_regions.iter().map(s).collect()),
        })
        .collect()
}

#[test]
fn the_shipped_regions_cover_every_country_with_an_emergency_number_and_a_peer_option() {
    let (resources, regions) = shipped();
    for region in covered() {
        let info = regions.iter().find(|r| r.region == region).unwrap_or_else(|| panic!("{} missing", region.slug()));
        assert!(!info.emergency.is_empty(), "{}", region.slug());
        assert!(resources.iter().any(|r| is_peer_option_for(r, region)), "{} has no non-crisis peer option", region.slug());
    }
    let numbers = |region: Region| -> Vec<String> {
        regions.iter().find(|r| r.region == region).unwrap().emergency.iter().map(|e| e.number.clone()).collect()
    };
    assert_eq!(numbers(Region::Us), ["911"]);
    assert_eq!(numbers(Region::Canada), ["911"]);
    assert_eq!(numbers(Region::Uk), ["999", "112"]);
    assert_eq!(numbers(Region::Ireland), ["112", "999"]);
    assert_eq!(numbers(Region::Australia), ["000"]);
    assert_eq!(numbers(Region::NewZealand), ["111"]);
    assert_eq!(numbers(Region::Mexico), ["911"]);
    assert_eq!(numbers(Region::Spain), ["112"]);
    assert_eq!(numbers(Region::Argentina), ["911"]);
    assert_eq!(numbers(Region::Colombia), ["123"]);
    assert_eq!(numbers(Region::Chile), ["131", "133", "132"]);
    assert_eq!(numbers(Region::Peru), ["106", "105", "116"]);
    assert_eq!(numbers(Region::India), ["112"]);
    assert_eq!(numbers(Region::SouthAfrica), ["10111", "10177", "112"]);
    assert_eq!(numbers(Region::Singapore), ["995", "999"]);
    assert_eq!(numbers(Region::Philippines), ["911"]);
}

#[test]
fn the_region_guess_places_every_zone_the_directory_uses_and_each_countrys_common_zones() {
    let (_, regions) = shipped();
    let regions = as_compiled(&regions);
    let expected: &[(&str, Region)] = &[
        // Every zone in kindred_core::tz::ZONES (checked below).
        ("America/New_York", Region::Us),
        ("America/Chicago", Region::Us),
        ("America/Denver", Region::Us),
        ("America/Phoenix", Region::Us),
        ("America/Los_Angeles", Region::Us),
        ("America/Anchorage", Region::Us),
        ("Pacific/Honolulu", Region::Us),
        ("America/Toronto", Region::Canada),
        ("America/Winnipeg", Region::Canada),
        ("America/Regina", Region::Canada),
        ("America/Edmonton", Region::Canada),
        ("America/Vancouver", Region::Canada),
        ("America/Halifax", Region::Canada),
        ("America/St_Johns", Region::Canada),
        ("Europe/London", Region::Uk),
        ("Europe/Dublin", Region::Ireland),
        ("Australia/Sydney", Region::Australia),
        ("Australia/Melbourne", Region::Australia),
        ("Australia/Hobart", Region::Australia),
        ("Australia/Adelaide", Region::Australia),
        ("Australia/Brisbane", Region::Australia),
        ("Australia/Darwin", Region::Australia),
        ("Australia/Perth", Region::Australia),
        ("Pacific/Auckland", Region::NewZealand),
        ("Europe/Madrid", Region::Spain),
        ("America/Mexico_City", Region::Mexico),
        ("America/Bogota", Region::Colombia),
        ("America/Lima", Region::Peru),
        ("America/Argentina/Buenos_Aires", Region::Argentina),
        ("America/Santiago", Region::Chile),
        ("Asia/Kolkata", Region::India),
        ("Africa/Johannesburg", Region::SouthAfrica),
        ("Asia/Singapore", Region::Singapore),
        ("Asia/Manila", Region::Philippines),
        // Other common zones of each covered country.
        ("America/Detroit", Region::Us),
        ("America/Indiana/Indianapolis", Region::Us),
        ("America/Kentucky/Louisville", Region::Us),
        ("America/Boise", Region::Us),
        ("America/Juneau", Region::Us),
        ("America/Adak", Region::Us),
        ("America/Moncton", Region::Canada),
        ("America/Whitehorse", Region::Canada),
        ("America/Yellowknife", Region::Canada),
        ("America/Iqaluit", Region::Canada),
        ("America/Montreal", Region::Canada),
        ("Europe/Belfast", Region::Uk),
        ("Australia/Canberra", Region::Australia),
        ("Australia/Lord_Howe", Region::Australia),
        ("Australia/Broken_Hill", Region::Australia),
        ("Pacific/Chatham", Region::NewZealand),
        ("America/Cancun", Region::Mexico),
        ("America/Tijuana", Region::Mexico),
        ("America/Monterrey", Region::Mexico),
        ("Atlantic/Canary", Region::Spain),
        ("Africa/Ceuta", Region::Spain),
        ("America/Argentina/Cordoba", Region::Argentina),
        ("America/Buenos_Aires", Region::Argentina),
        ("Pacific/Easter", Region::Chile),
        ("America/Punta_Arenas", Region::Chile),
        ("Asia/Calcutta", Region::India),
    ];
    for (zone, region) in expected {
        assert_eq!(guess(zone, "", &regions), Some(*region), "{zone}");
        // The time zone wins over a language that names another region.
        assert_eq!(guess(zone, "en-US", &regions), Some(*region), "{zone} with en-US");
    }
    for zone in kindred_core::tz::ZONES.iter().filter(|z| z.name != "UTC") {
        assert!(expected.iter().any(|(z, _)| *z == zone.name), "add {} to this test", zone.name);
    }
    // Language alone, when the zone says nothing about place.
    for (tag, region) in [
        ("en-GB", Region::Uk),
        ("cy-GB", Region::Uk),
        ("en-AU", Region::Australia),
        ("fr-CA", Region::Canada),
        ("en-CA", Region::Canada),
        ("en-US", Region::Us),
        ("es-US", Region::Us),
        ("en-IE", Region::Ireland),
        ("ga-IE", Region::Ireland),
        ("en-NZ", Region::NewZealand),
        ("mi-NZ", Region::NewZealand),
        ("es-MX", Region::Mexico),
        ("es-ES", Region::Spain),
        ("ca-ES", Region::Spain),
        ("es-AR", Region::Argentina),
        ("es-CO", Region::Colombia),
        ("es-CL", Region::Chile),
        ("es-PE", Region::Peru),
        ("en-IN", Region::India),
        ("hi-IN", Region::India),
        ("en-ZA", Region::SouthAfrica),
        ("en-SG", Region::Singapore),
        ("en-PH", Region::Philippines),
        ("fil-PH", Region::Philippines),
    ] {
        assert_eq!(guess("UTC", tag, &regions), Some(region), "{tag}");
        assert_eq!(guess("", tag, &regions), Some(region), "{tag}");
    }
    // Somewhere we don't cover.
    assert_eq!(guess("Europe/Paris", "fr-FR", &regions), None);
    assert_eq!(guess("Europe/Paris", "en-GB", &regions), None);
    assert_eq!(guess("UTC", "fr-FR", &regions), None);
    assert_eq!(guess("UTC", "en", &regions), None);
}
