//! The plain data of a plan and of the platform catalogue, with their serde form.

mod broken;
mod calendar_record;
mod catalogue;
mod goal;
pub mod ids;
mod language;
mod opening;
mod plan;
mod plan_file;
mod post_format;
pub mod rules;
mod scenarios;

pub use broken::{Broken, Items, NotAFile, Output};
pub use calendar_record::{CalendarRecord, Date, ExportedEvent, MAX_EXPORTED_EVENTS, uid_rule};
pub use catalogue::{
    Catalogue, Figures, FormatMinutes, GoalFit, Inbox, Localized, Platform, Source,
    default_adaptation_minutes,
};
pub use goal::Goal;
pub use ids::{PlanId, ScenarioId};
pub use language::Language;
pub use opening::{Clock, Move, Weekday};
pub use plan::{Audience, Business, Choice, FORMAT_VERSION, Plan, Product, Reach, Scenario, TimeAvailable};
pub use plan_file::{FormatMismatch, PlanFile, TimeFile};
pub use post_format::PostFormat;
pub use scenarios::RenameRefused;
