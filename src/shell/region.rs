//! The visitor's region, for the crisis bar, emergency numbers and the directory's default order:
//! the person's own choice (kept on the device), else a guess from the device's time zone and
//! language (nothing is looked up), else none. Embeds take it from the partner's preset.
//!
//! It is unknown while prerendering and hydrating: the page shows every covered country's
//! crisis line until the app runs.

use leptos::prelude::*;

use kindred_core::bookmarks::KeyValue;
use kindred_core::model::{Region, RegionInfo};
use kindred_core::region::{decode_choice, encode_choice, guess, CHOICE_KEY};

use super::client::use_client;
use super::embed::use_embed;
use crate::content::REGIONS;
use crate::web_storage::WebStorage;

#[derive(Clone, Copy)]
pub struct VisitorRegion {
    pub region: RwSignal<Option<Region>>,
}

impl VisitorRegion {
    /// The person picks their country: shown at once and remembered on the device (if storage
    /// works; otherwise for this visit).
    pub fn choose(&self, region: Option<Region>) {
        self.region.set(region);
        let mut storage = WebStorage;
        let _ = match region {
            Some(r) => storage.set(CHOICE_KEY, &encode_choice(r)),
            None => storage.remove(CHOICE_KEY),
        };
    }

    /// What the app knows about the visitor's region, if it is a covered one.
    pub fn info(&self) -> Option<&'static RegionInfo> {
        self.region.with(|r| r.and_then(info_of))
    }
}

pub fn info_of(region: Region) -> Option<&'static RegionInfo> {
    REGIONS.iter().find(|i| i.region == region)
}

/// The region the device suggests (its time zone, then its language).
pub fn device_region() -> Option<Region> {
    guess(&crate::browser::time_zone().unwrap_or_default(), &crate::browser::language().unwrap_or_default(), REGIONS)
}

pub fn provide() -> VisitorRegion {
    let visitor = VisitorRegion { region: RwSignal::new(None) };
    provide_context(visitor);
    let client = use_client();
    let embed = use_embed();
    Effect::new(move || {
        if !client.ready.get() {
            return;
        }
        // A partner's preset region (one region, not "anywhere") decides inside their embed.
        let preset = embed.preset.with(|q| {
            let regions: Vec<Region> =
                Region::ALL.iter().copied().filter(|r| q.is_selected(kindred_core::search::Facet::Region, r.index())).collect();
            match regions.as_slice() {
                [one] if *one != Region::International => Some(*one),
                _ => None,
            }
        });
        let chosen = || decode_choice(WebStorage.get(CHOICE_KEY).ok().flatten().as_deref());
        let region = if embed.embedded { preset.or_else(chosen) } else { chosen() }.or_else(device_region);
        if visitor.region.get_untracked() != region {
            visitor.region.set(region);
        }
    });
    visitor
}

pub fn use_region() -> VisitorRegion {
    expect_context::<VisitorRegion>()
}
