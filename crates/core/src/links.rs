//! Links for contact channels: `tel:`, `sms:` (with the keyword prefilled where the platform
//! allows), `mailto:` and web addresses. Pure, so the exact strings are tested on the host.

use crate::lang::Lang;
use crate::model::{Contact, ContactType};

/// The dialable form of a number: digits, with a leading `+` kept.
pub fn dial_digits(number: &str) -> String {
    let plus = number.trim_start().starts_with('+');
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    if plus {
        format!("+{digits}")
    } else {
        digits
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
        ContactType::Chat | ContactType::Video | ContactType::Website | ContactType::App => c.value.to_owned(),
    }
}

/// Whether following the link leaves the app for the web (and so needs a connection).
pub fn is_web(c: &Contact) -> bool {
    matches!(c.kind, ContactType::Chat | ContactType::Video | ContactType::Website | ContactType::App)
}

/// The visible action text in a language, e.g. "Call 988", "Text HOME to 741741", "Chat online";
/// "Llama al 988", "Envía HOME al 741741", "Chatea en línea". A contact's own label wins (the
/// Spanish bundle carries Spanish labels).
pub fn action_text(c: &Contact, lang: Lang) -> String {
    if let Some(label) = c.label {
        return label.to_owned();
    }
    let v = c.value;
    match (lang, c.kind) {
        (Lang::En, ContactType::Call) => format!("Call {v}"),
        (Lang::Es, ContactType::Call) => format!("Llama al {v}"),
        (_, ContactType::Tty) => format!("TTY {v}"),
        (Lang::En, ContactType::Text) => match c.keyword {
            Some(k) => format!("Text {k} to {v}"),
            None => format!("Text {v}"),
        },
        (Lang::Es, ContactType::Text) => match c.keyword {
            Some(k) => format!("Envía {k} al {v}"),
            None => format!("Envía un mensaje al {v}"),
        },
        (Lang::En, ContactType::Email) => format!("Email {v}"),
        (Lang::Es, ContactType::Email) => format!("Escribe a {v}"),
        (Lang::En, ContactType::Chat) => "Chat online".to_owned(),
        (Lang::Es, ContactType::Chat) => "Chatea en línea".to_owned(),
        (Lang::En, ContactType::Video) => "Video call".to_owned(),
        (Lang::Es, ContactType::Video) => "Videollamada".to_owned(),
        (Lang::En, ContactType::Website) => "Website".to_owned(),
        (Lang::Es, ContactType::Website) => "Sitio web".to_owned(),
        (Lang::En, ContactType::App) => "Get the app".to_owned(),
        (Lang::Es, ContactType::App) => "Descarga la app".to_owned(),
    }
}

/// The number or address as plain text (shown beside every link, since some frames block
/// `tel:` and some people copy numbers by hand).
pub fn plain_text(c: &Contact, lang: Lang) -> String {
    match (c.kind, c.keyword) {
        (ContactType::Text, Some(k)) => match lang {
            Lang::En => format!("{k} to {}", c.value),
            Lang::Es => format!("{k} al {}", c.value),
        },
        (ContactType::Website | ContactType::Chat | ContactType::Video | ContactType::App, _) => {
            c.value.trim_start_matches("https://").trim_end_matches('/').to_owned()
        }
        _ => c.value.to_owned(),
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
        }
    }

    #[test]
    fn phone_and_text_links_are_well_formed() {
        assert_eq!(href(&contact(ContactType::Call, "(855) 845-7415", None)), "tel:8558457415");
        assert_eq!(href(&contact(ContactType::Call, "+64 9 522 2999", None)), "tel:+6495222999");
        assert_eq!(href(&contact(ContactType::Text, "741741", Some("HOME"))), "sms:741741?&body=HOME");
        assert_eq!(href(&contact(ContactType::Text, "0477 13 11 14", None)), "sms:0477131114");
        assert_eq!(href(&contact(ContactType::Email, "jo@samaritans.org", None)), "mailto:jo@samaritans.org");
        assert_eq!(plain_text(&contact(ContactType::Website, "https://www.befrienders.org/", None), Lang::En), "www.befrienders.org");
        assert!(is_web(&contact(ContactType::Chat, "https://x.org", None)));
    }

    #[test]
    fn action_text_is_in_the_page_language_unless_the_contact_has_its_own_label() {
        let text = contact(ContactType::Text, "741741", Some("HOLA"));
        assert_eq!(action_text(&text, Lang::En), "Text HOLA to 741741");
        assert_eq!(action_text(&text, Lang::Es), "Envía HOLA al 741741");
        assert_eq!(plain_text(&text, Lang::Es), "HOLA al 741741");
        assert_eq!(action_text(&contact(ContactType::Call, "988", None), Lang::Es), "Llama al 988");
        assert_eq!(action_text(&contact(ContactType::Chat, "https://x.org", None), Lang::Es), "Chatea en línea");
        let labelled = Contact { label: Some("Llama y oprime 2"), ..contact(ContactType::Call, "988", None) };
        assert_eq!(action_text(&labelled, Lang::En), "Llama y oprime 2");
    }
}
