//! The directory's facet groups: ONE table holding each group's URL key and its values' URL
//! slugs, in display order. The search engine sizes its bit masks from it, the query codec reads
//! and prints URLs with it, and the app draws the filter panel from it (in each language's words:
//! the app's `i18n` names every group and value).
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

/// A facet group's row in the table: its URL key and its values' slugs.
struct Group {
    key: &'static str,
    values: &'static [&'static str],
}

/// The slugs of a vocabulary enum, in its display order, built at compile time.
macro_rules! values_of {
    ($vocabulary:ty) => {{
        const N: usize = <$vocabulary>::ALL.len();
        const VALUES: [&str; N] = {
            let mut out = [""; N];
            let mut i = 0;
            while i < N {
                out[i] = <$vocabulary>::ALL[i].slug();
                i += 1;
            }
            out
        };
        &VALUES
    }};
}

/// The "open now" group's one value.
pub const OPEN_NOW: &str = "now";

/// The table, in [`Facet::ALL`] order.
const TABLE: [Group; GROUPS] = [
    Group { key: "region", values: values_of!(Region) },
    Group { key: "kind", values: values_of!(Kind) },
    Group { key: "contact", values: values_of!(ContactType) },
    Group { key: "who", values: values_of!(AnsweredBy) },
    Group { key: "crisis", values: values_of!(Urgency) },
    Group { key: "open", values: &[OPEN_NOW] },
    Group { key: "lang", values: &[] },
    Group { key: "for", values: values_of!(Audience) },
    Group { key: "cost", values: values_of!(Cost) },
];

/// How many values the fixed groups have together (they share a 128-bit mask per resource with
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

    /// The group's values' slugs, in display order (none for [`Facet::Language`], whose values
    /// come from the data).
    pub const fn values(self) -> &'static [&'static str] {
        TABLE[self as usize].values
    }

    pub fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.key() == key)
    }

    /// The slug of value `i` of a fixed group.
    pub fn value_slug(self, i: usize) -> Option<&'static str> {
        self.values().get(i).copied()
    }

    /// The position of `slug` among a fixed group's values.
    pub fn value_index(self, slug: &str) -> Option<usize> {
        self.values().iter().position(|v| *v == slug)
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
        assert_eq!(Facet::Audience.values()[0], Audience::ALL[0].slug());
        assert_eq!(Facet::OpenNow.value_slug(0), Some("now"));
        assert_eq!(Facet::Language.values(), &[] as &[&str]);
        for f in Facet::ALL {
            assert_eq!(Facet::from_key(f.key()), Some(f));
            assert!(f.values().len() <= 32, "{f:?} fits a 32-bit mask");
        }
        let total: usize = Facet::ALL.iter().map(|f| f.values().len()).sum();
        assert_eq!(total, FIXED_VALUES);
        // Fixed values leave room for at least 32 languages in the 128-bit mask.
        const { assert!(FIXED_VALUES <= 128 - 32) };
    }
}
