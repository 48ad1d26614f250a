//! "Open now", computed in each resource's own time zone at the user's current instant, and when
//! it next opens or closes. (The words for these, in each language, are the app's.)

use crate::model::{Period, Schedule};

/// What a resource's hours mean right now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenState {
    /// Open 24/7.
    Always,
    /// Open now; closes at `closes` (local minutes past midnight), `in_minutes` from now.
    OpenUntil { closes: u16, in_minutes: i64 },
    /// Closed; next opens on local weekday `weekday` (Monday = 0) at `opens`, `in_minutes` from now.
    OpensAt { weekday: u8, opens: u16, in_minutes: i64 },
    /// Times vary, or there are no periods: make no claim.
    Unknown,
}

impl OpenState {
    pub fn is_open(self) -> bool {
        matches!(self, OpenState::Always | OpenState::OpenUntil { .. })
    }
}

fn day_bit(weekday: u8) -> u8 {
    1 << weekday
}

/// Whether a weekly schedule is open at local (weekday, minute).
fn open_at_local(periods: &[Period], weekday: u8, minute: i32) -> bool {
    let yesterday = (weekday + 6) % 7;
    periods.iter().any(|p| {
        let (opens, closes) = (i32::from(p.opens), i32::from(p.closes));
        if opens < closes {
            p.days & day_bit(weekday) != 0 && minute >= opens && minute < closes
        } else {
            (p.days & day_bit(weekday) != 0 && minute >= opens) || (p.days & day_bit(yesterday) != 0 && minute < closes)
        }
    })
}

/// Is the schedule open at `now` (seconds since the epoch)?
pub fn is_open(schedule: &Schedule, now: i64) -> bool {
    match *schedule {
        Schedule::Always => true,
        Schedule::Varies => false,
        Schedule::Weekly { zone, periods } => {
            let (day, minute) = zone.zone().local(now);
            open_at_local(periods, crate::date::weekday_from_days(day), minute)
        }
    }
}

/// Full state with hints. Walks the period boundaries of the next eight local days, converting
/// each to an instant with the zone's rules, so daylight-saving changes are accounted for.
pub fn state(schedule: &Schedule, now: i64) -> OpenState {
    let (zone, periods) = match *schedule {
        Schedule::Always => return OpenState::Always,
        Schedule::Varies => return OpenState::Unknown,
        Schedule::Weekly { zone, periods } if !periods.is_empty() => (zone.zone(), periods),
        Schedule::Weekly { .. } => return OpenState::Unknown,
    };
    let (today, _) = zone.local(now);
    let open = is_open(schedule, now);
    // Candidate boundary instants, in order; the first one that flips the state is the answer.
    let mut best: Option<(i64, u8, u16)> = None;
    for offset in -1..8 {
        let day = today + offset;
        let weekday = crate::date::weekday_from_days(day);
        for p in periods.iter().filter(|p| p.days & day_bit(weekday) != 0) {
            let (boundary_day, minute) = if open {
                // Closing time: same day, or next day for a period past midnight.
                if p.closes > p.opens {
                    (day, p.closes)
                } else {
                    (day + 1, p.closes)
                }
            } else {
                (day, p.opens)
            };
            let (boundary_day, minute) = if minute >= 1440 { (boundary_day + 1, minute - 1440) } else { (boundary_day, minute) };
            let at = zone.to_utc(boundary_day, i32::from(minute));
            // A boundary only counts if it is in the future and really flips the state (another
            // period may continue past a closing time).
            if at <= now || is_open(schedule, at) == open {
                continue;
            }
            if best.is_none_or(|(b, _, _)| at < b) {
                best = Some((at, crate::date::weekday_from_days(boundary_day), minute));
            }
        }
    }
    match (open, best) {
        (true, Some((at, _, closes))) => OpenState::OpenUntil { closes, in_minutes: (at - now + 59) / 60 },
        // Open with no closing boundary found means it is always open in practice.
        (true, None) => OpenState::Always,
        (false, Some((at, weekday, opens))) => OpenState::OpensAt { weekday, opens, in_minutes: (at - now + 59) / 60 },
        (false, None) => OpenState::Unknown,
    }
}

/// `HH:MM` for minutes past midnight.
pub fn clock(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60 % 24, minutes % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::days_from_civil;
    use crate::tz::ZoneId;

    const WEEKDAYS_10_TO_22: &[Period] = &[Period { days: 0b0001_1111, opens: 600, closes: 1320 }];
    const OVERNIGHT: &[Period] = &[Period { days: 0b0111_1111, opens: 1320, closes: 360 }];

    fn ny(periods: &'static [Period]) -> Schedule {
        Schedule::Weekly { zone: ZoneId::by_name("America/New_York").unwrap(), periods }
    }
    /// Seconds since epoch for a UTC wall time.
    fn utc(y: i32, m: u8, d: u8, h: i64, min: i64) -> i64 {
        days_from_civil(y, m, d) * 86_400 + h * 3600 + min * 60
    }

    #[test]
    fn weekday_hours_in_their_own_zone() {
        let s = ny(WEEKDAYS_10_TO_22);
        // Wed 2026-11-25 14:59 UTC = 09:59 EST: closed, opens in 1 min.
        assert_eq!(state(&s, utc(2026, 11, 25, 14, 59)), OpenState::OpensAt { weekday: 2, opens: 600, in_minutes: 1 });
        // 15:00 UTC = 10:00 EST: open until 22:00, 12 h.
        assert_eq!(state(&s, utc(2026, 11, 25, 15, 0)), OpenState::OpenUntil { closes: 1320, in_minutes: 720 });
        // Friday 22:30 EST: closed until Monday 10:00.
        let st = state(&s, utc(2026, 11, 28, 3, 30));
        assert_eq!(st, OpenState::OpensAt { weekday: 0, opens: 600, in_minutes: (2 * 24 + 11) * 60 + 30 });
    }

    #[test]
    fn across_midnight() {
        let s = ny(OVERNIGHT);
        // 23:00 EST Tue -> open, closes 06:00 in 7 h.
        assert_eq!(state(&s, utc(2026, 11, 25, 4, 0)), OpenState::OpenUntil { closes: 360, in_minutes: 420 });
        // 05:59 EST -> still open.
        assert!(is_open(&s, utc(2026, 11, 25, 10, 59)));
        // 06:00 EST -> closed, opens 22:00.
        assert_eq!(state(&s, utc(2026, 11, 25, 11, 0)), OpenState::OpensAt { weekday: 2, opens: 1320, in_minutes: 960 });
        // A period that only starts on Friday night still runs into Saturday morning.
        const FRI_NIGHT: &[Period] = &[Period { days: 0b0001_0000, opens: 1320, closes: 120 }];
        let f = ny(FRI_NIGHT);
        assert!(is_open(&f, utc(2026, 11, 28, 6, 30))); // Sat 01:30 EST
        assert!(!is_open(&f, utc(2026, 11, 29, 6, 30))); // Sun 01:30 EST
    }

    #[test]
    fn always_and_varies() {
        assert_eq!(state(&Schedule::Always, 0), OpenState::Always);
        assert!(is_open(&Schedule::Always, 0));
        assert_eq!(state(&Schedule::Varies, 0), OpenState::Unknown);
        assert!(!is_open(&Schedule::Varies, 0));
    }

    #[test]
    fn daylight_saving_changes() {
        let s = ny(WEEKDAYS_10_TO_22);
        // Mon 2026-03-09, the day after spring-forward: 10:00 EDT = 14:00 UTC.
        assert!(!is_open(&s, utc(2026, 3, 9, 13, 59)));
        assert!(is_open(&s, utc(2026, 3, 9, 14, 0)));
        // Fri 2026-03-06 (EST): 10:00 = 15:00 UTC; the weekend spans the change, so Friday 23:00 EST
        // to Monday 10:00 EDT is 59 h less the lost hour.
        let st = state(&s, utc(2026, 3, 7, 4, 0));
        assert_eq!(st, OpenState::OpensAt { weekday: 0, opens: 600, in_minutes: 58 * 60 });
        // Autumn: Mon 2026-11-02 10:00 EST = 15:00 UTC.
        assert!(!is_open(&s, utc(2026, 11, 2, 14, 59)));
        assert!(is_open(&s, utc(2026, 11, 2, 15, 0)));
        // Southern hemisphere: Sydney, 2026-10-04 springs forward. Mon 10:00 AEDT = Sun 23:00 UTC.
        let syd = Schedule::Weekly { zone: ZoneId::by_name("Australia/Sydney").unwrap(), periods: WEEKDAYS_10_TO_22 };
        assert!(is_open(&syd, utc(2026, 10, 4, 23, 0)));
        assert!(!is_open(&syd, utc(2026, 10, 4, 22, 59)));
    }
}
