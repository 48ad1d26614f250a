//! "Help me choose" over the real directory: every combination of answers gives one to four
//! options, "right now" never offers a listing closed at that instant (fixed clocks around the
//! week, which is every time zone's day and night), and peers asked for come first.

use kindred::content::built_in;
use kindred_core::choose::{recommend, Answers, How, Need, Safety, When, Who, MAX_OPTIONS, RELAX_ORDER};
use kindred_core::lang::Lang;
use kindred_core::model::{AnsweredBy, Kind, Region};
use kindred_core::schedule;

fn with_none<T: Copy>(all: &[T]) -> Vec<Option<T>> {
    std::iter::once(None).chain(all.iter().copied().map(Some)).collect()
}

#[test]
fn every_answer_combination_over_the_real_directory_gives_one_to_four_options() {
    // Wednesday 2026-11-25, every 5 hours for two days: day and night in every covered zone.
    let clocks: Vec<i64> = (0..10).map(|k| 1_764_028_800 + k * 5 * 3600).collect();
    let mut needs: Vec<Vec<Need>> = vec![Vec::new()];
    needs.extend(Need::ALL.iter().map(|n| vec![*n]));
    needs.push(vec![Need::Lgbtq, Need::Free]);
    let mut checked = 0;
    for who in with_none(Who::ALL) {
        for how in with_none(How::ALL) {
            for when in with_none(When::ALL) {
                for region in with_none(Region::ALL) {
                    for needs in &needs {
                        let a = Answers { safety: Some(Safety::Safe), who, how, when, region, needs: needs.clone() };
                        for &now in clocks.iter().step_by(if when == Some(When::Now) { 1 } else { 5 }) {
                            let rec = recommend(built_in(Lang::En).listings(), &a, now);
                            assert!((1..=MAX_OPTIONS).contains(&rec.picks.len()), "{a:?} at {now}: {} options", rec.picks.len());
                            assert_eq!(&rec.relaxed[..], &RELAX_ORDER[..rec.relaxed.len()]);
                            let picks: Vec<_> = rec.picks.iter().map(|p| &built_in(Lang::En).listings()[p.resource as usize]).collect();
                            for r in &picks {
                                assert!(!matches!(r.kind, Kind::Training | Kind::Directory), "{}", r.id);
                                if when == Some(When::Now) {
                                    assert!(schedule::is_open(&r.hours.schedule, now), "{a:?}: {} is closed at {now}", r.id);
                                }
                            }
                            if who == Some(Who::Peer) {
                                let peer = |r: &&kindred_core::model::Resource| {
                                    r.answered_by == AnsweredBy::Peers || matches!(r.kind, Kind::PeerRunGroup | Kind::PeerRespite)
                                };
                                let flags: Vec<bool> = picks.iter().map(peer).collect();
                                assert!(flags.windows(2).all(|w| w[0] || !w[1]), "{a:?}: a non-peer above a peer: {flags:?}");
                            }
                            checked += 1;
                        }
                    }
                }
            }
        }
    }
    assert!(checked > 10_000, "{checked}");
}
