//! The deployment's base path (`/`, or `/kindred/` for a sub-path build), for the few links that
//! are not router links: article HTML written at build time, and addresses people copy.

use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Base(pub &'static str);

impl Base {
    /// The base without its trailing slash, as the router takes it (`""` at the site root).
    pub fn router_base(self) -> &'static str {
        self.0.trim_end_matches('/')
    }

    /// An app path with the base prepended (`/learn` → `/kindred/learn`).
    pub fn href(self, path: &str) -> String {
        format!("{}{path}", self.router_base())
    }

    /// Build-time HTML with its root-relative links (`href="/…"`) moved under the base.
    pub fn rebase_html(self, html: &'static str) -> std::borrow::Cow<'static, str> {
        if self.router_base().is_empty() {
            html.into()
        } else {
            html.replace("href=\"/", &format!("href=\"{}/", self.router_base())).into()
        }
    }
}

pub fn use_base() -> Base {
    expect_context::<Base>()
}
