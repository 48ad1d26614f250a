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

use crate::model::{ContactType, Region, Resource};
use crate::text::{edit_distance_within, for_each_word};

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
    /// The visitor's region: with no text to rank by, its country-wide options come first, then
    /// its local ones, then international ones, then the rest (each in name order).
    pub near: Option<Region>,
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
    /// Per resource, one bit per facet value (all groups side by side, see `offsets`).
    values: Vec<u64>,
    /// Per resource, one bit per region it serves country-wide (an area that is the whole
    /// country, or `WORLD` for international).
    national: Vec<u8>,
    /// First bit of each group in `values`; `offsets[GROUPS]` is the total.
    offsets: [u8; GROUPS + 1],
    languages: Vec<&'static str>,
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

/// Most languages the facet can offer (all facet values share one 64-bit mask per resource).
const MAX_LANGUAGES: usize = 64 - crate::facet::FIXED_VALUES;

impl Index {
    pub fn new(resources: &[Resource]) -> Index {
        let mut languages: Vec<&'static str> = Vec::new();
        for r in resources {
            for l in r.languages {
                if !languages.contains(l) {
                    languages.push(l);
                }
            }
        }
        languages.sort_unstable_by_key(|l| (*l != "en", crate::model::language_label(l)));
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

        // Intern every word; collect each resource's (token, weight) pairs.
        let mut intern: std::collections::HashMap<Box<str>, u32> = std::collections::HashMap::new();
        let mut vocab: Vec<Box<str>> = Vec::new();
        let mut pairs: Vec<Vec<(u32, u8)>> = Vec::with_capacity(resources.len());
        let mut values = Vec::with_capacity(resources.len());
        let mut national = Vec::with_capacity(resources.len());
        for &i in &order {
            let r = &resources[i as usize];
            let mut own: Vec<(u32, u8)> = Vec::new();
            resource_words(r, |w, weight| {
                let id = match intern.get(w) {
                    Some(&id) => id,
                    None => {
                        let id = vocab.len() as u32;
                        vocab.push(w.into());
                        intern.insert(w.into(), id);
                        id
                    }
                };
                own.push((id, weight));
            });
            pairs.push(own);
            values.push(Self::values_of(r, &languages, &offsets));
            national
                .push(r.areas.iter().filter(|a| !a.contains('-')).filter_map(|a| Region::of_area(a)).fold(0u8, |m, g| m | 1 << g.index()));
        }
        drop(intern);
        // Sorted vocabulary; remap ids to their rank.
        let mut by_text: Vec<u32> = (0..vocab.len() as u32).collect();
        by_text.sort_unstable_by(|&a, &b| vocab[a as usize].cmp(&vocab[b as usize]));
        let mut rank = vec![0u32; vocab.len()];
        for (r, &t) in by_text.iter().enumerate() {
            rank[t as usize] = r as u32;
        }
        let mut vocab: Vec<Option<Box<str>>> = vocab.into_iter().map(Some).collect();
        let tokens: Vec<Box<str>> = by_text.iter().map(|&t| vocab[t as usize].take().unwrap_or_default()).collect();

        // Forward index, deduplicated (highest weight per token).
        let mut fwd_start = Vec::with_capacity(resources.len() + 1);
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
        for r in 0..resources.len() {
            for e in fwd_start[r] as usize..fwd_start[r + 1] as usize {
                let t = fwd_token[e] as usize;
                let at = fill[t] as usize;
                post_resource[at] = r as u32;
                post_weight[at] = fwd_weight[e];
                fill[t] += 1;
            }
        }
        let mut internal = vec![0u32; order.len()];
        for (i, &o) in order.iter().enumerate() {
            internal[o as usize] = i as u32;
        }
        Index {
            len: resources.len(),
            order,
            internal,
            tokens,
            post_start,
            post_resource,
            post_weight,
            fwd_start,
            fwd_token,
            fwd_weight,
            values,
            national,
            offsets,
            languages,
            scratch: Default::default(),
        }
    }

    fn values_of(r: &Resource, languages: &[&str], offsets: &[u8; GROUPS + 1]) -> u64 {
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
        (0..GROUPS).fold(0u64, |acc, g| acc | u64::from(m[g]) << offsets[g])
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

    /// Recomputes "open now" for every resource at `now` (seconds since the epoch). Call it when
    /// the minute changes, not per keystroke.
    pub fn set_open_now(&mut self, resources: &[Resource], now: i64) {
        let open_bit = 1u64 << self.offsets[Facet::OpenNow.index()];
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
        let open_bit = 1u64 << self.offsets[Facet::OpenNow.index()];
        self.internal.get(resource as usize).is_some_and(|&i| self.values[i as usize] & open_bit != 0)
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
    fn text_candidates(&self, words: &[String], typing: bool, scratch: &mut Scratch) {
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
                    if scratch.touched.len() * 8 > self.len {
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
            self.text_candidates(&words, typing, scratch);
        }

        // Facets: OR within a group, AND across groups; counts against the other groups.
        let active: Vec<(usize, u64)> = (0..GROUPS)
            .filter(|&g| search.selected[g] != 0)
            .map(|g| (g, (u64::from(search.selected[g]) << self.offsets[g]) & self.group_mask(g)))
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
        let open_bit = 1u64 << self.offsets[Facet::OpenNow.index()];
        let region_offset = self.offsets[Facet::Region.index()];
        let near = |r: u32| -> usize {
            let Some(region) = search.near else { return 0 };
            let (values, national) = (self.values[r as usize], self.national[r as usize]);
            let serves = |g: Region| values & (1u64 << (region_offset + g.index() as u8)) != 0;
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

    fn group_mask(&self, g: usize) -> u64 {
        let (a, b) = (self.offsets[g], self.offsets[g + 1]);
        if b - a >= 64 {
            u64::MAX
        } else {
            ((1u64 << (b - a)) - 1) << a
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

/// 64 counters at once, one per facet-value bit, kept bit-sliced: adding a resource's mask is a
/// ripple carry over a few words instead of one increment per set bit.
#[derive(Default)]
struct BitCounter {
    planes: [u64; 24],
}

impl BitCounter {
    fn add(&mut self, mut carry: u64) {
        for plane in &mut self.planes {
            let next = *plane & carry;
            *plane ^= carry;
            carry = next;
            if carry == 0 {
                return;
            }
        }
    }

    fn counts(&self) -> [u32; 64] {
        let mut out = [0u32; 64];
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
