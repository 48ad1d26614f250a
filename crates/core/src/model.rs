//! What a directory resource is. The compiled directory is a `&'static [Resource]` generated at
//! build time from `content/directory/*.toml` (see `crates/content`); its shape follows Open
//! Referral HSDS (service, phones, schedules, service areas, languages, attributes), flattened.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::leak::leak;
use crate::tz::ZoneId;

/// A value of a controlled vocabulary: its slug in data files and URLs. What a person reads is
/// each language's own name for it (the app's `i18n` tables, one exhaustive `match` per
/// vocabulary), and what a text search matches is the search's (`search::terms`).
pub trait Vocabulary: Copy {
    fn slug(self) -> &'static str;
}

/// Declares a controlled vocabulary: an enum whose variants have a stable URL/data slug, in
/// display order.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $slug:literal;)+ }) => {
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
            pub fn from_slug(s: &str) -> Option<$name> {
                match s { $($slug => Some($name::$variant),)+ _ => None }
            }
            /// Position in [`Self::ALL`]: the bit used in facet masks.
            pub const fn index(self) -> usize { self as usize }
        }

        impl $crate::model::Vocabulary for $name {
            fn slug(self) -> &'static str { $name::slug(self) }
        }
    };
}

vocabulary! {
    /// What sort of help a resource is.
    Kind {
        CrisisLine = "crisis-line";
        Warmline = "warmline";
        Helpline = "helpline";
        PeerRunGroup = "peer-run-group";
        OnlineCommunity = "online-community";
        PeerSupportApp = "peer-support-app";
        PeerRespite = "peer-respite";
        Training = "training";
        Directory = "directory";
    }
}

vocabulary! {
    /// Who a person reaches.
    AnsweredBy {
        Peers = "peers";
        Volunteers = "volunteers";
        Counsellors = "counsellors";
        Mixed = "mixed";
    }
}

vocabulary! {
    /// A way to get in touch.
    ContactType {
        Call = "call";
        Text = "text";
        WhatsApp = "whatsapp";
        Chat = "chat";
        Video = "video";
        Tty = "tty";
        Email = "email";
        Website = "website";
        App = "app";
    }
}

vocabulary! {
    Cost {
        Free = "free";
        FreeAndPaid = "free-and-paid";
        Paid = "paid";
    }
}

vocabulary! {
    /// Groups a resource is especially for. An empty list means everyone.
    Audience {
        Youth = "youth";
        YoungAdults = "young-adults";
        OlderAdults = "older-adults";
        Lgbtq = "lgbtq";
        Trans = "trans";
        Veterans = "veterans";
        Indigenous = "indigenous";
        FamilyCarers = "family-carers";
        Deaf = "deaf";
    }
}

vocabulary! {
    Topic {
        Crisis = "crisis";
        Suicide = "suicide";
        SelfHarm = "self-harm";
        Depression = "depression";
        Bipolar = "bipolar";
        Anxiety = "anxiety";
        Voices = "voices";
        SubstanceUse = "substance-use";
        Loneliness = "loneliness";
        Recovery = "recovery";
        PeerWork = "peer-work";
        General = "general";
    }
}

vocabulary! {
    /// The regions the directory is organised by, derived from a resource's service areas.
    Region {
        Us = "us";
        Uk = "uk";
        Canada = "canada";
        Australia = "australia";
        Ireland = "ireland";
        NewZealand = "new-zealand";
        Mexico = "mexico";
        Spain = "spain";
        Argentina = "argentina";
        Colombia = "colombia";
        Chile = "chile";
        Peru = "peru";
        India = "india";
        SouthAfrica = "south-africa";
        Singapore = "singapore";
        Philippines = "philippines";
        International = "international";
    }
}

vocabulary! {
    /// Whether a service is for crisis moments.
    Urgency {
        Crisis = "yes";
        NonCrisis = "no";
    }
}

vocabulary! {
    Status {
        Active = "active";
        TemporarilyClosed = "temporarily-closed";
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
            "MX" => Region::Mexico,
            "ES" => Region::Spain,
            "AR" => Region::Argentina,
            "CO" => Region::Colombia,
            "CL" => Region::Chile,
            "PE" => Region::Peru,
            "IN" => Region::India,
            "ZA" => Region::SouthAfrica,
            "SG" => Region::Singapore,
            "PH" => Region::Philippines,
            "WORLD" => Region::International,
            _ => return None,
        })
    }
}

vocabulary! {
    /// The service areas listings name: a country (ISO 3166-1 alpha-2, `GB` for the UK), one of
    /// its subdivisions (ISO 3166-2, `US-CA`), or `WORLD` for online or anywhere. The build
    /// refuses any other code, so every area a page shows has a name in each language.
    Area {
        Us = "US";
        UsAl = "US-AL";
        UsAz = "US-AZ";
        UsCa = "US-CA";
        UsFl = "US-FL";
        UsGa = "US-GA";
        UsIl = "US-IL";
        UsMa = "US-MA";
        UsMd = "US-MD";
        UsMe = "US-ME";
        UsMi = "US-MI";
        UsMn = "US-MN";
        UsMo = "US-MO";
        UsMt = "US-MT";
        UsNc = "US-NC";
        UsNj = "US-NJ";
        UsNv = "US-NV";
        UsNy = "US-NY";
        UsOr = "US-OR";
        UsTx = "US-TX";
        UsVt = "US-VT";
        UsWa = "US-WA";
        UsWv = "US-WV";
        Gb = "GB";
        GbEng = "GB-ENG";
        GbNir = "GB-NIR";
        GbSct = "GB-SCT";
        GbWls = "GB-WLS";
        Ca = "CA";
        CaAb = "CA-AB";
        CaBc = "CA-BC";
        CaNs = "CA-NS";
        CaOn = "CA-ON";
        CaQc = "CA-QC";
        Au = "AU";
        AuNsw = "AU-NSW";
        AuVic = "AU-VIC";
        Ie = "IE";
        Nz = "NZ";
        Mx = "MX";
        MxOax = "MX-OAX";
        MxVer = "MX-VER";
        Es = "ES";
        EsCa = "ES-CA";
        EsCe = "ES-CE";
        EsGa = "ES-GA";
        EsPv = "ES-PV";
        Ar = "AR";
        Co = "CO";
        CoAnt = "CO-ANT";
        CoBoy = "CO-BOY";
        CoDc = "CO-DC";
        CoVac = "CO-VAC";
        Cl = "CL";
        Pe = "PE";
        In = "IN";
        Za = "ZA";
        ZaEc = "ZA-EC";
        Sg = "SG";
        Ph = "PH";
        World = "WORLD";
    }
}

vocabulary! {
    /// The languages a service answers in: ISO 639-1 codes, or ISO 639-3 where there is none
    /// (`ase`, American Sign Language). The build refuses any other code.
    Language {
        En = "en";
        Es = "es";
        Fr = "fr";
        Ase = "ase";
        Ar = "ar";
        Zh = "zh";
        Cr = "cr";
        De = "de";
        Hi = "hi";
        Ga = "ga";
        It = "it";
        Iu = "iu";
        Ko = "ko";
        Mi = "mi";
        Oj = "oj";
        Pt = "pt";
        Pa = "pa";
        Tl = "tl";
        Vi = "vi";
        Cy = "cy";
        Ta = "ta";
        Te = "te";
        Kn = "kn";
        Gu = "gu";
        Ms = "ms";
        Qu = "qu";
        Ay = "ay";
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
    /// The year the source page itself is dated, where it shows one (a news item, a press
    /// release, a "last updated" line): `verified` says when an editor read it, not how old it is.
    pub published: Option<u16>,
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
    /// The year the source page itself is dated, where it shows one (a news item, a press
    /// release, a "last updated" line): `verified` says when an editor read it, not how old it is.
    pub published: Option<u16>,
}

/// Something a person should know before using a service (e.g. reported practices), with the
/// page that reports it. Shown beside what the service offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Caution {
    pub text: &'static str,
    pub source: &'static str,
    pub verified: Date,
    /// The year the source page itself is dated, where it shows one (a news item, a press
    /// release, a "last updated" line): `verified` says when an editor read it, not how old it is.
    pub published: Option<u16>,
}

/// One listing of the directory. The app and the docs call it a listing; the core keeps the
/// name `Resource` (and `Route::Resource`, `ItemKind::Resource`) because renaming it would reach
/// the content pipeline (`crates/content`), the data files' schema and what saved lists already
/// hold on people's devices (`"kind": "resource"`), for no change in behaviour.
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
    /// The year the source page itself is dated, where it shows one (a news item, a press
    /// release, a "last updated" line): `verified` says when an editor read it, not how old it is.
    pub published: Option<u16>,
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
        for area in Area::ALL {
            assert!(Region::of_area(area.slug()).is_some(), "{area:?} is in a region");
        }
        assert!(Language::ALL.len() <= 32);
    }
}
