//! Search-engine benchmark with printed figures: per-keystroke filter + rank + facet counts on
//! synthetic directories of 1k, 10k and 100k resources (`kindred_core::synth`), as a person
//! types "peer support" (12 characters) one key at a time, with and without facets selected.
//! Reports medians and 95th percentiles; machines here are noisy, so compare ratios.
//!
//! Run: `cargo bench -p kindred-core --bench search` (or `cargo xtask bench`). For the figures at
//! the wasm's size-first optimisation: `CARGO_PROFILE_BENCH_OPT_LEVEL=z cargo bench …`.

use std::hint::black_box;
use std::time::Instant;

use kindred_core::model::{ContactType, Kind};
use kindred_core::search::{Facet, Index, Search};

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    let typed = "peer support";
    println!(
        "kindred-core search benchmark: typing {typed:?} ({} keystrokes), host, bench profile (opt-level 3; the shipped wasm is \"z\")",
        typed.len()
    );
    println!(
        "{:>7} {:>9} {:>9} {:>11} {:>11} {:>11} {:>11}",
        "N", "index ms", "tokens", "text p50", "text p95", "facets p50", "facets p95"
    );
    for n in [1_000usize, 10_000, 100_000] {
        let data = kindred_core::synth::directory(n, 42);
        let t = Instant::now();
        let mut index = Index::new(&data);
        let build_ms = t.elapsed().as_secs_f64() * 1e3;
        index.set_open_now(&data, 1_764_000_000);
        let rounds = if n >= 100_000 { 15 } else { 60 };
        let run = |selected: [u32; 9]| {
            let mut times = Vec::new();
            for _ in 0..rounds {
                for end in 1..=typed.len() {
                    let t = Instant::now();
                    let r = index.search(&Search { text: &typed[..end], selected, ..Default::default() });
                    black_box(r.ids.len());
                    times.push(t.elapsed().as_secs_f64() * 1e3);
                }
            }
            times.sort_by(f64::total_cmp);
            (percentile(&times, 0.5), percentile(&times, 0.95))
        };
        let (t50, t95) = run([0; 9]);
        let mut selected = [0u32; 9];
        selected[Facet::Kind.index()] = 1 << Kind::Warmline.index() | 1 << Kind::PeerRunGroup.index();
        selected[Facet::Contact.index()] = 1 << ContactType::Text.index() | 1 << ContactType::Call.index();
        selected[Facet::OpenNow.index()] = 1;
        let (f50, f95) = run(selected);
        println!("{n:>7} {build_ms:>9.1} {:>9} {:>9.3}ms {:>9.3}ms {:>9.3}ms {:>9.3}ms", index.token_count(), t50, t95, f50, f95);
    }
    println!("targets: per keystroke at 10k <= 0.5 ms, at 100k <= 3 ms (host)");
}
