//! What a directory resource is. The compiled directory is a `&'static [Resource]` generated at
//! build time from `content/directory/*.toml` (see `crates/content`); its shape follows Open
//! Referral HSDS (service, phones, schedules, service areas, languages, attributes), flattened.

use serde::{Deserialize, Serialize};

use crate::bundle::leak;
use crate::date::Date;
use crate::tz::ZoneId;

/// A value of a controlled vocabulary: its slug in data files and URLs, and its English label
/// (a page in another language looks its own label up by the slug).
pub trait Vocabulary: Copy {
    fn slug(self) -> &'static str;
    fn label(self) -> &'static str;
}

/// Declares a controlled vocabulary: an enum whose variants have a stable URL/data slug and a
/// human label, in display order.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $slug:literal, $label:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The identifier used in data files and URLs.
            pub const fn slug(self) -> &'static str {
                match self { $($name::$variant => $slug),+ }
            }
            /// What a person reads.
            pub const fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }
            pub fn from_slug(s: &str) -> Option<$name> {
                match s { $($slug => Some($name::$variant),)+ _ => None }
            }
            /// Position in [`Self::ALL`]: the bit used in facet masks.
            pub const fn index(self) -> usize { self as usize }
        }

        impl $crate::model::Vocabulary for $name {
            fn slug(self) -> &'static str { $name::slug(self) }
            fn label(self) -> &'static str { $name::label(self) }
        }
    };
}

vocabulary! {
    /// What sort of help a resource is.
    Kind {
        CrisisLine = "crisis-line", "Crisis line";
        Warmline = "warmline", "Warmline";
        Helpline = "helpline", "Information line";
        PeerRunGroup = "peer-run-group", "Peer-run group";
        OnlineCommunity = "online-community", "Online peer community";
        PeerSupportApp = "peer-support-app", "Peer-support app";
        PeerRespite = "peer-respite", "Peer respite";
        Training = "training", "Training and certification";
        Directory = "directory", "Directory of services";
    }
}

vocabulary! {
    /// Who a person reaches.
    AnsweredBy {
        Peers = "peers", "Peers with lived experience";
        Volunteers = "volunteers", "Trained volunteers";
        Counsellors = "counsellors", "Counsellors or clinicians";
        Mixed = "mixed", "A mix of people";
    }
}

vocabulary! {
    /// A way to get in touch.
    ContactType {
        Call = "call", "Call";
        Text = "text", "Text";
        Chat = "chat", "Online chat";
        Video = "video", "Video or sign language";
        Tty = "tty", "TTY";
        Email = "email", "Email";
        Website = "website", "Website";
        App = "app", "App";
    }
}

vocabulary! {
    Cost {
        Free = "free", "Free";
        FreeAndPaid = "free-and-paid", "Free, with paid options";
        Paid = "paid", "Paid";
    }
}

vocabulary! {
    /// Groups a resource is especially for. An empty list means everyone.
    Audience {
        Youth = "youth", "Children and teens";
        YoungAdults = "young-adults", "Young adults";
        OlderAdults = "older-adults", "Older adults";
        Lgbtq = "lgbtq", "LGBTQ+ people";
        Trans = "trans", "Trans and nonbinary people";
        Veterans = "veterans", "Veterans and service members";
        Indigenous = "indigenous", "Indigenous peoples";
        FamilyCarers = "family-carers", "Family and carers";
        Deaf = "deaf", "Deaf and hard of hearing";
    }
}

vocabulary! {
    Topic {
        Crisis = "crisis", "Crisis";
        Suicide = "suicide", "Suicidal thoughts";
        SelfHarm = "self-harm", "Self-harm";
        Depression = "depression", "Depression";
        Bipolar = "bipolar", "Bipolar";
        Anxiety = "anxiety", "Anxiety";
        Voices = "voices", "Hearing voices";
        SubstanceUse = "substance-use", "Alcohol and drugs";
        Loneliness = "loneliness", "Loneliness";
        Recovery = "recovery", "Recovery";
        PeerWork = "peer-work", "Working as a peer";
        General = "general", "Any worry";
    }
}

vocabulary! {
    /// The regions the directory is organised by, derived from a resource's service areas.
    Region {
        Us = "us", "United States";
        Uk = "uk", "United Kingdom";
        Canada = "canada", "Canada";
        Australia = "australia", "Australia";
        Ireland = "ireland", "Ireland";
        NewZealand = "new-zealand", "New Zealand";
        International = "international", "Anywhere (online or international)";
    }
}

vocabulary! {
    /// Whether a service is for crisis moments.
    Urgency {
        Crisis = "yes", "For a crisis";
        NonCrisis = "no", "Not for a crisis";
    }
}

vocabulary! {
    Status {
        Active = "active", "Active";
        TemporarilyClosed = "temporarily-closed", "Temporarily closed";
    }
}

impl Region {
    /// The region of a service-area code (`US`, `US-CA`, `GB`, `WORLD`, …).
    pub fn of_area(area: &str) -> Option<Region> {
        let country = area.split('-').next().unwrap_or(area);
        Some(match country {
            "US" => Region::Us,
            "GB" => Region::Uk,
            "CA" => Region::Canada,
            "AU" => Region::Australia,
            "IE" => Region::Ireland,
            "NZ" => Region::NewZealand,
            "WORLD" => Region::International,
            _ => return None,
        })
    }
}

/// A name for a service-area code, e.g. `US-CA` → "California".
pub fn area_label(area: &str) -> &str {
    match area {
        "US" => "United States",
        "GB" => "United Kingdom",
        "CA" => "Canada",
        "AU" => "Australia",
        "IE" => "Ireland",
        "NZ" => "New Zealand",
        "WORLD" => "Anywhere",
        "GB-ENG" => "England",
        "GB-NIR" => "Northern Ireland",
        "GB-SCT" => "Scotland",
        "GB-WLS" => "Wales",
        "US-CA" => "California",
        "US-NY" => "New York",
        "US-TX" => "Texas",
        "CA-AB" => "Alberta",
        "CA-BC" => "British Columbia",
        "CA-NS" => "Nova Scotia",
        "CA-ON" => "Ontario",
        "CA-QC" => "Quebec",
        "AU-NSW" => "New South Wales",
        "AU-VIC" => "Victoria",
        _ => area,
    }
}

/// The name of a language code, in English.
pub fn language_label(code: &str) -> &str {
    match code {
        "en" => "English",
        "es" => "Spanish",
        "fr" => "French",
        "ga" => "Irish",
        "cy" => "Welsh",
        "mi" => "Māori",
        "cr" => "Cree",
        "oj" => "Ojibwe",
        "iu" => "Inuktitut",
        "ase" => "American Sign Language",
        "zh" => "Chinese",
        "ar" => "Arabic",
        "vi" => "Vietnamese",
        "ko" => "Korean",
        "tl" => "Tagalog",
        "pt" => "Portuguese",
        "de" => "German",
        "it" => "Italian",
        "hi" => "Hindi",
        "pa" => "Punjabi",
        _ => code,
    }
}

/// A published contact fact with where it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub kind: ContactType,
    /// Number as dialled, URL, or email address.
    pub value: &'static str,
    /// For texts: the word to send, if any.
    pub keyword: Option<&'static str>,
    pub label: Option<&'static str>,
    pub note: Option<&'static str>,
    /// The language the service answers in on this contact, when it is not the listing's
    /// usual one (e.g. `es` for 988's "press 2").
    pub lang: Option<&'static str>,
    pub source: &'static str,
    pub verified: Date,
}

/// A weekly opening period. `days` is a bit set, Monday = bit 0. `closes <= opens` means the
/// period runs past midnight into the next day. Minutes past local midnight; `closes` may be 1440.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub days: u8,
    pub opens: u16,
    pub closes: u16,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Schedule {
    /// Open 24 hours, every day.
    Always,
    Weekly {
        zone: ZoneId,
        #[serde(deserialize_with = "leak")]
        periods: &'static [Period],
    },
    /// Times vary (e.g. local groups); no "open now" claim is made.
    Varies,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hours {
    pub schedule: Schedule,
    pub note: Option<&'static str>,
    pub source: &'static str,
    pub verified: Date,
}

/// Something a person should know before using a service (e.g. reported practices), with the
/// page that reports it. Shown beside what the service offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Caution {
    pub text: &'static str,
    pub source: &'static str,
    pub verified: Date,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resource {
    pub id: &'static str,
    pub name: &'static str,
    pub organization: &'static str,
    pub kind: Kind,
    pub answered_by: AnsweredBy,
    pub crisis: bool,
    pub status: Status,
    #[serde(deserialize_with = "leak")]
    pub areas: &'static [&'static str],
    #[serde(deserialize_with = "leak")]
    pub languages: &'static [&'static str],
    pub cost: Cost,
    #[serde(deserialize_with = "leak")]
    pub audiences: &'static [Audience],
    #[serde(deserialize_with = "leak")]
    pub topics: &'static [Topic],
    pub description: &'static str,
    #[serde(deserialize_with = "leak")]
    pub what_to_expect: &'static [&'static str],
    pub hours: Hours,
    #[serde(deserialize_with = "leak")]
    pub contacts: &'static [Contact],
    pub caution: Option<Caution>,
}

impl Resource {
    pub fn regions(&self) -> impl Iterator<Item = Region> + '_ {
        self.areas.iter().filter_map(|a| Region::of_area(a))
    }
    pub fn urgency(&self) -> Urgency {
        if self.crisis {
            Urgency::Crisis
        } else {
            Urgency::NonCrisis
        }
    }
    /// The oldest `verified` date among this resource's facts.
    pub fn oldest_verified(&self) -> Date {
        self.contacts
            .iter()
            .map(|c| c.verified)
            .chain([self.hours.verified])
            .chain(self.caution.map(|c| c.verified))
            .min()
            .unwrap_or(self.hours.verified)
    }
}

/// An emergency number for a region (police, fire, ambulance), with the page that states it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EmergencyNumber {
    /// As dialled, e.g. `999`.
    pub number: &'static str,
    pub note: Option<&'static str>,
    pub source: &'static str,
    pub verified: Date,
}

/// The crisis line the crisis bar shows for a region: a resource and which of its contacts to
/// show (the first contact of each listed type, in this order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CrisisBarLine {
    /// A [`Resource::id`].
    pub resource: &'static str,
    pub contacts: &'static [ContactType],
}

/// What the app knows about one covered region, from `content/directory/regions.toml`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RegionInfo {
    pub region: Region,
    /// At least one; the first is the one to show first.
    pub emergency: &'static [EmergencyNumber],
    pub crisis_line: CrisisBarLine,
    /// IANA time zones that suggest this region (see [`crate::region::guess`]).
    pub time_zones: &'static [&'static str],
    /// BCP 47 region subtags (`GB`, `AU`, …) that suggest this region.
    pub language_regions: &'static [&'static str],
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabularies_round_trip_and_are_small_enough_for_masks() {
        for k in Kind::ALL {
            assert_eq!(Kind::from_slug(k.slug()), Some(*k));
        }
        assert!(Kind::ALL.len() <= 32 && Topic::ALL.len() <= 32 && Audience::ALL.len() <= 32);
        assert_eq!(Kind::from_slug("Warmline"), None);
        assert_eq!(Region::of_area("US-CA"), Some(Region::Us));
        assert_eq!(Region::of_area("FR"), None);
    }
}
