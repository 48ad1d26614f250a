use super::*;
use crate::date::Date;
use crate::model::{Contact, Hours, Period, Schedule, Status, Topic};
use crate::tz::ZoneId;
use proptest::prelude::*;

const D: Date = Date::new(2026, 11, 29);
const CALL: &[Contact] = &[Contact {
    kind: ContactType::Call,
    value: "1",
    keyword: None,
    label: None,
    note: None,
    lang: None,
    source: "https://example.org/",
    verified: D,
    published: None,
}];
const TEXT: &[Contact] = &[Contact {
    kind: ContactType::Text,
    value: "2",
    keyword: None,
    label: None,
    note: None,
    lang: None,
    source: "https://example.org/",
    verified: D,
    published: None,
}];
const WEEKDAYS_9_TO_5: &[Period] = &[Period { days: 0b0001_1111, opens: 540, closes: 1020 }];

fn listing(
    id: &'static str,
    kind: Kind,
    who: AnsweredBy,
    areas: &'static [&'static str],
    contacts: &'static [Contact],
    always: bool,
) -> Resource {
    Resource {
        id,
        name: id,
        organization: "Org",
        kind,
        answered_by: who,
        crisis: kind == Kind::CrisisLine,
        status: Status::Active,
        areas,
        languages: &["en"],
        cost: Cost::Free,
        audiences: &[],
        topics: &[Topic::General],
        description: "",
        what_to_expect: &[],
        hours: Hours {
            schedule: if always {
                Schedule::Always
            } else {
                Schedule::Weekly { zone: ZoneId::by_name("Europe/London").unwrap(), periods: WEEKDAYS_9_TO_5 }
            },
            note: None,
            source: "https://example.org/",
            verified: D,
            published: None,
        },
        contacts,
        caution: None,
    }
}

fn directory() -> Vec<Resource> {
    vec![
        listing("uk-crisis", Kind::CrisisLine, AnsweredBy::Volunteers, &["GB"], CALL, true),
        listing("uk-peer-warmline", Kind::Warmline, AnsweredBy::Peers, &["GB"], CALL, false),
        listing("uk-listener-text", Kind::Helpline, AnsweredBy::Volunteers, &["GB"], TEXT, true),
        listing("uk-local-peers", Kind::PeerRunGroup, AnsweredBy::Peers, &["GB-SCT"], CALL, false),
        listing("world-community", Kind::OnlineCommunity, AnsweredBy::Peers, &["WORLD"], &[], true),
        listing("us-peer-line", Kind::Warmline, AnsweredBy::Peers, &["US"], TEXT, true),
        listing("uk-training", Kind::Training, AnsweredBy::Peers, &["GB"], CALL, true),
    ]
}

/// Wednesday 2026-11-25 at 12:00 and 03:00 in London (UTC then).
const NOON: i64 = 1_764_072_000;
const NIGHT: i64 = 1_764_039_600;

fn ids(rec: &Recommendation, data: &[Resource]) -> Vec<&'static str> {
    rec.picks.iter().map(|p| data[p.resource as usize].id).collect()
}

#[test]
fn answers_live_in_the_url() {
    let a = Answers {
        safety: Some(Safety::Safe),
        who: Some(Who::Peer),
        how: Some(How::Text),
        when: Some(When::Now),
        region: Some(Region::Uk),
        needs: vec![Need::Lgbtq, Need::Free],
    };
    let printed = a.print(Step::Results);
    assert_eq!(printed, "step=results&safe=yes&who=peer&how=text&when=now&where=uk&needs=lgbtq,free");
    assert_eq!(Answers::parse(&printed), (Step::Results, a));
    assert_eq!(
        Answers::parse("step=nope&who=alien&needs=free,free,x"),
        (Step::Safety, Answers { needs: vec![Need::Free], ..Default::default() })
    );
    assert_eq!(Step::Safety.next(), Step::Who);
    assert_eq!(Step::Needs.next(), Step::Results);
    assert_eq!(Step::Where.number(), Some(5));
}

#[test]
fn peers_first_open_now_and_the_region_before_anywhere() {
    let data = directory();
    let a = Answers { who: Some(Who::Peer), region: Some(Region::Uk), ..Default::default() };
    let rec = recommend(&data, &a, NOON);
    assert_eq!(
        ids(&rec, &data),
        ["uk-peer-warmline", "uk-local-peers", "world-community"],
        "peers only, country-wide first, never training"
    );
    assert!(rec.relaxed.is_empty());
    assert!(rec.picks[0].reasons.contains(&Reason::PeerRun) && rec.picks[0].reasons.contains(&Reason::InRegion(Region::Uk)));
    // At night the weekday line is closed: "right now" never offers it.
    let now = Answers { when: Some(When::Now), ..a.clone() };
    let rec = recommend(&data, &now, NIGHT);
    assert_eq!(ids(&rec, &data), ["world-community"]);
    assert!(rec.picks[0].reasons.contains(&Reason::OpenNow));
}

#[test]
fn when_nothing_matches_the_least_important_answer_goes_first() {
    let data = directory();
    // A text line run by peers in the UK: there is none. Needs go first (none asked), then how.
    let a =
        Answers { who: Some(Who::Peer), how: Some(How::Text), region: Some(Region::Uk), needs: vec![Need::Veteran], ..Default::default() };
    let rec = recommend(&data, &a, NOON);
    assert_eq!(rec.relaxed, [Relaxed::Needs, Relaxed::How]);
    assert_eq!(ids(&rec, &data)[0], "uk-peer-warmline");
    // Nothing in New Zealand by text: "how" is let go, and an option that works anywhere is left.
    let far = Answers {
        who: Some(Who::Peer),
        how: Some(How::Text),
        when: Some(When::Now),
        region: Some(Region::NewZealand),
        ..Default::default()
    };
    let rec = recommend(&data, &far, NIGHT);
    assert!(!rec.picks.is_empty());
    assert_eq!(rec.relaxed, [Relaxed::Needs, Relaxed::How]);
    assert_eq!(ids(&rec, &data), ["world-community"], "an option open anywhere, not another country's line");
}

#[test]
fn see_more_like_these_sets_the_matching_filters() {
    let a = Answers {
        who: Some(Who::Peer),
        how: Some(How::Text),
        when: Some(When::Now),
        region: Some(Region::Uk),
        needs: vec![Need::Spanish, Need::Veteran, Need::Free],
        ..Default::default()
    };
    assert_eq!(a.directory_query().print(), "region=uk,international&contact=text&who=peers&open=now&lang=es&for=veterans&cost=free");
}

fn arb_answers() -> impl Strategy<Value = Answers> {
    let opt = |n: usize| proptest::option::of(0..n);
    (
        opt(Who::ALL.len()),
        opt(How::ALL.len()),
        opt(When::ALL.len()),
        opt(Region::ALL.len()),
        proptest::collection::vec(0..Need::ALL.len(), 0..4),
    )
        .prop_map(|(who, how, when, region, needs)| {
            let mut needs: Vec<Need> = needs.into_iter().map(|n| Need::ALL[n]).collect();
            needs.sort();
            needs.dedup();
            Answers {
                safety: Some(Safety::Safe),
                who: who.map(|i| Who::ALL[i]),
                how: how.map(|i| How::ALL[i]),
                when: when.map(|i| When::ALL[i]),
                region: region.map(|i| Region::ALL[i]),
                needs,
            }
        })
}

proptest! {
    #[test]
    fn any_answers_give_one_to_four_options_and_keep_the_rules(a in arb_answers(), hour in 0i64..24 * 7) {
        let data = crate::synth::directory(300, 11);
        let now = NOON + hour * 3600;
        let rec = recommend(&data, &a, now);
        prop_assert!((1..=MAX_OPTIONS).contains(&rec.picks.len()));
        for p in &rec.picks {
            let r = &data[p.resource as usize];
            if a.when == Some(When::Now) {
                prop_assert!(schedule::is_open(&r.hours.schedule, now), "{} is closed now", r.id);
            }
            prop_assert!(is_support(r));
        }
        // Relaxations happen in the stated order: always a prefix of it.
        prop_assert_eq!(&rec.relaxed[..], &RELAX_ORDER[..rec.relaxed.len()]);
        // Peers never rank below a non-peer option when peers were asked for.
        if a.who == Some(Who::Peer) {
            let peers: Vec<bool> = rec.picks.iter().map(|p| is_peer(&data[p.resource as usize])).collect();
            prop_assert!(peers.windows(2).all(|w| w[0] || !w[1]), "{:?}", peers);
        }
        let (step, back) = Answers::parse(&a.print(Step::Results));
        prop_assert_eq!(step, Step::Results);
        prop_assert_eq!(back, a);
    }
}
