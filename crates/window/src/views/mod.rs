//! One file per view of the window.

pub mod business;
pub mod compare;
pub mod drill;
pub mod fields;
pub mod fit;
pub mod ideas;
pub mod map;
pub mod month;
pub mod platforms;
pub mod reactivity;
pub mod reuse;
pub mod scenarios;
pub mod summary;
pub mod time_chart;
pub mod voices;
pub mod week;
pub mod year;
