//! The plain data of a plan and of the platform catalogue, with their serde form.

mod catalogue;
mod language;
mod plan;
pub mod rules;

pub use catalogue::{Catalogue, Figures, FormatMinutes, GoalFit, Localized, Platform, Source};
pub use language::Language;
pub use plan::{Audience, Business, Choice, FORMAT_VERSION, Goal, Plan, PostFormat, Product, TimeAvailable};
