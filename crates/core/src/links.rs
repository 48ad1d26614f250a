//! Links for contact channels: `tel:`, `sms:` (with the keyword prefilled where the platform
//! allows), `mailto:`, WhatsApp's `https://wa.me/<number>` and web addresses. Pure, so the exact
//! strings are tested on the host.

use crate::model::{Contact, ContactType};

/// The dialable form of a number: digits, with a leading `+` or `*` kept (`*4141`, Chile's
/// suicide-prevention line, is dialled with the star).
pub fn dial_digits(number: &str) -> String {
    let prefix = number.trim_start().chars().next().filter(|c| matches!(c, '+' | '*'));
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    match prefix {
        Some(p) => format!("{p}{digits}"),
        None => digits,
    }
}

/// The `href` for a contact. `sms:` uses `?&body=` which both iOS and Android accept.
pub fn href(c: &Contact) -> String {
    match c.kind {
        ContactType::Call | ContactType::Tty => format!("tel:{}", dial_digits(c.value)),
        ContactType::Text => match c.keyword {
            Some(k) => format!("sms:{}?&body={}", dial_digits(c.value), crate::query_codec::encode(k).replace('+', "%20")),
            None => format!("sms:{}", dial_digits(c.value)),
        },
        ContactType::Email => format!("mailto:{}", c.value),
        // WhatsApp's own link for a chat with a number (international digits, no `+`).
        ContactType::WhatsApp => format!("https://wa.me/{}", dial_digits(c.value).trim_start_matches('+')),
        ContactType::Chat | ContactType::Video | ContactType::Website | ContactType::App => c.value.to_owned(),
    }
}

/// Whether following the link leaves the app for the web (and so needs a connection).
pub fn is_web(c: &Contact) -> bool {
    matches!(c.kind, ContactType::Chat | ContactType::Video | ContactType::Website | ContactType::App | ContactType::WhatsApp)
}

/// The number or address as plain text (shown beside every link, since some frames block
/// `tel:` and some people copy numbers by hand); a text keyword is added by the page's words
/// (`i18n::Strings::contact_plain`).
pub fn plain_text(c: &Contact) -> String {
    if is_web(c) && c.kind != ContactType::WhatsApp {
        c.value.trim_start_matches("https://").trim_end_matches('/').to_owned()
    } else {
        c.value.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;

    fn contact(kind: ContactType, value: &'static str, keyword: Option<&'static str>) -> Contact {
        Contact {
            kind,
            value,
            keyword,
            label: None,
            note: None,
            lang: None,
            source: "https://example.org/",
            verified: Date::new(2026, 1, 1),
            published: None,
        }
    }

    #[test]
    fn phone_and_text_links_are_well_formed() {
        assert_eq!(href(&contact(ContactType::Call, "(855) 845-7415", None)), "tel:8558457415");
        assert_eq!(href(&contact(ContactType::Call, "+64 9 522 2999", None)), "tel:+6495222999");
        assert_eq!(href(&contact(ContactType::Text, "741741", Some("HOME"))), "sms:741741?&body=HOME");
        assert_eq!(href(&contact(ContactType::Text, "0477 13 11 14", None)), "sms:0477131114");
        assert_eq!(href(&contact(ContactType::Email, "jo@samaritans.org", None)), "mailto:jo@samaritans.org");
        assert_eq!(plain_text(&contact(ContactType::Website, "https://www.befrienders.org/", None)), "www.befrienders.org");
        assert!(is_web(&contact(ContactType::Chat, "https://x.org", None)));
        // Chile's line is dialled with its star.
        assert_eq!(href(&contact(ContactType::Call, "*4141", None)), "tel:*4141");
        // A WhatsApp number opens WhatsApp's own link; the number shows as written.
        let whatsapp = contact(ContactType::WhatsApp, "+57 300 754 8933", None);
        assert_eq!(href(&whatsapp), "https://wa.me/573007548933");
        assert_eq!(plain_text(&whatsapp), "+57 300 754 8933");
        assert!(is_web(&whatsapp), "it needs a connection");
    }
}
