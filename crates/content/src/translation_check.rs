//! Translations: `content/articles/es/<slug>.md` are Spanish articles, each translating one
//! English article (`translation_of`). They are parsed and link-checked like the English ones,
//! and then held to their originals: the build fails when one side changes its facts and the
//! other doesn't, that is when the numbers in the body, the link targets in the body or the
//! sources' URLs differ between an article and its translation.

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use pulldown_cmark::{Event, Options, Parser};

use crate::articles::{self, Article};
use crate::Problem;
use kindred_core::route::Route;

/// The languages an article may be written in: English first (the originals), then the
/// languages of the translations.
pub const LANGS: [&str; 2] = ["en", "es"];

/// The translations' language, which is also their folder under `content/articles/`.
pub const SPANISH: &str = "es";

/// Loads the translations in `dir` (`content/articles/es/`; none if the folder does not exist)
/// as [`articles::load_dir`] does, and checks what makes each a translation
/// ([`check_translations`]).
pub fn load_dir(dir: &Path, problems: &mut Vec<Problem>, inputs: &mut Vec<PathBuf>) -> Vec<Article> {
    if !dir.is_dir() {
        return Vec::new();
    }
    let translations = articles::load_dir(dir, problems, inputs);
    check_translations(&translations, problems);
    translations
}

/// Each translation says `lang = "es"`, names its original in `translation_of`, and leaves
/// `guide_for` to its original, so that each listing kind keeps one guide.
pub fn check_translations(translations: &[Article], problems: &mut Vec<Problem>) {
    for t in translations {
        if t.lang != SPANISH {
            problems.push(
                Problem::new(
                    &t.file,
                    format!("an article in content/articles/{SPANISH}/ says `lang = \"{SPANISH}\"` (found `{}`)", t.lang),
                )
                .field("lang"),
            );
        }
        if t.translation_of.is_none() {
            problems.push(
                Problem::new(&t.file, "a translation names the English article it translates: `translation_of = \"<english slug>\"`")
                    .field("translation_of"),
            );
        }
        if let Some((_, line)) = t.guide_for.first() {
            problems.push(
                Problem::new(&t.file, "leave `guide_for` empty in a translation: its original is the guide, and each kind has one")
                    .at_line(*line)
                    .field("guide_for"),
            );
        }
    }
}

/// Checks the English `originals` and the `translations` against each other: originals are
/// English and translate nothing; each translation names an existing original, and no original
/// has two; slugs are unique across both languages; English articles lead to English ones; and
/// each translation states the same facts as its original (numbers, links, sources).
pub fn check(originals: &[Article], translations: &[Article], problems: &mut Vec<Problem>) {
    for a in originals {
        if a.lang != LANGS[0] {
            problems.push(
                Problem::new(&a.file, format!("`lang = \"{}\"` articles belong in content/articles/{}/", a.lang, a.lang)).field("lang"),
            );
        }
        if a.translation_of.is_some() {
            problems.push(
                Problem::new(&a.file, format!("only translations (in content/articles/{SPANISH}/) have `translation_of`"))
                    .field("translation_of"),
            );
        }
        let spanish = |slug: &str| translations.iter().find(|t| t.slug == slug);
        for (slug, line) in &a.related {
            if let Some(t) = spanish(slug) {
                problems.push(Problem::new(&a.file, english_please(t)).at_line(*line).field("related"));
            }
        }
        for (line, url) in &a.links {
            if let Some(t) = article_slug(url).and_then(|slug| spanish(&slug)) {
                problems.push(Problem::new(&a.file, format!("link to `{url}`: {}", english_please(t))).at_line(*line));
            }
        }
    }
    let mut translated: HashMap<&str, &Article> = HashMap::new();
    for t in translations {
        if let Some(a) = originals.iter().find(|a| a.slug == t.slug) {
            problems.push(
                Problem::new(
                    &t.file,
                    format!("slug `{}` is already the slug of {}; slugs are unique across languages", t.slug, a.file.display()),
                )
                .field("slug"),
            );
        }
        let Some(of) = t.translation_of.as_deref() else { continue };
        let Some(original) = originals.iter().find(|a| a.slug == of) else {
            problems.push(
                Problem::new(&t.file, format!("no English article has the slug `{of}` (content/articles/{of}.md)")).field("translation_of"),
            );
            continue;
        };
        match translated.entry(of) {
            Entry::Occupied(first) => {
                let first = first.get().file.display();
                problems.push(
                    Problem::new(
                        &t.file,
                        format!("{} already has a Spanish translation, {first}; an article has at most one", original.file.display()),
                    )
                    .field("translation_of"),
                );
                continue;
            }
            Entry::Vacant(entry) => {
                entry.insert(t);
            }
        }
        let (ours, theirs) = (facts(t, originals, translations), facts(original, originals, translations));
        let differences: Vec<String> =
            ours.into_iter().zip(theirs).filter_map(|((what, ours), (_, theirs))| difference(what, original, &theirs, t, &ours)).collect();
        if !differences.is_empty() {
            problems.push(Problem::new(
                &t.file,
                format!(
                    "its facts differ from its original {}: {}. Change both files together",
                    original.file.display(),
                    differences.join("; ")
                ),
            ));
        }
    }
}

/// A fact as (what is compared, what is shown, its line if known).
type Fact = (String, String, Option<usize>);

/// What a translation must state as its original does: the numbers in the body, the links in
/// the body (compared by [`canonical_link`]) and the sources' URLs.
fn facts(a: &Article, originals: &[Article], translations: &[Article]) -> [(&'static str, Vec<Fact>); 3] {
    [
        ("numbers", a.numbers.iter().map(|(line, n)| (n.clone(), n.clone(), Some(*line))).collect()),
        ("links", a.links.iter().map(|(line, url)| (canonical_link(url, originals, translations), url.clone(), Some(*line))).collect()),
        ("source URLs", a.sources.iter().map(|(_, url)| (url.clone(), url.clone(), None)).collect()),
    ]
}

fn english_please(t: &Article) -> String {
    let original = t.translation_of.as_deref().unwrap_or("the English article");
    format!("`{}` is a Spanish translation; an English article leads to `{original}`", t.slug)
}

/// What differs between the original's and the translation's `what`, if anything, e.g.
/// "numbers only in a.md: 40 (line 12); only in es/a.md: 45 (line 30)".
fn difference(what: &str, original: &Article, theirs: &[Fact], translation: &Article, ours: &[Fact]) -> Option<String> {
    let only = |a: &[Fact], b: &[Fact]| -> Vec<String> {
        let mut seen = BTreeMap::new();
        for (key, shown, line) in a {
            if !b.iter().any(|(k, _, _)| k == key) {
                seen.entry(key.clone()).or_insert_with(|| match line {
                    Some(line) => format!("`{shown}` (line {line})"),
                    None => format!("`{shown}`"),
                });
            }
        }
        seen.into_values().collect()
    };
    let (missing, added) = (only(theirs, ours), only(ours, theirs));
    let mut parts = Vec::new();
    if !missing.is_empty() {
        parts.push(format!("only in {}: {}", original.file.display(), missing.join(", ")));
    }
    if !added.is_empty() {
        parts.push(format!("only in {}: {}", translation.file.display(), added.join(", ")));
    }
    (!parts.is_empty()).then(|| format!("{what} {}", parts.join("; ")))
}

/// The slug of the article a site link leads to, if it leads to one.
fn article_slug(url: &str) -> Option<String> {
    let path = url.split(['#', '?']).next().unwrap_or(url);
    match Route::parse(path) {
        Route::Article(slug) | Route::EmbedArticle(slug) => Some(slug),
        _ => None,
    }
}

/// A link target as compared between languages: a link to an article leads to its English
/// original, and a link to a section to the same section by position (`#section-2` for the
/// article's second heading), since headings, and so anchors, are in each article's language.
fn canonical_link(url: &str, originals: &[Article], translations: &[Article]) -> String {
    let Some(slug) = article_slug(url) else { return url.to_owned() };
    let target = originals.iter().chain(translations).find(|a| a.slug == slug);
    let english = target.and_then(|a| a.translation_of.clone()).unwrap_or_else(|| slug.clone());
    let path = url.split('#').next().unwrap_or(url);
    let path = match path.strip_suffix(slug.as_str()) {
        Some(prefix) => format!("{prefix}{english}"),
        None => path.to_owned(),
    };
    match url.split_once('#') {
        None => path,
        Some((_, fragment)) => match target.and_then(|a| a.toc.iter().position(|h| h.id == fragment)) {
            Some(i) => format!("{path}#section-{}", i + 1),
            None => format!("{path}#{fragment}"),
        },
    }
}

/// Every number in the text of Markdown `source` (not in link targets, which are compared as
/// links), with the byte offset of the text it is in. A number is a run of digits; a `,` or `.`
/// (or a no-break space) followed by exactly three digits groups thousands and is dropped, so
/// "2,000", "2.000" and "2000" are all `2000`. Other punctuation separates numbers: "24/7" is
/// `24` and `7`, and "1.5" is `1` and `5` as "1,5" is.
pub fn numbers(source: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    // Text arrives in pieces (smart punctuation splits it); a number is read from whole runs.
    let mut text = String::new();
    let mut start = 0;
    let options = Options::ENABLE_STRIKETHROUGH | Options::ENABLE_SMART_PUNCTUATION | Options::ENABLE_TABLES;
    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        match event {
            Event::Text(t) | Event::Code(t) => {
                if text.is_empty() {
                    start = range.start;
                }
                text.push_str(&t);
            }
            _ => {
                found.extend(digit_runs(&text).into_iter().map(|n| (start, n)));
                text.clear();
            }
        }
    }
    found.extend(digit_runs(&text).into_iter().map(|n| (start, n)));
    found
}

/// The numbers in plain `text` (see [`numbers`]).
fn digit_runs(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let digits_at = |i: usize, n: usize| i + n <= chars.len() && chars[i..i + n].iter().all(char::is_ascii_digit);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut number = String::new();
        while i < chars.len() && chars[i].is_ascii_digit() {
            number.push(chars[i]);
            i += 1;
        }
        // Thousands: a first group of one to three digits, then groups of exactly three.
        if number.len() <= 3 {
            while i < chars.len() && matches!(chars[i], ',' | '.' | '\u{a0}' | '\u{202f}') && digits_at(i + 1, 3) && !digits_at(i + 4, 1) {
                number.extend(&chars[i + 1..i + 4]);
                i += 4;
            }
        }
        out.push(number);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An article file's text: `extra` is added to the front matter, `body` after a first
    /// paragraph and a heading.
    fn text(slug: &str, extra: &str, body: &str) -> String {
        format!(
            "+++\ntitle = \"T\"\nslug = \"{slug}\"\nsummary = \"S\"\nupdated = 2026-11-25\norder = 1\nneed = \"understand\"\n{extra}\n\
             [[sources]]\ntitle = \"X\"\nurl = \"https://example.org/\"\n+++\n\nHello.\n\n## Part one\n\n{body}\n"
        )
    }

    const EN_BODY: &str =
        "Call 988. About 40 to 60 hours, up to 3,000 hours in 2023. [Lines](/directory?crisis=yes) and [b](/learn/b#part-one).";
    const ES_BODY: &str =
        "Llama al 988. Entre 40 y 60 horas, hasta 3000 horas en 2023. [Líneas](/directory?crisis=yes) y [b](/learn/b#part-one).";

    fn es(slug: &str, extra: &str, body: &str) -> (String, String) {
        (format!("content/articles/es/{slug}.md"), text(slug, &format!("lang = \"es\"\n{extra}"), body))
    }

    fn en(slug: &str, extra: &str, body: &str) -> (String, String) {
        (format!("content/articles/{slug}.md"), text(slug, extra, body))
    }

    /// The problems found loading `originals` and `translations` as the build does.
    fn problems(originals: &[(String, String)], translations: &[(String, String)]) -> Vec<String> {
        let mut found = Vec::new();
        let mut parse = |files: &[(String, String)]| -> Vec<Article> {
            files
                .iter()
                .filter_map(|(file, text)| articles::parse(Path::new(file), text).map_err(|p| found.extend(p)).ok())
                .collect::<Vec<_>>()
        };
        let (originals, translations) = (parse(originals), parse(translations));
        check_translations(&translations, &mut found);
        if found.is_empty() {
            check(&originals, &translations, &mut found);
        }
        found.iter().map(ToString::to_string).collect()
    }

    /// A good pair, with `a` translated, and `b` (linked to) not.
    fn good() -> (Vec<(String, String)>, (String, String)) {
        (vec![en("a", "", EN_BODY), en("b", "", "Text.")], es("a-es", "translation_of = \"a\"", ES_BODY))
    }

    #[test]
    fn a_faithful_translation_passes() {
        let (originals, translation) = good();
        assert_eq!(problems(&originals, &[translation]), Vec::<String>::new());
    }

    #[test]
    fn a_changed_number_fails_naming_both_files_and_the_numbers() {
        let (originals, (file, text)) = good();
        let e = problems(&originals, &[(file, text.replace("Entre 40", "Entre 45"))]);
        assert_eq!(
            e,
            ["content/articles/es/a-es.md: its facts differ from its original content/articles/a.md: numbers only in \
              content/articles/a.md: `40` (line 18); only in content/articles/es/a-es.md: `45` (line 19). Change both files together"]
        );
        // Or the original changes and the translation doesn't.
        let (mut originals, translation) = good();
        originals[0].1 = originals[0].1.replace("988", "911");
        let e = problems(&originals, &[translation]);
        assert!(
            e[0].contains("numbers only in content/articles/a.md: `911` (line 18); only in content/articles/es/a-es.md: `988`"),
            "{e:?}"
        );
    }

    #[test]
    fn a_changed_link_or_source_fails_naming_both_files() {
        let (originals, (file, text)) = good();
        let e = problems(&originals, &[(file.clone(), text.replace("crisis=yes", "kind=warmline"))]);
        assert_eq!(e.len(), 1, "{e:?}");
        assert!(
            e[0].contains(
                "differ from its original content/articles/a.md: links only in content/articles/a.md: `/directory?crisis=yes` (line 18); \
                 only in content/articles/es/a-es.md: `/directory?kind=warmline` (line 19)"
            ),
            "{e:?}"
        );
        let e = problems(&originals, &[(file, text.replace("https://example.org/", "https://example.org/es"))]);
        assert!(
            e[0].contains("source URLs only in content/articles/a.md: `https://example.org/`; only in content/articles/es/a-es.md: `https://example.org/es`"),
            "{e:?}"
        );
    }

    #[test]
    fn links_to_articles_compare_by_original_and_section_position() {
        // The translation of `b` has its own slug and anchors; linking to either version of the
        // same section is the same link.
        let b_es = es("b-es", "translation_of = \"b\"", "Texto.").1.replace("## Part one", "## Primera parte");
        let (originals, (file, text)) = good();
        let a_es = (file, text.replace("/learn/b#part-one", "/learn/b-es#primera-parte"));
        let e = problems(&originals, &[a_es.clone(), ("content/articles/es/b-es.md".into(), b_es.clone())]);
        assert_eq!(e, Vec::<String>::new());
        // A different section is a different link.
        let two = |t: &str| t.replace("## Part one\n", "## Part one\n\nX.\n\n## Part two\n");
        let originals = vec![originals[0].clone(), ("content/articles/b.md".into(), two(&originals[1].1))];
        let a_es = (a_es.0, a_es.1.replace("#primera-parte", "#segunda-parte"));
        let b_es = ("content/articles/es/b-es.md".into(), two(&b_es).replace("Part two", "Segunda parte"));
        let e = problems(&originals, &[a_es, b_es]);
        assert!(e[0].contains("links only in content/articles/a.md: `/learn/b#part-one`"), "{e:?}");
        assert!(e[0].contains("only in content/articles/es/a-es.md: `/learn/b-es#segunda-parte`"), "{e:?}");
    }

    #[test]
    fn the_original_must_exist_and_have_one_translation() {
        let (originals, translation) = good();
        let missing = es("x-es", "translation_of = \"x\"", ES_BODY);
        assert_eq!(
            problems(&originals, &[missing]),
            ["content/articles/es/x-es.md, field `translation_of`: no English article has the slug `x` (content/articles/x.md)"]
        );
        let twice = es("a-otra", "translation_of = \"a\"", ES_BODY);
        assert_eq!(
            problems(&originals, &[translation.clone(), twice]),
            ["content/articles/es/a-otra.md, field `translation_of`: content/articles/a.md already has a Spanish translation, \
              content/articles/es/a-es.md; an article has at most one"]
        );
        let untranslated = es("a-es", "", ES_BODY);
        assert!(problems(&originals, &[untranslated])[0].contains("field `translation_of`: a translation names the English article"));
    }

    #[test]
    fn the_language_must_be_spanish_and_said() {
        let (originals, (file, text)) = good();
        let e = problems(&originals, &[(file.clone(), text.replace("lang = \"es\"", "lang = \"en\""))]);
        assert_eq!(e, ["content/articles/es/a-es.md, field `lang`: an article in content/articles/es/ says `lang = \"es\"` (found `en`)"]);
        let e = problems(&originals, &[(file.clone(), text.replace("lang = \"es\"\n", ""))]);
        assert!(e[0].contains("content/articles/es/a-es.md, field `lang`"), "{e:?}");
        let e = problems(&originals, &[(file, text.replace("lang = \"es\"", "lang = \"fr\""))]);
        assert_eq!(e, ["content/articles/es/a-es.md:8, field `lang`: unknown lang `fr`; use one of: en, es"]);
        // An English article says nothing of languages.
        let (mut originals, translation) = good();
        originals[1].1 = originals[1].1.replace("order = 1", "order = 1\nlang = \"es\"\ntranslation_of = \"a\"");
        let e = problems(&originals, &[translation]);
        assert_eq!(
            e,
            [
                "content/articles/b.md, field `lang`: `lang = \"es\"` articles belong in content/articles/es/",
                "content/articles/b.md, field `translation_of`: only translations (in content/articles/es/) have `translation_of`"
            ]
        );
    }

    #[test]
    fn slugs_are_unique_across_languages_and_english_leads_to_english() {
        let (originals, _) = good();
        let same = es("a", "translation_of = \"a\"", ES_BODY);
        let e = problems(&originals, &[same]);
        assert_eq!(
            e,
            ["content/articles/es/a.md, field `slug`: slug `a` is already the slug of content/articles/a.md; slugs are unique across languages"]
        );
        let (mut originals, translation) = good();
        originals[1].1 = originals[1].1.replace("order = 1", "order = 1\nrelated = [\"a-es\"]").replace("Text.", "[x](/learn/a-es)");
        let e = problems(&originals, &[translation]);
        assert_eq!(
            e,
            [
                "content/articles/b.md:7, field `related`: `a-es` is a Spanish translation; an English article leads to `a`",
                "content/articles/b.md:19: link to `/learn/a-es`: `a-es` is a Spanish translation; an English article leads to `a`"
            ]
        );
    }

    #[test]
    fn a_translation_is_not_a_guide() {
        let (originals, translation) = good();
        let guide = (translation.0, translation.1.replace("translation_of", "guide_for = [\"training\"]\ntranslation_of"));
        assert_eq!(
            problems(&originals, &[guide]),
            ["content/articles/es/a-es.md:9, field `guide_for`: leave `guide_for` empty in a translation: its original is the guide, and each kind has one"]
        );
    }

    #[test]
    fn numbers_are_digit_runs_of_the_text_only() {
        let n = |s: &str| numbers(s).into_iter().map(|(_, n)| n).collect::<Vec<_>>();
        assert_eq!(n("2,000 and 2.000 and 2000 and 2\u{a0}000 and 1,234,567"), ["2000", "2000", "2000", "2000", "1234567"]);
        assert_eq!(n("24/7, 1.5 or 1,5; 911, 999 or 000; 2023. 001"), ["24", "7", "1", "5", "1", "5", "911", "999", "000", "2023", "001"]);
        assert_eq!(n("PEP23-10-01-001 and 12,34 and 1,2345"), ["23", "10", "01", "001", "12", "34", "1", "2345"]);
        assert_eq!(n("1. [call 988](tel:988) `7` **4**0\n\n| 3 |\n|---|\n| 5 |"), ["988", "7", "4", "0", "3", "5"]);
        assert_eq!(numbers("A\n\n## In 2023\n")[0], (6, "2023".to_owned()));
    }

    #[test]
    fn the_shipped_translations_pass() {
        let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
        let compiled =
            crate::compile(&content, crate::today()).map_err(|p| p.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")).unwrap();
        let mut found = Vec::new();
        let originals = articles::load_dir(&content.join("articles"), &mut found, &mut Vec::new());
        assert!(found.is_empty() && originals.iter().all(|a| a.lang == "en"), "the English loader reads only English articles");
        let translations = &compiled.articles_es;
        for of in ["understanding-peer-support", "becoming-a-peer-specialist"] {
            assert!(translations.iter().any(|t| t.translation_of.as_deref() == Some(of)), "{of} is translated");
        }
        for t in translations {
            assert_eq!(t.lang, "es");
            assert!(t.guide_for.is_empty());
            let original = originals.iter().find(|a| Some(a.slug.as_str()) == t.translation_of.as_deref()).unwrap();
            let slugs = |a: &Article| a.related.iter().map(|(s, _)| s.clone()).collect::<Vec<_>>();
            assert_eq!((t.need, slugs(t)), (original.need, slugs(original)), "{}: same place in Learn, same next reads", t.slug);
            assert_eq!(t.toc.len(), original.toc.len(), "{}: a heading for each heading", t.slug);
            // Safety, as in English: a way to reach a crisis line near the top.
            let text = std::fs::read_to_string(&t.file).unwrap();
            let top: String = text.split("\n+++\n").nth(1).unwrap().chars().take(1200).collect();
            assert!(top.contains("](/directory?crisis=yes)"), "{}: link to crisis lines near the top", t.slug);
        }
    }
}
