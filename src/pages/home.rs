//! `/`: what Kindred is, and the ways in.

use leptos::prelude::*;

use crate::shell::page_meta;
use crate::shell::static_html::{esc, page, rebase};

#[component]
pub fn Home() -> impl IntoView {
    page_meta::set("", "Find peers who get it: peer supporters, warmlines, peer-run groups and peer-support apps. Private, free, and it works on your device.");
    // Presets for the device's region (from its language settings; nothing is looked up).
    let local = |query: &str| match crate::browser::device_region() {
        Some(r) => format!("/directory?region={r}&{query}"),
        None => format!("/directory?{query}"),
    };
    let html = format!(
        r#"<section class="hero" aria-labelledby="page-title">
<h1 id="page-title">Find people who get it</h1>
<p class="lead">Sometimes it feels like nobody understands. Peer supporters have lived through hard times too. Kindred helps you find them: warmlines, peer-run groups, online communities and apps, and the path to becoming a peer specialist yourself.</p>
<p class="privacy-note">Nothing you search or save here leaves your device.</p>
</section>
<section aria-labelledby="ways-in"><h2 id="ways-in">Where would you like to start?</h2>
<ul class="ways">
<li class="way"><h3><a href="{warm}">Talk to a peer on a warmline</a></h3><p>Warmlines are for when things are hard but not an emergency. Many are answered by people with lived experience.</p></li>
<li class="way"><h3><a href="{groups}">Join a peer-run group</a></h3><p>Meet others in person or online who share what you are going through.</p></li>
<li class="way"><h3><a href="/directory">Browse every option</a></h3><p>Search and filter crisis lines, warmlines, groups, apps and training, by place, language and who answers.</p></li>
<li class="way"><h3><a href="/learn/understanding-peer-support">Understand peer support</a></h3><p>What peer support is, how it differs from therapy, and how to find the right kind for you.</p></li>
<li class="way"><h3><a href="/learn/becoming-a-peer-specialist">Become a peer specialist</a></h3><p>Turn your own experience into a way of helping others: training and certification.</p></li>
</ul></section>
<section class="callout callout--crisis" aria-labelledby="need-now"><h2 id="need-now">Need someone right now?</h2>
<p>If you are thinking about suicide or you are in danger, you don't have to wait. In the US, call or text <a href="tel:988">988</a>. <a href="/directory?crisis=yes">Find a crisis line in your country</a>.</p></section>"#,
        warm = esc(&local("kind=warmline")),
        groups = esc(&local("kind=peer-run-group,online-community")),
    );
    page("wrap", rebase(&html))
}
