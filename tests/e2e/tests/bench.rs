//! In-browser benchmark (printed figures, not a timed test): typing a 12-character query into
//! the directory with 1k and 10k synthetic resources, in headless Chromium, at 1× and 4× CPU.
//! Needs a `bench` build: run it with `cargo xtask bench`.
//!
//! Per keystroke it measures how long the main thread is busy: from the `input` event until the
//! app's synchronous work and the reactive updates it queued (microtasks) are done, observed by
//! a `MessageChannel` task that runs right after them. A keystroke "blocks a frame" when that
//! exceeds 16 ms. It also prints the in-app search time alone.

use kindred_e2e::Browser;
use serde_json::json;

const TYPE: &str = "const done = arguments[arguments.length - 1];
  const q = document.getElementById('q'), text = 'peer support', busy = [];
  const channel = new MessageChannel();
  let i = 0, t0 = 0;
  channel.port1.onmessage = () => { busy.push(performance.now() - t0); setTimeout(next, 60); };
  function next() {
    if (i >= text.length) { done(busy); return; }
    q.value = text.slice(0, ++i);
    t0 = performance.now();
    q.dispatchEvent(new InputEvent('input', { bubbles: true, data: text[i - 1], inputType: 'insertText' }));
    channel.port2.postMessage(0);
  }
  next();";

fn stats(mut v: Vec<f64>) -> (f64, f64) {
    v.sort_by(f64::total_cmp);
    if v.is_empty() {
        (0.0, 0.0)
    } else {
        (v[v.len() / 2], v[v.len() - 1])
    }
}

#[test]
#[ignore = "benchmark: run with `cargo xtask bench`"]
fn typing_a_query_into_a_large_directory() {
    println!("\nin-browser: typing \"peer support\" (12 keys, 60 ms apart) into /directory, headless Chromium");
    println!("{:>7} {:>5} {:>17} {:>17} {:>12}", "N", "CPU", "busy/key p50", "busy/key max", "search p50");
    for n in [1_000, 10_000] {
        for rate in [1, 4] {
            let b = Browser::new();
            b.js("return 1");
            b.goto(&format!("/directory?synthetic={n}"));
            b.wait_for("synthetic directory", "return document.querySelectorAll('#results .card').length > 0");
            b.js("window.__kindredSearchMs = []; return 1");
            b.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": rate }));
            let busy: Vec<f64> = serde_json::from_value(b.js_async(TYPE)).unwrap_or_default();
            b.wait_for("the typed query", "return location.search.includes('q=peer+support')");
            let searches: Vec<f64> = serde_json::from_value(b.js("return window.__kindredSearchMs")).unwrap_or_default();
            let (p50, max) = stats(busy.clone());
            println!("{n:>7} {rate:>4}× {p50:>15.1}ms {max:>15.1}ms {:>10.2}ms", stats(searches).0);
            assert_eq!(busy.len(), 12, "every keystroke measured");
        }
    }
    println!("target: at 10k and 1× no keystroke keeps the main thread busy for a frame (16 ms)");
}
