//! The directory's search engine: an in-memory index built once, then answered on every
//! keystroke and facet click without touching the network.
//!
//! - Text: every query word must match (AND). A word matches a token of the resource by prefix
//!   ("warm" → "warmline"), through a synonym ("sms" → "text"), or with a small typo for longer
//!   words (1 edit from 5 letters, 2 from 9). Field weights make a name match outrank a
//!   description match; exact beats prefix beats typo.
//! - Facets: OR within a group, AND across groups. Counts per value reflect every *other* active
//!   group, as faceted search does, so a person sees what a click would give.
//! - The vocabulary is a sorted token list with posting lists, so a prefix is a binary search and
//!   a keystroke touches only the postings of matching tokens.

use crate::model::{AnsweredBy, Audience, ContactType, Cost, Kind, Region, Resource, Urgency};
use crate::text::{edit_distance_within, for_each_word};

/// Facet groups, in display and URL order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    Region,
    Kind,
    Contact,
    AnsweredBy,
    Urgency,
    OpenNow,
    Language,
    Audience,
    Cost,
}

impl Facet {
    pub const ALL: [Facet; 9] = [
        Facet::Region,
        Facet::Kind,
        Facet::Contact,
        Facet::AnsweredBy,
        Facet::Urgency,
        Facet::OpenNow,
        Facet::Language,
        Facet::Audience,
        Facet::Cost,
    ];
    pub const fn index(self) -> usize {
        self as usize
    }
    /// Query-string key.
    pub const fn key(self) -> &'static str {
        match self {
            Facet::Region => "region",
            Facet::Kind => "kind",
            Facet::Contact => "contact",
            Facet::AnsweredBy => "who",
            Facet::Urgency => "crisis",
            Facet::OpenNow => "open",
            Facet::Language => "lang",
            Facet::Audience => "for",
            Facet::Cost => "cost",
        }
    }
    pub const fn label(self) -> &'static str {
        match self {
            Facet::Region => "Where",
            Facet::Kind => "Type of support",
            Facet::Contact => "How to reach them",
            Facet::AnsweredBy => "Who answers",
            Facet::Urgency => "Crisis or not",
            Facet::OpenNow => "Hours",
            Facet::Language => "Language",
            Facet::Audience => "Especially for",
            Facet::Cost => "Cost",
        }
    }
    pub fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.key() == key)
    }
}

pub const GROUPS: usize = Facet::ALL.len();

/// One bit per facet value, per group. Languages use the index's language table.
pub type Masks = [u32; GROUPS];

/// Word weights per field.
const W_NAME: u8 = 10;
const W_ORG: u8 = 6;
const W_TAG: u8 = 5;
const W_DESCRIPTION: u8 = 2;
const W_EXPECT: u8 = 1;

/// Query words that also match other words. Both directions are listed where both make sense.
const SYNONYMS: &[(&str, &[&str])] = &[
    ("text", &["sms"]),
    ("sms", &["text"]),
    ("texting", &["text", "sms"]),
    ("lgbt", &["lgbtq", "gay", "queer"]),
    ("gay", &["lgbtq"]),
    ("lesbian", &["lgbtq"]),
    ("bi", &["lgbtq"]),
    ("queer", &["lgbtq"]),
    ("transgender", &["trans"]),
    ("nonbinary", &["trans"]),
    ("vet", &["veteran"]),
    ("vets", &["veteran"]),
    ("military", &["veteran", "service"]),
    ("suicidal", &["suicide"]),
    ("phone", &["call"]),
    ("telephone", &["call"]),
    ("ring", &["call"]),
    ("hotline", &["crisis", "helpline"]),
    ("helpline", &["line"]),
    ("kid", &["youth", "children"]),
    ("kids", &["youth", "children"]),
    ("teen", &["youth"]),
    ("teens", &["youth"]),
    ("teenager", &["youth"]),
    ("child", &["youth", "children"]),
    ("student", &["youth", "young"]),
    ("aboriginal", &["indigenous"]),
    ("native", &["indigenous"]),
    ("inuit", &["indigenous"]),
    ("metis", &["indigenous"]),
    ("carer", &["family", "caregiver"]),
    ("caregiver", &["carer", "family"]),
    ("parent", &["family"]),
    ("depressed", &["depression"]),
    ("anxious", &["anxiety"]),
    ("panic", &["anxiety"]),
    ("drinking", &["alcohol", "substance"]),
    ("drugs", &["substance"]),
    ("addiction", &["substance", "recovery"]),
    ("lonely", &["loneliness"]),
    ("alone", &["loneliness"]),
    ("sad", &["depression", "loneliness"]),
    ("asl", &["sign"]),
    ("deaf", &["sign", "tty"]),
    ("messaging", &["text", "chat"]),
    ("webchat", &["chat"]),
    ("online", &["chat", "internet"]),
    ("forum", &["online", "community"]),
    ("usa", &["united"]),
    ("america", &["united"]),
    ("britain", &["united", "kingdom"]),
    ("england", &["united", "kingdom"]),
    ("scotland", &["united", "kingdom"]),
    ("wales", &["united", "kingdom"]),
    ("aotearoa", &["zealand"]),
    ("nz", &["zealand"]),
    ("uk", &["kingdom"]),
    ("us", &["states"]),
    ("peerrun", &["peer"]),
    ("hearing", &["voices"]),
    ("certification", &["certified", "training"]),
    ("certified", &["certification", "training"]),
    ("specialist", &["peer", "training"]),
];

fn synonyms_of(word: &str) -> &'static [&'static str] {
    SYNONYMS.iter().find(|(w, _)| *w == word).map(|(_, s)| *s).unwrap_or(&[])
}

/// How the results are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Sort {
    #[default]
    BestMatch,
    Name,
    OpenNow,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::BestMatch, Sort::Name, Sort::OpenNow];
    pub const fn slug(self) -> &'static str {
        match self {
            Sort::BestMatch => "best",
            Sort::Name => "name",
            Sort::OpenNow => "open",
        }
    }
    pub const fn label(self) -> &'static str {
        match self {
            Sort::BestMatch => "Best match",
            Sort::Name => "Name (A–Z)",
            Sort::OpenNow => "Open now first",
        }
    }
    pub fn from_slug(s: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|x| x.slug() == s)
    }
}

/// A search to answer: text plus the selected values of each facet group (bit masks).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Search<'a> {
    pub text: &'a str,
    pub selected: Masks,
    pub sort: Sort,
}

/// The answer: matching resource indexes in order, and counts per facet value.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Results {
    pub ids: Vec<u32>,
    /// `counts[group][value]`: how many results there would be with that value added to the
    /// group's selection (other groups as selected).
    pub counts: [Vec<u32>; GROUPS],
}

/// Reusable buffers so a keystroke allocates nothing proportional to the directory.
#[derive(Default)]
struct Scratch {
    word_best: Vec<u16>,
    touched: Vec<u32>,
    score: Vec<u32>,
    candidates: Vec<u32>,
}

pub struct Index {
    len: usize,
    /// Sorted, folded vocabulary.
    tokens: Vec<Box<str>>,
    /// `postings[start[t]..start[t+1]]` are (resource, weight) pairs for token `t`.
    post_start: Vec<u32>,
    post_resource: Vec<u32>,
    post_weight: Vec<u8>,
    masks: Vec<Masks>,
    /// Rank of each resource when sorted by name.
    name_rank: Vec<u32>,
    /// Resources in name order.
    by_name: Vec<u32>,
    languages: Vec<&'static str>,
    open: Vec<bool>,
    scratch: core::cell::RefCell<Scratch>,
}

/// The words under which a resource can be found, with their field weight.
fn resource_words(r: &Resource, mut add: impl FnMut(&str, u8)) {
    let mut text = |s: &str, weight: u8| for_each_word(s, |w| add(w, weight));
    text(r.name, W_NAME);
    text(r.organization, W_ORG);
    text(r.kind.label(), W_TAG);
    text(r.kind.slug(), W_TAG);
    text(r.answered_by.label(), W_TAG);
    if r.crisis {
        text("crisis urgent", W_TAG);
    }
    for a in r.audiences {
        text(a.label(), W_TAG);
    }
    for t in r.topics {
        text(t.label(), W_TAG);
    }
    for area in r.areas {
        text(crate::model::area_label(area), W_TAG);
        text(area, W_TAG);
    }
    for region in r.regions() {
        text(region.label(), W_TAG);
    }
    for l in r.languages {
        text(crate::model::language_label(l), W_TAG);
    }
    for c in r.contacts {
        text(c.kind.label(), W_TAG);
        if let Some(k) = c.keyword {
            text(k, W_TAG);
        }
        if matches!(c.kind, ContactType::Call | ContactType::Text | ContactType::Tty) {
            // Numbers are findable with or without spaces: "116 123" and "116123".
            let digits: String = c.value.chars().filter(char::is_ascii_digit).collect();
            text(&digits, W_TAG);
            text(c.value, W_TAG);
        }
    }
    text(r.cost.label(), W_TAG);
    text(r.description, W_DESCRIPTION);
    for line in r.what_to_expect {
        text(line, W_EXPECT);
    }
}

fn bit(i: usize) -> u32 {
    1 << i
}

impl Index {
    pub fn new(resources: &[Resource]) -> Index {
        // Languages, most common first is not needed: keep first-seen order then sort by label.
        let mut languages: Vec<&'static str> = Vec::new();
        for r in resources {
            for l in r.languages {
                if !languages.contains(l) {
                    languages.push(l);
                }
            }
        }
        languages.sort_by_key(|l| (*l != "en", crate::model::language_label(l)));
        languages.truncate(32);

        let mut pairs: Vec<(Box<str>, u32, u8)> = Vec::new();
        let mut masks = Vec::with_capacity(resources.len());
        for (i, r) in resources.iter().enumerate() {
            let start = pairs.len();
            resource_words(r, |w, weight| pairs.push((w.into(), i as u32, weight)));
            // Keep one entry per (token, resource) with the highest weight.
            let own = &mut pairs[start..];
            own.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.2.cmp(&a.2)));
            let mut kept = start;
            for j in start..pairs.len() {
                if j == start || pairs[j].0 != pairs[kept - 1].0 {
                    pairs.swap(kept, j);
                    kept += 1;
                }
            }
            pairs.truncate(kept);
            masks.push(Self::masks_of(r, &languages));
        }
        pairs.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));

        let mut tokens: Vec<Box<str>> = Vec::new();
        let mut post_start = Vec::new();
        let mut post_resource = Vec::with_capacity(pairs.len());
        let mut post_weight = Vec::with_capacity(pairs.len());
        for (token, r, w) in pairs {
            if tokens.last() != Some(&token) {
                tokens.push(token);
                post_start.push(post_resource.len() as u32);
            }
            post_resource.push(r);
            post_weight.push(w);
        }
        post_start.push(post_resource.len() as u32);

        let keys: Vec<String> = resources.iter().map(|r| crate::text::sort_key(r.name)).collect();
        let mut by_name: Vec<u32> = (0..resources.len() as u32).collect();
        by_name.sort_by(|&a, &b| keys[a as usize].cmp(&keys[b as usize]));
        let mut name_rank = vec![0; resources.len()];
        for (rank, &r) in by_name.iter().enumerate() {
            name_rank[r as usize] = rank as u32;
        }
        Index {
            len: resources.len(),
            tokens,
            post_start,
            post_resource,
            post_weight,
            masks,
            name_rank,
            by_name,
            languages,
            open: vec![false; resources.len()],
            scratch: Default::default(),
        }
    }

    fn masks_of(r: &Resource, languages: &[&str]) -> Masks {
        let mut m = [0u32; GROUPS];
        for region in r.regions() {
            m[Facet::Region.index()] |= bit(region.index());
        }
        m[Facet::Kind.index()] = bit(r.kind.index());
        for c in r.contacts {
            m[Facet::Contact.index()] |= bit(c.kind.index());
        }
        m[Facet::AnsweredBy.index()] = bit(r.answered_by.index());
        m[Facet::Urgency.index()] = bit(r.urgency().index());
        for l in r.languages {
            if let Some(i) = languages.iter().position(|x| x == l) {
                m[Facet::Language.index()] |= bit(i);
            }
        }
        for a in r.audiences {
            m[Facet::Audience.index()] |= bit(a.index());
        }
        m[Facet::Cost.index()] = bit(r.cost.index());
        m
    }

    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    /// Language codes present in the directory, in facet order.
    pub fn languages(&self) -> &[&'static str] {
        &self.languages
    }
    pub fn token_count(&self) -> usize {
        self.tokens.len()
    }

    /// Number of values in a facet group.
    pub fn group_len(&self, facet: Facet) -> usize {
        match facet {
            Facet::Region => Region::ALL.len(),
            Facet::Kind => Kind::ALL.len(),
            Facet::Contact => ContactType::ALL.len(),
            Facet::AnsweredBy => AnsweredBy::ALL.len(),
            Facet::Urgency => Urgency::ALL.len(),
            Facet::OpenNow => 1,
            Facet::Language => self.languages.len(),
            Facet::Audience => Audience::ALL.len(),
            Facet::Cost => Cost::ALL.len(),
        }
    }

    /// Recomputes "open now" for every resource at `now` (seconds since the epoch). Call it when
    /// the minute changes, not per keystroke.
    pub fn set_open_now(&mut self, resources: &[Resource], now: i64) {
        for (i, r) in resources.iter().enumerate() {
            let open = r.status == crate::model::Status::Active && crate::schedule::is_open(&r.hours.schedule, now);
            self.open[i] = open;
            self.masks[i][Facet::OpenNow.index()] = u32::from(open);
        }
    }

    pub fn is_open(&self, resource: u32) -> bool {
        self.open[resource as usize]
    }

    /// Token range starting with `prefix`.
    fn prefix_range(&self, prefix: &str) -> core::ops::Range<usize> {
        let start = self.tokens.partition_point(|t| &**t < prefix);
        let end = start + self.tokens[start..].partition_point(|t| t.starts_with(prefix));
        start..end
    }

    /// Adds the postings of token `t` at `quality` (3 exact, 2 prefix, 1 typo) to `word_best`.
    fn add_token(&self, t: usize, quality: u16, scratch: &mut Scratch) {
        let (a, b) = (self.post_start[t] as usize, self.post_start[t + 1] as usize);
        for p in a..b {
            let r = self.post_resource[p] as usize;
            let s = u16::from(self.post_weight[p]) * quality;
            let slot = &mut scratch.word_best[r];
            if *slot == 0 {
                scratch.touched.push(r as u32);
            }
            if s > *slot {
                *slot = s;
            }
        }
    }

    /// Scores one query word into `scratch.word_best`/`touched`.
    fn match_word(&self, word: &str, scratch: &mut Scratch) {
        for alt in core::iter::once(word).chain(synonyms_of(word).iter().copied()) {
            for t in self.prefix_range(alt) {
                let quality = if &*self.tokens[t] == alt { 3 } else { 2 };
                self.add_token(t, quality, scratch);
            }
        }
        let max_typos = match word.len() {
            0..=4 => return,
            5..=8 => 1,
            _ => 2,
        };
        // Typos: same first letter (as most search engines assume), token compared whole or by
        // its prefix of similar length, so a typo in a partly typed word still matches.
        let first = &word[..word.chars().next().map_or(0, char::len_utf8)];
        let wb = word.as_bytes();
        for t in self.prefix_range(first) {
            let tok = self.tokens[t].as_bytes();
            if tok.len() + max_typos < wb.len() || tok.starts_with(wb) {
                continue;
            }
            let close = (wb.len().saturating_sub(1)..=wb.len() + 1)
                .filter(|&n| n <= tok.len())
                .any(|n| edit_distance_within(wb, &tok[..n], max_typos).is_some());
            if close {
                self.add_token(t, 1, scratch);
            }
        }
    }

    /// Answers a search.
    pub fn search(&self, search: &Search) -> Results {
        let mut scratch = self.scratch.borrow_mut();
        let scratch = &mut *scratch;
        if scratch.word_best.len() != self.len {
            scratch.word_best = vec![0; self.len];
            scratch.score = vec![0; self.len];
        }
        let mut words: Vec<String> = Vec::new();
        for_each_word(search.text, |w| {
            if words.len() < 12 && !words.iter().any(|x| x == w) {
                words.push(w.chars().take(40).collect());
            }
        });

        // Text: intersect the resources matching each word, summing their scores.
        scratch.candidates.clear();
        let text_active = !words.is_empty();
        for (n, word) in words.iter().enumerate() {
            scratch.touched.clear();
            self.match_word(word, scratch);
            if n == 0 {
                for &r in &scratch.touched {
                    scratch.score[r as usize] = u32::from(scratch.word_best[r as usize]);
                }
                scratch.candidates.extend_from_slice(&scratch.touched);
            } else {
                let (best, score) = (&scratch.word_best, &mut scratch.score);
                scratch.candidates.retain(|&r| {
                    let b = best[r as usize];
                    score[r as usize] += u32::from(b);
                    b > 0
                });
            }
            for &r in &scratch.touched {
                scratch.word_best[r as usize] = 0;
            }
            if scratch.candidates.is_empty() {
                break;
            }
        }

        // Facets.
        let sel = &search.selected;
        let mut counts: [Vec<u32>; GROUPS] = Default::default();
        for f in Facet::ALL {
            counts[f.index()] = vec![0; self.group_len(f)];
        }
        let mut ids = Vec::new();
        let mut visit = |r: u32| {
            let m = &self.masks[r as usize];
            let mut failed = GROUPS;
            let mut fails = 0;
            for g in 0..GROUPS {
                if sel[g] != 0 && m[g] & sel[g] == 0 {
                    fails += 1;
                    failed = g;
                    if fails > 1 {
                        return;
                    }
                }
            }
            let mut count_group = |g: usize| {
                let mut bits = m[g];
                while bits != 0 {
                    let b = bits.trailing_zeros() as usize;
                    if let Some(c) = counts[g].get_mut(b) {
                        *c += 1;
                    }
                    bits &= bits - 1;
                }
            };
            if fails == 0 {
                ids.push(r);
                for g in 0..GROUPS {
                    count_group(g);
                }
            } else {
                count_group(failed);
            }
        };
        if text_active {
            for &r in &scratch.candidates {
                visit(r);
            }
        } else {
            for &r in &self.by_name {
                visit(r);
            }
        }

        // Order.
        let score = &scratch.score;
        let open_bonus = |r: u32| u64::from(self.open[r as usize]);
        match (search.sort, text_active) {
            (Sort::Name, true) => ids.sort_unstable_by_key(|&r| self.name_rank[r as usize]),
            (Sort::Name, false) | (Sort::BestMatch, false) => {} // already in name order
            (Sort::BestMatch, true) => {
                ids.sort_unstable_by_key(|&r| (u64::from(u32::MAX - score[r as usize]) << 32) | u64::from(self.name_rank[r as usize]))
            }
            (Sort::OpenNow, _) => ids.sort_unstable_by_key(|&r| {
                let s = if text_active { score[r as usize] } else { 0 };
                ((1 - open_bonus(r)) << 63) | (u64::from(u32::MAX - s) << 31) | u64::from(self.name_rank[r as usize])
            }),
        }
        Results { ids, counts }
    }
}

#[cfg(test)]
mod tests;
