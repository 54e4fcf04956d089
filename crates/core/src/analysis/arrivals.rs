//! When customers write: a share of the week's messages for each hour of the week, by who the
//! audience is. No published study gives the hours at which people write to a small business;
//! these are reasoned defaults (docs/method.md, "When customers write"): consumers write at
//! lunch and in the evening, following the evening peak of internet use (Médiamétrie 2023:
//! 21:09), weekends nearly as much as weekdays; business buyers in office hours, Monday most.

use crate::model::{Customer, Plan};

use super::looks::WEEK;

/// Shares of a day's messages by hour, 00 to 23 (each sums to 1).
const CONSUMER_HOURS: [f64; 24] = [
    0.008, 0.004, 0.002, 0.002, 0.002, 0.003, 0.008, 0.021, 0.040, 0.053, 0.064, 0.067, 0.075, 0.069, 0.061,
    0.061, 0.061, 0.063, 0.067, 0.067, 0.070, 0.063, 0.046, 0.023,
];
const BUSINESS_HOURS: [f64; 24] = [
    0.002, 0.001, 0.001, 0.001, 0.001, 0.002, 0.005, 0.027, 0.075, 0.107, 0.113, 0.101, 0.069, 0.080, 0.102,
    0.101, 0.086, 0.059, 0.027, 0.013, 0.011, 0.008, 0.005, 0.003,
];
/// Shares of the week's messages by day, Monday first.
const CONSUMER_DAYS: [f64; 7] = [0.145, 0.145, 0.145, 0.145, 0.150, 0.140, 0.130];
const BUSINESS_DAYS: [f64; 7] = [0.22, 0.21, 0.20, 0.19, 0.15, 0.02, 0.01];

/// The share of the week's messages that arrives in each hour of the week, Monday 00:00 first.
#[derive(Clone, Debug, PartialEq)]
pub struct Arrivals {
    pub hourly: [f64; 168],
}

impl Arrivals {
    /// Consumers' and job seekers' evenings and weekends, business buyers' office hours: the
    /// mean of the audience's profiles (consumers when the plan names nobody).
    pub fn of(plan: &Plan) -> Arrivals {
        let who = &plan.audience.customers;
        let business = who.iter().filter(|c| **c == Customer::BusinessBuyers).count();
        let people = who.len() - business;
        let (people, business) = if who.is_empty() { (1, 0) } else { (people, business) };
        let share = business as f64 / (people + business) as f64;
        let mut hourly = [0.0; 168];
        for (h, slot) in hourly.iter_mut().enumerate() {
            let (day, hour) = (h / 24, h % 24);
            *slot = (1.0 - share) * CONSUMER_DAYS[day] * CONSUMER_HOURS[hour]
                + share * BUSINESS_DAYS[day] * BUSINESS_HOURS[hour];
        }
        let total: f64 = hourly.iter().sum();
        hourly.iter_mut().for_each(|x| *x /= total);
        Arrivals { hourly }
    }

    /// The share of messages arriving from minute `from` to minute `to` of the week (going
    /// round the week when `to` is not after `from`).
    pub fn between(&self, from: u32, to: u32) -> f64 {
        let (from, to) = (from % WEEK, to % WEEK);
        let forward = |a: u32, b: u32| -> f64 {
            let mut sum = 0.0;
            let mut m = a;
            while m < b {
                let hour = m / 60;
                let end = ((hour + 1) * 60).min(b);
                sum += self.hourly[hour as usize] * f64::from(end - m) / 60.0;
                m = end;
            }
            sum
        };
        if to > from { forward(from, to) } else { forward(from, WEEK) + forward(0, to) }
    }

    /// Pieces of the waits of messages between looks starting at these minutes: each piece a
    /// range of waits (minutes), over which its share of messages is spread evenly.
    pub fn wait_pieces(&self, looks: &[u32]) -> Vec<(f64, f64, f64)> {
        let mut out = Vec::new();
        for (a, b) in super::looks::gaps(looks) {
            // Arrivals in (a, b] wait until b; cut where the hour changes.
            let mut m = a;
            while m < b {
                let end = ((m / 60 + 1) * 60).min(b);
                let share = self.hourly[((m % WEEK) / 60) as usize] * f64::from(end - m) / 60.0;
                if share > 0.0 {
                    out.push((f64::from(b - end), f64::from(b - m), share));
                }
                m = end;
            }
        }
        out
    }
}

/// The share of messages waiting at most `minutes`.
pub fn share_within(pieces: &[(f64, f64, f64)], minutes: f64) -> f64 {
    let total: f64 = pieces.iter().map(|p| p.2).sum();
    if total <= 0.0 {
        return 0.0;
    }
    let within: f64 = pieces
        .iter()
        .map(|&(lo, hi, share)| {
            if minutes >= hi {
                share
            } else if minutes <= lo {
                0.0
            } else {
                share * (minutes - lo) / (hi - lo)
            }
        })
        .sum();
    within / total
}

/// The wait, in minutes, that a share `q` of messages does not exceed (q = 0.5: the median).
/// The share waiting at most m minutes grows in straight pieces between the pieces' ends: one
/// sweep over those ends finds where it reaches `q`, exactly.
pub fn quantile(pieces: &[(f64, f64, f64)], q: f64) -> f64 {
    let total: f64 = pieces.iter().map(|p| p.2).sum();
    let longest = pieces.iter().map(|p| p.1).fold(0.0, f64::max);
    if total <= 0.0 {
        return longest;
    }
    let target = q * total;
    // Where each piece starts and stops adding messages, and how many per minute.
    let mut ends: Vec<(f64, f64)> = Vec::with_capacity(2 * pieces.len());
    for &(lo, hi, share) in pieces {
        let rate = share / (hi - lo);
        ends.push((lo, rate));
        ends.push((hi, -rate));
    }
    ends.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (mut at, mut rate, mut within) = (0.0, 0.0, 0.0);
    for (x, change) in ends {
        if within >= target {
            return at;
        }
        let next = within + rate * (x - at);
        if next >= target && rate > 0.0 {
            return at + (target - within) / rate;
        }
        (at, within) = (x, next);
        rate += change;
    }
    at.min(longest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::looks::DAY;
    use crate::model::Language;

    #[test]
    fn the_quantile_is_where_the_share_answered_reaches_it() {
        let a = Arrivals::of(&Plan::new("Shop", Language::En));
        let pieces = a.wait_pieces(&[9 * 60, 13 * 60, DAY + 10 * 60, 3 * DAY + 16 * 60]);
        for q in [0.1, 0.5, 0.9, 0.99] {
            let m = quantile(&pieces, q);
            assert!((share_within(&pieces, m) - q).abs() < 1e-9, "q {q}: {m} min");
            assert!(share_within(&pieces, m - 1.0) < q, "q {q}: a minute less is less");
        }
        assert_eq!(quantile(&[], 0.5), 0.0);
    }

    #[test]
    fn each_profile_adds_up_to_the_whole() {
        for (hours, days) in [(CONSUMER_HOURS, CONSUMER_DAYS), (BUSINESS_HOURS, BUSINESS_DAYS)] {
            assert!((hours.iter().sum::<f64>() - 1.0).abs() < 1e-9);
            assert!((days.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        }
        let plan = Plan::new("Shop", Language::En);
        let a = Arrivals::of(&plan);
        assert!((a.hourly.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert!((a.between(0, 0) - 1.0).abs() < 1e-9, "a whole week");
    }

    #[test]
    fn business_buyers_write_in_office_hours_and_consumers_in_the_evening() {
        let mut plan = Plan::new("Shop", Language::En);
        plan.audience.customers = vec![Customer::Consumers];
        let people = Arrivals::of(&plan);
        plan.audience.customers = vec![Customer::BusinessBuyers];
        let business = Arrivals::of(&plan);
        let office: f64 = (0..5).map(|d| business.between(d * DAY + 9 * 60, d * DAY + 17 * 60)).sum();
        assert!(office > 0.7, "{office}");
        let evenings: f64 = (0..7).map(|d| people.between(d * DAY + 18 * 60, d * DAY + 23 * 60)).sum();
        assert!(evenings > 0.25, "{evenings}");
    }

    #[test]
    fn the_waits_follow_the_looks() {
        let mut plan = Plan::new("Shop", Language::En);
        plan.audience.customers = vec![Customer::Consumers];
        let a = Arrivals::of(&plan);
        // One look a day at noon: nobody waits more than a day, half wait under about half of it.
        let looks: Vec<u32> = (0..7).map(|d| d * DAY + 12 * 60).collect();
        let pieces = a.wait_pieces(&looks);
        assert!((share_within(&pieces, f64::from(DAY)) - 1.0).abs() < 1e-9);
        let median = quantile(&pieces, 0.5);
        assert!(median > 6.0 * 60.0 && median < 18.0 * 60.0, "{median}");
        assert!(quantile(&pieces, 0.9) > median);
    }
}
