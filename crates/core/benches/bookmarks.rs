//! Start-up cost of the saved list (printed figures): reading and parsing 200 saved items, and
//! writing them back. Budget: reading 200 under 1 ms.
//!
//! Run: `cargo bench -p kindred-core --bench bookmarks` (or `cargo xtask bench`).

use std::hint::black_box;
use std::time::Instant;

use kindred_core::bookmarks::{decode, encode, Item, ItemKind, Saved};

fn main() {
    let mut saved = Saved::default();
    for i in 0..200 {
        let mut item = Item::new(if i % 5 == 0 { ItemKind::Article } else { ItemKind::Resource }, &format!("region-service-name-{i}"));
        if i % 3 == 0 {
            item.note = "Call after 6pm; ask for the peer line. Bring my notes.".to_owned();
        }
        saved.add(item);
    }
    let raw = encode(&saved);
    let mut read = Vec::new();
    let mut write = Vec::new();
    for _ in 0..500 {
        let t = Instant::now();
        black_box(decode(Some(black_box(&raw))));
        read.push(t.elapsed().as_secs_f64() * 1e3);
        let t = Instant::now();
        black_box(encode(black_box(&saved)));
        write.push(t.elapsed().as_secs_f64() * 1e3);
    }
    read.sort_by(f64::total_cmp);
    write.sort_by(f64::total_cmp);
    println!(
        "saved list, 200 items ({} bytes): read+parse p50 {:.3} ms (p95 {:.3}); write p50 {:.3} ms; budget: read < 1 ms",
        raw.len(),
        read[250],
        read[475],
        write[250]
    );
}
