//! What a text search matches for each vocabulary value: English words, the search's own
//! (Spanish words reach them through `SPANISH_SYNONYMS`). They are not what a page shows: each
//! language's names for the vocabularies are the app's (`src/i18n/`).

use crate::model::{AnsweredBy, Area, Audience, ContactType, Cost, Kind, Language, Region, Topic};

pub fn kind(value: Kind) -> &'static str {
    match value {
        Kind::CrisisLine => "Crisis line",
        Kind::Warmline => "Warmline",
        Kind::Helpline => "Information line",
        Kind::PeerRunGroup => "Peer-run group",
        Kind::OnlineCommunity => "Online peer community",
        Kind::PeerSupportApp => "Peer-support app",
        Kind::PeerRespite => "Peer respite",
        Kind::Training => "Training and certification",
        Kind::Directory => "Directory of services",
    }
}

pub fn answered_by(value: AnsweredBy) -> &'static str {
    match value {
        AnsweredBy::Peers => "Peers with lived experience",
        AnsweredBy::Volunteers => "Trained volunteers",
        AnsweredBy::Counsellors => "Counsellors or clinicians",
        AnsweredBy::Mixed => "A mix of people",
    }
}

pub fn contact_type(value: ContactType) -> &'static str {
    match value {
        ContactType::Call => "Call",
        ContactType::Text => "Text",
        ContactType::WhatsApp => "WhatsApp",
        ContactType::Chat => "Online chat",
        ContactType::Video => "Video or sign language",
        ContactType::Tty => "TTY",
        ContactType::Email => "Email",
        ContactType::Website => "Website",
        ContactType::App => "App",
    }
}

pub fn cost(value: Cost) -> &'static str {
    match value {
        Cost::Free => "Free",
        Cost::FreeAndPaid => "Free, with paid options",
        Cost::Paid => "Paid",
    }
}

pub fn audience(value: Audience) -> &'static str {
    match value {
        Audience::Youth => "Children and teens",
        Audience::YoungAdults => "Young adults",
        Audience::OlderAdults => "Older adults",
        Audience::Lgbtq => "LGBTQ+ people",
        Audience::Trans => "Trans and nonbinary people",
        Audience::Veterans => "Veterans and service members",
        Audience::Indigenous => "Indigenous peoples",
        Audience::FamilyCarers => "Family and carers",
        Audience::Deaf => "Deaf and hard of hearing",
    }
}

pub fn topic(value: Topic) -> &'static str {
    match value {
        Topic::Crisis => "Crisis",
        Topic::Suicide => "Suicidal thoughts",
        Topic::SelfHarm => "Self-harm",
        Topic::Depression => "Depression",
        Topic::Bipolar => "Bipolar",
        Topic::Anxiety => "Anxiety",
        Topic::Voices => "Hearing voices",
        Topic::SubstanceUse => "Alcohol and drugs",
        Topic::Loneliness => "Loneliness",
        Topic::Recovery => "Recovery",
        Topic::PeerWork => "Working as a peer",
        Topic::General => "Any worry",
    }
}

pub fn region(value: Region) -> &'static str {
    match value {
        Region::Us => "United States",
        Region::Uk => "United Kingdom",
        Region::Canada => "Canada",
        Region::Australia => "Australia",
        Region::Ireland => "Ireland",
        Region::NewZealand => "New Zealand",
        Region::Mexico => "Mexico",
        Region::Spain => "Spain",
        Region::Argentina => "Argentina",
        Region::Colombia => "Colombia",
        Region::Chile => "Chile",
        Region::Peru => "Peru",
        Region::India => "India",
        Region::SouthAfrica => "South Africa",
        Region::Singapore => "Singapore",
        Region::Philippines => "Philippines",
        Region::International => "Anywhere (online or international)",
    }
}

/// Place names, so that "california" or "scotland" finds what serves there.
pub fn area(value: Area) -> &'static str {
    match value {
        Area::Us => "United States",
        Area::UsAl => "Alabama",
        Area::UsAz => "Arizona",
        Area::UsCa => "California",
        Area::UsFl => "Florida",
        Area::UsGa => "Georgia",
        Area::UsIl => "Illinois",
        Area::UsMa => "Massachusetts",
        Area::UsMd => "Maryland",
        Area::UsMe => "Maine",
        Area::UsMi => "Michigan",
        Area::UsMn => "Minnesota",
        Area::UsMo => "Missouri",
        Area::UsMt => "Montana",
        Area::UsNc => "North Carolina",
        Area::UsNj => "New Jersey",
        Area::UsNv => "Nevada",
        Area::UsNy => "New York",
        Area::UsOr => "Oregon",
        Area::UsTx => "Texas",
        Area::UsVt => "Vermont",
        Area::UsWa => "Washington",
        Area::UsWv => "West Virginia",
        Area::Gb => "United Kingdom",
        Area::GbEng => "England",
        Area::GbNir => "Northern Ireland",
        Area::GbSct => "Scotland",
        Area::GbWls => "Wales",
        Area::Ca => "Canada",
        Area::CaAb => "Alberta",
        Area::CaBc => "British Columbia",
        Area::CaNs => "Nova Scotia",
        Area::CaOn => "Ontario",
        Area::CaQc => "Quebec",
        Area::Au => "Australia",
        Area::AuNsw => "New South Wales",
        Area::AuVic => "Victoria",
        Area::Ie => "Ireland",
        Area::Nz => "New Zealand",
        Area::Mx => "Mexico",
        Area::MxOax => "Oaxaca",
        Area::MxVer => "Veracruz",
        Area::Es => "Spain",
        Area::EsCa => "Cadiz",
        Area::EsCe => "Ceuta",
        Area::EsGa => "Galicia",
        Area::EsPv => "Basque Country",
        Area::Ar => "Argentina",
        Area::Co => "Colombia",
        Area::CoAnt => "Antioquia",
        Area::CoBoy => "Boyaca",
        Area::CoDc => "Bogota",
        Area::CoVac => "Valle del Cauca",
        Area::Cl => "Chile",
        Area::Pe => "Peru",
        Area::In => "India",
        Area::Za => "South Africa",
        Area::ZaEc => "Eastern Cape",
        Area::Sg => "Singapore",
        Area::Ph => "Philippines",
        Area::World => "Anywhere",
    }
}

pub fn language(value: Language) -> &'static str {
    match value {
        Language::En => "English",
        Language::Es => "Spanish",
        Language::Fr => "French",
        Language::Ase => "American Sign Language",
        Language::Ar => "Arabic",
        Language::Zh => "Chinese",
        Language::Cr => "Cree",
        Language::De => "German",
        Language::Hi => "Hindi",
        Language::Ga => "Irish",
        Language::It => "Italian",
        Language::Iu => "Inuktitut",
        Language::Ko => "Korean",
        Language::Mi => "Māori",
        Language::Oj => "Ojibwe",
        Language::Pt => "Portuguese",
        Language::Pa => "Punjabi",
        Language::Tl => "Tagalog",
        Language::Vi => "Vietnamese",
        Language::Cy => "Welsh",
        Language::Ta => "Tamil",
        Language::Te => "Telugu",
        Language::Kn => "Kannada",
        Language::Gu => "Gujarati",
        Language::Ms => "Malay",
        Language::Qu => "Quechua",
        Language::Ay => "Aymara",
    }
}
