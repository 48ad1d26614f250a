//! Starts the app in the browser. Everything else lives in the library (`src/lib.rs`).
fn main() {
    kindred::start();
}
