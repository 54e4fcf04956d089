//! The weekly time cost of each chosen platform, split the way the work really falls:
//! making posts, answering, watching closely enough to answer in time, and planning.
//! docs/method.md gives the formulas and the figures behind them.

use crate::model::{Catalogue, Choice, Figures, Plan};

/// Minutes per week for one choice.
#[derive(Clone, Debug, PartialEq)]
pub struct ChoiceCost {
    pub platform_id: String,
    pub platform_name: String,
    pub creation: f64,
    pub replies: f64,
    pub monitoring: f64,
    pub planning: f64,
    /// Looks at the platform needed each open day to keep the response target.
    pub checks_per_day: f64,
}

impl ChoiceCost {
    pub fn total(&self) -> f64 {
        self.creation + self.replies + self.monitoring + self.planning
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Within,
    Over,
}

impl Status {
    pub fn word(self) -> &'static str {
        match self {
            Status::Within => "within",
            Status::Over => "over",
        }
    }
}

/// Minutes per week for the whole plan, against the owner's budget.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanCost {
    /// In the plan's order.
    pub choices: Vec<ChoiceCost>,
    pub budget_minutes: f64,
}

impl PlanCost {
    pub fn total(&self) -> f64 {
        self.choices.iter().map(ChoiceCost::total).sum()
    }

    pub fn status(&self) -> Status {
        // A few seconds over is rounding, not a warning.
        if self.total() > self.budget_minutes + 0.5 { Status::Over } else { Status::Within }
    }

    /// Minutes over budget; 0 within it.
    pub fn over_by(&self) -> f64 {
        (self.total() - self.budget_minutes).max(0.0)
    }

    /// The choices, costliest first.
    pub fn costliest(&self) -> Vec<&ChoiceCost> {
        let mut sorted: Vec<&ChoiceCost> = self.choices.iter().collect();
        sorted.sort_by(|a, b| b.total().total_cmp(&a.total()));
        sorted
    }

    /// Sum of one part over all choices.
    pub fn sum(&self, part: impl Fn(&ChoiceCost) -> f64) -> f64 {
        self.choices.iter().map(part).sum()
    }
}

/// How many times a day the owner must look at a platform to answer within the target.
///
/// Answers are owed during opening hours. A target shorter than the open day needs a look at
/// least once per target interval (a 1-hour promise over a 10-hour day: 10 looks); a target
/// of a day needs one look per open day; a longer one, proportionally fewer.
pub fn checks_per_day(response_target_hours: f64, open_hours_per_day: f64) -> f64 {
    let target = response_target_hours.max(0.05);
    if target < open_hours_per_day {
        (open_hours_per_day / target).ceil()
    } else if target <= 24.0 {
        1.0
    } else {
        24.0 / target
    }
}

pub fn cost(plan: &Plan, catalogue: &Catalogue) -> PlanCost {
    let choices = plan.choices.iter().map(|choice| choice_cost(plan, catalogue, choice)).collect();
    PlanCost { choices, budget_minutes: plan.time.weekly_budget_hours * 60.0 }
}

/// The cost of one choice in this plan (it need not be one of the plan's choices yet).
pub(crate) fn choice_cost(plan: &Plan, catalogue: &Catalogue, choice: &Choice) -> ChoiceCost {
    let platform = plan.platform(catalogue, &choice.platform);
    // A choice naming no known platform is refused on load; a plan built in memory still costs.
    let generic = Figures::default();
    let figures = platform.map_or(&generic, |p| &p.figures);
    let minutes_per_post =
        choice.minutes_per_post.unwrap_or_else(|| figures.minutes_per_post.for_format(choice.format));
    let replies_per_week = choice.replies_per_week.unwrap_or(figures.replies_per_week);
    let checks = checks_per_day(choice.response_target_hours, plan.time.open_hours_per_day);
    ChoiceCost {
        platform_id: choice.platform.clone(),
        platform_name: platform.map_or_else(|| choice.platform.clone(), |p| p.name.clone()),
        creation: choice.posts_per_week * minutes_per_post,
        replies: replies_per_week * figures.minutes_per_reply,
        monitoring: checks * f64::from(plan.time.open_days_per_week) * figures.minutes_per_check,
        planning: choice.planning_minutes_per_week.unwrap_or(figures.planning_minutes_per_week),
        checks_per_day: checks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Language, PostFormat};

    fn plan_with_instagram(target_hours: f64) -> Plan {
        let mut plan = Plan::new("Bakery", Language::En);
        plan.time.open_hours_per_day = 10.0;
        plan.time.open_days_per_week = 6;
        plan.time.weekly_budget_hours = 4.0;
        let instagram = Catalogue::built_in().get("instagram").unwrap();
        plan.choices.push(Choice { response_target_hours: target_hours, ..Choice::with_defaults(instagram) });
        plan
    }

    #[test]
    fn looks_per_day_grow_as_the_target_shrinks() {
        assert_eq!(checks_per_day(1.0, 10.0), 10.0);
        assert_eq!(checks_per_day(4.0, 10.0), 3.0);
        assert_eq!(checks_per_day(10.0, 10.0), 1.0);
        assert_eq!(checks_per_day(24.0, 10.0), 1.0);
        assert_eq!(checks_per_day(48.0, 10.0), 0.5);
        let mut last = f64::INFINITY;
        for target in [0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 24.0, 72.0] {
            let c = checks_per_day(target, 12.0);
            assert!(c <= last, "{target}");
            last = c;
        }
    }

    #[test]
    fn each_part_follows_its_formula() {
        let plan = plan_with_instagram(4.0);
        let ig = Catalogue::built_in().get("instagram").unwrap();
        let c = &cost(&plan, Catalogue::built_in()).choices[0];
        assert_eq!(c.creation, ig.figures.posts_per_week * ig.figures.minutes_per_post.image);
        assert_eq!(c.replies, ig.figures.replies_per_week * ig.figures.minutes_per_reply);
        assert_eq!(c.monitoring, 3.0 * 6.0 * ig.figures.minutes_per_check);
        assert_eq!(c.planning, ig.figures.planning_minutes_per_week);
        assert_eq!(c.total(), c.creation + c.replies + c.monitoring + c.planning);
    }

    #[test]
    fn a_faster_promise_costs_more_watching() {
        let fast = cost(&plan_with_instagram(1.0), Catalogue::built_in());
        let slow = cost(&plan_with_instagram(24.0), Catalogue::built_in());
        assert!(fast.choices[0].monitoring > 5.0 * slow.choices[0].monitoring);
        assert_eq!(fast.choices[0].creation, slow.choices[0].creation);
    }

    #[test]
    fn overrides_replace_the_catalogue_figures() {
        let mut plan = plan_with_instagram(24.0);
        plan.choices[0].format = PostFormat::ShortVideo;
        plan.choices[0].minutes_per_post = Some(10.0);
        plan.choices[0].replies_per_week = Some(0.0);
        plan.choices[0].planning_minutes_per_week = Some(5.0);
        let c = &cost(&plan, Catalogue::built_in()).choices[0];
        assert_eq!(c.creation, plan.choices[0].posts_per_week * 10.0);
        assert_eq!(c.replies, 0.0);
        assert_eq!(c.planning, 5.0);
    }

    #[test]
    fn budget_status_and_excess() {
        let mut plan = plan_with_instagram(1.0);
        let over = cost(&plan, Catalogue::built_in());
        assert_eq!(over.budget_minutes, 240.0);
        assert_eq!(over.status(), Status::Over);
        assert!((over.over_by() - (over.total() - 240.0)).abs() < 1e-9);
        plan.time.weekly_budget_hours = 40.0;
        let within = cost(&plan, Catalogue::built_in());
        assert_eq!(within.status(), Status::Within);
        assert_eq!(within.over_by(), 0.0);
    }
}
