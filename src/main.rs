//! Mounts the app. Everything else lives in the library (`src/lib.rs`).
fn main() {
    kindred::mount();
}
