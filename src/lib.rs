//! socialplan: which social networks a small business should be on, and what they really
//! cost in hours each week.
//!
//! The core (`locale`, `model`, `analysis`, `storage`, `report`) knows nothing of the screen; the
//! window (`app`), the command line (`cli`) and the printed summary are faces on it. Only `app`
//! uses egui. Every word any of them says is in `locale` (docs/words.md).

pub mod analysis;
pub mod app;
pub mod cli;
pub mod locale;
pub mod model;
pub mod printing;
pub mod report;
pub mod storage;

/// Numbers for people: the locale's formatter, at the root where every face has always found it.
pub use locale::format;
