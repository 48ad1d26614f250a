//! Time-zone rules for the zones the directory uses, as POSIX-TZ-style rules (standard offset
//! plus a yearly daylight-saving rule). This keeps the app tiny (no tz database in the wasm) and
//! is correct for the current rules of each zone; a host test checks every hour of 2025–2035
//! against the IANA database (chrono-tz). A data file naming a zone not in [`ZONES`] fails the
//! build, so a new zone is added here first, with its test.

use crate::date::{days_from_civil, days_in_month, weekday_from_days};

/// "The n-th `weekday` of `month`" (n = 5 means the last), at `minute` past local midnight,
/// in the clock time in force just before the change (POSIX `Mm.n.d/time`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Transition {
    pub month: u8,
    pub week: u8,
    /// Sunday = 0 as in POSIX.
    pub weekday: u8,
    pub minute: i32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dst {
    /// Offset from UTC in minutes while daylight-saving time is in force.
    pub offset: i32,
    pub start: Transition,
    pub end: Transition,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Zone {
    /// IANA name, e.g. `America/New_York`.
    pub name: &'static str,
    /// Offset from UTC in minutes outside daylight-saving time.
    pub std_offset: i32,
    pub dst: Option<Dst>,
}

const fn tr(month: u8, week: u8, weekday: u8, hour: i32) -> Transition {
    Transition { month, week, weekday, minute: hour * 60 }
}

const US_START: Transition = tr(3, 2, 0, 2);
const US_END: Transition = tr(11, 1, 0, 2);
const EU_START: Transition = tr(3, 5, 0, 1);
const EU_END: Transition = tr(10, 5, 0, 2);
const AU_START: Transition = tr(10, 1, 0, 2);
const AU_END: Transition = tr(4, 1, 0, 3);

const fn us(name: &'static str, std_hours: i32) -> Zone {
    Zone { name, std_offset: std_hours * 60, dst: Some(Dst { offset: std_hours * 60 + 60, start: US_START, end: US_END }) }
}
const fn fixed(name: &'static str, minutes: i32) -> Zone {
    Zone { name, std_offset: minutes, dst: None }
}

/// Every zone a directory entry may name.
pub const ZONES: &[Zone] = &[
    fixed("UTC", 0),
    us("America/New_York", -5),
    us("America/Chicago", -6),
    us("America/Denver", -7),
    fixed("America/Phoenix", -7 * 60),
    us("America/Los_Angeles", -8),
    us("America/Anchorage", -9),
    fixed("Pacific/Honolulu", -10 * 60),
    us("America/Toronto", -5),
    us("America/Winnipeg", -6),
    fixed("America/Regina", -6 * 60),
    us("America/Edmonton", -7),
    us("America/Vancouver", -8),
    us("America/Halifax", -4),
    Zone { name: "America/St_Johns", std_offset: -210, dst: Some(Dst { offset: -150, start: US_START, end: US_END }) },
    Zone { name: "Europe/London", std_offset: 0, dst: Some(Dst { offset: 60, start: EU_START, end: EU_END }) },
    Zone { name: "Europe/Dublin", std_offset: 0, dst: Some(Dst { offset: 60, start: EU_START, end: EU_END }) },
    Zone { name: "Australia/Sydney", std_offset: 600, dst: Some(Dst { offset: 660, start: AU_START, end: AU_END }) },
    Zone { name: "Australia/Melbourne", std_offset: 600, dst: Some(Dst { offset: 660, start: AU_START, end: AU_END }) },
    Zone { name: "Australia/Hobart", std_offset: 600, dst: Some(Dst { offset: 660, start: AU_START, end: AU_END }) },
    Zone { name: "Australia/Adelaide", std_offset: 570, dst: Some(Dst { offset: 630, start: AU_START, end: AU_END }) },
    fixed("Australia/Brisbane", 600),
    fixed("Australia/Darwin", 570),
    fixed("Australia/Perth", 480),
    Zone { name: "Pacific/Auckland", std_offset: 720, dst: Some(Dst { offset: 780, start: tr(9, 5, 0, 2), end: tr(4, 1, 0, 3) }) },
    // Central European time: the EU's rule, an hour later on the clock than London's.
    Zone { name: "Europe/Madrid", std_offset: 60, dst: Some(Dst { offset: 120, start: tr(3, 5, 0, 2), end: tr(10, 5, 0, 3) }) },
    // Mexico has kept standard time all year since October 2022.
    fixed("America/Mexico_City", -6 * 60),
    fixed("America/Bogota", -5 * 60),
    fixed("America/Lima", -5 * 60),
    fixed("America/Argentina/Buenos_Aires", -3 * 60),
    // Chile: daylight-saving time from the first Saturday of September to the first Saturday
    // of April, at midnight (POSIX `<-04>4<-03>,M9.1.6/24,M4.1.6/24`).
    Zone {
        name: "America/Santiago",
        std_offset: -4 * 60,
        dst: Some(Dst { offset: -3 * 60, start: tr(9, 1, 6, 24), end: tr(4, 1, 6, 24) }),
    },
    fixed("Asia/Kolkata", 330),
    fixed("Africa/Johannesburg", 120),
    fixed("Asia/Singapore", 480),
    fixed("Asia/Manila", 480),
];

/// Index of a zone in [`ZONES`]; what the compiled directory stores.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct ZoneId(pub u8);

impl ZoneId {
    pub fn by_name(name: &str) -> Option<ZoneId> {
        ZONES.iter().position(|z| z.name == name).map(|i| ZoneId(i as u8))
    }
    pub fn zone(self) -> &'static Zone {
        &ZONES[usize::from(self.0)]
    }
}

/// Seconds since the epoch at which `t` happens in `year`, given the offset (minutes) in force
/// just before it.
fn transition_utc(year: i32, t: Transition, offset_before: i32) -> i64 {
    let first = days_from_civil(year, t.month, 1);
    // POSIX weekday: Sunday = 0; ours: Monday = 0.
    let first_posix = (i64::from(weekday_from_days(first)) + 1) % 7;
    let mut day = 1 + (i64::from(t.weekday) - first_posix).rem_euclid(7) + 7 * (i64::from(t.week) - 1);
    let dim = i64::from(days_in_month(year, t.month));
    while day > dim {
        day -= 7;
    }
    (first + day - 1) * 86_400 + i64::from(t.minute) * 60 - i64::from(offset_before) * 60
}

impl Zone {
    /// Offset from UTC in minutes at the instant `utc` (seconds since the epoch).
    pub fn offset_at(&self, utc: i64) -> i32 {
        let Some(dst) = self.dst else { return self.std_offset };
        let (year, _, _) = crate::date::civil_from_days(utc.div_euclid(86_400));
        let start = transition_utc(year, dst.start, self.std_offset);
        let end = transition_utc(year, dst.end, dst.offset);
        let in_dst = if start < end {
            utc >= start && utc < end
        } else {
            // Southern hemisphere: daylight-saving time spans New Year.
            utc >= start || utc < end
        };
        if in_dst {
            dst.offset
        } else {
            self.std_offset
        }
    }

    /// Local time at `utc`: (days since epoch, minute of day).
    pub fn local(&self, utc: i64) -> (i64, i32) {
        let local = utc + i64::from(self.offset_at(utc)) * 60;
        (local.div_euclid(86_400), (local.rem_euclid(86_400) / 60) as i32)
    }

    /// The instant a local wall-clock time happens. In a gap (spring forward) the time is taken
    /// with the offset before the change, so it lands just after the gap; in an overlap the
    /// earlier instant is chosen.
    pub fn to_utc(&self, local_day: i64, minute: i32) -> i64 {
        let wall = local_day * 86_400 + i64::from(minute) * 60;
        let offsets = [Some(self.std_offset), self.dst.map(|d| d.offset)];
        offsets
            .into_iter()
            .flatten()
            .map(|off| wall - i64::from(off) * 60)
            .filter(|&t| self.offset_at(t) * 60 == (wall - t) as i32)
            .min()
            // In a gap neither reading is consistent: use the offset before the change.
            .unwrap_or_else(|| {
                let before = self.offset_at(wall - i64::from(self.std_offset) * 60 - 86_400 / 2);
                wall - i64::from(before) * 60
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Offset, TimeZone};

    #[test]
    fn every_zone_matches_the_iana_database_hourly_2025_to_2035() {
        let from = days_from_civil(2025, 1, 1) * 86_400;
        let to = days_from_civil(2036, 1, 1) * 86_400;
        for zone in ZONES {
            let iana: chrono_tz::Tz = zone.name.parse().expect("known IANA name");
            let mut t = from;
            while t < to {
                let expected = iana.offset_from_utc_datetime(&chrono::DateTime::from_timestamp(t, 0).unwrap().naive_utc());
                let expected = expected.fix().local_minus_utc() / 60;
                assert_eq!(zone.offset_at(t), expected, "{} at {}", zone.name, t);
                // Also a minute before and after each hour boundary, where transitions happen.
                for dt in [-60, 60] {
                    let e = iana
                        .offset_from_utc_datetime(&chrono::DateTime::from_timestamp(t + dt, 0).unwrap().naive_utc())
                        .fix()
                        .local_minus_utc()
                        / 60;
                    assert_eq!(zone.offset_at(t + dt), e, "{} at {}", zone.name, t + dt);
                }
                t += 3600;
            }
        }
    }

    #[test]
    fn local_and_back() {
        let ny = ZoneId::by_name("America/New_York").unwrap().zone();
        // 2026-03-08 is the US spring-forward day: 02:00 EST -> 03:00 EDT (07:00 UTC).
        let day = days_from_civil(2026, 3, 8);
        assert_eq!(ny.to_utc(day, 60), day * 86_400 + 6 * 3600); // 01:00 EST
        assert_eq!(ny.to_utc(day, 4 * 60), day * 86_400 + 8 * 3600); // 04:00 EDT
        assert_eq!(ny.local(day * 86_400 + 8 * 3600), (day, 4 * 60));
        assert!(ZoneId::by_name("Mars/Olympus").is_none());
    }
}
