//! The one search index for this page's lifetime, and the search call the UI makes on every
//! keystroke and facet click. "Open now" is recomputed when the minute changes, not per keystroke.

use std::cell::RefCell;

use kindred_core::model::Resource;
use kindred_core::query_codec::DirectoryQuery;
use kindred_core::search::{Index, Results, Search};

thread_local! {
    static DIRECTORY: RefCell<Option<(&'static [Resource], Index, i64)>> = const { RefCell::new(None) };
}

/// The resources being searched (the shipped directory unless a benchmark swapped it).
pub fn resources() -> &'static [Resource] {
    DIRECTORY.with(|d| d.borrow().as_ref().map(|(r, _, _)| *r)).unwrap_or(crate::content::RESOURCES)
}

/// Replaces the directory (used by the in-browser benchmark with a synthetic directory).
pub fn use_directory(resources: &'static [Resource]) {
    DIRECTORY.with(|d| *d.borrow_mut() = Some((resources, Index::new(resources), i64::MIN)));
}

fn with_index<T>(minute: i64, f: impl FnOnce(&Index) -> T) -> T {
    DIRECTORY.with(|d| {
        let mut d = d.borrow_mut();
        let (resources, index, at) = d.get_or_insert_with(|| {
            let r = crate::content::RESOURCES;
            (r, Index::new(r), i64::MIN)
        });
        if *at != minute {
            index.set_open_now(resources, minute * 60);
            *at = minute;
        }
        f(index)
    })
}

/// Language codes present in the directory, in facet order.
pub fn languages() -> Vec<&'static str> {
    with_index(crate::browser::now_seconds() / 60, |i| i.languages().to_vec())
}

/// Answers a directory query at the given minute (seconds since epoch / 60).
pub fn search(query: &DirectoryQuery, minute: i64) -> Results {
    with_index(minute, |index| {
        let selected = query.masks(index.languages());
        index.search(&Search { text: &query.text, selected, sort: query.sort })
    })
}

/// Whether resource `i` is open at `minute`.
pub fn is_open(i: u32, minute: i64) -> bool {
    with_index(minute, |index| index.is_open(i))
}
