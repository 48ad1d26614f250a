//! The directory's search engine: an in-memory index built once, then answered on every
//! keystroke and facet click without touching the network.
//!
//! - Text: every query word must match (AND). A word matches a token of the resource by prefix
//!   ("warm" → "warmline"), through a synonym ("sms" → "text"), or with a small typo for longer
//!   words (1 edit from 5 letters, 2 from 9). Field weights make a name match outrank a
//!   description match; exact beats prefix beats typo.
//! - Spanish: the data is in English, so Spanish words are synonyms of English ones ("apoyo" →
//!   "support", "pares" → "peer"), and accents and ñ are folded away (see [`crate::text`]). The
//!   word still being typed, if no token starts with it, matches through the synonyms of the
//!   Spanish words it begins ("apo" → "apoyo" → "support"), so results don't vanish mid-word.
//!   Spanish function words ("de", "la", "entre", …; see [`STOP_WORDS`]) would make "línea de
//!   crisis" match nothing, so a finished one (followed by a space or another word) is left out
//!   of the query, unless the query has nothing else. The word being typed is left out only if
//!   no token starts with it ("quiero hablar con alguien"): "de" on its way to "depression" is a
//!   prefix as before.
//! - Facets: OR within a group, AND across groups. Counts per value reflect every *other* active
//!   group, as faceted search does, so a person sees what a click would give.
//! - The vocabulary is a sorted token list with posting lists, so a prefix is a binary search and
//!   a keystroke touches only the postings of matching tokens.

use crate::model::{Region, Resource};

pub mod terms;
mod words;
use words::Words;

pub use crate::facet::{Facet, Masks, GROUPS};

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

/// Spanish words, folded (no accents, ñ as n), and the English words of the data they find.
/// Singular and plural are both listed where a person would type either. A word listed here is
/// a word, not a misspelling, so it gets no typo tolerance ("pares" finds peers, not "parents");
/// and a word no token starts with finds through the words here it begins ("apo" → "apoyo").
const SPANISH_SYNONYMS: &[(&str, &[&str])] = &[
    // Kinds of support and ways to reach them.
    ("linea", LINE),
    ("lineas", LINE),
    ("calida", &["warm"]),
    ("calidas", &["warm"]),
    ("apoyo", &["support"]),
    ("ayuda", &["help", "support"]),
    ("acompanamiento", &["support"]),
    ("pares", &["peer"]),
    ("iguales", &["peer"]),
    ("companero", &["peer"]),
    ("companera", &["peer"]),
    ("companeros", &["peer"]),
    ("companeras", &["peer"]),
    ("mutuo", &["mutual", "peer"]),
    ("mutua", &["mutual", "peer"]),
    ("grupo", &["group"]),
    ("grupos", &["group"]),
    ("reunion", &["meeting", "group"]),
    ("reuniones", &["meeting", "group"]),
    ("presencial", &["person", "meeting"]),
    ("comunidad", &["community"]),
    ("comunidades", &["community"]),
    ("foro", &["forum", "community"]),
    ("foros", &["forum", "community"]),
    ("virtual", &["online", "chat"]),
    ("aplicacion", &["app"]),
    ("aplicaciones", &["app"]),
    ("mensaje", &["text", "sms", "message"]),
    ("mensajes", &["text", "sms", "message"]),
    ("texto", &["text", "sms"]),
    ("textos", &["text", "sms"]),
    ("llamar", CALL),
    ("llamada", CALL),
    ("llamadas", CALL),
    ("telefono", CALL),
    ("telefonica", CALL),
    ("telefonico", CALL),
    ("correo", &["email"]),
    ("videollamada", &["video"]),
    ("senas", &["sign"]),
    ("hablar", &["talk"]),
    ("escuchar", &["listen", "hearing"]),
    ("escucha", &["listen", "hearing"]),
    ("escucho", &["listen", "hearing"]),
    ("oir", &["hearing"]),
    ("oigo", &["hearing"]),
    ("voluntario", &["volunteer"]),
    ("voluntarios", &["volunteer"]),
    ("voluntarias", &["volunteer"]),
    ("consejero", &["counsel"]),
    ("consejeros", &["counsel"]),
    ("consejeria", &["counsel"]),
    ("capacitacion", &["training"]),
    ("formacion", &["training"]),
    ("entrenamiento", &["training"]),
    ("certificacion", &["certification", "certified", "training"]),
    ("especialista", &["specialist", "training"]),
    ("especialistas", &["specialist", "training"]),
    ("respiro", &["respite"]),
    ("informacion", &["information"]),
    ("directorio", &["directory"]),
    ("servicio", &["service"]),
    ("servicios", &["service"]),
    ("gratis", &["free"]),
    ("gratuito", &["free"]),
    ("gratuita", &["free"]),
    ("gratuitos", &["free"]),
    ("gratuitas", &["free"]),
    ("anonimo", &["anonymous"]),
    ("anonima", &["anonymous"]),
    ("confidencial", &["confidential"]),
    ("urgencia", URGENT),
    ("urgencias", URGENT),
    ("urgente", URGENT),
    ("emergencia", URGENT),
    ("emergencias", URGENT),
    ("noche", &["night"]),
    ("vida", &["life"]),
    ("prevencion", &["prevention"]),
    // Who it is for.
    ("joven", &["youth", "young"]),
    ("jovenes", &["youth", "young"]),
    ("adolescente", &["youth", "teen"]),
    ("adolescentes", &["youth", "teen"]),
    ("nino", &["youth", "child"]),
    ("nina", &["youth", "child"]),
    ("ninos", &["youth", "child"]),
    ("ninas", &["youth", "child"]),
    ("infancia", &["youth", "child"]),
    ("estudiante", &["student", "youth", "young"]),
    ("estudiantes", &["student", "youth", "young"]),
    ("adultos", &["adult"]),
    ("mayores", &["older", "elder"]),
    ("mujeres", &["women", "woman"]),
    ("veterano", &["veteran"]),
    ("veterana", &["veteran"]),
    ("veteranos", &["veteran"]),
    ("veteranas", &["veteran"]),
    ("militar", &["veteran", "military", "service"]),
    ("militares", &["veteran", "military", "service"]),
    ("familia", FAMILY),
    ("familias", FAMILY),
    ("familiar", FAMILY),
    ("familiares", FAMILY),
    ("cuidador", CARER),
    ("cuidadora", CARER),
    ("cuidadores", CARER),
    ("cuidadoras", CARER),
    ("padres", &["parent", "family"]),
    ("madres", &["parent", "family"]),
    ("sordo", DEAF),
    ("sorda", DEAF),
    ("sordos", DEAF),
    ("sordas", DEAF),
    ("sordera", DEAF),
    ("indigena", &["indigenous"]),
    ("indigenas", &["indigenous"]),
    ("originarios", &["indigenous"]),
    ("aborigen", &["indigenous", "aboriginal"]),
    ("aborigenes", &["indigenous", "aboriginal"]),
    ("pueblos", &["peoples", "indigenous"]),
    ("lesbiana", &["lgbtq"]),
    ("lesbianas", &["lgbtq"]),
    ("diversidad", &["lgbtq"]),
    ("transgenero", &["trans"]),
    ("binario", &["nonbinary", "trans"]),
    ("binarie", &["nonbinary", "trans"]),
    // Topics.
    ("ansiedad", &["anxiety"]),
    ("panico", &["anxiety", "panic"]),
    ("depresion", &["depression"]),
    ("deprimido", &["depression"]),
    ("deprimida", &["depression"]),
    ("suicidio", SUICIDE),
    ("suicida", SUICIDE),
    ("suicidas", SUICIDE),
    ("autolesion", &["harm"]),
    ("autolesiones", &["harm"]),
    ("soledad", &["loneliness", "lonely"]),
    ("voces", &["voices"]),
    ("drogas", &["drugs", "substance"]),
    ("sustancias", &["substance"]),
    ("adiccion", &["addiction", "substance", "recovery"]),
    ("adicciones", &["addiction", "substance", "recovery"]),
    ("recuperacion", &["recovery"]),
    ("duelo", &["grief"]),
    ("estres", &["stress"]),
    ("salud", &["health"]),
    ("bienestar", &["wellbeing"]),
    ("esperanza", &["hope"]),
    // Languages and places.
    ("espanol", &["spanish"]),
    ("ingles", &["english"]),
    ("frances", &["french"]),
    ("estados", &["states"]),
    ("unidos", &["united"]),
    ("eeuu", &["states"]),
    ("reino", &["kingdom"]),
    ("unido", &["united"]),
    ("irlanda", &["ireland"]),
    ("nueva", &["new", "nova"]),
    ("zelanda", &["zealand"]),
    ("inglaterra", &["england", "kingdom"]),
    ("escocia", &["scotland", "scotia", "kingdom"]),
    ("gales", &["wales", "kingdom"]),
    ("norte", &["north"]),
    ("sur", &["south"]),
    ("britanica", &["british"]),
    ("internacional", &["international", "world"]),
    ("mundo", &["international", "world"]),
];

// Lists several Spanish words share.
const LINE: &[&str] = &["line", "warmline", "helpline", "hotline", "lifeline"];
const CALL: &[&str] = &["call", "phone"];
const URGENT: &[&str] = &["crisis", "urgent", "emergency"];
const FAMILY: &[&str] = &["family", "carer"];
const CARER: &[&str] = &["carer", "caregiver", "family"];
const DEAF: &[&str] = &["deaf"];
const SUICIDE: &[&str] = &["suicide", "suicidal"];

/// Spanish function words (articles, prepositions, conjunctions, possessives) and words that
/// say nothing about a listing ("personas", "alguien", "quiero" in "quiero hablar con alguien"),
/// folded. A finished one is left out of a query that has other words (see the module docs).
/// Not here: words English queries use ("a", "me"), words of names in the data ("al" of
/// "Al-Anon", "te" of "Te Whāriki"), "no" ("no binario"), and single letters that abbreviate
/// ("U.S.").
pub const STOP_WORDS: &[&str] = &[
    "alguien", "busco", "como", "con", "de", "del", "desde", "el", "en", "entre", "gente", "hasta", "la", "las", "lo", "los", "mi", "mis",
    "necesito", "o", "para", "persona", "personas", "por", "que", "quiero", "se", "sin", "sobre", "su", "sus", "tu", "tus", "un", "una",
    "unas", "uno", "unos", "y",
];

fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.binary_search(&word).is_ok()
}

fn lookup(table: &'static [(&str, &'static [&'static str])], word: &str) -> Option<&'static [&'static str]> {
    table.iter().find(|(w, _)| *w == word).map(|(_, s)| *s)
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
    /// The visitor's region: with no text to rank by, its country-wide options come first, then
    /// its local ones, then international ones, then the rest (each in name order).
    pub near: Option<Region>,
}

impl Search<'_> {
    /// Whether the text has a word to search for: only then does the search need the index's
    /// words ([`Index::add_words`]). Spaces and punctuation alone are no text.
    pub fn has_text(&self) -> bool {
        let mut any = false;
        crate::text::for_each_word(self.text, |_| any = true);
        any
    }
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
    /// Best score of the current word, per resource.
    best: Vec<u16>,
    touched: Vec<u32>,
    /// Sum of word scores, per resource.
    score: Vec<u16>,
    /// Resources matching every word so far, in internal id (name) order.
    candidates: Vec<u32>,
}

/// A set of tokens one query word matches: a sorted-vocabulary range and its match quality
/// (3 exact, 2 prefix, 1 typo).
#[derive(Clone, Copy, Debug)]
struct TokenRange {
    start: u32,
    end: u32,
    quality: u16,
}

/// The search index. Resources are stored internally in name order (internal id = rank by
/// name), so "name order" is id order and best-match sorting is a counting sort by score.
pub struct Index {
    len: usize,
    /// Internal id → index in the caller's slice.
    order: Vec<u32>,
    /// Index in the caller's slice → internal id.
    internal: Vec<u32>,
    /// Every resource's words, for text search: built with the index ([`Index::new`]), or when
    /// first needed ([`Index::without_words`], then [`Index::add_words`]).
    words: Option<Words>,
    /// Per resource, one bit per facet value (all groups side by side, see `offsets`).
    values: Vec<Bits>,
    /// Per resource, one bit per region it serves country-wide (an area that is the whole
    /// country, or `WORLD` for international).
    national: Vec<u32>,
    /// First bit of each group in `values`; `offsets[GROUPS]` is the total.
    offsets: [u8; GROUPS + 1],
    languages: Vec<&'static str>,
    scratch: core::cell::RefCell<Scratch>,
}

fn bit(i: usize) -> u32 {
    1 << i
}

/// One resource's facet values, one bit each, every group side by side.
type Bits = u128;

/// How many facet-value bits a resource has.
const BITS: usize = Bits::BITS as usize;

/// Most languages the facet can offer (all facet values share one mask per resource).
const MAX_LANGUAGES: usize = BITS - crate::facet::FIXED_VALUES;

impl Index {
    /// The whole index: facets and words.
    pub fn new(resources: &[Resource]) -> Index {
        let mut index = Index::without_words(resources);
        index.add_words(resources);
        index
    }

    /// The index without its words: facet filtering, counts and sorting work; a search with text
    /// needs [`Index::add_words`] first. Building the words is most of the cost of
    /// [`Index::new`] (14–68 ms of the app's start-up at 120 listings, 1× CPU in headless
    /// Chromium), and a page that only lists and filters never needs them.
    pub fn without_words(resources: &[Resource]) -> Index {
        let mut languages: Vec<&'static str> = Vec::new();
        for r in resources {
            for l in r.languages {
                if !languages.contains(l) {
                    languages.push(l);
                }
            }
        }
        // In the vocabulary's order (English, Spanish, French, then the rest), whatever the page's
        // language: the URL names languages by code, and facet bits must not depend on words.
        languages.sort_unstable_by_key(|l| crate::model::Language::from_slug(l).map_or(usize::MAX, |l| l.index()));
        languages.truncate(MAX_LANGUAGES);
        let mut offsets = [0u8; GROUPS + 1];
        for f in Facet::ALL {
            let len = match f {
                Facet::Language => languages.len(),
                other => other.values().len(),
            };
            offsets[f.index() + 1] = offsets[f.index()] + len as u8;
        }

        // Name order.
        let keys: Vec<String> = resources.iter().map(|r| crate::text::sort_key(r.name)).collect();
        let mut order: Vec<u32> = (0..resources.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| keys[a as usize].cmp(&keys[b as usize]).then(a.cmp(&b)));

        let values = order.iter().map(|&i| Self::values_of(&resources[i as usize], &languages, &offsets)).collect();
        let national = order
            .iter()
            .map(|&i| {
                let r = &resources[i as usize];
                r.areas.iter().filter(|a| !a.contains('-')).filter_map(|a| Region::of_area(a)).fold(0u32, |m, g| m | 1 << g.index())
            })
            .collect();
        let mut internal = vec![0u32; order.len()];
        for (i, &o) in order.iter().enumerate() {
            internal[o as usize] = i as u32;
        }
        Index { len: resources.len(), order, internal, words: None, values, national, offsets, languages, scratch: Default::default() }
    }

    fn values_of(r: &Resource, languages: &[&str], offsets: &[u8; GROUPS + 1]) -> Bits {
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
        (0..GROUPS).fold(0, |acc, g| acc | Bits::from(m[g]) << offsets[g])
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
    /// Builds the words of `resources` (the slice the index was built from), unless built.
    pub fn add_words(&mut self, resources: &[Resource]) {
        if self.words.is_none() {
            self.words = Some(Words::new(resources, &self.order));
        }
    }

    /// Whether text search is ready ([`Index::add_words`] has run).
    pub fn has_words(&self) -> bool {
        self.words.is_some()
    }

    pub fn token_count(&self) -> usize {
        self.words.as_ref().map_or(0, Words::token_count)
    }

    /// Recomputes "open now" for every resource at `now` (seconds since the epoch). Call it when
    /// the minute changes, not per keystroke.
    pub fn set_open_now(&mut self, resources: &[Resource], now: i64) {
        let open_bit: Bits = 1 << self.offsets[Facet::OpenNow.index()];
        for (internal, &i) in self.order.iter().enumerate() {
            let r = &resources[i as usize];
            let open = r.status == crate::model::Status::Active && crate::schedule::is_open(&r.hours.schedule, now);
            if open {
                self.values[internal] |= open_bit;
            } else {
                self.values[internal] &= !open_bit;
            }
        }
    }

    /// Whether resource `resource` (caller's index) was open at the last `set_open_now`.
    pub fn is_open(&self, resource: u32) -> bool {
        let open_bit: Bits = 1 << self.offsets[Facet::OpenNow.index()];
        self.internal.get(resource as usize).is_some_and(|&i| self.values[i as usize] & open_bit != 0)
    }

    /// Answers a search.
    pub fn search(&self, search: &Search) -> Results {
        let mut guard = self.scratch.borrow_mut();
        let scratch = &mut *guard;
        if scratch.best.len() != self.len {
            scratch.best = vec![0; self.len];
            scratch.score = vec![0; self.len];
        }
        let (words, typing) = query_words(search.text);
        let text_active = !words.is_empty();
        if text_active {
            match &self.words {
                Some(index) => index.text_candidates(&words, typing, scratch),
                // Text without words built (a caller's mistake): nothing matches, nothing panics.
                None => scratch.candidates.clear(),
            }
        }

        // Facets: OR within a group, AND across groups; counts against the other groups.
        let active: Vec<(usize, Bits)> = (0..GROUPS)
            .filter(|&g| search.selected[g] != 0)
            .map(|g| (g, (Bits::from(search.selected[g]) << self.offsets[g]) & self.group_mask(g)))
            .collect();
        let mut global = BitCounter::default();
        // Results in name order (candidates are in internal id order).
        let mut in_order = Vec::new();
        let mut visit = |r: u32| {
            let m = self.values[r as usize];
            let mut failed = usize::MAX;
            for &(g, sel) in &active {
                if m & sel == 0 {
                    if failed != usize::MAX {
                        return;
                    }
                    failed = g;
                }
            }
            if failed == usize::MAX {
                global.add(m);
                in_order.push(r);
            } else {
                global.add(m & self.group_mask(failed));
            }
        };
        if text_active {
            scratch.candidates.iter().for_each(|&r| visit(r));
        } else {
            (0..self.len as u32).for_each(&mut visit);
        }
        let global = global.counts();
        let mut counts: [Vec<u32>; GROUPS] = Default::default();
        for f in Facet::ALL {
            let (a, b) = (usize::from(self.offsets[f.index()]), usize::from(self.offsets[f.index() + 1]));
            counts[f.index()] = global[a..b].to_vec();
        }

        // A stable counting sort by the key keeps name order among equals.
        let open_bit: Bits = 1 << self.offsets[Facet::OpenNow.index()];
        let region_offset = self.offsets[Facet::Region.index()];
        let near = |r: u32| -> usize {
            let Some(region) = search.near else { return 0 };
            let (values, national) = (self.values[r as usize], self.national[r as usize]);
            let serves = |g: Region| values & (1 << (region_offset + g.index() as u8)) != 0;
            if national & (1 << region.index()) != 0 {
                3
            } else if serves(region) {
                2
            } else if serves(Region::International) {
                1
            } else {
                0
            }
        };
        let key = |r: u32| -> usize {
            let score = if text_active { usize::from(scratch.score[r as usize]) } else { 0 };
            match search.sort {
                Sort::Name => 0,
                Sort::BestMatch if !text_active => near(r),
                Sort::BestMatch => score,
                // Scores stay below 12 words × 30: open resources sort above every closed one.
                Sort::OpenNow => score + usize::from(self.values[r as usize] & open_bit != 0) * 512,
            }
        };
        let sorted = counting_sort_desc(&in_order, key);
        if text_active {
            for &r in &scratch.candidates {
                scratch.score[r as usize] = 0;
            }
        }
        Results { ids: sorted.into_iter().map(|r| self.order[r as usize]).collect(), counts }
    }

    fn group_mask(&self, g: usize) -> Bits {
        let (a, b) = (self.offsets[g], self.offsets[g + 1]);
        if usize::from(b - a) >= BITS {
            Bits::MAX
        } else {
            ((1 << (b - a)) - 1) << a
        }
    }
}

/// The words a query is answered with: folded, at most 12 distinct ones of at most 40 letters,
/// without finished Spanish function words unless nothing else is left (see the module docs);
/// and whether the last of them is the word still being typed.
fn query_words(text: &str) -> (Vec<String>, bool) {
    let all = crate::text::words(text);
    let typing = crate::text::ends_in_word(text);
    let left_out = |i: usize, w: &str| is_stop_word(w) && !(typing && i + 1 == all.len());
    let keep_all = all.iter().enumerate().all(|(i, w)| left_out(i, w));
    let mut words: Vec<String> = Vec::new();
    let mut last_is_typed = false;
    for (i, w) in all.iter().enumerate() {
        if words.len() == 12 {
            break;
        }
        if keep_all || !left_out(i, w) {
            let w: String = w.chars().take(40).collect();
            if !words.contains(&w) {
                words.push(w);
                last_is_typed = typing && i + 1 == all.len();
            }
        }
    }
    (words, last_is_typed)
}

/// One counter per facet-value bit, all at once, kept bit-sliced: adding a resource's mask is a
/// ripple carry over a few words instead of one increment per set bit.
#[derive(Default)]
struct BitCounter {
    planes: [Bits; 24],
}

impl BitCounter {
    fn add(&mut self, mut carry: Bits) {
        for plane in &mut self.planes {
            let next = *plane & carry;
            *plane ^= carry;
            carry = next;
            if carry == 0 {
                return;
            }
        }
    }

    fn counts(&self) -> [u32; BITS] {
        let mut out = [0u32; BITS];
        for (k, plane) in self.planes.iter().enumerate() {
            let mut bits = *plane;
            while bits != 0 {
                out[bits.trailing_zeros() as usize] += 1 << k;
                bits &= bits - 1;
            }
        }
        out
    }
}

/// Stable sort of `items` by `key` descending; keys are small integers (scores), so this is a
/// counting sort: linear, no comparisons.
fn counting_sort_desc(items: &[u32], key: impl Fn(u32) -> usize) -> Vec<u32> {
    let keys: Vec<u32> = items.iter().map(|&r| key(r) as u32).collect();
    let max = keys.iter().copied().max().unwrap_or(0) as usize;
    if max == 0 {
        return items.to_vec();
    }
    // start[k] = first output slot of key k, highest key first.
    let mut start = vec![0u32; max + 2];
    for &k in &keys {
        start[max - k as usize + 1] += 1;
    }
    for i in 0..=max {
        start[i + 1] += start[i];
    }
    let mut out = vec![0u32; items.len()];
    for (i, &k) in keys.iter().enumerate() {
        let s = &mut start[max - k as usize];
        out[*s as usize] = items[i];
        *s += 1;
    }
    out
}

#[cfg(test)]
mod tests;
