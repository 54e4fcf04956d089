//! What makes one week better than another for "Fit my week", in the owner's words
//! (docs/method.md): being where the audience is (the ranking's score), posting often enough
//! to be remembered, in a format that reaches there, and each goal served well by at least one
//! platform.

use crate::model::{Catalogue, Choice, Goal, Plan};

use super::super::recommend::recommend;

/// The plan's goals, each once.
pub fn plan_goals(plan: &Plan) -> Vec<Goal> {
    let mut goals = plan.audience.goals.clone();
    goals.sort();
    goals.dedup();
    goals
}

/// A platform is useful to the plan when its score is at least this share of the best
/// platform's; its value grows from 0 there to 1 for the best (estimate): the hours go where the
/// audience is, not to a network far down the ranking because it is cheap.
pub const USEFUL_SHARE: f64 = 0.75;
/// The share of a platform's value that being there alive brings, whatever the cadence: an
/// account kept alive and answered is most of what it is worth; more posts bring the rest
/// (estimate).
pub const ALIVE_SHARE: f64 = 0.5;
/// Value of each goal of the plan served well by at least one chosen platform.
pub const GOAL_VALUE: f64 = 0.25;

/// What a platform of this ranking score brings, against the best platform's score.
pub fn platform_value(score: f64, best: f64) -> f64 {
    let floor = USEFUL_SHARE * best;
    if best <= 0.0 || score < floor { 0.0 } else { (score - floor) / (best - floor) }
}

/// Value of posting `posts` a week where the published cadence is `published`: half for being
/// there at all, the rest growing with the posts, full at the published cadence, with
/// diminishing returns: `(1 − e^(−2r)) / (1 − e^(−2))` of it at `r` times the published
/// cadence (half the cadence: 86 % in all, double: 107 %; estimate).
pub fn cadence_value(posts: f64, published: f64) -> f64 {
    let r = if published > 0.0 { posts / published } else { 0.0 };
    ALIVE_SHARE + (1.0 - ALIVE_SHARE) * (1.0 - (-2.0 * r).exp()) / (1.0 - (-2.0f64).exp())
}

/// The objective's value of a set of choices.
pub fn value_of(plan: &Plan, catalogue: &Catalogue, choices: &[Choice]) -> f64 {
    let ranking = recommend(plan, catalogue);
    let best = ranking.first().map_or(0.0, |r| r.score);
    let goals = plan_goals(plan);
    let visual = super::super::map::business_centre(plan).map_or(0.5, |c| c.1);
    let mut total = 0.0;
    let mut served = Vec::new();
    for c in choices {
        let Some(p) = plan.platform(catalogue, &c.platform) else { continue };
        let score =
            platform_value(ranking.iter().find(|r| r.platform_id == p.id).map_or(0.0, |r| r.score), best);
        total += score
            * cadence_value(c.posts_per_week(), p.figures.posts_per_week)
            * p.format_value(c.format, visual);
        if score > 0.0 {
            served.extend(goals.iter().copied().filter(|g| p.goal_fit.serves_well(*g)));
        }
    }
    served.sort();
    served.dedup();
    total + GOAL_VALUE * served.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cadence_value_is_full_at_the_published_cadence_and_flattens() {
        assert!((cadence_value(3.0, 3.0) - 1.0).abs() < 1e-12);
        let half = cadence_value(1.5, 3.0);
        assert!(half > 0.85 && half < 0.88);
        assert!(cadence_value(6.0, 3.0) - 1.0 < 1.0 - half);
        assert_eq!(cadence_value(0.0, 3.0), ALIVE_SHARE, "alive and answered, with no post");
    }

    #[test]
    fn only_platforms_near_the_best_are_worth_hours() {
        assert_eq!(platform_value(0.8, 0.8), 1.0);
        assert_eq!(platform_value(0.55, 0.8), 0.0);
        assert!((platform_value(0.7, 0.8) - 0.5).abs() < 1e-12);
    }
}
