//! Text folding for search: lower-case, accents removed, split into words. "Māori" and "maori",
//! "LGBTQ+" and "lgbtq", "peer-run" and "peer run" all compare equal after folding, and so do
//! Spanish "Línea", "LINEA" and "linea", or "niño" and "nino" (ñ folds to n, so either spelling
//! finds the other). Only the words compared are folded: what a person reads is never changed.

/// Folds one character: lower-case and without accents. Returns `None` for separators.
fn fold_char(c: char) -> Option<char> {
    if c.is_ascii_alphanumeric() {
        return Some(c.to_ascii_lowercase());
    }
    if c.is_ascii() {
        return None;
    }
    let lower = c.to_lowercase().next().unwrap_or(c);
    let base = match lower {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'æ' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' | 'ð' => 'd',
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ì'..='ï' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ś' | 'š' | 'ş' | 'ß' => 's',
        'ť' | 'ţ' => 't',
        'ù'..='ü' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        'ł' => 'l',
        '\u{2019}' | '\u{2018}' => return None,
        c if c.is_alphanumeric() => c,
        _ => return None,
    };
    Some(base)
}

/// Combining diacritical marks (U+0300–U+036F), as in decomposed (NFD) text.
fn is_combining_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// Whether `text` ends inside a word, i.e. its last word may still be being typed (no space or
/// punctuation after it).
pub fn ends_in_word(text: &str) -> bool {
    text.chars().rev().find(|&c| !is_combining_mark(c)).is_some_and(|c| fold_char(c).is_some())
}

/// Splits `text` into folded words and calls `f` with each.
pub fn for_each_word(text: &str, mut f: impl FnMut(&str)) {
    let mut word = String::new();
    for c in text.chars() {
        // Apostrophes inside words ("don't") join rather than split, and so do combining accents
        // (a decomposed "nin\u{303}o" is "nino", as the composed "niño" is).
        if c == '\'' || c == '\u{2019}' || is_combining_mark(c) {
            continue;
        }
        match fold_char(c) {
            Some(c) => word.push(c),
            None if !word.is_empty() => {
                f(&word);
                word.clear();
            }
            None => {}
        }
    }
    if !word.is_empty() {
        f(&word);
    }
}

/// The folded words of `text`.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_word(text, |w| out.push(w.to_owned()));
    out
}

/// Folds a whole string for sorting (words joined by single spaces).
pub fn sort_key(text: &str) -> String {
    words(text).join(" ")
}

/// Escapes text for HTML text and attribute values (used by the build-time Markdown renderer
/// and by the app's HTML-string views).
pub fn escape_html(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// Optimal-string-alignment distance (Levenshtein plus adjacent swaps), giving up past `max`.
pub fn edit_distance_within(a: &[u8], b: &[u8], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let n = b.len();
    let mut prev2 = vec![0usize; n + 1];
    let mut prev: Vec<usize> = (0..=n).collect();
    let mut cur = vec![0usize; n + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=n {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    (prev[n] <= max).then_some(prev[n])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_punctuation() {
        assert_eq!(words("Māori  LGBTQ+ peer-run Café"), ["maori", "lgbtq", "peer", "run", "cafe"]);
        assert_eq!(words("Don't panic — 9-8-8"), ["dont", "panic", "9", "8", "8"]);
        assert_eq!(words("   "), Vec::<String>::new());
        assert_eq!(sort_key("  The  Trevor Project"), "the trevor project");
    }

    #[test]
    fn folds_spanish_accents_and_enye() {
        assert_eq!(words("¿Línea de crisis? ¡Sí!"), ["linea", "de", "crisis", "si"]);
        assert_eq!(words("á é í ó ú ü Á É Í Ó Ú Ü"), ["a", "e", "i", "o", "u", "u", "a", "e", "i", "o", "u", "u"]);
        assert_eq!(words("Depresión PINGÜINO"), ["depresion", "pinguino"]);
        // ñ matches loosely: "niño" and "nino" fold alike, whichever side has the tilde.
        assert_eq!(words("niño Niños ÑANDÚ"), ["nino", "ninos", "nandu"]);
        assert_eq!(words("niño"), words("nino"));
        // Decomposed accents (NFD, as some keyboards and pastes give) fold the same.
        assert_eq!(words("nin\u{303}o li\u{301}nea"), ["nino", "linea"]);
    }

    #[test]
    fn whether_the_last_word_is_still_being_typed() {
        assert!(ends_in_word("linea de"));
        assert!(ends_in_word("compañí"));
        assert!(ends_in_word("compan\u{303}"));
        assert!(!ends_in_word("linea de "));
        assert!(!ends_in_word("linea de,"));
        assert!(!ends_in_word(""));
    }

    #[test]
    fn escapes_everything_that_could_become_markup() {
        let mut out = String::new();
        escape_html(r#"<img src=x onerror="alert('1')"> & done"#, &mut out);
        assert_eq!(out, "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; done");
    }

    #[test]
    fn edit_distance() {
        assert_eq!(edit_distance_within(b"warmline", b"warmlnie", 1), Some(1));
        assert_eq!(edit_distance_within(b"veteran", b"vetran", 1), Some(1));
        assert_eq!(edit_distance_within(b"samaritans", b"smaritan", 1), None);
        assert_eq!(edit_distance_within(b"samaritans", b"smaritan", 2), Some(2));
        assert_eq!(edit_distance_within(b"abc", b"abc", 0), Some(0));
    }
}
