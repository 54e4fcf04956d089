//! Pure functions of a plan: where things sit on the map, which platforms fit, and what the
//! chosen ones cost in minutes each week.

mod cost;
pub mod labels;
mod map;
mod recommend;
mod savings;

pub use cost::{ChoiceCost, PlanCost, Status, checks_per_day, cost};
pub use map::{Quadrant, axis_ends, business_centre, distance};
pub use recommend::{Recommendation, recommend};
pub use savings::{Change, Saving, bring_back_within_budget, savings};

/// Minutes shown as hours with one decimal ("2.5 h"), the unit owners think in.
pub fn hours(minutes: f64) -> f64 {
    minutes / 60.0
}
