//! Pure functions of a plan: where things sit on the map, which platforms fit, what the chosen
//! ones cost in minutes each week, when the work falls in the week, and how long a message
//! waits for its answer.

mod arrivals;
pub mod checkin;
mod cost;
mod drill;
mod fit;
pub mod ideas;
pub mod labels;
pub mod looks;
mod map;
#[cfg(test)]
pub(crate) mod practitioner;
mod recommend;
pub mod reuse;
mod savings;
mod voices;
mod week;
pub mod year;

pub use arrivals::Arrivals;
pub use cost::{
    ChoiceCost, Costing, PLANNING_SESSION_MINUTES, PlanCost, Sharing, Source, Status, cost, cost_of,
    cost_without_learning, creation_minutes, replies_per_week,
};
pub use drill::{DrillLine, drill, phone_promise, phone_promise_for};
pub use fit::{
    Aim, FitOutcome, FitReason, Fitted, GOAL_VALUE, LeftOut, SHOWN_SHARE, USEFUL_SHARE, cadence_value,
    cadences, default_name, fit, new_choice, plan_aims, platform_value, rank_one_alone, search_space,
    value_of,
};
pub use ideas::{IdeaSlot, ideas, ideas_of_week};
pub use map::{Quadrant, axis_ends, business_centre, distance};
pub use recommend::{LOCAL_PLACE, Recommendation, Why, reach_weight, recommend};
pub use savings::{Change, Saving, bring_back_within_budget, savings};
pub use voices::{ASKED_WHO_REVIEW, REPOST_MINUTES_A_WEEK, SEND_MINUTES_A_MONTH, VoicesCost, ask_minutes};
pub use week::{Item, Kind, Making, Notice, SetAside, Week, lanes, week, week_with_cost};

/// Minutes shown as hours with one decimal ("2.5 h"), the unit owners think in.
pub fn hours(minutes: f64) -> f64 {
    minutes / 60.0
}
