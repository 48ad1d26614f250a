//! `/embed`: "Add Kindred to your site". A partner picks presets, sees a live preview, and copies
//! a snippet: the iframe with the recommended sandbox, plus the optional resize script.

use leptos::prelude::*;

use kindred_core::embed::{valid_accent, EmbedOptions, Theme};
use kindred_core::lang::Lang;
use kindred_core::model::{Audience, Kind, Region, Vocabulary};

use crate::i18n::Named;
use kindred_core::query_codec::DirectoryQuery;
use kindred_core::route::Route;
use kindred_core::search::Facet;

use crate::i18n::use_strings;
use crate::shell::base::{use_base, Link};
use crate::shell::client::use_client;
use crate::shell::page_meta::PageMeta;

const SANDBOX: &str = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation";

/// A select of one vocabulary, with "Any" first.
#[component]
fn VocabularySelect<T: Vocabulary + Named + Send + Sync + 'static>(
    label: &'static str,
    id: &'static str,
    all: &'static [T],
    value: RwSignal<String>,
) -> impl IntoView {
    let t = use_strings();
    let bw = crate::i18n::builder_words();
    view! {
        <p class="field">
            <label for=id>{label}</label>
            <select id=id on:change=move |ev| value.set(event_target_value(&ev))>
                <option value="">{bw.any}</option>
                {all.iter().map(|v| view! { <option value=v.slug()>{t.label(*v)}</option> }).collect_view()}
            </select>
        </p>
    }
}

#[component]
pub fn EmbedBuilder() -> impl IntoView {
    let b = crate::i18n::builder_words();
    let base = use_base();
    let client = use_client();
    let region = RwSignal::new(String::new());
    let kind = RwSignal::new(String::new());
    let audience = RwSignal::new(String::new());
    let lock = RwSignal::new(false);
    let accent = RwSignal::new(String::new());
    let theme = RwSignal::new(String::new());
    // The directory's language: the page's own unless the partner picks the other.
    let lang = RwSignal::new(base.lang);
    // The embed's path and query; the site's address is added once the page runs.
    let path = Memo::new(move |_| {
        let q = DirectoryQuery::parse(&format!("region={}&kind={}&for={}", region.get(), kind.get(), audience.get()));
        let mut o = EmbedOptions { accent: valid_accent(&accent.get()), ..Default::default() };
        o.theme = match theme.get().as_str() {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::Auto,
        };
        if lock.get() {
            for (f, set) in [(Facet::Region, &region), (Facet::Kind, &kind), (Facet::Audience, &audience)] {
                if !set.get().is_empty() {
                    o.locked |= 1 << f.index();
                }
            }
        }
        let qs = [q.print(), o.print()].into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join("&");
        base.link(Link::to(Route::EmbedDirectory).in_lang(lang.get()).query(qs))
    });
    let origin = move || if client.ready.get() { crate::browser::origin().unwrap_or_default() } else { String::new() };
    let snippet = move || {
        let origin = origin();
        let script = format!("{origin}{}", base.site("/embed.js"));
        format!(
            "<iframe src=\"{origin}{}\" title=\"{}\" data-kindred width=\"100%\" height=\"720\" loading=\"lazy\"\n  sandbox=\"{SANDBOX}\"\n  referrerpolicy=\"no-referrer\" style=\"border:0;max-width:100%\"></iframe>\n<script src=\"{script}\" async></script>",
            path.get().replace('&', "&amp;"),
            b.frame_title,
        )
    };
    let accent_note = move || {
        let a = accent.get();
        if a.is_empty() || valid_accent(&a).is_some() {
            ""
        } else {
            b.accent_too_light
        }
    };
    view! {
        <PageMeta title=b.title description=b.description/>
        <div class="wrap narrow embed-builder">
            <h1 id="page-title">{b.title}</h1>
            <p class="lead">{b.lead}</p>
            <form class="builder" on:submit=|ev| ev.prevent_default()>
                <VocabularySelect label=b.region id="b-region" all=Region::ALL value=region/>
                <VocabularySelect label=b.kind id="b-kind" all=Kind::ALL value=kind/>
                <VocabularySelect label=b.audience id="b-audience" all=Audience::ALL value=audience/>
                <p class="field">
                    <label for="b-lang">{b.language}</label>
                    <select id="b-lang" on:change=move |ev| lang.set(Lang::from_code(&event_target_value(&ev)).unwrap_or(base.lang))>
                        {Lang::ALL.iter().map(|l| view! {
                            <option value=l.code() lang=l.code() selected=*l == base.lang>{l.own_name()}</option>
                        }).collect_view()}
                    </select>
                </p>
                <p class="field field--check">
                    <input type="checkbox" id="b-lock" on:change=move |ev| lock.set(event_target_checked(&ev))/>
                    <label for="b-lock">{b.lock}</label>
                </p>
                <p class="field">
                    <label for="b-accent">{b.accent}</label>
                    <input id="b-accent" type="text" inputmode="text" maxlength="7" placeholder="#2f5d62" on:input=move |ev| accent.set(event_target_value(&ev))/>
                    <span class="muted small">{accent_note}</span>
                </p>
                <p class="field">
                    <label for="b-theme">{b.theme}</label>
                    <select id="b-theme" on:change=move |ev| theme.set(event_target_value(&ev))>
                        <option value="">{b.theme_auto}</option>
                        <option value="light">{b.theme_light}</option>
                        <option value="dark">{b.theme_dark}</option>
                    </select>
                </p>
            </form>
            <h2>{b.preview}</h2>
            <iframe class="preview" title=b.preview_title src=move || path.get()></iframe>
            <h2>{b.snippet}</h2>
            <label for="b-snippet">{b.snippet_label}</label>
            <textarea id="b-snippet" class="snippet" rows="6" readonly prop:value=snippet></textarea>
            <h2>{b.sandbox_title}</h2>
            <dl class="details">
                {b.sandbox_flags.iter().map(|(flag, what)| view! { <dt><code>{*flag}</code></dt><dd>{*what}</dd> }).collect_view()}
            </dl>
            <p>{b.sandbox_note}</p>
            <h2>{b.headers_title}</h2>
            <p>{b.headers_text}</p>
        </div>
    }
}
