//! The resource directory: `content/directory/*.toml`, one file per region (see SCHEMA.md there).
//! Every entry is checked against the vocabularies and formats; each problem names the file,
//! the entry id, its line, and the field.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::articles::toml_date;
use crate::{line_of, Problem};
use kindred_core::date::Date;
use kindred_core::model::{AnsweredBy, Area, Audience, ContactType, Cost, Kind, Language, Status, Topic};
use kindred_core::tz::ZoneId;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileEntries {
    #[serde(default)]
    resource: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    id: String,
    name: String,
    organization: String,
    kind: String,
    answered_by: String,
    crisis: bool,
    status: String,
    areas: Vec<String>,
    languages: Vec<String>,
    cost: String,
    #[serde(default)]
    audiences: Vec<String>,
    topics: Vec<String>,
    description: String,
    what_to_expect: Vec<String>,
    hours: HoursEntry,
    #[serde(default)]
    contact: Vec<ContactEntry>,
    caution: Option<CautionEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CautionEntry {
    text: String,
    source: String,
    verified: toml::value::Datetime,
    published: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HoursEntry {
    always: Option<bool>,
    varies: Option<bool>,
    timezone: Option<String>,
    weekly: Option<Vec<PeriodEntry>>,
    note: Option<String>,
    source: String,
    verified: toml::value::Datetime,
    published: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PeriodEntry {
    days: Vec<String>,
    opens: String,
    closes: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ContactEntry {
    #[serde(rename = "type")]
    kind: String,
    value: String,
    keyword: Option<String>,
    label: Option<String>,
    /// `label` in Spanish.
    label_es: Option<String>,
    note: Option<String>,
    /// The language of the service this contact reaches, where the listing says it is a
    /// Spanish-language (`es`) or French-language (`fr`) option.
    lang: Option<String>,
    source: String,
    verified: toml::value::Datetime,
    published: Option<String>,
}

/// The values a contact's `lang` may take.
pub const CONTACT_LANGS: [&str; 2] = ["es", "fr"];

/// Validated hours.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Hours {
    Always,
    Weekly { zone: String, periods: Vec<(u8, u16, u16)> },
    Varies,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    pub kind: ContactType,
    pub value: String,
    pub keyword: Option<String>,
    pub label: Option<String>,
    /// `label` in Spanish (checked against `label` in [`crate::translations`]).
    pub label_es: Option<String>,
    pub note: Option<String>,
    /// The language of the service the contact reaches (one of [`CONTACT_LANGS`]), if stated.
    pub lang: Option<String>,
    pub source: String,
    pub verified: Date,
    pub published: Option<Published>,
}

/// Something a person should know before using a service, with its source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Caution {
    pub text: String,
    pub source: String,
    pub verified: Date,
    pub published: Option<Published>,
}

/// The date a source page itself shows (`published = "2017"`, `"2017-06"` or `"2017-06-14"`):
/// as precise as the page is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Published {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl Published {
    pub fn parse(s: &str) -> Option<Published> {
        let mut parts = s.split('-');
        let year: u16 = parts.next().filter(|y| y.len() == 4)?.parse().ok()?;
        let mut next = |max: u8| -> Option<Option<u8>> {
            match parts.next() {
                None => Some(None),
                Some(p) if p.len() == 2 => p.parse().ok().filter(|n| (1..=max).contains(n)).map(Some),
                Some(_) => None,
            }
        };
        let month = next(12)?;
        let day = if month.is_some() { next(31)? } else { None };
        if parts.next().is_some() || !(1900..=2100).contains(&year) {
            return None;
        }
        if let (Some(m), Some(d)) = (month, day) {
            if d > kindred_core::date::days_in_month(i32::from(year), m) {
                return None;
            }
        }
        Some(Published { year, month, day })
    }

    /// The last day the page can have been published on (the end of its month or year, where
    /// it shows no more): "older than" is then never a guess.
    pub fn latest(self) -> Date {
        let year = i32::from(self.year);
        let month = self.month.unwrap_or(12);
        Date::new(year, month, self.day.unwrap_or_else(|| kindred_core::date::days_in_month(year, month)))
    }
}

impl std::fmt::Display for Published {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// A source whose page is dated more than this many days before the check is flagged: the build
/// warns, and `cargo xtask verify` lists it first.
pub const OLD_SOURCE_AFTER_DAYS: i64 = 3 * 365;

/// A validated resource, ready for code generation.
#[derive(Clone, Debug, PartialEq)]
pub struct Resource {
    pub id: String,
    pub name: String,
    pub organization: String,
    pub kind: Kind,
    pub answered_by: AnsweredBy,
    pub crisis: bool,
    pub status: Status,
    pub areas: Vec<String>,
    pub languages: Vec<String>,
    pub cost: Cost,
    pub audiences: Vec<Audience>,
    pub topics: Vec<Topic>,
    pub description: String,
    pub what_to_expect: Vec<String>,
    pub hours: Hours,
    pub hours_note: Option<String>,
    pub hours_source: String,
    pub hours_verified: Date,
    pub hours_published: Option<Published>,
    pub contacts: Vec<Contact>,
    pub caution: Option<Caution>,
    /// The file it came from (for the editor's worklist).
    pub file: PathBuf,
    /// The entry as written, for the open-data JSON.
    pub raw: toml::Table,
}

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// `HH:MM` → minutes; `24:00` allowed only where `allow_24` (closing times).
pub fn parse_time(s: &str, allow_24: bool) -> Option<u16> {
    let (h, m) = s.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    match (h, m) {
        (24, 0) if allow_24 => Some(1440),
        (0..=23, 0..=59) => Some(h * 60 + m),
        _ => None,
    }
}

pub fn is_phone(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    // A leading star is part of some short codes (Chile's *4141).
    let local = s.strip_prefix('*').unwrap_or(s);
    (3..=15).contains(&digits) && local.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')')) || is_international(s)
}

/// A number with its country code (`+57 300 754 8933`), as WhatsApp's links need.
pub fn is_international(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    s.starts_with('+') && s[1..].chars().all(|c| c.is_ascii_digit() || c == ' ') && (8..=15).contains(&digits)
}

pub fn is_keyword(s: &str) -> bool {
    (1..=20).contains(&s.chars().count()) && s.chars().all(char::is_alphanumeric)
}

/// An `https://host/...` URL with a plausible host and no spaces or quotes.
pub fn is_https_url(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("https://") else { return false };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    host.contains('.')
        && host.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        && !s.chars().any(|c| c.is_whitespace() || matches!(c, '"' | '<' | '>' | '\\' | '`'))
}

pub fn is_email(s: &str) -> bool {
    let Some((user, host)) = s.split_once('@') else { return false };
    !user.is_empty() && host.contains('.') && !s.chars().any(|c| c.is_whitespace() || matches!(c, '"' | '<' | '>' | ',' | ';' | '?' | '&'))
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.split('-').all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// Validates one file's text. `seen` carries ids across files.
pub fn parse(
    file: &Path,
    text: &str,
    today: Date,
    seen: &mut HashMap<String, PathBuf>,
    problems: &mut Vec<Problem>,
    warnings: &mut Vec<Problem>,
) -> Vec<Resource> {
    let parsed: FileEntries = match toml::from_str(text) {
        Ok(f) => f,
        Err(e) => {
            let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(1);
            // Name the entry the error is in, when we can find it.
            let entry = e.span().and_then(|s| entry_around(text, s.start));
            let mut p = Problem::new(file, e.message().to_owned()).at_line(line);
            p.entry = entry;
            problems.push(p);
            return Vec::new();
        }
    };
    let raw_tables: Vec<toml::Table> = toml::from_str::<toml::Table>(text)
        .ok()
        .and_then(|t| t.get("resource").and_then(|r| r.as_array()).cloned())
        .map(|a| a.into_iter().filter_map(|v| v.as_table().cloned()).collect())
        .unwrap_or_default();

    let mut out = Vec::new();
    for (n, e) in parsed.resource.into_iter().enumerate() {
        let line = text.find(&format!("id = \"{}\"", e.id)).map(|at| line_of(text, at));
        let before = problems.len();
        let mut err = |field: &str, msg: String| {
            let mut p = Problem::new(file, msg).entry(&e.id).field(field);
            p.line = line;
            problems.push(p);
        };
        if !is_id(&e.id) {
            err("id", format!("`{}` must be lowercase words of a-z and 0-9 joined by '-'", e.id));
        }
        if let Some(other) = seen.insert(e.id.clone(), file.to_owned()) {
            err("id", format!("duplicate id, also used in {}", other.display()));
        }
        for (field, value) in [("name", &e.name), ("organization", &e.organization), ("description", &e.description)] {
            if value.trim().is_empty() {
                err(field, "must not be empty".into());
            }
        }
        if e.description.chars().count() > 400 {
            err("description", "keep it under 400 characters; put details in what_to_expect".into());
        }
        if e.what_to_expect.is_empty() || e.what_to_expect.iter().any(|s| s.trim().is_empty()) {
            err("what_to_expect", "list at least one non-empty line".into());
        }
        let kind = Kind::from_slug(&e.kind);
        if kind.is_none() {
            err("kind", vocab_message(&e.kind, Kind::ALL.iter().map(|k| k.slug())));
        }
        let answered_by = AnsweredBy::from_slug(&e.answered_by);
        if answered_by.is_none() {
            err("answered_by", vocab_message(&e.answered_by, AnsweredBy::ALL.iter().map(|k| k.slug())));
        }
        let status = Status::from_slug(&e.status);
        if status.is_none() {
            err("status", vocab_message(&e.status, Status::ALL.iter().map(|k| k.slug())));
        }
        let cost = Cost::from_slug(&e.cost);
        if cost.is_none() {
            err("cost", vocab_message(&e.cost, Cost::ALL.iter().map(|k| k.slug())));
        }
        let audiences: Vec<Audience> =
            vocab_list(&e.audiences, "audiences", Audience::from_slug, Audience::ALL.iter().map(|k| k.slug()), &mut err);
        let topics: Vec<Topic> = vocab_list(&e.topics, "topics", Topic::from_slug, Topic::ALL.iter().map(|k| k.slug()), &mut err);
        if e.topics.is_empty() {
            err("topics", "list at least one topic".into());
        }
        if e.areas.is_empty() {
            err("areas", "list at least one service area (e.g. \"US\", \"US-CA\", \"WORLD\")".into());
        }
        for a in &e.areas {
            if Area::from_slug(a).is_none() {
                err(
                    "areas",
                    format!(
                        "`{a}` is not a known area: use one of kindred_core::model::Area (an ISO 3166 country code, one of its \
                         subdivisions like US-CA, or WORLD); a new area goes there, with its name in each language (src/i18n/)"
                    ),
                );
            }
        }
        if e.languages.is_empty() {
            err("languages", "list at least one language code".into());
        }
        for l in &e.languages {
            if Language::from_slug(l).is_none() {
                err(
                    "languages",
                    format!(
                        "`{l}` is not a known language: use one of kindred_core::model::Language (ISO 639 codes); a new language \
                         goes there, with its name in each language (src/i18n/)"
                    ),
                );
            }
        }

        // Hours.
        let h = &e.hours;
        let hours_verified = check_date(&h.verified, today, "hours.verified", &mut err, warnings, file, &e.id, line);
        check_source(&h.source, "hours.source", &mut err, warnings, file, &e.id, line);
        let hours_published = check_published(h.published.as_deref(), today, "hours.published", &mut err, warnings, file, &e.id, line);
        let hours = match (h.always, h.varies, &h.weekly, &h.timezone) {
            (Some(true), None, None, None) => Some(Hours::Always),
            (None, Some(true), None, None) => Some(Hours::Varies),
            (None, None, Some(weekly), Some(tz)) => {
                if ZoneId::by_name(tz).is_none() {
                    err(
                        "hours.timezone",
                        format!("`{tz}` is not a supported IANA time zone (add it to crates/core/src/tz.rs with its test)"),
                    );
                }
                if weekly.is_empty() {
                    err("hours.weekly", "list at least one period".into());
                }
                let mut periods = Vec::new();
                for p in weekly {
                    let mut days = 0u8;
                    for d in &p.days {
                        match DAYS.iter().position(|x| x == d) {
                            Some(i) => days |= 1 << i,
                            None => err("hours.weekly.days", format!("`{d}` is not a day: use {}", DAYS.join(", "))),
                        }
                    }
                    if p.days.is_empty() {
                        err("hours.weekly.days", "list at least one day".into());
                    }
                    let opens = parse_time(&p.opens, false);
                    let closes = parse_time(&p.closes, true);
                    if opens.is_none() {
                        err("hours.weekly.opens", format!("`{}` is not a time like 09:30", p.opens));
                    }
                    if closes.is_none() {
                        err("hours.weekly.closes", format!("`{}` is not a time like 17:00 (or 24:00)", p.closes));
                    }
                    if let (Some(o), Some(c)) = (opens, closes) {
                        if o == c {
                            err("hours.weekly", "opens and closes are the same time; use `always = true` for 24 hours".into());
                        }
                        periods.push((days, o, c));
                    }
                }
                Some(Hours::Weekly { zone: tz.clone(), periods })
            }
            _ => {
                err("hours", "give exactly one of `always = true`, `varies = true`, or `timezone` with `weekly` periods".into());
                None
            }
        };
        if e.crisis && h.varies.is_some() {
            err(
                "hours.varies",
                "a crisis listing must state its hours: use `always = true` or `timezone` with `weekly` periods (if sources disagree, give the shorter hours and say so in `note`)".into(),
            );
        }

        // Contacts.
        if e.contact.is_empty() {
            err("contact", "list at least one contact channel".into());
        }
        let mut contacts = Vec::new();
        for c in &e.contact {
            let kind = ContactType::from_slug(&c.kind);
            let field = format!("contact.{}", c.kind);
            let verified = check_date(&c.verified, today, &format!("{field}.verified"), &mut err, warnings, file, &e.id, line);
            check_source(&c.source, &format!("{field}.source"), &mut err, warnings, file, &e.id, line);
            let published =
                check_published(c.published.as_deref(), today, &format!("{field}.published"), &mut err, warnings, file, &e.id, line);
            let Some(kind) = kind else {
                err("contact.type", vocab_message(&c.kind, ContactType::ALL.iter().map(|k| k.slug())));
                continue;
            };
            let ok = match kind {
                ContactType::Call | ContactType::Tty | ContactType::Text => is_phone(&c.value),
                ContactType::WhatsApp => is_international(&c.value),
                ContactType::Email => is_email(&c.value),
                ContactType::Chat | ContactType::Video | ContactType::Website | ContactType::App => is_https_url(&c.value),
            };
            if !ok {
                let expected = match kind {
                    ContactType::Call | ContactType::Tty | ContactType::Text => {
                        "a phone number or short code (digits, spaces, '-', '()', or +country code)"
                    }
                    ContactType::WhatsApp => "a phone number with its country code, like +57 300 754 8933",
                    ContactType::Email => "an email address",
                    _ => "an https:// URL",
                };
                err(&format!("{field}.value"), format!("`{}` is not {expected}", c.value));
            }
            match (&c.keyword, kind) {
                (Some(k), ContactType::Text) if !is_keyword(k) => {
                    err(&format!("{field}.keyword"), format!("`{k}` must be one word of letters or digits"))
                }
                (Some(_), ContactType::Text) | (None, _) => {}
                (Some(_), _) => err(&format!("{field}.keyword"), "only text contacts have a keyword".into()),
            }
            if let Some(lang) = c.lang.as_deref().filter(|l| !CONTACT_LANGS.contains(l)) {
                err(&format!("{field}.lang"), format!("`{lang}` is not one of: {}", CONTACT_LANGS.join(", ")));
            }
            match (&c.label, &c.label_es) {
                (_, Some(es)) if es.trim().is_empty() => err(&format!("{field}.label_es"), "must not be empty".into()),
                (None, Some(_)) => err(&format!("{field}.label_es"), "gives a Spanish `label` but the contact has no `label`".into()),
                _ => {}
            }
            if let Some(verified) = verified {
                contacts.push(Contact {
                    kind,
                    value: c.value.trim().to_owned(),
                    keyword: c.keyword.clone(),
                    label: c.label.clone(),
                    label_es: c.label_es.clone(),
                    note: c.note.clone(),
                    lang: c.lang.clone(),
                    source: c.source.clone(),
                    verified,
                    published,
                });
            }
        }
        let caution = e.caution.as_ref().and_then(|c| {
            if c.text.trim().is_empty() {
                err("caution.text", "must not be empty".into());
            }
            if c.text.chars().count() > 400 {
                err("caution.text", "keep it under 400 characters".into());
            }
            check_source(&c.source, "caution.source", &mut err, warnings, file, &e.id, line);
            let published = check_published(c.published.as_deref(), today, "caution.published", &mut err, warnings, file, &e.id, line);
            let verified = check_date(&c.verified, today, "caution.verified", &mut err, warnings, file, &e.id, line)?;
            Some(Caution { text: c.text.trim().to_owned(), source: c.source.clone(), verified, published })
        });
        if problems.len() > before {
            continue;
        }
        if let (Some(kind), Some(answered_by), Some(status), Some(cost), Some(hours), Some(hours_verified)) =
            (kind, answered_by, status, cost, hours, hours_verified)
        {
            out.push(Resource {
                id: e.id,
                name: e.name,
                organization: e.organization,
                kind,
                answered_by,
                crisis: e.crisis,
                status,
                areas: e.areas,
                languages: e.languages,
                cost,
                audiences,
                topics,
                description: e.description,
                what_to_expect: e.what_to_expect,
                hours,
                hours_note: h.note.clone(),
                hours_source: h.source.clone(),
                hours_verified,
                hours_published,
                contacts,
                caution,
                file: file.to_owned(),
                raw: raw_tables.get(n).cloned().unwrap_or_default(),
            });
        }
    }
    out
}

/// The id of the `[[resource]]` entry containing byte `pos`.
pub(crate) fn entry_around(text: &str, pos: usize) -> Option<String> {
    let pos = pos.min(text.len());
    let start = if text[pos..].starts_with("[[resource]]") { pos } else { text[..pos].rfind("[[resource]]").unwrap_or(0) };
    let end = text[start + 1..].find("[[resource]]").map_or(text.len(), |e| start + 1 + e);
    let entry = &text[start..end];
    let at = entry.find("\nid = \"")?;
    entry[at + 7..].split('"').next().map(str::to_owned)
}

/// Parses a list of vocabulary slugs, reporting each unknown one.
fn vocab_list<'a, T>(
    values: &[String],
    field: &str,
    parse: fn(&str) -> Option<T>,
    allowed: impl Iterator<Item = &'a str> + Clone,
    err: &mut impl FnMut(&str, String),
) -> Vec<T> {
    values
        .iter()
        .filter_map(|v| {
            let parsed = parse(v);
            if parsed.is_none() {
                err(field, vocab_message(v, allowed.clone()));
            }
            parsed
        })
        .collect()
}

fn vocab_message<'a>(value: &str, allowed: impl Iterator<Item = &'a str>) -> String {
    format!("`{value}` is not one of: {}", allowed.collect::<Vec<_>>().join(", "))
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn check_date(
    d: &toml::value::Datetime,
    today: Date,
    field: &str,
    err: &mut impl FnMut(&str, String),
    warnings: &mut Vec<Problem>,
    file: &Path,
    id: &str,
    line: Option<usize>,
) -> Option<Date> {
    let Some(date) = toml_date(d) else {
        err(field, format!("`{d}` must be a date like 2026-11-25"));
        return None;
    };
    if date > today {
        err(field, format!("{date} is in the future (today is {today})"));
        return None;
    }
    if today.days_since_epoch() - date.days_since_epoch() > 365 {
        let mut w = Problem::new(file, format!("verified {date}, more than 12 months ago: check it again")).entry(id).field(field);
        w.line = line;
        warnings.push(w);
    }
    Some(date)
}

/// Checks a fact's `published` (the source page's own date): a date as precise as the page
/// shows, not in the future; a page dated over three years ago is a warning (replace it with the
/// organisation's current page where one exists).
#[allow(clippy::too_many_arguments)]
pub(crate) fn check_published(
    published: Option<&str>,
    today: Date,
    field: &str,
    err: &mut impl FnMut(&str, String),
    warnings: &mut Vec<Problem>,
    file: &Path,
    id: &str,
    line: Option<usize>,
) -> Option<Published> {
    let text = published?;
    let Some(p) = Published::parse(text) else {
        err(field, format!("`{text}` must be the page's own date, as precise as it shows: \"2017\", \"2017-06\" or \"2017-06-14\""));
        return None;
    };
    if Date::new(i32::from(p.year), p.month.unwrap_or(1), p.day.unwrap_or(1)) > today {
        err(field, format!("{p} is in the future (today is {today})"));
        return None;
    }
    if today.days_since_epoch() - p.latest().days_since_epoch() > OLD_SOURCE_AFTER_DAYS {
        let mut w = Problem::new(
            file,
            format!("the source page is from {p}, over 3 years old: replace it with the organisation's current page if it has one"),
        )
        .entry(id)
        .field(field);
        w.line = line;
        warnings.push(w);
    }
    Some(p)
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn check_source(
    url: &str,
    field: &str,
    err: &mut impl FnMut(&str, String),
    warnings: &mut Vec<Problem>,
    file: &Path,
    id: &str,
    line: Option<usize>,
) {
    if let Some(rest) = url.strip_prefix("http://") {
        if is_https_url(&format!("https://{rest}")) {
            let mut w = Problem::new(file, format!("source is not https (only an http copy was found): {url}")).entry(id).field(field);
            w.line = line;
            warnings.push(w);
            return;
        }
    }
    if !is_https_url(url) {
        err(field, format!("`{url}` must be the https:// address of the page that states this fact"));
    }
}

/// Loads every `*.toml` file in `dir` except [`crate::regions::FILE`]. Returns the resources
/// (sorted by id) and warnings.
pub fn load_dir(dir: &Path, today: Date, problems: &mut Vec<Problem>, inputs: &mut Vec<PathBuf>) -> (Vec<Resource>, Vec<Problem>) {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "toml") && !p.ends_with(crate::regions::FILE))
            .collect(),
        Err(e) => {
            problems.push(Problem::new(dir, format!("cannot read the directory folder: {e}")));
            return (Vec::new(), Vec::new());
        }
    };
    files.sort();
    inputs.push(dir.to_owned());
    let mut seen = HashMap::new();
    let mut warnings = Vec::new();
    let mut all = Vec::new();
    for file in files {
        inputs.push(file.clone());
        match std::fs::read_to_string(&file) {
            Ok(text) => all.extend(parse(&file, &text, today, &mut seen, problems, &mut warnings)),
            Err(e) => problems.push(Problem::new(&file, format!("cannot read: {e}"))),
        }
    }
    all.sort_by(|a, b| a.id.cmp(&b.id));
    (all, warnings)
}

#[cfg(test)]
mod tests;
