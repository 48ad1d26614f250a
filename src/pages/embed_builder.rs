//! `/embed`: "Add Kindred to your site". A partner picks presets, sees a live preview, and copies
//! a snippet: the iframe with the recommended sandbox, plus the optional resize script.

use leptos::prelude::*;

use kindred_core::embed::{valid_accent, EmbedOptions, Theme};
use kindred_core::model::{Audience, Kind, Region};
use kindred_core::query_codec::DirectoryQuery;
use kindred_core::search::Facet;

use crate::shell::page_meta;
use crate::shell::static_html::{esc, page};

const SANDBOX: &str = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation";

const EXPLAIN: &str = r#"<h2>What the sandbox flags allow</h2>
<dl class="details">
<dt><code>allow-scripts</code></dt><dd>Kindred runs in the frame (search and filters work on the visitor's device).</dd>
<dt><code>allow-same-origin</code></dt><dd>Kindred can load its own files and save items for the visitor, kept for your site only.</dd>
<dt><code>allow-popups</code>, <code>allow-popups-to-escape-sandbox</code></dt><dd>Websites, chats and the full site open in a new tab that works normally.</dd>
<dt><code>allow-top-navigation-by-user-activation</code></dt><dd>“Leave this site” can replace your whole page when a visitor presses it, not just the frame.</dd>
</dl>
<p>Phone numbers are always shown as text too, so they can be read and dialled even where a sandbox blocks <code>tel:</code> links. The script is optional: without it the frame keeps its height and scrolls inside. Kindred sends nothing to your site except the frame's height.</p>
<h2>Hosting headers</h2>
<p>If you host Kindred yourself, allow framing only where it is meant to be framed: send <code>Content-Security-Policy: frame-ancestors *</code> (or your partners' origins) for <code>/embed/</code> pages, and <code>frame-ancestors 'self'</code> for everything else.</p>"#;

fn select<T: Copy + 'static>(
    label: &'static str,
    id: &'static str,
    all: &'static [T],
    slug: fn(T) -> &'static str,
    name: fn(T) -> &'static str,
    value: RwSignal<String>,
) -> impl IntoView {
    view! {
        <p class="field">
            <label for=id>{label}</label>
            <select id=id on:change=move |ev| value.set(event_target_value(&ev))>
                <option value="">"Any"</option>
                {all.iter().map(|v| view! { <option value=slug(*v)>{name(*v)}</option> }).collect_view()}
            </select>
        </p>
    }
}

#[component]
pub fn EmbedBuilder() -> impl IntoView {
    page_meta::set(
        "Add Kindred to your site",
        "Put Kindred's peer-support directory on your site with one copy-paste: no account, no key, nothing tracked.",
    );
    let region = RwSignal::new(String::new());
    let kind = RwSignal::new(String::new());
    let audience = RwSignal::new(String::new());
    let lock = RwSignal::new(false);
    let accent = RwSignal::new(String::new());
    let theme = RwSignal::new(String::new());
    let src = Memo::new(move |_| {
        let q = DirectoryQuery::parse(&format!("region={}&kind={}&for={}", region.get(), kind.get(), audience.get()));
        let mut o = EmbedOptions { accent: valid_accent(&accent.get()), ..Default::default() };
        o.theme = match theme.get().as_str() {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::Auto,
        };
        if lock.get() {
            for (f, set) in [
                (Facet::Region, !region.get().is_empty()),
                (Facet::Kind, !kind.get().is_empty()),
                (Facet::Audience, !audience.get().is_empty()),
            ] {
                if set {
                    o.locked |= 1 << f.index();
                }
            }
        }
        let qs = [q.print(), o.print()].into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join("&");
        let origin = crate::browser::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
        let path = crate::router::href("/embed/directory");
        if qs.is_empty() {
            format!("{origin}{path}")
        } else {
            format!("{origin}{path}?{qs}")
        }
    });
    let snippet = move || {
        let script = src.get().split("/embed/directory").next().unwrap_or_default().to_owned() + "/embed.js";
        format!(
            "<iframe src=\"{}\" title=\"Kindred: find peer support\" data-kindred width=\"100%\" height=\"720\" loading=\"lazy\"\n  sandbox=\"{SANDBOX}\"\n  referrerpolicy=\"no-referrer\" style=\"border:0;max-width:100%\"></iframe>\n<script src=\"{}\" async></script>",
            esc(&src.get()),
            esc(&script)
        )
    };
    let accent_note = move || {
        let a = accent.get();
        if a.is_empty() || valid_accent(&a).is_some() {
            ""
        } else {
            "That colour is too light for readable text on white, so the default is used."
        }
    };
    view! {
        <div class="wrap narrow embed-builder">
            <h1 id="page-title">"Add Kindred to your site"</h1>
            <p class="lead">"Clinics, peer-run organisations, schools and employers can show Kindred's directory on their own pages. No account, no key, and nothing about your visitors is collected."</p>
            <form class="builder" on:submit=|ev| ev.prevent_default()>
                {select("Region", "b-region", Region::ALL, Region::slug, Region::label, region)}
                {select("Type of support", "b-kind", Kind::ALL, Kind::slug, Kind::label, kind)}
                {select("Especially for", "b-audience", Audience::ALL, Audience::slug, Audience::label, audience)}
                <p class="field field--check">
                    <input type="checkbox" id="b-lock" on:change=move |ev| lock.set(event_target_checked(&ev))/>
                    <label for="b-lock">"Visitors can't change these presets"</label>
                </p>
                <p class="field">
                    <label for="b-accent">"Accent colour (hex, optional)"</label>
                    <input id="b-accent" type="text" inputmode="text" maxlength="7" placeholder="#2f5d62" on:input=move |ev| accent.set(event_target_value(&ev))/>
                    <span class="muted small">{accent_note}</span>
                </p>
                <p class="field">
                    <label for="b-theme">"Colours"</label>
                    <select id="b-theme" on:change=move |ev| theme.set(event_target_value(&ev))>
                        <option value="">"Follow the visitor's device"</option>
                        <option value="light">"Light"</option>
                        <option value="dark">"Dark"</option>
                    </select>
                </p>
            </form>
            <h2>"Preview"</h2>
            <iframe class="preview" title="Preview of the embedded directory" src=move || src.get()></iframe>
            <h2>"Your snippet"</h2>
            <label for="b-snippet">"Copy this into your page's HTML"</label>
            <textarea id="b-snippet" class="snippet" rows="6" readonly prop:value=snippet></textarea>
            {page("", EXPLAIN.to_owned())}
        </div>
    }
}
