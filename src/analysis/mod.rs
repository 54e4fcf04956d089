//! Pure functions of a plan: where things sit on the map, which platforms fit, and what the
//! chosen ones cost in minutes each week.

mod cost;
mod fit;
mod frontier;
pub mod labels;
mod map;
mod recommend;
mod saving_of;
mod savings;
mod week;

pub use cost::{
    ChoiceCost, PLANNING_SESSION_MINUTES, PlanCost, Sharing, Status, checks_per_day, cost, cost_of,
    creation_minutes, replies_per_week,
};
pub use fit::{
    CADENCE_LADDER, FitOutcome, Fitted, GOAL_VALUE, OTHER_FORMAT_VALUE, cadence_value, default_name, fit,
    promise_expected_answers, search_space, value_of,
};
pub use map::{Quadrant, axis_ends, business_centre, distance};
pub use recommend::{Recommendation, reach_weight, recommend};
pub use savings::{Change, SERVES_WELL, Saving, bring_back_within_budget, savings};
pub use week::{Item, Kind, Notice, SetAside, Week, lanes, week, week_with_cost};

/// Minutes shown as hours with one decimal ("2.5 h"), the unit owners think in.
pub fn hours(minutes: f64) -> f64 {
    minutes / 60.0
}
