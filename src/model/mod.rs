//! The plain data of a plan and of the platform catalogue, with their serde form.

mod broken;
mod catalogue;
mod language;
mod opening;
mod plan;
mod plan_file;
pub mod rules;

pub use broken::{Broken, Items, NotAFile};
pub use catalogue::{
    Catalogue, Figures, FormatMinutes, GoalFit, Inbox, Localized, Platform, Source,
    default_adaptation_minutes,
};
pub use language::Language;
pub use opening::{Clock, Move, Weekday};
pub use plan::{
    Audience, Business, Choice, FORMAT_VERSION, Goal, Plan, PostFormat, Product, Reach, Scenario,
    TimeAvailable,
};
pub use plan_file::{FormatMismatch, PlanFile, TimeFile};
