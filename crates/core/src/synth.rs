//! Synthetic directories of any size, for benchmarks (host and browser). Deterministic: the same
//! `n` and `seed` give the same directory. The text is drawn from the real vocabulary so word
//! frequencies resemble the shipped data.

use crate::date::Date;
use crate::model::*;
use crate::tz::ZoneId;

const WORDS: &[&str] = &[
    "peer",
    "support",
    "line",
    "warmline",
    "crisis",
    "listening",
    "group",
    "community",
    "recovery",
    "hope",
    "talk",
    "text",
    "chat",
    "call",
    "night",
    "weekend",
    "friendly",
    "volunteers",
    "lived",
    "experience",
    "anxiety",
    "depression",
    "voices",
    "family",
    "carers",
    "youth",
    "veterans",
    "online",
    "local",
    "meeting",
    "weekly",
    "free",
    "confidential",
    "trained",
    "listeners",
    "mental",
    "health",
    "wellbeing",
    "network",
    "center",
    "centre",
    "alliance",
    "project",
    "connection",
    "circle",
    "space",
    "respite",
    "house",
    "coaching",
    "navigation",
    "helpline",
    "bipolar",
    "loneliness",
    "grief",
    "stress",
    "students",
    "parents",
    "women",
    "men",
    "elders",
    "rural",
    "city",
    "county",
    "state",
    "region",
    "north",
    "south",
    "east",
    "west",
    "valley",
];
const PLACES: &[&str] = &[
    "Springfield",
    "Riverton",
    "Lakeside",
    "Fairview",
    "Georgetown",
    "Kingston",
    "Ashford",
    "Brookfield",
    "Clearwater",
    "Dunmore",
    "Eastwood",
    "Glenrock",
    "Harbour",
    "Irvington",
    "Juniper",
    "Kilbride",
    "Linwood",
    "Maple",
    "Newbury",
    "Oakridge",
    "Pinecrest",
    "Queensbury",
    "Rosedale",
    "Stonebridge",
    "Thornton",
    "Union",
    "Verona",
    "Waverly",
    "Yarmouth",
    "Zephyr",
];
const AREAS: &[&str] = &["US", "US-CA", "US-NY", "GB", "CA", "AU", "IE", "NZ", "WORLD"];
const LANGS: &[&str] = &["en", "es", "fr", "mi", "ga", "zh", "ar", "vi"];
const PERIODS: &[Period] = &[Period { days: 0b0001_1111, opens: 600, closes: 1320 }];
const NIGHTS: &[Period] = &[Period { days: 0b0111_1111, opens: 1080, closes: 120 }];

/// A small deterministic generator (SplitMix64).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

fn leak<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}
fn leak_str(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// `n` synthetic resources. Memory is leaked on purpose: the directory lives for the program.
pub fn directory(n: usize, seed: u64) -> Vec<Resource> {
    let mut rng = Rng(seed);
    let verified = Date::new(2026, 11, 1);
    let ny = ZoneId::by_name("America/New_York").expect("zone");
    (0..n)
        .map(|i| {
            let sentence = |k: usize, rng: &mut Rng| (0..k).map(|_| *rng.pick(WORDS)).collect::<Vec<_>>().join(" ");
            let place = *rng.pick(PLACES);
            let name = leak_str(format!("{place} {} {} {i}", rng.pick(WORDS), rng.pick(&["Line", "Group", "Network", "Circle"])));
            let kind = *rng.pick(Kind::ALL);
            let contact_kind = *rng.pick(&[ContactType::Call, ContactType::Text, ContactType::Chat, ContactType::Website]);
            let value = match contact_kind {
                ContactType::Call | ContactType::Text => leak_str(format!("1-800-{:03}-{:04}", rng.below(1000), rng.below(10_000))),
                _ => leak_str(format!("https://example.org/{i}")),
            };
            let schedule = match rng.below(3) {
                0 => Schedule::Always,
                1 => Schedule::Weekly { zone: ny, periods: PERIODS },
                _ => Schedule::Weekly { zone: ny, periods: NIGHTS },
            };
            let description = leak_str(sentence(10, &mut rng));
            Resource {
                id: leak_str(format!("synthetic-{i}")),
                name,
                organization: leak_str(format!("{place} {}", rng.pick(&["Peer Alliance", "Recovery Network", "Mental Health Project"]))),
                kind,
                answered_by: *rng.pick(AnsweredBy::ALL),
                crisis: rng.below(3) == 0,
                status: Status::Active,
                areas: leak(vec![*rng.pick(AREAS)]),
                languages: leak(vec!["en", *rng.pick(LANGS)]),
                cost: *rng.pick(Cost::ALL),
                audiences: leak(if rng.below(2) == 0 { vec![*rng.pick(Audience::ALL)] } else { vec![] }),
                topics: leak(vec![*rng.pick(Topic::ALL), *rng.pick(Topic::ALL)]),
                description,
                what_to_expect: leak(vec![leak_str(sentence(8, &mut rng))]),
                hours: Hours { schedule, note: None, source: "https://example.org/", verified, published: None },
                contacts: leak(vec![Contact {
                    kind: contact_kind,
                    value,
                    keyword: None,
                    label: None,
                    note: None,
                    lang: None,
                    source: "https://example.org/",
                    verified,
                    published: None,
                }]),
                caution: None,
            }
        })
        .collect()
}
