//! `/directory/:id`: everything about one resource, with the source and verified date of each
//! fact, a way to report a problem, and a link back that keeps the filters.

use crate::router::href;
use leptos::prelude::*;

use kindred_core::model::{area_label, language_label, Resource, Schedule};
use kindred_core::query_codec::{encode, DirectoryQuery};
use kindred_core::schedule::describe_periods;

use crate::content::{REPORT_EMAIL, VERSION};
use crate::directory::card::hours_text;
use crate::directory::contacts::ContactLinks;
use crate::pages::not_found::NotFound;
use crate::saved::button::SaveButton;
use crate::shell::page_meta;
use kindred_core::bookmarks::ItemKind;

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
    search
        .split('&')
        .find_map(|p| p.strip_prefix("from="))
        .and_then(kindred_core::query_codec::decode)
        .map(|f| DirectoryQuery::parse(&f).print())
        .unwrap_or_default()
}

#[component]
pub fn ResourcePage(id: String) -> impl IntoView {
    let location = crate::router::location();
    move || {
        let Some(r) = crate::content::resource(&id) else { return NotFound().into_any() };
        page_meta::set(r.name, r.description);
        let from = location.with(|l| from_param(&l.search));
        let back = if from.is_empty() { "/directory".to_owned() } else { format!("/directory?{from}") };
        let hours_detail = match r.hours.schedule {
            Schedule::Always => "24 hours a day, 7 days a week".to_owned(),
            Schedule::Varies => "Times vary".to_owned(),
            Schedule::Weekly { zone, periods } => {
                format!("{} ({})", describe_periods(periods), kindred_core::schedule::short_zone(zone.zone().name))
            }
        };
        view! {
            <article class="wrap narrow resource">
                <p class="breadcrumb"><a href=href(&back)>"← Back to results"</a></p>
                <h1 id="page-title">{r.name}</h1>
                <SaveButton kind=ItemKind::Resource id=r.id name=r.name/>
                <p class="card__meta">
                    <span class="tag">{r.kind.label()}</span>
                    {r.crisis.then(|| view! { <span class="tag tag--crisis">"For a crisis"</span> })}
                    <span>"Run by " {r.organization}</span>
                </p>
                <p class="lead">{r.description}</p>

                <section aria-labelledby="contact-title">
                    <h2 id="contact-title">"How to reach them"</h2>
                    <ContactLinks contacts=r.contacts with_sources=true/>
                </section>

                <section aria-labelledby="hours-title">
                    <h2 id="hours-title">"Hours"</h2>
                    <p class="card__hours">{hours_text(r, crate::browser::now_seconds())}</p>
                    <p>{hours_detail}</p>
                    {r.hours.note.map(|n| view! { <p>{n}</p> })}
                    <p class="contact__source">
                        "Checked " {r.hours.verified.to_string()} " · "
                        <a href=r.hours.source rel="noopener noreferrer" target="_blank">"source"</a>
                    </p>
                </section>

                <section aria-labelledby="expect-title">
                    <h2 id="expect-title">"What to expect"</h2>
                    <ul>{r.what_to_expect.iter().map(|w| view! { <li>{*w}</li> }).collect_view()}</ul>
                </section>

                <section aria-labelledby="details-title">
                    <h2 id="details-title">"Details"</h2>
                    <dl class="details">
                        <dt>"Who answers"</dt><dd>{r.answered_by.label()}</dd>
                        <dt>"Where"</dt><dd>{r.areas.iter().map(|a| area_label(a)).collect::<Vec<_>>().join(", ")}</dd>
                        <dt>"Languages"</dt><dd>{r.languages.iter().map(|l| language_label(l)).collect::<Vec<_>>().join(", ")}</dd>
                        <dt>"Cost"</dt><dd>{r.cost.label()}</dd>
                        {(!r.audiences.is_empty()).then(|| view! {
                            <dt>"Especially for"</dt><dd>{r.audiences.iter().map(|a| a.label()).collect::<Vec<_>>().join(", ")}</dd>
                        })}
                        <dt>"Topics"</dt><dd>{r.topics.iter().map(|t| t.label()).collect::<Vec<_>>().join(", ")}</dd>
                        <dt>"Status"</dt><dd>{r.status.label()}</dd>
                    </dl>
                </section>

                <section class="report" aria-labelledby="report-title">
                    <h2 id="report-title">"Something wrong?"</h2>
                    <p>
                        "Numbers and hours change. If something here is out of date, "
                        <a href=report_href(r)>"report a problem with this listing"</a>
                        ". Your email app opens with the details filled in; nothing is sent until you send it."
                    </p>
                </section>
            </article>
        }
        .into_any()
    }
}
