//! The directory's state in the URL: `?q=warm&region=us&kind=warmline,peer-run-group&open=now`.
//!
//! Printing is canonical (keys in [`Facet::ALL`] order, values in vocabulary order, defaults
//! omitted), so one view has exactly one URL. Parsing is forgiving and safe: unknown keys and
//! values, bad percent-encoding and oversized input are ignored, never echoed as markup.

use crate::search::{Facet, Masks, Sort};

/// Longest search text kept from a URL, in characters.
pub const MAX_TEXT: usize = 120;
/// Query strings longer than this are cut before parsing.
pub const MAX_QUERY: usize = 4096;
const MAX_LANGUAGES: usize = 16;

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct DirectoryQuery {
    pub text: String,
    /// Selected values per facet group, as bits in vocabulary order. The language group is
    /// kept in `languages` instead, because its values come from the data.
    pub facets: Masks,
    /// Selected language codes, sorted.
    pub languages: Vec<String>,
    pub sort: Sort,
}

fn is_language_code(s: &str) -> bool {
    (2..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase())
}

impl DirectoryQuery {
    pub fn is_selected(&self, facet: Facet, i: usize) -> bool {
        i < 32 && self.facets[facet.index()] & (1 << i) != 0
    }

    pub fn toggle(&mut self, facet: Facet, i: usize) {
        self.facets[facet.index()] ^= 1 << i;
    }

    pub fn toggle_language(&mut self, code: &str) {
        if let Some(pos) = self.languages.iter().position(|l| l == code) {
            self.languages.remove(pos);
        } else if is_language_code(code) {
            self.languages.push(code.to_owned());
            self.languages.sort();
        }
    }

    /// Whether any filter (not the text or sort) is active.
    pub fn has_filters(&self) -> bool {
        self.facets.iter().any(|m| *m != 0) || !self.languages.is_empty()
    }

    /// Removes every filter and the text, keeping the sort.
    pub fn clear(&mut self) {
        *self = DirectoryQuery { sort: self.sort, ..Default::default() };
    }

    /// Facet masks for the search engine, given the directory's language table.
    pub fn masks(&self, languages: &[&str]) -> Masks {
        let mut m = self.facets;
        m[Facet::Language.index()] =
            self.languages.iter().filter_map(|l| languages.iter().position(|x| x == l)).fold(0, |acc, i| acc | 1 << i);
        m
    }

    /// Parses a query string (with or without the leading `?`).
    pub fn parse(query: &str) -> DirectoryQuery {
        let mut cut = query.len().min(MAX_QUERY);
        while !query.is_char_boundary(cut) {
            cut -= 1;
        }
        let query = query[..cut].strip_prefix('?').unwrap_or(&query[..cut]);
        DirectoryQuery::from_pairs(query.split('&').filter_map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            Some((decode(key)?, decode(value)?))
        }))
    }

    /// Reads decoded `(key, value)` pairs, in URL order. Unknown keys and values are ignored; at
    /// most 64 pairs are read.
    fn from_pairs<K: AsRef<str>, V: AsRef<str>>(pairs: impl IntoIterator<Item = (K, V)>) -> DirectoryQuery {
        let mut q = DirectoryQuery::default();
        for (key, value) in pairs.into_iter().take(64) {
            let (key, value) = (key.as_ref(), value.as_ref());
            if key == "q" {
                if q.text.is_empty() {
                    q.text = value.chars().filter(|c| !c.is_control()).take(MAX_TEXT).collect();
                }
            } else if key == "sort" {
                if let Some(s) = Sort::from_slug(value) {
                    q.sort = s;
                }
            } else if key == Facet::Language.key() {
                for code in value.split(',') {
                    if is_language_code(code) && !q.languages.iter().any(|l| l == code) && q.languages.len() < MAX_LANGUAGES {
                        q.languages.push(code.to_owned());
                    }
                }
            } else if let Some(facet) = Facet::from_key(key) {
                for v in value.split(',') {
                    if let Some(i) = facet.value_index(v) {
                        q.facets[facet.index()] |= 1 << i;
                    }
                }
            }
        }
        q.languages.sort();
        q
    }

    /// The canonical query string, without `?`; empty for the default view.
    pub fn print(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if !self.text.is_empty() {
            parts.push(format!("q={}", encode(&self.text)));
        }
        for facet in Facet::ALL {
            let values: Vec<&str> = if facet == Facet::Language {
                self.languages.iter().map(String::as_str).collect()
            } else {
                (0..32).filter(|&i| self.is_selected(facet, i)).filter_map(|i| facet.value_slug(i)).collect()
            };
            if !values.is_empty() {
                parts.push(format!("{}={}", facet.key(), values.join(",")));
            }
        }
        if self.sort != Sort::default() {
            parts.push(format!("sort={}", self.sort.slug()));
        }
        parts.join("&")
    }
}

/// Percent-decodes a query component (`+` is a space). `None` if the result is not UTF-8.
pub fn decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// Percent-encodes a query component; spaces become `+`.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            b' ' => out.push('+'),
            _ => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                out.push('%');
                out.push(HEX[usize::from(b >> 4)] as char);
                out.push(HEX[usize::from(b & 15)] as char);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;
    use crate::search::GROUPS;
    use proptest::prelude::*;

    #[test]
    fn parses_and_prints_canonically() {
        let q = DirectoryQuery::parse("?kind=peer-run-group,warmline&q=warm+line&region=us&open=now&lang=es&lang=en&sort=name");
        assert_eq!(q.text, "warm line");
        assert!(q.is_selected(Facet::Kind, Kind::Warmline.index()));
        assert!(q.is_selected(Facet::Kind, Kind::PeerRunGroup.index()));
        assert_eq!(q.languages, ["en", "es"]);
        assert_eq!(q.print(), "q=warm+line&region=us&kind=warmline,peer-run-group&open=now&lang=en,es&sort=name");
        assert_eq!(DirectoryQuery::parse("").print(), "");
    }

    #[test]
    fn hostile_input_is_ignored_or_kept_as_plain_text() {
        let q = DirectoryQuery::parse("q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&kind=%FF&kind=&x=1&region=mars&lang=EN,english,e1");
        assert_eq!(q.text, "<img src=x onerror=alert(1)>");
        assert!(!q.has_filters());
        let huge = format!("q={}&kind=warmline", "a".repeat(100_000));
        let q = DirectoryQuery::parse(&huge);
        assert_eq!(q.text.len(), MAX_TEXT);
        assert!(!q.has_filters(), "parameters past the size limit are dropped");
        assert_eq!(DirectoryQuery::parse("q=%E2%82").text, "", "invalid UTF-8 is ignored");
        assert_eq!(DirectoryQuery::parse("q=100%").text, "100%");
        assert_eq!(DirectoryQuery::parse("q=%41%4").text, "A%4");
    }

    #[test]
    fn masks_follow_the_directory_languages() {
        let mut q = DirectoryQuery::parse("lang=mi,fr");
        assert_eq!(q.masks(&["en", "mi"])[Facet::Language.index()], 0b10);
        q.toggle_language("mi");
        assert_eq!(q.languages, ["fr"]);
        q.toggle(Facet::Cost, 0);
        assert!(q.has_filters());
        q.clear();
        assert_eq!(q, DirectoryQuery::default());
    }

    fn arb_query() -> impl Strategy<Value = DirectoryQuery> {
        let facet_masks = proptest::array::uniform9(0u32..512);
        (proptest::string::string_regex(".{0,40}").unwrap(), facet_masks, proptest::collection::btree_set("[a-z]{2,3}", 0..4), 0usize..3)
            .prop_map(|(text, masks, langs, sort)| {
                let mut facets = [0u32; GROUPS];
                for f in Facet::ALL {
                    let n = f.values().len();
                    facets[f.index()] = if f == Facet::Language { 0 } else { masks[f.index()] & ((1u32 << n) - 1) };
                }
                let text: String = text.chars().filter(|c| !c.is_control()).collect();
                DirectoryQuery { text, facets, languages: langs.into_iter().collect(), sort: Sort::ALL[sort] }
            })
    }

    proptest! {
        #[test]
        fn parse_print_round_trip(q in arb_query()) {
            prop_assert_eq!(DirectoryQuery::parse(&q.print()), q);
        }

        #[test]
        fn decoded_pairs_read_like_the_query_string(q in arb_query()) {
            let printed = q.print();
            let pairs = printed.split('&').filter(|p| !p.is_empty()).map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                (decode(k).unwrap(), decode(v).unwrap())
            });
            prop_assert_eq!(DirectoryQuery::from_pairs(pairs), q);
        }

        #[test]
        fn printing_a_parse_is_idempotent(s in ".{0,200}") {
            let once = DirectoryQuery::parse(&s).print();
            prop_assert_eq!(DirectoryQuery::parse(&once).print(), once);
        }
    }
}
