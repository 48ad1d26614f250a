//! An article, as compiled from `content/articles/*.md` at build time, and what it leads to: the
//! reader's need it answers (the Learn index groups by it), related articles, "Try this" links
//! into the directory, and the listing kinds it is the guide for.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::leak::leak;
use crate::model::{Kind, Region};
use crate::query_codec::DirectoryQuery;
use crate::search::Facet;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TocEntry {
    /// 2 or 3.
    pub level: u8,
    pub id: &'static str,
    pub title: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub title: &'static str,
    pub url: &'static str,
}

/// What a reader comes to Learn for. The Learn index shows one group per need, in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Need {
    Understand,
    Try,
    HelpSomeone,
    Become,
}

impl Need {
    /// The vocabulary, in Learn-index order: value and slug (front matter `need`). What a person
    /// reads is each language's (the app's `i18n`).
    const TABLE: [(Need, &'static str); 4] =
        [(Need::Understand, "understand"), (Need::Try, "try"), (Need::HelpSomeone, "help-someone"), (Need::Become, "become")];

    /// Every need, in Learn-index order.
    pub const ALL: [Need; 4] = {
        let mut all = [Need::Understand; 4];
        let mut i = 0;
        while i < all.len() {
            all[i] = Need::TABLE[i].0;
            i += 1;
        }
        all
    };

    /// The identifier used in front matter.
    pub const fn slug(self) -> &'static str {
        Need::TABLE[self as usize].1
    }

    pub fn from_slug(s: &str) -> Option<Need> {
        Need::TABLE.iter().find(|(_, slug)| *slug == s).map(|(need, _)| *need)
    }
}

impl crate::model::Vocabulary for Need {
    fn slug(self) -> &'static str {
        Need::slug(self)
    }
}

/// A "Try this" link at the end of an article: a directory view to open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TryLink {
    /// Short link text.
    pub label: &'static str,
    /// A canonical directory query string without `?` (the build checks it parses, re-prints
    /// identically and matches at least one listing).
    pub query: &'static str,
    /// Add the visitor's own region to the query when it is known…
    pub local: bool,
    /// …and is one of these: the regions where the query matches listings (found at build time,
    /// so a local link never narrows to an empty list).
    #[serde(deserialize_with = "leak")]
    pub regions: &'static [Region],
}

impl TryLink {
    /// The query string to open, without `?`: `query`, plus `region` when this link is `local`
    /// and the directory has listings for it there.
    pub fn query_for(&self, region: Option<Region>) -> String {
        match (self.local, region) {
            (true, Some(region)) if self.regions.contains(&region) => {
                let mut q = DirectoryQuery::parse(self.query);
                q.facets[Facet::Region.index()] |= 1 << region.index();
                q.print()
            }
            _ => self.query.to_owned(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    pub slug: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
    pub updated: Date,
    pub reading_minutes: u16,
    #[serde(deserialize_with = "leak")]
    pub toc: &'static [TocEntry],
    /// Body HTML produced at build time from validated Markdown (no raw HTML allowed in).
    pub html: &'static str,
    #[serde(deserialize_with = "leak")]
    pub sources: &'static [Source],
    /// The Learn index group this article belongs to.
    pub need: Need,
    /// Slugs of other articles to read next (checked to exist at build time).
    #[serde(deserialize_with = "leak")]
    pub related: &'static [&'static str],
    /// "Try this" links, shown at the article's end.
    #[serde(deserialize_with = "leak")]
    pub try_this: &'static [TryLink],
    /// Listing kinds whose pages and directory filter link back to this article; each kind is
    /// claimed by at most one article.
    #[serde(deserialize_with = "leak")]
    pub guide_for: &'static [Kind],
    /// The same article in the site's other language (its slug there), if there is one.
    pub translation: Option<&'static str>,
}

/// The article with this slug.
pub fn find<'a>(articles: &'a [Article], slug: &str) -> Option<&'a Article> {
    articles.iter().find(|a| a.slug == slug)
}

/// The articles `article` lists as related, in its order.
pub fn related<'a>(articles: &'a [Article], article: &Article) -> Vec<&'a Article> {
    article.related.iter().filter_map(|slug| find(articles, slug)).collect()
}

/// The article that is the guide for listings of `kind`, if one claims it.
pub fn guide_for(articles: &[Article], kind: Kind) -> Option<&Article> {
    articles.iter().find(|a| a.guide_for.contains(&kind))
}

/// The Learn index: each need that has articles, in [`Need::ALL`] order, with its articles in
/// list order.
pub fn by_need(articles: &[Article]) -> Vec<(Need, Vec<&Article>)> {
    Need::ALL
        .into_iter()
        .map(|need| (need, articles.iter().filter(|a| a.need == need).collect::<Vec<_>>()))
        .filter(|(_, group)| !group.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const fn article(slug: &'static str, need: Need, guide_for: &'static [Kind]) -> Article {
        Article {
            slug,
            title: slug,
            summary: "",
            updated: Date::new(2026, 11, 25),
            reading_minutes: 3,
            toc: &[],
            html: "",
            sources: &[],
            need,
            related: &["b", "missing", "a"],
            try_this: &[],
            guide_for,
            translation: None,
        }
    }

    const ARTICLES: &[Article] = &[
        article("a", Need::Become, &[Kind::Training]),
        article("b", Need::Understand, &[]),
        article("c", Need::Become, &[Kind::Warmline, Kind::Helpline]),
    ];

    #[test]
    fn need_vocabulary_is_one_consistent_table() {
        for (i, need) in Need::ALL.into_iter().enumerate() {
            assert_eq!(need as usize, i, "TABLE is in declaration order");
            assert_eq!(Need::from_slug(need.slug()), Some(need));
        }
        assert_eq!(Need::HelpSomeone.slug(), "help-someone");
        assert_eq!(Need::from_slug("Understand"), None);
    }

    #[test]
    fn learn_index_groups_by_need_in_order() {
        let groups = by_need(ARTICLES);
        let slugs: Vec<(Need, Vec<&str>)> = groups.iter().map(|(n, g)| (*n, g.iter().map(|a| a.slug).collect())).collect();
        assert_eq!(slugs, [(Need::Understand, vec!["b"]), (Need::Become, vec!["a", "c"])]);
    }

    #[test]
    fn guides_and_related_resolve() {
        assert_eq!(guide_for(ARTICLES, Kind::Helpline).map(|a| a.slug), Some("c"));
        assert_eq!(guide_for(ARTICLES, Kind::PeerRespite), None);
        let rel: Vec<&str> = related(ARTICLES, &ARTICLES[1]).iter().map(|a| a.slug).collect();
        assert_eq!(rel, ["b", "a"], "unknown slugs are skipped, order kept");
    }

    #[test]
    fn try_links_add_the_region_only_when_local() {
        let local = TryLink { label: "x", query: "kind=warmline&open=now", local: true, regions: &[Region::Us, Region::Uk] };
        assert_eq!(local.query_for(Some(Region::Uk)), "region=uk&kind=warmline&open=now");
        assert_eq!(local.query_for(None), "kind=warmline&open=now");
        assert_eq!(local.query_for(Some(Region::Ireland)), "kind=warmline&open=now", "no listings there: left wide");
        let fixed = TryLink { local: false, ..local };
        assert_eq!(fixed.query_for(Some(Region::Uk)), "kind=warmline&open=now");
        assert_eq!(TryLink { label: "all", query: "", local: false, regions: &[] }.query_for(None), "");
    }
}
