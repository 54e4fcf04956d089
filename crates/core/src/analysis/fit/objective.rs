//! What makes one week better than another for "Fit my week", in the owner's words
//! (docs/method.md): being where the audience is (the ranking's score), posting often enough
//! to be remembered, in a format that reaches there, and what a week must do at least once: each
//! goal served well, the products shown where their buyers are, a local business found where
//! local customers look.

use crate::model::{Catalogue, Choice, Goal, Plan, Platform};

use super::super::recommend::{Recommendation, reach_weight, recommend};

/// What a week must do at least once, by one of its platforms: each worth [`GOAL_VALUE`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Aim {
    /// A goal of the plan, served well.
    Goal(Goal),
    /// The products shown where their buyers are: a platform with at least [`SHOWN_SHARE`] of the
    /// products' weight near it on the map. A week on a platform far from every product (one
    /// ranked first for recruiting, say) shows the customers nothing.
    ShowsProducts,
    /// A local or regional business found where local customers look it up: on a map, with its
    /// reviews (a platform of local pull [`LOOKED_UP`] or more: Google Business Profile). Most
    /// customers read a shop's reviews on Google before they come; Facebook's and WhatsApp's
    /// local pull is where they ask, which the ranking counts.
    FoundLocally,
}

/// A platform shows the products when this share of their weight sits near it (estimate).
pub const SHOWN_SHARE: f64 = 0.5;
/// A platform with this local pull or more is where local customers look a business up
/// (Google Business Profile: 1.0; Facebook's 0.7 is its neighbours' groups).
pub const LOOKED_UP: f64 = 0.9;

/// The plan's aims, each once: its goals in the owner's order, then the products and the local customers when the
/// plan has them. At most 8 (one bit each in the search).
pub fn plan_aims(plan: &Plan) -> Vec<Aim> {
    let mut aims: Vec<Aim> = Vec::new();
    for g in &plan.audience.goals {
        if !aims.contains(&Aim::Goal(*g)) {
            aims.push(Aim::Goal(*g));
        }
    }
    if plan.products.iter().any(|p| p.weight > 0.0) {
        aims.push(Aim::ShowsProducts);
    }
    if reach_weight(plan.reach) > 0.0 {
        aims.push(Aim::FoundLocally);
    }
    debug_assert!(aims.len() <= 8, "the search keeps one bit an aim in a u8");
    aims
}

impl Aim {
    /// Whether `platform` (ranked as `rank`, its value to the plan `value`) does this for the
    /// week. A goal or the products count only on a platform worth the hours (`value > 0`): the
    /// hours go where the audience is. Where local customers look counts on any: a map and its
    /// reviews are looked up, not scrolled, so the ranking's audience understates them.
    pub fn served_by(self, platform: &Platform, rank: Option<&Recommendation>, value: f64) -> bool {
        match self {
            Aim::Goal(g) => value > 0.0 && platform.goal_fit.serves_well(g),
            Aim::ShowsProducts => value > 0.0 && rank.is_some_and(|r| r.near_share >= SHOWN_SHARE),
            Aim::FoundLocally => platform.local >= LOOKED_UP,
        }
    }
}

/// A platform is useful to the plan when its score is at least this share of the best
/// platform's; its value grows from 0 there to 1 for the best (estimate): the hours go where the
/// audience is, not to a network far down the ranking because it is cheap.
pub const USEFUL_SHARE: f64 = 0.75;
/// The share of a platform's value that being there alive brings, whatever the cadence: an
/// account kept alive and answered is most of what it is worth; more posts bring the rest
/// (estimate).
pub const ALIVE_SHARE: f64 = 0.5;
/// Value of each aim of the plan (a goal served well, the products shown, found locally) met by
/// at least one chosen platform (estimate).
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
    let aims = plan_aims(plan);
    let visual = super::super::map::business_centre(plan).map_or(0.5, |c| c.1);
    let mut total = 0.0;
    let mut served = vec![false; aims.len()];
    for c in choices {
        let Some(p) = plan.platform(catalogue, &c.platform) else { continue };
        let rank = ranking.iter().find(|r| r.platform_id == p.id);
        let score = platform_value(rank.map_or(0.0, |r| r.score), best);
        total += score
            * cadence_value(c.posts_per_week(), p.figures.posts_per_week)
            * p.format_value(c.format, visual);
        for (done, aim) in served.iter_mut().zip(&aims) {
            *done |= aim.served_by(p, rank, score);
        }
    }
    total + GOAL_VALUE * served.iter().filter(|d| **d).count() as f64
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
