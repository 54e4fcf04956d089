//! The monthly check-in read back: the plan against the real months (`review`), what they
//! teach about the owner's own minutes (`learning`), and whether each platform is worth its
//! hours (`verdict`).

mod learning;

pub use learning::{
    Learned, MONTHS_LEARNED_FROM, MONTHS_TO_LEARN, OwnFigure, SCALE_LIMITS, latest_month, learn,
    learned_figures, months_recorded,
};
mod review;
mod verdict;

pub use review::{MonthLine, MonthTotal, OverBudget, Review, counted_goals, results_for, review};
pub use verdict::{Advice, Elsewhere, KEEP_SHARE, Verdict};

#[cfg(test)]
mod tests;
