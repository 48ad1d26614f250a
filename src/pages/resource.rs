//! `/directory/:id`: everything about one resource, with the source and verified date of each
//! fact, a way to report a problem, and a link back that keeps the filters.

use crate::router::href;
use leptos::prelude::*;

use kindred_core::model::{area_label, language_label, Resource, Schedule};
use kindred_core::query_codec::{encode, DirectoryQuery};
use kindred_core::schedule::describe_periods;

use crate::content::{REPORT_EMAIL, VERSION};
use crate::directory::card::hours_text;
use crate::directory::contacts::contacts_html;
use crate::pages::not_found::NotFound;
use crate::saved::button::SaveButton;
use crate::shell::page_meta;
use crate::shell::static_html::esc;
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

/// Everything about a listing below its title, as HTML.
fn details_html(r: &Resource, hours_detail: &str) -> String {
    let join = |items: Vec<&str>| esc(&items.join(", "));
    let mut html = format!(
        "<p class=\"card__meta\"><span class=\"tag\">{}</span>{}<span>Run by {}</span></p><p class=\"lead\">{}</p>\
         <section aria-labelledby=\"contact-title\"><h2 id=\"contact-title\">How to reach them</h2>{}</section>\
         <section aria-labelledby=\"hours-title\"><h2 id=\"hours-title\">Hours</h2><p class=\"card__hours\">{}</p><p>{}</p>",
        esc(r.kind.label()),
        if r.crisis { "<span class=\"tag tag--crisis\">For a crisis</span>" } else { "" },
        esc(r.organization),
        esc(r.description),
        contacts_html(r.contacts, true),
        esc(&hours_text(r, crate::browser::now_seconds())),
        esc(hours_detail),
    );
    if let Some(n) = r.hours.note {
        html.push_str(&format!("<p>{}</p>", esc(n)));
    }
    html.push_str(&format!(
        "<p class=\"contact__source\">Checked {} · <a href=\"{}\" rel=\"noopener noreferrer\" target=\"_blank\">source</a></p></section>",
        r.hours.verified,
        esc(r.hours.source)
    ));
    html.push_str("<section aria-labelledby=\"expect-title\"><h2 id=\"expect-title\">What to expect</h2><ul>");
    for w in r.what_to_expect {
        html.push_str(&format!("<li>{}</li>", esc(w)));
    }
    html.push_str("</ul></section><section aria-labelledby=\"details-title\"><h2 id=\"details-title\">Details</h2><dl class=\"details\">");
    let mut row = |term: &str, value: String| html.push_str(&format!("<dt>{term}</dt><dd>{value}</dd>"));
    row("Who answers", esc(r.answered_by.label()));
    row("Where", join(r.areas.iter().map(|a| area_label(a)).collect()));
    row("Languages", join(r.languages.iter().map(|l| language_label(l)).collect()));
    row("Cost", esc(r.cost.label()));
    if !r.audiences.is_empty() {
        row("Especially for", join(r.audiences.iter().map(|a| a.label()).collect()));
    }
    row("Topics", join(r.topics.iter().map(|t| t.label()).collect()));
    row("Status", esc(r.status.label()));
    html.push_str(&format!(
        "</dl></section><section class=\"report\" aria-labelledby=\"report-title\"><h2 id=\"report-title\">Something wrong?</h2>\
         <p>Numbers and hours change. If something here is out of date, <a href=\"{}\">report a problem with this listing</a>. \
         Your email app opens with the details filled in; nothing is sent until you send it.</p></section>",
        esc(&report_href(r))
    ));
    html
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
                <div inner_html=details_html(r, &hours_detail)></div>
            </article>
        }
        .into_any()
    }
}
