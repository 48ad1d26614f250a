//! The directory the app searches, provided once as context: the listings (the shipped
//! directory, or a synthetic one in benchmark builds) and their search index, built once, the
//! first time something searches (most pages never do). Its words, which text search needs and
//! which are most of its cost, are built only when a search has text, or ahead of typing when
//! the search box gets focus ([`Directory::prepare_text_search`]): `/directory` lists and
//! filters without them, so its start-up doesn't pay for them (14–68 ms of its hydration task
//! at 1× CPU in headless Chromium, 2026-12-01).

use leptos::prelude::*;

use kindred_core::model::{Region, Resource};
use kindred_core::query_codec::DirectoryQuery;
use kindred_core::search::{Index, Results, Search};

/// The index and the minute its "open now" bits were computed for.
struct Indexed {
    index: Index,
    open_at: Option<i64>,
}

#[derive(Clone, Copy)]
pub struct Directory {
    pub listings: &'static [Resource],
    indexed: StoredValue<Option<Indexed>, LocalStorage>,
}

impl Directory {
    pub fn new(listings: &'static [Resource]) -> Directory {
        Directory { listings, indexed: StoredValue::new_local(None) }
    }

    /// Runs `f` on the index, building it first if nothing has searched yet.
    fn with_index<T>(&self, f: impl FnOnce(&mut Indexed) -> T) -> Option<T> {
        self.indexed.try_update_value(|d| f(d.get_or_insert_with(|| Indexed { index: Index::without_words(self.listings), open_at: None })))
    }

    /// Builds the index's words now, so that the first keystroke doesn't wait for them.
    pub fn prepare_text_search(&self) {
        self.with_index(|d| d.index.add_words(self.listings));
    }

    /// Answers a query. `minute` (seconds since the epoch / 60) is the device clock once the page
    /// runs in a browser; `None` while prerendering or hydrating, when "open now" is unknown.
    /// `near` is the visitor's region (its options come first when there is no text to rank by).
    pub fn search(&self, query: &DirectoryQuery, minute: Option<i64>, near: Option<Region>) -> Results {
        self.with_index(|d| {
            if let (Some(m), true) = (minute, d.open_at != minute) {
                d.index.set_open_now(self.listings, m * 60);
                d.open_at = minute;
            }
            let search = Search { text: &query.text, selected: query.masks(d.index.languages()), sort: query.sort, near };
            if search.has_text() {
                d.index.add_words(self.listings);
            }
            d.index.search(&search)
        })
        .unwrap_or_default()
    }

    /// Whether listing `i` was open at the minute of the last search.
    pub fn is_open(&self, i: u32) -> bool {
        self.indexed.with_value(|d| d.as_ref().is_some_and(|d| d.open_at.is_some() && d.index.is_open(i)))
    }

    /// Language codes present in the directory, in facet order.
    pub fn languages(&self) -> Vec<&'static str> {
        self.with_index(|d| d.index.languages().to_vec()).unwrap_or_default()
    }

    pub fn listing(&self, i: u32) -> &'static Resource {
        &self.listings[i as usize]
    }
}

pub fn provide(listings: &'static [Resource]) -> Directory {
    let d = Directory::new(listings);
    provide_context(d);
    d
}

pub fn use_directory() -> Directory {
    expect_context::<Directory>()
}
