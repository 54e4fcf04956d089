//! socialplan's core: which social networks a small business should be on, and what they
//! really cost in hours each week.
//!
//! The plan (`model`), the method (`analysis`), files (`storage`) and the report's data and text
//! (`report`). It knows nothing of the screen or of typesetting: the window, the command line and
//! the printed summary are faces on it, each its own crate, and the compiler keeps them apart.

pub mod analysis;
pub mod format;
pub mod model;
pub mod report;
pub mod storage;
