//! The text half of the search index: every resource's words (name, organisation, the terms of
//! description, …) as a sorted vocabulary with posting lists, and per resource its tokens (the
//! forward index). It is the costly half to build (every word of every listing is folded and
//! interned), and only a search with text needs it, so [`super::Index`] builds it on demand.

use rustc_hash::FxHashMap;

use super::{is_stop_word, lookup, terms, Scratch, TokenRange, SPANISH_SYNONYMS, SYNONYMS};
use super::{W_DESCRIPTION, W_EXPECT, W_NAME, W_ORG, W_TAG};
use crate::model::{Area, ContactType, Language, Resource};
use crate::text::{edit_distance_within, for_each_word};

pub(super) struct Words {
    /// Sorted, folded vocabulary.
    tokens: Vec<Box<str>>,
    /// Inverted index: `post_*[post_start[t]..post_start[t+1]]` = (resource, weight) for token t.
    post_start: Vec<u32>,
    post_resource: Vec<u32>,
    post_weight: Vec<u8>,
    /// Forward index: per resource, its (token, weight) pairs sorted by token.
    fwd_start: Vec<u32>,
    fwd_token: Vec<u32>,
    fwd_weight: Vec<u8>,
}

/// The words under which a resource can be found, with their field weight.
pub(super) fn resource_words(r: &Resource, mut add: impl FnMut(&str, u8)) {
    let mut text = |s: &str, weight: u8| for_each_word(s, |w| add(w, weight));
    text(r.name, W_NAME);
    text(r.organization, W_ORG);
    text(terms::kind(r.kind), W_TAG);
    text(r.kind.slug(), W_TAG);
    text(terms::answered_by(r.answered_by), W_TAG);
    if r.crisis {
        text("crisis urgent", W_TAG);
    }
    for a in r.audiences {
        text(terms::audience(*a), W_TAG);
    }
    for t in r.topics {
        text(terms::topic(*t), W_TAG);
    }
    for area in r.areas {
        if let Some(a) = Area::from_slug(area) {
            text(terms::area(a), W_TAG);
        }
        text(area, W_TAG);
    }
    for region in r.regions() {
        text(terms::region(region), W_TAG);
    }
    for l in r.languages.iter().filter_map(|l| Language::from_slug(l)) {
        text(terms::language(l), W_TAG);
    }
    for c in r.contacts {
        text(terms::contact_type(c.kind), W_TAG);
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
    text(terms::cost(r.cost), W_TAG);
    text(r.description, W_DESCRIPTION);
    for line in r.what_to_expect {
        text(line, W_EXPECT);
    }
}

impl Words {
    /// The words of `resources`, taken in `order` (internal id → index in `resources`).
    pub(super) fn new(resources: &[Resource], order: &[u32]) -> Words {
        // Intern every word; collect each resource's (token, weight) pairs.
        let mut intern: FxHashMap<Box<str>, u32> = FxHashMap::default();
        let mut pairs: Vec<Vec<(u32, u8)>> = Vec::with_capacity(order.len());
        for &i in order {
            let mut own: Vec<(u32, u8)> = Vec::new();
            resource_words(&resources[i as usize], |w, weight| {
                let id = match intern.get(w) {
                    Some(&id) => id,
                    None => {
                        let id = intern.len() as u32;
                        intern.insert(w.into(), id);
                        id
                    }
                };
                own.push((id, weight));
            });
            pairs.push(own);
        }
        // Sorted vocabulary; remap ids to their rank.
        let mut vocab: Vec<(Box<str>, u32)> = intern.into_iter().collect();
        vocab.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut rank = vec![0u32; vocab.len()];
        for (r, (_, id)) in vocab.iter().enumerate() {
            rank[*id as usize] = r as u32;
        }
        let tokens: Vec<Box<str>> = vocab.into_iter().map(|(t, _)| t).collect();

        // Forward index, deduplicated (highest weight per token).
        let mut fwd_start = Vec::with_capacity(order.len() + 1);
        let mut fwd_token = Vec::new();
        let mut fwd_weight = Vec::new();
        let mut per_token = vec![0u32; tokens.len() + 1];
        for own in &mut pairs {
            fwd_start.push(fwd_token.len() as u32);
            for p in own.iter_mut() {
                p.0 = rank[p.0 as usize];
            }
            own.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
            own.dedup_by_key(|p| p.0);
            for &(t, w) in own.iter() {
                fwd_token.push(t);
                fwd_weight.push(w);
                per_token[t as usize + 1] += 1;
            }
        }
        fwd_start.push(fwd_token.len() as u32);
        // Inverted index by counting sort (resources stay in id order within each token).
        for t in 0..tokens.len() {
            per_token[t + 1] += per_token[t];
        }
        let post_start = per_token.clone();
        let mut fill = per_token;
        let mut post_resource = vec![0u32; fwd_token.len()];
        let mut post_weight = vec![0u8; fwd_token.len()];
        for r in 0..order.len() {
            for e in fwd_start[r] as usize..fwd_start[r + 1] as usize {
                let t = fwd_token[e] as usize;
                let at = fill[t] as usize;
                post_resource[at] = r as u32;
                post_weight[at] = fwd_weight[e];
                fill[t] += 1;
            }
        }
        Words { tokens, post_start, post_resource, post_weight, fwd_start, fwd_token, fwd_weight }
    }

    /// The number of resources.
    fn len(&self) -> usize {
        self.fwd_start.len() - 1
    }

    pub(super) fn token_count(&self) -> usize {
        self.tokens.len()
    }

    /// Token range starting with `prefix`.
    fn prefix_range(&self, prefix: &str) -> core::ops::Range<usize> {
        let start = self.tokens.partition_point(|t| &**t < prefix);
        let end = start + self.tokens[start..].partition_point(|t| t.starts_with(prefix));
        start..end
    }

    /// Adds the tokens starting with `alt`: the exact token (if any) scores higher.
    fn push_prefix_ranges(&self, alt: &str, ranges: &mut Vec<TokenRange>) {
        let r = self.prefix_range(alt);
        if r.is_empty() {
            return;
        }
        if &*self.tokens[r.start] == alt {
            ranges.push(TokenRange { start: r.start as u32, end: r.start as u32 + 1, quality: 3 });
            if r.len() > 1 {
                ranges.push(TokenRange { start: r.start as u32 + 1, end: r.end as u32, quality: 2 });
            }
        } else {
            ranges.push(TokenRange { start: r.start as u32, end: r.end as u32, quality: 2 });
        }
    }

    /// The token ranges one query word matches: itself and its synonyms by prefix (the exact
    /// token scoring higher), and close spellings for longer words.
    fn word_ranges(&self, word: &str, typing: bool) -> Vec<TokenRange> {
        let mut ranges = Vec::new();
        let spanish = lookup(SPANISH_SYNONYMS, word);
        let synonyms = lookup(SYNONYMS, word).or(spanish).unwrap_or(&[]);
        for alt in core::iter::once(word).chain(synonyms.iter().copied()) {
            self.push_prefix_ranges(alt, &mut ranges);
        }
        if typing && ranges.is_empty() && word.len() >= 3 && !is_stop_word(word) {
            // The word being typed, if no token starts with it, may be a Spanish word half typed
            // ("apo" for "apoyo"): it matches through the synonyms of every listed word it begins.
            let mut alts: Vec<&str> = Vec::new();
            for (_, synonyms) in SPANISH_SYNONYMS.iter().filter(|(w, _)| w.len() > word.len() && w.starts_with(word)) {
                for &alt in *synonyms {
                    if !alts.contains(&alt) {
                        alts.push(alt);
                        self.push_prefix_ranges(alt, &mut ranges);
                    }
                }
            }
        }
        let max_typos = match word.len() {
            0..=4 => return ranges,
            _ if spanish.is_some() => return ranges,
            5..=8 => 1,
            _ => 2,
        };
        // Typos: same first letter (as most search engines assume); a token is compared whole
        // and by its prefixes of similar length, so a typo in a partly typed word still matches.
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
                ranges.push(TokenRange { start: t as u32, end: t as u32 + 1, quality: 1 });
            }
        }
        ranges
    }

    fn postings_len(&self, ranges: &[TokenRange]) -> usize {
        ranges.iter().map(|r| (self.post_start[r.end as usize] - self.post_start[r.start as usize]) as usize).sum()
    }

    /// Best score of resource `r` for a word, from the forward index.
    fn forward_best(&self, r: u32, ranges: &[TokenRange]) -> u16 {
        let (a, b) = (self.fwd_start[r as usize] as usize, self.fwd_start[r as usize + 1] as usize);
        let toks = &self.fwd_token[a..b];
        let mut best = 0;
        for range in ranges {
            let mut i = toks.partition_point(|&t| t < range.start);
            while i < toks.len() && toks[i] < range.end {
                best = best.max(u16::from(self.fwd_weight[a + i]) * range.quality);
                i += 1;
            }
        }
        best
    }

    /// Adds the postings of `ranges` into `scratch.best`, listing touched resources.
    fn postings_best(&self, ranges: &[TokenRange], scratch: &mut Scratch) {
        for range in ranges {
            let (a, b) = (self.post_start[range.start as usize] as usize, self.post_start[range.end as usize] as usize);
            for p in a..b {
                let r = self.post_resource[p] as usize;
                let s = u16::from(self.post_weight[p]) * range.quality;
                let slot = &mut scratch.best[r];
                if *slot == 0 {
                    scratch.touched.push(r as u32);
                }
                if s > *slot {
                    *slot = s;
                }
            }
        }
    }

    /// Resources matching every word, with their scores in `scratch.score`. `typing`: the last
    /// word is still being typed.
    pub(super) fn text_candidates(&self, words: &[String], typing: bool, scratch: &mut Scratch) {
        scratch.candidates.clear();
        for (n, word) in words.iter().enumerate() {
            let typed = typing && n + 1 == words.len();
            let ranges = self.word_ranges(word, typed);
            if typed && n > 0 && ranges.is_empty() && is_stop_word(word) {
                // A function word at the end that no token starts with: left out, as if finished.
                break;
            }
            let postings = self.postings_len(&ranges);
            if n > 0 && postings > scratch.candidates.len() * 4 {
                // Few candidates left, many postings: check each candidate directly.
                let (candidates, score) = (&mut scratch.candidates, &mut scratch.score);
                candidates.retain(|&r| {
                    let b = self.forward_best(r, &ranges);
                    score[r as usize] += b;
                    b > 0
                });
            } else {
                scratch.touched.clear();
                self.postings_best(&ranges, scratch);
                if n == 0 {
                    let (best, score) = (&mut scratch.best, &mut scratch.score);
                    scratch.candidates.clear();
                    if scratch.touched.len() * 8 > self.len() {
                        // Most resources match: one sequential pass lists them in order.
                        for (r, b) in best.iter_mut().enumerate() {
                            if *b > 0 {
                                scratch.candidates.push(r as u32);
                                score[r] = *b;
                                *b = 0;
                            }
                        }
                    } else {
                        scratch.touched.sort_unstable();
                        for &r in &scratch.touched {
                            scratch.candidates.push(r);
                            score[r as usize] = best[r as usize];
                            best[r as usize] = 0;
                        }
                    }
                } else {
                    let (best, score) = (&scratch.best, &mut scratch.score);
                    scratch.candidates.retain(|&r| {
                        let b = best[r as usize];
                        score[r as usize] += b;
                        b > 0
                    });
                    for &r in &scratch.touched {
                        scratch.best[r as usize] = 0;
                    }
                }
            }
            if scratch.candidates.is_empty() {
                break;
            }
        }
    }
}
