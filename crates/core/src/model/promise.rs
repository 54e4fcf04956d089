//! What the owner promises the customers who write: an answer within so many hours, counted
//! either on the clock ("any time": someone looks from the phone in the evening and on days
//! off) or in opening hours only (an away message tells the customer when the answer comes).
//! The week lays out the looks that keep it (`analysis::looks`), and the drill measures them.

use serde::{Deserialize, Serialize};

use super::rules;

/// How the hours of a promise are counted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PromiseKind {
    /// Counted in opening hours only: a message left after closing is answered the next open
    /// day, and an away message says so. What the week of every plan did before format 3.
    #[default]
    OpeningHours,
    /// Counted on the clock, evenings, nights and days off included: looks from the phone
    /// outside opening hours keep it.
    Anytime,
}

impl PromiseKind {
    pub const ALL: [PromiseKind; 2] = [PromiseKind::OpeningHours, PromiseKind::Anytime];

    /// As the command line writes it: `opening_hours` or `anytime`.
    pub fn code(self) -> &'static str {
        match self {
            PromiseKind::OpeningHours => "opening_hours",
            PromiseKind::Anytime => "anytime",
        }
    }
}

/// "Within 4 h of opening hours" or "within 12 h, any time".
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Promise {
    #[serde(deserialize_with = "rules::de_response_hours")]
    pub hours: f64,
    #[serde(default)]
    pub kind: PromiseKind,
}

impl Promise {
    pub fn opening_hours(hours: f64) -> Promise {
        Promise { hours, kind: PromiseKind::OpeningHours }
    }

    pub fn anytime(hours: f64) -> Promise {
        Promise { hours, kind: PromiseKind::Anytime }
    }

    /// Whether this promise is at least as fast as customers expect (`expected` hours): the
    /// expectation is the floor, in the promise's own terms (docs/method.md).
    pub fn meets(self, expected: f64) -> bool {
        self.hours <= expected + 1e-9
    }
}
