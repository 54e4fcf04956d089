//! "Fit my week": the best scenario for the owner's products, audience, goals and hours.
//!
//! The objective (`objective.rs`, docs/method.md "Fit my week"): reach the audience where it
//! is, often enough to be remembered, in a format that reaches there, and each aim met by at
//! least one platform: every goal served well, the products shown to their buyers, a local
//! business found where customers look it up (`objective::Aim`). Hard limits: the week's total within the hours and each day
//! within the most the owner can give; every platform kept alive (a feed at least a post a
//! week, a channel at least one piece every four weeks); answers as fast as customers expect,
//! counted in opening hours with an away message, and the looks that keep that promise
//! counted; the source of a shared or adapted post is the better-ranked platform; and the
//! rank-1 platform is in whenever it fits alone.
//!
//! The search (`search.rs`) is exact over that space (tests try every combination); then the
//! hours left make answers faster, cheapest first. Why each platform is in or out:
//! `reasons.rs`.

mod candidates;
mod objective;
mod reasons;
mod search;

pub use candidates::cadences;
pub use objective::{
    Aim, GOAL_VALUE, SHOWN_SHARE, USEFUL_SHARE, cadence_value, plan_aims, platform_value, value_of,
};
pub use reasons::{FitReason, LeftOut};

use crate::format;
use crate::locale::Sentence as S;
use crate::model::{Catalogue, Choice, Language, Plan, Scenario};

use super::cost::Costing;
use super::recommend::{Recommendation, recommend};
use candidates::{Mode, Space};
use search::Search;

/// Promises the hours left may buy, in hours of opening time, fastest last.
const FASTER: [f64; 7] = [24.0, 12.0, 8.0, 6.0, 4.0, 2.0, 1.0];
/// The hours left make answers faster only where customers expect an answer within this many
/// hours: where they expect two days (reviews on Google, comments under pins and videos; 59 % of
/// consumers expect a review reply within two days, BrightLocal), a faster answer is looked at
/// many times a week for nothing they notice.
const FASTER_WHERE_EXPECTED_WITHIN_HOURS: f64 = 24.0;
/// A platform alone within this many minutes of the lightest one is as light to the owner (a
/// tenth of an hour, as the hours are written).
const AS_LIGHT_MINUTES: f64 = 6.0;
/// Times the fit tries again with fewer hours when its week breaks the daily limit.
const DAILY_LIMIT_TRIES: usize = 8;

/// The fitted scenario and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Fitted {
    pub scenario: Scenario,
    pub minutes: f64,
    pub budget_minutes: f64,
    /// The objective's value (docs/method.md): for tests and comparisons.
    pub value: f64,
    /// Why each platform is in, and why the best-ranked others are out.
    pub reasons: Vec<FitReason>,
}

impl Fitted {
    /// The reasons in a language.
    pub fn reasons_in(&self, lang: Language) -> Vec<String> {
        self.reasons.iter().map(|r| r.words(lang)).collect()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum FitOutcome {
    Fitted(Fitted),
    /// Not even one platform fits: the lightest one-platform week, in minutes, and its platform;
    /// `busiest_day` when that week fits the hours but not the daily limit, which is then what
    /// stands in the way.
    NothingFits {
        lightest_minutes: f64,
        platform_name: String,
        busiest_day: Option<BusiestDay>,
    },
}

/// The lightest week's busiest day against the most the owner gives a day, in minutes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BusiestDay {
    pub minutes: f64,
    pub limit_minutes: f64,
}

/// The default name of a fitted scenario: "Fitted to 4 h" / "Ajusté à 4 h".
pub fn default_name(hours: f64, language: Language) -> String {
    let h = format::hours(hours * 60.0, language);
    language.say(S::FittedTo, &[("hours", &h)])
}

/// The rank-1 platform alone at what keeps it alive, in its own format, answering as fast as
/// customers expect there: what must fit for the fit to keep it.
pub fn rank_one_alone(plan: &Plan, catalogue: &Catalogue) -> Option<(Choice, f64)> {
    rank_one_alone_in(plan, catalogue, &recommend(plan, catalogue))
}

/// `rank_one_alone` with the plan's ranking already made.
fn rank_one_alone_in(
    plan: &Plan,
    catalogue: &Catalogue,
    ranking: &[Recommendation],
) -> Option<(Choice, f64)> {
    let platform = plan.platform(catalogue, &ranking.first()?.platform_id)?;
    let choice = least_alive(plan, platform);
    let minutes = Costing::new(plan, catalogue).cost(std::slice::from_ref(&choice)).total();
    Some((choice, minutes))
}

/// A platform at what keeps it alive, in its own format, answering as customers expect there.
fn least_alive(plan: &Plan, platform: &crate::model::Platform) -> Choice {
    let mut choice = new_choice(plan, platform);
    choice.cadence = platform.figures.alive().least();
    if let Some(own) = plan.current_choices().iter().find(|c| c.platform == platform.id) {
        choice.followers = own.followers;
        choice.replies_per_week = own.replies_per_week;
        choice.responder = own.responder.clone();
    }
    choice
}

/// A platform as it comes when chosen, by the fit or by the owner: answering as fast as customers
/// expect there, in opening hours, or, where the business is closed too long for that, from the
/// phone every day (`drill::phone_promise`), so that the week passes the drill.
pub fn new_choice(plan: &Plan, platform: &crate::model::Platform) -> Choice {
    let mut choice = plan.new_choice(platform);
    if let Some(promise) = super::drill::phone_promise(plan, platform) {
        choice.promise = promise;
    }
    choice
}

/// Finds the best scenario for `hours` a week. `name` defaults to "Fitted to 4 h".
pub fn fit(plan: &Plan, catalogue: &Catalogue, hours: f64, name: Option<&str>) -> FitOutcome {
    fit_ranked(plan, catalogue, &recommend(plan, catalogue), hours, name)
}

/// `fit` with the plan's ranking already made (the advice has it).
pub(crate) fn fit_ranked(
    plan: &Plan,
    catalogue: &Catalogue,
    ranking: &[Recommendation],
    hours: f64,
    name: Option<&str>,
) -> FitOutcome {
    let costing = Costing::new(plan, catalogue);
    let limit = plan.time.daily_limit_hours.map(|h| h * 60.0);
    let days = costing.open.days.len() as f64;
    // The week's hours, and no more than the days can hold at the daily limit.
    let mut budget = limit.map_or(hours * 60.0, |l| (hours * 60.0).min(l * days));
    let space = candidates::space(&costing, ranking, limit);
    let all_goals = ((1u16 << plan_aims(plan).len()) - 1) as u8;
    let alone = rank_one_alone_in(plan, catalogue, ranking).map(|(_, minutes)| minutes);
    let keep_first = |budget: f64| {
        space.candidates.first().is_some_and(|c| c.rank == 0) && alone.is_some_and(|m| m <= budget + 1e-9)
    };
    // The review routine and the ambassadors take their time first: the platforms share what
    // is left, counted as if no review site were kept (the most the routine can take).
    let reserve = costing.voices(&[]).total();
    for _ in 0..DAILY_LIMIT_TRIES {
        let room = budget - reserve;
        let found = Search::new(&space, room, all_goals, keep_first(budget))
            .best()
            .or_else(|| Search::new(&space, room, all_goals, false).best());
        let Some((selection, value)) = found else { break };
        let searched = choices_of(&space, &selection);
        let mut choices = searched.clone();
        answer_faster(&costing, &mut choices, budget);
        let minutes = costing.cost(&choices).total();
        // The week lays the work out; a day it cannot keep within the limit asks for less.
        if let Some(limit) = limit {
            let over = over_the_limit(plan, catalogue, &choices, limit);
            if over > 0.5 {
                budget = (minutes - over).min(budget - 1.0);
                continue;
            }
        }
        let lang = plan.language;
        let name = name.map_or_else(|| default_name(hours, lang), str::to_owned);
        let weekly_hours = ((hours - plan.time.weekly_budget_hours).abs() > 1e-9).then_some(hours);
        // Whether some week with candidate `i` fits the same hours (worth less, or it would
        // have been found).
        let fits_with =
            |i: usize| Search::new(&space, room, all_goals, keep_first(budget)).with(i).best().is_some();
        let reasons = reasons::explain(&costing, ranking, &space, (&choices, &searched), budget, fits_with);
        return FitOutcome::Fitted(Fitted {
            scenario: Scenario { weekly_hours, choices, ..Scenario::new(name) },
            minutes,
            budget_minutes: hours * 60.0,
            value,
            reasons,
        });
    }
    nothing_fits(plan, catalogue, &space, hours * 60.0)
}

/// Minutes the week of these choices puts over the daily limit, all days together.
fn over_the_limit(plan: &Plan, catalogue: &Catalogue, choices: &[Choice], limit: f64) -> f64 {
    let week = week_of(plan, catalogue, choices);
    week.days().iter().map(|d| (week.day_minutes(*d) - limit).max(0.0)).sum()
}

/// The week these choices would make in the plan, without the owner's moves (which belong to
/// another scenario's items).
fn week_of(plan: &Plan, catalogue: &Catalogue, choices: &[Choice]) -> super::week::Week {
    let mut trial = plan.clone();
    trial.current_mut().choices = choices.to_vec();
    trial.current_mut().moves.clear();
    super::week::week(&trial, catalogue)
}

/// The choices of a solution: answers at what customers expect (a shared inbox at its
/// strictest platform's), and each reused post's source: the best-ranked platform before it
/// that makes its own posts, as many, in a format at least as full (the same format, in its
/// family, for a shared one).
fn choices_of(space: &Space, selection: &[Option<usize>]) -> Vec<Choice> {
    let cands = &space.candidates;
    let mut out: Vec<(usize, Choice)> = Vec::new();
    for (i, k) in selection.iter().enumerate() {
        let Some(k) = k else { continue };
        let c = &cands[i];
        let o = &c.options[*k];
        // The template answers as fast as customers expect (`new_choice`).
        let mut choice = c.template.clone();
        choice.cadence = o.cadence;
        choice.format = o.format;
        if o.mode != Mode::Own {
            choice.reuse_from = (0..i).find_map(|j| {
                let s = &cands[j].options[selection[j]?];
                let fits = f64::from(s.source_posts()) + 1e-9 >= o.posts()
                    && match o.mode {
                        Mode::Share => s.format == o.format && c.platform.shares_with(cands[j].platform),
                        _ => s.level >= o.level,
                    };
                fits.then(|| cands[j].platform.id.clone())
            });
        }
        out.push((i, choice));
    }
    // One inbox, one promise: its strictest platform's.
    let strictest = |g: usize| {
        out.iter()
            .filter(|(i, _)| cands[*i].group == Some(g))
            .map(|(_, c)| c.promise.hours)
            .fold(f64::INFINITY, f64::min)
    };
    let targets: Vec<Option<f64>> = out.iter().map(|(i, _)| cands[*i].group.map(strictest)).collect();
    out.into_iter()
        .zip(targets)
        .map(|((_, mut c), t)| {
            if let Some(t) = t {
                c.promise.hours = t;
            }
            c
        })
        .collect()
}

/// With the hours left, answers get faster: each round takes the cheapest step to a faster
/// promise on one platform (a shared inbox moves together), while the week still fits.
fn answer_faster(costing: &Costing, choices: &mut [Choice], budget: f64) {
    let group = |c: &Choice| costing.platform(&c.platform).and_then(|p| p.inbox.clone());
    // A promise only changes the watching of its own inbox: each step is weighed on that
    // inbox's platforms alone, not on the whole week (the week's other parts stay as they are).
    let watching = |part: &[Choice]| costing.cost(part).choices.iter().map(|c| c.monitoring).sum::<f64>();
    let mut total = costing.cost(choices).total();
    loop {
        let mut best: Option<(f64, Vec<usize>, f64)> = None;
        for i in 0..choices.len() {
            if !costing.answers(&choices[i])
                || costing.figures(&choices[i].platform).expected_response_hours
                    > FASTER_WHERE_EXPECTED_WITHIN_HOURS
            {
                continue;
            }
            let Some(&faster) = FASTER.iter().find(|&&t| t < choices[i].promise.hours - 1e-9) else {
                continue;
            };
            let (id, g) = (choices[i].platform.clone(), group(&choices[i]));
            let members: Vec<usize> = (0..choices.len())
                .filter(|&j| choices[j].platform == id || (g.is_some() && group(&choices[j]) == g))
                .collect();
            let now: Vec<Choice> = members.iter().map(|&j| choices[j].clone()).collect();
            let mut next = now.clone();
            for c in &mut next {
                c.promise.hours = c.promise.hours.min(faster);
            }
            // A faster promise at the first review site also makes the review rounds faster.
            let rounds = if costing.plan.voices.reviews.is_some() {
                let mut all = choices.to_vec();
                for (&j, c) in members.iter().zip(&next) {
                    all[j] = c.clone();
                }
                costing.voices(&all).total() - costing.voices(choices).total()
            } else {
                0.0
            };
            let minutes = total + watching(&next) - watching(&now) + rounds;
            if minutes <= budget + 1e-9 && best.as_ref().is_none_or(|(m, ..)| minutes < *m - 1e-9) {
                best = Some((minutes, members, faster));
            }
        }
        // Each step makes a promise strictly faster, so this ends.
        let Some((minutes, members, faster)) = best else { return };
        for j in members {
            choices[j].promise.hours = choices[j].promise.hours.min(faster);
        }
        total = minutes;
    }
}

fn nothing_fits(plan: &Plan, catalogue: &Catalogue, space: &Space, budget: f64) -> FitOutcome {
    let costing = Costing::new(plan, catalogue);
    // Each platform alone at its lightest, in ranking order.
    let alone: Vec<(f64, Choice, String)> = space
        .candidates
        .iter()
        .map(|c| {
            let choice = least_alive(plan, c.platform);
            (costing.cost(std::slice::from_ref(&choice)).total(), choice, c.platform.name.clone())
        })
        .collect();
    // The lightest, or the best-ranked of those as light to the tenth of an hour the owner reads:
    // a club hears of Google Business Profile at 1 h, not of Pinterest at 0.95 h.
    let least = alone.iter().map(|a| a.0).fold(f64::INFINITY, f64::min);
    let lightest = alone.into_iter().find(|a| a.0 <= least + AS_LIGHT_MINUTES);
    let Some((lightest_minutes, choice, platform_name)) = lightest else {
        return FitOutcome::NothingFits {
            lightest_minutes: 0.0,
            platform_name: String::new(),
            busiest_day: None,
        };
    };
    // Within the week's hours, the lightest week was refused for a day over the limit: say so,
    // rather than that it needs more hours than the owner has.
    // Named only when that day is truly over the limit (the fit also caps the week at the limit
    // times the open days, which looks on closed days can pass with every day within it).
    let busiest_day = plan
        .time
        .daily_limit_hours
        .map(|h| h * 60.0)
        .filter(|_| lightest_minutes <= budget + 1e-9)
        .map(|limit_minutes| {
            let week = week_of(plan, catalogue, std::slice::from_ref(&choice));
            let minutes = week.days().iter().map(|d| week.day_minutes(*d)).fold(0.0, f64::max);
            BusiestDay { minutes, limit_minutes }
        })
        .filter(|d| d.minutes > d.limit_minutes + 0.5);
    FitOutcome::NothingFits { lightest_minutes, platform_name, busiest_day }
}

/// Each platform's options in the fit's search space, as choices (a reusing option has
/// `reuse_from: Some("*adapt")` or `Some("*share")`: any platform before it that may be its
/// source), in ranking order. For tests.
pub fn search_space(plan: &Plan, catalogue: &Catalogue) -> Vec<Vec<Choice>> {
    let ranking = recommend(plan, catalogue);
    let costing = Costing::new(plan, catalogue);
    let limit = plan.time.daily_limit_hours.map(|h| h * 60.0);
    let space = candidates::space(&costing, &ranking, limit);
    space
        .candidates
        .iter()
        .map(|c| {
            c.options
                .iter()
                .map(|o| Choice {
                    cadence: o.cadence,
                    format: o.format,
                    reuse_from: match o.mode {
                        Mode::Own => None,
                        Mode::Adapt => Some("*adapt".to_owned()),
                        Mode::Share => Some("*share".to_owned()),
                    },
                    ..c.template.clone()
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests;
