//! "My support plan": a private plan for hard moments, in the sections of the Stanley–Brown
//! Safety Planning Intervention, each a short list the person writes in their own words. Kept
//! only on the device, with the same guarantees as the saved list ([`crate::store`]).
//!
//! Stored under [`KEY`] as `{"v":1,"sections":{"warning-signs":[{"text":"…"}],…}}`. Entries are
//! read one by one (an unreadable one is kept verbatim); unknown fields and sections are kept.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::store::{Decoded, Document};

pub const KEY: &str = "kindred.plan";
pub const VERSION: u64 = 1;
/// At most this many entries in one section (a plan fits on one page).
pub const MAX_ENTRIES: usize = 12;
/// Longest entry text, in characters.
pub const MAX_TEXT: usize = 300;
const MAX_PHONE: usize = 40;

/// The plan's sections, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Section {
    #[serde(rename = "warning-signs")]
    WarningSigns,
    #[serde(rename = "on-my-own")]
    OnMyOwn,
    #[serde(rename = "take-my-mind-off")]
    TakeMyMindOff,
    #[serde(rename = "people-to-ask")]
    PeopleToAsk,
    #[serde(rename = "services")]
    Services,
    #[serde(rename = "safer-surroundings")]
    SaferSurroundings,
    #[serde(rename = "reasons")]
    Reasons,
}

impl Section {
    pub const ALL: [Section; 7] = [
        Section::WarningSigns,
        Section::OnMyOwn,
        Section::TakeMyMindOff,
        Section::PeopleToAsk,
        Section::Services,
        Section::SaferSurroundings,
        Section::Reasons,
    ];

    pub const fn slug(self) -> &'static str {
        match self {
            Section::WarningSigns => "warning-signs",
            Section::OnMyOwn => "on-my-own",
            Section::TakeMyMindOff => "take-my-mind-off",
            Section::PeopleToAsk => "people-to-ask",
            Section::Services => "services",
            Section::SaferSurroundings => "safer-surroundings",
            Section::Reasons => "reasons",
        }
    }

    pub fn from_slug(s: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|x| x.slug() == s)
    }
}

/// One line of the plan: what the person wrote; for a person to ask, their number; for a
/// service, the directory listing it names.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    #[serde(default)]
    pub text: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
    /// Fields this version doesn't know, kept as they were.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Entry {
    pub fn text(text: &str) -> Entry {
        Entry { text: clip(text, MAX_TEXT), ..Default::default() }
    }

    pub fn person(name: &str, phone: &str) -> Entry {
        Entry { text: clip(name, MAX_TEXT), phone: clip(phone, MAX_PHONE), ..Default::default() }
    }

    pub fn service(id: &str) -> Entry {
        Entry { resource: Some(id.to_owned()), ..Default::default() }
    }

    /// Whether the entry says anything.
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty() && self.phone.trim().is_empty() && self.resource.is_none()
    }

    /// An entry read from storage or a file, checked.
    fn read(value: &Value) -> Option<Entry> {
        let mut e = Entry::deserialize(value).ok()?;
        if e.resource.as_ref().is_some_and(|id| id.is_empty() || id.len() > 100) {
            return None;
        }
        e.text = clip(&e.text, MAX_TEXT);
        e.phone = clip(&e.phone, MAX_PHONE);
        Some(e)
    }

    /// What makes two entries the same (for merging an imported plan).
    fn same_as(&self, other: &Entry) -> bool {
        self.text.trim() == other.text.trim() && self.phone.trim() == other.phone.trim() && self.resource == other.resource
    }
}

fn clip(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    pub sections: BTreeMap<Section, Vec<Entry>>,
    /// Entries that couldn't be read, by section key, kept verbatim.
    pub unreadable: Map<String, Value>,
    /// Unknown top-level fields (and unknown sections, under "sections"), kept as they were.
    pub extra: Map<String, Value>,
    unknown_sections: Map<String, Value>,
}

#[derive(Deserialize)]
struct StoredIn {
    v: u64,
    #[serde(default)]
    sections: Map<String, Value>,
    #[serde(default)]
    unreadable: Map<String, Value>,
    #[serde(flatten)]
    extra: Map<String, Value>,
}

impl Plan {
    pub fn entries(&self, section: Section) -> &[Entry] {
        self.sections.get(&section).map_or(&[], Vec::as_slice)
    }

    pub fn is_empty(&self) -> bool {
        self.sections.values().all(Vec::is_empty)
    }

    /// Adds an entry at the end of a section (nothing empty, nothing past the limit).
    pub fn add(&mut self, section: Section, entry: Entry) -> bool {
        if entry.is_empty() || self.entries(section).len() >= MAX_ENTRIES {
            return false;
        }
        self.sections.entry(section).or_default().push(entry);
        true
    }

    /// Where the line that read `was` is now: at `at` if it still reads so, else the first line
    /// of the section that does (another tab may have moved it).
    fn find(&self, section: Section, at: usize, was: impl Fn(&Entry) -> bool) -> Option<usize> {
        let list = self.entries(section);
        if list.get(at).is_some_and(&was) {
            Some(at)
        } else {
            list.iter().position(was)
        }
    }

    /// Changes the text of the line that read `was` (as this tab last showed it). If no line
    /// reads so any more (another tab removed it), the text becomes a new line: nothing typed
    /// is lost.
    pub fn edit_text(&mut self, section: Section, at: usize, was: &str, now: &str) {
        match self.find(section, at, |e| e.resource.is_none() && e.text == was) {
            Some(i) => self.set_text(section, i, now),
            None => {
                self.add(section, Entry::text(now));
            }
        }
    }

    /// Changes the number of the line named `text` whose number was `was` (see [`Plan::edit_text`]).
    pub fn edit_phone(&mut self, section: Section, at: usize, text: &str, was: &str, now: &str) {
        match self.find(section, at, |e| e.resource.is_none() && e.text == text && e.phone == was) {
            Some(i) => self.set_phone(section, i, now),
            None => {
                self.add(section, Entry::person(text, now));
            }
        }
    }

    pub fn set_text(&mut self, section: Section, at: usize, text: &str) {
        if let Some(e) = self.sections.get_mut(&section).and_then(|l| l.get_mut(at)) {
            e.text = clip(text, MAX_TEXT);
        }
    }

    pub fn set_phone(&mut self, section: Section, at: usize, phone: &str) {
        if let Some(e) = self.sections.get_mut(&section).and_then(|l| l.get_mut(at)) {
            e.phone = clip(phone, MAX_PHONE);
        }
    }

    pub fn remove(&mut self, section: Section, at: usize) -> Option<Entry> {
        let list = self.sections.get_mut(&section)?;
        (at < list.len()).then(|| list.remove(at))
    }

    /// Puts a removed entry back where it was (for "Undo"; at the end if the section changed).
    pub fn restore(&mut self, section: Section, at: usize, entry: Entry) -> bool {
        let list = self.sections.entry(section).or_default();
        if entry.is_empty() || list.len() >= MAX_ENTRIES {
            return false;
        }
        list.insert(at.min(list.len()), entry);
        true
    }

    /// Moves an entry one place up (`-1`) or down (`1`).
    pub fn shift(&mut self, section: Section, at: usize, by: isize) {
        if let Some(list) = self.sections.get_mut(&section) {
            let to = at as isize + by;
            if at < list.len() && to >= 0 && (to as usize) < list.len() {
                list.swap(at, to as usize);
            }
        }
    }

    /// Adds `other`'s entries that are not here yet, after ours, section by section. Returns how
    /// many were added.
    pub fn merge(&mut self, other: &Plan) -> usize {
        let mut added = 0;
        for (section, entries) in &other.sections {
            for e in entries {
                if !self.entries(*section).iter().any(|x| x.same_as(e)) && self.add(*section, e.clone()) {
                    added += 1;
                }
            }
        }
        added
    }

    /// The plan as plain text, for "Keep a copy": the heading, then each section's title and its
    /// lines (a person's number beside their name; a service as `service` describes it; in
    /// "services", the `always` lines first), then the footer.
    pub fn to_text(
        &self,
        heading: &str,
        title: impl Fn(Section) -> &'static str,
        service: impl Fn(&str) -> Option<String>,
        always: &[String],
        footer: &str,
    ) -> String {
        let mut out = format!("{heading}\n{}\n", "=".repeat(heading.chars().count()));
        for section in Section::ALL {
            out += &format!("\n{}\n", title(section));
            let mut lines: Vec<String> = Vec::new();
            if section == Section::Services {
                lines.extend(always.iter().cloned());
            }
            for e in self.entries(section) {
                let mut line = match &e.resource {
                    Some(id) => service(id).unwrap_or_else(|| id.clone()),
                    None => e.text.trim().to_owned(),
                };
                if !e.phone.trim().is_empty() {
                    line = format!("{line}: {}", e.phone.trim());
                }
                lines.push(line);
            }
            if lines.is_empty() {
                out += "-\n";
            }
            for l in lines {
                out += &format!("- {l}\n");
            }
        }
        out += &format!("\n{footer}\n");
        out
    }

    /// Reads a plan from a JSON value (the stored document, or the `plan` of an export file).
    pub fn from_value(value: Value) -> Decoded<Plan> {
        let Ok(stored) = StoredIn::deserialize(value) else { return Decoded::Unreadable };
        let mut plan = Plan { unreadable: stored.unreadable, extra: stored.extra, ..Default::default() };
        for (key, entries) in stored.sections {
            let Some(section) = Section::from_slug(&key) else {
                plan.unknown_sections.insert(key, entries);
                continue;
            };
            let Value::Array(entries) = entries else {
                plan.unreadable.insert(key, entries);
                continue;
            };
            let list = plan.sections.entry(section).or_default();
            for raw in entries {
                match Entry::read(&raw) {
                    Some(e) if list.len() < MAX_ENTRIES => list.push(e),
                    Some(_) => {}
                    None => match plan.unreadable.entry(key.clone()).or_insert_with(|| Value::Array(Vec::new())) {
                        Value::Array(kept) => kept.push(raw),
                        other => *other = Value::Array(vec![raw]),
                    },
                }
            }
        }
        if stored.v > VERSION {
            Decoded::Newer { version: stored.v, saved: plan }
        } else {
            Decoded::Current { saved: plan, migrated_from: None }
        }
    }

    /// The plan as a JSON value (the stored document).
    pub fn to_value(&self) -> Value {
        let mut sections = self.unknown_sections.clone();
        for (section, entries) in &self.sections {
            if !entries.is_empty() {
                sections.insert(section.slug().to_owned(), serde_json::to_value(entries).unwrap_or(Value::Null));
            }
        }
        let mut doc = Map::new();
        doc.insert("v".into(), VERSION.into());
        doc.insert("sections".into(), Value::Object(sections));
        if !self.unreadable.is_empty() {
            doc.insert("unreadable".into(), Value::Object(self.unreadable.clone()));
        }
        for (k, v) in &self.extra {
            doc.entry(k.clone()).or_insert_with(|| v.clone());
        }
        Value::Object(doc)
    }
}

impl Document for Plan {
    const KEY: &'static str = KEY;

    fn decode(raw: Option<&str>) -> Decoded<Plan> {
        let Some(raw) = raw else { return Decoded::Empty };
        match serde_json::from_str::<Value>(raw) {
            Ok(value @ Value::Object(_)) => Plan::from_value(value),
            _ => Decoded::Unreadable,
        }
    }

    fn encode(&self) -> String {
        serde_json::to_string(&self.to_value()).unwrap_or_default()
    }

    fn keep_mine(&mut self, mine: Plan) {
        self.merge(&mine);
    }
}

/// The plan on the device, with the store's guarantees.
pub type Store<S> = crate::store::Store<S, Plan>;

#[cfg(test)]
mod tests;
