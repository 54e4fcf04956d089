//! The exact search behind "Fit my week" (docs/method.md).
//!
//! Platforms are taken in ranking order, best first, so that a platform that adapts or shares
//! posts finds its source among those already taken: the source of a reuse is always the
//! better-ranked platform. A partial week remembers what its sources cover (per format, the
//! most posts a week made by a platform of that format or a fuller one; per family, the most
//! posts of each format), the goals served, the planning session and each shared inbox being
//! filled; among partial weeks that leave the rest in the same state, only those no other beats
//! on both minutes and value are kept (minutes are never rounded). A partial week is dropped
//! only when even an optimistic count of what is left cannot beat the best week found so far:
//! what is left is worth at most its relaxation, where a platform may be taken in part: each
//! platform's ways to be there as the upper hull of (minutes, value), the hulls' pieces taken
//! best value per minute first until the minutes left are spent. Nothing that could be the best
//! week is dropped, so the result is exact.

use super::super::cost::PLANNING_SESSION_MINUTES;
use super::candidates::{Candidate, MAX_LEVELS, Mode, Space};
use super::objective::GOAL_VALUE;

const EPS: f64 = 1e-9;
const WEIGHTS: usize = 4;
/// Shared inboxes and families the search follows; others are costed alone and share nothing
/// (a plan's own platforms naming many groups: never in the catalogue).
const GROUPS: usize = 4;
const FAMILIES: usize = 2;
const NONE: u16 = u16::MAX;
/// Partial weeks kept per platform by the narrow first pass, which finds a week to beat.
const NARROW: usize = 6;
/// Then a wider one, whose better week lets the exact pass drop more.
const WIDER: usize = 64;

#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Group {
    members: u8,
    looks: f64,
    check: f64,
}

#[derive(Clone, Copy, Debug)]
struct State {
    minutes: f64,
    value: f64,
    goals: u8,
    any: bool,
    groups: [Group; GROUPS],
    /// Per level of fullness, the most posts a week made by a taken platform at that level or fuller.
    cover: [u8; MAX_LEVELS],
    /// Per family and format weight, the most posts a week its taken platforms make.
    family: [[u8; WEIGHTS]; FAMILIES],
    back: u32,
    option: u16,
}

type Key = (u16, [(u8, u16, u64); GROUPS], [u8; MAX_LEVELS], [[u8; WEIGHTS]; FAMILIES]);

impl State {
    fn key(&self) -> Key {
        let groups = self.groups.map(|g| (g.members, g.looks as u16, g.check.to_bits()));
        (u16::from(self.goals) | u16::from(self.any) << 8, groups, self.cover, self.family)
    }

    /// The key in one number, for sorting: equal keys give equal numbers; unequal keys that
    /// give one number are told apart by their keys (`best`).
    fn fingerprint(&self) -> u64 {
        let mut h = 0u64;
        let mut mix = |x: u64| h = (h.rotate_left(5) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        mix(u64::from(self.goals) | u64::from(self.any) << 8);
        for g in &self.groups {
            mix(u64::from(g.members) | (g.looks as u16 as u64) << 8);
            mix(g.check.to_bits());
        }
        for bytes in self.cover.chunks(8).chain(self.family.iter().map(|f| &f[..])) {
            mix(bytes.iter().fold(0u64, |acc, b| acc << 8 | u64::from(*b)));
        }
        h
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

/// A week's place in the sort: its key's number, minutes, value reversed, where it came from,
/// its option, and its index.
type Sorted = (u64, u64, u64, u32, u16, u32);

/// Appends to `out` the weeks of `next` that no week with the same key beats on both minutes
/// and value: sorted by their key's number (`number`), then fewest minutes, then most value
/// (minutes and values are never negative, so their bits sort as they do). Two keys that share
/// a number are sorted apart by the keys themselves.
fn keep_unbeaten(
    next: &[State],
    number: impl Fn(&State) -> u64,
    order: &mut Vec<Sorted>,
    out: &mut Vec<State>,
) {
    order.clear();
    order.extend(
        next.iter()
            .enumerate()
            .map(|(i, t)| (number(t), t.minutes.to_bits(), !t.value.to_bits(), t.back, t.option, i as u32)),
    );
    order.sort_unstable();
    let of = |o: &Sorted| &next[o.5 as usize];
    let mut run = 0;
    while run < order.len() {
        let end = run + order[run..].iter().take_while(|o| o.0 == order[run].0).count();
        let mixed = end - run > 1 && {
            let key = of(&order[run]).key();
            order[run + 1..end].iter().any(|o| of(o).key() != key)
        };
        if mixed {
            order[run..end].sort_by_cached_key(|o| (of(o).key(), o.1, o.2, o.3, o.4));
        }
        let mut top = f64::NEG_INFINITY;
        for (j, o) in order[run..end].iter().enumerate() {
            let t = of(o);
            if mixed && j > 0 && of(&order[run + j - 1]).key() != t.key() {
                top = f64::NEG_INFINITY;
            }
            if t.value > top + EPS {
                top = t.value;
                out.push(*t);
            }
        }
        run = end;
    }
}

pub struct Search<'s, 'a> {
    cands: &'s [Candidate<'a>],
    extras: &'s [f64],
    budget: f64,
    all_goals: u8,
    /// The first platform must be in the week (the rank-1 platform, when it fits alone).
    keep_first: bool,
    /// This candidate must be in the week too (to tell whether a week with it fits at all).
    must: Option<usize>,
    /// Whether position p is the last member of its group.
    closes_group: Vec<bool>,
    goals_from: Vec<u8>,
    /// Per position p, the hulls' pieces of the platforms from p on, best value per minute
    /// first, as running totals of (minutes, value): the relaxation of what is left.
    relaxed: Vec<Vec<(f64, f64)>>,
    /// Per position, the most posts a later platform may adapt at each level, or share per
    /// family and format: what a partial week's cover needs to remember.
    adapt_need: Vec<[u8; MAX_LEVELS]>,
    share_need: Vec<[[u8; WEIGHTS]; FAMILIES]>,
    /// Levels of fullness in use: above them a cover stays 0.
    levels: usize,
}

impl<'s, 'a> Search<'s, 'a> {
    pub fn new(space: &'s Space<'a>, budget: f64, all_goals: u8, keep_first: bool) -> Self {
        let cands = &space.candidates;
        let n = cands.len();
        let closes_group = (0..n)
            .map(|p| match cands[p].group {
                Some(g) => !cands[p + 1..].iter().any(|c| c.group == Some(g)),
                None => false,
            })
            .collect();
        let mut goals_from = vec![0u8; n + 1];
        for p in (0..n).rev() {
            goals_from[p] = goals_from[p + 1] | cands[p].goals;
        }
        let floor = |p: usize| {
            let c = &cands[p];
            let extra = c.group.map_or(0.0, |g| space.group_extras[g]);
            c.fixed + c.monitoring_floor(extra)
        };
        let hulls: Vec<Vec<(f64, f64)>> = (0..n)
            .map(|p| {
                hull_segments(cands[p].options.iter().map(|o| (floor(p) + o.creation, o.value)).collect())
            })
            .collect();
        let mut relaxed = vec![Vec::new(); n + 1];
        let mut pieces: Vec<(f64, f64)> = Vec::new();
        for p in (0..n).rev() {
            pieces.extend(hulls[p].iter().copied().filter(|(dm, _)| *dm > 0.0));
            pieces.sort_by(|a, b| (b.1 / b.0).total_cmp(&(a.1 / a.0)));
            let mut total = (0.0, 0.0);
            relaxed[p] = pieces
                .iter()
                .map(|(dm, dv)| {
                    total = (total.0 + dm, total.1 + dv);
                    total
                })
                .collect();
        }
        let mut adapt_need = vec![[0u8; MAX_LEVELS]; n + 1];
        let mut share_need = vec![[[0u8; WEIGHTS]; FAMILIES]; n + 1];
        for p in (0..n).rev() {
            adapt_need[p] = adapt_need[p + 1];
            share_need[p] = share_need[p + 1];
            for o in &cands[p].options {
                let w = usize::from(o.format.weight());
                let need = o.posts().ceil().min(255.0) as u8;
                match (o.mode, cands[p].family) {
                    (Mode::Adapt, _) => adapt_need[p][o.level] = adapt_need[p][o.level].max(need),
                    (Mode::Share, Some(f)) if f < FAMILIES => {
                        share_need[p][f][w] = share_need[p][f][w].max(need)
                    }
                    _ => {}
                }
            }
        }
        let levels = cands.iter().flat_map(|c| c.options.iter().map(|o| o.level + 1)).max().unwrap_or(0);
        Search {
            levels,
            cands,
            extras: &space.group_extras,
            budget,
            all_goals,
            keep_first,
            must: None,
            closes_group,
            goals_from,
            relaxed,
            adapt_need,
            share_need,
        }
    }

    /// The same search, for weeks that hold candidate `p`.
    pub fn with(mut self, p: usize) -> Self {
        self.must = Some(p);
        self
    }

    fn goal_value(&self, goals: u8) -> f64 {
        GOAL_VALUE * f64::from((goals & self.all_goals).count_ones())
    }

    /// The most a partial week after position p can be worth, whole: what it holds, every goal
    /// still to be served, and the relaxation of what is left filling the minutes left.
    fn optimistic(&self, p: usize, s: &State) -> f64 {
        let room = self.budget - s.minutes;
        if room < -EPS {
            return f64::NEG_INFINITY;
        }
        let held = s.value + self.goal_value(s.goals | self.goals_from[p]);
        let pieces = &self.relaxed[p];
        let whole = pieces.partition_point(|(m, _)| *m <= room);
        let before = if whole == 0 { (0.0, 0.0) } else { pieces[whole - 1] };
        let part = match pieces.get(whole) {
            Some(&(m, v)) => (room - before.0) * (v - before.1) / (m - before.0),
            None => 0.0,
        };
        held + before.1 + part
    }

    fn group_minutes(&self, g: usize, group: &Group) -> f64 {
        if group.members == 0 {
            0.0
        } else {
            group.looks * (group.check + self.extras[g] * f64::from(group.members - 1))
        }
    }

    /// The partial week after position `p` takes option `k` (or none), or None when it does
    /// not fit, has no source for its reused posts, or cannot beat `best_value` even at best.
    fn step(&self, p: usize, s: &State, back: usize, k: Option<usize>, best_value: f64) -> Option<State> {
        let c = &self.cands[p];
        let mut next = State { back: back as u32, option: NONE, ..*s };
        if let Some(k) = k {
            let o = &c.options[k];
            let w = usize::from(o.format.weight());
            let family = c.family.filter(|f| *f < FAMILIES);
            match o.mode {
                Mode::Adapt if f64::from(s.cover[o.level]) + EPS < o.posts() => return None,
                Mode::Share if family.is_none_or(|f| f64::from(s.family[f][w]) + EPS < o.posts()) => {
                    return None;
                }
                _ => {}
            }
            let mut minutes = o.creation + c.fixed + if s.any { 0.0 } else { PLANNING_SESSION_MINUTES };
            match c.group.filter(|g| *g < GROUPS) {
                Some(g) => {
                    let old = s.groups[g];
                    let new = Group {
                        members: old.members + 1,
                        looks: old.looks.max(c.looks),
                        check: old.check.max(c.check),
                    };
                    minutes += self.group_minutes(g, &new) - self.group_minutes(g, &old);
                    next.groups[g] = new;
                }
                None => minutes += c.looks * c.check,
            }
            next.minutes += minutes;
            if next.minutes > self.budget + EPS {
                return None;
            }
            next.value += o.value;
            next.goals |= c.goals;
            // The bound needs only minutes, value and goals: most weeks stop here.
            if self.optimistic(p + 1, &next) <= best_value + EPS {
                return None;
            }
            let posts = o.source_posts();
            if posts > 0 {
                for v in 0..=o.level {
                    next.cover[v] = next.cover[v].max(posts);
                }
                if let Some(f) = family {
                    next.family[f][w] = next.family[f][w].max(posts);
                }
            }
            next.any = true;
            next.option = k as u16;
        } else if self.optimistic(p + 1, &next) <= best_value + EPS {
            return None;
        }
        if self.closes_group[p]
            && let Some(g) = c.group.filter(|g| *g < GROUPS)
        {
            next.groups[g] = Group::default();
        }
        // What no later platform can use is forgotten, so that weeks alike are compared.
        for v in 0..self.levels {
            next.cover[v] = next.cover[v].min(self.adapt_need[p + 1][v]);
        }
        for f in 0..FAMILIES {
            for v in 0..WEIGHTS {
                next.family[f][v] = next.family[f][v].min(self.share_need[p + 1][f][v]);
            }
        }
        Some(next)
    }

    /// The best week: each candidate's option (None: not chosen), and its value; None when no
    /// week is worth anything.
    pub fn best(&self) -> Option<(Vec<Option<usize>>, f64)> {
        let n = self.cands.len();
        let mut best_value = 0.0f64;
        let mut best: Option<Vec<Option<usize>>> = None;
        let start = State {
            minutes: 0.0,
            value: 0.0,
            goals: 0,
            any: false,
            groups: [Group::default(); GROUPS],
            cover: [0; MAX_LEVELS],
            family: [[0; WEIGHTS]; FAMILIES],
            back: 0,
            option: NONE,
        };
        let mut layers: Vec<State> = Vec::new();
        let mut next: Vec<State> = Vec::new();
        let mut order: Vec<Sorted> = Vec::new();
        for width in [Some(NARROW), Some(WIDER), None] {
            layers.clear();
            layers.push(start);
            let mut starts = vec![0, 1];
            for p in 0..n {
                next.clear();
                let moves = std::iter::once(None)
                    .filter(|_| !(p == 0 && self.keep_first) && self.must != Some(p))
                    .chain((0..self.cands[p].options.len()).map(Some));
                let moves: Vec<Option<usize>> = moves.collect();
                for (i, s) in layers[starts[p]..starts[p + 1]].iter().enumerate() {
                    for &k in &moves {
                        if let Some(t) = self.step(p, s, i, k, best_value) {
                            next.push(t);
                        }
                    }
                }
                let first = layers.len();
                keep_unbeaten(&next, State::fingerprint, &mut order, &mut layers);
                if let Some(width) = width
                    && layers.len() - first > width
                {
                    let mut ranked: Vec<(f64, usize)> = layers[first..]
                        .iter()
                        .enumerate()
                        .map(|(i, t)| (self.optimistic(p + 1, t), i))
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
            let found = layers[starts[n]..]
                .iter()
                .enumerate()
                .filter(|(_, t)| t.any)
                .map(|(i, t)| (i, t.value + self.goal_value(t.goals)))
                .fold(
                    None,
                    |b: Option<(usize, f64)>, x| if b.is_none_or(|b| x.1 > b.1 + EPS) { Some(x) } else { b },
                );
            let Some((mut i, whole)) = found else { continue };
            if whole <= best_value + EPS {
                continue;
            }
            let mut selection = vec![None; n];
            for l in (1..=n).rev() {
                let s = &layers[starts[l] + i];
                if s.option != NONE {
                    selection[l - 1] = Some(usize::from(s.option));
                }
                i = s.back as usize;
            }
            best_value = whole;
            best = Some(selection);
        }
        best.map(|s| (s, best_value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weeks_whose_keys_share_a_number_are_still_told_apart() {
        // Weeks with a few keys, minutes and values; every key given one number must keep the
        // same weeks as the keys' own numbers do.
        let week = |i: u32| State {
            minutes: f64::from(i * 7 % 5),
            value: f64::from(i * 3 % 4),
            goals: (i % 3) as u8,
            any: i.is_multiple_of(2),
            groups: [Group::default(); GROUPS],
            cover: [u8::from(i.is_multiple_of(4)); MAX_LEVELS],
            family: [[0; WEIGHTS]; FAMILIES],
            back: i,
            option: NONE,
        };
        let weeks: Vec<State> = (0..60).map(week).collect();
        let kept = |number: &dyn Fn(&State) -> u64| {
            let mut out = Vec::new();
            keep_unbeaten(&weeks, number, &mut Vec::new(), &mut out);
            let mut backs: Vec<u32> = out.iter().map(|s| s.back).collect();
            backs.sort_unstable();
            backs
        };
        let apart = kept(&State::fingerprint);
        assert_eq!(kept(&|_| 0), apart);
        assert_eq!(kept(&|s| u64::from(s.any)), apart);
        // Each key keeps at least its best week, and some weeks are beaten.
        let keys: std::collections::HashSet<Key> = weeks.iter().map(State::key).collect();
        assert!(apart.len() >= keys.len() && apart.len() < weeks.len(), "{apart:?}");
        assert!(keys.len() > 1);
    }

    #[test]
    fn the_hull_keeps_the_best_value_per_minute() {
        let segments = hull_segments(vec![(10.0, 10.0), (20.0, 12.0), (15.0, 10.5)]);
        assert_eq!(segments, vec![(10.0, 10.0), (10.0, 2.0)]);
        assert_eq!(hull_segments(vec![(12.0, 6.0), (5.0, 1.0)]), vec![(12.0, 6.0)]);
    }
}
