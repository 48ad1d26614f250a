//! Embed options for partner sites, in the embed URL beside the directory query:
//! `lock=region,kind` (those presets can't be changed by visitors), `accent=2f5d62` (a brand
//! colour, used only if it keeps text readable), `theme=light|dark`; and `lang=es`, which sends
//! the frame to the embed's Spanish address (`/es/embed/…`, what the builder writes).

use crate::lang::Lang;
use crate::query_codec::decode;
use crate::search::Facet;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Follow the visitor's device.
    #[default]
    Auto,
    Light,
    Dark,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct EmbedOptions {
    /// Facet groups whose preset values visitors can't change (bits by `Facet::index`).
    pub locked: u32,
    /// `rrggbb`, lower-case, already checked for contrast.
    pub accent: Option<String>,
    pub theme: Theme,
}

/// Relative luminance of an sRGB colour (WCAG 2.x).
fn luminance(hex: &str) -> Option<f64> {
    let channel = |i: usize| -> Option<f64> {
        let v = f64::from(u8::from_str_radix(hex.get(i..i + 2)?, 16).ok()?) / 255.0;
        Some(if v <= 0.04045 { v / 12.92 } else { ((v + 0.055) / 1.055).powf(2.4) })
    };
    Some(0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?)
}

/// WCAG contrast ratio between two `rrggbb` colours.
pub fn contrast(a: &str, b: &str) -> Option<f64> {
    let (la, lb) = (luminance(a)?, luminance(b)?);
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    Some((hi + 0.05) / (lo + 0.05))
}

/// An accent is used for white text on it and for links on white: it needs 4.5:1 against white.
pub fn valid_accent(value: &str) -> Option<String> {
    let hex = value.trim_start_matches('#').to_ascii_lowercase();
    (hex.len() == 6 && hex.bytes().all(|b| b.is_ascii_hexdigit()) && contrast(&hex, "ffffff")? >= 4.5).then_some(hex)
}

impl EmbedOptions {
    pub fn is_locked(&self, facet: Facet) -> bool {
        self.locked & (1 << facet.index()) != 0
    }

    /// Reads the embed keys of a query string; everything else is ignored.
    pub fn parse(query: &str) -> EmbedOptions {
        let mut o = EmbedOptions::default();
        for pair in query.trim_start_matches('?').split('&').take(64) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let Some(v) = decode(v) else { continue };
            match k {
                "lock" => {
                    for key in v.split(',') {
                        if let Some(f) = Facet::from_key(key) {
                            o.locked |= 1 << f.index();
                        }
                    }
                }
                "accent" => o.accent = valid_accent(&v),
                "theme" => {
                    o.theme = match v.as_str() {
                        "light" => Theme::Light,
                        "dark" => Theme::Dark,
                        _ => Theme::Auto,
                    }
                }
                _ => {}
            }
        }
        o
    }

    /// Canonical form (without `?`), empty when nothing is set.
    pub fn print(&self) -> String {
        let mut parts = Vec::new();
        let locked: Vec<&str> = Facet::ALL.into_iter().filter(|f| self.is_locked(*f)).map(Facet::key).collect();
        if !locked.is_empty() {
            parts.push(format!("lock={}", locked.join(",")));
        }
        if let Some(a) = &self.accent {
            parts.push(format!("accent={a}"));
        }
        match self.theme {
            Theme::Auto => {}
            Theme::Light => parts.push("theme=light".to_owned()),
            Theme::Dark => parts.push("theme=dark".to_owned()),
        }
        parts.join("&")
    }
}

/// For an English embed page asked for another language (`lang=es` in its query): the page's
/// address in that language, with the rest of the query kept. `page_there` names the page in that
/// language (an article's is its translation's); a page it has no answer for stays where it is.
pub fn language_address(page: &str, query: &str, page_there: impl FnOnce(&str) -> Option<String>) -> Option<String> {
    if !page.starts_with("/embed/") {
        return None;
    }
    let query = query.trim_start_matches('?');
    let pairs = query.split('&').filter(|p| !p.is_empty());
    let lang = pairs.clone().find_map(|p| p.strip_prefix("lang=")).and_then(Lang::from_code).filter(|l| *l != Lang::En)?;
    let there = page_there(page)?;
    let rest: Vec<&str> = pairs.filter(|p| !p.starts_with("lang=")).collect();
    let query = if rest.is_empty() { String::new() } else { format!("?{}", rest.join("&")) };
    Some(format!("{}{query}", lang.path(&there)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_embed_asked_for_spanish_goes_to_its_spanish_address() {
        let same = |p: &str| Some(p.to_owned());
        assert_eq!(
            language_address("/embed/directory", "?region=us&lang=es&lock=region", same).as_deref(),
            Some("/es/embed/directory?region=us&lock=region")
        );
        let translated = |p: &str| (p == "/embed/learn/a").then(|| "/embed/learn/b".to_owned());
        assert_eq!(language_address("/embed/learn/a", "?lang=es&theme=dark", translated).as_deref(), Some("/es/embed/learn/b?theme=dark"));
        assert_eq!(language_address("/embed/learn/c", "?lang=es", translated), None, "no translation: stays English");
        assert_eq!(language_address("/embed/directory", "?lang=en&q=x", same), None, "already English");
        assert_eq!(language_address("/embed/directory", "?lang=xx", same), None);
        assert_eq!(language_address("/directory", "?lang=es", same), None, "only embeds take a lang parameter");
    }

    #[test]
    fn parses_prints_and_validates() {
        let o = EmbedOptions::parse("?kind=warmline&lock=kind,region,nope&accent=%232F5D62&theme=dark&q=x");
        assert!(o.is_locked(Facet::Kind) && o.is_locked(Facet::Region) && !o.is_locked(Facet::Cost));
        assert_eq!(o.accent.as_deref(), Some("2f5d62"));
        assert_eq!(o.theme, Theme::Dark);
        assert_eq!(o.print(), "lock=region,kind&accent=2f5d62&theme=dark");
        assert_eq!(EmbedOptions::parse(&o.print()), o);
        // Too light to read on white, or not a colour at all: ignored.
        assert_eq!(valid_accent("ffff00"), None);
        assert_eq!(valid_accent("red"), None);
        assert_eq!(valid_accent("\"><script>"), None);
        assert!((contrast("000000", "ffffff").unwrap() - 21.0).abs() < 0.01);
    }
}
