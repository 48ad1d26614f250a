//! The directory page's state, in one place: the query (from the URL, or what is being typed),
//! the results and facet counts, how many results are shown, and how changes are written back to
//! the URL. The page and its parts only draw it (they read it with [`use_directory_state`]).
//!
//! The URL is the state (`kindred_core::query_codec`): a facet click or a sort change adds a
//! history entry, so Back undoes it; typing answers from a local signal and replaces the
//! history entry after a pause (or when the box loses focus), because a history write per
//! keystroke costs the browser more than the search does.
//!
//! A keystroke is shown before it is searched: the box paints the character first, and the
//! results follow in the task after that paint (see [`DirectoryState::type_text`]), searched
//! for the newest text only.
//!
//! The first render uses the default query, exactly as the build prerendered the page; the URL's
//! query is applied once the page runs in the browser.

use std::time::Duration;

use gloo_render::AnimationFrame;
use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use kindred_core::embed::EmbedOptions;
use kindred_core::model::Region;
use kindred_core::query_codec::{DirectoryQuery, MAX_TEXT};
use kindred_core::route::Route;
use kindred_core::search::{Facet, Results};

use super::data::use_directory;
use crate::shell::base::{use_base, Base, Link};
use crate::shell::client::use_client;
use crate::shell::embed::{use_embed, Embed};

/// Results shown at first, and added by "Show more".
pub const PAGE: usize = 20;
/// New cards drawn in one task: when the results change (or "Show more" is pressed, or the page
/// starts running and replaces the prerendered cards), cards already on screen stay and at most
/// this many new ones are added, a phone's screenful; the rest follow in further steps, one
/// task each, so the browser can paint and take the next keystroke in between instead of
/// waiting for a whole page of new cards. Three cards take about 30 ms at 4× CPU slowdown, under
/// the 50 ms that makes a task long; six took twice that, and `/directory`'s start-up blocked
/// the main thread longer (see README, "Main-thread time at start-up").
const STEP: usize = 3;
/// How long typing pauses before the URL catches up.
const URL_PAUSE: Duration = Duration::from_millis(400);

type Navigate = Box<dyn Fn(&str, NavigateOptions)>;

/// The result cards the running page has drawn, and the visitor's region they were drawn for
/// (it orders the default list, and only the browser knows it). When the region changes, every
/// card is drawn anew from the top, a step at a time: the list keys its cards by it, so cards
/// are replaced rather than moved about, and nothing on screen shifts. (The prerendered list is
/// never drawn by the app: `results.rs` replaces it whole.)
#[derive(Clone, PartialEq)]
pub struct Drawn {
    pub region: Option<Region>,
    pub ids: Vec<u32>,
}

/// How many results the directory last showed, and for which URL query string. Kept by the app
/// (not the page), so a directory opened again for the same query (Back from a listing) shows
/// as many at once, and the browser's scroll restoration finds the card the person came from.
#[derive(Clone, Copy)]
pub struct LastShown(StoredValue<Option<(String, usize)>, LocalStorage>);

/// Provides [`LastShown`] for the whole app (once, with the other app-wide contexts).
pub fn provide_last_shown() {
    provide_context(LastShown(StoredValue::new_local(None)));
}

impl LastShown {
    /// How many were shown for `search` the last time, if that was the last query shown.
    fn for_search(self, search: &str) -> Option<usize> {
        self.0.with_value(|last| last.as_ref().filter(|(s, _)| s == search).map(|&(_, n)| n))
    }
}

#[derive(Clone, Copy)]
pub struct DirectoryState {
    /// What the page shows: the text being typed (until the URL catches up), else the URL's.
    pub query: Memo<DirectoryQuery>,
    /// The query as the URL has it. Its filters and sort are always the page's (a click writes
    /// them at once); only its text lags typing, by a pause. What draws filters and sort reads
    /// this, so a keystroke doesn't wake it.
    pub in_url: Memo<DirectoryQuery>,
    pub results: Memo<Results>,
    /// How many results the person sees (every one on the prerendered page, then a page at a
    /// time).
    pub shown: RwSignal<usize>,
    /// The results drawn, in order: the first `shown`, reached in steps of [`STEP`] new cards.
    pub visible: Memo<Drawn>,
    /// The URL's query printed for links back to this view (`from=` on listing links; leaving
    /// the search box writes what was typed to the URL first).
    pub back: Memo<String>,
    /// Facet groups a partner locked, by `Facet::index` bit (hidden from visitors).
    pub locked: Memo<u32>,
    /// What was typed, and the URL query string it was typed over (it stops counting as soon
    /// as the URL moves on: Back, a link, a filter click).
    typed: RwSignal<Option<(DirectoryQuery, String)>>,
    /// The raw query string of the URL (without `?`).
    search: Memo<String>,
    base: Base,
    embed: Embed,
    /// Text typed but not searched yet, with the frame (then the task) that will search it.
    waiting: StoredValue<Option<Waiting>, LocalStorage>,
    write_timer: StoredValue<Option<Timeout>, LocalStorage>,
    navigate: StoredValue<Navigate, LocalStorage>,
}

/// The page for a query, with a partner's embed options kept (inside an embed, the embed's
/// page).
fn link_for(q: &DirectoryQuery, embed: Option<&EmbedOptions>) -> Link {
    let qs = [q.print(), embed.map(EmbedOptions::print).unwrap_or_default()];
    let qs: Vec<&str> = qs.iter().map(String::as_str).filter(|p| !p.is_empty()).collect();
    Link::to(Route::Directory).in_frame().query(qs.join("&"))
}

/// Keeps a partner's locked presets in place whatever a visitor changes.
fn enforce_locks(mut q: DirectoryQuery, preset: &DirectoryQuery, locked: u32) -> DirectoryQuery {
    for f in Facet::ALL {
        if locked & (1 << f.index()) != 0 {
            q.facets[f.index()] = preset.facets[f.index()];
            if f == Facet::Language {
                q.languages = preset.languages.clone();
            }
        }
    }
    q
}

impl DirectoryState {
    fn new() -> DirectoryState {
        let client = use_client();
        let region = crate::shell::region::use_region();
        let directory = use_directory();
        let embed = use_embed();
        let base = use_base();
        let location = use_location();
        let search = location.search;
        let in_url = Memo::new(move |_| if client.ready.get() { search.with(|s| DirectoryQuery::parse(s)) } else { Default::default() });
        let typed: RwSignal<Option<(DirectoryQuery, String)>> = RwSignal::new(None);
        let query = Memo::new(move |_| match typed.get() {
            Some((q, over)) if search.with(|s| *s == over) => q,
            _ => in_url.get(),
        });
        let results = Memo::new(move |_| {
            let search = || query.with(|q| directory.search(q, client.minute.get(), region.region.get()));
            // Benchmark builds time each search (`shell/perf.rs`).
            #[cfg(feature = "bench")]
            let search = || crate::shell::perf::timed_search(search);
            search()
        });
        // The prerendered page lists every result (it has no "Show more" without JavaScript);
        // once running, a page at a time, starting again whenever the query changes. A page
        // opened from another one (or mounted) is running from the start: it draws its first
        // page at once, as many as were shown for this query last time (Back from a listing),
        // so the browser's scroll restoration finds the card the person came from.
        let last_shown = expect_context::<LastShown>();
        let restored = client.ready.get_untracked().then(|| search.with_untracked(|s| last_shown.for_search(s)).unwrap_or(PAGE));
        let shown = RwSignal::new(restored.unwrap_or(usize::MAX));
        // Bumped to draw the next step.
        let step = RwSignal::new(0u32);
        Effect::new(move |ran_before: Option<()>| {
            query.track();
            // The first run keeps what a page opened from another one started with.
            if client.ready.get() && (ran_before.is_some() || restored.is_none()) {
                shown.set(PAGE);
            }
        });
        Effect::new(move |_| {
            let n = shown.get();
            if client.ready.get() && n != usize::MAX {
                last_shown.0.set_value(Some((search.get(), n)));
            }
        });
        // Computed only once the page runs (only the live list and the step timer below read it).
        let visible = Memo::new(move |drawn: Option<&Drawn>| {
            step.track();
            let region = region.region.get();
            results.with(|r| {
                let wanted = &r.ids[..r.ids.len().min(shown.get())];
                match drawn {
                    Some(drawn) => drawn.next(wanted, region),
                    None => Drawn::first(wanted, region, restored.is_some()),
                }
            })
        });
        let back = Memo::new(move |_| in_url.with(DirectoryQuery::print));
        let locked = Memo::new(move |_| if embed.embedded { embed.options.with(|o| o.locked) } else { 0 });
        let navigate = use_navigate();
        let state = DirectoryState {
            query,
            in_url,
            results,
            shown,
            visible,
            back,
            locked,
            typed,
            search,
            base,
            embed,
            waiting: StoredValue::new_local(None),
            write_timer: StoredValue::new_local(None),
            navigate: StoredValue::new_local(Box::new(navigate)),
        };
        // Cards not drawn yet follow, a step per task (a new query or "Show more" starts it).
        let step_timer = StoredValue::new_local(None);
        Effect::new(move |_| {
            // Only a running page draws cards (and `visible` is not computed before it runs).
            let behind = client.ready.get() && visible.with(|d| d.ids.len()) < shown.get().min(state.total());
            step_timer.set_value(behind.then(|| Timeout::new(0, move || step.update(|s| *s = s.wrapping_add(1)))));
        });
        // Junk, reordered or non-canonical query strings are rewritten in place.
        Effect::new(move |_| {
            if !client.ready.get() {
                return;
            }
            let canonical = state.url(&in_url.get());
            let here = search.with(|s| {
                if s.is_empty() {
                    location.pathname.get_untracked()
                } else {
                    format!("{}?{s}", location.pathname.get_untracked())
                }
            });
            // Still on this page (the URL moves on before the page goes).
            let on_page = location.pathname.with_untracked(|p| matches!(base.route_at(p), Route::Directory | Route::EmbedDirectory));
            if on_page && here != canonical {
                state.go(in_url.get_untracked(), true);
            }
        });
        state
    }

    /// The address for a query on this page (embed options kept).
    fn url(&self, q: &DirectoryQuery) -> String {
        let embed = self.embed;
        self.base.link(if embed.embedded { embed.options.with_untracked(|o| link_for(q, Some(o))) } else { link_for(q, None) })
    }

    /// Shows `q` and writes it to the URL (`replace`: swap the history entry instead of adding one).
    fn go(&self, q: DirectoryQuery, replace: bool) {
        self.write_timer.set_value(None);
        let q = self.embed.preset.with_untracked(|preset| enforce_locks(q, preset, self.locked.get_untracked()));
        let url = self.url(&q);
        // The address is whole (base and language included): the router must not resolve it again.
        let options = NavigateOptions { resolve: false, replace, scroll: false, ..Default::default() };
        self.navigate.with_value(|navigate| navigate(&url, options));
        self.typed.set(None);
    }

    /// A new selection (a facet, a chip, the sort, "Clear all"): a new history entry.
    pub fn select(&self, q: DirectoryQuery) {
        self.go(q, false);
    }

    /// Typing: the box paints the key first, then the results follow (in the task after the
    /// next frame), then the URL after a pause. Searching and redrawing cards inside the key's
    /// own event would hold back the character on screen until they were done (at 10k listings
    /// on a slow phone, a fifth of a second a key); keys typed while a search waits are searched
    /// once, for the newest text.
    pub fn type_text(&self, text: &str) {
        // A text already waits: the newer one takes its place, on the same way to its search.
        let replaced = self.waiting.try_update_value(|w| match w {
            Some(w) => {
                w.text = text.to_owned();
                true
            }
            None => false,
        });
        if replaced != Some(true) {
            let state = *self;
            // The frame's callback runs just before it paints; a task queued from it runs after.
            let frame = gloo_render::request_animation_frame(move |_| {
                let task = Timeout::new(0, move || state.search_typed());
                state.waiting.update_value(|w| {
                    if let Some(w) = w {
                        w.after_paint = AfterPaint::Task(task);
                    }
                });
            });
            self.waiting.set_value(Some(Waiting { text: text.to_owned(), after_paint: AfterPaint::Frame(frame) }));
        }
    }

    /// Searches the newest typed text now, if any waits (and cancels its frame or task).
    fn search_typed(&self) {
        let Some(Waiting { text, .. }) = self.waiting.try_update_value(Option::take).flatten() else { return };
        let mut q = self.query.get_untracked();
        q.text = text.chars().take(MAX_TEXT).collect();
        self.typed.set(Some((q, self.search.get_untracked())));
        let state = *self;
        self.write_timer.set_value(Some(Timeout::new(URL_PAUSE.as_millis() as u32, move || state.commit_typed())));
    }

    /// Writes what was typed to the URL now (replacing the history entry), if it is still newer
    /// than the URL.
    pub fn commit_typed(&self) {
        // Enter or a tap elsewhere right after a key: that key is searched first.
        self.search_typed();
        self.write_timer.set_value(None);
        if let Some(Some((q, over))) = self.typed.try_get_untracked() {
            if self.search.with_untracked(|s| *s == over) {
                self.go(q, true);
            }
        }
    }

    /// "Show more": the next page of results.
    pub fn show_more(&self) {
        self.shown.update(|s| *s = s.saturating_add(PAGE));
    }

    /// The number of results.
    pub fn total(&self) -> usize {
        self.results.with(|r| r.ids.len())
    }
}

/// A typed text not searched yet, and where it is on its way there.
struct Waiting {
    text: String,
    after_paint: AfterPaint,
}

/// The next frame is awaited, or the task after it. The handles are held, never read: dropping
/// one cancels it (with the page, say).
#[allow(dead_code)]
enum AfterPaint {
    Frame(AnimationFrame),
    Task(Timeout),
}

/// The cards to draw next for the results `wanted` (in order), given those `drawn` now (`None`:
/// the list's first draw, all at once): the longest start of `wanted` that adds at most
/// [`STEP`] cards not drawn now.
fn next_step(wanted: &[u32], drawn: Option<&[u32]>) -> Vec<u32> {
    let Some(drawn) = drawn else { return wanted.to_vec() };
    let mut new = 0;
    wanted
        .iter()
        .copied()
        .take_while(|id| {
            new += usize::from(!drawn.contains(id));
            new <= STEP
        })
        .collect()
}

impl Drawn {
    /// The live list's first draw: all of `wanted` at once on a page opened from another one
    /// (so scroll restoration finds its card), else a step of it (a prerendered page's live list,
    /// replacing the prerendered one).
    fn first(wanted: &[u32], region: Option<Region>, at_once: bool) -> Drawn {
        Drawn { region, ids: next_step(wanted, (!at_once).then_some(&[])) }
    }

    /// The next step towards drawing `wanted` for `region`. Cards drawn for another region are
    /// replaced, so none of them counts as drawn.
    fn next(&self, wanted: &[u32], region: Option<Region>) -> Drawn {
        let kept: &[u32] = if self.region == region { &self.ids } else { &[] };
        Drawn { region, ids: next_step(wanted, Some(kept)) }
    }
}

/// Provides the directory state for the page being drawn.
pub fn provide() -> DirectoryState {
    let state = DirectoryState::new();
    provide_context(state);
    state
}

pub fn use_directory_state() -> DirectoryState {
    expect_context::<DirectoryState>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_step_keeps_the_cards_drawn_and_adds_at_most_a_step_of_new_ones() {
        let wanted: Vec<u32> = (0..20).collect();
        assert_eq!(next_step(&wanted, None), wanted, "the first draw is the whole list, as prerendered");
        assert_eq!(next_step(&wanted, Some(&wanted)), wanted, "nothing new: nothing held back");
        assert_eq!(next_step(&wanted, Some(&[])), (0..STEP as u32).collect::<Vec<_>>());
        // New results ahead of drawn ones: the drawn ones are free, the new ones count.
        let drawn: Vec<u32> = (3..20).collect();
        assert_eq!(next_step(&wanted, Some(&drawn)), wanted, "3 new cards fit in one step");
        let drawn: Vec<u32> = (100..120).collect();
        let first = next_step(&wanted, Some(&drawn));
        assert_eq!(first.len(), STEP);
        let second = next_step(&wanted, Some(&first));
        assert_eq!(second.len(), 2 * STEP, "each step adds a step");
        assert!(next_step(&[], Some(&drawn)).is_empty());
    }

    #[test]
    fn once_the_page_runs_the_prerendered_cards_are_replaced_a_step_at_a_time() {
        let wanted: Vec<u32> = (0..20).collect();
        let opened = Drawn::first(&wanted, None, true);
        assert_eq!(opened.ids, wanted, "a page opened from another one draws its first page at once");
        let running = Drawn::first(&wanted, None, false);
        assert_eq!(running.ids.len(), STEP, "a prerendered page's live list: drawn anew, a step first");
        let next = running.next(&wanted, None);
        assert_eq!(next.ids.len(), 2 * STEP, "then a step per task");
        let moved = next.next(&wanted, Some(Region::Uk));
        assert_eq!(moved.ids.len(), STEP, "a new region redraws from the top too");
    }
}
