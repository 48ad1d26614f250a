//! Starts the app in the browser. Everything else lives in the library (`src/lib.rs`).

/// The allocator (see Cargo.toml's note on `talc`).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    kindred::start();
}
