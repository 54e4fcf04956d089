//! A plan that learns: from three recorded months on, the owner's own minutes per post and per
//! look replace the catalogue's for that platform, in the one place costs read their figures
//! (`Costing::figures`), so the cost, the week, the fit and the advice all use them.
//!
//! Each month gives its evidence: minutes spent writing go to the posts, minutes spent looking
//! to the looks; a bare total, less the answering and planning the plan counts, is shared
//! between posts and looks as the plan shares them. The months' evidence is added up and
//! divided by their weeks, against what the catalogue's figures cost a week (docs/method.md,
//! "A plan that learns").

use std::collections::HashMap;

use crate::model::{Catalogue, Choice, Figures, Month, Plan, Platform, rules};

use super::super::cost::{Costing, PlanCost, new_post_minutes};

/// Months of evidence a figure needs before it replaces the default.
pub const MONTHS_TO_LEARN: usize = 3;
/// The latest months learned from: the owner gets faster (or slower); older months fade out.
pub const MONTHS_LEARNED_FROM: usize = 12;
/// How far a learned figure may stray from the default: a tenth to ten times it. Beyond, a
/// month's figures are more likely another task's hours than this platform's.
pub const SCALE_LIMITS: (f64, f64) = (0.1, 10.0);

/// One learned figure beside the default it replaces.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OwnFigure {
    /// The owner's minutes, from the months recorded.
    pub own: f64,
    /// The catalogue's (or the owner's own platform's) minutes.
    pub default: f64,
    /// Months of evidence behind it.
    pub months: usize,
}

/// What the months recorded taught about one platform.
#[derive(Clone, Debug, PartialEq)]
pub struct Learned {
    pub platform: String,
    /// Months recorded with minutes, among the latest `MONTHS_LEARNED_FROM`.
    pub months: usize,
    /// Minutes to make one post, once there is enough evidence.
    pub per_post: Option<OwnFigure>,
    /// Minutes of one look at messages and notifications, once there is enough evidence.
    pub per_look: Option<OwnFigure>,
}

/// The default weekly parts of a platform's cost, and the choice they are for.
struct Planned {
    choice: Choice,
    creation: f64,
    fixed: f64,
    monitoring: f64,
}

/// What every platform with months recorded has taught, in the plan's platform order.
pub fn learn(plan: &Plan, catalogue: &Catalogue) -> Vec<Learned> {
    if plan.months.is_empty() {
        return Vec::new();
    }
    let costing = Costing::without_learning(plan, catalogue);
    let current = costing.cost(plan.current_choices());
    learn_from(plan, &costing, &current)
}

/// What the months taught, from the costing without learning and the current scenario's cost
/// by it (the review has both already).
pub(super) fn learn_from(plan: &Plan, costing: &Costing, current: &PlanCost) -> Vec<Learned> {
    let mut out = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for record in &plan.months.records {
        let id = record.platform.as_str();
        if seen.contains(&id) {
            continue;
        }
        seen.push(id);
        let Some(platform) = costing.platform(id) else { continue };
        let planned = match plan.current_choices().iter().position(|c| c.platform == id) {
            Some(i) => {
                let c = &current.choices[i];
                Planned {
                    choice: plan.current_choices()[i].clone(),
                    creation: c.creation,
                    fixed: c.replies + c.planning,
                    monitoring: c.monitoring,
                }
            }
            None => {
                let choice = plan.new_choice(platform);
                let cost = costing.cost(std::slice::from_ref(&choice));
                let c = &cost.choices[0];
                Planned {
                    choice,
                    creation: c.creation,
                    fixed: c.replies + c.planning,
                    monitoring: c.monitoring,
                }
            }
        };
        out.push(learn_one(plan, id, platform, &planned));
    }
    out
}

fn learn_one(plan: &Plan, id: &str, platform: &Platform, planned: &Planned) -> Learned {
    let months: Vec<_> = plan
        .months
        .records
        .iter()
        .rev()
        .filter(|r| r.platform == id && r.time.minutes().is_some())
        .take(MONTHS_LEARNED_FROM)
        .collect();
    // (minutes, weeks, months) of evidence for the posts and for the looks.
    let (mut writing, mut looking) = ((0.0, 0.0, 0), (0.0, 0.0, 0));
    let shared = planned.creation + planned.monitoring;
    for r in &months {
        let weeks = r.month.weeks();
        if r.time.parts().is_some() {
            if let Some(w) = r.time.writing {
                writing = (writing.0 + w, writing.1 + weeks, writing.2 + 1);
            }
            if let Some(l) = r.time.looking {
                looking = (looking.0 + l, looking.1 + weeks, looking.2 + 1);
            }
        } else if let Some(total) = r.time.total
            && shared > 0.0
        {
            let rest = (total - planned.fixed * weeks).max(0.0);
            writing = (writing.0 + rest * planned.creation / shared, writing.1 + weeks, writing.2 + 1);
            looking = (looking.0 + rest * planned.monitoring / shared, looking.1 + weeks, looking.2 + 1);
        }
    }
    let scale = |(minutes, weeks, n): (f64, f64, usize), default_weekly: f64| {
        (n >= MONTHS_TO_LEARN && default_weekly > 0.0 && weeks > 0.0)
            .then(|| (minutes / weeks / default_weekly).clamp(SCALE_LIMITS.0, SCALE_LIMITS.1))
            .map(|s| (s, n))
    };
    let figures = &platform.figures;
    let per_post = scale(writing, planned.creation).map(|(s, n)| {
        let default = new_post_minutes(&planned.choice, figures);
        OwnFigure { own: (default * s).min(rules::MAX_MINUTES), default, months: n }
    });
    let per_look = scale(looking, planned.monitoring).map(|(s, n)| OwnFigure {
        own: (figures.minutes_per_check * s).min(rules::MAX_MINUTES),
        default: figures.minutes_per_check,
        months: n,
    });
    Learned { platform: id.to_owned(), months: months.len(), per_post, per_look }
}

/// The figures the costing reads for each platform that has learned something: the
/// catalogue's, with the making of posts scaled to the owner's minutes per post and a look to
/// the owner's minutes per look.
pub fn learned_figures(plan: &Plan, catalogue: &Catalogue) -> HashMap<String, Figures> {
    let mut out = HashMap::new();
    let costing = Costing::without_learning(plan, catalogue);
    let current = costing.cost(plan.current_choices());
    for learned in learn_from(plan, &costing, &current) {
        if learned.per_post.is_none() && learned.per_look.is_none() {
            continue;
        }
        let Some(platform) = costing.platform(&learned.platform) else { continue };
        let mut f = platform.figures.clone();
        let capped = |v: f64| v.min(rules::MAX_MINUTES);
        if let Some(post) = learned.per_post
            && post.default > 0.0
        {
            let s = post.own / post.default;
            for m in [
                &mut f.minutes_per_post.text,
                &mut f.minutes_per_post.image,
                &mut f.minutes_per_post.short_video,
                &mut f.minutes_per_post.long_video,
                &mut f.adaptation_minutes.text,
                &mut f.adaptation_minutes.image,
                &mut f.adaptation_minutes.short_video,
                &mut f.adaptation_minutes.long_video,
                &mut f.share_minutes,
                &mut f.minutes_per_story,
            ] {
                *m = capped(*m * s);
            }
        }
        if let Some(look) = learned.per_look {
            f.minutes_per_check = capped(look.own);
        }
        out.insert(learned.platform, f);
    }
    out
}

/// Months recorded with minutes for a platform, among the latest learned from.
pub fn months_recorded(plan: &Plan, platform: &str) -> usize {
    plan.months.records.iter().filter(|r| r.platform == platform && r.time.minutes().is_some()).count()
}

/// The latest month recorded, if any.
pub fn latest_month(plan: &Plan) -> Option<Month> {
    plan.months.records.last().map(|r| r.month)
}

impl Learned {
    /// What was learned in the owner's words, one sentence a figure; or how many months are
    /// still to come.
    pub fn words(&self, name: &str, lang: crate::model::Language) -> Vec<String> {
        use crate::format;
        use crate::locale::Sentence as S;
        let mut out = Vec::new();
        for (figure, sentence) in [(self.per_post, S::LearnedPerPost), (self.per_look, S::LearnedPerLook)] {
            if let Some(f) = figure {
                out.push(lang.say(
                    sentence,
                    &[
                        ("platform", &name),
                        ("own", &format::minutes(f.own, lang)),
                        ("months", &f.months),
                        ("default", &format::minutes(f.default, lang)),
                    ],
                ));
            }
        }
        if out.is_empty() && self.months < MONTHS_TO_LEARN {
            out.push(lang.say(
                S::LearningProgress,
                &[("platform", &name), ("months", &self.months), ("needed", &MONTHS_TO_LEARN)],
            ));
        }
        out.into_iter().map(|t| format::typography(&t, lang)).collect()
    }
}
