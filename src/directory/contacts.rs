//! Contact links: one tap to call, text (keyword prefilled) or chat, with the number or address
//! always visible as text too (some frames block `tel:`, and people copy numbers by hand).

use kindred_core::links;
use kindred_core::model::{Contact, ContactType};

use crate::shell::static_html::esc;

/// The contact list as HTML.
pub fn contacts_html(contacts: &[Contact], with_sources: bool) -> String {
    let mut html = String::from("<ul class=\"contacts\">");
    for c in contacts {
        let web = links::is_web(c);
        let class = match c.kind {
            ContactType::Call | ContactType::Tty => "contact contact--call",
            ContactType::Text => "contact contact--text",
            _ => "contact contact--web",
        };
        let target = if web { " target=\"_blank\" rel=\"noopener noreferrer\"" } else { "" };
        let (action, plain) = (links::action_text(c), links::plain_text(c));
        html.push_str(&format!(
            "<li class=\"{class}\"><a class=\"contact__link\" href=\"{}\"{target}>{}</a>",
            esc(&links::href(c)),
            esc(&action)
        ));
        // The number or address as text, unless the link already reads it out.
        if !action.contains(&plain) {
            html.push_str(&format!("<span class=\"contact__plain\">{}</span>", esc(&plain)));
        }
        if web {
            html.push_str("<span class=\"contact__note\">Needs an internet connection</span>");
        }
        if let Some(n) = c.note {
            html.push_str(&format!("<span class=\"contact__note\">{}</span>", esc(n)));
        }
        if with_sources {
            html.push_str(&format!(
                "<span class=\"contact__source\">Checked {} · <a href=\"{}\" rel=\"noopener noreferrer\" target=\"_blank\">source</a></span>",
                c.verified,
                esc(c.source)
            ));
        }
        html.push_str("</li>");
    }
    html.push_str("</ul>");
    html
}
