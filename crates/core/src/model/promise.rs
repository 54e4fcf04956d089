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

    /// What customers expect on a platform, as a promise in opening hours. The catalogue's
    /// hours are on the clock, as the surveys count them, and a business answers in its own
    /// hours: under a day, as many hours of open time, at most one open day; a day or more, as
    /// many open days as whole days, each as long as the business's day. 48 h is two open days
    /// (16 opening hours from 09:00 to 17:00), never 48 opening hours, which would be six
    /// working days. Rounded down to the quarter hour, as the promise field counts.
    pub fn expected(clock_hours: f64, open_day_hours: f64) -> Promise {
        let days = (clock_hours / 24.0).floor();
        let hours = match (days >= 1.0, open_day_hours > 0.0) {
            (true, true) => (days * open_day_hours).min(clock_hours),
            (false, true) => clock_hours.min(open_day_hours),
            (_, false) => clock_hours,
        };
        let quarters = (hours * 4.0 + 1e-9).floor() / 4.0;
        Promise::opening_hours(quarters.max(rules::MIN_RESPONSE_HOURS))
    }

    /// Whether this promise is at least as fast as customers expect (the catalogue's hours, on
    /// the clock): an any-time promise against those hours, one in opening hours against
    /// `Promise::expected` for a business open `open_day_hours` a day.
    pub fn meets(self, clock_hours: f64, open_day_hours: f64) -> bool {
        let expected = match self.kind {
            PromiseKind::Anytime => clock_hours,
            PromiseKind::OpeningHours => Promise::expected(clock_hours, open_day_hours).hours,
        };
        self.hours <= expected + 1e-9
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn customers_days_become_open_days_never_as_many_opening_hours() {
        // Open 09:00 to 17:00: a day is 8 hours of open time.
        assert_eq!(Promise::expected(48.0, 8.0), Promise::opening_hours(16.0), "two open days");
        assert_eq!(Promise::expected(24.0, 8.0), Promise::opening_hours(8.0), "one open day");
        assert_eq!(Promise::expected(24.0, 10.0), Promise::opening_hours(10.0));
        // Under a day: as many hours of open time, as before.
        assert_eq!(Promise::expected(6.0, 8.0), Promise::opening_hours(6.0));
        assert_eq!(Promise::expected(2.0, 10.0), Promise::opening_hours(2.0));
        // Open round the clock: a day is a day.
        assert_eq!(Promise::expected(48.0, 24.0), Promise::opening_hours(48.0));
        // Never looser for stricter customers: under a day, at most one open day.
        assert_eq!(Promise::expected(23.0, 8.0), Promise::opening_hours(8.0));
        assert_eq!(Promise::expected(6.0, 4.0), Promise::opening_hours(4.0));
        let mut last = 0.0;
        for tenth in 1..=1000 {
            let hours = Promise::expected(f64::from(tenth) / 10.0, 7.5).hours;
            assert!(hours >= last, "{tenth}: {hours} after {last}");
            last = hours;
        }
        // 09:10 to 17:00 is 7 h 50 min: two open days, rounded down to the quarter hour.
        assert_eq!(Promise::expected(48.0, 47.0 / 6.0), Promise::opening_hours(15.5));
        // A 48-opening-hours promise is slower than two days' wait; 16 meets it, and so does
        // an any-time 48 h, which is counted on the clock.
        assert!(!Promise::opening_hours(48.0).meets(48.0, 8.0));
        assert!(Promise::opening_hours(16.0).meets(48.0, 8.0));
        assert!(Promise::anytime(48.0).meets(48.0, 8.0));
        assert!(!Promise::anytime(49.0).meets(48.0, 8.0));
    }
}
