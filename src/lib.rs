//! socialplan's command line: the subcommands that read, fit, print and export a plan without a
//! window. The core, the PDF and the window are their own crates; the core is re-exported here
//! so the command line reads as `crate::model`, `crate::report`.

pub mod cli;

pub use socialplan_core::{analysis, format, model, report, storage};
