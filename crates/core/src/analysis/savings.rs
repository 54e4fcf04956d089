//! The advice: changes that bring an over-budget plan back within its hours, lightest first,
//! leading from the owner's plan toward the fit at the same hours, so that the fit, the
//! ranking and the advice speak with one voice (docs/method.md, "Advice that keeps the
//! method"). Sharing and promising in opening hours cost nothing the audience sees; then
//! slower answers (never slower than customers expect), adapted posts, fewer Stories, fewer
//! posts, lighter formats; leaving a platform comes last, and only a platform the fit at those
//! hours leaves out.

use std::collections::HashMap;

use crate::format;
use crate::locale::Sentence as S;
use crate::model::{
    Cadence, Catalogue, Choice, Goal, GoalFit, Language, Plan, Platform, PostFormat, Promise, PromiseKind,
};

use super::cost::{Costing, PLANNING_SESSION_MINUTES};
use super::fit::{FitOutcome, fit_ranked};
use super::recommend::{Recommendation, recommend};
use super::reuse::may_reuse;

#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// Count the promise in opening hours, with an away message, instead of on the clock.
    OpeningHours,
    /// Answer within `to` hours instead of `from`; never slower than customers expect there.
    RelaxResponse {
        from: f64,
        to: f64,
    },
    /// Share another chosen platform's posts as they are (same family, same format): a switch.
    Share {
        from_id: String,
        from_name: String,
    },
    /// Adapt the posts of another chosen platform (better ranked, or in a fuller format).
    Reuse {
        from_id: String,
        from_name: String,
    },
    NoStories {
        from: u32,
    },
    /// Post `to` instead of `from`; the platforms named in `followers`, which shared or adapted
    /// all of its posts, follow it down (else they would make the posts it no longer makes).
    FewerPosts {
        from: Cadence,
        to: Cadence,
        followers: Vec<String>,
    },
    LighterFormat {
        from: PostFormat,
        to: PostFormat,
    },
    /// Leave the platform; `only_for` names the goals no other chosen platform serves well.
    Drop {
        only_for: Vec<Goal>,
    },
}

impl Change {
    /// The order the method tries changes in: what the audience does not see first, leaving a
    /// platform last.
    fn phase(&self) -> u8 {
        match self {
            Change::Share { .. } => 0,
            Change::OpeningHours => 1,
            Change::RelaxResponse { .. } => 2,
            Change::Reuse { .. } => 3,
            Change::NoStories { .. } => 4,
            Change::FewerPosts { .. } => 5,
            Change::LighterFormat { .. } => 6,
            Change::Drop { .. } => 7,
        }
    }

    pub fn is_drop(&self) -> bool {
        matches!(self, Change::Drop { .. })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Saving {
    pub platform_id: String,
    pub platform_name: String,
    pub change: Change,
    pub minutes_saved: f64,
    /// The other platforms a promise's change moves with it, by name: one inbox, one promise.
    pub inbox_partners: Vec<String>,
}

impl Saving {
    /// "posting 2 posts a week instead of 4 on Facebook saves 0.8 h a week".
    pub fn describe(&self, lang: Language) -> String {
        let h = format::hours(self.minutes_saved, lang);
        let n = |v: f64| format::number(v, 1, lang);
        // A promise changes for the whole inbox: "on Instagram and Facebook".
        let inbox = match &self.change {
            Change::OpeningHours | Change::RelaxResponse { .. } if !self.inbox_partners.is_empty() => {
                let mut names = vec![self.platform_name.clone()];
                names.extend(self.inbox_partners.iter().cloned());
                format::list(&names, lang)
            }
            _ => self.platform_name.clone(),
        };
        let (platform, hours) = (&inbox as &dyn std::fmt::Display, &h as &dyn std::fmt::Display);
        let text =
            match &self.change {
                Change::Share { from_name, .. } => lang
                    .say(S::SavingShare, &[("source", from_name), ("platform", platform), ("hours", hours)]),
                Change::OpeningHours => {
                    lang.say(S::SavingOpeningHours, &[("platform", platform), ("hours", hours)])
                }
                Change::Reuse { from_name, .. } => lang
                    .say(S::SavingReuse, &[("source", from_name), ("platform", platform), ("hours", hours)]),
                Change::RelaxResponse { from, to } => lang.say(
                    S::SavingRelaxResponse,
                    &[("to", &n(*to)), ("from", &n(*from)), ("platform", platform), ("hours", hours)],
                ),
                Change::NoStories { from } => lang
                    .say(S::SavingNoStories, &[("stories", from), ("platform", platform), ("hours", hours)]),
                Change::FewerPosts { from, to, followers } if !followers.is_empty() => lang.say(
                    S::SavingFewerPostsWithFollowers,
                    &[
                        ("to", &to.words(lang)),
                        ("from", &from.words(lang)),
                        ("platform", platform),
                        ("followers", &format::list(followers, lang)),
                        ("hours", hours),
                    ],
                ),
                Change::FewerPosts { from, to, .. } => lang.say(
                    S::SavingFewerPosts,
                    &[
                        ("to", &to.words(lang)),
                        ("from", &from.words(lang)),
                        ("platform", platform),
                        ("hours", hours),
                    ],
                ),
                Change::LighterFormat { from, to } => lang.say(
                    S::SavingLighterFormat,
                    &[
                        ("to", &to.label(lang).to_lowercase()),
                        ("from", &from.label(lang).to_lowercase()),
                        ("platform", platform),
                        ("hours", hours),
                    ],
                ),
                Change::Drop { only_for } => {
                    let mut text = lang.say(S::SavingDrop, &[("platform", platform), ("hours", hours)]);
                    if !only_for.is_empty() {
                        let goals: Vec<String> =
                            only_for.iter().map(|g| g.label(lang).to_lowercase()).collect();
                        text += &lang.say(S::SavingDropOnlyFor, &[("goals", &goals.join(", "))]);
                    }
                    text
                }
            };
        format::typography(&text, lang)
    }

    /// Makes the change in the plan's current scenario, as the owner would by hand. False when
    /// the platform is no longer chosen there (the advice is from an older plan).
    pub fn apply_to(&self, plan: &mut Plan, catalogue: &Catalogue) -> bool {
        let Some(index) = plan.current_choices().iter().position(|c| c.platform == self.platform_id) else {
            return false;
        };
        let next = apply(&Costing::new(plan, catalogue), plan.current_choices(), index, &self.change);
        *plan.current_choices_mut() = next;
        true
    }
}

/// The next lighter format a platform takes.
fn lighter_format(format: PostFormat, takes: impl Fn(PostFormat) -> bool) -> Option<PostFormat> {
    PostFormat::ALL.iter().rev().copied().find(|f| f.weight() < format.weight() && takes(*f))
}

/// The choices after one change. A promise changes for every platform answered from the same
/// inbox (one inbox, one promise); a platform left takes its reuse away from those using it.
pub(super) fn apply(costing: &Costing, choices: &[Choice], index: usize, change: &Change) -> Vec<Choice> {
    let mut next = choices.to_vec();
    let together = one_inbox(costing, choices, index);
    match change {
        Change::OpeningHours => together.iter().for_each(|&j| {
            // The same hours counted in opening time may be slower than customers expect (24 h
            // on the clock is one open day, not 24 opening hours): at most what they expect.
            let expected = costing.expected_promise(&next[j].platform).hours;
            next[j].promise = Promise::opening_hours(next[j].promise.hours.min(expected));
        }),
        Change::RelaxResponse { to, .. } => {
            // Never slower than a platform already promises.
            together.iter().for_each(|&j| next[j].promise.hours = next[j].promise.hours.max(*to));
        }
        Change::Share { from_id, .. } | Change::Reuse { from_id, .. } => {
            next[index].reuse_from = Some(from_id.clone())
        }
        Change::NoStories { .. } => next[index].stories_per_week = None,
        Change::FewerPosts { to, .. } => {
            // Those that took all its posts take what it still makes, rather than making the rest.
            let source = next[index].clone();
            for c in next.iter_mut() {
                if follows(costing, &source, c, *to) {
                    c.cadence = *to;
                }
            }
            next[index].cadence = *to;
        }
        Change::LighterFormat { to, .. } => {
            next[index].format = *to;
            // Posts reused from it become as light as the posts they come from.
            let source = next[index].platform.clone();
            for c in next.iter_mut().filter(|c| c.reuse_from.as_deref() == Some(source.as_str())) {
                if c.format.weight() > to.weight() {
                    c.format = *to;
                }
            }
        }
        Change::Drop { .. } => {
            let gone = next.remove(index).platform;
            for c in &mut next {
                if c.reuse_from.as_deref() == Some(gone.as_str()) {
                    c.reuse_from = None;
                }
            }
        }
    }
    next
}

/// Whether choice `c` shares or adapts all of `source`'s posts and can go down with it to `to`
/// posts, not below what keeps it alive: posting less on the source then takes it down too.
fn follows(costing: &Costing, source: &Choice, c: &Choice, to: Cadence) -> bool {
    let alive = costing.platform(&c.platform).map(|p| p.figures.alive().least());
    c.reuse_from.as_deref() == Some(source.platform.as_str())
        && c.cadence == source.cadence
        && alive.is_none_or(|alive| !to.is_lighter_than(alive))
}

/// The platforms that follow choice `index` down to `to` posts (`follows`), by name.
fn followers(costing: &Costing, choices: &[Choice], index: usize, to: Cadence) -> Vec<String> {
    let me = &choices[index];
    choices
        .iter()
        .filter(|c| follows(costing, me, c, to))
        .map(|c| costing.platform(&c.platform).map_or_else(|| c.platform.clone(), |p| p.name.clone()))
        .collect()
}

/// The names of the other chosen platforms answered from choice `index`'s inbox.
fn inbox_partners(costing: &Costing, choices: &[Choice], index: usize) -> Vec<String> {
    one_inbox(costing, choices, index)
        .into_iter()
        .filter(|&j| j != index)
        .map(|j| {
            costing
                .platform(&choices[j].platform)
                .map_or_else(|| choices[j].platform.clone(), |p| p.name.clone())
        })
        .collect()
}

/// The choices answered from the same inbox as choice `index` (itself included).
fn one_inbox(costing: &Costing, choices: &[Choice], index: usize) -> Vec<usize> {
    let inbox = |c: &Choice| costing.platform(&c.platform).and_then(|p| p.inbox.clone());
    let group = inbox(&choices[index]);
    (0..choices.len()).filter(|&j| j == index || (group.is_some() && inbox(&choices[j]) == group)).collect()
}

/// Where the advice leads: the fit at the plan's hours, as its choices; None when nothing fits.
fn toward(plan: &Plan, catalogue: &Catalogue, ranking: &[Recommendation]) -> Option<Vec<Choice>> {
    match fit_ranked(plan, catalogue, ranking, plan.budget_hours(), None) {
        FitOutcome::Fitted(f) => Some(f.scenario.choices),
        FitOutcome::NothingFits { .. } => None,
    }
}

/// The changes the method allows on each choice, each on its own, toward `target` (the fit).
pub(super) fn candidate_changes(
    costing: &Costing,
    rank: &dyn Fn(&str) -> usize,
    choices: &[Choice],
    target: Option<&[Choice]>,
) -> Vec<(usize, Change)> {
    let mut out = Vec::new();
    // Looked up once: each choice below is weighed against every other.
    let platforms: Vec<Option<&Platform>> = choices.iter().map(|c| costing.platform(&c.platform)).collect();
    let groups: Vec<Option<&str>> = platforms.iter().map(|p| p.and_then(|p| p.inbox.as_deref())).collect();
    let ranks: Vec<usize> = choices.iter().map(|c| rank(&c.platform)).collect();
    let fits: Vec<Option<&Choice>> =
        choices.iter().map(|c| target.and_then(|t| t.iter().find(|f| f.platform == c.platform))).collect();
    let taken_from: std::collections::HashSet<&str> =
        choices.iter().filter_map(|c| c.reuse_from.as_deref()).collect();
    for (i, choice) in choices.iter().enumerate() {
        let platform = platforms[i];
        let fitted = fits[i];
        // Not where opening hours alone would leave messages waiting too long for customers (a
        // club open two nights a week): the drill would undo it.
        if choice.promise.kind == PromiseKind::Anytime
            && platform.is_none_or(|p| super::drill::phone_promise(costing.plan, p).is_none())
        {
            out.push((i, Change::OpeningHours));
        }
        // Never slower than customers expect on any platform of the inbox, nor than the fit
        // promises there.
        let slowest = (0..choices.len())
            .filter(|&j| j == i || (groups[i].is_some() && groups[j] == groups[i]))
            .map(|j| {
                let expected = costing.expected_promise(&choices[j].platform).hours;
                fits[j].map_or(expected, |f| f.promise.hours.min(expected))
            })
            .fold(f64::INFINITY, f64::min);
        if slowest > choice.promise.hours + 1e-9 {
            out.push((i, Change::RelaxResponse { from: choice.promise.hours, to: slowest }));
        }
        let is_source = taken_from.contains(choice.platform.as_str());
        if choice.reuse_from.is_none() && !is_source && choice.cadence.posts() > 0 {
            // A source makes its own posts, fuller than these (`reuse::may_reuse`).
            let sources = (0..choices.len())
                .filter(|&j| {
                    let s = &choices[j];
                    j != i
                        && s.reuse_from.is_none()
                        && s.cadence.posts() > 0
                        && match (platform, platforms[j]) {
                            (Some(p), Some(q)) => {
                                may_reuse(q, s.format, p, choice.format, ranks[j] < ranks[i])
                            }
                            _ => false,
                        }
                })
                .map(|j| (j, &choices[j]));
            let shares = |j: usize| {
                choices[j].format == choice.format
                    && match (platform, platforms[j]) {
                        (Some(p), Some(q)) => p.shares_with(q),
                        _ => false,
                    }
            };
            let name = |j: usize| platforms[j].map_or(choices[j].platform.clone(), |p| p.name.clone());
            // The best-ranked source: write once for the best platform.
            let best = sources.clone().min_by_key(|(j, _)| ranks[*j]);
            if let Some((j, s)) = sources.clone().filter(|(j, _)| shares(*j)).min_by_key(|(j, _)| ranks[*j]) {
                out.push((i, Change::Share { from_id: s.platform.clone(), from_name: name(j) }));
            } else if let Some((j, s)) = best {
                out.push((i, Change::Reuse { from_id: s.platform.clone(), from_name: name(j) }));
            }
        }
        if let Some(stories) = choice.stories_per_week.filter(|s| *s > 0)
            && fitted.is_none_or(|f| f.stories_per_week.unwrap_or(0) < stories)
        {
            out.push((i, Change::NoStories { from: stories }));
        }
        let alive = platform.map_or(Cadence::every(Cadence::MAX_EVERY_WEEKS), |p| p.figures.alive().least());
        let published = platform.map(|p| p.figures.cadence());
        let fewer = match (fitted, published) {
            (Some(f), _) => Some(f.cadence),
            (None, Some(p)) if p.is_lighter_than(choice.cadence) => Some(p),
            _ => Some(alive),
        };
        if let Some(to) = fewer.filter(|to| to.is_lighter_than(choice.cadence) && !to.is_lighter_than(alive))
        {
            out.push((
                i,
                Change::FewerPosts {
                    from: choice.cadence,
                    to,
                    followers: followers(costing, choices, i, to),
                },
            ));
        }
        // An override of minutes per post holds for every format: changing format saves nothing.
        if choice.minutes_per_post.is_none() {
            let takes = |f: PostFormat| platform.is_none_or(|p| p.takes(f));
            let to = match fitted {
                Some(f) if f.format.weight() < choice.format.weight() => Some(f.format),
                Some(_) => None,
                None => lighter_format(choice.format, takes),
            };
            // What others reuse from it follows it to the lighter format, where they take it.
            let followers_take = |to: PostFormat| {
                choices.iter().filter(|c| c.reuse_from.as_deref() == Some(choice.platform.as_str())).all(
                    |c| {
                        c.format.weight() <= to.weight()
                            || costing
                                .platform(&c.platform)
                                .is_none_or(|p| p.takes(to) && c.minutes_per_post.is_none())
                    },
                )
            };
            if let Some(to) = to.filter(|to| followers_take(*to)) {
                out.push((i, Change::LighterFormat { from: choice.format, to }));
            }
        }
        // Leaving: only a platform the fit at these hours leaves out.
        if target.is_none_or(|t| !t.iter().any(|c| c.platform == choice.platform)) {
            out.push((i, Change::Drop { only_for: Vec::new() }));
        }
    }
    out
}

/// Minutes a week a change to choice `i` saves (negative if it costs more), measured on the
/// choices it touches: itself, those reusing its posts, its source, its inbox, the planning.
pub(super) fn saving(costing: &Costing, choices: &[Choice], i: usize, change: &Change) -> f64 {
    let (work, _) = work_saved(costing, choices, i, change);
    work + planning_saved(costing, choices, i, change)
}

/// What a change saves in making, answering and watching, and the platforms whose minutes it
/// moves (nothing else's change).
fn work_saved(costing: &Costing, choices: &[Choice], i: usize, change: &Change) -> (f64, Vec<String>) {
    let inbox = |c: &Choice| costing.platform(&c.platform).and_then(|p| p.inbox.as_deref());
    let me = &choices[i];
    let from = match change {
        Change::Share { from_id, .. } | Change::Reuse { from_id, .. } => Some(from_id.as_str()),
        _ => None,
    };
    // The platforms whose minutes the change can move, the same before and after it.
    let mut touched: Vec<bool> = choices
        .iter()
        .map(|c| {
            c.platform == me.platform
                || c.reuse_from.as_deref() == Some(me.platform.as_str())
                || me.reuse_from.as_deref() == Some(c.platform.as_str())
                || (inbox(me).is_some() && inbox(c) == inbox(me))
                || from == Some(c.platform.as_str())
        })
        .collect();
    // And the sources of those, so that each reused post is counted as it is on both sides (a
    // change gives a new source only to `me`, from `from`, already in).
    let sources: Vec<usize> = choices
        .iter()
        .zip(&touched)
        .filter(|(_, t)| **t)
        .filter_map(|(c, _)| c.reuse_from.as_deref())
        .filter_map(|src| choices.iter().position(|s| s.platform == src))
        .collect();
    sources.into_iter().for_each(|s| touched[s] = true);
    // The change made on those alone moves them as it would in the whole plan: its inbox, its
    // followers and its source are among them.
    let before: Vec<Choice> =
        choices.iter().zip(&touched).filter(|(_, t)| **t).map(|(c, _)| c.clone()).collect();
    let at = touched[..i].iter().filter(|t| **t).count();
    let after = apply(costing, &before, at, change);
    let work = |list: &[Choice]| {
        costing.work(list).0.iter().map(|w| w.creation + w.replies + w.monitoring).sum::<f64>()
    };
    (work(&before) - work(&after), before.into_iter().map(|c| c.platform).collect())
}

/// Minutes of planning a change saves: only leaving a platform moves them (its increment, and
/// the session itself when it was the last platform to share it).
fn planning_saved(costing: &Costing, choices: &[Choice], i: usize, change: &Change) -> f64 {
    if !change.is_drop() {
        return 0.0;
    }
    let own = choices[i].planning_minutes_per_week;
    let free = choices.iter().filter(|c| c.planning_minutes_per_week.is_none()).count();
    match own {
        Some(minutes) => minutes,
        None => {
            costing.figures(&choices[i].platform).planning_minutes_per_week
                + if free == 1 { PLANNING_SESSION_MINUTES } else { 0.0 }
        }
    }
}

/// Every single change the method allows and what it saves, largest saving first; changes that
/// save nothing are left out.
pub fn savings(plan: &Plan, catalogue: &Catalogue) -> Vec<Saving> {
    let costing = Costing::new(plan, catalogue);
    let ranking = recommend(plan, catalogue);
    let rank = |id: &str| ranking.iter().position(|r| r.platform_id == id).unwrap_or(usize::MAX);
    let choices = plan.current_choices();
    let mut out: Vec<Saving> = candidate_changes(&costing, &rank, choices, None)
        .into_iter()
        .filter_map(|(i, change)| {
            let saved = saving(&costing, choices, i, &change);
            (saved > 0.5).then(|| Saving {
                platform_id: choices[i].platform.clone(),
                platform_name: costing
                    .platform(&choices[i].platform)
                    .map_or_else(|| choices[i].platform.clone(), |p| p.name.clone()),
                inbox_partners: inbox_partners(&costing, choices, i),
                change,
                minutes_saved: saved,
            })
        })
        .collect();
    out.sort_by(|a, b| b.minutes_saved.total_cmp(&a.minutes_saved));
    out
}

/// The goals of the plan that no chosen platform but `index` serves well.
fn only_served_by(costing: &Costing, choices: &[Choice], index: usize) -> Vec<Goal> {
    let fit = |c: &Choice, g: Goal| costing.platform(&c.platform).map_or(0.0, |p| p.goal_fit.for_goal(g));
    costing
        .plan
        .audience
        .goals
        .iter()
        .copied()
        .filter(|&g| {
            fit(&choices[index], g) >= GoalFit::SERVES_WELL
                && choices.iter().enumerate().all(|(j, c)| j == index || fit(c, g) < GoalFit::SERVES_WELL)
        })
        .collect()
}

/// The list of changes that, made in order, bring the plan back within its budget, lightest
/// first, toward the fit at the same hours. Each round takes the biggest saving of the
/// earliest kind that still saves. Only when nothing lighter is enough does it leave a
/// platform the fit leaves out: the one whose ranking score per hour saved is lowest, saying
/// when it alone serves a goal; then it starts again without that platform, so that no cut is
/// kept that leaving made needless. Each step's saving is measured after the ones before it,
/// so they add up. Empty within budget.
pub fn bring_back_within_budget(plan: &Plan, catalogue: &Catalogue) -> Vec<Saving> {
    let costing = Costing::new(plan, catalogue);
    let budget = plan.budget_hours() * 60.0;
    let original = plan.current_choices().to_vec();
    if costing.total(&original) <= budget + 0.5 {
        return Vec::new();
    }
    let ranking = recommend(plan, catalogue);
    // Asked for each change weighed: looked up, not searched.
    let places: HashMap<&str, (usize, f64)> =
        ranking.iter().enumerate().map(|(i, r)| (r.platform_id.as_str(), (i, r.score))).collect();
    let rank = |id: &str| places.get(id).map_or(usize::MAX, |p| p.0);
    let score = |id: &str| places.get(id).map_or(0.0, |p| p.1);
    let target = toward(plan, catalogue, &ranking);
    let fits = |choices: &[Choice], total: f64| choices.is_empty() || total <= budget + 0.5;
    let mut drops: Vec<(String, Change)> = Vec::new();
    let mut start = original.clone();
    let light = loop {
        let mut weighed = Weighed::default();
        let (steps, mut choices, mut total) =
            lightest_steps(&costing, &rank, &start, target.as_deref(), budget, &mut weighed);
        if fits(&choices, total) {
            break steps;
        }
        // Leave platforms one at a time from the lightened plan, each time making the lighter
        // changes its leaving opens (a platform that adapted its posts finds another source),
        // until the plan fits. Least value lost per hour saved, among the platforms the fit
        // leaves out; ties to the plan's order.
        let before = drops.len();
        while !fits(&choices, total) {
            let leaving = candidate_changes(&costing, &rank, &choices, target.as_deref())
                .into_iter()
                .filter(|(_, c)| c.is_drop())
                .map(|(i, change)| {
                    let saved = weighed.saving(&costing, &choices, i, &change);
                    (i, change, score(&choices[i].platform) / saved.max(1e-9))
                })
                .min_by(|a, b| a.2.total_cmp(&b.2).then(a.0.cmp(&b.0)));
            let Some((i, change, _)) = leaving else { break };
            let only_for = only_served_by(&costing, &choices, i);
            drops.push((choices[i].platform.clone(), Change::Drop { only_for }));
            let rest = weighed.make(&costing, &choices, i, &change);
            (_, choices, total) =
                lightest_steps(&costing, &rank, &rest, target.as_deref(), budget, &mut weighed);
        }
        if drops.len() == before {
            break steps;
        }
        // Start again from the plan without the platforms left, so that no cut is kept that
        // leaving made needless.
        start = original.clone();
        for (id, _) in &drops {
            if let Some(k) = start.iter().position(|c| &c.platform == id) {
                start = apply(&costing, &start, k, &Change::Drop { only_for: Vec::new() });
            }
        }
    };
    replay(&costing, light, drops)
}

/// What each change weighed saves in making, answering and watching, kept until a step
/// changes one of the choices it was weighed on: a step moves only the minutes of the choices
/// it changes, so what a change elsewhere saves is the same sum of the same choices as before.
#[derive(Default)]
struct Weighed {
    /// The platform, the change, its saving and the platforms it was weighed on.
    known: Vec<(String, Change, f64, Vec<String>)>,
}

impl Weighed {
    /// What `change` to choice `i` saves, planning included.
    fn saving(&mut self, costing: &Costing, choices: &[Choice], i: usize, change: &Change) -> f64 {
        let id = &choices[i].platform;
        let work = match self.known.iter().find(|k| &k.0 == id && &k.1 == change) {
            Some(k) => k.2,
            None => {
                let (work, touched) = work_saved(costing, choices, i, change);
                self.known.push((id.clone(), change.clone(), work, touched));
                work
            }
        };
        // Planning moves with the whole plan (the session goes with the last platform): never kept.
        work + planning_saved(costing, choices, i, change)
    }

    /// Makes `change` to choice `i`, forgetting what was weighed on the choices it changes and
    /// on the source it gives new posts to take.
    fn make(&mut self, costing: &Costing, choices: &[Choice], i: usize, change: &Change) -> Vec<Choice> {
        let next = apply(costing, choices, i, change);
        let mut changed: Vec<&str> = choices
            .iter()
            .filter(|c| next.iter().find(|n| n.platform == c.platform) != Some(*c))
            .map(|c| c.platform.as_str())
            .collect();
        if let Change::Share { from_id, .. } | Change::Reuse { from_id, .. } = change {
            changed.push(from_id);
        }
        self.known.retain(|k| !k.3.iter().any(|t| changed.contains(&t.as_str())));
        next
    }
}

/// The changes that keep every platform, lightest kind first, until the plan fits or none is
/// left; with the choices they lead to and their minutes.
fn lightest_steps(
    costing: &Costing,
    rank: &dyn Fn(&str) -> usize,
    start: &[Choice],
    target: Option<&[Choice]>,
    budget: f64,
    weighed: &mut Weighed,
) -> (Vec<(String, Change)>, Vec<Choice>, f64) {
    let mut steps = Vec::new();
    let mut choices = start.to_vec();
    // What each step saves is what the whole plan saves: the total follows without summing
    // every choice again.
    let mut total = costing.total(&choices);
    // Each step changes the plan for good, so this ends; the bound only guards the unforeseen.
    for _ in 0..500 {
        debug_assert!((total - costing.total(&choices)).abs() < 1e-6, "a saving is the plan's");
        if total <= budget + 0.5 {
            break;
        }
        let changes: Vec<(usize, Change)> = candidate_changes(costing, rank, &choices, target)
            .into_iter()
            .filter(|(_, c)| !c.is_drop())
            .collect();
        // The earliest kind that still saves wins; of that kind, the biggest saving; equal ones
        // (to a billionth of a minute) go to the plan's order.
        let best = (0..Change::Drop { only_for: Vec::new() }.phase()).find_map(|phase| {
            let saved: Vec<(usize, &Change, f64)> = changes
                .iter()
                .filter(|(_, c)| c.phase() == phase)
                .map(|(i, change)| (*i, change, weighed.saving(costing, &choices, *i, change)))
                .filter(|(_, _, saved)| *saved > 0.5)
                .collect();
            let top = saved.iter().map(|s| s.2).fold(f64::NEG_INFINITY, f64::max);
            saved.into_iter().filter(|s| s.2 >= top - 1e-9).min_by_key(|s| s.0)
        });
        let Some((index, change, saved)) = best else { break };
        let change = change.clone();
        let id = choices[index].platform.clone();
        total -= saved;
        choices = weighed.make(costing, &choices, index, &change);
        steps.push((id, change));
    }
    (steps, choices, total)
}

/// Whether posts shared or adapted by choice `index` would come from a platform that makes its
/// own, as the checks require (`Broken::ReuseChain`): a step found without a platform left (whose
/// posts its source shared until then) may take from a platform that still shares them.
fn takes_from_a_maker(choices: &[Choice], index: usize, change: &Change) -> bool {
    let (Change::Share { from_id, .. } | Change::Reuse { from_id, .. }) = change else { return true };
    let me = &choices[index].platform;
    choices.iter().any(|c| &c.platform == from_id && c.reuse_from.is_none())
        && !choices.iter().any(|c| c.reuse_from.as_deref() == Some(me.as_str()))
}

/// Replays the steps from the plan as it is, measuring each one's saving: the lighter steps
/// first, then the platforms left. A lighter step that saves nothing before a platform is left,
/// or takes posts from a platform that shares that one's until it is left (it was found without
/// that platform), comes right after it.
fn replay(costing: &Costing, light: Vec<(String, Change)>, drops: Vec<(String, Change)>) -> Vec<Saving> {
    let mut choices = costing.plan.current_choices().to_vec();
    let mut out: Vec<Saving> = Vec::new();
    let mut later = Vec::new();
    let step =
        |choices: &mut Vec<Choice>, id: String, change: Change, out: &mut Vec<Saving>| -> Option<f64> {
            let index = choices.iter().position(|c| c.platform == id)?;
            // A step found without a platform left may find it here, following: said as made.
            let change = match change {
                Change::FewerPosts { from, to, .. } => {
                    Change::FewerPosts { from, to, followers: followers(costing, choices, index, to) }
                }
                other => other,
            };
            let before = costing.total(choices);
            let next = apply(costing, choices, index, &change);
            let saved = before - costing.total(&next);
            let partners = inbox_partners(costing, choices, index);
            *choices = next;
            let name = costing.platform(&id).map_or_else(|| id.clone(), |p| p.name.clone());
            out.push(Saving {
                platform_id: id,
                platform_name: name,
                change,
                minutes_saved: saved,
                inbox_partners: partners,
            });
            Some(saved)
        };
    for (id, change) in light {
        let Some(index) = choices.iter().position(|c| c.platform == id) else { continue };
        let before = costing.total(&choices);
        let saves = before - costing.total(&apply(costing, &choices, index, &change)) > 0.5;
        if (saves && takes_from_a_maker(&choices, index, &change)) || drops.is_empty() {
            step(&mut choices, id, change, &mut out);
        } else {
            later.push((id, change));
        }
    }
    for (id, change) in drops.into_iter().chain(later) {
        step(&mut choices, id, change, &mut out);
    }
    out
}

#[cfg(test)]
mod tests;
