//! `/plan`: "My support plan", a private plan for hard moments in the seven parts of the
//! Stanley–Brown Safety Planning Intervention. Each part is a short list the person writes in
//! their own words (add, edit, reorder, remove); people get call and text links; the services
//! part also takes listings from the directory or the saved list, under the visitor's crisis
//! line and emergency number, which are always there. Kept only on the device (`Kept<Plan>`, the saved list's guarantees);
//! printed on one page; kept as a text file. Not offered inside embeds (storage there belongs
//! to the partner's site): the embed footer links here instead.
//!
//! Entries have no ids of their own, so each part's list is keyed by position and every row
//! reads its entry from the plan; an edit names the text it changed, so another tab's change
//! to the same part never lands on the wrong line.

use leptos::html::Input;
use leptos::prelude::*;
use leptos_router::components::A;

use kindred_core::bookmarks::ItemKind;
use kindred_core::links::{self, dial_digits};
use kindred_core::model::{Region, RegionInfo};
use kindred_core::plan::{Entry, Plan, Section, MAX_ENTRIES, MAX_TEXT};
use kindred_core::route::Route;

use crate::browser::focus;
use crate::content::{use_content, Content, REGIONS};
use crate::directory::contacts::Contacts;
use crate::i18n::{use_strings, Strings};
use crate::saved::kept::Kept;
use crate::saved::{use_plan, use_saved};
use crate::shell::base::use_base;
use crate::shell::client::use_client;
use crate::shell::download::{FileOnDemand, ObjectUrl};
use crate::shell::page_meta::PageMeta;
use crate::shell::region::use_region;

/// What the page says after a change, and the last removal (for "Undo").
#[derive(Clone, Copy)]
struct Feedback {
    status: RwSignal<String>,
    undo: RwSignal<Option<(Section, usize, Entry)>>,
}

/// The short name of an entry (for labels and messages).
fn entry_name(content: Content, e: &Entry) -> String {
    match &e.resource {
        Some(id) => content.listing(id).map_or_else(|| id.clone(), |r| r.name.to_owned()),
        None => e.text.trim().to_owned(),
    }
}

/// The lines always on the plan, as text: the visitor's crisis line and emergency number, or
/// every covered country's while the country isn't known.
fn always_lines(content: Content, region: Option<&'static RegionInfo>, t: &'static Strings) -> Vec<String> {
    let pw = crate::i18n::plan_words();
    let line = |info: &'static RegionInfo| {
        let line = content.crisis_line(info);
        let name = line.as_ref().map_or("", |l| l.listing.name);
        let contacts: Vec<String> = line.into_iter().flat_map(|l| l.contacts).map(|c| t.contact_action(c)).collect();
        let numbers: Vec<String> = info.emergency.iter().map(|e| (pw.emergency)(e.number)).collect();
        format!("{} ({}): {}. {}", name, t.label(info.region), contacts.join(", "), numbers.join(", "))
    };
    match region {
        Some(info) => vec![line(info)],
        None => REGIONS.iter().map(line).collect(),
    }
}

#[component]
pub fn PlanPage() -> impl IntoView {
    let content = use_content();
    let t = use_strings();
    let p = crate::i18n::plan_words();
    let plan = use_plan();
    let client = use_client();
    let visitor = use_region();
    let feedback = Feedback { status: RwSignal::new(String::new()), undo: RwSignal::new(None) };
    // Made when it is asked for, not with each key typed into the plan.
    let copy = FileOnDemand::new("text/plain;charset=utf-8", move || {
        let always = always_lines(content, visitor.info(), t);
        plan.value.with(|plan| {
            plan.to_text(p.heading, p.section_title, |id| content.listing(id).map(|r| listing_line(r, t)), &always, p.printed_footer)
        })
    });
    let kept = ObjectUrl::new(move || {
        plan.kept.track();
        plan.kept_aside().unwrap_or_default()
    });
    let health = move || plan.health.with(|h| p.health.text(h));
    let has_kept = move || client.ready.get() && plan.kept.with(Option::is_some);
    let kept_text = move || plan.kept.with(|k| k.as_ref().map(|k| if k.newer { p.kept_newer } else { p.kept_unreadable }));
    let no_undo = move || feedback.undo.with(Option::is_none);
    let undo = move |_| {
        if let Some((section, at, entry)) = feedback.undo.get_untracked() {
            let name = entry_name(content, &entry);
            plan.change(|plan| plan.restore(section, at, entry));
            feedback.undo.set(None);
            feedback.status.set((p.added)(&name));
        }
    };
    view! {
        <PageMeta title=p.title description=p.description/>
        <div class="wrap narrow plan">
            <h1 id="page-title">{p.heading}</h1>
            <p class="lead">{p.lead}</p>
            <p class="needs-js-note">{p.needs_js}</p>
            <p class="plan-health needs-js" class:is-ready=move || client.ready.get() id="plan-health">{health}</p>
            <Show when=has_kept>
                <p id="plan-kept">{kept_text}" "<a href=move || kept.href() download="kindred-plan-as-it-was.json" id="plan-export-raw">{p.export_raw}</a></p>
            </Show>
            <section class="callout plan-privacy" aria-labelledby="plan-privacy-title">
                <h2 id="plan-privacy-title">{p.privacy_title}</h2>
                <p>{p.privacy_text}</p>
            </section>
            // Announced to screen readers; shown at the bottom of the screen only with "Undo".
            <div class="toast" role="status" aria-live="polite">
                <p class="notice" hidden=move || feedback.status.with(String::is_empty) class:visually-hidden=no_undo>
                    <span id="plan-status">{move || feedback.status.get()}</span>" "
                    <button type="button" class="link-button" id="plan-undo" hidden=no_undo on:click=undo>{t.save.undo}</button>
                </p>
            </div>
            {Section::ALL.into_iter().map(|section| view! { <PlanSection section plan feedback/> }).collect_view()}
            <section class="plan-tools needs-js" class:is-ready=move || client.ready.get() aria-labelledby="plan-tools-title">
                <h2 id="plan-tools-title">{p.tools_title}</h2>
                <p class="muted">{p.keep_copy_hint}</p>
                <p class="tool-row">
                    <button type="button" class="small-button" id="plan-print" on:click=|_| {
                        if let Some(w) = crate::browser::window() {
                            let _ = w.print();
                        }
                    }>{p.print}</button>
                    <a class="small-button" id="plan-copy" download="my-support-plan.txt" node_ref=copy.link() href=move || copy.href()
                        on:click=move |_| copy.make_now() on:auxclick=move |_| copy.make_now()
                        on:contextmenu=move |_| copy.make_now()>{p.keep_copy}</a>
                </p>
            </section>
            <section class="plan-about" aria-labelledby="plan-about-title">
                <h2 id="plan-about-title">{p.about_title}</h2>
                <p>{p.about_text}</p>
                <p class="muted">{p.about_source}" "
                    <a href="https://doi.org/10.1016/j.cbpra.2011.01.001" rel="noopener noreferrer" target="_blank">"doi:10.1016/j.cbpra.2011.01.001"</a>
                </p>
            </section>
            <p class="print-only plan-footer">{p.printed_footer}</p>
        </div>
    }
}

/// A listing as one line of text: its name and how to reach it.
fn listing_line(r: &kindred_core::model::Resource, t: &Strings) -> String {
    let reach: Vec<String> = r.contacts.iter().filter(|c| !links::is_web(c)).map(|c| t.contact_action(c)).collect();
    if reach.is_empty() {
        r.contacts.first().map_or_else(|| r.name.to_owned(), |c| format!("{}: {}", r.name, t.contact_plain(c)))
    } else {
        format!("{}: {}", r.name, reach.join(", "))
    }
}

/// One part of the plan: its title, prompt and example, its lines, and the way to add one.
#[component]
fn PlanSection(section: Section, plan: Kept<Plan>, feedback: Feedback) -> impl IntoView {
    let p = crate::i18n::plan_words();
    let slug = section.slug();
    let count = Memo::new(move |_| plan.value.with(|plan| plan.entries(section).len()));
    view! {
        <section class="plan-section" id=format!("plan-{slug}") aria-labelledby=format!("plan-{slug}-title")>
            <h2 id=format!("plan-{slug}-title")>{(p.section_title)(section)}</h2>
            <p class="plan-prompt">{(p.section_prompt)(section)}</p>
            <p class="plan-example muted">{(p.section_example)(section)}</p>
            {(section == Section::Services).then(|| view! { <AlwaysHere/> })}
            <ol class="plan-entries" id=format!("plan-{slug}-list")>
                <For each=move || 0..count.get() key=|at| *at let:at>
                    <PlanEntry section at count plan feedback/>
                </For>
            </ol>
            {(section == Section::Services).then(|| view! { <PickListing plan feedback/> })}
            <AddEntry section plan feedback full=Signal::derive(move || count.get() >= MAX_ENTRIES)/>
        </section>
    }
}

/// The visitor's crisis line and emergency number (every covered country's until the country is
/// known): always in "services", never removable.
#[component]
fn AlwaysHere() -> impl IntoView {
    let content = use_content();
    let t = use_strings();
    let p = crate::i18n::plan_words();
    let visitor = use_region();
    view! {
        <div class="plan-always" id="plan-always">
            {move || match visitor.info() {
                Some(info) => {
                    let line = content.crisis_line(info);
                    let name = line.as_ref().map_or("", |l| l.listing.name);
                    view! {
                        <p class="plan-always__lead">{p.always_here}</p>
                        <ul class="plan-always__lines">
                            <li>
                                <strong>{name}</strong>" "
                                {line.into_iter().flat_map(|l| l.contacts).map(|c| view! {
                                    <a class="plan-action" href=links::href(c)>{t.contact_action(c)}</a>" "
                                }).collect_view()}
                            </li>
                            {info.emergency.iter().map(|e| view! {
                                <li><a class="plan-action plan-action--emergency" href=format!("tel:{}", e.number)>{(p.emergency)(e.number)}</a>
                                    {e.note.map(|n| view! { " "<span class="muted">{n}</span> })}
                                </li>
                            }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }
                None => view! {
                    <p class="plan-always__lead">{p.always_here_unknown}</p>
                    <ul class="plan-always__lines">
                        {REGIONS.iter().map(|info| {
                            let call = content.crisis_line(info).and_then(|line| line.call());
                            view! {
                                <li>{t.label(info.region)}": "
                                    {call.map(|c| view! { <a href=links::href(c)>{c.value}</a>", " })}
                                    {info.emergency.first().map(|e| view! { <a href=format!("tel:{}", e.number)>{(p.emergency)(e.number)}</a> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
                .into_any(),
            }}
        </div>
    }
}

/// One line of the plan, read from the plan by position. `count`: how many lines its part has
/// (its part's own memo, read by every line).
#[component]
fn PlanEntry(section: Section, at: usize, count: Memo<usize>, plan: Kept<Plan>, feedback: Feedback) -> impl IntoView {
    let content = use_content();
    let sw = crate::i18n::saved_words();
    let p = crate::i18n::plan_words();
    let base = use_base();
    let slug = section.slug();
    let entry = Memo::new(move |_| plan.value.with(|plan| plan.entries(section).get(at).cloned().unwrap_or_default()));
    let id = move |part: &str| format!("plan-{slug}-{at}-{part}");
    let label = (p.entry_label)(section, at + 1);
    let shift = move |by: isize| {
        plan.change(|plan| plan.shift(section, at, by));
        let to = (at as isize + by).max(0) as usize;
        // The moved line now sits at `to`: the focus stays on the button that moved it, or on
        // the other one once it reaches an end (a disabled button can't hold focus).
        let last = count.get_untracked().saturating_sub(1);
        let part = match (by < 0, to) {
            (true, 0) => "down",
            (true, _) => "up",
            (false, to) if to >= last => "up",
            (false, _) => "down",
        };
        focus(&format!("plan-{slug}-{to}-{part}"));
        feedback.status.set(String::new());
    };
    let remove = move |_| {
        if let Some(entry) = plan.change(|plan| plan.remove(section, at)).flatten() {
            feedback.status.set((p.removed)(&entry_name(content, &entry)));
            feedback.undo.set(Some((section, at, entry)));
            let left = count.get_untracked();
            if left == 0 {
                focus(&format!("plan-{slug}-new"));
            } else {
                focus(&format!("plan-{slug}-{}-text", at.min(left - 1)));
            }
        }
    };
    // Redrawn only when the line becomes another listing (typing keeps its field and focus).
    let listing = Memo::new(move |_| entry.with(|e| e.resource.clone()));
    let body = move || match listing.get().map(|id| (id.clone(), content.listing(&id))) {
        Some((_, Some(r))) => view! {
            <div class="plan-entry__service">
                <A href=base.link(Route::Resource(r.id.to_owned())) attr:id=id("text")>{r.name}</A>
                <Contacts contacts=r.contacts/>
            </div>
        }
        .into_any(),
        Some((id_, None)) => view! {
            <p class="plan-entry__service" id=id("text") tabindex="-1">{id_}" "<span class="muted">{p.gone_listing}</span></p>
        }
        .into_any(),
        None => view! { <EntryFields section at entry plan label=label.clone()/> }.into_any(),
    };
    let name = Memo::new(move |_| entry.with(|e| entry_name(content, e)));
    let is_first = at == 0;
    let is_last = move || at + 1 >= count.get();
    view! {
        <li class="plan-entry">
            {body}
            <div class="plan-entry__actions">
                <button type="button" class="small-button" id=id("up") disabled=is_first
                    aria-label=move || name.with(|n| (sw.move_up_label)(n)) on:click=move |_| shift(-1)>{sw.move_up}</button>
                <button type="button" class="small-button" id=id("down") disabled=is_last
                    aria-label=move || name.with(|n| (sw.move_down_label)(n)) on:click=move |_| shift(1)>{sw.move_down}</button>
                <button type="button" class="small-button" id=id("remove")
                    aria-label=move || name.with(|n| (p.remove_label)(n)) on:click=remove>{p.remove}</button>
            </div>
        </li>
    }
}

/// The editable text of a line (and, for people and own services, their number with call and
/// text links), drawn from its line's `entry`. Saved as the person types; another tab's change
/// shows unless the field has focus.
#[component]
fn EntryFields(section: Section, at: usize, entry: Memo<Entry>, plan: Kept<Plan>, label: String) -> impl IntoView {
    let p = crate::i18n::plan_words();
    let slug = section.slug();
    let text_id = format!("plan-{slug}-{at}-text");
    let phone_id = format!("plan-{slug}-{at}-phone");
    let with_phone = matches!(section, Section::PeopleToAsk | Section::Services);
    let text_ref = NodeRef::<Input>::new();
    let phone_ref = NodeRef::<Input>::new();
    Effect::new(move |_| {
        let e = entry.get();
        for (node, value) in [(text_ref, &e.text), (phone_ref, &e.phone)] {
            if let Some(input) = node.get() {
                if input.value() != *value && !crate::browser::has_focus(&input) {
                    input.set_value(value);
                }
            }
        }
    });
    let on_text = move |ev: leptos::ev::Event| {
        let now = event_target_value(&ev);
        let was = entry.with_untracked(|e| e.text.clone());
        plan.change(|plan| plan.edit_text(section, at, &was, &now));
    };
    let on_phone = move |ev: leptos::ev::Event| {
        let now = event_target_value(&ev);
        let (text, was) = entry.with_untracked(|e| (e.text.clone(), e.phone.clone()));
        plan.change(|plan| plan.edit_phone(section, at, &text, &was, &now));
    };
    let phone = Memo::new(move |_| entry.with(|e| e.phone.trim().to_owned()));
    let dial = Memo::new(move |_| phone.with(|p| Some(dial_digits(p)).filter(|d| d.trim_start_matches('+').len() >= 3)));
    let who = Memo::new(move |_| entry.with(|e| e.text.trim().to_owned()));
    let phone_label = format!("{label}: {}", p.phone_label);
    view! {
        <div class="plan-entry__fields">
            <label class="visually-hidden" for=text_id.clone()>{label}</label>
            <input type="text" class="plan-input" id=text_id node_ref=text_ref maxlength=MAX_TEXT.to_string()
                value=move || entry.with_untracked(|e| e.text.clone()) on:input=on_text/>
            <span class="print-only plan-entry__print">{who}</span>
            {with_phone.then(|| view! {
                <span class="plan-entry__phone">
                    <label class="visually-hidden" for=phone_id.clone()>{phone_label}</label>
                    <input type="tel" class="plan-input plan-input--phone" id=phone_id node_ref=phone_ref autocomplete="off"
                        value=move || entry.with_untracked(|e| e.phone.clone()) on:input=on_phone/>
                    <span class="print-only">{phone}</span>
                    <Show when=move || dial.with(Option::is_some)>
                        <a class="plan-action" href=move || format!("tel:{}", dial.get().unwrap_or_default())>{move || who.with(|w| (p.call)(w))}</a>
                        <a class="plan-action" href=move || format!("sms:{}", dial.get().unwrap_or_default())>{move || who.with(|w| (p.text)(w))}</a>
                    </Show>
                </span>
            })}
        </div>
    }
}

/// "Add a sign" (and, for people and services, a number): a small form under each part.
#[component]
fn AddEntry(section: Section, plan: Kept<Plan>, feedback: Feedback, full: Signal<bool>) -> impl IntoView {
    let content = use_content();
    let p = crate::i18n::plan_words();
    let client = use_client();
    let slug = section.slug();
    let with_phone = matches!(section, Section::PeopleToAsk | Section::Services);
    let text_ref = NodeRef::<Input>::new();
    let phone_ref = NodeRef::<Input>::new();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(input) = text_ref.get() else { return };
        let phone = phone_ref.get().map(|p| p.value()).unwrap_or_default();
        let text = input.value();
        if text.trim().is_empty() && phone.trim().is_empty() {
            feedback.status.set(p.empty_entry.to_owned());
            return;
        }
        let entry = if with_phone { Entry::person(&text, &phone) } else { Entry::text(&text) };
        let name = entry_name(content, &entry);
        if plan.change(|plan| plan.add(section, entry)).unwrap_or(false) {
            input.set_value("");
            if let Some(p) = phone_ref.get() {
                p.set_value("");
            }
            feedback.status.set((p.added)(&name));
            feedback.undo.set(None);
        } else {
            feedback.status.set(p.full.to_owned());
        }
    };
    let new_id = format!("plan-{slug}-new");
    let phone_id = format!("plan-{slug}-new-phone");
    view! {
        <form class="plan-add needs-js" class:is-ready=move || client.ready.get() on:submit=on_submit>
            <p class="muted plan-full" hidden=move || !full.get()>{p.full}</p>
            <div class="plan-add__fields">
                <span class="plan-add__field">
                    <label for=new_id.clone()>{(p.add_label)(section)}</label>
                    <input type="text" class="plan-input" id=new_id node_ref=text_ref maxlength=MAX_TEXT.to_string() disabled=full/>
                </span>
                {with_phone.then(|| view! {
                    <span class="plan-add__field">
                        <label for=phone_id.clone()>{p.phone_label}</label>
                        <input type="tel" class="plan-input plan-input--phone" id=phone_id node_ref=phone_ref autocomplete="off"
                            aria-describedby=format!("plan-{slug}-phone-hint") disabled=full/>
                    </span>
                })}
                <button type="submit" class="small-button plan-add__button" disabled=full>{p.add}</button>
            </div>
            {with_phone.then(|| view! { <p class="muted plan-hint" id=format!("plan-{slug}-phone-hint")>{p.phone_hint}</p> })}
        </form>
    }
}

/// "Add a line or service from Kindred": the saved list's listings first, then the visitor's
/// country's, then the rest.
#[component]
fn PickListing(plan: Kept<Plan>, feedback: Feedback) -> impl IntoView {
    let content = use_content();
    let p = crate::i18n::plan_words();
    let client = use_client();
    let saved = use_saved();
    let visitor = use_region();
    let chosen = RwSignal::new(String::new());
    let in_plan = move |id: &str| plan.value.with(|plan| plan.entries(Section::Services).iter().any(|e| e.resource.as_deref() == Some(id)));
    let saved_ids = Memo::new(move |_| {
        saved.saved.with(|s| {
            s.items
                .iter()
                .filter(|i| i.kind == ItemKind::Resource && content.listing(&i.id).is_some())
                .map(|i| i.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let region = move || visitor.region.get().filter(|r| *r != Region::International);
    let option = move |r: &'static kindred_core::model::Resource| {
        view! { <option value=r.id disabled=move || in_plan(r.id)>{r.name}</option> }
    };
    let groups = move || {
        let mine = saved_ids.get();
        let here = region();
        let in_region: Vec<_> = content.listings().iter().filter(|r| here.is_some_and(|h| r.regions().any(|x| x == h))).collect();
        let others: Vec<_> = content.listings().iter().filter(|r| !in_region.iter().any(|x| x.id == r.id)).collect();
        view! {
            {(!mine.is_empty()).then(|| view! {
                <optgroup label=p.pick_saved>{mine.iter().filter_map(|id| content.listing(id)).map(option).collect_view()}</optgroup>
            })}
            {here.map(|h| view! { <optgroup label=(p.pick_region)(h)>{in_region.into_iter().map(option).collect_view()}</optgroup> })}
            <optgroup label=p.pick_other>{others.into_iter().map(option).collect_view()}</optgroup>
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = chosen.get_untracked();
        let Some(r) = content.listing(&id) else { return };
        let added = plan.change(|plan| {
            !plan.entries(Section::Services).iter().any(|e| e.resource.as_deref() == Some(r.id))
                && plan.add(Section::Services, Entry::service(r.id))
        });
        if added.unwrap_or(false) {
            chosen.set(String::new());
            feedback.status.set((p.added)(r.name));
            feedback.undo.set(None);
        } else if plan.value.with_untracked(|plan| plan.entries(Section::Services).len()) >= MAX_ENTRIES {
            feedback.status.set(p.full.to_owned());
        }
    };
    view! {
        <form class="plan-add plan-pick needs-js" class:is-ready=move || client.ready.get() on:submit=on_submit>
            <div class="plan-add__fields">
                <span class="plan-add__field">
                    <label for="plan-services-pick">{p.pick_label}</label>
                    <select id="plan-services-pick" class="plan-input" prop:value=move || chosen.get()
                        on:change=move |ev| chosen.set(event_target_value(&ev))>
                        <option value="">{p.pick_none}</option>
                        {move || client.ready.get().then(groups)}
                    </select>
                </span>
                <button type="submit" class="small-button plan-add__button">{p.add}</button>
            </div>
        </form>
    }
}
