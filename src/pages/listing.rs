//! `/directory/:id`: everything about one listing, with the source and verified date of each
//! fact, a way to report a problem, and a link back that keeps the filters.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_params_map};

use kindred_core::bookmarks::ItemKind;
use kindred_core::model::Resource;
use kindred_core::query_codec::{decode, encode, DirectoryQuery};
use kindred_core::route::Route;

use crate::content::{REPORT_EMAIL, VERSION};
use crate::directory::contacts::{Checked, Contacts};
use crate::directory::guide::GuideLink;
use crate::directory::hours::{weekly_text, HoursLine};
use crate::i18n::use_strings;
use crate::pages::not_found::NotFound;
use crate::saved::SaveButton;
use crate::shell::base::Link;
use crate::shell::client::use_client;
use crate::shell::emergency::EmergencyNote;
use crate::shell::page_meta::PageMeta;

fn report_href(r: &Resource) -> String {
    let subject = format!("Problem with listing {}", r.id);
    let body = format!(
        "Listing: {} ({})\nField (e.g. phone number, hours, website): \nWhat is wrong: \nWhere you saw the right information (optional): \n\nKindred version {VERSION}",
        r.name, r.id
    );
    format!("mailto:{REPORT_EMAIL}?subject={}&body={}", encode(&subject).replace('+', "%20"), encode(&body).replace('+', "%20"))
}

/// The directory view to return to, from `?from=<encoded query>`, re-printed canonically so
/// nothing but a valid directory query can come back out of it.
fn from_param(search: &str) -> String {
    search.split('&').find_map(|p| p.strip_prefix("from=")).and_then(decode).map(|f| DirectoryQuery::parse(&f).print()).unwrap_or_default()
}

#[component]
pub fn ListingPage() -> impl IntoView {
    let params = use_params_map();
    let content = crate::content::use_content();
    move || match params.with(|p| p.get("id")).and_then(|id| content.listing(&id)) {
        Some(r) => view! { <ListingView listing=r/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}

#[component]
fn ListingView(listing: &'static Resource) -> impl IntoView {
    let base = crate::shell::base::use_base();
    let t = use_strings();
    let dw = crate::i18n::directory_words();
    let d = crate::i18n::listing_words();
    let r = listing;
    let client = use_client();
    let search = use_location().search;
    // The prerendered page links back to the whole directory; once running, to the view it came from.
    let back = move || Link::to(Route::Directory).query(if client.ready.get() { search.with(|s| from_param(s)) } else { String::new() });
    let join = |items: Vec<&str>| items.join(", ");
    let rows: Vec<(&'static str, String)> = [
        Some((d.who_answers, t.label(r.answered_by).to_owned())),
        Some((d.where_, join(r.areas.iter().map(|a| t.area(a)).collect()))),
        Some((d.languages, join(r.languages.iter().map(|l| t.language(l)).collect()))),
        Some((d.cost, t.label(r.cost).to_owned())),
        (!r.audiences.is_empty()).then(|| (d.especially_for, join(r.audiences.iter().map(|a| t.label(*a)).collect()))),
        Some((d.topics, join(r.topics.iter().map(|x| t.label(*x)).collect()))),
        Some((d.status, t.label(r.status).to_owned())),
    ]
    .into_iter()
    .flatten()
    .collect();
    view! {
        <PageMeta title=r.name description=r.description/>
        <article class="wrap narrow resource">
            <p class="breadcrumb"><A href=move || base.link(back())>{d.back}</A></p>
            <h1 id="page-title">{r.name}</h1>
            {r.crisis.then(|| view! { <EmergencyNote/> })}
            <SaveButton kind=ItemKind::Resource id=r.id name=r.name/>
            <p class="card__meta">
                <span class="tag">{t.label(r.kind)}</span>
                {r.crisis.then(|| view! { <span class="tag tag--crisis">{dw.for_a_crisis}</span> })}
                <span>{(d.run_by)(r.organization)}</span>
            </p>
            <p class="lead">{r.description}</p>
            {r.caution.map(|c| view! {
                <section class="callout caution" aria-labelledby="caution-title">
                    <h2 id="caution-title">{d.caution_title}</h2>
                    <p>{c.text}</p>
                    <p><Checked verified=c.verified.to_string() source=c.source published=c.published/></p>
                </section>
            })}
            <GuideLink kind=r.kind/>
            <section aria-labelledby="contact-title">
                <h2 id="contact-title">{d.how_to_reach}</h2>
                <Contacts contacts=r.contacts with_sources=true/>
            </section>
            <section aria-labelledby="hours-title">
                <h2 id="hours-title">{d.hours}</h2>
                <HoursLine listing=r/>
                <p>{weekly_text(dw, r)}</p>
                {r.hours.note.map(|n| view! { <p>{n}</p> })}
                <p><Checked verified=r.hours.verified.to_string() source=r.hours.source published=r.hours.published/></p>
            </section>
            <section aria-labelledby="expect-title">
                <h2 id="expect-title">{d.what_to_expect}</h2>
                <ul>{r.what_to_expect.iter().map(|w| view! { <li>{*w}</li> }).collect_view()}</ul>
            </section>
            <section aria-labelledby="details-title">
                <h2 id="details-title">{d.details}</h2>
                <dl class="details">
                    {rows.into_iter().map(|(term, value)| view! { <dt>{term}</dt><dd>{value}</dd> }).collect_view()}
                </dl>
            </section>
            <section class="report" aria-labelledby="report-title">
                <h2 id="report-title">{d.report_title}</h2>
                <p>{d.report_before}" "<a href=report_href(r)>{d.report_link}</a>". "{d.report_after}</p>
            </section>
        </article>
    }
}
