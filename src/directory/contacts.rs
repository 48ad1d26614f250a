//! Contact links: one tap to call, text (keyword prefilled) or chat, with the number always
//! visible as text too.

use kindred_core::links;
use kindred_core::model::{Contact, ContactType};
use leptos::prelude::*;

#[component]
pub fn ContactLinks(contacts: &'static [Contact], #[prop(optional)] with_sources: bool) -> impl IntoView {
    view! {
        <ul class="contacts">
            {contacts.iter().map(|c| {
                let web = links::is_web(c);
                let class = match c.kind {
                    ContactType::Call | ContactType::Tty => "contact contact--call",
                    ContactType::Text => "contact contact--text",
                    _ => "contact contact--web",
                };
                let (target, rel) = if web { (Some("_blank"), Some("noopener noreferrer")) } else { (None, None) };
                view! {
                    <li class=class>
                        <a class="contact__link" href=links::href(c) target=target rel=rel>
                            {links::action_text(c)}
                        </a>
                        {(c.label.is_some() || web).then(|| view! { <span class="contact__plain">{links::plain_text(c)}</span> })}
                        {web.then(|| view! { <span class="contact__note">"Needs an internet connection"</span> })}
                        {c.note.map(|n| view! { <span class="contact__note">{n}</span> })}
                        {with_sources.then(|| view! {
                            <span class="contact__source">
                                "Checked " {c.verified.to_string()} " · "
                                <a href=c.source rel="noopener noreferrer" target="_blank">"source"</a>
                            </span>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
