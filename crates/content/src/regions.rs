//! `content/directory/regions.toml`: per covered region, its emergency numbers, the crisis line
//! the crisis bar shows, and the time zones and language region subtags that suggest it (see
//! SCHEMA.md). Checked against the loaded directory: every region is present, every crisis line
//! is a real crisis listing serving that region, and every region has an emergency number and at
//! least one non-crisis peer option. Each problem names the file, the region and the field.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::directory::{check_date, check_published, check_source, is_phone, Resource};
use crate::{line_of, Problem};
use kindred_core::date::Date;
use kindred_core::model::{ContactType, Kind, Region, Status};

/// The file's name inside `content/directory/`; the directory loader skips it.
pub const FILE: &str = "regions.toml";

/// Kinds that count as a non-crisis peer option for a region.
pub const PEER_KINDS: [Kind; 4] = [Kind::Warmline, Kind::PeerRunGroup, Kind::OnlineCommunity, Kind::PeerSupportApp];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileEntries {
    #[serde(default)]
    region: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    region: String,
    #[serde(default)]
    emergency: Vec<EmergencyEntry>,
    crisis_line: CrisisLineEntry,
    time_zones: Vec<String>,
    language_regions: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EmergencyEntry {
    number: String,
    note: Option<String>,
    source: String,
    verified: toml::value::Datetime,
    published: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CrisisLineEntry {
    resource: String,
    contacts: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Emergency {
    pub number: String,
    pub note: Option<String>,
    pub source: String,
    pub verified: Date,
    pub published: Option<crate::directory::Published>,
}

/// A validated region, ready for code generation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegionData {
    pub region: Region,
    pub emergency: Vec<Emergency>,
    pub crisis_resource: String,
    pub crisis_contacts: Vec<ContactType>,
    pub time_zones: Vec<String>,
    pub language_regions: Vec<String>,
}

/// The regions regions.toml must describe: every region but `international`.
pub fn covered() -> impl Iterator<Item = Region> {
    Region::ALL.iter().copied().filter(|r| *r != Region::International)
}

/// Whether `r` is a non-crisis peer option (warmline, peer-run group, online community or
/// peer-support app) that serves `region`.
pub fn is_peer_option_for(r: &Resource, region: Region) -> bool {
    !r.crisis && r.status == Status::Active && PEER_KINDS.contains(&r.kind) && r.areas.iter().any(|a| Region::of_area(a) == Some(region))
}

/// `Area/Location` (letters, digits, `_`, `-`, `+`), as in the IANA database.
fn is_zone_name(s: &str) -> bool {
    s.contains('/')
        && s.split('/').all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'+')))
}

/// A BCP 47 region subtag: two capital letters (`GB`) or three digits (`419`).
fn is_region_subtag(s: &str) -> bool {
    (s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase())) || (s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit()))
}

/// Validates the text of regions.toml against the loaded `resources`.
pub fn parse(
    file: &Path,
    text: &str,
    resources: &[Resource],
    today: Date,
    problems: &mut Vec<Problem>,
    warnings: &mut Vec<Problem>,
) -> Vec<RegionData> {
    let parsed: FileEntries = match toml::from_str(text) {
        Ok(f) => f,
        Err(e) => {
            let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(1);
            let mut p = Problem::new(file, e.message().to_owned()).at_line(line);
            p.entry = e.span().and_then(|s| region_around(text, s.start));
            problems.push(p);
            return Vec::new();
        }
    };
    let by_id: HashMap<&str, &Resource> = resources.iter().map(|r| (r.id.as_str(), r)).collect();
    let mut seen_regions: HashMap<Region, ()> = HashMap::new();
    let mut seen_subtags: HashMap<String, String> = HashMap::new();
    let mut out = Vec::new();
    for e in parsed.region {
        let line = text.find(&format!("region = \"{}\"", e.region)).map(|at| line_of(text, at));
        let before = problems.len();
        let mut err = |field: &str, msg: String| {
            let mut p = Problem::new(file, msg).entry(&e.region).field(field);
            p.line = line;
            problems.push(p);
        };
        let region = match Region::from_slug(&e.region) {
            Some(Region::International) => {
                err("region", "`international` has no emergency number or crisis bar of its own; list only covered regions".into());
                None
            }
            Some(r) => {
                if seen_regions.insert(r, ()).is_some() {
                    err("region", "this region is described twice".into());
                }
                Some(r)
            }
            None => {
                err(
                    "region",
                    format!("`{}` is not a region: use one of {}", e.region, covered().map(Region::slug).collect::<Vec<_>>().join(", ")),
                );
                None
            }
        };

        // Emergency numbers.
        if e.emergency.is_empty() {
            err("emergency", "list at least one emergency number ([[region.emergency]] with number, source, verified)".into());
        }
        let mut emergency = Vec::new();
        for n in &e.emergency {
            if !is_phone(&n.number) || !n.number.bytes().all(|b| b.is_ascii_digit()) {
                err("emergency.number", format!("`{}` must be the number as dialled, digits only (e.g. 999)", n.number));
            }
            check_source(&n.source, "emergency.source", &mut err, warnings, file, &e.region, line);
            let published =
                check_published(n.published.as_deref(), today, "emergency.published", &mut err, warnings, file, &e.region, line);
            if let Some(verified) = check_date(&n.verified, today, "emergency.verified", &mut err, warnings, file, &e.region, line) {
                emergency.push(Emergency { number: n.number.clone(), note: n.note.clone(), source: n.source.clone(), verified, published });
            }
        }

        // The crisis line for the crisis bar.
        let mut crisis_contacts = Vec::new();
        match by_id.get(e.crisis_line.resource.as_str()) {
            None => err("crisis_line.resource", format!("no listing has the id `{}`", e.crisis_line.resource)),
            Some(r) => {
                if !r.crisis {
                    err("crisis_line.resource", format!("`{}` is not marked `crisis = true`", r.id));
                }
                if let Some(region) = region {
                    if !r.areas.iter().any(|a| Region::of_area(a) == Some(region)) {
                        err(
                            "crisis_line.resource",
                            format!("`{}` does not serve {} (its areas are {})", r.id, region.slug(), r.areas.join(", ")),
                        );
                    }
                }
                if e.crisis_line.contacts.is_empty() {
                    err("crisis_line.contacts", "list which contacts to show, e.g. [\"call\", \"text\"]".into());
                }
                for slug in &e.crisis_line.contacts {
                    match ContactType::from_slug(slug) {
                        None => err(
                            "crisis_line.contacts",
                            format!("`{slug}` is not one of: {}", ContactType::ALL.iter().map(|c| c.slug()).collect::<Vec<_>>().join(", ")),
                        ),
                        Some(kind) if !r.contacts.iter().any(|c| c.kind == kind) => {
                            err("crisis_line.contacts", format!("`{}` has no `{slug}` contact", r.id))
                        }
                        Some(kind) if crisis_contacts.contains(&kind) => err("crisis_line.contacts", format!("`{slug}` is listed twice")),
                        Some(kind) => crisis_contacts.push(kind),
                    }
                }
            }
        }

        // What suggests the region.
        if e.time_zones.is_empty() {
            err("time_zones", "list at least one IANA time zone (e.g. \"Europe/London\")".into());
        }
        for z in &e.time_zones {
            if !is_zone_name(z) {
                err("time_zones", format!("`{z}` is not an IANA time zone name like \"Area/Location\""));
            }
        }
        for s in &e.language_regions {
            if !is_region_subtag(s) {
                err("language_regions", format!("`{s}` is not a BCP 47 region subtag (two capital letters like \"GB\", or three digits)"));
            } else if let Some(other) = seen_subtags.insert(s.clone(), e.region.clone()) {
                err("language_regions", format!("`{s}` is also listed under `{other}`; a subtag can suggest only one region"));
            }
        }

        // A covered region needs somewhere to turn that is not a crisis line.
        if let Some(region) = region {
            if !resources.iter().any(|r| is_peer_option_for(r, region)) {
                err(
                    "region",
                    format!(
                        "no non-crisis peer option (warmline, peer-run group, online community or peer-support app) serves {}; add one to content/directory/",
                        region.slug()
                    ),
                );
            }
        }

        if problems.len() > before {
            continue;
        }
        if let Some(region) = region {
            out.push(RegionData {
                region,
                emergency,
                crisis_resource: e.crisis_line.resource.clone(),
                crisis_contacts,
                time_zones: e.time_zones.clone(),
                language_regions: e.language_regions.clone(),
            });
        }
    }
    for region in covered() {
        if !seen_regions.contains_key(&region) {
            problems.push(
                Problem::new(
                    file,
                    format!(
                        "no [[region]] with region = \"{}\": every covered region needs its emergency numbers and crisis line",
                        region.slug()
                    ),
                )
                .entry(region.slug())
                .field("region"),
            );
        }
    }
    out.sort_by_key(|r| r.region);
    out
}

/// The region slug of the `[[region]]` table containing byte `pos`.
fn region_around(text: &str, pos: usize) -> Option<String> {
    let pos = pos.min(text.len());
    let start = text[..pos].rfind("[[region]]")?;
    let at = text[start..].find("\nregion = \"")? + start;
    text[at + 11..].split('"').next().map(str::to_owned)
}

/// Loads `dir/regions.toml` and checks it against `resources`.
pub fn load(
    dir: &Path,
    resources: &[Resource],
    today: Date,
    problems: &mut Vec<Problem>,
    inputs: &mut Vec<PathBuf>,
) -> (Vec<RegionData>, Vec<Problem>) {
    let file = dir.join(FILE);
    inputs.push(file.clone());
    let mut warnings = Vec::new();
    match std::fs::read_to_string(&file) {
        Ok(text) => (parse(&file, &text, resources, today, problems, &mut warnings), warnings),
        Err(e) => {
            problems.push(Problem::new(&file, format!("cannot read: {e} (every covered region needs its emergency numbers here)")));
            (Vec::new(), warnings)
        }
    }
}

#[cfg(test)]
mod tests;
