//! Quick exit, following GOV.UK's "Exit this page": the `#quick-exit` link (first in tab order)
//! works without JavaScript; with it, a click or Shift pressed three times blanks the page at
//! once and replaces it with a neutral site, so Back does not return here. Inside a frame, the
//! partner's whole page is replaced when the sandbox allows it.

use leptos::prelude::*;

/// Where quick exit goes (a neutral, common page).
pub const NEUTRAL_URL: &str = "https://www.bbc.co.uk/weather";
/// Shift presses must each come within this many milliseconds of the previous.
const WINDOW_MS: f64 = 5000.0;

/// Hides everything and leaves.
pub fn exit_now() {
    let Some(window) = crate::browser::window() else { return };
    if let Some(body) = window.document().and_then(|d| d.body()) {
        let _ = body.class_list().add_1("exiting");
    }
    // Leave the partner's page too when embedded (allowed with user activation), else the frame.
    let top_replaced = match window.top() {
        Ok(Some(top)) if crate::browser::in_frame() => top.location().replace(NEUTRAL_URL).is_ok(),
        _ => false,
    };
    if !top_replaced {
        let _ = window.location().replace(NEUTRAL_URL);
    }
}

/// Counts Shift presses; what to announce after each.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ShiftPresses {
    count: u8,
    last: f64,
}

/// What a key press means for quick exit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Press {
    /// Not a Shift press: the count starts again.
    Reset,
    /// Shift, with this many presses still to go.
    Remaining(u8),
    /// The third Shift in time: leave.
    Exit,
}

impl ShiftPresses {
    pub fn press(&mut self, is_shift: bool, now_ms: f64) -> Press {
        if !is_shift {
            *self = ShiftPresses::default();
            return Press::Reset;
        }
        self.count = if self.count > 0 && now_ms - self.last <= WINDOW_MS { self.count + 1 } else { 1 };
        self.last = now_ms;
        if self.count >= 3 {
            *self = ShiftPresses::default();
            Press::Exit
        } else {
            Press::Remaining(3 - self.count)
        }
    }
}

/// The live announcement under the quick-exit link ("press 2 more times …").
#[derive(Clone, Copy)]
pub struct ExitStatus(pub RwSignal<Option<u8>>);

/// Listens for Shift pressed three times anywhere on the page (for the app's lifetime).
pub fn provide() -> ExitStatus {
    let status = ExitStatus(RwSignal::new(None));
    provide_context(status);
    let presses = StoredValue::new(ShiftPresses::default());
    let handle = window_event_listener(leptos::ev::keyup, move |event| {
        let now = crate::browser::perf_now();
        match presses.try_update_value(|p| p.press(event.key() == "Shift", now)) {
            Some(Press::Remaining(left)) => status.0.set(Some(left)),
            Some(Press::Exit) => exit_now(),
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());
    // Coming back through the back/forward cache: remove the blank overlay.
    let pageshow = window_event_listener(leptos::ev::pageshow, |_| {
        if let Some(body) = crate::browser::document().and_then(|d| d.body()) {
            let _ = body.class_list().remove_1("exiting");
        }
    });
    on_cleanup(move || pageshow.remove());
    status
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_shifts_in_time_exit_and_anything_else_resets() {
        let mut p = ShiftPresses::default();
        assert_eq!(p.press(true, 0.0), Press::Remaining(2));
        assert_eq!(p.press(true, 100.0), Press::Remaining(1));
        assert_eq!(p.press(false, 150.0), Press::Reset);
        assert_eq!(p.press(true, 200.0), Press::Remaining(2));
        assert_eq!(p.press(true, 300.0), Press::Remaining(1));
        assert_eq!(p.press(true, 400.0), Press::Exit);
        // Too slow: counting starts again.
        assert_eq!(p.press(true, 1000.0), Press::Remaining(2));
        assert_eq!(p.press(true, 7000.0), Press::Remaining(2));
    }
}
