//! The exact search behind "Fit my week" (docs/method.md).
//!
//! Reuse is what makes the week hard to search: an adapted post needs another chosen platform
//! making its own posts, at least as many and in a format at least as rich. In some best week
//! the platforms making their own posts that are not outdone by another (one making at least as
//! many posts in a format at least as rich) are at most one per format, fewer posts as formats
//! get richer: they are the week's *sources*, and what they cover (most posts per format) is its
//! *profile*. Every other option chosen is within the profile: an adapted one, or one making
//! its own posts that a source outdoes.
//!
//! So the search first chooses the profile, richest format first (none, or how many posts its
//! source makes); then, for that profile, every platform takes none or an option within it, and
//! for each format with a source some platform must make exactly those posts itself. That second
//! part has no reuse left to track: a programme over the platforms keeps, in each state of the
//! shared work (goals served, planning session paid, the inbox group being filled, the sources
//! provided so far), only the partial weeks no other beats on both minutes and value (minutes
//! are never rounded). Platforms that differ only in score need no special care there: weeks
//! that differ only in which twin takes which option have the same minutes and state.
//!
//! Both parts drop only what provably cannot beat the best week found so far: a Lagrangian
//! bound (for a price per minute λ, what is left is worth at most λ times the minutes left plus,
//! for each platform, its best value less λ times its least minutes, and a source still to
//! provide at most what its best provider adds), the least over several prices. Nothing that
//! could be the best week is dropped, so the result is exact.

use super::cost::PLANNING_SESSION_MINUTES;
use super::fit::{Candidate, GOAL_VALUE};
use super::savings::weight;

/// Tolerance of every comparison of minutes, posts and value (as the cost model's own).
const EPS: f64 = 1e-9;
/// Post formats, by weight (text, image, short video, long video).
const WEIGHTS: usize = 4;
const NONE: u16 = u16::MAX;
/// Partial weeks kept per platform by the narrow first pass over the first profile, which
/// finds a good week to beat before the exact pass.
const NARROW: usize = 4;
/// Prices per minute tried by the bounds, as shares of the price at the budget's margin; the
/// likeliest to give the least bound first, so that a bound can stop at the first that is low
/// enough.
const PRICES: [f64; 7] = [1.0, 0.85, 1.2, 0.7, 1.5, 0.5, 2.0];

/// Who can be the source of a number of posts in one format: position, value, least minutes.
type Providers = Vec<(usize, f64, f64)>;

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
    /// The weights whose source some platform chosen provides, one bit each.
    provided_weights: u8,
    /// The partial week it grew from (in the layer before) and the option taken, or NONE.
    back: u32,
    option: u16,
}

impl State {
    fn key(&self) -> (u32, u64, u64) {
        (
            u32::from(self.goals)
                | u32::from(self.any) << 8
                | u32::from(self.members) << 16
                | u32::from(self.provided_weights) << 24,
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
    prices: Vec<f64>,
    /// For the platform at position p and each format weight: its options of that weight by
    /// posts, and for each price, the best of `value − price × minutes` (at least 0, for not
    /// being chosen) among the first k of them.
    by_weight: Vec<[Vec<(f64, usize)>; WEIGHTS]>,
    /// The options of the platform at position p, fewest minutes first (most value first
    /// among equal minutes).
    by_minutes: Vec<Vec<usize>>,
    net: Vec<[Vec<Vec<f64>>; WEIGHTS]>,
    /// Per format weight, the numbers of posts a source of that weight may make (fewest
    /// first), each with the platforms making exactly that many themselves: the same at every
    /// step of the search, so worked out once.
    levels: [Vec<(f64, Providers)>; WEIGHTS],
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
        // An inbox group's members together.
        let mut order = Vec::with_capacity(n);
        let mut placed = vec![false; n];
        for i in 0..n {
            if placed[i] {
                continue;
            }
            let members: Vec<usize> = match cands[i].group {
                Some(g) => (i..n).filter(|&j| cands[j].group == Some(g)).collect(),
                None => vec![i],
            };
            for j in members {
                placed[j] = true;
                order.push(j);
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
        // Least minutes each platform adds whatever its option: fixed time and least monitoring.
        let floor: Vec<f64> = order.iter().map(|&i| cands[i].fixed + cands[i].monitoring_floor).collect();
        let segments = (0..n)
            .flat_map(|p| {
                hull_segments(
                    cands[order[p]].options.iter().map(|o| (floor[p] + o.creation, o.value)).collect(),
                )
            })
            .collect();
        let centre = marginal_price(segments, budget - PLANNING_SESSION_MINUTES);
        let mut prices: Vec<f64> = PRICES.iter().map(|s| s * centre).chain(std::iter::once(0.0)).collect();
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
        let by_minutes = order
            .iter()
            .map(|&i| {
                let options = &cands[i].options;
                let mut ks: Vec<usize> = (0..options.len()).collect();
                ks.sort_by(|&a, &b| {
                    let (a, b) = (&options[a], &options[b]);
                    a.creation.total_cmp(&b.creation).then(b.value.total_cmp(&a.value))
                });
                ks
            })
            .collect();
        let mut levels: [Vec<(f64, Providers)>; WEIGHTS] = Default::default();
        for (w, list) in levels.iter_mut().enumerate() {
            let (floor, by_weight, order) = (&floor, &by_weight, &order);
            let mut own: Vec<(f64, (usize, f64, f64))> = (0..n)
                .flat_map(|p| {
                    let c = &cands[order[p]];
                    by_weight[p][w].iter().filter(|&&(_, k)| !c.options[k].adapts).map(move |&(posts, k)| {
                        (posts, (p, c.options[k].value, floor[p] + c.options[k].creation))
                    })
                })
                .collect();
            own.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.0.cmp(&b.1.0)));
            for (posts, provider) in own {
                match list.last_mut() {
                    Some((q, providers)) if (posts - *q).abs() <= EPS => providers.push(provider),
                    _ => list.push((posts, vec![provider])),
                }
            }
        }
        Programme {
            levels,
            by_minutes,
            cands,
            extras,
            days,
            budget,
            all_goals,
            order,
            closes_group,
            goals_from,
            prices,
            by_weight,
            net,
        }
    }

    fn goal_value(&self, goals: u8) -> f64 {
        GOAL_VALUE * f64::from((goals & self.all_goals).count_ones())
    }

    /// The best week: each candidate's option (None: not chosen), and its value; None when no
    /// week is worth anything.
    pub(super) fn best(&self) -> Option<(Vec<Option<usize>>, f64)> {
        let mut best = Best { value: 0.0, selection: None };
        self.choose_sources(WEIGHTS, [f64::INFINITY; WEIGHTS], 0, f64::INFINITY, &mut best);
        best.selection.map(|s| (s, best.value))
    }

    /// The platforms that can be the source of `posts` posts of weight w, making them
    /// themselves.
    fn providers(&self, w: usize, posts: f64) -> Option<&Providers> {
        let levels = &self.levels[w];
        let i = levels.partition_point(|(q, _)| *q < posts - EPS);
        levels.get(i).filter(|(q, _)| (q - posts).abs() <= EPS).map(|(_, list)| list)
    }

    /// Whether option k of the platform at position p makes its own posts at weight w, as many
    /// as `posts`: a source the profile asks for.
    fn provides(&self, p: usize, k: usize, w: usize, posts: f64) -> bool {
        let o = &self.cands[self.order[p]].options[k];
        !o.adapts && usize::from(weight(o.format)) == w && (o.posts - posts).abs() <= EPS
    }

    /// Chooses how many posts the source of format weight `weights − 1` makes (or that there is
    /// none), then the lighter ones: a profile of what the sources cover. With every weight
    /// decided, searches the weeks with that profile. `limit` is, per weight, the most posts
    /// covered (infinite where not decided yet); `sourced` the weights that have a source;
    /// `bound` the most such weeks can be worth.
    fn choose_sources(
        &self,
        weights: usize,
        limit: [f64; WEIGHTS],
        sourced: u8,
        bound: f64,
        best: &mut Best,
    ) {
        if bound <= best.value + EPS {
            return;
        }
        let Some(w) = weights.checked_sub(1) else {
            if sourced != 0 {
                self.fill(&limit, sourced, best);
            }
            return;
        };
        let n = self.order.len();
        let prices = self.prices.len();
        // A source of this weight must make more posts than the richer ones, else it is covered.
        let covered =
            (w + 1..WEIGHTS).filter(|v| sourced & (1 << v) != 0).map(|v| limit[v]).fold(0.0, f64::max);
        // The posts a source of this weight may make (more than the richer ones cover), and
        // who can make exactly that many.
        let levels = &self.levels[w];
        let levels = &levels[levels.partition_point(|(posts, _)| *posts <= covered + EPS)..];
        // Each child: the posts covered at this weight, and the platforms that may provide a
        // source of that many (none: no source of this weight).
        let children: Vec<(f64, Option<&Providers>)> = std::iter::once((covered, None))
            .chain(levels.iter().map(|(posts, list)| (*posts, Some(list))))
            .collect();
        // The sources of richer weights and who may provide them, the same for every child.
        let richer: Vec<&Providers> = (w + 1..WEIGHTS)
            .filter(|v| sourced & (1 << v) != 0)
            .filter_map(|v| self.providers(v, limit[v]))
            .collect();
        // Bounds: only weight w's limit differs between children; per platform and price,
        // the best of its options of the other weights is the same for all.
        let mut others = vec![0.0; n * prices];
        for p in 0..n {
            let counts: [usize; WEIGHTS] = std::array::from_fn(|v| {
                self.by_weight[p][v].partition_point(|&(posts, _)| posts <= limit[v] + EPS)
            });
            for l in 0..prices {
                others[p * prices + l] = (0..WEIGHTS)
                    .filter(|&v| v != w)
                    .map(|v| self.net[p][v][l][counts[v]])
                    .fold(0.0, f64::max);
            }
        }
        let goals = self.goal_value(self.goals_from[0]);
        // Each platform's net per price, and their sum: the children come by growing posts, so
        // only the platforms with an option between one child and the next change.
        let mut counts = vec![usize::MAX; n];
        let mut nets = vec![0.0; n * prices];
        let mut sums = vec![0.0; prices];
        let mut ranked: Vec<(f64, usize)> = Vec::with_capacity(children.len());
        for (i, &(posts, providers)) in children.iter().enumerate() {
            for (p, count) in counts.iter_mut().enumerate() {
                let now = self.by_weight[p][w].partition_point(|&(q, _)| q <= posts + EPS);
                if now != *count {
                    *count = now;
                    for l in 0..prices {
                        let net = others[p * prices + l].max(self.net[p][w][l][now]);
                        sums[l] += net - nets[p * prices + l];
                        nets[p * prices + l] = net;
                    }
                }
            }
            // The least bound over the prices, or any at most the best week found: such a child
            // is not searched, so its rank does not matter.
            let enough = best.value + EPS;
            let mut bound = f64::INFINITY;
            for l in 0..prices {
                let price = self.prices[l];
                let net = |p: usize| nets[p * prices + l];
                let all = sums[l];
                // For each source, the most one of its providers adds over its net.
                let premium = |list: &Providers| {
                    list.iter().map(|&(p, v, m)| v - price * m - net(p)).fold(f64::NEG_INFINITY, f64::max)
                };
                let premiums: f64 = richer.iter().copied().chain(providers).map(premium).sum();
                bound = bound.min(goals + price * (self.budget - PLANNING_SESSION_MINUTES) + all + premiums);
                if bound <= enough {
                    break;
                }
            }
            ranked.push((bound, i));
        }
        // Best bound first, so that good weeks are found early.
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        for (bound, i) in ranked {
            if bound <= best.value + EPS {
                break;
            }
            let (posts, source) = children[i];
            let mut with = limit;
            with[w] = posts;
            self.choose_sources(
                w,
                with,
                if source.is_some() { sourced | 1 << w } else { sourced },
                bound,
                best,
            );
        }
    }

    fn group_minutes(&self, g: usize, members: u8, looks: f64, check: f64) -> f64 {
        if members == 0 { 0.0 } else { looks * self.days * (check + self.extras[g] * f64::from(members - 1)) }
    }

    /// The best week whose sources cover `limit` posts per weight: for each weight in
    /// `sourced`, some platform makes its own posts, exactly that many; every other option
    /// chosen is within the limits. A narrow pass (at most NARROW partial weeks per platform)
    /// first finds a week to beat when there is none yet; the exact pass keeps every partial
    /// week no other beats.
    fn fill(&self, limit: &[f64; WEIGHTS], sourced: u8, best: &mut Best) {
        let n = self.order.len();
        let prices = self.prices.len();
        // From position p on, per price: what the platforms may bring, and what providing each
        // source still missing may add to that.
        // Each platform's best net per price, then sums from position p on (flat, p × prices).
        let mut net = vec![0.0; n * prices];
        for p in 0..n {
            let counts: [usize; WEIGHTS] = std::array::from_fn(|w| {
                self.by_weight[p][w].partition_point(|&(posts, _)| posts <= limit[w] + EPS)
            });
            for l in 0..prices {
                net[p * prices + l] = (0..WEIGHTS).map(|w| self.net[p][w][l][counts[w]]).fold(0.0, f64::max);
            }
        }
        let mut rest = vec![0.0; (n + 1) * prices];
        for p in (0..n).rev() {
            for l in 0..prices {
                rest[p * prices + l] = rest[(p + 1) * prices + l] + net[p * prices + l];
            }
        }
        let mut premium: Vec<Vec<f64>> = vec![Vec::new(); WEIGHTS];
        for (w, out) in premium.iter_mut().enumerate() {
            if sourced & (1 << w) == 0 {
                continue;
            }
            *out = vec![f64::NEG_INFINITY; (n + 1) * prices];
            for &(p, v, m) in self.providers(w, limit[w]).into_iter().flatten() {
                for l in 0..prices {
                    let here = &mut out[p * prices + l];
                    *here = here.max(v - self.prices[l] * m - net[p * prices + l]);
                }
            }
            for p in (0..n).rev() {
                for l in 0..prices {
                    out[p * prices + l] = out[p * prices + l].max(out[(p + 1) * prices + l]);
                }
            }
        }
        // The most a partial week after position p can be worth, whole; or, given `enough`,
        // any bound at most that (the first price that brings it there), sooner.
        let optimistic = |p: usize, s: &State, enough: f64| {
            let room = self.budget - s.minutes;
            if room < -EPS {
                return f64::NEG_INFINITY;
            }
            let missing = sourced & !s.provided_weights;
            let held = s.value + self.goal_value(s.goals | self.goals_from[p]);
            let mut least = f64::INFINITY;
            for l in 0..prices {
                let extra: f64 = (0..WEIGHTS)
                    .filter(|w| missing & (1 << w) != 0)
                    .map(|w| premium[w][p * prices + l])
                    .sum();
                least = least.min(held + self.prices[l] * room + rest[p * prices + l] + extra);
                if least <= enough {
                    break;
                }
            }
            least
        };
        // Each platform's moves: none, or an option within the limits; with no reuse left to
        // weigh, only those no other beats on both minutes and value, and those providing a
        // source (with the weight they provide).
        let mut moves: Vec<(Option<usize>, u8)> = Vec::new();
        let mut first_move = Vec::with_capacity(n + 1);
        for p in 0..n {
            first_move.push(moves.len());
            moves.push((None, 0));
            let c = &self.cands[self.order[p]];
            let mut top = f64::NEG_INFINITY;
            for &k in &self.by_minutes[p] {
                let o = &c.options[k];
                let w = usize::from(weight(o.format));
                if o.posts > limit[w] + EPS {
                    continue;
                }
                // Making its own posts, exactly as many as the source of its weight.
                let provided =
                    if sourced & (1 << w) != 0 && self.provides(p, k, w, limit[w]) { 1u8 << w } else { 0 };
                if o.value > top || provided != 0 {
                    moves.push((Some(k), provided));
                }
                top = top.max(o.value);
            }
        }
        first_move.push(moves.len());
        let mut layers: Vec<State> = Vec::new();
        let mut next: Vec<State> = Vec::new();
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
                provided_weights: 0,
                back: 0,
                option: NONE,
            };
            // The partial weeks after each platform, one layer after another: layer p is
            // `layers[starts[p]..starts[p + 1]]`.
            layers.clear();
            layers.push(start);
            let mut starts = vec![0, 1];
            for p in 0..n {
                next.clear();
                for (i, s) in layers[starts[p]..starts[p + 1]].iter().enumerate() {
                    for &(k, provided) in &moves[first_move[p]..first_move[p + 1]] {
                        let Some(mut t) = self.step(p, s, i, k) else { continue };
                        t.provided_weights |= provided;
                        if optimistic(p + 1, &t, best.value + EPS) > best.value + EPS {
                            next.push(t);
                        }
                    }
                }
                // In each state, only the weeks no other beats on both minutes and value.
                next.sort_unstable_by(|a, b| {
                    a.key()
                        .cmp(&b.key())
                        .then(a.minutes.total_cmp(&b.minutes))
                        .then(b.value.total_cmp(&a.value))
                        .then(a.back.cmp(&b.back))
                        .then(a.option.cmp(&b.option))
                });
                let first = layers.len();
                let mut last_key = None;
                let mut top = f64::NEG_INFINITY;
                for t in &next {
                    let key = t.key();
                    if last_key != Some(key) {
                        last_key = Some(key);
                        top = f64::NEG_INFINITY;
                    }
                    if t.value > top {
                        top = t.value;
                        layers.push(*t);
                    }
                }
                if let Some(width) = width
                    && layers.len() - first > width
                {
                    let mut ranked: Vec<(f64, usize)> = layers[first..]
                        .iter()
                        .enumerate()
                        .map(|(i, t)| (optimistic(p + 1, t, f64::NEG_INFINITY), i))
                        .collect();
                    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
                    ranked.truncate(width);
                    ranked.sort_by_key(|r| r.1);
                    let kept: Vec<State> = ranked.into_iter().map(|(_, i)| layers[first + i]).collect();
                    layers.truncate(first);
                    layers.extend(kept);
                }
                if layers.len() == first {
                    break;
                }
                starts.push(layers.len());
            }
            if starts.len() <= n + 1 {
                continue;
            }
            let Some((mut i, whole)) = layers[starts[n]..]
                .iter()
                .enumerate()
                .filter(|(_, t)| t.any && t.provided_weights & sourced == sourced)
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
                let s = &layers[starts[l] + i];
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
