//! What only the browser knows, applied after the first render so that hydration meets exactly
//! the page the build prerendered: whether the page is running in a browser yet, and the clock
//! that "open now" is computed from.

use gloo_timers::callback::{Interval, Timeout};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Client {
    /// False while prerendering and during hydration, true from the task after hydration's on;
    /// true from the start when the app mounts on an empty root (nothing prerendered to match).
    pub ready: RwSignal<bool>,
    /// Minutes since the epoch on the device clock; `None` until `ready`.
    pub minute: RwSignal<Option<i64>>,
}

fn current_minute() -> Option<i64> {
    crate::browser::IN_BROWSER.then(|| crate::browser::now_seconds() / 60)
}

/// Provides the [`Client`] context. Effects only run in the browser, after hydration.
/// `hydrating`: the first render must match the prerendered page, so it is drawn as if no
/// browser were there.
pub fn provide(hydrating: bool) -> Client {
    let client = Client { ready: RwSignal::new(!hydrating), minute: RwSignal::new((!hydrating).then(current_minute).flatten()) };
    provide_context(client);
    // The clock ticks while the app lives: dropping the interval (with the app) stops it.
    let ticker: StoredValue<Option<Interval>, LocalStorage> = StoredValue::new_local(None);
    // Only a change wakes what reads them (a mounted app starts with both already set).
    let tick = move || {
        let now = current_minute();
        if client.minute.get_untracked() != now {
            client.minute.set(now);
        }
    };
    // The page starts running in a task of its own, after hydration's: what it changes (the
    // live result list, the visitor's crisis line, "open now") is not added to the hydration
    // task, which is the longest of a page load.
    let start: StoredValue<Option<Timeout>, LocalStorage> = StoredValue::new_local(None);
    Effect::new(move || {
        start.set_value(Some(Timeout::new(0, move || {
            if !client.ready.get_untracked() {
                client.ready.set(true);
            }
            // For people's tools and for tests: the page is interactive from here on.
            crate::browser::set_root_attribute("data-ready", Some(""));
            tick();
            ticker.set_value(Some(Interval::new(20_000, tick)));
        })));
    });
    client
}

pub fn use_client() -> Client {
    expect_context::<Client>()
}
