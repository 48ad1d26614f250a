use super::words::resource_words;
use super::*;
use crate::date::Date;
use crate::model::*;

const D: Date = Date::new(2026, 11, 25);
const SRC: &str = "https://example.org/";

const fn contact(kind: ContactType, value: &'static str, keyword: Option<&'static str>) -> Contact {
    Contact { kind, value, keyword, label: None, note: None, lang: None, source: SRC, verified: D, published: None }
}

const ALWAYS: Hours = Hours { schedule: Schedule::Always, note: None, source: SRC, verified: D, published: None };

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
fn an_index_whose_words_come_later_answers_exactly_as_the_whole_one() {
    let data = fixtures();
    let whole = Index::new(&data);
    let mut later = Index::without_words(&data);
    assert!(!later.has_words());
    // Facets, counts and sorting need no words.
    let mut search = Search { text: "", selected: Default::default(), sort: Sort::BestMatch, near: Some(Region::Uk) };
    assert_eq!(later.search(&search), whole.search(&search));
    search.selected[Facet::Kind.index()] = bit(Kind::Warmline.index());
    assert_eq!(later.search(&search), whole.search(&search));
    // Text without words matches nothing (and doesn't panic); with them, what the whole index does.
    assert!(later.search(&Search { text: "warm", ..Default::default() }).ids.is_empty());
    later.add_words(&data);
    assert!(later.has_words());
    assert_eq!(later.token_count(), whole.token_count());
    for text in ["warm", "warm california", "116 123", "vetrans", "apo", "línea de crisis", "peer support"] {
        for sort in [Sort::BestMatch, Sort::Name, Sort::OpenNow] {
            let s = Search { text, selected: Default::default(), sort, near: Some(Region::Us) };
            assert_eq!(later.search(&s), whole.search(&s), "{text:?} {sort:?}");
        }
    }
    // Adding them again changes nothing.
    later.add_words(&data);
    assert_eq!(later.token_count(), whole.token_count());
}

#[test]
fn only_a_word_is_text_that_needs_the_words() {
    let text = |text| Search { text, ..Default::default() }.has_text();
    assert!(!text("") && !text("   ") && !text(" ,.-/ "), "spaces and punctuation alone");
    assert!(text("warm") && text(" 116 ") && text("línea"));
    assert!(text("de "), "a finished Spanish function word alone is still searched for");
    // Text that has no word matches what the empty text does, without the words.
    let data = fixtures();
    let index = Index::without_words(&data);
    assert_eq!(index.search(&Search { text: " ,. ", ..Default::default() }), index.search(&Search::default()));
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
        let words =
            crate::text::words(&format!("{} {} {} {}", r.name, super::terms::kind(r.kind), r.description, r.what_to_expect.join(" ")));
        assert!(words.iter().any(|w| w.starts_with("sup")), "{}", data[i as usize].name);
    }
}

#[test]
fn bit_sliced_counts_equal_plain_counting() {
    let mut counter = BitCounter::default();
    let mut plain = [0u32; 128];
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    for _ in 0..70_000 {
        let bits = u128::from(next()) << 64 | u128::from(next());
        counter.add(bits);
        for (b, c) in plain.iter_mut().enumerate() {
            *c += u32::from(bits >> b & 1 == 1);
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

fn sorted(mut ids: Vec<u32>) -> Vec<u32> {
    ids.sort_unstable();
    ids
}

fn synth_ids(index: &Index, text: &str) -> Vec<u32> {
    index.search(&Search { text, ..Default::default() }).ids
}

#[test]
fn spanish_queries_find_the_english_data() {
    let data = crate::synth::directory(3000, 7);
    let index = Index::new(&data);
    let tokens_of = |i: u32| {
        let r = &data[i as usize];
        let mut words = Vec::new();
        resource_words(r, |w, _| words.push(w.to_owned()));
        words
    };

    // "apoyo entre pares": support and peer, ranked exactly as the English words are.
    let peer = synth_ids(&index, "apoyo entre pares");
    assert!(peer.len() > 10);
    assert_eq!(peer, synth_ids(&index, "support peer"));
    assert_eq!(peer, synth_ids(&index, "Apoyo  entre PARES "));
    assert_eq!(synth_ids(&index, "apoyo de pares"), peer);
    assert_eq!(synth_ids(&index, "grupo de apoyo"), synth_ids(&index, "group support"));

    // "línea de crisis": every crisis line, and only crisis services that are some kind of line.
    let lines = synth_ids(&index, "línea de crisis");
    assert_eq!(lines, synth_ids(&index, "linea de crisis"));
    assert_eq!(lines, synth_ids(&index, "LÍNEA DE CRISIS"));
    for (i, r) in data.iter().enumerate() {
        if r.kind == Kind::CrisisLine {
            assert!(lines.contains(&(i as u32)), "{}", r.name);
        }
    }
    for &i in &lines {
        let words = tokens_of(i);
        assert!(words.iter().any(|w| w.starts_with("crisis")), "{}", data[i as usize].name);
        assert!(words.iter().any(|w| LINE.iter().any(|l| w.starts_with(l))), "{}", data[i as usize].name);
    }

    // "mensaje de texto": the same listings as "text" (every one with a text contact).
    let texts = synth_ids(&index, "mensaje de texto");
    assert_eq!(sorted(texts.clone()), sorted(synth_ids(&index, "text")));
    for (i, r) in data.iter().enumerate() {
        if r.contacts.iter().any(|c| c.kind == ContactType::Text) {
            assert!(texts.contains(&(i as u32)), "{}", r.name);
        }
    }

    // Single words, accented or not.
    assert_eq!(synth_ids(&index, "chat"), synth_ids(&index, "Chat"));
    let mut youth = synth_ids(&index, "youth");
    youth.extend(synth_ids(&index, "young"));
    youth.sort_unstable();
    youth.dedup();
    assert_eq!(sorted(synth_ids(&index, "jóvenes")), youth);
    assert_eq!(sorted(synth_ids(&index, "jovenes")), sorted(synth_ids(&index, "jóvenes")));
    assert_eq!(synth_ids(&index, "depresión"), synth_ids(&index, "depression"));
    assert_eq!(synth_ids(&index, "ansiedad"), synth_ids(&index, "anxiety"));
    assert_eq!(synth_ids(&index, "veteranos"), synth_ids(&index, "veteran"));
    assert_eq!(synth_ids(&index, "gratis"), synth_ids(&index, "free"));
    assert_eq!(synth_ids(&index, "español"), synth_ids(&index, "spanish"));
    assert_eq!(sorted(synth_ids(&index, "soledad")), sorted(synth_ids(&index, "lonely")));
    assert_eq!(synth_ids(&index, "Nueva Zelanda"), synth_ids(&index, "new zealand"));
    assert!(!synth_ids(&index, "familiares cuidadores").is_empty());
}

#[test]
fn spanish_function_words_are_left_out_once_finished() {
    let query_words = |text: &str| query_words(text).0;
    assert_eq!(query_words("línea de crisis"), ["linea", "crisis"]);
    assert_eq!(query_words("apoyo entre pares"), ["apoyo", "pares"]);
    assert_eq!(query_words("mensaje de texto"), ["mensaje", "texto"]);
    assert_eq!(query_words("chat en línea para jóvenes"), ["chat", "linea", "jovenes"]);
    // The word being typed stays a prefix: "de" may be the start of "depression".
    assert_eq!(query_words("linea de"), ["linea", "de"]);
    assert_eq!(query_words("linea de "), ["linea"]);
    assert_eq!(query_words("de"), ["de"]);
    // A query of nothing else keeps its words.
    assert_eq!(query_words("de la "), ["de", "la"]);
    // Words Kindred's data needs are not stop words.
    assert_eq!(query_words("Te Whāriki"), ["te", "whariki"]);
    assert_eq!(query_words("no binario"), ["no", "binario"]);
    assert_eq!(query_words("U.S. text"), ["u", "s", "text"]);
    assert_eq!(query_words("Al-Anon"), ["al", "anon"]);
    // English words are not left out.
    assert_eq!(query_words("a place for me "), ["a", "place", "for", "me"]);
    // At most 12 distinct words, counted after the stop words are left out.
    let long = "y b c d e f g h i j k l m n ñ";
    assert_eq!(query_words(long), ["b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m"]);
    // Whether the last word is still being typed.
    assert_eq!(super::query_words("apoyo entre pa"), (vec!["apoyo".to_owned(), "pa".to_owned()], true));
    assert_eq!(super::query_words("apoyo entre pa "), (vec!["apoyo".to_owned(), "pa".to_owned()], false));
    assert_eq!(super::query_words("pa apoyo pa"), (vec!["pa".to_owned(), "apoyo".to_owned()], false));

    let data = fixtures();
    let index = Index::new(&data);
    assert_eq!(ids(&index, &data, "línea de crisis para veteranos"), ["vcl"]);
    assert_eq!(ids(&index, &data, "grupo de pares en Nueva Zelanda"), ["maori"]);
    // A function word at the end that no token starts with is left out even before a space
    // (and is not taken for the start of a Spanish word: "entre" → "entrenamiento")…
    assert_eq!(ids(&index, &data, "quiero hablar con alguien"), ids(&index, &data, "hablar"));
    assert_eq!(ids(&index, &data, "veteranos entre"), ["vcl"]);
    assert_eq!(ids(&index, &data, "apoyo entre"), ids(&index, &data, "apoyo"));
    // …one that some token starts with stays a prefix while typed ("y" → "young")…
    assert_eq!(ids(&index, &data, "veteranos y"), Vec::<&str>::new());
    assert_eq!(ids(&index, &data, "veteranos y "), ["vcl"]);
    // …and a query of nothing else still has to match.
    assert_eq!(ids(&index, &data, "entre"), Vec::<&str>::new());
}

#[test]
fn a_spanish_word_half_typed_matches_through_the_synonyms_it_begins() {
    let data = fixtures();
    let index = Index::new(&data);
    assert_eq!(ids(&index, &data, "apoyo"), ids(&index, &data, "support"));
    assert_eq!(ids(&index, &data, "apo"), ids(&index, &data, "apoyo"));
    assert_eq!(ids(&index, &data, "veteranos de cri"), ["vcl"]);
    // Only while it is being typed: a finished word that matches nothing still matches nothing.
    assert_eq!(ids(&index, &data, "apo "), Vec::<&str>::new());
    assert_eq!(ids(&index, &data, "apo crisis"), Vec::<&str>::new());
    assert_eq!(ids(&index, &data, "veteran"), ["vcl"]);
    assert_eq!(ids(&index, &data, "grupo"), ["maori"]);
    assert_eq!(ids(&index, &data, "gru"), ["maori"]);
    // Singular forms reach the plural's synonyms too.
    assert_eq!(ids(&index, &data, "compañer"), ids(&index, &data, "peer"));
    // Two letters are too few to guess from.
    assert_eq!(ids(&index, &data, "ap"), Vec::<&str>::new());
    // A word some token starts with keeps its own matches only: "samar" is not widened.
    assert_eq!(ids(&index, &data, "samar"), ["samaritans"]);
}

#[test]
fn enye_matches_loosely_both_ways() {
    let data = [
        Resource { id: "pena", name: "La Peña Circle", ..BASE },
        Resource { id: "nino", name: "Nino Line", ..BASE },
        Resource { id: "other", name: "Other", ..BASE },
    ];
    let index = Index::new(&data);
    assert_eq!(ids(&index, &data, "peña"), ["pena"]);
    assert_eq!(ids(&index, &data, "pena"), ["pena"]);
    assert_eq!(ids(&index, &data, "PEÑA"), ["pena"]);
    assert_eq!(ids(&index, &data, "nino line"), ["nino"]);
    assert_eq!(ids(&index, &data, "niño line"), ["nino"]);
}

#[test]
fn the_synonym_tables_are_well_formed() {
    let all: Vec<_> = SYNONYMS.iter().chain(SPANISH_SYNONYMS).collect();
    for (i, (word, synonyms)) in all.iter().enumerate() {
        // Keys are looked up folded, so an accented key would never be found.
        assert_eq!(crate::text::words(word), [*word], "{word} is folded");
        assert!(!synonyms.is_empty(), "{word}");
        assert!(!all[..i].iter().any(|(w, _)| w == word), "{word} is listed once");
        assert!(!is_stop_word(word), "{word} is not a stop word");
        for s in *synonyms {
            assert_eq!(crate::text::words(s), [*s], "{s} is folded");
        }
    }
    assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]), "sorted for binary search");
}
