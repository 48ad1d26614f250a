//! A guess at which covered region a visitor is in, from what the browser reports about the
//! device (its IANA time zone and its preferred language tag), so the crisis bar can show the
//! right emergency number and crisis line without asking or sending anything anywhere.
//!
//! The time zone decides first: it follows where the device is set up, which is a stronger
//! sign than a language setting (many people keep `en-US` wherever they live). The language
//! tag's region subtag (`en-GB`, `fr-CA`) breaks a tie between regions that list the same zone,
//! and is used alone only when the time zone says nothing about place (empty, `UTC`, `Etc/…`,
//! as privacy-hardened browsers report). A specific zone that no region lists (e.g.
//! `Europe/Paris`) gives no guess: the visitor is probably somewhere we don't cover.

use serde::{Deserialize, Serialize};

use crate::model::{Region, RegionInfo};

/// Where the visitor's own choice of region is kept on the device.
pub const CHOICE_KEY: &str = "kindred.region";

/// The stored choice: `{"v":1,"region":"uk"}`. Unknown fields are ignored (the choice is
/// rewritten only when the person chooses again).
#[derive(Serialize, Deserialize)]
struct Choice {
    v: u64,
    region: String,
}

/// Reads a stored choice (`Region::International` means "somewhere else"); anything unreadable,
/// from a newer version, or naming a region this version doesn't know counts as no choice (and
/// is left in place).
pub fn decode_choice(raw: Option<&str>) -> Option<Region> {
    let choice: Choice = serde_json::from_str(raw?).ok()?;
    (choice.v == 1).then(|| Region::from_slug(&choice.region)).flatten()
}

pub fn encode_choice(region: Region) -> String {
    serde_json::to_string(&Choice { v: 1, region: region.slug().to_owned() }).unwrap_or_default()
}

/// The region `time_zone` and `language` suggest, or `None` when they suggest none we cover.
pub fn guess(time_zone: &str, language: &str, regions: &[RegionInfo]) -> Option<Region> {
    let subtag = language_region(language);
    let by_language = |info: &RegionInfo| subtag.is_some_and(|s| info.language_regions.iter().any(|r| r.eq_ignore_ascii_case(s)));
    let zone = time_zone.trim();
    if says_nothing_about_place(zone) {
        return regions.iter().find(|info| by_language(info)).map(|info| info.region);
    }
    let by_zone: Vec<&RegionInfo> = regions.iter().filter(|info| info.time_zones.iter().any(|z| z.eq_ignore_ascii_case(zone))).collect();
    match by_zone.as_slice() {
        [] => None,
        [only] => Some(only.region),
        several => several.iter().find(|info| by_language(info)).or(several.first()).map(|info| info.region),
    }
}

/// The region subtag of a BCP 47 language tag: `GB` in `en-GB`, `CA` in `fr_CA`, `TW` in
/// `zh-Hant-TW`, `419` in `es-419`. `None` when the tag has none (`en`, `fr`).
pub fn language_region(tag: &str) -> Option<&str> {
    let mut parts = tag.trim().split(['-', '_']);
    let language = parts.next()?;
    if !(2..=8).contains(&language.len()) || !language.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    for part in parts {
        match part.len() {
            // Extended language (`zh-yue`) or script (`Hant`): keep looking.
            3 if part.bytes().all(|b| b.is_ascii_alphabetic()) => continue,
            4 if part.bytes().all(|b| b.is_ascii_alphabetic()) => continue,
            2 if part.bytes().all(|b| b.is_ascii_alphabetic()) => return Some(part),
            3 if part.bytes().all(|b| b.is_ascii_digit()) => return Some(part),
            // A variant or extension: there is no region subtag before it.
            _ => return None,
        }
    }
    None
}

/// Zones that tell us nothing about where the device is.
fn says_nothing_about_place(zone: &str) -> bool {
    zone.is_empty()
        || ["UTC", "GMT", "UCT", "Zulu", "Universal", "Etc/UTC", "Etc/GMT", "Etc/UCT", "Etc/Universal", "Etc/Zulu"]
            .iter()
            .any(|z| z.eq_ignore_ascii_case(zone))
        || zone.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("Etc/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_choice_round_trips_and_junk_is_no_choice() {
        for r in [Region::Us, Region::Uk, Region::Canada, Region::Australia, Region::Ireland, Region::NewZealand] {
            assert_eq!(decode_choice(Some(&encode_choice(r))), Some(r));
        }
        assert_eq!(decode_choice(None), None);
        assert_eq!(decode_choice(Some("not json")), None);
        assert_eq!(decode_choice(Some(r#"{"v":2,"region":"uk"}"#)), None, "a newer version's choice is not guessed at");
        assert_eq!(decode_choice(Some(r#"{"v":1,"region":"mars"}"#)), None);
        assert_eq!(decode_choice(Some(r#"{"v":1,"region":"international"}"#)), Some(Region::International), "somewhere else");
        assert_eq!(decode_choice(Some(r#"{"v":1,"region":"ie","extra":true}"#)), None, "slugs, not country codes");
        assert_eq!(decode_choice(Some(r#"{"v":1,"region":"ireland","extra":true}"#)), Some(Region::Ireland));
    }
    use crate::date::Date;
    use crate::model::{ContactType, CrisisBarLine, EmergencyNumber};

    const D: Date = Date::new(2026, 11, 29);
    const EMERGENCY: &[EmergencyNumber] =
        &[EmergencyNumber { number: "112", note: None, source: "https://example.org/", verified: D, published: None }];

    const fn info(region: Region, time_zones: &'static [&'static str], language_regions: &'static [&'static str]) -> RegionInfo {
        RegionInfo {
            region,
            emergency: EMERGENCY,
            crisis_line: CrisisBarLine { resource: "x", contacts: &[ContactType::Call] },
            time_zones,
            language_regions,
        }
    }

    /// A small table with one shared zone, to test the tie-break.
    const REGIONS: &[RegionInfo] = &[
        info(Region::Uk, &["Europe/London", "Europe/Belfast", "Shared/Zone"], &["GB"]),
        info(Region::Ireland, &["Europe/Dublin", "Shared/Zone"], &["IE"]),
        info(Region::Canada, &["America/Toronto"], &["CA"]),
        info(Region::Us, &["America/New_York"], &["US"]),
    ];

    #[test]
    fn time_zone_decides_first() {
        assert_eq!(guess("Europe/London", "en-US", REGIONS), Some(Region::Uk));
        assert_eq!(guess("Europe/Dublin", "en-GB", REGIONS), Some(Region::Ireland));
        assert_eq!(guess("America/Toronto", "", REGIONS), Some(Region::Canada));
        assert_eq!(guess(" america/new_york ", "fr", REGIONS), Some(Region::Us));
    }

    #[test]
    fn language_breaks_a_tie_between_regions_sharing_a_zone() {
        assert_eq!(guess("Shared/Zone", "en-IE", REGIONS), Some(Region::Ireland));
        assert_eq!(guess("Shared/Zone", "en-GB", REGIONS), Some(Region::Uk));
        // No useful language: the first region listing the zone.
        assert_eq!(guess("Shared/Zone", "en", REGIONS), Some(Region::Uk));
    }

    #[test]
    fn language_alone_only_when_the_zone_says_nothing_about_place() {
        for zone in ["", "UTC", "Etc/UTC", "etc/gmt", "Etc/GMT+5", "GMT"] {
            assert_eq!(guess(zone, "fr-CA", REGIONS), Some(Region::Canada), "{zone}");
            assert_eq!(guess(zone, "en", REGIONS), None, "{zone}");
        }
        // A real zone nobody covers: no guess, even with a covered language region.
        assert_eq!(guess("Europe/Paris", "en-US", REGIONS), None);
        assert_eq!(guess("Asia/Tokyo", "en-GB", REGIONS), None);
    }

    #[test]
    fn language_region_subtags() {
        assert_eq!(language_region("en-GB"), Some("GB"));
        assert_eq!(language_region("fr_CA"), Some("CA"));
        assert_eq!(language_region("zh-Hant-TW"), Some("TW"));
        assert_eq!(language_region("es-419"), Some("419"));
        assert_eq!(language_region("yue-HK"), Some("HK"));
        assert_eq!(language_region("zh-yue-HK"), Some("HK"));
        assert_eq!(language_region("en"), None);
        assert_eq!(language_region("de-1996"), None);
        assert_eq!(language_region(""), None);
        assert_eq!(language_region("x-GB"), None);
    }

    #[test]
    fn case_of_the_subtag_does_not_matter() {
        assert_eq!(guess("UTC", "en-gb", REGIONS), Some(Region::Uk));
    }
}
