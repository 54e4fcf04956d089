//! socialplan's core: which social networks a small business should be on, and what they
//! really cost in hours each week.
//!
//! The plan (`model`), the method (`analysis`), files (`storage`), the report's data and text
//! (`report`), and every word any face says, with the numbers' formatter (`locale`,
//! docs/words.md). It knows nothing of the screen or of typesetting: the window, the command line and
//! the printed summary are faces on it, each its own crate, and the compiler keeps them apart.

pub mod analysis;
pub mod locale;
pub mod model;
pub mod report;
pub mod storage;

/// Numbers for people: the locale's formatter, where every face has always found it.
pub use locale::format;
