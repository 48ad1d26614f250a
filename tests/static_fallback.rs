//! The crisis numbers in `index.html` (shown before the app loads, without JavaScript, and after
//! a crash) must be real entries of the sourced directory, so they can't drift from it.

use kindred::content::built_in;
use kindred_core::lang::Lang;
use kindred_core::links::dial_digits;
use kindred_core::model::ContactType;

#[test]
fn every_number_in_the_static_page_is_a_sourced_directory_contact() {
    let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).unwrap();
    let numbers: Vec<&str> = html
        .split("href=\"tel:")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .chain(html.split("href=\"sms:").skip(1).filter_map(|s| s.split('"').next()))
        .collect();
    assert!(numbers.len() >= 6, "{numbers:?}");
    for n in numbers {
        let found = built_in(Lang::En)
            .listings()
            .iter()
            .flat_map(|r| r.contacts)
            .any(|c| matches!(c.kind, ContactType::Call | ContactType::Text) && dial_digits(c.value) == n);
        assert!(found, "index.html links {n}, which no directory entry lists");
    }
}

#[test]
fn every_article_link_into_the_app_goes_somewhere_in_its_language() {
    for content in Lang::ALL.map(built_in) {
        for a in content.articles() {
            for href in a.html.split("href=\"").skip(1).filter_map(|s| s.split('"').next()) {
                if let Some(path) = href.strip_prefix("/learn/") {
                    let (slug, anchor) = path.split_once('#').unwrap_or((path, ""));
                    let target = content.article(slug);
                    assert!(target.is_some(), "{} ({:?}): broken link {href}", a.slug, content.lang());
                    assert!(anchor.is_empty() || target.unwrap().toc.iter().any(|h| h.id == anchor), "{}: no such section {href}", a.slug);
                } else if let Some(id) = href.strip_prefix("/directory/") {
                    assert!(content.listing(id).is_some(), "{}: no listing {href}", a.slug);
                } else if let Some(rest) = href.strip_prefix("/directory") {
                    let q = rest.trim_start_matches('?');
                    let parsed = kindred_core::query_codec::DirectoryQuery::parse(&q.replace("&amp;", "&"));
                    assert!(q.is_empty() || parsed.has_filters() || !parsed.text.is_empty(), "{}: link {href} selects nothing", a.slug);
                }
            }
        }
    }
}
