//! Contact links: one tap to call, text (keyword prefilled) or chat, with the number or address
//! always visible as text too (some frames block `tel:`, and people copy numbers by hand).

use leptos::prelude::*;

use kindred_core::links;
use kindred_core::model::{Contact, ContactType};

use crate::i18n::use_strings;

fn class_of(c: &Contact) -> &'static str {
    match c.kind {
        ContactType::Call | ContactType::Tty => "contact contact--call",
        ContactType::Text => "contact contact--text",
        _ => "contact contact--web",
    }
}

/// One contact: the link, then whichever of these it has: the plain number or address, notes
/// and (on listing pages) its source. They are drawn as one list, so a part a contact doesn't
/// have leaves nothing behind (each absent optional part would cost the card a placeholder node).
#[component]
fn ContactItem(contact: &'static Contact, with_source: bool) -> impl IntoView {
    let t = use_strings();
    let dw = crate::i18n::directory_words();
    let web = links::is_web(contact);
    let (action, plain) = (t.contact_action(contact), t.contact_plain(contact));
    // The number or address as text, unless the link already reads it out.
    let plain = (!action.contains(&plain)).then(|| view! { <span class="contact__plain">{plain}</span> }.into_any());
    let needs_connection = web.then(|| view! { <span class="contact__note">{dw.needs_connection}</span> }.into_any());
    let note = contact.note.map(|n| view! { <span class="contact__note">{n}</span> }.into_any());
    let source = with_source
        .then(|| view! { <Checked verified=contact.verified.to_string() source=contact.source published=contact.published/> }.into_any());
    let extras: Vec<AnyView> = [plain, needs_connection, note, source].into_iter().flatten().collect();
    view! {
        <li class=class_of(contact)>
            <a class="contact__link" href=links::href(contact)
                target=web.then_some("_blank") rel=web.then_some("noopener noreferrer")>{action}</a>
            {extras}
        </li>
    }
}

/// "Checked 2026-11-25 · source from 2017", for a fact's provenance: when an editor read the
/// page, and how old the page itself is where it shows a date (`verified` alone would hide it).
#[component]
pub fn Checked(verified: String, source: &'static str, published: Option<u16>) -> impl IntoView {
    let dw = crate::i18n::directory_words();
    let link = match published {
        Some(year) => (dw.source_from)(year),
        None => dw.source.to_owned(),
    };
    view! {
        <span class="contact__source">{dw.checked}" "{verified}" · "
            <a href=source rel="noopener noreferrer" target="_blank">{link}</a>
        </span>
    }
}

#[component]
pub fn Contacts(contacts: &'static [Contact], #[prop(optional)] with_sources: bool) -> impl IntoView {
    view! {
        <ul class="contacts">
            {contacts.iter().map(|contact| view! { <ContactItem contact with_source=with_sources/> }).collect_view()}
        </ul>
    }
}
