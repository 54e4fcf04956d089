//! Where the owner's work goes in the day: the planning session, the owner's moves, the daily
//! limit, and times at quiet hours that overlap nothing else and never run past midnight.

use crate::model::{Plan, TimeAvailable, Weekday};

use super::super::cost::PlanCost;
use super::super::looks::OpenTime;
use super::Draft;
use super::items::{Item, Kind, Notice, SetAside};
use super::posts::follow_sources;

const DAY_END: f64 = 24.0 * 60.0;
/// The first hour after opening is busy (customers arrive, the day is set up): no writing.
const SETTING_UP: f64 = 60.0;
/// Writing may start before a late opening, from four hours before it (not before 09:00).
const BEFORE_A_LATE_OPENING: f64 = 4.0 * 60.0;
const MORNING: f64 = 9.0 * 60.0;
/// An early start, when a full day holds no more work from the morning on.
const EARLY: f64 = 6.0 * 60.0;

/// One planning session a week, the first open day: it prepares the week's writing.
pub(super) fn planning(cost: &PlanCost, open: &OpenTime, drafts: &mut Vec<Draft>) {
    let minutes: f64 = cost.choices.iter().map(|c| c.planning).sum();
    if minutes <= 0.0 {
        return;
    }
    drafts.push(Draft {
        item: Item::work("planning".into(), Kind::Planning, open.days[0], minutes, (&[], ""), None),
        source: None,
        fixed_time: false,
        publication: None,
    });
}

/// The review routine's asking and the ambassadors' work, one block each a week: the asks on
/// the second open day (the first has the planning session), the ambassadors on the last.
pub(super) fn voices(cost: &PlanCost, open: &OpenTime, drafts: &mut Vec<Draft>) {
    let days = &open.days;
    let blocks = [
        ("asking", Kind::Asking, cost.voices.asking, days[1 % days.len()]),
        ("ambassadors", Kind::Ambassadors, cost.voices.ambassadors, days[days.len() - 1]),
    ];
    for (key, kind, minutes, day) in blocks {
        if minutes > 0.0 {
            drafts.push(Draft {
                item: Item::work(key.into(), kind, day, minutes, (&[], ""), None),
                source: None,
                fixed_time: false,
                publication: None,
            });
        }
    }
}

/// The owner's moves, where they still make sense; a moved post takes what follows it along.
pub(super) fn apply_moves(plan: &Plan, open: &OpenTime, drafts: &mut [Draft], notices: &mut Vec<Notice>) {
    let moves = plan.current().map_or(&[][..], |s| s.moves.as_slice());
    for m in moves {
        // Publications and looks may go to any day (they are scheduled, or from the phone);
        // work the owner does at the shop goes to an open day.
        let anywhere = |d: &Draft| matches!(d.item.kind, Kind::Publish | Kind::Inbox);
        match drafts.iter_mut().find(|d| d.item.key == m.item) {
            None => notices.push(Notice::MoveSetAside { item: m.item.clone(), why: SetAside::NoSuchItem }),
            Some(d) if !anywhere(d) && !open.days.contains(&m.day) => {
                notices.push(Notice::MoveSetAside { item: m.item.clone(), why: SetAside::DayClosed(m.day) })
            }
            Some(d) => {
                d.item.day = m.day;
                // Work moved late in the evening ends at midnight at the latest: it stays on
                // its day, in every face (the calendar included).
                d.item.start = f64::from(m.at.minutes()).min(DAY_END - d.item.minutes).max(0.0);
                d.item.moved = true;
                d.fixed_time = true;
                if d.item.kind == Kind::Inbox {
                    d.item.phone =
                        !open.is_open_at(m.day.index() as u32 * 24 * 60 + u32::from(m.at.minutes()));
                }
            }
        }
    }
    follow_sources(drafts);
}

/// Moves posts (with what follows them) and the planning session from days over the limit to
/// the open days with the most room; looks, publications and the owner's moves stay.
pub(super) fn keep_to_limit(drafts: &mut [Draft], days: &[Weekday], limit: f64) {
    let load = |drafts: &[Draft], day: Weekday| -> f64 {
        drafts.iter().filter(|d| d.item.day == day).map(|d| d.item.minutes).sum()
    };
    // Each pass moves one bundle; a bundle never moves onto a day it would put over the limit.
    for _ in 0..drafts.len() {
        let Some(&over) = days.iter().find(|&&d| load(drafts, d) > limit + 0.5) else { return };
        let movable = drafts.iter().enumerate().filter(|(_, d)| {
            d.item.day == over
                && !d.fixed_time
                && d.source.is_none()
                && matches!(d.item.kind, Kind::Post | Kind::Planning | Kind::Asking | Kind::Ambassadors)
        });
        let mut best: Option<(usize, Weekday)> = None;
        for (i, _) in movable {
            let bundle: f64 = drafts
                .iter()
                .enumerate()
                .filter(|(j, d)| {
                    *j == i || (d.item.kind == Kind::Post && d.source == Some(i) && !d.item.moved)
                })
                .map(|(_, d)| d.item.minutes)
                .sum();
            let target = days
                .iter()
                .filter(|&&d| d != over)
                .map(|&d| (d, load(drafts, d)))
                .filter(|(_, l)| l + bundle <= limit + 0.5)
                .min_by(|a, b| a.1.total_cmp(&b.1));
            if let Some((day, _)) = target {
                best = Some((i, day));
                break;
            }
        }
        let Some((i, day)) = best else { return };
        drafts[i].item.day = day;
        follow_sources(drafts);
    }
}

/// The stretches of a day where the owner's work may go, best first: the quiet hours (after
/// the first hour of opening, or before a late opening; never in a rush hour), then the rest
/// of the working day, then the day from the morning on, then from early on, then the small
/// hours.
fn windows(time: &TimeAvailable, open: &OpenTime) -> Vec<(f64, f64)> {
    let opens = f64::from(open.opens);
    // Work stays on its day: a business open past midnight writes before it.
    let closes = f64::from(open.closes).min(DAY_END);
    let starts = opens.min((opens - BEFORE_A_LATE_OPENING).max(MORNING));
    let settled = (opens + SETTING_UP).min(closes);
    let rush: Vec<(f64, f64)> =
        time.rush_hours.iter().map(|s| (f64::from(s.from.minutes()), f64::from(s.to.minutes()))).collect();
    let mut out = Vec::new();
    // Quiet hours, cut by the rush hours: before a late opening, and after the first hour open.
    let mut pieces =
        if starts < opens { vec![(starts, opens), (settled, closes)] } else { vec![(settled, closes)] };
    for &(a, b) in &rush {
        pieces = pieces
            .into_iter()
            .flat_map(|(s, e)| {
                let mut part = Vec::new();
                if a > s {
                    part.push((s, a.min(e)));
                }
                if b < e {
                    part.push((b.max(s), e));
                }
                part.into_iter().filter(|(s, e)| e > s).collect::<Vec<_>>()
            })
            .collect();
    }
    out.extend(pieces);
    out.push((starts, closes));
    // Work the evening cannot hold goes on the morning, then early, before the small hours.
    out.push((MORNING, DAY_END));
    out.push((EARLY, DAY_END));
    out.push((0.0, DAY_END));
    out
}

/// Times for what has none yet: in the first of the day's windows where it fits without
/// overlapping anything placed, a shared or adapted post right after its source when it can;
/// never past midnight. Planning first, then posts in order, sources before what follows them.
pub(super) fn place_times(
    drafts: &mut [Draft],
    time: &TimeAvailable,
    open: &OpenTime,
    notices: &mut Vec<Notice>,
) {
    let windows = windows(time, open);
    let mut order: Vec<usize> = (0..drafts.len()).filter(|&i| !drafts[i].fixed_time).collect();
    order.sort_by_key(|&i| (drafts[i].item.kind != Kind::Planning, drafts[i].source.is_some(), i));
    let mut placed: Vec<usize> =
        (0..drafts.len()).filter(|&i| drafts[i].fixed_time && drafts[i].item.minutes > 0.0).collect();
    for i in order {
        let day = drafts[i].item.day;
        let minutes = drafts[i].item.minutes;
        let mut busy: Vec<(f64, f64)> = placed
            .iter()
            .map(|&j| &drafts[j].item)
            .filter(|it| it.day == day)
            .map(|it| (it.start, it.end()))
            .collect();
        busy.sort_by(|a, b| a.0.total_cmp(&b.0));
        // A batch is written in one go: after its source, or after the work already placed
        // that day (the planning session prepares it).
        let after_source = match drafts[i].source {
            Some(s) if drafts[s].item.day == day => Some(drafts[s].item.end()),
            _ => placed
                .iter()
                .map(|&j| &drafts[j].item)
                .filter(|it| it.day == day && matches!(it.kind, Kind::Post | Kind::Planning) && !it.moved)
                .map(Item::end)
                .reduce(f64::max),
        };
        let fits = |from: f64, to: f64| first_free(&busy, from, to, minutes);
        let start = after_source
            .and_then(|from| windows.iter().find_map(|&(a, b)| fits(from.max(a), b)))
            .or_else(|| windows.iter().find_map(|&(a, b)| fits(a, b)));
        drafts[i].item.start = match start {
            Some(start) => start,
            None => {
                if !notices.contains(&Notice::NoRoom { day }) {
                    notices.push(Notice::NoRoom { day });
                }
                (DAY_END - minutes).max(0.0).min(windows[0].0)
            }
        };
        if minutes > 0.0 {
            placed.push(i);
        }
    }
}

/// The first start from `from` at which `minutes` fit before `to` without meeting `busy`.
fn first_free(busy: &[(f64, f64)], from: f64, to: f64, minutes: f64) -> Option<f64> {
    let mut start = from;
    for &(s, e) in busy {
        if start + minutes <= s + 0.01 {
            break;
        }
        if e > start {
            start = e;
        }
    }
    (start + minutes <= to + 0.01).then_some(start)
}
