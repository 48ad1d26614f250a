//! The site's languages: English at the site's root, Spanish under `/es/`. A page's language is
//! in its URL, so every page can be shared, bookmarked and prerendered in either language; the
//! person's choice is remembered on the device (under [`CHOICE_KEY`]) and the browser's language
//! only ever suggests one.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    En,
    Es,
}

/// Where the person's choice of language is kept on the device.
pub const CHOICE_KEY: &str = "kindred.lang";

impl Lang {
    /// The vocabulary: value, BCP 47 code, path prefix, its name in itself. The only place these
    /// are written.
    const TABLE: [(Lang, &'static str, &'static str, &'static str); 2] =
        [(Lang::En, "en", "", "English"), (Lang::Es, "es", "/es", "Español")];

    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    pub const fn code(self) -> &'static str {
        Lang::TABLE[self as usize].1
    }

    /// What comes before a page's path in this language (`""`, `/es`).
    pub const fn prefix(self) -> &'static str {
        Lang::TABLE[self as usize].2
    }

    /// The language's name in itself, for the switch.
    pub const fn own_name(self) -> &'static str {
        Lang::TABLE[self as usize].3
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::TABLE.iter().find(|(_, c, _, _)| *c == code).map(|(l, _, _, _)| *l)
    }

    /// Splits an app path (after the deployment's base) into its language and the page's path:
    /// `/es/learn/x` → (Es, `/learn/x`), `/es` → (Es, `/`), `/espacio` → (En, `/espacio`).
    pub fn split(path: &str) -> (Lang, &str) {
        for (lang, _, prefix, _) in Lang::TABLE {
            if prefix.is_empty() {
                continue;
            }
            if let Some(rest) = path.strip_prefix(prefix) {
                if rest.is_empty() || rest.starts_with(['/', '?', '#']) {
                    return (lang, if rest.is_empty() || rest.starts_with(['?', '#']) { "/" } else { rest });
                }
            }
        }
        (Lang::En, if path.is_empty() { "/" } else { path })
    }

    /// A page's path in this language: `/learn` → `/es/learn`, `/` → `/es/`.
    pub fn path(self, page: &str) -> String {
        match (self.prefix(), page) {
            ("", _) => page.to_owned(),
            (prefix, "/") => format!("{prefix}/"),
            (prefix, page) => format!("{prefix}{page}"),
        }
    }

    /// The first of the browser's languages (`navigator.languages`, most preferred first) that
    /// the site has, if any: `es-MX` → Es.
    pub fn preferred<'a>(languages: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        languages.into_iter().find_map(|tag| Lang::from_code(&tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase()))
    }

    /// A stored choice (anything else reads as no choice).
    pub fn decode_choice(raw: Option<&str>) -> Option<Lang> {
        raw.and_then(Lang::from_code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_names_its_language_and_page() {
        assert_eq!(Lang::split("/es/learn/x"), (Lang::Es, "/learn/x"));
        assert_eq!(Lang::split("/es"), (Lang::Es, "/"));
        assert_eq!(Lang::split("/es/"), (Lang::Es, "/"));
        assert_eq!(Lang::split("/es?q=1"), (Lang::Es, "/"));
        assert_eq!(Lang::split("/espacio"), (Lang::En, "/espacio"));
        assert_eq!(Lang::split("/directory"), (Lang::En, "/directory"));
        assert_eq!(Lang::split(""), (Lang::En, "/"));
        for lang in Lang::ALL {
            for page in ["/", "/directory", "/learn/a-b"] {
                assert_eq!(Lang::split(&lang.path(page)), (lang, page));
            }
        }
    }

    #[test]
    fn the_browser_language_suggests_and_a_choice_is_read_back() {
        assert_eq!(Lang::preferred(["fr-FR", "es-MX", "en"]), Some(Lang::Es));
        assert_eq!(Lang::preferred(["en-GB"]), Some(Lang::En));
        assert_eq!(Lang::preferred(["ES"]), Some(Lang::Es));
        assert_eq!(Lang::preferred(["de", "fr"]), None);
        assert_eq!(Lang::decode_choice(Some("es")), Some(Lang::Es));
        assert_eq!(Lang::decode_choice(Some("klingon")), None);
        assert_eq!(Lang::decode_choice(None), None);
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
    }
}
