//! An article, as compiled from `content/articles/*.md` at build time.

use crate::date::Date;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TocEntry {
    /// 2 or 3.
    pub level: u8,
    pub id: &'static str,
    pub title: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    pub title: &'static str,
    pub url: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Article {
    pub slug: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
    pub updated: Date,
    pub reading_minutes: u16,
    pub toc: &'static [TocEntry],
    /// Body HTML produced at build time from validated Markdown (no raw HTML allowed in).
    pub html: &'static str,
    pub sources: &'static [Source],
}
