//! "Fit my week": the best scenario for the owner's products, audience, goals and hours.
//!
//! The objective (docs/method.md, "Fit my week", in the owner's words): reach the audience
//! where it is (the ranking's score), often enough to be remembered (cadence with diminishing
//! returns, full value at the published cadence), in the platform's own format, and each goal
//! served well by at least one platform. Hard limits: the week's total within the hours, and no
//! answer slower than customers expect on a platform.
//!
//! The search is exact for that objective over a documented space: for each platform, posts a
//! week on a ladder around its published cadence, each format it takes, and either making its
//! own posts or adapting all of them from another chosen platform that posts at least as often
//! in a format at least as rich. Answers are promised at the catalogue's expected time (a shared
//! inbox at its strictest member's); then the hours left make answers faster, cheapest first.
//! The search itself, a programme over the platforms that keeps only the partial weeks no
//! other beats in the same state of shared work, is in `frontier.rs`.

use crate::format;
use crate::model::{Catalogue, Choice, Goal, Language, Plan, Platform, PostFormat, Scenario, rules};

use super::cost::{checks_per_day, cost_of, inbox_extra_minutes, replies_per_week};
use super::frontier::Programme;
use super::recommend::{Recommendation, recommend};
use super::saving_of::Parts;
use super::savings::{Change, SERVES_WELL, weight};

/// Posts a week the fit considers, as shares of the platform's published cadence.
pub const CADENCE_LADDER: [f64; 5] = [0.25, 0.5, 1.0, 1.5, 2.0];
/// Value of a cadence, as a share of the published one: `(1 − e^(−2r)) / (1 − e^(−2))`, so
/// half the cadence keeps 73% of the value and twice it adds 14%.
pub fn cadence_value(share_of_published: f64) -> f64 {
    (1.0 - (-2.0 * share_of_published).exp()) / (1.0 - (-2.0f64).exp())
}
/// A platform is useful to the plan when its score is at least this share of the best
/// platform's; its value grows from 0 there to 1 for the best (estimate).
pub const USEFUL_SHARE: f64 = 0.6;

/// What a platform of this ranking score brings, against the best platform's score.
pub fn platform_value(score: f64, best: f64) -> f64 {
    let floor = USEFUL_SHARE * best;
    if best <= 0.0 || score < floor { 0.0 } else { (score - floor) / (best - floor) }
}

/// A format other than the platform's own keeps this share of the value (estimate).
pub const OTHER_FORMAT_VALUE: f64 = 0.85;
/// Value of each goal of the plan served well by at least one chosen platform.
pub const GOAL_VALUE: f64 = 0.25;
/// Response targets the hours left may buy, in hours, fastest last.
const FASTER_TARGETS: [f64; 7] = [24.0, 12.0, 8.0, 6.0, 4.0, 2.0, 1.0];

/// The value of posting `posts` a week on a platform of this score and published cadence.
fn option_value(score: f64, posts: f64, published: f64, own_format: bool) -> f64 {
    let share = if published > 0.0 { posts / published } else { 0.0 };
    score * cadence_value(share) * if own_format { 1.0 } else { OTHER_FORMAT_VALUE }
}

/// One way to be on a platform, as the fit weighs it.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Option_ {
    pub(super) posts: f64,
    pub(super) format: PostFormat,
    /// Adapts all its posts from another chosen platform.
    pub(super) adapts: bool,
    pub(super) creation: f64,
    pub(super) value: f64,
}

/// A platform the fit may choose, with its fixed costs and its options.
#[derive(Clone, Debug)]
pub(super) struct Candidate<'a> {
    platform: &'a Platform,
    score: f64,
    template: Choice,
    /// Minutes a week that do not depend on the option: replies and the planning increment.
    pub(super) fixed: f64,
    /// Looks a day at the catalogue's expected answer time, and minutes per look.
    pub(super) looks: f64,
    pub(super) check: f64,
    pub(super) group: Option<usize>,
    /// The plan's goals it serves well, one bit each.
    pub(super) goals: u8,
    pub(super) options: Vec<Option_>,
    /// The least monitoring it can add to a week (in a shared inbox, a further member's part).
    pub(super) monitoring_floor: f64,
    /// Best value per minute of any option: the order the search takes platforms in.
    density: f64,
}

/// The fitted scenario and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Fitted {
    pub scenario: Scenario,
    pub minutes: f64,
    pub budget_minutes: f64,
    /// The objective's value (docs/method.md): for tests and comparisons.
    pub value: f64,
    /// Why each platform is in, and why the best-ranked others are out, in the plan's language.
    pub reasons: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum FitOutcome {
    Fitted(Fitted),
    /// Not even one platform fits: the lightest one-platform week, in minutes, and its platform.
    NothingFits {
        lightest_minutes: f64,
        platform_name: String,
    },
}

/// The default name of a fitted scenario: "Fitted to 4 h" / "Ajusté à 4 h".
pub fn default_name(hours: f64, language: Language) -> String {
    let h = format::hours(hours * 60.0, language);
    language.pick(format!("Ajusté à {h}"), format!("Fitted to {h}"))
}

/// The plan's goals, each once.
fn plan_goals(plan: &Plan) -> Vec<Goal> {
    let mut goals = plan.audience.goals.clone();
    goals.sort();
    goals.dedup();
    goals
}

/// The search space and its fixed figures for this plan.
fn candidates<'a>(
    plan: &'a Plan,
    catalogue: &'a Catalogue,
    ranking: &[Recommendation],
) -> (Vec<Candidate<'a>>, Vec<f64>) {
    let days = f64::from(plan.time.open_days_per_week());
    let mut groups: Vec<String> = Vec::new();
    let goals = plan_goals(plan);
    let mut out = Vec::new();
    let best = ranking.first().map_or(0.0, |r| r.score);
    // A scenario holds at most `MAX_CHOICES` platforms: the fit weighs the best ranked ones.
    let ranked: Vec<&str> = ranking.iter().take(rules::MAX_CHOICES).map(|r| r.platform_id.as_str()).collect();
    for platform in plan.platforms(catalogue).filter(|p| ranked.contains(&p.id.as_str())) {
        let rank_score = ranking.iter().find(|r| r.platform_id == platform.id).map_or(0.0, |r| r.score);
        let score = platform_value(rank_score, best);
        // A platform far below the best is not where the audience is: not worth the hours.
        if score <= 0.0 {
            continue;
        }
        let f = &platform.figures;
        // The owner's own figures for this platform, if a scenario has them, carry over.
        let own = plan.current_choices().iter().find(|c| c.platform == platform.id);
        let mut template = Choice::with_defaults(platform);
        if let Some(own) = own {
            template.followers = own.followers;
            template.replies_per_week = own.replies_per_week;
            template.responder = own.responder.clone();
        }
        let group = platform.inbox.as_ref().map(|g| match groups.iter().position(|x| x == g) {
            Some(i) => i,
            None => {
                groups.push(g.clone());
                groups.len() - 1
            }
        });
        let looks = checks_per_day(f.expected_response_hours, plan.time.open_hours_per_day());
        let mut goal_bits = 0u8;
        for (bit, goal) in goals.iter().enumerate() {
            if platform.goal_fit.for_goal(*goal) >= SERVES_WELL {
                goal_bits |= 1 << bit;
            }
        }
        let mut options = Vec::new();
        for share in CADENCE_LADDER {
            let posts = (f.posts_per_week * share * 100.0).round() / 100.0;
            if posts <= 0.0 {
                continue;
            }
            for &format in PostFormat::ALL.iter().filter(|fm| platform.takes(**fm)) {
                let value = option_value(score, posts, f.posts_per_week, format == f.format);
                let new = f.minutes_per_post.for_format(format);
                let adapt = f.adaptation_minutes.for_format(format).min(new);
                options.push(Option_ { posts, format, adapts: false, creation: posts * new, value });
                options.push(Option_ { posts, format, adapts: true, creation: posts * adapt, value });
            }
        }
        let fixed = replies_per_week(&template, f) * f.minutes_per_reply + f.planning_minutes_per_week;
        let mut candidate = Candidate {
            platform,
            score,
            template,
            fixed,
            looks,
            check: f.minutes_per_check,
            group,
            goals: goal_bits,
            options,
            monitoring_floor: 0.0,
            density: 0.0,
        };
        // An option costing more for no more value than another is never part of a best plan.
        candidate.options.sort_by(|a, b| b.value.total_cmp(&a.value).then(a.creation.total_cmp(&b.creation)));
        let mut kept: Vec<Option_> = Vec::new();
        for o in candidate.options.drain(..) {
            // Dominated: no more value for no less time, and no less use as a source of reuse
            // (an own option) or no stricter need of one (an adapting option).
            let dominated = kept.iter().any(|k| {
                let as_good = k.value >= o.value && k.creation <= o.creation;
                as_good
                    && match (k.adapts, o.adapts) {
                        (false, false) => k.posts >= o.posts && weight(k.format) >= weight(o.format),
                        (false, true) => true,
                        (true, true) => k.posts <= o.posts && weight(k.format) <= weight(o.format),
                        (true, false) => false,
                    }
            });
            if !dominated {
                kept.push(o);
            }
        }
        candidate.options = kept;
        let extra = group.map_or(0.0, |g| inbox_extra_minutes(catalogue, &groups[g]));
        // A further member of a shared inbox adds at least its looks times the increment.
        candidate.monitoring_floor = match group {
            Some(_) => candidate.looks * days * extra.min(candidate.check),
            None => candidate.looks * days * candidate.check,
        };
        for o in &candidate.options {
            let floor = o.creation + candidate.fixed + candidate.monitoring_floor;
            candidate.density =
                candidate.density.max(if floor > 0.0 { o.value / floor } else { f64::INFINITY });
        }
        out.push(candidate);
    }
    let extras = groups.iter().map(|g| inbox_extra_minutes(catalogue, g)).collect();
    // Best value per minute first; ties by id, so the result never depends on the input order.
    out.sort_by(|a, b| b.density.total_cmp(&a.density).then_with(|| a.platform.id.cmp(&b.platform.id)));
    (out, extras)
}

/// The first chosen platform (but `index`) making its own posts that `option` may adapt.
fn source_for(
    cands: &[Candidate],
    selection: &[Option<usize>],
    index: usize,
    option: &Option_,
) -> Option<usize> {
    selection.iter().enumerate().find_map(|(j, s)| {
        let s = &cands[j].options[(*s)?];
        (j != index
            && !s.adapts
            && s.posts + 1e-9 >= option.posts
            && weight(s.format) >= weight(option.format))
        .then_some(j)
    })
}

/// The choices of a solution: targets at what customers expect (a shared inbox at its
/// strictest member's), sources named for adapted posts.
fn choices_of(cands: &[Candidate], selection: &[Option<usize>]) -> Vec<Choice> {
    let mut out = Vec::new();
    for (i, o) in selection.iter().enumerate() {
        let Some(k) = o else { continue };
        let c = &cands[i];
        let o = &c.options[*k];
        let mut choice = c.template.clone();
        choice.posts_per_week = o.posts;
        choice.format = o.format;
        choice.response_target_hours = c.platform.figures.expected_response_hours;
        if o.adapts {
            choice.reuse_from = source_for(cands, selection, i, o).map(|j| cands[j].platform.id.clone());
        }
        out.push((i, choice));
    }
    // One inbox, one promise: its strictest member's.
    let strictest = |g: usize| {
        out.iter()
            .filter(|(i, _)| cands[*i].group == Some(g))
            .map(|(_, c)| c.response_target_hours)
            .fold(f64::INFINITY, f64::min)
    };
    let targets: Vec<Option<f64>> = out.iter().map(|(i, _)| cands[*i].group.map(strictest)).collect();
    out.into_iter()
        .zip(targets)
        .map(|((_, mut c), t)| {
            if let Some(t) = t {
                c.response_target_hours = t;
            }
            c
        })
        .collect()
}

/// The objective's value of a set of choices (docs/method.md, "Fit my week").
pub fn value_of(plan: &Plan, catalogue: &Catalogue, choices: &[Choice]) -> f64 {
    let ranking = recommend(plan, catalogue);
    let best = ranking.first().map_or(0.0, |r| r.score);
    let mut total = 0.0;
    let mut served = Vec::new();
    for c in choices {
        let Some(p) = plan.platform(catalogue, &c.platform) else { continue };
        let score =
            platform_value(ranking.iter().find(|r| r.platform_id == p.id).map_or(0.0, |r| r.score), best);
        total +=
            option_value(score, c.posts_per_week, p.figures.posts_per_week, c.format == p.figures.format);
        if score > 0.0 {
            served.extend(plan_goals(plan).into_iter().filter(|g| p.goal_fit.for_goal(*g) >= SERVES_WELL));
        }
    }
    served.sort();
    served.dedup();
    total + GOAL_VALUE * served.len() as f64
}

/// Each platform's options in the fit's search space, as choices (an adapting option has
/// `reuse_from: Some("*")`: any chosen platform that may be its source). For tests.
pub fn search_space(plan: &Plan, catalogue: &Catalogue) -> Vec<Vec<Choice>> {
    let ranking = recommend(plan, catalogue);
    let (cands, _) = candidates(plan, catalogue, &ranking);
    cands
        .iter()
        .map(|c| {
            c.options
                .iter()
                .map(|o| Choice {
                    posts_per_week: o.posts,
                    format: o.format,
                    reuse_from: o.adapts.then(|| "*".to_owned()),
                    response_target_hours: c.platform.figures.expected_response_hours,
                    ..c.template.clone()
                })
                .collect()
        })
        .collect()
}

/// Sets the targets the fit promises: what customers expect, a shared inbox at its strictest.
pub fn promise_expected_answers(plan: &Plan, catalogue: &Catalogue, choices: &mut [Choice]) {
    let group = |c: &Choice| plan.platform(catalogue, &c.platform).and_then(|p| p.inbox.clone());
    let expected = |c: &Choice| {
        plan.platform(catalogue, &c.platform).map_or(24.0, |p| p.figures.expected_response_hours)
    };
    let targets: Vec<f64> = choices
        .iter()
        .map(|c| match group(c) {
            Some(g) => choices
                .iter()
                .filter(|o| group(o).as_ref() == Some(&g))
                .map(expected)
                .fold(f64::INFINITY, f64::min),
            None => expected(c),
        })
        .collect();
    for (c, t) in choices.iter_mut().zip(targets) {
        c.response_target_hours = t;
    }
}

/// Finds the best scenario for `hours` a week. `name` defaults to "Fitted to 4 h".
pub fn fit(plan: &Plan, catalogue: &Catalogue, hours: f64, name: Option<&str>) -> FitOutcome {
    let ranking = recommend(plan, catalogue);
    let (cands, extras) = candidates(plan, catalogue, &ranking);
    let budget = hours * 60.0;
    let all_goals = ((1u16 << plan_goals(plan).len()) - 1) as u8;
    let days = f64::from(plan.time.open_days_per_week());
    let programme = Programme::new(&cands, &extras, days, budget, all_goals);
    let Some((best, value)) = programme.best() else {
        return nothing_fits(plan, catalogue, &cands);
    };
    let mut choices = choices_of(&cands, &best);
    answer_faster_with_the_hours_left(plan, catalogue, &mut choices, budget);
    let minutes = cost_of(plan, catalogue, &choices).total();
    let lang = plan.language;
    let name = name.map_or_else(|| default_name(hours, lang), str::to_owned);
    let weekly_hours = ((hours - plan.time.weekly_budget_hours).abs() > 1e-9).then_some(hours);
    let reasons = explain(plan, catalogue, &ranking, &cands, &choices, budget);
    FitOutcome::Fitted(Fitted {
        scenario: Scenario { weekly_hours, choices, ..Scenario::new(name) },
        minutes,
        budget_minutes: budget,
        value,
        reasons,
    })
}

/// With the hours left, answers get faster: each round takes the cheapest step to a faster
/// target on one platform (a shared inbox moves together), while the week still fits. A step
/// is weighed on the inbox it changes (`saving_of`), not by costing the whole week again.
fn answer_faster_with_the_hours_left(
    plan: &Plan,
    catalogue: &Catalogue,
    choices: &mut [Choice],
    budget: f64,
) {
    let group = |c: &Choice| plan.platform(catalogue, &c.platform).and_then(|p| p.inbox.clone());
    let mut now = cost_of(plan, catalogue, choices).total();
    loop {
        let parts = Parts::new(plan, catalogue, choices);
        let mut best: Option<(f64, usize, f64)> = None;
        for (i, c) in choices.iter().enumerate() {
            let Some(&faster) = FASTER_TARGETS.iter().find(|&&t| t < c.response_target_hours - 1e-9) else {
                continue;
            };
            let step = Change::RelaxResponse { from: c.response_target_hours, to: faster };
            let more = -parts.saving(i, &step);
            if now + more <= budget + 1e-9 && best.is_none_or(|(b, _, _)| more < b - 1e-9) {
                best = Some((more, i, faster));
            }
        }
        let Some((more, i, faster)) = best else { return };
        let (id, g) = (choices[i].platform.clone(), group(&choices[i]));
        for c in choices.iter_mut() {
            if c.platform == id || (g.is_some() && group(c) == g) {
                c.response_target_hours = c.response_target_hours.min(faster);
            }
        }
        now += more;
    }
}

fn nothing_fits(plan: &Plan, catalogue: &Catalogue, cands: &[Candidate]) -> FitOutcome {
    let mut lightest: Option<(f64, String)> = None;
    for c in cands.iter().filter(|c| c.score > 0.0) {
        for o in c.options.iter().filter(|o| !o.adapts) {
            let choice = Choice { posts_per_week: o.posts, format: o.format, ..c.template.clone() };
            let minutes = cost_of(plan, catalogue, std::slice::from_ref(&choice)).total();
            if lightest.as_ref().is_none_or(|(m, _)| minutes < *m - 1e-9) {
                lightest = Some((minutes, c.platform.name.clone()));
            }
        }
    }
    let (lightest_minutes, platform_name) = lightest.unwrap_or((0.0, String::new()));
    FitOutcome::NothingFits { lightest_minutes, platform_name }
}

/// Why each platform is in, and why the best-ranked others are out.
fn explain(
    plan: &Plan,
    catalogue: &Catalogue,
    ranking: &[Recommendation],
    cands: &[Candidate],
    choices: &[Choice],
    budget: f64,
) -> Vec<String> {
    let lang = plan.language;
    let rank = |id: &str| ranking.iter().position(|r| r.platform_id == id).map_or(0, |r| r + 1);
    let cost = cost_of(plan, catalogue, choices);
    let mut out = Vec::new();
    for (choice, c) in choices.iter().zip(&cost.choices) {
        let Some(p) = plan.platform(catalogue, &choice.platform) else { continue };
        let posts = format::number(choice.posts_per_week, 2, lang);
        let fmt = choice.format.label(lang).to_lowercase();
        let target = format::number(choice.response_target_hours, 1, lang);
        let h = format::hours(c.total(), lang);
        let goals: Vec<String> = plan
            .audience
            .goals
            .iter()
            .filter(|g| p.goal_fit.for_goal(**g) >= SERVES_WELL)
            .map(|g| g.label(lang).to_lowercase())
            .collect();
        // French counts 1,5 as singular; English only 1.
        let (post_fr, post_en) = (
            if choice.posts_per_week < 2.0 { "publication" } else { "publications" },
            if (choice.posts_per_week - 1.0).abs() < 1e-9 { "post" } else { "posts" },
        );
        let mut line = lang.pick(
            format!(
                "{} : {posts} {post_fr} par semaine en {fmt}, réponse sous {target} h ; {h} par semaine ; rang {} du classement",
                p.name,
                rank(&p.id)
            ),
            format!(
                "{}: {posts} {post_en} a week as {fmt}, answers within {target} h; {h} a week; ranked #{}",
                p.name,
                rank(&p.id)
            ),
        );
        if !goals.is_empty() {
            line += &lang.pick(
                format!(", sert bien : {}", goals.join(", ")),
                format!(", serves {} well", goals.join(", ")),
            );
        }
        if let Some(src) = &choice.reuse_from {
            let src = plan.platform(catalogue, src).map_or(src.clone(), |s| s.name.clone());
            line += &lang.pick(
                format!(" ; adapte les publications {}", format::de(&src)),
                format!("; adapts {src}'s posts"),
            );
        }
        out.push(format::typography(&(line + "."), lang));
    }
    let chosen = |id: &str| choices.iter().any(|c| c.platform == id);
    for r in ranking.iter().filter(|r| !chosen(&r.platform_id)).take(3) {
        let candidate = cands.iter().find(|c| c.platform.id == r.platform_id);
        let alone = candidate.map_or(f64::INFINITY, |c| {
            c.options
                .iter()
                .filter(|o| !o.adapts)
                .map(|o| {
                    let choice = Choice { posts_per_week: o.posts, format: o.format, ..c.template.clone() };
                    cost_of(plan, catalogue, std::slice::from_ref(&choice)).total()
                })
                .fold(f64::INFINITY, f64::min)
        });
        let why = if candidate.is_none() && rank(&r.platform_id) > rules::MAX_CHOICES {
            let max = rules::MAX_CHOICES;
            lang.pick(
                format!("est au-delà du rang {max}, et un scénario compte au plus {max} plateformes"),
                format!("ranks below #{max}, and a scenario holds at most {max} platforms"),
            )
        } else if candidate.is_none() {
            lang.pick(
                "est trop loin de la meilleure pour valoir vos heures".to_owned(),
                "is too far below the best to be worth your hours".to_owned(),
            )
        } else if alone > budget + 1e-9 {
            lang.pick(
                format!("demande au moins {} par semaine à elle seule", format::hours(alone, lang)),
                format!("needs at least {} a week on its own", format::hours(alone, lang)),
            )
        } else {
            lang.pick(
                "rapporte moins par heure que les plateformes retenues".to_owned(),
                "brings less per hour than the platforms kept".to_owned(),
            )
        };
        let line = lang.pick(
            format!("{} (rang {}) : laissée de côté, elle {why}.", r.platform_name, rank(&r.platform_id)),
            format!("{} (ranked #{}): left out, it {why}.", r.platform_name, rank(&r.platform_id)),
        );
        out.push(format::typography(&line, lang));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Platform, Product};

    #[test]
    fn cadence_value_is_full_at_the_published_cadence_and_flattens() {
        assert!((cadence_value(1.0) - 1.0).abs() < 1e-12);
        assert!(cadence_value(0.5) > 0.7 && cadence_value(0.5) < 0.75);
        assert!(cadence_value(2.0) - cadence_value(1.0) < cadence_value(1.0) - cadence_value(0.5));
    }

    #[test]
    fn the_default_name_follows_the_language() {
        assert_eq!(default_name(4.0, Language::En), "Fitted to 4 h");
        assert_eq!(default_name(2.5, Language::Fr), "Ajusté à 2,5 h");
    }

    /// A catalogue of a few platforms, so that every combination can be tried.
    fn small_catalogue(ids: &[&str]) -> Catalogue {
        let all = Catalogue::built_in();
        Catalogue {
            inboxes: all.inboxes.clone(),
            platforms: ids.iter().map(|id| all.get(id).unwrap().clone()).collect(),
        }
    }

    /// The best value by trying every option of every platform, costed by `cost_of`.
    fn exhaustive(plan: &Plan, catalogue: &Catalogue, hours: f64) -> f64 {
        let space = search_space(plan, catalogue);
        let mut best = 0.0f64;
        let mut pick = vec![0usize; space.len()];
        loop {
            let mut choices: Vec<Choice> =
                space.iter().zip(&pick).filter(|(_, k)| **k > 0).map(|(o, k)| o[*k - 1].clone()).collect();
            let mut ok = true;
            for i in 0..choices.len() {
                if choices[i].reuse_from.is_some() {
                    let source = choices.iter().enumerate().find(|(j, s)| {
                        *j != i
                            && s.reuse_from.is_none()
                            && s.posts_per_week + 1e-9 >= choices[i].posts_per_week
                            && weight(s.format) >= weight(choices[i].format)
                    });
                    match source {
                        Some((_, s)) => choices[i].reuse_from = Some(s.platform.clone()),
                        None => ok = false,
                    }
                }
            }
            if ok {
                // Resolve "*" only after every source is known to be its own poster.
                if choices.iter().all(|c| c.reuse_from.as_deref() != Some("*")) {
                    promise_expected_answers(plan, catalogue, &mut choices);
                    if cost_of(plan, catalogue, &choices).total() <= hours * 60.0 + 1e-9 {
                        best = best.max(value_of(plan, catalogue, &choices));
                    }
                }
            }
            // Next combination, like an odometer.
            let mut i = 0;
            loop {
                if i == pick.len() {
                    return best;
                }
                pick[i] += 1;
                if pick[i] <= space[i].len() {
                    break;
                }
                pick[i] = 0;
                i += 1;
            }
        }
    }

    #[test]
    fn the_fit_is_as_good_as_trying_everything() {
        type Case<'a> = (&'a [&'a str], &'a [Goal], (f64, f64), f64);
        let cases: [Case; 8] = [
            (
                &["instagram", "facebook", "linkedin"],
                &[Goal::Notoriety, Goal::CustomerService],
                (0.1, 0.9),
                4.0,
            ),
            (
                &["instagram", "facebook", "linkedin"],
                &[Goal::Notoriety, Goal::CustomerService],
                (0.1, 0.9),
                1.5,
            ),
            (&["instagram", "facebook", "whatsapp"], &[Goal::CustomerService], (0.2, 0.6), 3.0),
            (&["youtube", "tiktok", "pinterest"], &[Goal::Notoriety, Goal::Sales], (0.2, 0.95), 6.0),
            (&["linkedin", "x", "google_business"], &[Goal::Recruiting, Goal::Sales], (0.8, 0.2), 2.5),
            (&["threads", "instagram", "x"], &[], (0.4, 0.5), 0.8),
            // Sources of several formats: long and short videos, pictures.
            (&["youtube", "tiktok", "instagram"], &[Goal::Notoriety], (0.2, 0.9), 9.0),
            (&["facebook", "x", "linkedin"], &[Goal::Sales, Goal::Recruiting], (0.6, 0.4), 7.0),
        ];
        for (ids, goals, (b2b, visual), hours) in cases {
            let catalogue = small_catalogue(ids);
            let mut plan = Plan::new("Shop", Language::En);
            plan.products.push(Product::new("Thing", b2b, visual));
            plan.audience.goals = goals.to_vec();
            let expected = exhaustive(&plan, &catalogue, hours);
            match fit(&plan, &catalogue, hours, None) {
                FitOutcome::Fitted(f) => {
                    assert!(
                        (f.value - expected).abs() < 1e-9,
                        "{ids:?} {hours} h: fit {} vs all {expected}",
                        f.value
                    );
                    assert!((value_of(&plan, &catalogue, &f.scenario.choices) - f.value).abs() < 1e-9);
                    assert!(f.minutes <= hours * 60.0 + 1e-6);
                }
                FitOutcome::NothingFits { .. } => assert_eq!(expected, 0.0, "{ids:?} {hours} h"),
            }
        }
    }

    #[test]
    fn platforms_that_differ_only_in_score_are_fitted_exactly() {
        let catalogue = small_catalogue(&["instagram"]);
        let mut plan = Plan::new("Shop", Language::En);
        plan.products.push(Product::new("Thing", 0.3, 0.6));
        plan.audience.goals = vec![Goal::Notoriety];
        for (i, x) in [0.3, 0.35, 0.45].iter().enumerate() {
            plan.custom_platforms.push(Platform::custom(format!("own-{i}"), format!("Own {i}"), *x, 0.6));
        }
        for hours in [2.0, 4.0, 7.0] {
            let expected = exhaustive(&plan, &catalogue, hours);
            match fit(&plan, &catalogue, hours, None) {
                FitOutcome::Fitted(f) => {
                    assert!((f.value - expected).abs() < 1e-9, "{hours} h: fit {} vs all {expected}", f.value)
                }
                FitOutcome::NothingFits { .. } => assert_eq!(expected, 0.0, "{hours} h"),
            }
        }
    }

    /// Plans where the shared work decides: a shared inbox of three, and platforms of the
    /// owner's that differ only in score, two of them answered from the Meta inbox.
    #[test]
    fn shared_inboxes_twins_and_reuse_are_fitted_exactly() {
        let catalogue = small_catalogue(&["instagram", "facebook", "threads"]);
        let mut plan = Plan::new("Shop", Language::En);
        plan.products.push(Product::new("Thing", 0.15, 0.8));
        plan.audience.goals = vec![Goal::Notoriety, Goal::CustomerService, Goal::Sales];
        plan.time.open_days = crate::model::Weekday::first(6);
        let mut fitted = 0;
        for hours in [2.0, 3.0, 6.0] {
            let expected = exhaustive(&plan, &catalogue, hours);
            match fit(&plan, &catalogue, hours, None) {
                FitOutcome::Fitted(f) => {
                    assert!(
                        (f.value - expected).abs() < 1e-9,
                        "meta {hours} h: fit {} vs all {expected}",
                        f.value
                    );
                    assert!(f.minutes <= hours * 60.0 + 1e-6);
                    fitted += 1;
                }
                FitOutcome::NothingFits { .. } => assert_eq!(expected, 0.0, "meta {hours} h"),
            }
        }
        assert!(fitted >= 2, "the shared inbox case must fit something");

        let catalogue = small_catalogue(&["instagram"]);
        let mut plan = Plan::new("Shop", Language::En);
        plan.products.push(Product::new("Thing", 0.3, 0.6));
        for (i, x) in [0.3, 0.4].iter().enumerate() {
            let mut own = Platform::custom(format!("own-{i}"), format!("Own {i}"), *x, 0.6);
            own.inbox = Some("meta".into());
            own.goal_fit.notoriety = 0.7;
            plan.custom_platforms.push(own);
        }
        plan.audience.goals = vec![Goal::Notoriety];
        for hours in [2.0, 3.5, 6.0] {
            let expected = exhaustive(&plan, &catalogue, hours);
            match fit(&plan, &catalogue, hours, None) {
                FitOutcome::Fitted(f) => {
                    assert!(
                        (f.value - expected).abs() < 1e-9,
                        "twins {hours} h: fit {} vs all {expected}",
                        f.value
                    );
                    assert!((value_of(&plan, &catalogue, &f.scenario.choices) - f.value).abs() < 1e-9);
                }
                FitOutcome::NothingFits { .. } => assert_eq!(expected, 0.0, "twins {hours} h"),
            }
        }
    }

    #[test]
    fn the_fit_does_not_depend_on_the_order_of_the_owners_platforms() {
        let mut plan = Plan::new("Shop", Language::En);
        plan.products.push(Product::new("Thing", 0.3, 0.6));
        plan.audience.goals = vec![Goal::Notoriety, Goal::Sales];
        for i in 0..8 {
            let x = (i * 7 % 9) as f64 / 9.0;
            plan.custom_platforms.push(Platform::custom(format!("own-{i}"), format!("Own {i}"), x, 0.6));
        }
        let forward = fit(&plan, Catalogue::built_in(), 8.0, None);
        plan.custom_platforms.reverse();
        assert_eq!(forward, fit(&plan, Catalogue::built_in(), 8.0, None));
    }

    #[test]
    fn a_fit_never_chooses_more_platforms_than_a_scenario_holds() {
        // Every custom platform the format allows, all beside the product, and a whole week.
        let mut plan = Plan::new("Shop", Language::En);
        plan.products.push(Product::new("Thing", 0.5, 0.6));
        for i in 0..rules::MAX_CUSTOM_PLATFORMS {
            let x = 0.45 + 0.1 * i as f64 / rules::MAX_CUSTOM_PLATFORMS as f64;
            plan.custom_platforms.push(Platform::custom(format!("own-{i}"), format!("Own {i}"), x, 0.6));
        }
        let FitOutcome::Fitted(f) = fit(&plan, Catalogue::built_in(), 160.0, None) else {
            panic!("nothing fits in 160 h")
        };
        assert_eq!(f.scenario.choices.len(), rules::MAX_CHOICES, "more would be refused by the format");
        assert!(
            f.reasons
                .iter()
                .any(|r| r.contains("ranked #41): left out, it ranks below #40, and a scenario holds")),
            "{:#?}",
            f.reasons
        );
        plan.add_scenario_from(f.scenario);
        assert_eq!(crate::storage::validate(&plan, Catalogue::built_in()), Vec::new());
    }

    #[test]
    fn the_same_plan_gives_the_same_fit() {
        let mut plan = Plan::new("Shop", Language::Fr);
        plan.products.push(Product::new("Pain", 0.05, 0.7));
        plan.audience.goals = vec![Goal::Notoriety, Goal::CustomerService, Goal::Sales];
        let a = fit(&plan, Catalogue::built_in(), 4.0, None);
        let b = fit(&plan, Catalogue::built_in(), 4.0, None);
        assert_eq!(a, b);
    }

    #[test]
    fn too_few_hours_say_what_the_lightest_plan_needs() {
        let plan = Plan::new("Shop", Language::En);
        match fit(&plan, Catalogue::built_in(), 0.1, None) {
            FitOutcome::NothingFits { lightest_minutes, platform_name } => {
                assert!(lightest_minutes > 6.0 && !platform_name.is_empty());
                // And that many hours do fit.
                let FitOutcome::Fitted(f) =
                    fit(&plan, Catalogue::built_in(), lightest_minutes / 60.0 + 0.01, None)
                else {
                    panic!("the lightest plan does not fit its own hours")
                };
                assert!(!f.scenario.choices.is_empty());
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_bakery_gets_a_plan_within_its_hours_and_never_slower_answers() {
        let catalogue = Catalogue::built_in();
        let mut plan = Plan::new("Bakery", Language::En);
        plan.products.push(Product::new("Cakes", 0.1, 0.9));
        plan.audience.goals = vec![Goal::Notoriety, Goal::CustomerService];
        plan.time.closes = crate::model::Clock::hm(19, 0);
        plan.time.open_days = crate::model::Weekday::first(6);
        let FitOutcome::Fitted(fitted) = fit(&plan, catalogue, 4.0, None) else { panic!("nothing fits") };
        assert!(fitted.minutes <= 240.0 + 1e-6);
        assert!(!fitted.scenario.choices.is_empty());
        for c in &fitted.scenario.choices {
            let p = catalogue.get(&c.platform).unwrap();
            assert!(c.response_target_hours <= p.figures.expected_response_hours, "{c:?}");
            assert!(p.takes(c.format), "{c:?}");
        }
        assert_eq!(fitted.reasons.len(), fitted.scenario.choices.len() + 3);
    }
}
