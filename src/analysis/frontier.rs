//! The exact search behind "Fit my week" (docs/method.md).
//!
//! Reuse is what makes the week hard to search: an adapted post needs another chosen platform
//! making its own posts, at least as many and in a format at least as rich. Some best week has
//! its own-post platforms as *sources*: no two where one makes at least as many posts as the
//! other in a format at least as rich (else the weaker one could adapt instead, for no more
//! minutes and the same value), so at most one per format, fewer posts as formats get richer.
//! The search therefore chooses the sources first, richest format first, and then, for those
//! sources, every other platform: none, or any option whose posts the sources cover. That
//! second part has no reuse left to track; it is a programme over the platforms that keeps,
//! in each state of the other shared work (goals served, planning session paid, the inbox
//! group being filled), only the partial weeks no other beats on both minutes and value
//! (minutes are never rounded).
//!
//! Both parts drop only what provably cannot beat the best week found so far: a Lagrangian
//! bound (for a price per minute λ, what is left is worth at most λ times the minutes left
//! plus, for each platform, its best value less λ times its least minutes), the least of
//! several prices. Nothing that could be the best week is dropped, so the result is exact.

use super::cost::PLANNING_SESSION_MINUTES;
use super::fit::{Candidate, GOAL_VALUE};
use super::savings::weight;

/// Tolerance of every comparison of minutes, posts and value (as the cost model's own).
const EPS: f64 = 1e-9;
/// Post formats, by weight (text, image, short video, long video).
const WEIGHTS: usize = 4;
const NONE: u16 = u16::MAX;
const FREE: u16 = u16::MAX - 1;
/// Partial weeks kept per platform by the narrow first pass over each set of sources, which
/// finds a good week to beat before the exact pass.
const NARROW: usize = 16;
/// Prices per minute tried by the bounds, as shares of the price at the budget's margin.
const PRICES: [f64; 7] = [0.5, 0.7, 0.85, 1.0, 1.2, 1.5, 2.0];

/// A partial week of the second part.
#[derive(Clone, Copy, Debug)]
struct State {
    minutes: f64,
    value: f64,
    goals: u8,
    any: bool,
    /// The open inbox group: members chosen, strictest looks a day, longest check.
    members: u8,
    looks: f64,
    check: f64,
    /// The sources already placed on a member of their family, one bit each.
    placed: u8,
    /// Within a family of twins, the option the member before took (NONE: none), or FREE at
    /// its first member: members take options worth no more than the one before (giving the
    /// best options to the best scores loses nothing), so each way of sharing options out
    /// among twins is searched once.
    last: u16,
    /// The partial week it grew from (in the layer before) and the option taken, or NONE.
    back: u32,
    option: u16,
}

impl State {
    fn key(&self) -> (u32, u16, u64, u64) {
        (
            u32::from(self.goals)
                | u32::from(self.any) << 8
                | u32::from(self.members) << 16
                | u32::from(self.placed) << 24,
            self.last,
            self.looks.to_bits(),
            self.check.to_bits(),
        )
    }
}

/// The upper concave hull of (minutes, value) points from (0, 0), as segments.
fn hull_segments(mut points: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
    points.sort_by(|a, b| a.0.total_cmp(&b.0).then(b.1.total_cmp(&a.1)));
    let mut hull: Vec<(f64, f64)> = vec![(0.0, 0.0)];
    for p in points {
        if p.1 <= hull[hull.len() - 1].1 {
            continue;
        }
        while hull.len() >= 2 {
            let (a, b) = (hull[hull.len() - 2], hull[hull.len() - 1]);
            if (b.0 - a.0) * (p.1 - a.1) - (b.1 - a.1) * (p.0 - a.0) >= 0.0 {
                hull.pop();
            } else {
                break;
            }
        }
        hull.push(p);
    }
    hull.windows(2).map(|w| (w[1].0 - w[0].0, w[1].1 - w[0].1)).collect()
}

/// The value per minute at the margin of `room` minutes when the hull segments are taken best
/// first (the linear relaxation's price): where the bounds' prices are centred.
fn marginal_price(mut segments: Vec<(f64, f64)>, room: f64) -> f64 {
    segments.sort_by(|a, b| (b.1 / b.0).total_cmp(&(a.1 / a.0)));
    let mut used = 0.0;
    for (dm, dv) in segments {
        used += dm;
        if used > room {
            return dv / dm;
        }
    }
    0.0
}

/// What the search found so far: the best week's value and choices (by candidate).
struct Best {
    value: f64,
    selection: Option<Vec<Option<usize>>>,
}

pub(super) struct Programme<'c, 'a> {
    cands: &'c [Candidate<'a>],
    /// Minutes a look takes per further member of each inbox group.
    extras: &'c [f64],
    days: f64,
    budget: f64,
    all_goals: u8,
    /// The platforms in the order they are taken: best value per minute first, an inbox
    /// group's members together.
    order: Vec<usize>,
    /// Whether the platform at position p is the last of its inbox group.
    closes_group: Vec<bool>,
    /// Goals the platforms from position p on can serve.
    goals_from: Vec<u8>,
    /// Least minutes each platform adds whatever its option: fixed time and least monitoring.
    floor: Vec<f64>,
    prices: Vec<f64>,
    /// Families of platforms that differ only in score (twins), by position, best score
    /// first; and each position's family. A source is chosen for a family, then placed on one
    /// of its members by the second part: which one only changes the score it is worth.
    families: Vec<Vec<usize>>,
    family: Vec<usize>,
    /// For the platform at position p and each format weight: its options of that weight by
    /// posts, and for each price, the best of `value − price × minutes` (at least 0, for not
    /// being chosen) among the first k of them.
    by_weight: Vec<[Vec<(f64, usize)>; WEIGHTS]>,
    net: Vec<[Vec<Vec<f64>>; WEIGHTS]>,
}

impl<'c, 'a> Programme<'c, 'a> {
    pub(super) fn new(
        cands: &'c [Candidate<'a>],
        extras: &'c [f64],
        days: f64,
        budget: f64,
        all_goals: u8,
    ) -> Self {
        let n = cands.len();
        // An inbox group's members together, and within it (twins share their inbox) each
        // family of twins together, best score first.
        let mut order = Vec::with_capacity(n);
        let mut placed = vec![false; n];
        for i in 0..n {
            if placed[i] {
                continue;
            }
            let group: Vec<usize> = (i..n)
                .filter(|&j| j == i || cands[j].group.is_some() && cands[j].group == cands[i].group)
                .collect();
            for j in group {
                if placed[j] {
                    continue;
                }
                let twins: Vec<usize> =
                    (j..n).filter(|&t| !placed[t] && (t == j || cands[j].twin_of(&cands[t]))).collect();
                for t in twins {
                    placed[t] = true;
                    order.push(t);
                }
            }
        }
        let closes_group = (0..n)
            .map(|p| {
                let g = cands[order[p]].group;
                g.is_some() && order.get(p + 1).is_none_or(|&q| cands[q].group != g)
            })
            .collect();
        let mut goals_from = vec![0u8; n + 1];
        for p in (0..n).rev() {
            goals_from[p] = goals_from[p + 1] | cands[order[p]].goals;
        }
        let floor: Vec<f64> = order.iter().map(|&i| cands[i].fixed + cands[i].monitoring_floor).collect();
        let segments = (0..n)
            .flat_map(|p| {
                hull_segments(
                    cands[order[p]].options.iter().map(|o| (floor[p] + o.creation, o.value)).collect(),
                )
            })
            .collect();
        let centre = marginal_price(segments, budget - PLANNING_SESSION_MINUTES);
        let mut prices: Vec<f64> = std::iter::once(0.0).chain(PRICES.iter().map(|s| s * centre)).collect();
        prices.dedup();
        let mut by_weight = Vec::with_capacity(n);
        let mut net = Vec::with_capacity(n);
        for p in 0..n {
            let c = &cands[order[p]];
            let mut lists: [Vec<(f64, usize)>; WEIGHTS] = Default::default();
            for (k, o) in c.options.iter().enumerate() {
                lists[usize::from(weight(o.format))].push((o.posts, k));
            }
            let mut nets: [Vec<Vec<f64>>; WEIGHTS] = Default::default();
            for w in 0..WEIGHTS {
                lists[w].sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
                nets[w] = prices
                    .iter()
                    .map(|&price| {
                        let mut best = 0.0f64;
                        std::iter::once(0.0)
                            .chain(lists[w].iter().map(|&(_, k)| {
                                let o = &c.options[k];
                                best = best.max(o.value - price * (floor[p] + o.creation));
                                best
                            }))
                            .collect()
                    })
                    .collect();
            }
            by_weight.push(lists);
            net.push(nets);
        }
        let mut families: Vec<Vec<usize>> = Vec::new();
        let mut family = Vec::with_capacity(n);
        for p in 0..n {
            match families.iter().position(|f| cands[order[f[0]]].twin_of(&cands[order[p]])) {
                Some(f) => {
                    families[f].push(p);
                    family.push(f);
                }
                None => {
                    families.push(vec![p]);
                    family.push(families.len() - 1);
                }
            }
        }
        Programme {
            cands,
            extras,
            days,
            budget,
            all_goals,
            order,
            closes_group,
            goals_from,
            floor,
            prices,
            families,
            family,
            by_weight,
            net,
        }
    }

    fn goal_value(&self, goals: u8) -> f64 {
        GOAL_VALUE * f64::from((goals & self.all_goals).count_ones())
    }

    /// The best `value − price × minutes` of the platform at position p among the options whose
    /// posts are within `limit` for their weight (0: not chosen).
    fn net_best(&self, p: usize, limit: &[f64; WEIGHTS], price: usize) -> f64 {
        (0..WEIGHTS)
            .map(|w| {
                let count = self.by_weight[p][w].partition_point(|&(posts, _)| posts <= limit[w] + EPS);
                self.net[p][w][price][count]
            })
            .fold(0.0, f64::max)
    }

    fn option_allowed(&self, p: usize, k: usize, limit: &[f64; WEIGHTS]) -> bool {
        let o = &self.cands[self.order[p]].options[k];
        o.posts <= limit[usize::from(weight(o.format))] + EPS
    }

    /// The best week: each candidate's option (None: not chosen), and its value; None when no
    /// week is worth anything.
    pub(super) fn best(&self) -> Option<(Vec<Option<usize>>, f64)> {
        let mut best = Best { value: 0.0, selection: None };
        let mut sources = Vec::new();
        self.choose_sources(WEIGHTS, &mut sources, [f64::INFINITY; WEIGHTS], f64::INFINITY, &mut best);
        best.selection.map(|s| (s, best.value))
    }

    /// A source's option (a family's, at its best-scored member), its value there and its
    /// least minutes on any member.
    fn source_option(&self, (f, k): (usize, usize)) -> (f64, f64) {
        let p = self.families[f][0];
        let o = &self.cands[self.order[p]].options[k];
        (o.value, self.floor[p] + o.creation)
    }

    /// How many sources each family holds.
    fn per_family(&self, sources: &[(usize, usize)]) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize)> = Vec::new();
        for &(f, _) in sources {
            match out.iter_mut().find(|c| c.0 == f) {
                Some(c) => c.1 += 1,
                None => out.push((f, 1)),
            }
        }
        out
    }

    /// Chooses the source of format weight `weights − 1` (or none), then the lighter ones; with
    /// every weight decided, searches the rest. `limit` is, per weight, the most posts the
    /// sources chosen cover (infinite where not decided yet); `bound` the most such weeks can be
    /// worth.
    fn choose_sources(
        &self,
        weights: usize,
        sources: &mut Vec<(usize, usize)>,
        limit: [f64; WEIGHTS],
        bound: f64,
        best: &mut Best,
    ) {
        if bound <= best.value + EPS {
            return;
        }
        let Some(w) = weights.checked_sub(1) else {
            if !sources.is_empty() {
                self.fill(sources, &limit, best);
            }
            return;
        };
        let n = self.order.len();
        let prices = self.prices.len();
        // A source of this weight must make more posts than the richer ones, else it is covered.
        let covered = sources
            .iter()
            .map(|&(f, k)| self.cands[self.order[self.families[f][0]]].options[k].posts)
            .fold(0.0, f64::max);
        // Each child: a source (family, option) or none, the posts it covers at this weight.
        let mut children: Vec<(Option<(usize, usize)>, f64)> = vec![(None, covered)];
        let held = self.per_family(sources);
        for (f, members) in self.families.iter().enumerate() {
            if held.iter().any(|&(g, count)| g == f && count >= members.len()) {
                continue;
            }
            let p = members[0];
            for &(posts, k) in &self.by_weight[p][w] {
                if !self.cands[self.order[p]].options[k].adapts && posts > covered + EPS {
                    children.push((Some((f, k)), posts));
                }
            }
        }
        // Bounds: what the other platforms may bring, per price, depends on the child only
        // through the posts covered at this weight, less the members holding the sources
        // (counted as the least worth of their family, which only raises the bound).
        let other_weights: Vec<Vec<f64>> = (0..n)
            .map(|p| {
                (0..prices)
                    .map(|l| {
                        (0..WEIGHTS)
                            .filter(|&v| v != w)
                            .map(|v| {
                                let count = self.by_weight[p][v]
                                    .partition_point(|&(posts, _)| posts <= limit[v] + EPS);
                                self.net[p][v][l][count]
                            })
                            .fold(0.0, f64::max)
                    })
                    .collect()
            })
            .collect();
        let net_at = |p: usize, l: usize, posts: f64| {
            let count = self.by_weight[p][w].partition_point(|&(q, _)| q <= posts + EPS);
            other_weights[p][l].max(self.net[p][w][l][count])
        };
        let holders = |held: &[(usize, usize)], l: usize, posts: f64| -> f64 {
            held.iter()
                .map(|&(f, count)| {
                    let m = &self.families[f];
                    m[m.len() - count..].iter().map(|&p| net_at(p, l, posts)).sum::<f64>()
                })
                .sum()
        };
        let mut levels: Vec<f64> = children.iter().map(|c| c.1).collect();
        levels.sort_by(f64::total_cmp);
        levels.dedup();
        let totals: Vec<Vec<f64>> = levels
            .iter()
            .map(|&posts| (0..prices).map(|l| (0..n).map(|p| net_at(p, l, posts)).sum()).collect())
            .collect();
        let (minutes, value) = sources.iter().fold((PLANNING_SESSION_MINUTES, 0.0), |(m, v), &s| {
            let (value, minutes) = self.source_option(s);
            (m + minutes, v + value)
        });
        let goals = self.goal_value(self.goals_from[0]);
        let mut ranked: Vec<(f64, usize)> = children
            .iter()
            .enumerate()
            .map(|(i, &(source, posts))| {
                let total = &totals[levels.partition_point(|&l| l < posts)];
                let (mut room, mut worth) = (self.budget - minutes, value + goals);
                let mut with = held.clone();
                if let Some(s) = source {
                    let (v, m) = self.source_option(s);
                    room -= m;
                    worth += v;
                    match with.iter_mut().find(|c| c.0 == s.0) {
                        Some(c) => c.1 += 1,
                        None => with.push((s.0, 1)),
                    }
                }
                if room < -EPS {
                    return (f64::NEG_INFINITY, i);
                }
                let b = (0..prices)
                    .map(|l| worth + self.prices[l] * room + total[l] - holders(&with, l, posts))
                    .fold(f64::INFINITY, f64::min);
                (b, i)
            })
            .collect();
        // Best bound first, so that good weeks are found early.
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        for (bound, i) in ranked {
            if bound <= best.value + EPS {
                break;
            }
            let (source, posts) = children[i];
            let mut with = limit;
            with[w] = posts;
            if let Some(s) = source {
                sources.push(s);
            }
            self.choose_sources(w, sources, with, bound, best);
            if source.is_some() {
                sources.pop();
            }
        }
    }

    fn group_minutes(&self, g: usize, members: u8, looks: f64, check: f64) -> f64 {
        if members == 0 { 0.0 } else { looks * self.days * (check + self.extras[g] * f64::from(members - 1)) }
    }

    /// The best week with these sources (each placed on one member of its family, at its
    /// option) and the other platforms at none or an option the sources cover. A narrow pass
    /// (at most NARROW partial weeks per platform) first finds a week to beat when there is
    /// none yet; the exact pass keeps every partial week no other beats.
    fn fill(&self, sources: &[(usize, usize)], limit: &[f64; WEIGHTS], best: &mut Best) {
        let n = self.order.len();
        let prices = self.prices.len();
        // From position p on, per price, what every platform may bring; per family and number
        // of sources not placed yet, what its least-scored members may bring (they are the
        // least the members holding those sources can take away).
        let mut rest = vec![vec![0.0; prices]; n + 1];
        for p in (0..n).rev() {
            rest[p] = (0..prices).map(|l| rest[p + 1][l] + self.net_best(p, limit, l)).collect();
        }
        let held = self.per_family(sources);
        let tails: Vec<Vec<Vec<f64>>> = held
            .iter()
            .map(|&(f, count)| {
                let m = &self.families[f];
                (0..=count)
                    .map(|u| {
                        (0..prices)
                            .map(|l| m[m.len() - u..].iter().map(|&p| self.net_best(p, limit, l)).sum())
                            .collect()
                    })
                    .collect()
            })
            .collect();
        let unplaced = |placed: u8, f: usize| {
            sources.iter().enumerate().filter(|&(i, s)| s.0 == f && placed & (1 << i) == 0).count()
        };
        let optimistic = |p: usize, s: &State| {
            let (mut room, mut worth) = (self.budget - s.minutes, s.value);
            for (i, &source) in sources.iter().enumerate() {
                if s.placed & (1 << i) == 0 {
                    let (v, m) = self.source_option(source);
                    room -= m;
                    // On a member from position p on: worth at most that member's value.
                    let at = self.families[source.0].iter().find(|&&q| q >= p);
                    worth += at.map_or(v, |&q| self.cands[self.order[q]].options[source.1].value);
                }
            }
            if room < -EPS {
                return f64::NEG_INFINITY;
            }
            let mut taken = vec![0.0; prices];
            for (h, &(f, _)) in held.iter().enumerate() {
                let u = unplaced(s.placed, f);
                // Not enough members left to hold the family's sources: a dead end.
                if self.families[f].iter().filter(|&&q| q >= p).count() < u {
                    return f64::NEG_INFINITY;
                }
                for (l, t) in taken.iter_mut().enumerate() {
                    *t += tails[h][u][l];
                }
            }
            let rest = (0..prices)
                .map(|l| self.prices[l] * room + rest[p][l] - taken[l])
                .fold(f64::INFINITY, f64::min);
            worth + self.goal_value(s.goals | self.goals_from[p]) + rest
        };
        // Each platform's moves: none, an option the sources cover, or placing a source of its
        // family on it.
        let moves: Vec<Vec<(Option<usize>, Option<usize>)>> = (0..n)
            .map(|p| {
                let c = &self.cands[self.order[p]];
                std::iter::once((None, None))
                    .chain(
                        (0..c.options.len())
                            .filter(|&k| self.option_allowed(p, k, limit))
                            .map(|k| (Some(k), None)),
                    )
                    .chain(
                        sources
                            .iter()
                            .enumerate()
                            .filter(|(_, s)| s.0 == self.family[p])
                            .map(|(i, s)| (Some(s.1), Some(i))),
                    )
                    .collect()
            })
            .collect();
        // The family's last member must leave none of its sources unplaced.
        let last_of_family: Vec<u8> = (0..n)
            .map(|p| {
                let f = self.family[p];
                if self.families[f].last() != Some(&p) {
                    return 0;
                }
                sources.iter().enumerate().filter(|(_, s)| s.0 == f).fold(0u8, |m, (i, _)| m | 1 << i)
            })
            .collect();
        for width in [Some(NARROW), None] {
            if width.is_some() && best.selection.is_some() {
                continue;
            }
            let start = State {
                minutes: 0.0,
                value: 0.0,
                goals: 0,
                any: false,
                members: 0,
                looks: 0.0,
                check: 0.0,
                placed: 0,
                last: FREE,
                back: 0,
                option: NONE,
            };
            let mut layers: Vec<Vec<State>> = vec![vec![start]];
            for p in 0..n {
                let mut next: Vec<State> = Vec::new();
                for (i, s) in layers[p].iter().enumerate() {
                    for &(k, place) in &moves[p] {
                        if let Some(place) = place
                            && s.placed & (1 << place) != 0
                        {
                            continue;
                        }
                        // Twins take their options best first (giving the best options to the
                        // best scores loses nothing): before a source of the family is placed,
                        // its members take options worth at least the source's; after, at most.
                        let c = &self.cands[self.order[p]];
                        let worth = k.map_or(0.0, |k| c.options[k].value);
                        let out_of_order = sources.iter().enumerate().any(|(i, &(f, sk))| {
                            f == self.family[p] && Some(i) != place && {
                                let source = c.options[sk].value;
                                if s.placed & (1 << i) == 0 { worth < source } else { worth > source }
                            }
                        });
                        if out_of_order {
                            continue;
                        }
                        let Some(mut t) = self.step(p, s, i, k) else { continue };
                        if let Some(place) = place {
                            t.placed |= 1 << place;
                        }
                        let must = last_of_family[p];
                        if t.placed & must == must && optimistic(p + 1, &t) > best.value + EPS {
                            next.push(t);
                        }
                    }
                }
                // In each state, only the weeks no other beats on both minutes and value.
                next.sort_by(|a, b| {
                    a.key()
                        .cmp(&b.key())
                        .then(a.minutes.total_cmp(&b.minutes))
                        .then(b.value.total_cmp(&a.value))
                });
                let mut kept: Vec<State> = Vec::with_capacity(next.len());
                let mut last_key = None;
                let mut top = f64::NEG_INFINITY;
                for t in next {
                    let key = t.key();
                    if last_key != Some(key) {
                        last_key = Some(key);
                        top = f64::NEG_INFINITY;
                    }
                    if t.value > top {
                        top = t.value;
                        kept.push(t);
                    }
                }
                if let Some(width) = width
                    && kept.len() > width
                {
                    let mut ranked: Vec<(f64, usize)> =
                        kept.iter().enumerate().map(|(i, t)| (optimistic(p + 1, t), i)).collect();
                    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
                    ranked.truncate(width);
                    ranked.sort_by_key(|r| r.1);
                    kept = ranked.into_iter().map(|(_, i)| kept[i]).collect();
                }
                if kept.is_empty() {
                    break;
                }
                layers.push(kept);
            }
            if layers.len() <= n {
                continue;
            }
            let Some((mut i, whole)) = layers[n]
                .iter()
                .enumerate()
                .filter(|(_, t)| t.any)
                .map(|(i, t)| (i, t.value + self.goal_value(t.goals)))
                .fold(
                    None,
                    |b: Option<(usize, f64)>, x| if b.is_none_or(|b| x.1 > b.1) { Some(x) } else { b },
                )
            else {
                continue;
            };
            if whole <= best.value + EPS {
                continue;
            }
            let mut selection = vec![None; n];
            for l in (1..=n).rev() {
                let s = &layers[l][i];
                if s.option != NONE {
                    selection[self.order[l - 1]] = Some(usize::from(s.option));
                }
                i = s.back as usize;
            }
            best.value = whole;
            best.selection = Some(selection);
        }
    }

    /// The partial week after the platform at position `p` takes option `k` (or none), or None
    /// when it does not fit.
    fn step(&self, p: usize, s: &State, back: usize, k: Option<usize>) -> Option<State> {
        let c = &self.cands[self.order[p]];
        let mut next = State { back: back as u32, option: NONE, ..*s };
        if let Some(k) = k {
            let o = &c.options[k];
            let mut minutes = o.creation + c.fixed + if s.any { 0.0 } else { PLANNING_SESSION_MINUTES };
            match c.group {
                Some(g) => {
                    let (members, looks, check) = (s.members + 1, s.looks.max(c.looks), s.check.max(c.check));
                    minutes += self.group_minutes(g, members, looks, check)
                        - self.group_minutes(g, s.members, s.looks, s.check);
                    (next.members, next.looks, next.check) = (members, looks, check);
                }
                None => minutes += c.looks * self.days * c.check,
            }
            next.minutes += minutes;
            if next.minutes > self.budget + EPS {
                return None;
            }
            next.value += o.value;
            next.goals |= c.goals;
            next.any = true;
            next.option = k as u16;
        }
        if self.closes_group[p] {
            (next.members, next.looks, next.check) = (0, 0.0, 0.0);
        }
        Some(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hull_keeps_the_best_value_per_minute_and_the_margin_price_follows_it() {
        // 10 value for 10 minutes, then 2 more for 10 more; a point under the hull is dropped.
        let mut segments = hull_segments(vec![(10.0, 10.0), (20.0, 12.0), (15.0, 10.5)]);
        assert_eq!(segments, vec![(10.0, 10.0), (10.0, 2.0)]);
        segments.extend(hull_segments(vec![(12.0, 6.0)]));
        assert_eq!(marginal_price(segments.clone(), 5.0), 1.0);
        assert_eq!(marginal_price(segments.clone(), 16.0), 0.5);
        assert_eq!(marginal_price(segments.clone(), 30.0), 0.2);
        assert_eq!(marginal_price(segments, 100.0), 0.0);
    }
}
