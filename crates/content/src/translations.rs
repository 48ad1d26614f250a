//! The directory's text in Spanish: `content/directory/es/<file>.toml`, one file per English file
//! and one `[[resource]]` per English listing (see SCHEMA.md). Checked against the validated
//! English listings: every listing has exactly one Spanish entry in the matching file and every
//! entry names a listing; `what_to_expect` has as many sentences; `hours_note` and `caution` are
//! there exactly when the English has them, and `contact_notes` has one note per English contact
//! note; nothing is empty; and each Spanish text keeps the
//! numbers and web addresses of its English text, so a changed phone number or time fails the
//! build. Contacts' `label_es` is checked against `label` the same way. Each problem names the
//! file, the line, the listing id and the field.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::directory::{entry_around, Resource};
use crate::{line_of, Problem};

/// The folder inside `content/directory/` that holds the Spanish files.
pub const DIR: &str = "es";

/// The longest description, in characters (as for the English).
pub const MAX_DESCRIPTION: usize = 400;

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
    description: String,
    what_to_expect: Vec<String>,
    hours_note: Option<String>,
    caution: Option<String>,
    #[serde(default)]
    contact_notes: Vec<String>,
}

/// A listing's text in Spanish, checked against its English listing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResourceEs {
    /// The English listing's id.
    pub id: String,
    pub description: String,
    /// As many sentences as the English, in the same order.
    pub what_to_expect: Vec<String>,
    /// Present exactly when the English hours have a `note`.
    pub hours_note: Option<String>,
    /// The caution's `text`; present exactly when the English listing has a caution.
    pub caution: Option<String>,
    /// One for each English contact that has a `note`, in the order of the contacts.
    pub contact_notes: Vec<String>,
}

/// The runs of digits in `s`, as a set: "1-800-662-4357" gives 1, 800, 662 and 4357.
pub fn numbers(s: &str) -> BTreeSet<&str> {
    s.split(|c: char| !c.is_ascii_digit()).filter(|run| !run.is_empty()).collect()
}

/// The web and email addresses in `s`, as a set: anything with `://`, and host names such as
/// `988.ca`, `Help4WV.com` or `jo@samaritans.org` (with any path), without trailing punctuation.
pub fn urls(s: &str) -> BTreeSet<&str> {
    s.split_whitespace()
        .map(|w| w.trim_start_matches(['(', '"', '«', '“', '¿', '¡']).trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '"', '»', '”']))
        .filter(|w| w.contains("://") || is_host(w.split('/').next().unwrap_or("").rsplit('@').next().unwrap_or("")))
        .collect()
}

/// `name.tld`: dot-separated labels of letters, digits and '-', ending in two or more letters
/// (so "a.m" and "7.5" are not hosts).
fn is_host(s: &str) -> bool {
    let labels: Vec<&str> = s.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && labels.last().is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()))
}

/// What `spanish` changed of `english`'s numbers and addresses, or `None` if it kept them all.
pub fn differences(english: &str, spanish: &str) -> Option<String> {
    let mut out = Vec::new();
    for (what, en, es) in [("numbers", numbers(english), numbers(spanish)), ("addresses", urls(english), urls(spanish))] {
        let missing: Vec<&str> = en.difference(&es).copied().collect();
        let added: Vec<&str> = es.difference(&en).copied().collect();
        if !missing.is_empty() {
            out.push(format!("{what} missing from the Spanish: {}", missing.join(", ")));
        }
        if !added.is_empty() {
            out.push(format!("{what} not in the English: {}", added.join(", ")));
        }
    }
    (!out.is_empty())
        .then(|| format!("must keep every number and address of the English exactly ({}); English: \"{english}\"", out.join("; ")))
}

/// The Spanish file for the English file `english` (`…/us.toml` → `…/es/us.toml`).
pub fn spanish_file(english: &Path) -> PathBuf {
    let name = english.file_name().unwrap_or_default();
    english.parent().unwrap_or(Path::new("")).join(DIR).join(name)
}

/// Checks the Spanish files (`spanish`: path and text) against the validated English
/// `resources`, and the `label_es` of their contacts against `label`; `english` holds the English
/// files' texts, to give the line of a listing that has no Spanish text. Returns the Spanish
/// entries that passed, sorted by id.
pub fn check(
    english: &[(PathBuf, String)],
    spanish: &[(PathBuf, String)],
    resources: &[Resource],
    problems: &mut Vec<Problem>,
) -> Vec<ResourceEs> {
    let by_id: HashMap<&str, &Resource> = resources.iter().map(|r| (r.id.as_str(), r)).collect();
    let english_line = |r: &Resource| -> Option<usize> {
        let (_, text) = english.iter().find(|(path, _)| *path == r.file)?;
        text.find(&format!("id = \"{}\"", r.id)).map(|at| line_of(text, at))
    };
    let file_name = |p: &Path| p.file_name().map(|n| n.to_owned());

    // The ids given a Spanish entry so far, with the entry's line.
    let mut seen: HashMap<String, Option<usize>> = HashMap::new();
    let mut out = Vec::new();
    for (file, text) in spanish {
        let english_file = resources.iter().find(|r| file_name(&r.file) == file_name(file)).map(|r| r.file.clone());
        let Some(english_file) = english_file else {
            problems.push(Problem::new(
                file,
                "no English directory file has this name: a Spanish file sits beside its English file's name (us.toml → es/us.toml)",
            ));
            continue;
        };
        let parsed: FileEntries = match toml::from_str(text) {
            Ok(f) => f,
            Err(e) => {
                let mut p = Problem::new(file, e.message().to_owned()).at_line(e.span().map_or(1, |s| line_of(text, s.start)));
                p.entry = e.span().and_then(|s| entry_around(text, s.start));
                problems.push(p);
                // Don't also report this file's listings as missing.
                for r in resources.iter().filter(|r| r.file == english_file) {
                    seen.entry(r.id.clone()).or_insert(None);
                }
                continue;
            }
        };
        let mut cursor = 0;
        for e in parsed.resource {
            let key = format!("id = \"{}\"", e.id);
            let at = text[cursor..].find(&key).map(|i| cursor + i);
            if let Some(at) = at {
                cursor = at + key.len();
            }
            let line = at.map(|at| line_of(text, at));
            let before = problems.len();
            let mut err = |field: &str, msg: String| {
                let mut p = Problem::new(file, msg).entry(&e.id).field(field);
                p.line = line;
                problems.push(p);
            };
            let Some(r) = by_id.get(e.id.as_str()) else {
                err("id", format!("no English listing has the id `{}`: every Spanish entry translates one listing", e.id));
                continue;
            };
            if r.file != english_file {
                err(
                    "id",
                    format!("this listing is in {}, so its Spanish text belongs in {}", r.file.display(), spanish_file(&r.file).display()),
                );
                continue;
            }
            if let Some(first) = seen.insert(e.id.clone(), line) {
                let at = first.map_or(String::new(), |l| format!(" (first at line {l})"));
                err("id", format!("a second Spanish entry for this listing{at}: give each listing exactly one"));
                continue;
            }
            check_text("description", &r.description, &e.description, &mut err);
            if e.description.chars().count() > MAX_DESCRIPTION {
                err("description", format!("keep it under {MAX_DESCRIPTION} characters, like the English"));
            }
            if e.what_to_expect.len() != r.what_to_expect.len() {
                err(
                    "what_to_expect",
                    format!(
                        "has {} sentences but the English has {}: translate each one, in the same order",
                        e.what_to_expect.len(),
                        r.what_to_expect.len()
                    ),
                );
            } else {
                for (n, (en, es)) in r.what_to_expect.iter().zip(&e.what_to_expect).enumerate() {
                    check_text(&format!("what_to_expect[{}]", n + 1), en, es, &mut err);
                }
            }
            match (&r.hours_note, &e.hours_note) {
                (Some(en), Some(es)) => check_text("hours_note", en, es, &mut err),
                (Some(_), None) => err("hours_note", "missing: the English hours have a note, so give it in Spanish".into()),
                (None, Some(_)) => err("hours_note", "the English hours have no note; remove this".into()),
                (None, None) => {}
            }
            match (&r.caution, &e.caution) {
                (Some(en), Some(es)) => {
                    check_text("caution", &en.text, es, &mut err);
                    if es.chars().count() > MAX_DESCRIPTION {
                        err("caution", format!("keep it under {MAX_DESCRIPTION} characters, like the English"));
                    }
                }
                (Some(_), None) => {
                    err("caution", "missing: the English listing has a [resource.caution], so give its text in Spanish".into())
                }
                (None, Some(_)) => err("caution", "the English listing has no [resource.caution]; remove this".into()),
                (None, None) => {}
            }
            let notes: Vec<&str> = r.contacts.iter().filter_map(|c| c.note.as_deref()).collect();
            if e.contact_notes.len() != notes.len() {
                err(
                    "contact_notes",
                    format!(
                        "has {} notes but the English contacts have {}: translate each contact's `note`, in the order of the contacts",
                        e.contact_notes.len(),
                        notes.len()
                    ),
                );
            } else {
                for (n, (en, es)) in notes.iter().zip(&e.contact_notes).enumerate() {
                    check_text(&format!("contact_notes[{}]", n + 1), en, es, &mut err);
                }
            }
            if problems.len() == before {
                out.push(ResourceEs {
                    id: e.id,
                    description: e.description,
                    what_to_expect: e.what_to_expect,
                    hours_note: e.hours_note,
                    caution: e.caution,
                    contact_notes: e.contact_notes,
                });
            }
        }
    }

    // Every English listing has its Spanish text: one problem per missing Spanish file, else one
    // per missing listing, at the English listing's line.
    let mut missing_files: Vec<PathBuf> = Vec::new();
    for r in resources {
        if seen.contains_key(&r.id) {
            continue;
        }
        let es_file = spanish_file(&r.file);
        if !spanish.iter().any(|(path, _)| file_name(path) == file_name(&r.file)) {
            if !missing_files.contains(&es_file) {
                let count = resources.iter().filter(|x| x.file == r.file).count();
                problems.push(Problem::new(
                    &es_file,
                    format!("missing: the Spanish text of the {count} listing(s) in {}, one [[resource]] each", r.file.display()),
                ));
                missing_files.push(es_file);
            }
            continue;
        }
        let mut p =
            Problem::new(&r.file, format!("no Spanish text: add a [[resource]] with this id to {}", es_file.display())).entry(&r.id);
        p.line = english_line(r);
        problems.push(p);
    }

    // Contacts' Spanish labels keep the label's numbers, addresses and keyword.
    for r in resources {
        for c in &r.contacts {
            let (Some(label), Some(label_es)) = (&c.label, &c.label_es) else { continue };
            let field = format!("contact.{}.label_es", c.kind.slug());
            let mut err = |msg: String| {
                let mut p = Problem::new(&r.file, msg).entry(&r.id).field(&field);
                p.line = english_line(r);
                problems.push(p);
            };
            if let Some(msg) = differences(label, label_es) {
                err(msg);
            }
            if let Some(k) = c.keyword.as_deref().filter(|k| label.contains(k) && !label_es.contains(k)) {
                err(format!("must keep the keyword `{k}` exactly, as the label does"));
            }
        }
    }

    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

/// A Spanish text is not empty and keeps the English text's numbers and addresses.
fn check_text(field: &str, english: &str, spanish: &str, err: &mut impl FnMut(&str, String)) {
    if spanish.trim().is_empty() {
        err(field, "must not be empty".into());
    } else if let Some(msg) = differences(english, spanish) {
        err(field, msg);
    }
}

/// Loads `dir/es/*.toml` and checks it against `resources` (loaded from `dir`).
pub fn load(dir: &Path, resources: &[Resource], problems: &mut Vec<Problem>, inputs: &mut Vec<PathBuf>) -> Vec<ResourceEs> {
    let es_dir = dir.join(DIR);
    inputs.push(es_dir.clone());
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&es_dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "toml")).collect(),
        Err(e) => {
            problems.push(Problem::new(&es_dir, format!("cannot read the Spanish directory folder: {e}")));
            return Vec::new();
        }
    };
    files.sort();
    let mut spanish = Vec::new();
    for file in files {
        inputs.push(file.clone());
        match std::fs::read_to_string(&file) {
            Ok(text) => spanish.push((file, text)),
            Err(e) => problems.push(Problem::new(&file, format!("cannot read: {e}"))),
        }
    }
    let mut english: Vec<(PathBuf, String)> = Vec::new();
    for r in resources {
        if !english.iter().any(|(path, _)| *path == r.file) {
            english.push((r.file.clone(), std::fs::read_to_string(&r.file).unwrap_or_default()));
        }
    }
    check(&english, &spanish, resources, problems)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::directory;
    use kindred_core::date::Date;

    const TODAY: Date = Date::new(2026, 11, 29);
    const EN: &str = "content/directory/us.toml";
    const ES: &str = "content/directory/es/us.toml";

    const ENGLISH: &str = r#"
[[resource]]
id = "us-one"
name = "One Line"
organization = "Org"
kind = "warmline"
answered_by = "peers"
crisis = false
status = "active"
areas = ["US"]
languages = ["en", "es"]
cost = "free"
topics = ["general"]
description = "A line that listens, open 24/7."
what_to_expect = ["Call 1-800-555-0100.", "See https://example.org/help for more."]

[resource.hours]
always = true
note = "10am to 10pm"
source = "https://example.org/hours"
verified = 2026-11-20

[[resource.contact]]
type = "text"
value = "741741"
keyword = "HOME"
label = "Text HOME to 741741"
label_es = "Envía HOME al 741741"
lang = "es"
source = "https://example.org/contact"
verified = 2026-11-20

[[resource]]
id = "us-two"
name = "Two Line"
organization = "Org"
kind = "warmline"
answered_by = "peers"
crisis = false
status = "active"
areas = ["US"]
languages = ["en"]
cost = "free"
topics = ["general"]
description = "Another line."
what_to_expect = ["Someone listens."]

[resource.hours]
always = true
source = "https://example.org/hours"
verified = 2026-11-20

[[resource.contact]]
type = "website"
value = "https://example.org/"
source = "https://example.org/contact"
verified = 2026-11-20

[resource.caution]
text = "In 2025 reports said something to know."
source = "https://example.org/report"
verified = 2026-11-20
"#;

    const SPANISH: &str = r#"
[[resource]]
id = "us-one"
description = "Una línea que escucha, abierta 24/7."
what_to_expect = ["Llama al 1-800-555-0100.", "Consulta https://example.org/help para saber más."]
hours_note = "De 10 a. m. a 10 p. m."

[[resource]]
id = "us-two"
description = "Otra línea."
what_to_expect = ["Alguien te escucha."]
caution = "En 2025 se informó algo que debes saber."
"#;

    fn resources(english: &str) -> Vec<Resource> {
        let (mut problems, mut warnings) = (Vec::new(), Vec::new());
        let r = directory::parse(Path::new(EN), english, TODAY, &mut HashMap::new(), &mut problems, &mut warnings);
        assert!(problems.is_empty(), "{problems:?}");
        r
    }

    fn run_with(english: &str, spanish: &[(&str, &str)]) -> (Vec<ResourceEs>, Vec<String>) {
        let mut problems = Vec::new();
        let spanish: Vec<(PathBuf, String)> = spanish.iter().map(|(p, t)| (PathBuf::from(p), t.to_string())).collect();
        let es = check(&[(EN.into(), english.to_owned())], &spanish, &resources(english), &mut problems);
        (es, problems.iter().map(ToString::to_string).collect())
    }

    fn run(spanish: &str) -> (Vec<ResourceEs>, Vec<String>) {
        run_with(ENGLISH, &[(ES, spanish)])
    }

    #[test]
    fn a_good_file_passes() {
        let (es, p) = run(SPANISH);
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(es.len(), 2);
        assert_eq!(es[0].id, "us-one");
        assert_eq!(es[0].hours_note.as_deref(), Some("De 10 a. m. a 10 p. m."));
        assert_eq!(es[1].caution.as_deref(), Some("En 2025 se informó algo que debes saber."));
        assert_eq!(es[1].what_to_expect, ["Alguien te escucha."]);
    }

    #[test]
    fn a_missing_listing_fails_at_its_english_line() {
        let without_two = &SPANISH[..SPANISH.find("\n[[resource]]\nid = \"us-two\"").unwrap()];
        let (_, p) = run(without_two);
        assert_eq!(
            p,
            ["content/directory/us.toml:34: entry `us-two`: no Spanish text: add a [[resource]] with this id to content/directory/es/us.toml"]
        );
    }

    #[test]
    fn a_missing_file_fails_once() {
        let (_, p) = run_with(ENGLISH, &[]);
        assert_eq!(
            p,
            ["content/directory/es/us.toml: missing: the Spanish text of the 2 listing(s) in content/directory/us.toml, one [[resource]] each"]
        );
    }

    #[test]
    fn an_orphaned_entry_fails() {
        let (_, p) = run(&SPANISH.replace("id = \"us-two\"", "id = \"us-three\""));
        assert!(
            p.contains(&"content/directory/es/us.toml:9: entry `us-three`, field `id`: no English listing has the id `us-three`: every Spanish entry translates one listing".to_owned()),
            "{p:?}"
        );
        // …and us-two is then missing.
        assert!(p.iter().any(|x| x.starts_with("content/directory/us.toml:34: entry `us-two`: no Spanish text")), "{p:?}");
        let (_, p) = run_with(ENGLISH, &[(ES, SPANISH), ("content/directory/es/fr.toml", "")]);
        assert_eq!(p, ["content/directory/es/fr.toml: no English directory file has this name: a Spanish file sits beside its English file's name (us.toml → es/us.toml)"]);
    }

    #[test]
    fn a_duplicate_or_misplaced_entry_fails() {
        let twice = format!("{SPANISH}\n[[resource]]\nid = \"us-two\"\ndescription = \"Otra.\"\nwhat_to_expect = [\"Alguien escucha.\"]\ncaution = \"En 2025, algo.\"\n");
        let (_, p) = run(&twice);
        assert_eq!(
            p,
            ["content/directory/es/us.toml:15: entry `us-two`, field `id`: a second Spanish entry for this listing (first at line 9): give each listing exactly one"]
        );
        // A listing's Spanish text sits in the Spanish file named like its English file.
        let mut listings = resources(ENGLISH);
        listings[1].file = "content/directory/uk.toml".into();
        let uk_es = "\n[[resource]]\nid = \"us-one\"\ndescription = \"Una.\"\nwhat_to_expect = [\"Uno.\", \"Dos.\"]\n";
        let mut problems = Vec::new();
        let spanish = [(PathBuf::from(ES), SPANISH.to_owned()), (PathBuf::from("content/directory/es/uk.toml"), uk_es.to_owned())];
        check(&[(EN.into(), ENGLISH.to_owned())], &spanish, &listings, &mut problems);
        let p: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            p,
            [
                "content/directory/es/us.toml:9: entry `us-two`, field `id`: this listing is in content/directory/uk.toml, so its Spanish text belongs in content/directory/es/uk.toml",
                "content/directory/es/uk.toml:3: entry `us-one`, field `id`: this listing is in content/directory/us.toml, so its Spanish text belongs in content/directory/es/us.toml",
                // No English text was given for uk.toml here, so no line.
                "content/directory/uk.toml: entry `us-two`: no Spanish text: add a [[resource]] with this id to content/directory/es/uk.toml",
            ]
        );
    }

    #[test]
    fn what_to_expect_needs_the_same_number_of_sentences() {
        let (es, p) =
            run(&SPANISH.replace("what_to_expect = [\"Alguien te escucha.\"]", "what_to_expect = [\"Alguien te escucha.\", \"Y más.\"]"));
        assert_eq!(
            p,
            ["content/directory/es/us.toml:9: entry `us-two`, field `what_to_expect`: has 2 sentences but the English has 1: translate each one, in the same order"]
        );
        assert_eq!(es.len(), 1);
    }

    #[test]
    fn a_changed_number_or_address_fails() {
        let cases = [
            (
                "1-800-555-0100",
                "1-800-555-0199",
                "what_to_expect[1]",
                "numbers missing from the Spanish: 0100; numbers not in the English: 0199",
            ),
            ("abierta 24/7", "abierta todo el día", "description", "numbers missing from the Spanish: 24, 7"),
            ("De 10 a. m. a 10 p. m.", "De 10:00 a 22:00", "hours_note", "numbers not in the English: 00, 22"),
            (
                "https://example.org/help",
                "https://example.com/ayuda",
                "what_to_expect[2]",
                "addresses missing from the Spanish: https://example.org/help",
            ),
            ("En 2025 se", "En 2024 se", "caution", "numbers missing from the Spanish: 2025"),
        ];
        for (from, to, field, expected) in cases {
            let (_, p) = run(&SPANISH.replace(from, to));
            assert_eq!(p.len(), 1, "{from}: {p:?}");
            assert!(p[0].contains("entry `us-") && p[0].contains(&format!("field `{field}`")) && p[0].contains(expected), "{from}: {p:?}");
            assert!(p[0].starts_with("content/directory/es/us.toml:"), "{p:?}");
        }
    }

    #[test]
    fn each_contact_note_has_its_spanish_in_the_order_of_the_contacts() {
        let english = ENGLISH.replace("lang = \"es\"\n", "lang = \"es\"\nnote = \"Press 2, then 5\"\n");
        let with = |notes: &str| {
            SPANISH.replace("hours_note = \"De 10 a. m. a 10 p. m.\"\n", &format!("hours_note = \"De 10 a. m. a 10 p. m.\"\n{notes}"))
        };
        let (es, p) = run_with(&english, &[(ES, &with("contact_notes = [\"Marca 2 y luego 5\"]\n"))]);
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(es[0].contact_notes, ["Marca 2 y luego 5"]);
        assert!(es[1].contact_notes.is_empty());
        for (notes, expected) in [
            ("", "field `contact_notes`: has 0 notes but the English contacts have 1"),
            ("contact_notes = [\"Marca 2 y luego 5\", \"Otra\"]\n", "field `contact_notes`: has 2 notes but the English contacts have 1"),
            (
                "contact_notes = [\"Marca 2\"]\n",
                "field `contact_notes[1]`: must keep every number and address of the English exactly (numbers missing from the Spanish: 5)",
            ),
        ] {
            let (_, p) = run_with(&english, &[(ES, &with(notes))]);
            assert_eq!(p.len(), 1, "{notes}: {p:?}");
            assert!(p[0].contains("entry `us-one`") && p[0].contains(expected), "{notes}: {p:?}");
        }
        // A note where the English contact has none.
        let (_, p) = run(&with("contact_notes = [\"Marca 2\"]\n"));
        assert!(p.len() == 1 && p[0].contains("has 1 notes but the English contacts have 0"), "{p:?}");
    }

    #[test]
    fn notes_and_cautions_are_there_exactly_when_the_english_has_them() {
        let cases = [
            (SPANISH.replace("hours_note = \"De 10 a. m. a 10 p. m.\"\n", ""), "es/us.toml:3: entry `us-one`, field `hours_note`: missing"),
            (
                SPANISH.replace("caution = \"En 2025 se informó algo que debes saber.\"\n", ""),
                "es/us.toml:9: entry `us-two`, field `caution`: missing",
            ),
            (
                SPANISH.replace(
                    "what_to_expect = [\"Alguien te escucha.\"]",
                    "what_to_expect = [\"Alguien te escucha.\"]\nhours_note = \"Siempre.\"",
                ),
                "field `hours_note`: the English hours have no note",
            ),
            (
                SPANISH.replace("hours_note = \"De 10 a. m. a 10 p. m.\"", "hours_note = \"De 10 a. m. a 10 p. m.\"\ncaution = \"Algo.\""),
                "field `caution`: the English listing has no [resource.caution]",
            ),
            (SPANISH.replace("Otra línea.", " "), "field `description`: must not be empty"),
            (SPANISH.replace("Alguien te escucha.", ""), "field `what_to_expect[1]`: must not be empty"),
            (SPANISH.replace("Otra línea.", &"a".repeat(401)), "field `description`: keep it under 400 characters"),
        ];
        for (text, expected) in cases {
            let (_, p) = run(&text);
            assert!(p.len() == 1 && p[0].contains(expected), "{expected}: {p:?}");
        }
    }

    #[test]
    fn an_unknown_field_fails_with_the_entry_named() {
        let (es, p) = run(&SPANISH.replace("description = \"Otra línea.\"", "description = \"Otra línea.\"\nname = \"Otra\""));
        assert!(es.is_empty());
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].starts_with("content/directory/es/us.toml:11: entry `us-two`: unknown field `name`"), "{p:?}");
        let (_, p) = run(&SPANISH.replace("description = \"Otra línea.\"\n", ""));
        assert!(p.len() == 1 && p[0].contains("missing field `description`") && p[0].contains("entry `us-two`"), "{p:?}");
    }

    #[test]
    fn a_spanish_label_keeps_the_numbers_and_keyword() {
        assert!(run(SPANISH).1.is_empty());
        let (_, p) = run_with(&ENGLISH.replace("Envía HOME al 741741", "Envía HOME al 741742"), &[(ES, SPANISH)]);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(
            p[0].starts_with("content/directory/us.toml:3: entry `us-one`, field `contact.text.label_es`: must keep every number"),
            "{p:?}"
        );
        let (_, p) = run_with(&ENGLISH.replace("Envía HOME al 741741", "Envía CASA al 741741"), &[(ES, SPANISH)]);
        assert_eq!(p, ["content/directory/us.toml:3: entry `us-one`, field `contact.text.label_es`: must keep the keyword `HOME` exactly, as the label does"]);
    }

    #[test]
    fn numbers_and_addresses() {
        assert_eq!(numbers("Call 1-800-662-HELP (4357), 24/7"), BTreeSet::from(["1", "800", "662", "4357", "24", "7"]));
        assert_eq!(
            urls("Chat at teenlink.org, or Help4WV.com. See https://988.ca/x?y=1 or email jo@samaritans.org (10 a.m. to 7.5 p.m., e.g. St. Louis, EE. UU.)"),
            BTreeSet::from(["teenlink.org", "Help4WV.com", "https://988.ca/x?y=1", "jo@samaritans.org"])
        );
        assert_eq!(differences("Open 24/7 at 988.ca", "Abierto 24/7 en 988.ca"), None);
    }

    // ---- The shipped files ----

    #[test]
    fn the_shipped_spanish_directory_is_complete() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/directory");
        let mut problems = Vec::new();
        let (directory, _) = crate::load_directory(&dir, crate::today(), &mut problems, &mut Vec::new());
        let es = load(&dir, &directory.resources, &mut problems, &mut Vec::new());
        assert!(problems.is_empty(), "{}", problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"));
        assert_eq!(es.len(), directory.resources.len());
        for (r, e) in directory.resources.iter().zip(&es) {
            assert_eq!(r.id, e.id);
            assert_eq!(r.what_to_expect.len(), e.what_to_expect.len(), "{}", r.id);
        }
        // Each Spanish file lists its listings in the English file's order.
        let mut english_files: Vec<&PathBuf> = directory.resources.iter().map(|r| &r.file).collect();
        english_files.sort();
        english_files.dedup();
        for file in english_files {
            let ids = |text: &str| -> Vec<String> {
                text.lines().filter_map(|l| l.strip_prefix("id = \"")).map(|l| l.trim_end_matches('"').to_owned()).collect()
            };
            let en = ids(&std::fs::read_to_string(file).unwrap());
            let es = ids(&std::fs::read_to_string(spanish_file(file)).unwrap());
            assert_eq!(en, es, "{}", spanish_file(file).display());
        }
        // compile() hands the same entries to the build.
        let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
        let compiled = crate::compile(&content, crate::today()).map_err(|p| p.len()).expect("content compiles");
        assert_eq!(compiled.directory_es, es);
        // A Spanish-language option is marked on the lines that offer one.
        let lang = |id: &str| -> Vec<Option<String>> {
            directory.resources.iter().find(|r| r.id == id).unwrap().contacts.iter().map(|c| c.lang.clone()).collect()
        };
        assert_eq!(lang("us-988-lifeline")[2], Some("es".to_owned()), "988's AYUDA text");
        assert_eq!(lang("us-disaster-distress-helpline")[0], Some("es".to_owned()));
    }
}
