//! Every user-visible string of the app, in one table per language. A table is a value of
//! [`Strings`]: adding a language adds one value, and a missing string is a compile error.
//! Strings with numbers or names in them are small functions, so each language writes its own
//! word order and plural forms.
//!
//! Content (articles, listings) is data and lives in `content/`; this table is the app's own
//! words.

use leptos::prelude::*;

use kindred_core::lang::Lang;

use crate::pages::lazy::ChunkUnavailable;

pub(crate) mod en;
pub use en::EN;
pub(crate) mod es;
pub use es::ES;

use kindred_core::article::Need as LearnNeed;
use kindred_core::choose::{How, Need, Reason, Relaxed, When};
use kindred_core::model::{AnsweredBy, Area, Audience, Contact, ContactType, Cost, Kind, Language, Region, Status, Topic, Urgency};
use kindred_core::plan::Section;
use kindred_core::search::{Facet, Sort};

pub struct Strings {
    pub lang: Lang,
    /// The document title for a page title ("" for the home page).
    pub site_title: fn(&str) -> String,
    /// The directory's vocabularies, named in this language.
    pub vocab: Vocab,
    pub contacts: ContactWords,
    /// The Save button and the notices after saving (every page has them).
    pub save: SaveWords,
    pub shell: Shell,
    pub home: Home,
    pub learn: Learn,
    pub not_found: NotFound,
    pub embed: Embed,
}

pub struct Shell {
    pub exit_prefix: &'static str,
    pub exit: &'static str,
    pub exit_hint: &'static str,
    /// Announced after each Shift press, with the presses still to go.
    pub shift_remaining: fn(u8) -> &'static str,
    pub leave_clear: &'static str,
    pub leave_clear_wide: &'static str,
    pub in_crisis: &'static str,
    /// Phones' sticky button: "Get help now", over the visitor's line ("Call 988") or, until it
    /// is known, `help_lines`.
    pub help_now: &'static str,
    pub help_lines: &'static str,
    /// Phones' fold below the sticky row, and its list of every country's line.
    pub more_help: &'static str,
    pub every_country: &'static str,
    /// A covered region, short (the crisis bar).
    pub region_short: fn(Region) -> &'static str,
    /// A covered region, shortest (the crisis bar's list of every country).
    pub region_code: fn(Region) -> &'static str,
    /// "Call", "Text" before a number.
    pub contact_short: fn(ContactType) -> &'static str,
    pub emergency: &'static str,
    pub your_country: &'static str,
    pub somewhere_else: &'static str,
    pub other_countries: &'static str,
    /// "In immediate danger, call your emergency number first:" (before every country's).
    pub danger_all: &'static str,
    pub skip: &'static str,
    pub nav_label: &'static str,
    pub nav_find: &'static str,
    pub nav_choose: &'static str,
    pub nav_learn: &'static str,
    pub nav_saved: &'static str,
    pub nav_plan: &'static str,
    /// The language switch's accessible name ("Language").
    pub lang_label: &'static str,
    pub nav_about: &'static str,
    pub footer_privacy: &'static str,
    pub footer_privacy_link: &'static str,
    pub footer_not_emergency: &'static str,
    pub offline: &'static str,
    pub update_ready: &'static str,
    pub update_reload: &'static str,
    /// In a page's place when its part of the app can't be downloaded (`pages::lazy`).
    pub chunk_missing_title: &'static str,
    pub chunk_missing_text: &'static str,
    pub chunk_missing_retry: &'static str,
}

pub struct Home {
    pub description: &'static str,
    pub title: &'static str,
    pub lead: &'static str,
    pub privacy: &'static str,
    pub ways_title: &'static str,
    pub warmline_title: &'static str,
    pub warmline_text: &'static str,
    pub groups_title: &'static str,
    pub groups_text: &'static str,
    pub browse_title: &'static str,
    pub browse_text: &'static str,
    pub understand_title: &'static str,
    pub understand_text: &'static str,
    pub become_title: &'static str,
    pub become_text: &'static str,
    pub need_now_title: &'static str,
    pub need_now_text: &'static str,
    pub need_now_link: &'static str,
    /// The way into "Help me choose".
    pub choose_cta: &'static str,
}

pub struct Learn {
    pub title: &'static str,
    pub description: &'static str,
    pub heading: &'static str,
    pub lead: &'static str,
    /// "6 min read · updated 2026-11-25"
    pub meta: fn(u16, &str) -> String,
    pub on_this_page: &'static str,
    pub sources: &'static str,
    pub try_this: &'static str,
    pub related: &'static str,
    pub minutes: fn(u16) -> String,
    /// On a listing page or the directory: a link to the guide for this kind of support.
    pub guide_intro: &'static str,
}

pub struct About {
    pub title: &'static str,
    pub description: &'static str,
    pub heading: &'static str,
    pub lead: &'static str,
    pub privacy_title: &'static str,
    pub privacy_points: &'static [&'static str],
    pub leaving_title: &'static str,
    pub leaving_text: &'static str,
    pub facts_title: &'static str,
    /// The number of services and the oldest check's date.
    pub facts_text: fn(usize, &str) -> String,
    pub open_data_before: &'static str,
    pub open_data_link: &'static str,
    pub open_data_after: &'static str,
    pub articles_note: &'static str,
    pub report_title: &'static str,
    pub report_text: &'static str,
    pub not_emergency_title: &'static str,
    pub not_emergency_text: &'static str,
    pub crisis_elsewhere: &'static str,
    /// "Offline": what the service worker keeps, and the choice to keep everything.
    pub offline_title: &'static str,
    pub offline_text: &'static str,
    pub offline_button: &'static str,
    pub offline_storing: &'static str,
    pub offline_stored: &'static str,
    pub offline_failed: &'static str,
    pub offline_unavailable: &'static str,
    pub version: &'static str,
}

pub struct NotFound {
    pub title: &'static str,
    pub description: &'static str,
    pub heading: &'static str,
    pub lead: &'static str,
    pub help_title: &'static str,
    pub help_text: &'static str,
    pub help_other: &'static str,
    pub home: &'static str,
    pub find: &'static str,
}

pub struct Directory {
    pub title: &'static str,
    pub description: &'static str,
    pub lead: &'static str,
    pub needs_js: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub filters: &'static str,
    pub results: &'static str,
    pub active_filters: &'static str,
    pub remove_filter: fn(&str) -> String,
    pub clear_all: &'static str,
    pub result_count: fn(usize) -> String,
    pub sort: &'static str,
    pub sort_label: fn(Sort) -> &'static str,
    pub empty: &'static str,
    pub empty_crisis: &'static str,
    /// "Show more (20 of 55)"
    pub show_more: fn(usize, usize) -> String,
    pub sources_note: &'static str,
    pub open_data: &'static str,
    pub for_a_crisis: &'static str,
    pub needs_connection: &'static str,
    pub checked: &'static str,
    pub source: &'static str,
    /// The source link when the page shows its own date: "source from 2017".
    pub source_from: fn(u16) -> String,
    pub hours_always: &'static str,
    pub hours_vary: &'static str,
    pub temporarily_closed: &'static str,
    /// "Open now · closes 22:00 New York time (in 3 h)": the closing time, the zone (" New York
    /// time", or nothing), how long from now.
    pub open_until: fn(&str, &str, &str) -> String,
    /// "Closed · opens Monday 10:00 New York time (in 2 days)": the day (or nothing when it is
    /// within a day), the time, the zone, how long from now.
    pub opens_at: fn(Option<&str>, &str, &str, &str) -> String,
    /// "in 45 min", "in 3 h", "in 3 days"
    pub in_time: fn(i64) -> String,
    /// Monday first.
    pub weekdays: [&'static str; 7],
    pub weekdays_short: [&'static str; 7],
    pub every_day: &'static str,
    /// " New York time": a zone's name, to follow a time.
    pub zone_time: fn(&str) -> String,
    /// A time zone's name, by its IANA name (`None` for a zone the table misses: a test checks
    /// every zone the directory may use).
    pub zone_name: fn(&str) -> Option<&'static str>,
}

pub struct Listing {
    pub back: &'static str,
    pub run_by: fn(&str) -> String,
    pub how_to_reach: &'static str,
    pub hours: &'static str,
    pub what_to_expect: &'static str,
    pub details: &'static str,
    pub who_answers: &'static str,
    pub where_: &'static str,
    pub languages: &'static str,
    pub cost: &'static str,
    pub especially_for: &'static str,
    pub topics: &'static str,
    pub status: &'static str,
    pub caution_title: &'static str,
    pub report_title: &'static str,
    pub report_before: &'static str,
    pub report_link: &'static str,
    pub report_after: &'static str,
}

pub struct SaveWords {
    pub button_save: &'static str,
    pub button_saved: &'static str,
    pub save_label: fn(&str) -> String,
    pub unsave_label: fn(&str) -> String,
    pub notice_saved: fn(&str) -> String,
    /// A save storage refused: kept for this visit only, and why, in one calm sentence.
    pub notice_saved_this_visit: fn(&str) -> String,
    pub notice_saved_all: fn(usize, bool) -> String,
    pub notice_removed: fn(&str) -> String,
    pub notice_restored: fn(&str) -> String,
    pub undo: &'static str,
}

/// Whether what a page keeps is being kept on the device, in that page's words (the saved list
/// and the plan say it each for their own document).
pub struct HealthWords {
    pub saved: &'static str,
    /// Storage is full: changes last for this visit.
    pub full: &'static str,
    /// Storage refused (blocked, unavailable): changes last for this visit.
    pub blocked: &'static str,
}

impl HealthWords {
    pub fn text(&self, health: &kindred_core::store::Health) -> &'static str {
        use kindred_core::store::{Health, StoreError};
        match health {
            Health::Saved => self.saved,
            Health::MemoryOnly(StoreError::Full) => self.full,
            Health::MemoryOnly(_) => self.blocked,
        }
    }
}

/// The saved list's page.
pub struct Saved {
    pub title: &'static str,
    pub description: &'static str,
    pub heading: &'static str,
    pub health: HealthWords,
    /// Shown with the health: an earlier list was kept aside.
    pub kept_newer: &'static str,
    pub kept_unreadable: &'static str,
    pub export_raw: &'static str,
    pub empty: &'static str,
    pub find_support: &'static str,
    pub tools_title: &'static str,
    pub print: &'static str,
    pub export: &'static str,
    pub import: &'static str,
    pub import_summary: fn(&kindred_core::bookmarks::MergeSummary) -> String,
    pub import_not_a_list: &'static str,
    pub import_too_large: &'static str,
    pub import_unreadable_file: &'static str,
    pub share_label: &'static str,
    pub shared_offer: fn(usize) -> String,
    /// Parts of a shared link that name nothing Kindred has.
    pub shared_skipped: fn(usize) -> String,
    pub shared_accept: &'static str,
    pub shared_decline: &'static str,
    pub shared_added: fn(usize) -> String,
    pub note_label: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub move_up_label: fn(&str) -> String,
    pub move_down_label: fn(&str) -> String,
    pub gone_listing: &'static str,
    pub gone_article: &'static str,
}

pub struct Embed {
    pub saving_here: &'static str,
    pub saving_unavailable: &'static str,
    pub saving_needs_js: &'static str,
    pub powered_by: &'static str,
    /// Inside a partner's embed: the plan lives on Kindred itself.
    pub plan_link: &'static str,
}

pub struct Choose {
    pub title: &'static str,
    /// Shown only without JavaScript, before a link to the directory.
    pub needs_js: &'static str,
    pub needs_js_link: &'static str,
    pub description: &'static str,
    /// The way in from the directory.
    pub cta_directory: &'static str,
    pub intro: &'static str,
    /// "Question 2 of 6"
    pub progress: fn(usize, usize) -> String,
    pub safe_question: &'static str,
    pub safe_yes: &'static str,
    pub safe_not_sure: &'static str,
    pub who_question: &'static str,
    pub who_peer: &'static str,
    pub who_peer_hint: &'static str,
    pub who_listener: &'static str,
    pub who_listener_hint: &'static str,
    pub not_sure: &'static str,
    pub how_question: &'static str,
    pub how_label: fn(How) -> &'static str,
    pub when_question: &'static str,
    pub when_label: fn(When) -> &'static str,
    pub where_question: &'static str,
    pub where_suggested: &'static str,
    pub where_elsewhere: &'static str,
    pub needs_question: &'static str,
    pub need_label: fn(Need) -> &'static str,
    pub show_options: &'static str,
    pub previous: &'static str,
    pub skip: &'static str,
    pub crisis_reminder: &'static str,
    pub crisis_title: &'static str,
    pub crisis_lead: &'static str,
    pub call_emergency: fn(&str) -> String,
    pub crisis_elsewhere: &'static str,
    pub results_title: &'static str,
    pub results_lead: &'static str,
    /// "Nothing matched everything, so these leave out: …"
    pub relaxed: fn(&[&str]) -> String,
    pub relaxed_label: fn(Relaxed) -> &'static str,
    pub reason: fn(Reason) -> String,
    pub open_until: fn(&str) -> String,
    pub opens_at: fn(&str) -> String,
    pub save_these: &'static str,
    pub see_more: &'static str,
    pub start_again: &'static str,
}

pub struct Plan {
    pub title: &'static str,
    pub description: &'static str,
    pub heading: &'static str,
    pub lead: &'static str,
    /// Without JavaScript: the page can still be printed and filled in by hand.
    pub needs_js: &'static str,
    pub privacy_title: &'static str,
    /// It stays on this device; anyone using the device may see it; how to clear it.
    pub privacy_text: &'static str,
    pub health: HealthWords,
    pub kept_newer: &'static str,
    pub kept_unreadable: &'static str,
    pub export_raw: &'static str,
    /// "1. Warning signs"
    pub section_title: fn(Section) -> &'static str,
    /// One plain question per section.
    pub section_prompt: fn(Section) -> &'static str,
    /// "For example: …"
    pub section_example: fn(Section) -> &'static str,
    /// The label of a section's "add" field.
    pub add_label: fn(Section) -> &'static str,
    pub add: &'static str,
    /// The label of one entry's field: "Warning sign 2".
    pub entry_label: fn(Section, usize) -> String,
    pub name_label: &'static str,
    pub phone_label: &'static str,
    pub phone_hint: &'static str,
    pub call: fn(&str) -> String,
    pub text: fn(&str) -> String,
    pub full: &'static str,
    pub empty_entry: &'static str,
    pub remove: &'static str,
    pub remove_label: fn(&str) -> String,
    pub removed: fn(&str) -> String,
    pub added: fn(&str) -> String,
    /// Above the crisis line and emergency number in "services": they are always on the plan.
    pub always_here: &'static str,
    pub always_here_unknown: &'static str,
    pub emergency: fn(&str) -> String,
    pub pick_label: &'static str,
    pub pick_none: &'static str,
    pub pick_saved: &'static str,
    pub pick_region: fn(Region) -> String,
    pub pick_other: &'static str,
    pub own_service_label: &'static str,
    pub gone_listing: &'static str,
    pub tools_title: &'static str,
    pub print: &'static str,
    pub keep_copy: &'static str,
    pub keep_copy_hint: &'static str,
    pub about_title: &'static str,
    pub about_text: &'static str,
    pub about_source: &'static str,
    /// The small footer of the printed page.
    pub printed_footer: &'static str,
    /// Added to the import summary.
    pub imported: fn(usize) -> String,
    /// The way in from the saved list.
    pub from_saved: &'static str,
}

pub struct Builder {
    pub title: &'static str,
    /// The embedded directory's language.
    pub language: &'static str,
    pub description: &'static str,
    pub lead: &'static str,
    pub any: &'static str,
    pub region: &'static str,
    pub kind: &'static str,
    pub audience: &'static str,
    pub lock: &'static str,
    pub accent: &'static str,
    pub accent_too_light: &'static str,
    pub theme: &'static str,
    pub theme_auto: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub preview: &'static str,
    pub preview_title: &'static str,
    pub frame_title: &'static str,
    pub snippet: &'static str,
    pub snippet_label: &'static str,
    pub sandbox_title: &'static str,
    pub sandbox_flags: &'static [(&'static str, &'static str)],
    pub sandbox_note: &'static str,
    pub headers_title: &'static str,
    pub headers_text: &'static str,
}

/// "1 option", "3 options" (English plural rules).
pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// The strings of a language. In a browser build the Spanish table is a chunk of its own: see
/// [`load`].
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &EN,
        Lang::Es => &ES,
    }
}

/// The strings of a language, loading them first where they are a chunk of their own: a release
/// browser build keeps English in the main module and Spanish in a chunk (`spanish`), so a visit
/// in one language doesn't download the other's words. Spanish pages load it before they run
/// (the prerendered page names its files, as a lazy page's).
pub async fn load(lang: Lang) -> Result<&'static Strings, ChunkUnavailable> {
    match lang {
        Lang::En => Ok(&EN),
        Lang::Es => spanish().await,
    }
}

/// The Spanish words' chunk, as the split tool's manifest names it.
pub const SPANISH_CHUNK: &str = "spanish";

#[cfg(feature = "split")]
#[wasm_split_helpers::wasm_split(spanish, fallible)]
fn spanish() -> Result<&'static Strings, ChunkUnavailable> {
    Ok(&ES)
}

#[cfg(not(feature = "split"))]
async fn spanish() -> Result<&'static Strings, ChunkUnavailable> {
    Ok(&ES)
}

/// Suggested to a person whose choice or browser prefers a language, in that language's own
/// words (so an English page carries these three lines of Spanish, not the Spanish table).
pub struct Suggestion {
    pub text: &'static str,
    pub label: &'static str,
    pub stay: &'static str,
}

/// The suggestion to read a page in `lang`.
pub fn suggestion(lang: Lang) -> &'static Suggestion {
    match lang {
        Lang::En => &en::SUGGESTION,
        Lang::Es => &es::SUGGESTION,
    }
}

/// The words of the pages that are chunks of their own (`pages::lazy`): each a table apart from
/// [`Strings`] and read only by those pages' code, so it travels in their chunks rather than in
/// the main module every page loads. Each is the page's language's, like [`use_strings`].
macro_rules! page_words {
    ($($(#[$doc:meta])* $fn:ident -> $table:ident = $name:ident;)+) => {
        $(
            $(#[$doc])*
            pub fn $fn() -> &'static $table {
                match use_strings().lang {
                    Lang::En => &en::$name,
                    Lang::Es => &es::$name,
                }
            }
        )+
    };
}

page_words! {
    /// `/about`.
    about_words -> About = ABOUT;
    /// The directory, its cards (also in the saved list and "Help me choose") and listings.
    directory_words -> Directory = DIRECTORY;
    /// A listing's page.
    listing_words -> Listing = LISTING;
    /// The saved list's page.
    saved_words -> Saved = SAVED;
    /// "My support plan".
    plan_words -> Plan = PLAN;
    /// "Add Kindred to your site".
    builder_words -> Builder = BUILDER;
    /// "Help me choose".
    choose_words -> Choose = CHOOSE;
}

/// A language's names for the directory's vocabularies: one exhaustive `match` per vocabulary,
/// so a value without a name in some language doesn't compile (the core keeps only slugs).
pub struct Vocab {
    pub kind: fn(Kind) -> &'static str,
    pub answered_by: fn(AnsweredBy) -> &'static str,
    pub contact_type: fn(ContactType) -> &'static str,
    pub cost: fn(Cost) -> &'static str,
    pub audience: fn(Audience) -> &'static str,
    pub topic: fn(Topic) -> &'static str,
    pub region: fn(Region) -> &'static str,
    /// Every region in the order a reader looks for them: by name in this language ("Canadá"
    /// among the C's, accents aside), "International" last (checked by a test).
    pub regions_by_name: &'static [Region; Region::ALL.len()],
    pub urgency: fn(Urgency) -> &'static str,
    pub status: fn(Status) -> &'static str,
    /// Learn's groups.
    pub need: fn(LearnNeed) -> &'static str,
    pub area: fn(Area) -> &'static str,
    pub language: fn(Language) -> &'static str,
    /// A facet group's heading.
    pub facet: fn(Facet) -> &'static str,
    /// The "open now" facet's one value.
    pub open_now: &'static str,
}

/// A vocabulary each language names (see [`Vocab`]).
pub trait Named: Copy {
    fn name_in(self, vocab: &Vocab) -> &'static str;
}

macro_rules! named {
    ($($ty:ty => $field:ident),+ $(,)?) => {
        $(impl Named for $ty {
            fn name_in(self, vocab: &Vocab) -> &'static str {
                (vocab.$field)(self)
            }
        })+
    };
}

named!(
    Kind => kind,
    AnsweredBy => answered_by,
    ContactType => contact_type,
    Cost => cost,
    Audience => audience,
    Topic => topic,
    Region => region,
    Urgency => urgency,
    Status => status,
    LearnNeed => need,
    Area => area,
    Language => language,
);

/// How a contact reads when it has no label of its own.
pub struct ContactWords {
    /// The link's text: "Call 988", "Text HOME to 741741", "Chat online".
    pub action: fn(ContactType, value: &str, keyword: Option<&str>) -> String,
    /// A text keyword and its number as plain text: "HOME to 741741".
    pub keyword_to: fn(keyword: &str, number: &str) -> String,
}

impl Strings {
    /// A contact's link text: its own label (the Spanish content carries Spanish labels), or
    /// this language's words for its type.
    pub fn contact_action(&self, c: &Contact) -> String {
        c.label.map_or_else(|| (self.contacts.action)(c.kind, c.value, c.keyword), str::to_owned)
    }

    /// A contact's number or address as plain text, with its text keyword.
    pub fn contact_plain(&self, c: &Contact) -> String {
        match c.keyword.filter(|_| c.kind == ContactType::Text) {
            Some(keyword) => (self.contacts.keyword_to)(keyword, c.value),
            None => kindred_core::links::plain_text(c),
        }
    }

    /// A vocabulary value's name in this language (kinds, who answers, costs, audiences, topics,
    /// regions, statuses, Learn's needs, areas, languages).
    pub fn label(&self, value: impl Named) -> &'static str {
        value.name_in(&self.vocab)
    }

    /// Every region, by name in this language, "International" last.
    pub fn regions_by_name(&self) -> &'static [Region] {
        self.vocab.regions_by_name
    }

    /// A facet group's heading.
    pub fn facet(&self, facet: Facet) -> &'static str {
        (self.vocab.facet)(facet)
    }

    /// The name of a facet value, by its URL slug (`value` may be any slug: an unknown one,
    /// which no build's data has, shows as itself).
    pub fn facet_value<'a>(&self, facet: Facet, value: &'a str) -> &'a str {
        let v = &self.vocab;
        let name = match facet {
            Facet::Region => Region::from_slug(value).map(v.region),
            Facet::Kind => Kind::from_slug(value).map(v.kind),
            Facet::Contact => ContactType::from_slug(value).map(v.contact_type),
            Facet::AnsweredBy => AnsweredBy::from_slug(value).map(v.answered_by),
            Facet::Urgency => Urgency::from_slug(value).map(v.urgency),
            Facet::OpenNow => (value == kindred_core::facet::OPEN_NOW).then_some(v.open_now),
            Facet::Language => Language::from_slug(value).map(v.language),
            Facet::Audience => Audience::from_slug(value).map(v.audience),
            Facet::Cost => Cost::from_slug(value).map(v.cost),
        };
        name.unwrap_or(value)
    }

    /// The name of a listing's area code ("US-CA"): the build accepts only [`Area`]s.
    pub fn area<'a>(&self, code: &'a str) -> &'a str {
        Area::from_slug(code).map_or(code, self.vocab.area)
    }

    /// The name of a listing's language code ("es"): the build accepts only [`Language`]s.
    pub fn language<'a>(&self, code: &'a str) -> &'a str {
        Language::from_slug(code).map_or(code, self.vocab.language)
    }
}

/// Provides the strings of the page's language.
pub fn provide(strings: &'static Strings) {
    provide_context(strings);
}

/// The page's language's words (provided once, by [`provide`]).
pub fn use_strings() -> &'static Strings {
    expect_context::<&'static Strings>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_are_listed_by_their_name_in_each_language_international_last() {
        for t in [&en::EN, &es::ES] {
            let order = t.regions_by_name();
            let mut every: Vec<Region> = order.to_vec();
            every.sort_by_key(|r| r.index());
            assert_eq!(every, Region::ALL.to_vec(), "every region once");
            assert_eq!(order.last(), Some(&Region::International));
            let names: Vec<String> = order[..order.len() - 1].iter().map(|r| kindred_core::text::sort_key(t.label(*r))).collect();
            assert!(names.windows(2).all(|w| w[0] <= w[1]), "by name: {names:?}");
        }
    }
}
