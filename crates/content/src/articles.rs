//! Articles: `content/articles/<slug>.md` with TOML front matter between `+++` lines.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::markdown::{link_problem, render, Heading};
use crate::translation_check::{numbers, LANGS};
use crate::{line_of, Problem};
use kindred_core::article::Need;
use kindred_core::date::Date;
use kindred_core::model::{Kind, Region};
use kindred_core::query_codec::DirectoryQuery;
use kindred_core::search::Facet;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: String,
    slug: String,
    summary: String,
    updated: toml::value::Datetime,
    order: u32,
    sources: Vec<SourceEntry>,
    need: Spanned<String>,
    #[serde(default)]
    related: Vec<Spanned<String>>,
    #[serde(default, rename = "try")]
    try_links: Vec<TryEntry>,
    #[serde(default)]
    guide_for: Vec<Spanned<String>>,
    /// `"en"` when absent; translations in `content/articles/es/` say `"es"`.
    #[serde(default)]
    lang: Option<Spanned<String>>,
    /// For a translation, the slug of the English article it translates.
    #[serde(default)]
    translation_of: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TryEntry {
    label: Spanned<String>,
    query: Spanned<String>,
    #[serde(default)]
    local: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceEntry {
    title: String,
    url: String,
}

/// A `[[try]]` link, checked to be canonical here and to match a listing in [`crate::article_links`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TryLink {
    pub label: String,
    pub query: String,
    pub local: bool,
    /// For a `local` link, the regions where the query matches listings (filled in by
    /// [`crate::article_links::check`]).
    pub regions: Vec<Region>,
    /// Line of `query` in the file.
    pub line: usize,
}

/// A compiled article, ready for code generation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    /// The file it came from, for problems found when checking it against other content.
    pub file: PathBuf,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub updated: Date,
    pub order: u32,
    pub reading_minutes: u16,
    pub toc: Vec<Heading>,
    pub html: String,
    pub sources: Vec<(String, String)>,
    pub need: Need,
    /// Related article slugs, with their line.
    pub related: Vec<(String, usize)>,
    pub try_links: Vec<TryLink>,
    /// Listing kinds this article is the guide for, with their line.
    pub guide_for: Vec<(Kind, usize)>,
    /// Every link in the body, with its line.
    pub links: Vec<(usize, String)>,
    /// The article's language: `"en"`, or `"es"` for a translation (see [`crate::translation_check`]).
    pub lang: String,
    /// For a translation, the slug of the English article it translates.
    pub translation_of: Option<String>,
    /// Every number in the body's text (digit runs, thousands separators dropped), with its line:
    /// a translation must state the same ones as its original.
    pub numbers: Vec<(usize, String)>,
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
    let line = |span: std::ops::Range<usize>| line_of(front, span.start) + 1;
    let need = Need::from_slug(fm.need.get_ref());
    if need.is_none() {
        let allowed: Vec<&str> = Need::ALL.iter().map(|n| n.slug()).collect();
        problems.push(
            problem(line(fm.need.span()), format!("unknown need `{}`; use one of: {}", fm.need.get_ref(), allowed.join(", ")))
                .field("need"),
        );
    }
    let mut related: Vec<(String, usize)> = Vec::new();
    for slug in &fm.related {
        let (at, slug) = (line(slug.span()), slug.get_ref());
        if *slug == fm.slug {
            problems.push(problem(at, "an article cannot be related to itself".into()).field("related"));
        } else if related.iter().any(|(s, _)| s == slug) {
            problems.push(problem(at, format!("`{slug}` is listed twice")).field("related"));
        } else {
            related.push((slug.clone(), at));
        }
    }
    let mut guide_for: Vec<(Kind, usize)> = Vec::new();
    for kind in &fm.guide_for {
        let at = line(kind.span());
        match Kind::from_slug(kind.get_ref()) {
            Some(k) if guide_for.iter().any(|(g, _)| *g == k) => {
                problems.push(problem(at, format!("`{}` is listed twice", kind.get_ref())).field("guide_for"));
            }
            Some(k) => guide_for.push((k, at)),
            None => {
                let allowed: Vec<&str> = Kind::ALL.iter().map(|k| k.slug()).collect();
                problems.push(
                    problem(at, format!("unknown listing kind `{}`; use one of: {}", kind.get_ref(), allowed.join(", ")))
                        .field("guide_for"),
                );
            }
        }
    }
    let mut try_links = Vec::new();
    for t in &fm.try_links {
        let label = t.label.get_ref().trim();
        if label.is_empty() || label.contains('<') {
            problems.push(problem(line(t.label.span()), "`label` must be short plain text".into()).field("try.label"));
        }
        let (at, query) = (line(t.query.span()), t.query.get_ref());
        match try_query_problem(query, t.local) {
            Some(p) => problems.push(problem(at, p).field("try.query")),
            None => {
                try_links.push(TryLink { label: label.to_owned(), query: query.clone(), local: t.local, regions: Vec::new(), line: at })
            }
        }
    }
    let lang = fm.lang.as_ref().map_or("en", |l| l.get_ref().as_str()).to_owned();
    if let Some(l) = &fm.lang {
        if !LANGS.contains(&lang.as_str()) {
            problems.push(problem(line(l.span()), format!("unknown lang `{lang}`; use one of: {}", LANGS.join(", "))).field("lang"));
        }
    }
    let path = format!("/learn/{}", fm.slug);
    let rendered = match render(body, &path, &lang) {
        Ok(r) => Some(r),
        Err(found) => {
            problems.extend(found.into_iter().map(|(at, msg)| problem(line_of(text, body_offset + at), msg)));
            None
        }
    };
    match (rendered, updated, need) {
        (Some(r), Some(updated), Some(need)) if problems.is_empty() => Ok(Article {
            file: file.to_owned(),
            links: r.links.into_iter().map(|(at, url)| (line_of(text, body_offset + at), url)).collect(),
            numbers: numbers(body).into_iter().map(|(at, n)| (line_of(text, body_offset + at), n)).collect(),
            lang,
            translation_of: fm.translation_of,
            reading_minutes: reading_minutes(r.words),
            slug: fm.slug,
            title: fm.title,
            summary: fm.summary,
            updated,
            order: fm.order,
            toc: r.toc,
            html: r.html,
            sources: fm.sources.into_iter().map(|s| (s.title, s.url)).collect(),
            need,
            related,
            try_links,
            guide_for,
        }),
        _ => Err(problems),
    }
}

/// Why a `[[try]]` query is not usable on its own, if it isn't: it must be a non-empty,
/// canonical directory query (as the app prints it), and a `local` one must leave the region to
/// the app. Whether it matches a listing is checked against the directory later.
pub fn try_query_problem(query: &str, local: bool) -> Option<String> {
    let parsed = DirectoryQuery::parse(query);
    let canonical = parsed.print();
    if query.is_empty() {
        Some("`query` is empty; give a directory query such as `kind=warmline`".into())
    } else if canonical != query {
        Some(if canonical.is_empty() {
            format!("`{query}` is not a directory query the app understands (check the keys and values in crates/core/src/search.rs and model.rs)")
        } else {
            format!("`{query}` is not in canonical form; write `{canonical}`")
        })
    } else if local && parsed.facets[Facet::Region.index()] != 0 {
        let regions: Vec<&str> = Region::ALL.iter().filter(|r| parsed.is_selected(Facet::Region, r.index())).map(|r| r.slug()).collect();
        Some(format!("`local = true` adds the visitor's own region; remove `region={}` from the query", regions.join(",")))
    } else {
        None
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

    const GOOD: &str = "+++\ntitle = \"T\"\nslug = \"t\"\nsummary = \"S\"\nupdated = 2026-11-25\norder = 1\nneed = \"understand\"\n\n[[sources]]\ntitle = \"X\"\nurl = \"https://example.org/\"\n+++\n\nHello.\n\n## Part one\n\nText.\n";

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
        assert!(e[0].starts_with("content/articles/t.md:20: raw HTML"), "{}", e[0]);
    }

    #[test]
    fn javascript_link_fails_with_its_line() {
        let e = errors(&format!("{GOOD}\n[click](javascript:alert(1))\n"));
        assert!(e[0].starts_with("content/articles/t.md:20: `javascript:`"), "{}", e[0]);
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
