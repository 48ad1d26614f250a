//! What every page shares.
//!
//! The crisis bar and the quick-exit button are static HTML in `index.html` (they show before
//! the wasm loads, without JavaScript, and after a panic); this module adds their behaviour and
//! the parts only the app can draw.

pub mod embed;
pub mod nav;
pub mod page_meta;
pub mod panic_screen;
pub mod perf;
pub mod pwa;
pub mod quick_exit;
pub mod static_html;
