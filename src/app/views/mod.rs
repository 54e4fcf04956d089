//! One file per view of the window.

pub mod business;
pub mod compare;
pub mod fields;
pub mod fit;
pub mod map;
pub mod platforms;
pub mod scenarios;
pub mod summary;
pub mod time_chart;
pub mod week;
