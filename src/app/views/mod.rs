//! One file per view of the window.

pub mod business;
pub mod fields;
pub mod map;
pub mod platforms;
pub mod summary;
pub mod time_chart;
