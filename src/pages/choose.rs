//! `/choose` (and `/embed/choose`): "Help me choose". One gentle question per screen, every one
//! skippable; each step is a URL, so Back, Forward and reload keep the answers. The last screen
//! offers three or four options, each with why it was picked, ranked by the pure
//! `kindred_core::choose`. "No, or I'm not sure" to the first question goes straight to the
//! visitor's crisis line and emergency number, and nothing else.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use kindred_core::bookmarks::{Item, ItemKind};
use kindred_core::choose::{recommend, Answers, How, Need, Pick, Reason, Safety, Step, When, Who};
use kindred_core::links;
use kindred_core::model::{Region, Resource};
use kindred_core::route::Route;
use kindred_core::schedule::{self, OpenState};

use crate::directory::contacts::Contacts;
use crate::i18n::{use_strings, Choose, Directory};
use crate::saved::{use_saved, SaveButton};
use crate::shell::base::{use_base, Link};
use crate::shell::client::use_client;
use crate::shell::page_meta::PageMeta;
use crate::shell::region::{info_of, use_region};

#[component]
pub fn ChoosePage() -> impl IntoView {
    let c = crate::i18n::choose_words();
    let client = use_client();
    let search = use_location().search;
    // The prerendered page is the first question; the URL's step and answers once running.
    let state =
        Memo::new(move |_| if client.ready.get() { search.with(|s| Answers::parse(s)) } else { (Step::Safety, Answers::default()) });
    let step = Memo::new(move |_| state.with(|s| s.0));
    view! {
        <PageMeta title=c.title description=c.description/>
        <div class="wrap narrow choose">
            {move || match step.get() {
                Step::Crisis => view! { <CrisisNow/> }.into_any(),
                Step::Results => view! { <Results answers=state.with(|s| s.1.clone())/> }.into_any(),
                question => view! { <Question step=question answers=state.with(|s| s.1.clone())/> }.into_any(),
            }}
        </div>
    }
}

/// Another step with `answers` (the embed keeps its own page).
fn step_link(step: Step, answers: &Answers) -> Link {
    Link::to(Route::Choose).in_frame().query(answers.print(step))
}

/// One option of a question: a link to the next step with the answer set.
#[component]
fn Choice(
    href: String,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] current: bool,
) -> impl IntoView {
    view! {
        <li>
            <A href=href attr:class="choice" attr:aria-current=current.then_some("true")>
                <span class="choice__label">{label}</span>
                {hint.map(|h| view! { <span class="choice__hint">{h}</span> })}
            </A>
        </li>
    }
}

#[component]
fn Question(step: Step, answers: Answers) -> impl IntoView {
    let c = crate::i18n::choose_words();
    let base = use_base();
    let to = move |answers: &Answers| base.link(step_link(step.next(), answers));
    let with = |f: &dyn Fn(&mut Answers)| {
        let mut a = answers.clone();
        f(&mut a);
        to(&a)
    };
    let skip = to(&answers);
    let number = step.number().unwrap_or(1);
    let (title, options): (&'static str, Vec<AnyView>) = match step {
        Step::Safety => (
            c.safe_question,
            vec![
                view! { <Choice href=with(&|a| a.safety = Some(Safety::Safe)) label=c.safe_yes/> }.into_any(),
                view! { <Choice href=base.link(step_link(Step::Crisis, &Answers { safety: Some(Safety::NotSure), ..answers.clone() })) label=c.safe_not_sure/> }.into_any(),
            ],
        ),
        Step::Who => (
            c.who_question,
            vec![
                view! { <Choice href=with(&|a| a.who = Some(Who::Peer)) label=c.who_peer hint=c.who_peer_hint current=answers.who == Some(Who::Peer)/> }.into_any(),
                view! { <Choice href=with(&|a| a.who = Some(Who::Listener)) label=c.who_listener hint=c.who_listener_hint current=answers.who == Some(Who::Listener)/> }.into_any(),
                view! { <Choice href=with(&|a| a.who = None) label=c.not_sure/> }.into_any(),
            ],
        ),
        Step::How => (
            c.how_question,
            How::ALL
                .iter()
                .map(|h| {
                    let h = *h;
                    view! { <Choice href=with(&move |a| a.how = Some(h)) label=(c.how_label)(h) current=answers.how == Some(h)/> }.into_any()
                })
                .chain([view! { <Choice href=with(&|a| a.how = None) label=c.not_sure/> }.into_any()])
                .collect(),
        ),
        Step::When => (
            c.when_question,
            When::ALL
                .iter()
                .map(|w| {
                    let w = *w;
                    view! { <Choice href=with(&move |a| a.when = Some(w)) label=(c.when_label)(w) current=answers.when == Some(w)/> }.into_any()
                })
                .collect(),
        ),
        Step::Where => (c.where_question, Vec::new()),
        Step::Needs | Step::Crisis | Step::Results => (c.needs_question, Vec::new()),
    };
    let previous = Step::QUESTIONS
        .iter()
        .position(|s| *s == step)
        .and_then(|i| i.checked_sub(1))
        .map(|i| base.link(step_link(Step::QUESTIONS[i], &answers)));
    view! {
        <p class="choose__progress">{(c.progress)(number, Step::QUESTIONS.len())}</p>
        <h1 id="page-title">{title}</h1>
        {(step == Step::Safety).then(|| view! {
            <p class="lead">{c.intro}</p>
            <p class="needs-js-note">{c.needs_js}" "<a href=base.link(Link::to(Route::Directory).in_frame())>{c.needs_js_link}</a></p>
        })}
        {match step {
            Step::Where => view! { <WhereQuestion answers=answers.clone() to=Callback::new(move |a: Answers| to(&a))/> }.into_any(),
            Step::Needs => view! { <NeedsQuestion answers=answers.clone()/> }.into_any(),
            _ => view! { <ul class="choices">{options}</ul> }.into_any(),
        }}
        <p class="choose__nav">
            {previous.map(|href| view! { <A href=href attr:class="choose__back">{c.previous}</A>" " })}
            {(step != Step::Safety).then(|| view! { <A href=skip attr:class="choose__skip">{c.skip}</A> })}
        </p>
        {(step != Step::Safety).then(|| view! { <p class="muted small">{c.crisis_reminder}</p> })}
    }
}

/// "Where are you?": the covered regions, the crisis bar's first.
#[component]
fn WhereQuestion(answers: Answers, to: Callback<Answers, String>) -> impl IntoView {
    let t = use_strings();
    let c = crate::i18n::choose_words();
    let visitor = use_region();
    let options = move || {
        let mine = answers.region.or(visitor.region.get());
        // The visitor's first, then by name.
        let first = mine.into_iter();
        let rest = t.regions_by_name().iter().copied().filter(move |r| Some(*r) != mine);
        first
            .chain(rest)
            .map(|r| {
                let mut a = answers.clone();
                a.region = Some(r);
                let hint = (Some(r) == mine && answers.region.is_none()).then_some(c.where_suggested);
                let label = if r == Region::International { c.where_elsewhere } else { t.label(r) };
                view! { <Choice href=to.run(a) label hint=hint.unwrap_or("") current=Some(r) == mine/> }
            })
            .collect_view()
    };
    view! { <ul class="choices">{options}</ul> }
}

/// "Anything that matters to you?": several at once, then the options.
#[component]
fn NeedsQuestion(answers: Answers) -> impl IntoView {
    let c = crate::i18n::choose_words();
    let base = use_base();
    let navigate = StoredValue::new_local(use_navigate());
    let chosen = RwSignal::new(answers.needs.clone());
    let answers = StoredValue::new(answers);
    let with_needs = move |step: Step| {
        let mut a = answers.get_value();
        a.needs = chosen.get_untracked();
        a.needs.sort();
        base.link(step_link(step, &a))
    };
    // The address is whole (base and language included): the router must not resolve it again.
    // Each tick is kept in this step's URL (replacing it), so Back from the options finds them.
    let keep = move || {
        navigate.with_value(|n| {
            n(&with_needs(Step::Needs), NavigateOptions { resolve: false, replace: true, scroll: false, ..Default::default() })
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        navigate.with_value(|n| n(&with_needs(Step::Results), NavigateOptions { resolve: false, ..Default::default() }));
    };
    view! {
        <form class="needs" on:submit=submit>
            <fieldset>
                <legend class="visually-hidden">{c.needs_question}</legend>
                <ul class="needs__options">
                    {Need::ALL.iter().map(|n| {
                        let n = *n;
                        let id = format!("need-{}", n.slug());
                        view! {
                            <li>
                                <input type="checkbox" id=id.clone() prop:checked=move || chosen.with(|c| c.contains(&n))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        chosen.update(|c| {
                                            c.retain(|x| *x != n);
                                            if on {
                                                c.push(n);
                                            }
                                        });
                                        keep();
                                    }/>
                                <label for=id>{(c.need_label)(n)}</label>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </fieldset>
            <button type="submit" class="button">{c.show_options}</button>
        </form>
    }
}

/// "No, or I'm not sure": the visitor's crisis line and emergency number, and nothing else.
#[component]
fn CrisisNow() -> impl IntoView {
    let content = crate::content::use_content();
    let t = use_strings();
    let c = crate::i18n::choose_words();
    let visitor = use_region();
    view! {
        <h1 id="page-title">{c.crisis_title}</h1>
        <p class="lead">{c.crisis_lead}</p>
        {move || match visitor.region.get().and_then(info_of) {
            Some(info) => {
                let line = content.crisis_line(info);
                let name = line.as_ref().map(|l| l.listing.name);
                let contacts = line.map(|l| l.contacts).unwrap_or_default();
                view! {
                    <ul class="crisis-now">
                        {contacts.into_iter().map(|ct| view! {
                            <li><a class="button button--crisis" href=links::href(ct)>{t.contact_action(ct)}</a></li>
                        }).collect_view()}
                        {info.emergency.first().map(|e| view! {
                            <li><a class="button button--crisis" href=format!("tel:{}", e.number)>{(c.call_emergency)(e.number)}</a></li>
                        })}
                    </ul>
                    <p>{name}</p>
                }
                .into_any()
            }
            None => view! { <crate::shell::emergency::EmergencyNote/><p>{c.crisis_elsewhere}</p> }.into_any(),
        }}
    }
}

/// "Open now, peer-run, you can text."
fn why(cw: &Choose, reasons: &[Reason]) -> String {
    let parts: Vec<String> = reasons.iter().map(|r| (cw.reason)(*r)).collect();
    let mut s = parts.join(", ");
    if let Some(first) = s.get(..1) {
        s = first.to_uppercase() + &s[1..];
    }
    if !s.is_empty() {
        s.push('.');
    }
    s
}

/// The hours in the visitor's own time ("Open now · closes 22:00 your time").
fn hours_here(dw: &'static Directory, cw: &'static Choose, r: &Resource, now: i64) -> String {
    let local = |minutes_from_now: i64| crate::browser::local_clock(now + minutes_from_now * 60);
    match schedule::state(&r.hours.schedule, now) {
        OpenState::Always => dw.hours_always.to_owned(),
        OpenState::OpenUntil { in_minutes, .. } => (cw.open_until)(&local(in_minutes)),
        OpenState::OpensAt { in_minutes, .. } => (cw.opens_at)(&local(in_minutes)),
        OpenState::Unknown => dw.hours_vary.to_owned(),
    }
}

#[component]
fn Results(answers: Answers) -> impl IntoView {
    let content = crate::content::use_content();
    let c = crate::i18n::choose_words();
    let base = use_base();
    let client = use_client();
    let visitor = use_region();
    let saved = use_saved();
    let answers = StoredValue::new(answers);
    let recommendation = Memo::new(move |_| {
        let mut a = answers.get_value();
        if a.region.is_none() {
            a.region = visitor.region.get();
        }
        let now = client.minute.get().unwrap_or_default() * 60;
        recommend(content.listings(), &a, now)
    });
    let save_all = move |_| {
        let picks = recommendation.with_untracked(|r| r.picks.clone());
        saved.change(|s| {
            for p in &picks {
                s.add(Item::new(ItemKind::Resource, content.listings()[p.resource as usize].id));
            }
        });
        saved.notice.set(crate::saved::store::Notice::SavedAll { count: picks.len(), kept: saved.is_persisting() });
    };
    let more = move || base.link(Link::to(Route::Directory).in_frame().query(answers.with_value(|a| a.directory_query().print())));
    let again = base.link(Link::to(Route::Choose).in_frame());
    let relaxed = move || recommendation.with(|r| r.relaxed.clone());
    view! {
        <h1 id="page-title">{c.results_title}</h1>
        <p class="lead">{c.results_lead}</p>
        <p class="choose__relaxed" hidden=move || relaxed().is_empty()>
            {move || (c.relaxed)(&relaxed().iter().map(|r| (c.relaxed_label)(*r)).collect::<Vec<_>>())}
        </p>
        <ol class="results choose__picks">
            <For each=move || recommendation.get().picks key=|p: &Pick| p.resource let:pick>
                <PickCard pick/>
            </For>
        </ol>
        <p class="tool-row">
            <button type="button" class="small-button" id="save-these" on:click=save_all>{c.save_these}</button>
            <A href=more attr:class="small-button" attr:id="see-more">{c.see_more}</A>
            <A href=again attr:class="link-button">{c.start_again}</A>
        </p>
    }
}

#[component]
fn PickCard(pick: Pick) -> impl IntoView {
    let content = crate::content::use_content();
    let (dw, cw) = (crate::i18n::directory_words(), crate::i18n::choose_words());
    let base = use_base();
    let client = use_client();
    let r: &'static Resource = &content.listings()[pick.resource as usize];
    let hours = move || hours_here(dw, cw, r, client.minute.get().unwrap_or_default() * 60);
    view! {
        <li class="card" class:card--crisis=r.crisis>
            <div class="card__head">
                <h2 class="card__title"><A href=base.link(Route::Resource(r.id.to_owned()))>{r.name}</A></h2>
                <SaveButton kind=ItemKind::Resource id=r.id name=r.name/>
            </div>
            <p class="choose__why">{why(cw, &pick.reasons)}</p>
            <p class="card__desc">{r.description}</p>
            <p class="card__hours">{hours}</p>
            <Contacts contacts=r.contacts/>
        </li>
    }
}
