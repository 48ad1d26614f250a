//! The editor's worklist (`cargo xtask verify`): every dated fact in the directory — each
//! contact, each hours entry, each caution and each emergency number — with its source. First the
//! facts whose source page is dated over three years ago (replace it with the organisation's
//! current page where one exists), oldest page first; then every fact, grouped by listing (or
//! region), oldest check first, so the facts most in need of re-checking come first.

use std::fmt::Write;
use std::path::Path;

use crate::directory::{Hours, Published, OLD_SOURCE_AFTER_DAYS};
use crate::regions;
use crate::Directory;
use kindred_core::date::Date;

/// Facts verified longer ago than this many days are marked for re-checking (the build warns too).
pub const STALE_AFTER_DAYS: i64 = 365;

/// One dated fact and the page that states it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fact {
    /// What the fact is, e.g. `call 116 123` or `hours: 24/7`.
    pub what: String,
    pub source: String,
    pub verified: Date,
    /// The source page's own date, where it shows one.
    pub published: Option<Published>,
}

impl Fact {
    /// Whether the source page is dated more than three years before `today`.
    pub fn old_source(&self, today: Date) -> bool {
        self.published.is_some_and(|p| today.days_since_epoch() - p.latest().days_since_epoch() > OLD_SOURCE_AFTER_DAYS)
    }
}

/// The facts of one listing, or of one region in regions.toml.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// The file name, e.g. `uk.toml`.
    pub file: String,
    /// The listing id, or the region slug.
    pub id: String,
    /// Oldest first.
    pub facts: Vec<Fact>,
}

impl Group {
    pub fn oldest(&self) -> Option<Date> {
        self.facts.first().map(|f| f.verified)
    }
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

/// Every fact of `dir`, grouped by listing or region; groups with the oldest fact first.
pub fn groups(dir: &Directory) -> Vec<Group> {
    let mut out = Vec::new();
    for r in &dir.resources {
        let hours = match &r.hours {
            Hours::Always => "hours: 24/7".to_owned(),
            Hours::Varies => "hours: varies".to_owned(),
            Hours::Weekly { zone, periods } => format!("hours: {} weekly period(s), {zone}", periods.len()),
        };
        let mut facts =
            vec![Fact { what: hours, source: r.hours_source.clone(), verified: r.hours_verified, published: r.hours_published }];
        for c in &r.contacts {
            let what = match &c.keyword {
                Some(k) => format!("{} {k} to {}", c.kind.slug(), c.value),
                None => format!("{} {}", c.kind.slug(), c.value),
            };
            facts.push(Fact { what, source: c.source.clone(), verified: c.verified, published: c.published });
        }
        if let Some(c) = &r.caution {
            facts.push(Fact { what: "caution".into(), source: c.source.clone(), verified: c.verified, published: c.published });
        }
        out.push(Group { file: file_name(&r.file), id: r.id.clone(), facts });
    }
    for region in &dir.regions {
        let facts = region
            .emergency
            .iter()
            .map(|e| Fact {
                what: format!("emergency number {}", e.number),
                source: e.source.clone(),
                verified: e.verified,
                published: e.published,
            })
            .collect();
        out.push(Group { file: regions::FILE.into(), id: region.region.slug().into(), facts });
    }
    for g in &mut out {
        // Stable: facts of the same date keep the order they are written in.
        g.facts.sort_by_key(|f| f.verified);
    }
    out.sort_by(|a, b| a.oldest().cmp(&b.oldest()).then_with(|| a.file.cmp(&b.file)).then_with(|| a.id.cmp(&b.id)));
    out
}

/// The worklist as text: one block per listing, each fact with its date, age and source.
pub fn render(groups: &[Group], today: Date) -> String {
    let facts: usize = groups.iter().map(|g| g.facts.len()).sum();
    let age = |d: Date| today.days_since_epoch() - d.days_since_epoch();
    let stale = groups.iter().flat_map(|g| &g.facts).filter(|f| age(f.verified) > STALE_AFTER_DAYS).count();
    let mut old: Vec<(&Group, &Fact)> =
        groups.iter().flat_map(|g| g.facts.iter().map(move |f| (g, f))).filter(|(_, f)| f.old_source(today)).collect();
    old.sort_by_key(|(g, f)| (f.published, g.file.clone(), g.id.clone()));
    let mut out = format!(
        "{facts} facts in {} listings and regions (today {today}; {stale} verified more than 12 months ago; {} from a source page over 3 years old).\n\
         Re-check each at its source; see \"Re-verifying a fact\" in README.md.\n",
        groups.len(),
        old.len()
    );
    if !old.is_empty() {
        let _ = writeln!(
            out,
            "\nSources over 3 years old, oldest page first: replace each with the organisation's current page if it has one."
        );
        for (g, f) in &old {
            let published = f.published.map(|p| p.to_string()).unwrap_or_default();
            let _ = writeln!(out, "  {}  {}  source from {published}: {}\n      {}", g.file, g.id, f.what, f.source);
        }
        let _ = writeln!(out, "\nEvery fact, oldest check first:");
    }
    for g in groups {
        let _ = writeln!(out, "\n{}  {}", g.file, g.id);
        for f in &g.facts {
            let days = age(f.verified);
            let flag = if days > STALE_AFTER_DAYS { "  RE-CHECK" } else { "" };
            let from = f.published.map(|p| format!("  (source from {p})")).unwrap_or_default();
            let _ = writeln!(out, "  {}  {days:>4} days  {}{from}{flag}\n      {}", f.verified, f.what, f.source);
        }
    }
    out
}

/// Loads `content/directory/` and renders its worklist, or the problems that stop it loading.
pub fn for_directory(dir: &Path, today: Date) -> Result<String, Vec<crate::Problem>> {
    let mut problems = Vec::new();
    let (directory, _) = crate::load_directory(dir, today, &mut problems, &mut Vec::new());
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(render(&groups(&directory), today))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::{Contact, Resource};
    use crate::regions::{Emergency, RegionData};
    use kindred_core::model::{AnsweredBy, ContactType, Cost, Kind, Region, Status, Topic};

    fn resource(id: &str, hours: Date, contact: Date) -> Resource {
        Resource {
            id: id.into(),
            name: id.into(),
            organization: "Org".into(),
            kind: Kind::Warmline,
            answered_by: AnsweredBy::Peers,
            crisis: false,
            status: Status::Active,
            areas: vec!["GB".into()],
            languages: vec!["en".into()],
            cost: Cost::Free,
            audiences: vec![],
            topics: vec![Topic::General],
            description: "d".into(),
            what_to_expect: vec!["w".into()],
            hours: Hours::Always,
            hours_note: None,
            hours_source: format!("https://example.org/{id}/hours"),
            hours_verified: hours,
            hours_published: None,
            contacts: vec![Contact {
                kind: ContactType::Text,
                value: "85258".into(),
                keyword: Some("SHOUT".into()),
                label: None,
                label_es: None,
                note: None,
                lang: None,
                source: format!("https://example.org/{id}/text"),
                verified: contact,
                published: None,
            }],
            caution: None,
            file: "content/directory/uk.toml".into(),
            raw: Default::default(),
        }
    }

    #[test]
    fn oldest_facts_first_grouped_by_listing() {
        let dir = Directory {
            resources: vec![
                resource("newer", Date::new(2026, 11, 1), Date::new(2026, 11, 2)),
                resource("older", Date::new(2026, 6, 1), Date::new(2025, 1, 1)),
            ],
            regions: vec![RegionData {
                region: Region::Uk,
                emergency: vec![Emergency {
                    number: "999".into(),
                    note: None,
                    source: "https://example.org/999".into(),
                    verified: Date::new(2026, 3, 1),
                    published: None,
                }],
                crisis_resource: "x".into(),
                crisis_contacts: vec![ContactType::Call],
                time_zones: vec!["Europe/London".into()],
                language_regions: vec!["GB".into()],
            }],
        };
        let g = groups(&dir);
        let order: Vec<&str> = g.iter().map(|g| g.id.as_str()).collect();
        assert_eq!(order, ["older", "uk", "newer"]);
        assert_eq!(g[0].facts[0].what, "text SHOUT to 85258");
        assert_eq!(g[0].facts[1].what, "hours: 24/7");
        assert_eq!(g[1].file, "regions.toml");
        let text = render(&g, Date::new(2026, 11, 29));
        assert!(text.starts_with("5 facts in 3 listings and regions"), "{text}");
        assert!(text.contains("1 verified more than 12 months ago"), "{text}");
        assert!(
            text.contains("uk.toml  older\n  2025-01-01   697 days  text SHOUT to 85258  RE-CHECK\n      https://example.org/older/text\n"),
            "{text}"
        );
        assert!(
            text.contains("regions.toml  uk\n  2026-03-01   273 days  emergency number 999\n      https://example.org/999\n"),
            "{text}"
        );
    }
}
