//! "Help me choose": a person's answers to a few gentle questions, kept in the URL, and a pure
//! ranking that turns them and the directory into three or four options, each with why it was
//! picked. Never a dead end: when nothing matches every answer, the least important answer is
//! let go first (and the person is told which), down to just "where"; "right now" is never let
//! go, so an option that is closed at this moment is never offered for it.

use crate::model::{AnsweredBy, Audience, ContactType, Cost, Kind, Region, Resource};
use crate::query_codec::{decode, encode, DirectoryQuery};
use crate::schedule;
use crate::search::Facet;

/// At most this many options are offered (three or four; never a long list).
pub const MAX_OPTIONS: usize = 4;

/// Declares an answer: its URL value and nothing else (labels are the app's words).
macro_rules! answer {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $slug:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub const fn slug(self) -> &'static str {
                match self { $($name::$variant => $slug),+ }
            }
            pub fn from_slug(s: &str) -> Option<$name> {
                match s { $($slug => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

answer! {
    /// "Are you safe right now?"
    Safety { Safe = "yes", NotSure = "not-sure", }
}

answer! {
    /// "Who would you like to talk to?"
    Who { Peer = "peer", Listener = "listener", }
}

answer! {
    /// "How would you like to reach out?"
    How { Call = "call", Text = "text", Chat = "chat", InPerson = "in-person", Community = "community", }
}

answer! {
    /// "When?"
    When { Now = "now", Today = "today", Week = "week", }
}

answer! {
    /// "Anything that matters to you?" (several)
    Need {
        Lgbtq = "lgbtq", Trans = "trans", Young = "young", Veteran = "veteran", Family = "family",
        Deaf = "deaf", Spanish = "spanish", French = "french", Indigenous = "indigenous", Free = "free",
    }
}

/// The answers so far. `None` is "skipped" or "not sure".
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    pub safety: Option<Safety>,
    pub who: Option<Who>,
    pub how: Option<How>,
    pub when: Option<When>,
    pub region: Option<Region>,
    pub needs: Vec<Need>,
}

/// The questions, in order; each is a step of the URL (`?step=who`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Safety,
    /// "No, or I'm not sure": the crisis line and emergency number, nothing else.
    Crisis,
    Who,
    How,
    When,
    Where,
    Needs,
    Results,
}

impl Step {
    pub const QUESTIONS: [Step; 6] = [Step::Safety, Step::Who, Step::How, Step::When, Step::Where, Step::Needs];

    pub const fn slug(self) -> &'static str {
        match self {
            Step::Safety => "safe",
            Step::Crisis => "crisis",
            Step::Who => "who",
            Step::How => "how",
            Step::When => "when",
            Step::Where => "where",
            Step::Needs => "needs",
            Step::Results => "results",
        }
    }

    pub fn from_slug(s: &str) -> Option<Step> {
        [Step::Safety, Step::Crisis, Step::Who, Step::How, Step::When, Step::Where, Step::Needs, Step::Results]
            .into_iter()
            .find(|x| x.slug() == s)
    }

    /// The step after this one (answered or skipped).
    pub fn next(self) -> Step {
        match self {
            Step::Safety => Step::Who,
            Step::Crisis => Step::Crisis,
            Step::Who => Step::How,
            Step::How => Step::When,
            Step::When => Step::Where,
            Step::Where => Step::Needs,
            Step::Needs | Step::Results => Step::Results,
        }
    }

    /// Which of the six questions this is (1-based), for "Question 2 of 6".
    pub fn number(self) -> Option<usize> {
        Step::QUESTIONS.iter().position(|s| *s == self).map(|i| i + 1)
    }
}

impl Answers {
    /// Reads answers and the step from a query string; anything unknown is ignored.
    pub fn parse(query: &str) -> (Step, Answers) {
        let mut a = Answers::default();
        let mut step = Step::Safety;
        for pair in query.trim_start_matches('?').split('&').take(32) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let Some(v) = decode(v) else { continue };
            match k {
                "step" => step = Step::from_slug(&v).unwrap_or(Step::Safety),
                "safe" => a.safety = Safety::from_slug(&v),
                "who" => a.who = Who::from_slug(&v),
                "how" => a.how = How::from_slug(&v),
                "when" => a.when = When::from_slug(&v),
                "where" => a.region = Region::from_slug(&v),
                "needs" => {
                    for n in v.split(',').filter_map(Need::from_slug) {
                        if !a.needs.contains(&n) {
                            a.needs.push(n);
                        }
                    }
                    a.needs.sort();
                }
                _ => {}
            }
        }
        (step, a)
    }

    /// The canonical query string for `step` with these answers.
    pub fn print(&self, step: Step) -> String {
        let mut parts = vec![format!("step={}", step.slug())];
        let mut push = |key: &str, value: Option<&str>| {
            if let Some(v) = value {
                parts.push(format!("{key}={}", encode(v)));
            }
        };
        push("safe", self.safety.map(Safety::slug));
        push("who", self.who.map(Who::slug));
        push("how", self.how.map(How::slug));
        push("when", self.when.map(When::slug));
        push("where", self.region.map(Region::slug));
        if !self.needs.is_empty() {
            let mut needs = self.needs.clone();
            needs.sort();
            parts.push(format!("needs={}", needs.iter().map(|n| n.slug()).collect::<Vec<_>>().join(",")));
        }
        parts.join("&")
    }

    /// "See more like these": the directory with the matching filters.
    pub fn directory_query(&self) -> DirectoryQuery {
        let mut q = DirectoryQuery::default();
        if let Some(r) = self.region {
            q.toggle(Facet::Region, r.index());
            if r != Region::International {
                q.toggle(Facet::Region, Region::International.index());
            }
        }
        if self.who == Some(Who::Peer) {
            q.toggle(Facet::AnsweredBy, AnsweredBy::Peers.index());
        }
        match self.how {
            Some(How::Call) => q.toggle(Facet::Contact, ContactType::Call.index()),
            Some(How::Text) => q.toggle(Facet::Contact, ContactType::Text.index()),
            Some(How::Chat) => q.toggle(Facet::Contact, ContactType::Chat.index()),
            Some(How::InPerson) => q.toggle(Facet::Kind, Kind::PeerRunGroup.index()),
            Some(How::Community) => q.toggle(Facet::Kind, Kind::OnlineCommunity.index()),
            None => {}
        }
        if self.when == Some(When::Now) {
            q.toggle(Facet::OpenNow, 0);
        }
        for n in &self.needs {
            match n {
                Need::Spanish => q.toggle_language("es"),
                Need::French => q.toggle_language("fr"),
                Need::Free => q.toggle(Facet::Cost, Cost::Free.index()),
                other => {
                    for a in audiences_of(*other) {
                        if !q.is_selected(Facet::Audience, a.index()) {
                            q.toggle(Facet::Audience, a.index());
                        }
                    }
                }
            }
        }
        q
    }
}

/// The audiences a need is met by.
fn audiences_of(need: Need) -> &'static [Audience] {
    match need {
        Need::Lgbtq => &[Audience::Lgbtq, Audience::Trans],
        Need::Trans => &[Audience::Trans],
        Need::Young => &[Audience::Youth, Audience::YoungAdults],
        Need::Veteran => &[Audience::Veterans],
        Need::Family => &[Audience::FamilyCarers],
        Need::Deaf => &[Audience::Deaf],
        Need::Indigenous => &[Audience::Indigenous],
        Need::Spanish | Need::French | Need::Free => &[],
    }
}

/// An answer the ranking let go of, because nothing matched all of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Relaxed {
    Needs,
    How,
    Who,
    Where,
}

/// Least important first: the order answers are let go of.
pub const RELAX_ORDER: [Relaxed; 4] = [Relaxed::Needs, Relaxed::How, Relaxed::Who, Relaxed::Where];

/// Why an option was picked (the app says it in words).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    OpenNow,
    PeerRun,
    Channel(How),
    InRegion(Region),
    Anywhere,
    Need(Need),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pick {
    /// Index in the directory.
    pub resource: u32,
    pub reasons: Vec<Reason>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Recommendation {
    pub picks: Vec<Pick>,
    /// The answers let go of, in the order they were.
    pub relaxed: Vec<Relaxed>,
}

fn is_peer(r: &Resource) -> bool {
    r.answered_by == AnsweredBy::Peers || matches!(r.kind, Kind::PeerRunGroup | Kind::PeerRespite)
}

fn reaches_by(r: &Resource, how: How) -> bool {
    let has = |t: ContactType| r.contacts.iter().any(|c| c.kind == t);
    match how {
        How::Call => has(ContactType::Call),
        How::Text => has(ContactType::Text),
        How::Chat => has(ContactType::Chat),
        How::InPerson => matches!(r.kind, Kind::PeerRunGroup | Kind::PeerRespite),
        How::Community => matches!(r.kind, Kind::OnlineCommunity | Kind::PeerSupportApp),
    }
}

fn meets(r: &Resource, need: Need) -> bool {
    match need {
        Need::Spanish => r.languages.contains(&"es"),
        Need::French => r.languages.contains(&"fr"),
        Need::Free => r.cost == Cost::Free,
        other => audiences_of(other).iter().any(|a| r.audiences.contains(a)),
    }
}

/// 3: serves the region country-wide; 2: part of it; 1: anywhere (online, international); 0: not.
fn reach(r: &Resource, region: Region) -> u8 {
    let national = r.areas.iter().any(|a| !a.contains('-') && Region::of_area(a) == Some(region));
    if national {
        3
    } else if r.regions().any(|g| g == region) {
        2
    } else if r.regions().any(|g| g == Region::International) {
        1
    } else {
        0
    }
}

/// Whether a listing is a way to get support (not training or a directory of services).
fn is_support(r: &Resource) -> bool {
    !matches!(r.kind, Kind::Training | Kind::Directory) && r.status == crate::model::Status::Active
}

/// Three or four options for these answers, at `now` (seconds since the epoch).
pub fn recommend(resources: &[Resource], answers: &Answers, now: i64) -> Recommendation {
    let mut relaxed = Vec::new();
    for round in 0..=RELAX_ORDER.len() {
        relaxed = RELAX_ORDER[..round].to_vec();
        let picks = pick(resources, answers, &relaxed, now);
        if !picks.is_empty() {
            return Recommendation { picks, relaxed };
        }
    }
    Recommendation { picks: Vec::new(), relaxed }
}

fn pick(resources: &[Resource], a: &Answers, relaxed: &[Relaxed], now: i64) -> Vec<Pick> {
    let keeps = |x: Relaxed| !relaxed.contains(&x);
    let open_now = |r: &Resource| schedule::is_open(&r.hours.schedule, now);
    let mut candidates: Vec<(u32, [u16; 5], Vec<Reason>)> = Vec::new();
    for (i, r) in resources.iter().enumerate() {
        if !is_support(r) {
            continue;
        }
        // "Right now" is never let go: nothing closed at this moment is offered for it.
        if a.when == Some(When::Now) && !open_now(r) {
            continue;
        }
        let reach = a.region.map_or(1, |g| reach(r, g));
        if keeps(Relaxed::Where) && a.region.is_some() && reach == 0 {
            continue;
        }
        if keeps(Relaxed::Who) && a.who == Some(Who::Peer) && !is_peer(r) {
            continue;
        }
        if keeps(Relaxed::How) && a.how.is_some_and(|h| !reaches_by(r, h)) {
            continue;
        }
        if keeps(Relaxed::Needs) && !a.needs.iter().all(|n| meets(r, *n)) {
            continue;
        }
        let mut reasons = Vec::new();
        if a.when.is_some() && open_now(r) {
            reasons.push(Reason::OpenNow);
        }
        if is_peer(r) {
            reasons.push(Reason::PeerRun);
        }
        if let Some(h) = a.how.filter(|h| reaches_by(r, *h)) {
            reasons.push(Reason::Channel(h));
        }
        match (a.region, reach) {
            (Some(g), 2..=3) => reasons.push(Reason::InRegion(g)),
            (_, 1) if a.region.is_some() => reasons.push(Reason::Anywhere),
            _ => {}
        }
        reasons.extend(a.needs.iter().filter(|n| meets(r, **n)).map(|n| Reason::Need(*n)));
        // Ranked by, in order: who answers as asked (peers, or trained listeners), open now (for
        // "now" and "today"), how many answers it meets, reach into the region, not a crisis line
        // (this path is for people who said they are safe), then name order.
        let who = match a.who {
            Some(Who::Peer) => is_peer(r),
            Some(Who::Listener) => !is_peer(r) && r.answered_by != AnsweredBy::Peers,
            None => false,
        };
        let key = [
            u16::from(who),
            u16::from(matches!(a.when, Some(When::Now | When::Today)) && open_now(r)),
            u16::from(a.how.is_some_and(|h| reaches_by(r, h))) + a.needs.iter().filter(|n| meets(r, **n)).count() as u16,
            u16::from(reach),
            u16::from(!r.crisis),
        ];
        candidates.push((i as u32, key, reasons));
    }
    candidates.sort_by(|x, y| {
        y.1.cmp(&x.1)
            .then_with(|| crate::text::sort_key(resources[x.0 as usize].name).cmp(&crate::text::sort_key(resources[y.0 as usize].name)))
    });
    candidates.into_iter().take(MAX_OPTIONS).map(|(resource, _, reasons)| Pick { resource, reasons }).collect()
}

#[cfg(test)]
mod tests;
