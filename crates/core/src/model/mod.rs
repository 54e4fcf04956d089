//! The plain data of a plan and of the platform catalogue, with their serde form.

mod audience;
mod broken;
mod cadence;
mod calendar_record;
mod catalogue;
mod checkin;
mod country;
mod edits;
mod goal;
mod ideas;
pub mod ids;
mod language;
mod migration;
pub mod moments;
mod opening;
mod plan;
mod plan_file;
mod post_format;
mod promise;
pub mod rules;
mod scenarios;
mod seasons;
mod starter_ideas;
mod voices;

pub use audience::{AgeBand, Audience, Customer, Presence, Purpose};
pub use broken::{Broken, Items, NotAFile, Output};
pub use cadence::Cadence;
pub use calendar_record::{CalendarRecord, Date, ExportedEvent, MAX_EXPORTED_EVENTS, uid_rule};
pub use catalogue::{
    Alive, Catalogue, Figures, FormatMinutes, FormatReach, GoalFit, Inbox, Localized, OTHER_FORMAT_VALUE,
    Platform, Source, default_adaptation_minutes,
};
pub use checkin::{Month, MonthRecord, Months, Recorded, ResultKind, Results, TimeSpent};
pub use country::Country;
pub use goal::Goal;
pub use ideas::{Content, Idea, IdeaKind, check_ideas};
pub use ids::{PlanId, ScenarioId};
pub use language::Language;
pub use migration::Migration;
pub use opening::{Clock, Move, Span, Weekday, monday_of};
pub use plan::{
    Business, Choice, FORMAT_VERSION, Plan, Product, Reach, Reactivity, Scenario, TimeAvailable, migrate_ids,
};
pub use plan_file::{ChoiceFile, FormatMismatch, PlanFile, ScenarioFile, TimeFile};
pub use post_format::PostFormat;
pub use promise::{Promise, PromiseKind};
pub use scenarios::RenameRefused;
pub use seasons::{MonthDay, Phase, Season, phase_on};
pub use starter_ideas::{BusinessKind, GENERIC, StarterIdeas};
pub use voices::{
    Ambassador, AskMoment, AskWay, Consent, Permission, ReviewRoutine, Role, Voices, check_ambassadors,
    check_sites,
};
