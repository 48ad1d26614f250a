use super::*;
use crate::date::Date;
use crate::model::*;

const D: Date = Date::new(2026, 11, 25);
const SRC: &str = "https://example.org/";

const fn contact(kind: ContactType, value: &'static str, keyword: Option<&'static str>) -> Contact {
    Contact { kind, value, keyword, label: None, note: None, lang: None, source: SRC, verified: D }
}

const ALWAYS: Hours = Hours { schedule: Schedule::Always, note: None, source: SRC, verified: D };

const BASE: Resource = Resource {
    id: "x",
    name: "x",
    organization: "Org",
    kind: Kind::CrisisLine,
    answered_by: AnsweredBy::Volunteers,
    crisis: true,
    status: Status::Active,
    areas: &["US"],
    languages: &["en"],
    cost: Cost::Free,
    audiences: &[],
    topics: &[],
    description: "",
    what_to_expect: &[],
    hours: ALWAYS,
    contacts: &[],
    caution: None,
};

const FIXTURES: &[Resource] = &[
    Resource {
        id: "warm",
        name: "California Peer-Run Warm Line",
        kind: Kind::Warmline,
        answered_by: AnsweredBy::Peers,
        crisis: false,
        areas: &["US-CA"],
        description: "Peers who have been there listen, any time.",
        contacts: &[contact(ContactType::Call, "(855) 845-7415", None), contact(ContactType::Text, "855-845-7415", None)],
        ..BASE
    },
    Resource {
        id: "trevor",
        name: "The Trevor Project",
        audiences: &[Audience::Lgbtq, Audience::Youth],
        description: "Crisis support for LGBTQ+ young people.",
        contacts: &[contact(ContactType::Text, "678678", Some("START"))],
        ..BASE
    },
    Resource {
        id: "vcl",
        name: "Veterans Crisis Line",
        audiences: &[Audience::Veterans],
        description: "For veterans, service members and their families.",
        contacts: &[contact(ContactType::Call, "988", None), contact(ContactType::Text, "838255", None)],
        ..BASE
    },
    Resource {
        id: "samaritans",
        name: "Samaritans",
        areas: &["GB", "IE"],
        description: "Someone to talk to, day or night. A warmline it is not, but they listen.",
        contacts: &[contact(ContactType::Call, "116 123", None)],
        ..BASE
    },
    Resource {
        id: "maori",
        name: "Te Whāriki Peer Circle",
        kind: Kind::PeerRunGroup,
        answered_by: AnsweredBy::Peers,
        crisis: false,
        areas: &["NZ"],
        languages: &["en", "mi"],
        cost: Cost::FreeAndPaid,
        description: "A peer-run group in Māori and English.",
        contacts: &[contact(ContactType::Website, "https://example.org/", None)],
        ..BASE
    },
];

fn fixtures() -> Vec<Resource> {
    FIXTURES.to_vec()
}

fn ids(index: &Index, data: &[Resource], text: &str) -> Vec<&'static str> {
    index.search(&Search { text, ..Default::default() }).ids.iter().map(|&i| data[i as usize].id).collect()
}

#[test]
fn every_word_must_match_by_prefix() {
    let data = fixtures();
    let index = Index::new(&data);
    assert_eq!(ids(&index, &data, "warm"), ["warm", "samaritans"]);
    assert_eq!(ids(&index, &data, "warm california"), ["warm"]);
    assert_eq!(ids(&index, &data, "warm texas"), Vec::<&str>::new());
    assert_eq!(ids(&index, &data, "VETERANS"), ["vcl"]);
}

#[test]
fn case_accents_and_punctuation_are_ignored() {
    let data = fixtures();
    let index = Index::new(&data);
    assert_eq!(ids(&index, &data, "whariki"), ["maori"]);
    assert_eq!(ids(&index, &data, "MAORI"), ["maori"]);
    assert_eq!(ids(&index, &data, "peer run"), ids(&index, &data, "peer-run"));
    assert_eq!(ids(&index, &data, "116123"), ["samaritans"]);
    assert_eq!(ids(&index, &data, "116 123"), ["samaritans"]);
}

#[test]
fn synonyms() {
    let data = fixtures();
    let index = Index::new(&data);
    assert!(ids(&index, &data, "sms").contains(&"trevor"));
    assert_eq!(ids(&index, &data, "lgbt"), ["trevor"]);
    assert_eq!(ids(&index, &data, "vet"), ["vcl"]);
    assert_eq!(ids(&index, &data, "gay teens"), ["trevor"]);
}

#[test]
fn small_typos_in_longer_words() {
    let data = fixtures();
    let index = Index::new(&data);
    assert_eq!(ids(&index, &data, "vetrans"), ["vcl"]);
    assert_eq!(ids(&index, &data, "samaratins"), ["samaritans"]);
    assert!(ids(&index, &data, "califronia").contains(&"warm"));
    // Short words get no typo tolerance: "trav" must not find "trevor".
    assert_eq!(ids(&index, &data, "trav"), Vec::<&str>::new());
}

#[test]
fn name_matches_outrank_description_matches() {
    let data = fixtures();
    let index = Index::new(&data);
    // "warm" is in the warmline's name and only in Samaritans' description.
    assert_eq!(ids(&index, &data, "warm")[0], "warm");
    // Exact beats typo: "crisis" is exact for most, and all outrank nothing.
    let r = ids(&index, &data, "samaritans");
    assert_eq!(r, ["samaritans"]);
}

#[test]
fn facets_filter_and_count_against_other_groups() {
    let data = fixtures();
    let index = Index::new(&data);
    let mut search = Search::default();
    search.selected[Facet::Kind.index()] = bit(Kind::Warmline.index()) | bit(Kind::PeerRunGroup.index());
    let r = index.search(&search);
    let got: Vec<_> = r.ids.iter().map(|&i| data[i as usize].id).collect();
    assert_eq!(got, ["warm", "maori"]); // name order without text: "California…", "Te Whāriki…"
                                        // Kind counts ignore the kind selection itself: 3 crisis lines would appear if chosen.
    assert_eq!(r.counts[Facet::Kind.index()][Kind::CrisisLine.index()], 3);
    assert_eq!(r.counts[Facet::Kind.index()][Kind::Warmline.index()], 1);
    // Other groups count within the current results.
    assert_eq!(r.counts[Facet::Region.index()][Region::Us.index()], 1);
    assert_eq!(r.counts[Facet::Region.index()][Region::NewZealand.index()], 1);
    assert_eq!(r.counts[Facet::Region.index()][Region::Uk.index()], 0);
    // Adding a region narrows (AND across groups).
    search.selected[Facet::Region.index()] = bit(Region::NewZealand.index());
    let r = index.search(&search);
    assert_eq!(r.ids.len(), 1);
    assert_eq!(r.counts[Facet::Kind.index()][Kind::Warmline.index()], 0);
    assert_eq!(r.counts[Facet::Kind.index()][Kind::PeerRunGroup.index()], 1);
}

#[test]
fn language_facet_uses_the_directory_languages() {
    let data = fixtures();
    let index = Index::new(&data);
    assert_eq!(index.languages(), ["en", "mi"]);
    let mut search = Search::default();
    search.selected[Facet::Language.index()] = bit(1);
    assert_eq!(index.search(&search).ids.len(), 1);
}

#[test]
fn open_now_and_sorts() {
    let data = fixtures();
    let mut index = Index::new(&data);
    index.set_open_now(&data, 0);
    let mut search = Search { text: "", sort: Sort::Name, ..Default::default() };
    let names: Vec<_> = index.search(&search).ids.iter().map(|&i| data[i as usize].id).collect();
    assert_eq!(names, ["warm", "samaritans", "maori", "trevor", "vcl"]);
    search.selected[Facet::OpenNow.index()] = 1;
    assert_eq!(index.search(&search).ids.len(), 5);
    search.text = "crisis";
    search.sort = Sort::OpenNow;
    assert_eq!(index.search(&search).ids.len(), 3);
}

#[test]
fn big_synthetic_directory_is_consistent() {
    let data = crate::synth::directory(3000, 7);
    let index = Index::new(&data);
    let all = index.search(&Search::default());
    assert_eq!(all.ids.len(), 3000);
    // Every kind count sums to the total when nothing is selected.
    assert_eq!(all.counts[Facet::Kind.index()].iter().sum::<u32>(), 3000);
    let r = index.search(&Search { text: "peer sup", ..Default::default() });
    assert!(!r.ids.is_empty());
    for &i in &r.ids {
        let r = &data[i as usize];
        let words = crate::text::words(&format!("{} {} {} {}", r.name, r.kind.label(), r.description, r.what_to_expect.join(" ")));
        assert!(words.iter().any(|w| w.starts_with("sup")), "{}", data[i as usize].name);
    }
}

#[test]
fn bit_sliced_counts_equal_plain_counting() {
    let mut counter = BitCounter::default();
    let mut plain = [0u32; 64];
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..70_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        counter.add(x);
        for (b, c) in plain.iter_mut().enumerate() {
            *c += u32::from(x >> b & 1 == 1);
        }
    }
    assert_eq!(counter.counts(), plain);
}

#[test]
fn with_no_text_the_visitors_country_comes_first_then_international_options() {
    let data = crate::synth::directory(400, 7);
    let index = Index::new(&data);
    let ids = index.search(&Search { near: Some(Region::Uk), ..Default::default() }).ids;
    let tier = |i: u32| {
        let r = &data[i as usize];
        let country_wide = r.areas.contains(&"GB");
        if country_wide {
            3
        } else if r.regions().any(|g| g == Region::Uk) {
            2
        } else if r.regions().any(|g| g == Region::International) {
            1
        } else {
            0
        }
    };
    let tiers: Vec<u8> = ids.iter().map(|&i| tier(i)).collect();
    assert!(tiers.windows(2).all(|w| w[0] >= w[1]), "tiers never rise: {tiers:?}");
    assert!(tiers.first() == Some(&3) && tiers.last() == Some(&0), "{tiers:?}");
    // Within a tier, name order.
    let names: Vec<String> = ids.iter().filter(|&&i| tier(i) == 3).map(|&i| crate::text::sort_key(data[i as usize].name)).collect();
    assert!(names.windows(2).all(|w| w[0] <= w[1]));
    // Without a region, or with text, nothing changes.
    assert_eq!(index.search(&Search::default()).ids, index.search(&Search { sort: Sort::Name, ..Default::default() }).ids);
}
