//! Where articles lead, checked against the rest of the content: `related` slugs exist, each
//! listing kind has at most one guide (`guide_for`), every `[[try]]` query matches at least one
//! listing of the compiled directory, and every site link in an article body goes to a page that
//! exists (a route, an article and its section, a listing, or a directory view with listings).
//! For a `local` try link it also records the regions where the query has listings, so the app
//! adds a visitor's region only where that leads somewhere.

use std::collections::HashMap;

use crate::articles::Article;
use crate::directory;
use crate::Problem;
use kindred_core::model::{self, Kind, Region};
use kindred_core::query_codec::DirectoryQuery;
use kindred_core::route::Route;
use kindred_core::search::{Facet, Index, Search};

/// Checks `articles` against each other and against the directory, adding what is wrong, and
/// fills in each `local` try link's regions.
pub fn check(articles: &mut [Article], resources: &[directory::Resource], problems: &mut Vec<Problem>) {
    // The build runs once per process, so leaking the listings' few kilobytes is harmless.
    let listings: Vec<model::Resource> = resources.iter().map(|r| crate::bundle::resource(r, None)).collect();
    let index = Index::new(&listings);
    for t in articles.iter_mut().flat_map(|a| a.try_links.iter_mut()).filter(|t| t.local) {
        t.regions = Region::ALL.iter().copied().filter(|r| no_match(&index, &with_region(&t.query, *r)).is_none()).collect();
    }
    let articles = &*articles;
    let mut guides: HashMap<Kind, &Article> = HashMap::new();
    for a in articles {
        let at = |line: usize, field: &str, msg: String| Problem::new(&a.file, msg).at_line(line).field(field);
        for (slug, line) in &a.related {
            if !articles.iter().any(|b| b.slug == *slug) {
                problems.push(at(*line, "related", format!("no article has the slug `{slug}`")));
            }
        }
        for &(kind, line) in &a.guide_for {
            match guides.get(&kind) {
                Some(first) => problems.push(at(
                    line,
                    "guide_for",
                    format!("`{}` already has a guide: {}; each listing kind has at most one", kind.slug(), first.file.display()),
                )),
                None => {
                    guides.insert(kind, a);
                }
            }
        }
        for t in &a.try_links {
            if let Some(p) = no_match(&index, &t.query) {
                problems.push(at(t.line, "try.query", p));
            }
        }
        for (line, url) in &a.links {
            if let Some(p) = site_link_problem(url, articles, &listings, &index) {
                problems.push(Problem::new(&a.file, p).at_line(*line));
            }
        }
    }
}

/// `query` narrowed to `region`.
fn with_region(query: &str, region: Region) -> String {
    let mut q = DirectoryQuery::parse(query);
    q.facets[Facet::Region.index()] |= 1 << region.index();
    q.print()
}

/// Why a directory query string (canonical, checked before) shows no listing, if it doesn't.
/// "Open now" depends on the hour the page is read, so it is left out of the check.
pub fn no_match(index: &Index, query: &str) -> Option<String> {
    let q = DirectoryQuery::parse(query);
    if let Some(lang) = q.languages.iter().find(|l| !index.languages().contains(&l.as_str())) {
        return Some(format!("`{query}`: no listing is in the language `{lang}`"));
    }
    let mut selected = q.masks(index.languages());
    let open_now = selected[Facet::OpenNow.index()] != 0;
    selected[Facet::OpenNow.index()] = 0;
    let found = index.search(&Search { text: &q.text, selected, sort: q.sort, near: None }).ids.len();
    (found == 0).then(|| {
        let note = if open_now { " (checked without `open=now`, which depends on the hour)" } else { "" };
        format!("`{query}` matches no listing in the directory{note}")
    })
}

/// Why a link target inside the site goes nowhere, if it does. Other links are checked by the
/// Markdown renderer.
fn site_link_problem(url: &str, articles: &[Article], listings: &[model::Resource], index: &Index) -> Option<String> {
    if !url.starts_with('/') {
        return None;
    }
    let (path, fragment) = url.split_once('#').unwrap_or((url, ""));
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    match Route::parse(path) {
        Route::NotFound => Some(format!("link to `{url}`: no page of the site has this path")),
        Route::Article(slug) | Route::EmbedArticle(slug) => match articles.iter().find(|a| a.slug == slug) {
            None => Some(format!("link to `{url}`: no article has the slug `{slug}`")),
            Some(a) if !fragment.is_empty() && !a.toc.iter().any(|h| h.id == fragment) => {
                Some(format!("link to `{url}`: that article has no section `#{fragment}`"))
            }
            Some(_) => None,
        },
        Route::Resource(id) => (!listings.iter().any(|r| r.id == id)).then(|| format!("link to `{url}`: no listing has the id `{id}`")),
        Route::Directory | Route::EmbedDirectory if !query.is_empty() => {
            let canonical = DirectoryQuery::parse(query).print();
            if canonical != query {
                Some(format!("link to `{url}`: write the directory query in canonical form, `?{canonical}`"))
            } else {
                no_match(index, query).map(|p| format!("link to `{url}`: {p}"))
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use kindred_core::date::Date;

    const TODAY: Date = Date::new(2026, 11, 25);

    /// A warmline in California (English and Spanish, weekday evenings) and a peer-run group.
    const DIRECTORY: &str = r#"
[[resource]]
id = "us-test-warmline"
name = "Test Warmline"
organization = "Test Org"
kind = "warmline"
answered_by = "peers"
crisis = false
status = "active"
areas = ["US-CA"]
languages = ["en", "es"]
cost = "free"
topics = ["loneliness"]
description = "A peer-run line."
what_to_expect = ["Someone listens."]

[resource.hours]
timezone = "America/Los_Angeles"
weekly = [ { days = ["mon", "tue"], opens = "17:00", closes = "23:00" } ]
source = "https://example.org/hours"
verified = 2026-11-20

[[resource.contact]]
type = "call"
value = "555-0100"
source = "https://example.org/contact"
verified = 2026-11-20

[[resource]]
id = "uk-test-group"
name = "Test Group"
organization = "Test Org"
kind = "peer-run-group"
answered_by = "peers"
crisis = false
status = "active"
areas = ["GB"]
languages = ["en"]
cost = "free"
topics = ["voices"]
description = "A group."
what_to_expect = ["A circle of chairs."]

[resource.hours]
varies = true
source = "https://example.org/hours"
verified = 2026-11-20

[[resource.contact]]
type = "website"
value = "https://example.org/groups"
source = "https://example.org/contact"
verified = 2026-11-20
"#;

    fn article(slug: &str, extra: &str, body: &str) -> String {
        format!(
            "+++\ntitle = \"T\"\nslug = \"{slug}\"\nsummary = \"S\"\nupdated = 2026-11-25\norder = 1\nneed = \"try\"\n{extra}\n\
             [[sources]]\ntitle = \"X\"\nurl = \"https://example.org/\"\n+++\n\nHello.\n\n## Part one\n\n{body}\n"
        )
    }

    /// Problems from parsing and then cross-checking `(slug, front matter extra, body)` articles.
    fn problems(files: &[(&str, &str, &str)]) -> Vec<String> {
        checked(files).1
    }

    /// The articles after checking, and the problems found.
    fn checked(files: &[(&str, &str, &str)]) -> (Vec<Article>, Vec<String>) {
        let mut found = Vec::new();
        let resources = directory::parse(Path::new("us.toml"), DIRECTORY, TODAY, &mut HashMap::new(), &mut found, &mut Vec::new());
        assert!(found.is_empty(), "{found:?}");
        let mut articles = Vec::new();
        for (slug, extra, body) in files {
            let file = format!("content/articles/{slug}.md");
            match crate::articles::parse(Path::new(&file), &article(slug, extra, body)) {
                Ok(a) => articles.push(a),
                Err(p) => found.extend(p),
            }
        }
        if found.is_empty() {
            check(&mut articles, &resources, &mut found);
        }
        (articles, found.iter().map(ToString::to_string).collect())
    }

    fn one(extra: &str) -> Vec<String> {
        problems(&[("a", extra, "Text.")])
    }

    #[test]
    fn good_links_pass() {
        let e = problems(&[
            (
                "a",
                "related = [\"b\"]\nguide_for = [\"warmline\"]\n[[try]]\nlabel = \"Warmlines open now\"\nquery = \"kind=warmline&open=now\"\nlocal = true\n\
                 [[try]]\nlabel = \"Spanish\"\nquery = \"q=listens&lang=es\"\n",
                "[x](/directory?region=uk&kind=peer-run-group) [y](/learn/b#part-one) [z](/directory/uk-test-group) [all](/directory) [a](/about)",
            ),
            ("b", "guide_for = [\"peer-run-group\"]", "Text."),
        ]);
        assert!(e.is_empty(), "{e:?}");
    }

    #[test]
    fn local_links_know_where_they_have_listings() {
        let (articles, e) = checked(&[(
            "a",
            "[[try]]\nlabel = \"L\"\nquery = \"kind=warmline&open=now\"\nlocal = true\n\
             [[try]]\nlabel = \"L\"\nquery = \"who=peers\"\nlocal = true\n\
             [[try]]\nlabel = \"L\"\nquery = \"kind=peer-run-group\"\n",
            "Text.",
        )]);
        assert!(e.is_empty(), "{e:?}");
        let regions: Vec<&[Region]> = articles[0].try_links.iter().map(|t| t.regions.as_slice()).collect();
        assert_eq!(regions, [&[Region::Us][..], &[Region::Us, Region::Uk], &[]]);
    }

    #[test]
    fn sources_are_required() {
        let text = article("a", "", "Text.");
        let without = text.replace("[[sources]]\ntitle = \"X\"\nurl = \"https://example.org/\"\n", "sources = []\n");
        let e: Vec<String> = crate::articles::parse(Path::new("a.md"), &without).unwrap_err().iter().map(ToString::to_string).collect();
        assert_eq!(e, ["a.md, field `sources`: list at least one source in [[sources]]"]);
        let missing = text.replace("[[sources]]\ntitle = \"X\"\nurl = \"https://example.org/\"\n", "");
        let e = crate::articles::parse(Path::new("a.md"), &missing).unwrap_err();
        assert!(e[0].message.contains("missing field `sources`"), "{e:?}");
    }

    #[test]
    fn unknown_need_names_the_values() {
        assert!(one("").is_empty());
        let text = article("a", "", "Text.").replace("need = \"try\"", "need = \"learn\"");
        let e: Vec<String> =
            crate::articles::parse(Path::new("content/articles/a.md"), &text).unwrap_err().iter().map(ToString::to_string).collect();
        assert_eq!(e, ["content/articles/a.md:7, field `need`: unknown need `learn`; use one of: understand, try, help-someone, become"]);
    }

    #[test]
    fn try_query_must_be_canonical() {
        let e = one("[[try]]\nlabel = \"L\"\nquery = \"open=now&kind=warmline\"\n");
        assert_eq!(
            e,
            ["content/articles/a.md:10, field `try.query`: `open=now&kind=warmline` is not in canonical form; write `kind=warmline&open=now`"]
        );
        assert!(one("[[try]]\nlabel = \"L\"\nquery = \"kind=warmlines\"\n")[0].contains("not a directory query the app understands"));
        assert!(one("[[try]]\nlabel = \"L\"\nquery = \"?kind=warmline\"\n")[0].contains("write `kind=warmline`"));
        assert!(one("[[try]]\nlabel = \"L\"\nquery = \"\"\n")[0].contains("`query` is empty"));
        assert!(one("[[try]]\nlabel = \"\"\nquery = \"kind=warmline\"\n")[0].contains("field `try.label`"));
        assert!(one("[[try]]\nlabel = \"L\"\nquery = \"region=us&kind=warmline\"\nlocal = true\n")[0].contains("remove `region=us`"));
        assert!(one("[[try]]\nlabel = \"L\"\nquery = \"kind=warmline\"\nlocale = true\n")[0].contains("unknown field `locale`"));
    }

    #[test]
    fn try_query_must_match_a_listing() {
        let e = one("[[try]]\nlabel = \"L\"\nquery = \"region=uk&kind=warmline\"\n");
        assert_eq!(e, ["content/articles/a.md:10, field `try.query`: `region=uk&kind=warmline` matches no listing in the directory"]);
        let e = one("[[try]]\nlabel = \"L\"\nquery = \"kind=peer-respite&open=now\"\n");
        assert!(e[0].ends_with("matches no listing in the directory (checked without `open=now`, which depends on the hour)"), "{e:?}");
        assert!(one("[[try]]\nlabel = \"L\"\nquery = \"lang=fr\"\n")[0].contains("no listing is in the language `fr`"));
        assert!(one("[[try]]\nlabel = \"L\"\nquery = \"q=zzzz\"\n")[0].contains("matches no listing"));
        // Open now is left out: the test warmline is closed most of the week.
        assert!(one("[[try]]\nlabel = \"L\"\nquery = \"kind=warmline&open=now\"\n").is_empty());
    }

    #[test]
    fn related_must_exist_and_not_be_itself() {
        assert_eq!(one("related = [\"nope\"]"), ["content/articles/a.md:8, field `related`: no article has the slug `nope`"]);
        assert!(one("related = [\"a\"]")[0].contains("cannot be related to itself"));
    }

    #[test]
    fn a_kind_has_at_most_one_guide() {
        let e = problems(&[("a", "guide_for = [\"warmline\"]", "Text."), ("b", "guide_for = [\"training\", \"warmline\"]", "Text.")]);
        assert_eq!(
            e,
            ["content/articles/b.md:8, field `guide_for`: `warmline` already has a guide: content/articles/a.md; each listing kind has at most one"]
        );
        assert!(one("guide_for = [\"warmlines\"]")[0].contains("unknown listing kind `warmlines`; use one of: crisis-line, warmline"));
    }

    #[test]
    fn body_site_links_must_lead_somewhere() {
        let body = |b: &str| problems(&[("a", "", b)]);
        assert_eq!(
            body("[x](/directory?kind=peer-respite)"),
            ["content/articles/a.md:18: link to `/directory?kind=peer-respite`: `kind=peer-respite` matches no listing in the directory"]
        );
        assert!(body("[x](/directory?open=now&kind=warmline)")[0].contains("canonical form, `?kind=warmline&open=now`"));
        assert!(body("[x](/learn/nope)")[0].contains("no article has the slug `nope`"));
        assert!(body("[x](/learn/a#nowhere)")[0].contains("no section `#nowhere`"));
        assert!(body("[x](/directory/nope)")[0].contains("no listing has the id `nope`"));
        assert!(body("[x](/lern)")[0].contains("no page of the site has this path"));
    }

    #[test]
    fn the_shipped_articles_lead_somewhere() {
        let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
        // As of the real date: facts are verified on the day they are checked.
        let compiled =
            crate::compile(&content, crate::today()).map_err(|p| p.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"));
        let compiled = compiled.unwrap();
        assert!(compiled.articles.iter().any(|a| a.need == kindred_core::article::Need::Understand), "an article for understanding");
        let mut problems = Vec::new();
        let articles = crate::articles::load_dir(&content.join("articles"), &mut problems, &mut Vec::new());
        for a in &articles {
            assert!(!a.try_links.is_empty() && !a.related.is_empty(), "{}: every article leads somewhere", a.slug);
            // Safety: a way to reach a crisis line comes near the top, before the reader has to scroll.
            let text = std::fs::read_to_string(&a.file).unwrap();
            let body = text.split("\n+++\n").nth(1).unwrap();
            let top: String = body.chars().take(1200).collect();
            assert!(top.contains("](/directory?crisis=yes)"), "{}: link to crisis lines near the top", a.slug);
        }
    }
}
