//! What only the browser knows, applied after the first render so that hydration meets exactly
//! the page the build prerendered: whether the page is running in a browser yet, and the clock
//! that "open now" is computed from.

use gloo_timers::callback::Interval;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Client {
    /// False while prerendering and during hydration; true from the first effect on.
    pub ready: RwSignal<bool>,
    /// Minutes since the epoch on the device clock; `None` until `ready`.
    pub minute: RwSignal<Option<i64>>,
}

fn current_minute() -> Option<i64> {
    crate::browser::IN_BROWSER.then(|| crate::browser::now_seconds() / 60)
}

/// Provides the [`Client`] context. Effects only run in the browser, after hydration.
pub fn provide() -> Client {
    let client = Client { ready: RwSignal::new(false), minute: RwSignal::new(None) };
    provide_context(client);
    // The clock ticks while the app lives: dropping the interval (with the app) stops it.
    let ticker: StoredValue<Option<Interval>, LocalStorage> = StoredValue::new_local(None);
    Effect::new(move || {
        client.ready.set(true);
        // For people's tools and for tests: the page is interactive from here on.
        crate::browser::set_root_attribute("data-ready", Some(""));
        client.minute.set(current_minute());
        ticker.set_value(Some(Interval::new(20_000, move || {
            let now = current_minute();
            if client.minute.get_untracked() != now {
                client.minute.set(now);
            }
        })));
    });
    client
}

pub fn use_client() -> Client {
    expect_context::<Client>()
}
