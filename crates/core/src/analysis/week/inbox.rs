//! The looks at each inbox: the times that keep every promise made there (`analysis::looks`),
//! shifted so that two inboxes are never looked at in the same minutes, each look as long as
//! its check plus the answers to what came in since the one before.

use crate::model::{Catalogue, Plan, Promise, Weekday};

use super::super::arrivals::Arrivals;
use super::super::cost::{PlanCost, inbox_key};
use super::super::looks::{Look, OpenTime, keeps, schedule_for_all};
use super::Draft;
use super::items::{Item, Kind, Notice};

/// Shifts tried for an inbox's looks, in minutes, nearest first.
const SHIFTS: [i32; 13] = [0, 10, -10, 20, -20, 30, -30, 40, -40, 50, -50, 60, -60];
/// The review rounds' series and the start of their items' keys (`reviews:1`).
const REVIEWS: &str = "reviews";
/// Before this hour a look is at night.
const NIGHT_ENDS: u32 = 7 * 60;

/// One inbox's series of looks.
struct Series {
    id: String,
    members: Vec<usize>,
    promises: Vec<Promise>,
    /// Minutes of watching and of answering a week, as the cost counts them.
    watching: f64,
    answering: f64,
}

pub(super) fn lay_out(
    plan: &Plan,
    catalogue: &Catalogue,
    cost: &PlanCost,
    open: &OpenTime,
    drafts: &mut Vec<Draft>,
    notices: &mut Vec<Notice>,
) {
    let choices = plan.current_choices();
    let arrivals = Arrivals::of(plan);
    let keys: Vec<String> =
        choices.iter().map(|c| inbox_key(plan.platform(catalogue, &c.platform), &c.platform)).collect();
    let mut series: Vec<Series> = Vec::new();
    for (i, key) in keys.iter().enumerate() {
        if cost.choices[i].looks_per_week <= 0.0 || series.iter().any(|s| s.members.contains(&i)) {
            continue;
        }
        let members: Vec<usize> =
            (i..choices.len()).filter(|&j| &keys[j] == key && cost.choices[j].looks_per_week > 0.0).collect();
        series.push(Series {
            id: key.split_once(':').map_or(key.as_str(), |(_, id)| id).to_owned(),
            promises: members.iter().map(|&j| choices[j].promise).collect(),
            watching: members.iter().map(|&j| cost.choices[j].monitoring).sum(),
            answering: members.iter().map(|&j| cost.choices[j].replies).sum(),
            members,
        });
    }
    // The review rounds (`super::super::voices`): a series of their own, kept apart from the
    // inboxes' looks like any other.
    let voices = &cost.voices;
    // The sites read on the rounds; when every site is a kept platform's, the rounds only reply
    // (to the reviews the asks bring), and name them all.
    let sites: Vec<String> = if voices.on_rounds.is_empty() {
        plan.voices.reviews.as_ref().map_or_else(Vec::new, |r| r.sites.clone())
    } else {
        voices.on_rounds.clone()
    };
    if let (true, Some(promise)) = (voices.rounds_per_week > 0, voices.promise) {
        series.push(Series {
            id: REVIEWS.to_owned(),
            members: Vec::new(),
            promises: vec![promise],
            watching: voices.reading,
            answering: voices.replies,
        });
    }
    // The strictest first: it has the least room to move.
    let looks_of = |s: &Series| schedule_for_all(&s.promises, open, 0).len();
    series.sort_by_key(|s| std::cmp::Reverse(looks_of(s)));
    let mut taken: Vec<(Weekday, f64, f64)> = Vec::new();
    for s in series {
        let (looks, minutes) = place(&s, open, &arrivals, &taken);
        let rounds = s.members.is_empty();
        let reviews_only = !rounds
            && s.members
                .iter()
                .all(|&j| plan.platform(catalogue, &choices[j].platform).is_some_and(|p| p.answers_reviews));
        let names: Vec<&str> = if rounds {
            sites
                .iter()
                .map(|id| plan.platform(catalogue, id).map_or(id.as_str(), |p| p.name.as_str()))
                .collect()
        } else {
            s.members.iter().map(|&j| cost.choices[j].platform_name.as_str()).collect()
        };
        let ids: Vec<String> = if rounds {
            sites.clone()
        } else {
            s.members.iter().map(|&j| choices[j].platform.clone()).collect()
        };
        let mut who: Vec<&str> = s.members.iter().filter_map(|&j| choices[j].responder.as_deref()).collect();
        who.dedup();
        if !rounds && looks.iter().any(|l| l.minute < NIGHT_ENDS && !open.is_open_at(l.in_week())) {
            let hours = s.promises.iter().map(|p| p.hours).fold(f64::INFINITY, f64::min);
            notices.push(Notice::NightLooks { platform: names.join(" + "), hours });
        }
        for (n, (look, minutes)) in looks.iter().zip(minutes).enumerate() {
            taken.push((look.day, f64::from(look.minute), f64::from(look.minute) + minutes));
            drafts.push(Draft {
                item: Item {
                    key: if rounds {
                        format!("{REVIEWS}:{}", n + 1)
                    } else {
                        format!("look:{}:{}", s.id, n + 1)
                    },
                    kind: if rounds { Kind::Reviews } else { Kind::Inbox },
                    day: look.day,
                    start: f64::from(look.minute),
                    minutes,
                    platforms: ids.clone(),
                    platform_names: names.join(" + "),
                    topic: None,
                    making: None,
                    who: (!who.is_empty()).then(|| who.join(" / ")),
                    moved: false,
                    every_weeks: 1,
                    phone: !open.is_open_at(look.in_week()),
                    reviews: reviews_only,
                    follows: None,
                },
                source: None,
                fixed_time: true,
                publication: None,
            });
        }
    }
}

/// The looks of one series at the first shift that keeps its promises and meets no look of
/// another inbox, with each look's minutes: its share of the watching, and the answers to the
/// messages that arrived since the look before (by when customers write).
fn place(
    s: &Series,
    open: &OpenTime,
    arrivals: &Arrivals,
    taken: &[(Weekday, f64, f64)],
) -> (Vec<Look>, Vec<f64>) {
    let mut first: Option<(Vec<Look>, Vec<f64>)> = None;
    for shift in SHIFTS {
        let looks = schedule_for_all(&s.promises, open, shift);
        let at: Vec<u32> = looks.iter().map(|l| l.in_week()).collect();
        if looks.is_empty() || !s.promises.iter().all(|p| keeps(&at, *p, open)) {
            continue;
        }
        let minutes = minutes_of(&at, s, arrivals);
        let clashes = looks.iter().zip(&minutes).any(|(l, m)| {
            let (a, b) = (f64::from(l.minute), f64::from(l.minute) + m);
            taken.iter().any(|&(d, s2, e2)| d == l.day && a < e2 && b > s2)
        });
        if !clashes {
            return (looks, minutes);
        }
        first.get_or_insert((looks, minutes));
    }
    first.unwrap_or_else(|| {
        let looks = schedule_for_all(&s.promises, open, 0);
        let at: Vec<u32> = looks.iter().map(|l| l.in_week()).collect();
        let minutes = minutes_of(&at, s, arrivals);
        (looks, minutes)
    })
}

fn minutes_of(at: &[u32], s: &Series, arrivals: &Arrivals) -> Vec<f64> {
    let n = at.len().max(1) as f64;
    at.iter()
        .enumerate()
        .map(|(i, &m)| {
            let before = if i == 0 { at[at.len() - 1] } else { at[i - 1] };
            let share = if at.len() == 1 { 1.0 } else { arrivals.between(before, m) };
            s.watching / n + s.answering * share
        })
        .collect()
}
