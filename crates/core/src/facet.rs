//! The directory's facet groups: ONE table holding each group's URL key, its label, and its
//! values (URL slug and label, in display order). The search engine sizes its bit masks from it,
//! the query codec reads and prints URLs with it, and the app draws the filter panel from it.
//!
//! Fixed groups take their values from the vocabularies in [`crate::model`]; the language group's
//! values come from the data (see `search::Index::languages`), so its table entry has none.

use crate::model::{AnsweredBy, Audience, ContactType, Cost, Kind, Region, Urgency};

/// Facet groups, in display and URL order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    Region,
    Kind,
    Contact,
    AnsweredBy,
    Urgency,
    OpenNow,
    Language,
    Audience,
    Cost,
}

/// How many facet groups there are.
pub const GROUPS: usize = Facet::ALL.len();

/// One bit per facet value, per group. Languages use the index's language table.
pub type Masks = [u32; GROUPS];

/// A value of a fixed facet group: its URL slug and what a person reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Value {
    pub slug: &'static str,
    pub label: &'static str,
}

/// A facet group's row in the table.
struct Group {
    key: &'static str,
    label: &'static str,
    values: &'static [Value],
}

/// The values of a vocabulary enum, in its display order, built at compile time.
macro_rules! values_of {
    ($vocabulary:ty) => {{
        const N: usize = <$vocabulary>::ALL.len();
        const VALUES: [Value; N] = {
            let mut out = [Value { slug: "", label: "" }; N];
            let mut i = 0;
            while i < N {
                out[i] = Value { slug: <$vocabulary>::ALL[i].slug(), label: <$vocabulary>::ALL[i].label() };
                i += 1;
            }
            out
        };
        &VALUES
    }};
}

/// The table, in [`Facet::ALL`] order.
const TABLE: [Group; GROUPS] = [
    Group { key: "region", label: "Where", values: values_of!(Region) },
    Group { key: "kind", label: "Type of support", values: values_of!(Kind) },
    Group { key: "contact", label: "How to reach them", values: values_of!(ContactType) },
    Group { key: "who", label: "Who answers", values: values_of!(AnsweredBy) },
    Group { key: "crisis", label: "Crisis or not", values: values_of!(Urgency) },
    Group { key: "open", label: "Hours", values: &[Value { slug: "now", label: "Open now" }] },
    Group { key: "lang", label: "Language", values: &[] },
    Group { key: "for", label: "Especially for", values: values_of!(Audience) },
    Group { key: "cost", label: "Cost", values: values_of!(Cost) },
];

/// How many values the fixed groups have together (they share a 64-bit mask per resource with
/// the languages; see `search::Index`).
pub const FIXED_VALUES: usize = {
    let mut total = 0;
    let mut g = 0;
    while g < GROUPS {
        total += TABLE[g].values.len();
        g += 1;
    }
    total
};

impl Facet {
    pub const ALL: [Facet; 9] = [
        Facet::Region,
        Facet::Kind,
        Facet::Contact,
        Facet::AnsweredBy,
        Facet::Urgency,
        Facet::OpenNow,
        Facet::Language,
        Facet::Audience,
        Facet::Cost,
    ];

    pub const fn index(self) -> usize {
        self as usize
    }

    /// Query-string key.
    pub const fn key(self) -> &'static str {
        TABLE[self as usize].key
    }

    /// The group's heading.
    pub const fn label(self) -> &'static str {
        TABLE[self as usize].label
    }

    /// The group's values, in display order (none for [`Facet::Language`], whose values come
    /// from the data).
    pub const fn values(self) -> &'static [Value] {
        TABLE[self as usize].values
    }

    pub fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.key() == key)
    }

    /// The slug of value `i` of a fixed group.
    pub fn value_slug(self, i: usize) -> Option<&'static str> {
        self.values().get(i).map(|v| v.slug)
    }

    /// The position of `slug` among a fixed group's values.
    pub fn value_index(self, slug: &str) -> Option<usize> {
        self.values().iter().position(|v| v.slug == slug)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_follows_the_vocabularies_and_fits_the_masks() {
        assert_eq!(Facet::Kind.values().len(), Kind::ALL.len());
        assert_eq!(Facet::Kind.value_slug(Kind::Warmline.index()), Some("warmline"));
        assert_eq!(Facet::Region.value_index("uk"), Some(Region::Uk.index()));
        assert_eq!(Facet::Audience.values()[0].label, Audience::ALL[0].label());
        assert_eq!(Facet::OpenNow.value_slug(0), Some("now"));
        assert_eq!(Facet::Language.values(), &[]);
        for f in Facet::ALL {
            assert_eq!(Facet::from_key(f.key()), Some(f));
            assert!(f.values().len() <= 32, "{f:?} fits a 32-bit mask");
        }
        let total: usize = Facet::ALL.iter().map(|f| f.values().len()).sum();
        assert_eq!(total, FIXED_VALUES);
        // Fixed values leave room for at least 16 languages in the 64-bit mask.
        const { assert!(FIXED_VALUES <= 64 - 16) };
    }
}
