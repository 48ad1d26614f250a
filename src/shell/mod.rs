//! What every page shares: the safety bar (quick exit, crisis line), header, footer, notices,
//! page metadata, embed chrome, and the contexts only the browser fills in (client, PWA).

pub mod base;
pub mod client;
pub mod download;
pub mod embed;
pub mod emergency;
pub mod language;
pub mod nav;
pub mod notice;
pub mod page_meta;
pub mod panic_screen;
#[cfg(feature = "bench")]
pub mod perf;
pub mod pwa;
pub mod quick_exit;
pub mod region;
pub mod safety_bar;
