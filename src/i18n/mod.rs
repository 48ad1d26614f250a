//! Every user-visible string of the app, in one table per language. A table is a value of
//! [`Strings`]: adding a language adds one value, and a missing string is a compile error.
//! Strings with numbers or names in them are small functions, so each language writes its own
//! word order and plural forms.
//!
//! Content (articles, listings) is data and lives in `content/`; this table is the app's own
//! words.

use leptos::prelude::*;

mod en;
pub use en::EN;
mod es;
pub use es::ES;

use kindred_core::choose::{How, Need, Reason, Relaxed, When};
use kindred_core::model::{Contact, ContactType, Region, Vocabulary};
use kindred_core::plan::Section;
use kindred_core::search::Sort;

pub struct Strings {
    /// `lang` attribute value.
    pub lang: &'static str,
    /// The document title for a page title ("" for the home page).
    pub site_title: fn(&str) -> String,
    pub labels: Labels,
    pub contacts: ContactWords,
    pub shell: Shell,
    pub home: Home,
    pub learn: Learn,
    pub about: About,
    pub not_found: NotFound,
    pub directory: Directory,
    pub listing: Listing,
    pub saved: Saved,
    pub embed: Embed,
    pub builder: Builder,
    pub choose: Choose,
    pub plan: Plan,
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
    /// Suggested to a person whose choice or browser prefers this language, in its own words.
    pub lang_suggest: &'static str,
    pub lang_suggest_label: &'static str,
    pub lang_stay: &'static str,
    pub nav_about: &'static str,
    pub footer_privacy: &'static str,
    pub footer_privacy_link: &'static str,
    pub footer_not_emergency: &'static str,
    pub offline: &'static str,
    pub update_ready: &'static str,
    pub update_reload: &'static str,
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
    pub any_time: &'static str,
    pub crisis_elsewhere: &'static str,
    pub version: &'static str,
}

pub struct NotFound {
    pub title: &'static str,
    pub description: &'static str,
    pub heading: &'static str,
    pub lead: &'static str,
    pub help_title: &'static str,
    pub help_text: &'static str,
    pub help_any_time: &'static str,
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
    pub hours_always: &'static str,
    pub hours_vary: &'static str,
    pub temporarily_closed: &'static str,
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

pub struct Saved {
    pub title: &'static str,
    pub description: &'static str,
    pub heading: &'static str,
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
    pub health_saved: &'static str,
    pub health_full: &'static str,
    pub health_blocked: &'static str,
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
}

pub struct Choose {
    pub title: &'static str,
    /// Shown only without JavaScript, before a link to the directory.
    pub needs_js: &'static str,
    pub needs_js_link: &'static str,
    pub description: &'static str,
    /// The way in from the home page, the directory and the navigation.
    pub cta: &'static str,
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
    pub health_saved: &'static str,
    pub health_full: &'static str,
    pub health_blocked: &'static str,
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
    /// Inside a partner's embed: the plan lives on Kindred itself.
    pub embed_link: &'static str,
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

/// The strings of a language.
pub fn strings(lang: kindred_core::lang::Lang) -> &'static Strings {
    match lang {
        kindred_core::lang::Lang::En => &EN,
        kindred_core::lang::Lang::Es => &ES,
    }
}

/// A language's own names for the directory's vocabularies, by slug, facet key, area code or
/// language code; `None` where the core's English name stands (always, for English).
pub struct Labels {
    pub value: fn(&str) -> Option<&'static str>,
    pub facet: fn(&str) -> Option<&'static str>,
    pub area: fn(&str) -> Option<&'static str>,
    pub language: fn(&str) -> Option<&'static str>,
}

impl Labels {
    /// The core's English names are the language's own.
    pub const CORE: Labels = Labels { value: |_| None, facet: |_| None, area: |_| None, language: |_| None };
}

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

    /// A vocabulary value's label by its slug (`english`: the core's label); for values known
    /// only as data, like a facet table's.
    pub fn value(&self, slug: &str, english: &'static str) -> &'static str {
        (self.labels.value)(slug).unwrap_or(english)
    }

    /// A vocabulary value's label (kinds, who answers, costs, audiences, topics, regions,
    /// statuses, Learn's needs).
    pub fn label(&self, value: impl Vocabulary) -> &'static str {
        self.value(value.slug(), value.label())
    }

    /// A facet group's heading, by its key: `english` is the core's own heading.
    pub fn facet(&self, key: &str, english: &'static str) -> &'static str {
        (self.labels.facet)(key).unwrap_or(english)
    }

    /// The name of an area code ("US-CA").
    pub fn area<'a>(&self, code: &'a str) -> &'a str {
        (self.labels.area)(code).unwrap_or_else(|| kindred_core::model::area_label(code))
    }

    /// The name of a language code ("es").
    pub fn language<'a>(&self, code: &'a str) -> &'a str {
        (self.labels.language)(code).unwrap_or_else(|| kindred_core::model::language_label(code))
    }
}

/// Provides the strings of the page's language.
pub fn provide(lang: kindred_core::lang::Lang) {
    provide_context::<&'static Strings>(strings(lang));
}

pub fn use_strings() -> &'static Strings {
    use_context::<&'static Strings>().unwrap_or(&EN)
}
