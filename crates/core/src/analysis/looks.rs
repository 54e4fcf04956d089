//! The promise model: when someone looks at an inbox so that every promise made there is kept,
//! and how long a message waits for those looks. One home for both, so that the cost, the week,
//! the fit, the advice and the drill count the same looks (docs/method.md, "Promises").
//!
//! A promise "within T h of opening hours" counts only the time the business is open: looks
//! fall in opening hours, evenly, so that no stretch of open time between two looks (closing
//! time and closed days skipped) is longer than T. A promise "within T h, any time" counts the
//! clock: looks fall every day of the week, closed days included (from the phone), with the
//! longest gap, the night, no longer than T.

use crate::model::{Promise, PromiseKind, TimeAvailable, Weekday};

pub const DAY: u32 = 24 * 60;
pub const WEEK: u32 = 7 * DAY;
/// Waking hours for looks from the phone when a promise counts the clock: from 08:00 (or
/// opening, if earlier) to 21:00 (or closing, if later). Estimate: when an owner still reads a
/// message the same day.
const WAKES: u32 = 8 * 60;
const SLEEPS: u32 = 21 * 60;

/// A look at an inbox: its day and the minute of the day it starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Look {
    pub day: Weekday,
    pub minute: u32,
}

impl Look {
    /// Minutes from Monday 00:00.
    pub fn in_week(self) -> u32 {
        self.day.index() as u32 * DAY + self.minute
    }

    pub fn at(week_minute: u32) -> Look {
        let m = week_minute % WEEK;
        Look { day: Weekday::ALL[(m / DAY) as usize], minute: m % DAY }
    }

    /// A look `minute` minutes after the midnight that begins `day`: on the next day past
    /// 24:00 (a bar's look at 00:30 after its Saturday opening is on Sunday).
    pub fn on(day: Weekday, minute: u32) -> Look {
        Look::at(day.index() as u32 * DAY + minute)
    }
}

/// When the business is open, in minutes of the week.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenTime {
    /// Each open day's [opens, closes), in week order; the night of Sunday to Monday in two.
    spans: Vec<(u32, u32)>,
    pub opens: u32,
    /// From the midnight that begins an open day: past `DAY` when closing is after midnight.
    pub closes: u32,
    pub days: Vec<Weekday>,
    /// The busy times of an open day, [from, to) in minutes of the day: a look in one moves out
    /// of it where the promise allows.
    pub rushes: Vec<(u32, u32)>,
}

impl OpenTime {
    pub fn of(time: &TimeAvailable) -> OpenTime {
        let mut days = time.open_days.clone();
        days.sort();
        days.dedup();
        if days.is_empty() {
            days.push(Weekday::Mon);
        }
        let opens = u32::from(time.opens.minutes());
        let closes = u32::from(time.closing_minute()).max(opens + 1);
        let spans = days
            .iter()
            .map(|d| d.index() as u32 * DAY)
            .flat_map(|m| {
                let (a, b) = (m + opens, m + closes);
                // Sunday's evening goes on into Monday's first hours.
                if b > WEEK { vec![(a, WEEK), (0, b - WEEK)] } else { vec![(a, b)] }
            })
            .collect();
        let rushes = time
            .rush_hours
            .iter()
            .map(|s| (u32::from(s.from.minutes()), u32::from(s.to.minutes())))
            .collect();
        OpenTime { spans, opens, closes, days, rushes }
    }

    /// Whether a look starting at `minute` of `day` falls in a busy time of an open day, or in
    /// the `margin` minutes before one.
    pub fn in_a_rush(&self, day: Weekday, minute: u32, margin: u32) -> bool {
        self.days.contains(&day)
            && self.rushes.iter().any(|&(a, b)| a.saturating_sub(margin) <= minute && minute < b)
    }

    /// Minutes open each open day.
    pub fn day_length(&self) -> u32 {
        self.closes - self.opens
    }

    pub fn is_open_at(&self, week_minute: u32) -> bool {
        let m = week_minute % WEEK;
        self.spans.iter().any(|&(a, b)| a <= m && m < b)
    }

    /// Whether a whole opening (an open day's, from opening to closing) lies in the stretch from
    /// `from` to `until` (minutes of the week; `until` past the week's end when it runs round).
    pub fn opening_within(&self, from: u32, until: u32) -> bool {
        let until = if until <= from { until + WEEK } else { until };
        self.days.iter().any(|d| {
            let start = d.index() as u32 * DAY + self.opens;
            [start, start + WEEK].iter().any(|&s| from <= s && s + self.day_length() <= until)
        })
    }

    /// Open minutes in the stretch from `from` to `to` (minutes of the week), going forward and
    /// round the week when `to` is not after `from`. A whole week when they are equal.
    pub fn open_between(&self, from: u32, to: u32) -> u32 {
        let (from, to) = (from % WEEK, to % WEEK);
        let forward = |a: u32, b: u32| -> u32 {
            self.spans.iter().map(|&(s, e)| e.min(b).saturating_sub(s.max(a))).sum()
        };
        if to > from { forward(from, to) } else { forward(from, WEEK) + forward(0, to) }
    }
}

/// The stretches between looks, round the week: (a look's start, the next one's start).
pub fn gaps(looks: &[u32]) -> Vec<(u32, u32)> {
    let mut sorted = looks.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    match sorted.len() {
        0 => Vec::new(),
        n => (0..n).map(|i| (sorted[i], if i + 1 < n { sorted[i + 1] } else { sorted[0] + WEEK })).collect(),
    }
}

/// The longest wait a message can have, in minutes, counted the promise's way: on the clock,
/// or in open time. None when nobody ever looks.
pub fn worst_wait(looks: &[u32], kind: PromiseKind, open: &OpenTime) -> Option<u32> {
    gaps(looks)
        .into_iter()
        .map(|(a, b)| match kind {
            PromiseKind::Anytime => b - a,
            PromiseKind::OpeningHours => open.open_between(a, b),
        })
        .max()
}

/// Whether looks at these minutes of the week keep the promise.
pub fn keeps(looks: &[u32], promise: Promise, open: &OpenTime) -> bool {
    worst_wait(looks, promise.kind, open).is_some_and(|w| f64::from(w) <= promise.hours * 60.0 + 1e-6)
}

/// The looks that keep one promise, the fewest the rule allows, spread evenly. `shift` moves
/// them all by as many minutes (within what keeps them in place), so that the looks of two
/// inboxes do not fall at the same minute; a shift keeps every gap as it is.
pub fn schedule(promise: Promise, open: &OpenTime, shift: i32) -> Vec<Look> {
    let target = (promise.hours * 60.0).max(1.0);
    let mut looks = match promise.kind {
        PromiseKind::OpeningHours => in_opening_hours(target, open, shift),
        PromiseKind::Anytime => on_the_clock(target, open, shift),
    };
    looks.sort();
    looks.dedup();
    looks
}

/// A look keeps this many minutes clear of the start of a busy time, so that it is over when the
/// rush starts (estimate: a look and its answers).
pub const BEFORE_A_RUSH: u32 = 30;

/// Looks in opening hours: `k` a day, in equal stretches of the day, when the promise is shorter
/// than the day; else one every `s` open days, at midday. Where the day has busy times (the bar's
/// 19:00 to 22:00), the looks slide together, keeping every stretch as long, so that as few as
/// possible fall in one (or in the half hour before it), the nearest to the centred places: the
/// first look of an evening answers a day's messages, which the owner cannot do while serving.
/// The number of looks does not change, so neither does their cost.
fn in_opening_hours(target: f64, open: &OpenTime, shift: i32) -> Vec<Look> {
    let length = f64::from(open.day_length());
    let days = &open.days;
    let mut per_day = (length / target).ceil().max(1.0) as u32;
    if f64::from(open.day_length()) > target {
        let keeps = |looks: &[Look]| {
            let minutes: Vec<u32> = looks.iter().map(|l| l.in_week()).collect();
            worst_wait(&minutes, PromiseKind::OpeningHours, open).is_some_and(|w| f64::from(w) <= target)
        };
        // Whole minutes may stretch a gap past the promise: one more look then.
        loop {
            let step = length / f64::from(per_day);
            let looks = per_day_looks(per_day, open, shift, step / 2.0);
            if keeps(&looks) || per_day >= open.day_length() {
                if open.rushes.is_empty() {
                    return looks;
                }
                // Every phase in whole minutes within a stretch, the centred one first.
                let centre = step / 2.0;
                let mut phases: Vec<f64> = (0..step.floor() as u32).map(f64::from).collect();
                phases.sort_by(|a, b| (a - centre).abs().total_cmp(&(b - centre).abs()));
                // Fewest in a rush, then the least time into the half hour before one.
                let in_rush = |looks: &[Look]| {
                    let count = looks.iter().filter(|l| open.in_a_rush(l.day, l.minute, 0)).count();
                    let into: u32 = looks
                        .iter()
                        .filter(|l| open.days.contains(&l.day))
                        .flat_map(|l| {
                            open.rushes
                                .iter()
                                .map(move |&(a, _)| (l.minute + BEFORE_A_RUSH).saturating_sub(a))
                        })
                        .filter(|&m| m < BEFORE_A_RUSH)
                        .sum::<u32>();
                    (count, into)
                };
                if in_rush(&looks) == (0, 0) {
                    return looks;
                }
                // The best phase is found unshifted, then shifted as asked, so that a shift still
                // keeps two inboxes' looks apart; unless the shift takes a look into a rush.
                let best = phases
                    .iter()
                    .map(|&phase| (phase, per_day_looks(per_day, open, 0, phase)))
                    .filter(|(_, l)| keeps(l))
                    .min_by_key(|(_, l)| in_rush(l));
                let Some((phase, best)) = best.filter(|(_, b)| in_rush(b) < in_rush(&looks)) else {
                    return looks;
                };
                let moved = per_day_looks(per_day, open, shift, phase);
                return if keeps(&moved) && in_rush(&moved).0 <= in_rush(&best).0 { moved } else { best };
            }
            per_day += 1;
        }
    }
    let every = ((target / length).floor() as usize).clamp(1, days.len());
    // Midday, or the nearest minute of the day clear of its busy times.
    let centre = open.opens + open.day_length() / 2;
    let nearest_clear = |margin: u32| {
        (0..open.day_length())
            .flat_map(|d| [centre.saturating_sub(d), centre + d])
            .filter(|&m| open.opens <= m && m < open.closes)
            .find(|&m| !open.rushes.iter().any(|&(a, b)| a.saturating_sub(margin) <= m && m < b))
    };
    // Found unshifted, then shifted as asked (two inboxes' looks kept apart).
    let clear = nearest_clear(BEFORE_A_RUSH).or_else(|| nearest_clear(0)).unwrap_or(centre);
    let midday = shifted(clear, shift, open.opens, open.closes - 1);
    (0..days.len()).step_by(every).map(|d| Look::on(days[d], midday)).collect()
}

/// `per_day` looks on each open day, `step` apart from `phase` minutes after opening.
fn per_day_looks(per_day: u32, open: &OpenTime, shift: i32, phase: f64) -> Vec<Look> {
    let length = f64::from(open.day_length());
    let step = length / f64::from(per_day);
    let mut out = Vec::new();
    for &day in &open.days {
        for j in 0..per_day {
            let at = f64::from(open.opens) + phase + step * f64::from(j);
            let minute = shifted(at.round() as u32, shift, open.opens, open.closes - 1);
            out.push(Look::on(day, minute));
        }
    }
    out
}

/// Looks on the clock, every day of the week: the night (or, for a promise shorter than the
/// night, the whole day) cut into stretches no longer than the promise.
fn on_the_clock(target: f64, open: &OpenTime, shift: i32) -> Vec<Look> {
    let wakes = open.opens.min(WAKES);
    // Not past midnight, even where the business closes later: on closed days too the looks of
    // an any-time promise fall in the owner's waking hours, which a club's 05:00 is not.
    let sleeps = open.closes.clamp(SLEEPS, DAY);
    let night = f64::from(DAY - (sleeps - wakes));
    let day = f64::from(DAY);
    if target >= day {
        let every = ((target / day).floor() as usize).clamp(1, 7);
        // The middle of the opening, or of the waking hours when that falls after them (a
        // club's opening is in the night): a look must end on its day.
        let middle = open.opens + open.day_length() / 2;
        let middle = if middle < sleeps { middle } else { (wakes + sleeps) / 2 };
        let midday = shifted(middle, shift, wakes, sleeps - 1);
        return (0..7).step_by(every).map(|d| Look::on(Weekday::ALL[d], midday)).collect();
    }
    let per_day = (day / target).ceil().max(2.0);
    let mut minutes: Vec<f64> = Vec::new();
    if target >= night {
        // The longest stretch is the night, centred on it; the waking hours cut evenly.
        let gap_at_night = night.max(day - (per_day - 1.0) * target);
        let first = f64::from(wakes) + (gap_at_night - night) / 2.0;
        let step = (day - gap_at_night) / (per_day - 1.0);
        minutes.extend((0..per_day as u32).map(|j| first + step * f64::from(j)));
    } else {
        // Shorter than the night: someone looks through the night too.
        let step = day / per_day;
        minutes.extend((0..per_day as u32).map(|j| f64::from(wakes) + step * f64::from(j)));
    }
    let mut out = Vec::new();
    for day_of_week in Weekday::ALL {
        for &m in &minutes {
            let m = (m.floor() as i64 + i64::from(shift)).rem_euclid(i64::from(DAY)) as u32;
            out.push(Look { day: day_of_week, minute: m });
        }
    }
    out
}

/// `at` moved by `shift` minutes, kept within [low, high].
fn shifted(at: u32, shift: i32, low: u32, high: u32) -> u32 {
    (i64::from(at) + i64::from(shift)).clamp(i64::from(low), i64::from(high.max(low))) as u32
}

/// The looks that keep every promise of one inbox (a shared inbox's platforms may promise
/// differently): the strictest promise of each kind, together, less any look that every
/// promise can do without.
pub fn schedule_for_all(promises: &[Promise], open: &OpenTime, shift: i32) -> Vec<Look> {
    let strictest = |kind: PromiseKind| {
        promises.iter().filter(|p| p.kind == kind).min_by(|a, b| a.hours.total_cmp(&b.hours)).copied()
    };
    let kinds: Vec<Promise> = PromiseKind::ALL.into_iter().filter_map(strictest).collect();
    let mut looks: Vec<Look> = kinds.iter().flat_map(|p| schedule(*p, open, shift)).collect();
    looks.sort();
    looks.dedup();
    if kinds.len() > 1 && looks.len() <= 300 {
        let mut i = 0;
        while i < looks.len() {
            let without: Vec<u32> =
                looks.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, l)| l.in_week()).collect();
            if kinds.iter().all(|p| keeps(&without, *p, open)) {
                looks.remove(i);
            } else {
                i += 1;
            }
        }
    }
    looks
}

/// How many looks a week one promise needs: what the cost and the fit count.
pub fn looks_a_week(promise: Promise, open: &OpenTime) -> usize {
    schedule(promise, open, 0).len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Clock;

    fn open(days: &[Weekday], opens: (u16, u16), closes: (u16, u16)) -> OpenTime {
        OpenTime::of(&TimeAvailable {
            weekly_budget_hours: 4.0,
            open_days: days.to_vec(),
            opens: Clock::hm(opens.0, opens.1),
            closes: Clock::hm(closes.0, closes.1),
            daily_limit_hours: None,
            ..TimeAvailable::default()
        })
    }

    fn bakery() -> OpenTime {
        use Weekday::*;
        open(&[Tue, Wed, Thu, Fri, Sat, Sun], (7, 0), (17, 0))
    }

    fn minutes(looks: &[Look]) -> Vec<u32> {
        looks.iter().map(|l| l.in_week()).collect()
    }

    #[test]
    fn open_time_skips_closing_and_closed_days() {
        let o = bakery();
        // Sunday 16:00 to Tuesday 08:00: an hour on Sunday, an hour on Tuesday.
        let sunday_16 = 6 * DAY + 16 * 60;
        let tuesday_8 = DAY + 8 * 60;
        assert_eq!(o.open_between(sunday_16, tuesday_8), 120);
        assert_eq!(o.open_between(0, 0), 6 * 600, "a whole week");
        assert!(o.is_open_at(DAY + 7 * 60) && !o.is_open_at(7 * 60));
    }

    #[test]
    fn an_opening_hours_promise_is_kept_with_the_fewest_looks() {
        let o = bakery();
        for hours in [0.25, 0.5, 1.0, 2.0, 3.0, 4.0, 6.0, 10.0, 12.0, 24.0, 48.0, 100.0, 672.0] {
            let promise = Promise::opening_hours(hours);
            let looks = schedule(promise, &o, 0);
            let m = minutes(&looks);
            assert!(keeps(&m, promise, &o), "{hours} h: {looks:?}");
            assert!(m.iter().all(|&x| o.is_open_at(x)), "{hours} h: a look outside opening hours");
            // One look fewer cannot keep it when the looks are a day's worth or more.
            let needed = (6.0 * 600.0 / (hours * 60.0)).ceil() as usize;
            assert!(looks.len() >= needed.min(looks.len()), "{hours} h");
            if hours * 60.0 < 600.0 {
                assert_eq!(looks.len(), 6 * (600.0 / (hours * 60.0)).ceil() as usize, "{hours} h");
            }
        }
        assert_eq!(looks_a_week(Promise::opening_hours(4.0), &o), 18);
        assert_eq!(looks_a_week(Promise::opening_hours(24.0), &o), 3, "every other open day");
    }

    #[test]
    fn an_anytime_promise_looks_every_day_and_keeps_the_night_within_it() {
        let o = bakery();
        for hours in [1.0, 4.0, 11.0, 12.0, 16.0, 24.0, 48.0, 72.0] {
            let promise = Promise::anytime(hours);
            let looks = schedule(promise, &o, 0);
            let m = minutes(&looks);
            assert!(keeps(&m, promise, &o), "{hours} h: {looks:?}");
        }
        let twelve = schedule(Promise::anytime(12.0), &o, 0);
        assert_eq!(twelve.len(), 14, "two a day, every day: {twelve:?}");
        assert!(twelve.iter().any(|l| l.day == Weekday::Mon), "Monday is closed: a look from the phone");
        assert!(twelve.iter().all(|l| l.minute >= 7 * 60 && l.minute <= 21 * 60), "{twelve:?}");
    }

    #[test]
    fn the_worst_wait_is_the_longest_gap_round_the_week() {
        let o = bakery();
        // The bakery's old week: 10:13, 13:33, 16:53, Tuesday to Sunday.
        let mut looks = Vec::new();
        for d in 1..7 {
            for m in [10 * 60 + 13, 13 * 60 + 33, 16 * 60 + 53] {
                looks.push(d * DAY + m);
            }
        }
        let worst = worst_wait(&looks, PromiseKind::Anytime, &o).unwrap();
        assert_eq!(worst, DAY + 17 * 60 + 20, "Sunday 16:53 to Tuesday 10:13: 41 h 20");
        assert_eq!(
            worst_wait(&looks, PromiseKind::OpeningHours, &o),
            Some(7 + 193),
            "16:53-17:00 + 07:00-10:13"
        );
        assert!(!keeps(&looks, Promise::anytime(4.0), &o));
        assert_eq!(worst_wait(&[], PromiseKind::Anytime, &o), None);
    }

    #[test]
    fn a_shift_keeps_the_gaps_and_the_opening_hours() {
        let o = bakery();
        let promise = Promise::opening_hours(4.0);
        let plain = schedule(promise, &o, 0);
        let moved = schedule(promise, &o, 20);
        assert_eq!(plain.len(), moved.len());
        assert!(keeps(&minutes(&moved), promise, &o));
        assert!(plain.iter().zip(&moved).all(|(a, b)| b.minute == a.minute + 20));
    }

    #[test]
    fn one_inbox_keeps_every_promise_made_there() {
        let o = bakery();
        let promises = [Promise::opening_hours(4.0), Promise::anytime(12.0), Promise::opening_hours(6.0)];
        let looks = schedule_for_all(&promises, &o, 0);
        let m = minutes(&looks);
        assert!(promises.iter().all(|p| keeps(&m, *p, &o)), "{looks:?}");
        let apart = schedule(promises[0], &o, 0).len() + schedule(promises[1], &o, 0).len();
        assert!(looks.len() < apart, "{} looks, {apart} apart", looks.len());
    }

    #[test]
    fn a_business_open_past_midnight_is_open_in_the_small_hours_of_the_next_day() {
        use Weekday::*;
        let at = |day: Weekday, h: u32, m: u32| day.index() as u32 * DAY + h * 60 + m;
        let bar = open(&[Tue, Wed, Thu, Fri, Sat], (18, 0), (1, 0));
        assert_eq!(bar.day_length(), 7 * 60);
        assert!(bar.is_open_at(at(Sat, 0, 30)), "Friday's evening goes on into Saturday");
        assert!(bar.is_open_at(at(Sun, 0, 59)) && !bar.is_open_at(at(Sun, 1, 0)));
        assert!(!bar.is_open_at(at(Tue, 0, 30)), "closed on Monday evening");
        assert!(!bar.is_open_at(at(Sat, 12, 0)) && bar.is_open_at(at(Sat, 23, 0)));
        assert_eq!(bar.open_between(0, 0), 5 * 7 * 60, "a whole week");
        // Sunday's evening runs into Monday, round the week.
        let sunday = open(&[Sun], (20, 0), (2, 0));
        assert!(sunday.is_open_at(at(Mon, 1, 0)) && !sunday.is_open_at(at(Mon, 2, 0)));
        assert_eq!(sunday.open_between(at(Sun, 23, 0), at(Mon, 1, 0)), 120);
        assert_eq!(sunday.open_between(0, 0), 6 * 60);

        // The looks spread over the whole evening, the last after midnight on the next day,
        // and every one of them while the bar is open.
        let promise = Promise::opening_hours(2.0);
        let looks = schedule(promise, &bar, 0);
        assert!(keeps(&minutes(&looks), promise, &bar), "{looks:?}");
        assert!(looks.iter().all(|l| bar.is_open_at(l.in_week())), "{looks:?}");
        assert!(looks.iter().any(|l| l.day == Sat && l.minute < 60), "{looks:?}");
        assert!(!looks.iter().any(|l| l.day == Tue && l.minute < 60), "{looks:?}");
        // A promise longer than the evening: one look every few nights, still in open time.
        let slow = schedule(Promise::opening_hours(20.0), &bar, 0);
        assert!(slow.iter().all(|l| bar.is_open_at(l.in_week())), "{slow:?}");
        // On the clock: in waking hours, even for a club whose opening is all in the night.
        let anytime = Promise::anytime(10.0);
        let looks = schedule(anytime, &bar, 0);
        assert!(keeps(&minutes(&looks), anytime, &bar), "{looks:?}");
        let club = open(&[Fri, Sat], (22, 0), (5, 0));
        let daily = schedule(Promise::anytime(24.0), &club, 0);
        assert!(daily.iter().all(|l| (WAKES..SLEEPS).contains(&l.minute)), "{daily:?}");
        assert!(keeps(&minutes(&daily), Promise::anytime(24.0), &club), "{daily:?}");
    }

    /// Found by a practitioner's pass: a wine bar open 18:00 to 01:00, busy from 19:00 to 22:00,
    /// had its first look of the evening, a day's messages (39 minutes), at 19:45. The looks
    /// slide together out of the rush and the half hour before it, as many, the promise kept.
    #[test]
    fn looks_keep_out_of_the_busy_times_where_the_promise_allows() {
        use Weekday::*;
        let days = [Tue, Wed, Thu, Fri, Sat];
        let calm = open(&days, (18, 0), (1, 0));
        let mut busy = calm.clone();
        busy.rushes = vec![(19 * 60, 22 * 60)];
        let promise = Promise::opening_hours(4.0);
        let before = schedule(promise, &calm, 0);
        let after = schedule(promise, &busy, 0);
        assert!(before.iter().any(|l| busy.in_a_rush(l.day, l.minute, 0)), "{before:?}");
        assert_eq!(after.len(), before.len());
        assert!(after.iter().all(|l| !busy.in_a_rush(l.day, l.minute, 0)), "{after:?}");
        assert!(keeps(&after.iter().map(|l| l.in_week()).collect::<Vec<_>>(), promise, &busy));
        assert_eq!(after[0], Look::on(Tue, 18 * 60 + 30));
        // A shift still moves them all (two inboxes' looks kept apart), out of the rush still.
        let apart = schedule(promise, &busy, 10);
        let minutes = |looks: &[Look]| looks.iter().map(|l| l.in_week()).collect::<Vec<_>>();
        assert_eq!(minutes(&apart), minutes(&after).iter().map(|m| m + 10).collect::<Vec<_>>());
        // One look every other day, at midday unless lunch is busy: then the nearest clear time.
        let mut restaurant = open(&days, (9, 0), (17, 0));
        restaurant.rushes = vec![(12 * 60, 14 * 60)];
        let slow = schedule(Promise::opening_hours(16.0), &restaurant, 0);
        assert!(slow.iter().all(|l| l.minute == 14 * 60), "{slow:?}");
        // A promise no rush leaves room for keeps its looks where they were.
        let mut all_day = open(&days, (9, 0), (17, 0));
        all_day.rushes = vec![(9 * 60, 17 * 60)];
        let held = schedule(Promise::opening_hours(2.0), &all_day, 0);
        assert_eq!(held, schedule(Promise::opening_hours(2.0), &open(&days, (9, 0), (17, 0)), 0));
    }
}
