//! Articles: `content/articles/<slug>.md` with TOML front matter between `+++` lines.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::markdown::{link_problem, render, Heading};
use crate::{line_of, Problem};
use kindred_core::date::Date;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: String,
    slug: String,
    summary: String,
    updated: toml::value::Datetime,
    order: u32,
    sources: Vec<SourceEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceEntry {
    title: String,
    url: String,
}

/// A compiled article, ready for code generation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub updated: Date,
    pub order: u32,
    pub reading_minutes: u16,
    pub toc: Vec<Heading>,
    pub html: String,
    pub sources: Vec<(String, String)>,
}

/// Converts a TOML date (no time) to ours.
pub fn toml_date(d: &toml::value::Datetime) -> Option<Date> {
    match (d.date, d.time, d.offset) {
        (Some(date), None, None) => {
            let date = Date::new(i32::from(date.year), date.month, date.day);
            date.is_valid().then_some(date)
        }
        _ => None,
    }
}

/// Reading time at about 200 words a minute, at least one minute.
pub fn reading_minutes(words: usize) -> u16 {
    words.div_ceil(200).max(1) as u16
}

/// Parses one article file's text.
pub fn parse(file: &Path, text: &str) -> Result<Article, Vec<Problem>> {
    let problem = |line: usize, msg: String| Problem::new(file, msg).at_line(line);
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Some(rest) = text.strip_prefix("+++\n").or_else(|| text.strip_prefix("+++\r\n")) else {
        return Err(vec![problem(1, "must start with TOML front matter between `+++` lines".into())]);
    };
    let front_start = text.len() - rest.len();
    let Some(end) = rest.find("\n+++") else {
        return Err(vec![problem(1, "front matter is not closed with a `+++` line".into())]);
    };
    let front = &rest[..end + 1];
    let body_start = front_start + end + 4;
    let body = text[body_start..].trim_start_matches(['\r']).strip_prefix('\n').unwrap_or(&text[body_start..]);
    let body_offset = text.len() - body.len();

    let fm: FrontMatter = toml::from_str(front).map_err(|e| {
        let line = e.span().map(|s| line_of(front, s.start) + 1).unwrap_or(1);
        vec![problem(line, format!("front matter: {}", e.message()))]
    })?;
    let mut problems = Vec::new();
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    if fm.slug != stem {
        problems.push(problem(2, format!("slug `{}` must match the file name `{stem}.md`", fm.slug)));
    }
    if !fm.slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') || fm.slug.is_empty() {
        problems.push(problem(2, format!("slug `{}` must be lowercase letters, digits and '-'", fm.slug)));
    }
    for (field, value) in [("title", &fm.title), ("summary", &fm.summary)] {
        if value.trim().is_empty() {
            problems.push(Problem::new(file, format!("`{field}` is empty")).field(field));
        }
        if value.contains('<') {
            problems.push(Problem::new(file, format!("`{field}` must not contain HTML")).field(field));
        }
    }
    let updated = toml_date(&fm.updated);
    if updated.is_none() {
        problems.push(Problem::new(file, "`updated` must be a date like 2026-11-25").field("updated"));
    }
    if fm.sources.is_empty() {
        problems.push(Problem::new(file, "list at least one source in [[sources]]").field("sources"));
    }
    for s in &fm.sources {
        if !s.url.starts_with("https://") {
            problems.push(Problem::new(file, format!("source url must be https://: {}", s.url)).field("sources.url"));
        } else if let Some(p) = link_problem(&s.url) {
            problems.push(Problem::new(file, p).field("sources.url"));
        }
    }
    let path = format!("/learn/{}", fm.slug);
    let rendered = match render(body, &path) {
        Ok(r) => Some(r),
        Err(found) => {
            problems.extend(found.into_iter().map(|(at, msg)| problem(line_of(text, body_offset + at), msg)));
            None
        }
    };
    match (rendered, updated) {
        (Some(r), Some(updated)) if problems.is_empty() => Ok(Article {
            reading_minutes: reading_minutes(r.words),
            slug: fm.slug,
            title: fm.title,
            summary: fm.summary,
            updated,
            order: fm.order,
            toc: r.toc,
            html: r.html,
            sources: fm.sources.into_iter().map(|s| (s.title, s.url)).collect(),
        }),
        _ => Err(problems),
    }
}

/// Loads every `*.md` article in `dir`, in `order`.
pub fn load_dir(dir: &Path, problems: &mut Vec<Problem>, inputs: &mut Vec<PathBuf>) -> Vec<Article> {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "md")).collect(),
        Err(e) => {
            problems.push(Problem::new(dir, format!("cannot read the articles folder: {e}")));
            return Vec::new();
        }
    };
    files.sort();
    inputs.push(dir.to_owned());
    let mut articles = Vec::new();
    for file in files {
        // Documentation about the format lives beside the articles in capitals.
        if file.file_stem().and_then(|s| s.to_str()).is_some_and(|s| s.chars().all(|c| c.is_ascii_uppercase())) {
            continue;
        }
        inputs.push(file.clone());
        match std::fs::read_to_string(&file) {
            Ok(text) => match parse(&file, &text) {
                Ok(a) => articles.push(a),
                Err(p) => problems.extend(p),
            },
            Err(e) => problems.push(Problem::new(&file, format!("cannot read: {e}"))),
        }
    }
    articles.sort_by_key(|a| a.order);
    articles
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "+++\ntitle = \"T\"\nslug = \"t\"\nsummary = \"S\"\nupdated = 2026-11-25\norder = 1\n\n[[sources]]\ntitle = \"X\"\nurl = \"https://example.org/\"\n+++\n\nHello.\n\n## Part one\n\nText.\n";

    fn errors(text: &str) -> Vec<String> {
        parse(Path::new("content/articles/t.md"), text).err().unwrap_or_default().iter().map(ToString::to_string).collect()
    }

    #[test]
    fn parses_a_good_article() {
        let a = parse(Path::new("t.md"), GOOD).unwrap();
        assert_eq!(a.title, "T");
        assert_eq!(a.toc[0].id, "part-one");
        assert_eq!(a.reading_minutes, 1);
        assert_eq!(a.updated, Date::new(2026, 11, 25));
    }

    #[test]
    fn missing_field_names_file_line_and_field() {
        let e = errors(&GOOD.replace("summary = \"S\"\n", ""));
        assert_eq!(e.len(), 1);
        assert!(e[0].starts_with("content/articles/t.md:"), "{}", e[0]);
        assert!(e[0].contains("missing field `summary`"), "{}", e[0]);
    }

    #[test]
    fn raw_html_fails_with_its_line() {
        let e = errors(&format!("{GOOD}\nMore <b>bold</b>.\n"));
        assert_eq!(e.len(), 2, "{e:?}"); // the open and the close tag
        assert!(e[0].starts_with("content/articles/t.md:19: raw HTML"), "{}", e[0]);
    }

    #[test]
    fn javascript_link_fails_with_its_line() {
        let e = errors(&format!("{GOOD}\n[click](javascript:alert(1))\n"));
        assert!(e[0].starts_with("content/articles/t.md:19: `javascript:`"), "{}", e[0]);
    }

    #[test]
    fn other_front_matter_problems() {
        assert!(errors("no front matter")[0].contains("must start with TOML front matter"));
        assert!(errors(&GOOD.replace("slug = \"t\"", "slug = \"other\""))[0].contains("must match the file name"));
        assert!(errors(&GOOD.replace("updated = 2026-11-25", "updated = \"yesterday\""))[0].contains("date"));
        assert!(errors(&GOOD.replace("https://example.org/", "http://example.org/"))[0].contains("https"));
        assert!(errors(&GOOD.replace("order = 1", "order = 1\nauthor = \"x\""))[0].contains("unknown field `author`"));
        assert_eq!(reading_minutes(401), 3);
    }
}
