//! The content bundles the app loads (see `kindred_core::bundle`): one per language, built from
//! the validated content.
//!
//! English is the content as written. Spanish is the same listings with their Spanish text
//! (`content/directory/es/`): descriptions, what to expect, hours notes and cautions; contact
//! labels in Spanish; and contacts that reach a Spanish-language service first. Names stay as the
//! organisations write them. The Spanish articles lead where their originals do: links and
//! "next reads" to an English article go to its Spanish translation (a `#section` to the heading
//! in the same position), and each article names its counterpart for the language switch.

use std::collections::HashMap;

use kindred_core::article as core_article;
use kindred_core::bundle::Bundle;
use kindred_core::model as core_model;

use crate::articles::Article;
use crate::directory::{Hours, Resource};
use crate::translations::ResourceEs;

fn s(text: &str) -> &'static str {
    Box::leak(text.to_owned().into_boxed_str())
}

fn opt(text: &Option<String>) -> Option<&'static str> {
    text.as_deref().map(s)
}

fn list<T, U>(items: &[T], f: impl Fn(&T) -> U) -> &'static [U] {
    items.iter().map(f).collect::<Vec<_>>().leak()
}

/// The English slug → its translation's slug, and each English article's heading ids in order.
struct Translations<'a> {
    slug: HashMap<&'a str, &'a str>,
    english: HashMap<&'a str, &'a Article>,
    spanish: HashMap<&'a str, &'a Article>,
}

impl<'a> Translations<'a> {
    fn new(articles: &'a [Article], articles_es: &'a [Article]) -> Translations<'a> {
        let slug = articles_es.iter().filter_map(|es| es.translation_of.as_deref().map(|en| (en, es.slug.as_str()))).collect();
        let english = articles.iter().map(|a| (a.slug.as_str(), a)).collect();
        let spanish = articles_es.iter().map(|a| (a.slug.as_str(), a)).collect();
        Translations { slug, english, spanish }
    }

    /// `/learn/<english>[#heading]` → the same place in the Spanish translation, if there is one.
    fn spanish_link(&self, target: &str) -> Option<String> {
        let (en_slug, anchor) = match target.split_once('#') {
            Some((slug, anchor)) => (slug, Some(anchor)),
            None => (target, None),
        };
        let es_slug = self.slug.get(en_slug)?;
        let anchor = anchor.map(|a| {
            let position = self.english.get(en_slug).and_then(|en| en.toc.iter().position(|h| h.id == a));
            position.and_then(|i| self.spanish.get(es_slug).and_then(|es| es.toc.get(i))).map_or(a.to_owned(), |h| h.id.clone())
        });
        Some(match anchor {
            Some(a) => format!("{es_slug}#{a}"),
            None => (*es_slug).to_owned(),
        })
    }

    /// Spanish HTML with its links to English articles pointing at their translations.
    fn spanish_html(&self, html: &str) -> String {
        const LEARN: &str = "href=\"/learn/";
        let mut out = String::with_capacity(html.len());
        let mut rest = html;
        while let Some(at) = rest.find(LEARN) {
            let (before, after) = rest.split_at(at + LEARN.len());
            out.push_str(before);
            let end = after.find('"').unwrap_or(after.len());
            let target = &after[..end];
            out.push_str(&self.spanish_link(target).unwrap_or_else(|| target.to_owned()));
            rest = &after[end..];
        }
        out.push_str(rest);
        out
    }
}

fn article(
    a: &Article,
    related: &[String],
    html: String,
    guide_for: &[core_model::Kind],
    translation: Option<&str>,
) -> core_article::Article {
    core_article::Article {
        slug: s(&a.slug),
        title: s(&a.title),
        summary: s(&a.summary),
        updated: a.updated,
        reading_minutes: a.reading_minutes,
        toc: list(&a.toc, |h| core_article::TocEntry { level: h.level, id: s(&h.id), title: s(&h.title) }),
        html: s(&html),
        sources: list(&a.sources, |(title, url)| core_article::Source { title: s(title), url: s(url) }),
        need: a.need,
        related: list(related, |slug| s(slug)),
        try_this: list(&a.try_links, |t| core_article::TryLink {
            label: s(&t.label),
            query: s(&t.query),
            local: t.local,
            regions: list(&t.regions, |r| *r),
        }),
        guide_for: list(guide_for, |k| *k),
        translation: translation.map(s),
    }
}

fn schedule(hours: &Hours) -> core_model::Schedule {
    match hours {
        Hours::Always => core_model::Schedule::Always,
        Hours::Varies => core_model::Schedule::Varies,
        Hours::Weekly { zone, periods } => core_model::Schedule::Weekly {
            zone: kindred_core::tz::ZoneId::by_name(zone).unwrap_or(kindred_core::tz::ZoneId(0)),
            periods: list(periods, |(days, opens, closes)| core_model::Period { days: *days, opens: *opens, closes: *closes }),
        },
    }
}

/// A listing in the model, with its text in `es` when given.
pub(crate) fn resource(r: &Resource, es: Option<&ResourceEs>) -> core_model::Resource {
    // The Spanish contact notes, one per English note, in the order of the contacts.
    let mut notes_es = es.map(|e| e.contact_notes.iter());
    let mut contacts: Vec<core_model::Contact> = r
        .contacts
        .iter()
        .map(|c| core_model::Contact {
            kind: c.kind,
            value: s(&c.value),
            keyword: opt(&c.keyword),
            label: opt(if es.is_some() && c.label_es.is_some() { &c.label_es } else { &c.label }),
            note: c.note.as_ref().map(|en| s(notes_es.as_mut().and_then(Iterator::next).unwrap_or(en))),
            lang: opt(&c.lang),
            source: s(&c.source),
            verified: c.verified,
            published: c.published.map(|p| p.year),
        })
        .collect();
    if es.is_some() {
        // A Spanish-language service first (a stable sort keeps the rest in their order).
        contacts.sort_by_key(|c| c.lang != Some("es"));
    }
    core_model::Resource {
        id: s(&r.id),
        name: s(&r.name),
        organization: s(&r.organization),
        kind: r.kind,
        answered_by: r.answered_by,
        crisis: r.crisis,
        status: r.status,
        areas: list(&r.areas, |a| s(a)),
        languages: list(&r.languages, |l| s(l)),
        cost: r.cost,
        audiences: list(&r.audiences, |a| *a),
        topics: list(&r.topics, |t| *t),
        description: s(es.map_or(&r.description, |e| &e.description)),
        what_to_expect: match es {
            Some(e) => list(&e.what_to_expect, |w| s(w)),
            None => list(&r.what_to_expect, |w| s(w)),
        },
        hours: core_model::Hours {
            schedule: schedule(&r.hours),
            note: match es {
                Some(e) => opt(&e.hours_note),
                None => opt(&r.hours_note),
            },
            source: s(&r.hours_source),
            verified: r.hours_verified,
            published: r.hours_published.map(|p| p.year),
        },
        contacts: contacts.leak(),
        caution: r.caution.as_ref().map(|c| core_model::Caution {
            text: s(es.and_then(|e| e.caution.as_deref()).unwrap_or(&c.text)),
            source: s(&c.source),
            verified: c.verified,
            published: c.published.map(|p| p.year),
        }),
    }
}

/// The English bundle: the content as written.
pub fn english(articles: &[Article], articles_es: &[Article], resources: &[Resource]) -> Vec<u8> {
    let spanish_of = Translations::new(articles, articles_es);
    let articles = list(articles, |a| {
        let related: Vec<String> = a.related.iter().map(|(slug, _)| slug.clone()).collect();
        let guide_for: Vec<core_model::Kind> = a.guide_for.iter().map(|(k, _)| *k).collect();
        article(a, &related, a.html.clone(), &guide_for, spanish_of.slug.get(a.slug.as_str()).copied())
    });
    let resources = list(resources, |r| resource(r, None));
    Bundle::new("en", articles, resources).encode()
}

/// The Spanish bundle: the Spanish articles, leading where their originals lead, and every
/// listing with its Spanish text.
pub fn spanish(articles: &[Article], articles_es: &[Article], resources: &[Resource], directory_es: &[ResourceEs]) -> Vec<u8> {
    let t = Translations::new(articles, articles_es);
    let articles = list(articles_es, |es| {
        let original = es.translation_of.as_deref().and_then(|en| t.english.get(en));
        let related: Vec<String> =
            es.related.iter().map(|(slug, _)| t.slug.get(slug.as_str()).map_or(slug.clone(), |s| (*s).to_owned())).collect();
        let guide_for: Vec<core_model::Kind> = original.map(|en| en.guide_for.iter().map(|(k, _)| *k).collect()).unwrap_or_default();
        article(es, &related, t.spanish_html(&es.html), &guide_for, es.translation_of.as_deref())
    });
    let text: HashMap<&str, &ResourceEs> = directory_es.iter().map(|e| (e.id.as_str(), e)).collect();
    let resources = list(resources, |r| resource(r, text.get(r.id.as_str()).copied()));
    Bundle::new("es", articles, resources).encode()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compiled() -> crate::Compiled {
        let content = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
        match crate::compile(&content, crate::today()) {
            Ok(c) => c,
            Err(p) => panic!("{p:?}"),
        }
    }

    fn decode(bytes: Vec<u8>) -> Bundle {
        Bundle::decode(bytes.leak()).expect("a bundle")
    }

    #[test]
    fn the_shipped_content_makes_two_bundles_that_read_back() {
        let c = compiled();
        let en = decode(c.bundles.en.clone());
        let es = decode(c.bundles.es.clone());
        assert_eq!((en.lang, es.lang), ("en", "es"));
        assert_eq!(en.resources.len(), es.resources.len());
        assert_eq!(en.articles.len(), es.articles.len(), "every article has its translation");
        for (a, b) in en.resources.iter().zip(es.resources) {
            assert_eq!((a.id, a.name, a.contacts.len()), (b.id, b.name, b.contacts.len()), "names stay as written");
            assert_ne!(a.description, b.description, "{}: described in Spanish", a.id);
        }
        // 988: the Spanish-language contacts come first on Spanish pages.
        let es_988 = es.resources.iter().find(|r| r.id == "us-988-lifeline").unwrap();
        assert_eq!(es_988.contacts[0].lang, Some("es"));
        // Contact notes read in each page's language, on the contact they belong to.
        let en_988 = en.resources.iter().find(|r| r.id == "us-988-lifeline").unwrap();
        let note = |r: &kindred_core::model::Resource, value: &str, kind| {
            r.contacts.iter().find(|c| c.value == value && c.kind == kind).and_then(|c| c.note)
        };
        let call = kindred_core::model::ContactType::Call;
        assert_eq!(note(en_988, "988", call), Some("Press 1 for the Veterans Crisis Line, Press 2 for Spanish"));
        assert_eq!(note(es_988, "988", call), Some("Marca 1 para la Veterans Crisis Line; marca 2 para español"));
        for (a, b) in en.resources.iter().zip(es.resources) {
            let notes = |r: &kindred_core::model::Resource| r.contacts.iter().filter(|c| c.note.is_some()).count();
            assert_eq!(notes(a), notes(b), "{}: every contact note has its Spanish", a.id);
        }
        for a in es.articles {
            let original = en.articles.iter().find(|e| Some(e.slug) == a.translation).expect("names its original");
            assert_eq!(original.translation, Some(a.slug), "and the original names it");
            assert!(
                !a.html.contains("href=\"/learn/") || es.articles.iter().any(|x| a.html.contains(&format!("href=\"/learn/{}", x.slug)))
            );
            for r in a.related {
                assert!(es.articles.iter().any(|x| x.slug == *r), "{}: next read {r} is a Spanish article", a.slug);
            }
            assert_eq!(a.guide_for, original.guide_for);
        }
    }

    #[test]
    fn links_to_english_articles_go_to_the_same_place_in_their_translation() {
        let c = compiled();
        let t = Translations::new(&c.articles, &c.articles_es);
        let en = c.articles.iter().find(|a| a.slug == "understanding-peer-support").unwrap();
        let es = c.articles_es.iter().find(|a| a.translation_of.as_deref() == Some(en.slug.as_str())).unwrap();
        let html = format!(r#"<a href="/learn/{}#{}">x</a><a href="/directory?kind=warmline">y</a>"#, en.slug, en.toc[1].id);
        assert_eq!(
            t.spanish_html(&html),
            format!(r#"<a href="/learn/{}#{}">x</a><a href="/directory?kind=warmline">y</a>"#, es.slug, es.toc[1].id)
        );
        assert_eq!(t.spanish_html(r#"<a href="/learn/no-such">z</a>"#), r#"<a href="/learn/no-such">z</a>"#);
    }
}
