//! The weekly time of the review routine and of the ambassadors, from the routine itself:
//! asking happy customers, reading the review sites often enough to reply to every review
//! within the promise, replying, and sending the ambassadors something to share (docs/method.md,
//! "Reviews and ambassadors"). A review site the plan keeps as a platform is read at that
//! platform's looks and its own reviews are in its cost: nothing is counted twice.

use crate::model::{AskWay, Choice, Permission, Promise};

use super::cost::Costing;

/// Minutes one ask takes: a word at the counter, handing a card, writing a message (estimates).
pub fn ask_minutes(way: AskWay) -> f64 {
    match way {
        AskWay::InPerson => 1.0,
        AskWay::Card => 0.5,
        AskWay::Message => 2.0,
    }
}

/// Share of the customers asked who leave a review: estimate (one in four).
pub const ASKED_WHO_REVIEW: f64 = 0.25;
/// Minutes a month per ambassador to send them something to share (a photo and two lines):
/// estimate.
pub const SEND_MINUTES_A_MONTH: f64 = 15.0;
/// Minutes a week per ambassador who agreed to be reposted: finding their posts about the
/// business and sharing one with thanks (estimate).
pub const REPOST_MINUTES_A_WEEK: f64 = 5.0;
const WEEKS_A_MONTH: f64 = 52.0 / 12.0;
/// Reviews a week that come by themselves on a review site the plan does not keep: its
/// catalogue's replies a week, at most two (a platform's replies also count messages and
/// comments; 1–3 reviews a week at a small local shop on Google is the catalogue's estimate).
pub const SITE_REVIEWS_A_WEEK: f64 = 2.0;

/// Minutes a week of the routine and the ambassadors, and how the reviews are kept up.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct VoicesCost {
    pub asking: f64,
    /// Replies to the reviews the asks bring, and to those of the sites read on the rounds.
    pub replies: f64,
    /// Opening the review sites read on the rounds.
    pub reading: f64,
    pub ambassadors: f64,
    /// Rounds a week at the review sites: as many as keep `promise`.
    pub rounds_per_week: usize,
    /// Every review is answered within it: the promise of the first review site when the plan
    /// keeps it, else what customers expect there (the catalogue's figure), in opening hours.
    pub promise: Option<Promise>,
    /// Review sites the plan keeps as platforms: read at their own looks.
    pub at_looks: Vec<String>,
    /// Review sites read on the rounds.
    pub on_rounds: Vec<String>,
}

impl VoicesCost {
    pub fn total(&self) -> f64 {
        self.asking + self.reviews() + self.ambassadors
    }

    /// The rounds' minutes: reading the sites and replying.
    pub fn reviews(&self) -> f64 {
        self.replies + self.reading
    }
}

impl Costing<'_> {
    /// The routine's and the ambassadors' minutes beside these choices.
    pub fn voices(&self, choices: &[Choice]) -> VoicesCost {
        let voices = &self.plan.voices;
        let mut out = VoicesCost::default();
        let senders = voices.ambassadors.len() as f64;
        let reposted = voices.ambassadors.iter().filter(|a| a.allows(Permission::Repost)).count() as f64;
        out.ambassadors = senders * SEND_MINUTES_A_MONTH / WEEKS_A_MONTH + reposted * REPOST_MINUTES_A_WEEK;
        let Some(routine) = &voices.reviews else { return out };
        let kept = |id: &str| choices.iter().find(|c| c.platform == id);
        let Some(first) = routine.sites.first() else { return out };
        out.promise = Some(match kept(first) {
            Some(choice) => choice.promise,
            None => self.expected_promise(first),
        });
        for site in &routine.sites {
            if kept(site).is_some() {
                out.at_looks.push(site.clone());
            } else {
                out.on_rounds.push(site.clone());
            }
        }
        out.asking = f64::from(routine.asks_per_week) * ask_minutes(routine.ask_by);
        let asked_reviews = f64::from(routine.asks_per_week) * ASKED_WHO_REVIEW;
        out.replies = asked_reviews * self.figures(first).minutes_per_reply
            + out
                .on_rounds
                .iter()
                .map(|s| {
                    let f = self.figures(s);
                    f.replies_per_week.min(SITE_REVIEWS_A_WEEK) * f.minutes_per_reply
                })
                .sum::<f64>();
        let to_do = out.replies > 0.0 || !out.on_rounds.is_empty();
        if let (true, Some(promise)) = (to_do, out.promise) {
            out.rounds_per_week = self.looks_a_week(&[promise]);
            let check: f64 = out.on_rounds.iter().map(|s| self.figures(s).minutes_per_check).sum();
            out.reading = out.rounds_per_week as f64 * check;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::cost::cost;
    use crate::model::{Ambassador, AskMoment, Catalogue, Date, Language, Plan, ReviewRoutine, Role, Voices};

    fn catalogue() -> &'static Catalogue {
        Catalogue::built_in()
    }

    fn bakery() -> Plan {
        let mut plan = Plan::new("Bakery", Language::En);
        plan.time.open_days = crate::model::Weekday::first(6);
        let c = catalogue();
        plan.current_choices_mut().push(Choice::with_defaults(c.get("instagram").unwrap()));
        plan
    }

    fn routine(sites: &[&str], asks: u32) -> ReviewRoutine {
        ReviewRoutine {
            sites: sites.iter().map(|s| (*s).to_owned()).collect(),
            ask_after: AskMoment::Purchase,
            ask_by: AskWay::InPerson,
            asks_per_week: asks,
        }
    }

    #[test]
    fn the_routine_is_worked_out_from_its_asks_and_its_sites() {
        let mut plan = bakery();
        let before = cost(&plan, catalogue()).total();
        plan.voices = Voices { reviews: Some(routine(&["google_business"], 8)), ambassadors: Vec::new() };
        let c = cost(&plan, catalogue());
        let google = &catalogue().get("google_business").unwrap().figures;
        let v = &c.voices;
        assert_eq!(v.asking, 8.0 * ask_minutes(AskWay::InPerson));
        let replies = 8.0 * ASKED_WHO_REVIEW * google.minutes_per_reply
            + google.replies_per_week * google.minutes_per_reply;
        assert!((v.replies - replies).abs() < 1e-9, "{v:?}");
        // What Google's customers expect (two days), in the bakery's open days.
        let expected = plan.expected_promise(catalogue().get("google_business").unwrap());
        assert_eq!(v.promise, Some(expected));
        assert_eq!(expected, Promise::opening_hours(2.0 * plan.time.open_hours_per_day()));
        assert!(v.rounds_per_week >= 1 && v.reading == v.rounds_per_week as f64 * google.minutes_per_check);
        assert!((c.total() - before - v.total()).abs() < 1e-9, "the routine is in the plan's total");
        // More asks, more time.
        plan.voices.reviews = Some(routine(&["google_business"], 16));
        assert!(cost(&plan, catalogue()).voices.asking > v.asking);
    }

    #[test]
    fn a_kept_review_site_is_read_at_its_own_looks_and_its_promise_is_the_routines() {
        let mut plan = bakery();
        let mut google = Choice::with_defaults(catalogue().get("google_business").unwrap());
        google.promise = Promise::opening_hours(24.0);
        plan.current_choices_mut().push(google);
        plan.voices.reviews = Some(routine(&["google_business", "facebook"], 4));
        let v = cost(&plan, catalogue()).voices;
        assert_eq!(v.promise, Some(Promise::opening_hours(24.0)), "one home for the promise");
        assert_eq!(
            (v.at_looks.as_slice(), v.on_rounds.as_slice()),
            (&["google_business".to_owned()][..], &["facebook".to_owned()][..])
        );
        let facebook = &catalogue().get("facebook").unwrap().figures;
        assert_eq!(
            v.reading,
            v.rounds_per_week as f64 * facebook.minutes_per_check,
            "Google's looks are not counted again"
        );
    }

    #[test]
    fn ambassadors_take_time_and_reposting_only_with_a_consent_that_holds() {
        let mut plan = bakery();
        let mut lea = Ambassador::new("Léa", Role::Customer);
        plan.voices.ambassadors = vec![lea.clone()];
        let sending = cost(&plan, catalogue()).voices.ambassadors;
        assert!((sending - SEND_MINUTES_A_MONTH * 12.0 / 52.0).abs() < 1e-9);
        let day = Date(chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap());
        lea.agree(Permission::Repost, day);
        plan.voices.ambassadors = vec![lea.clone()];
        assert!((cost(&plan, catalogue()).voices.ambassadors - sending - REPOST_MINUTES_A_WEEK).abs() < 1e-9);
        lea.withdraw(Permission::Repost, day);
        plan.voices.ambassadors = vec![lea];
        assert_eq!(cost(&plan, catalogue()).voices.ambassadors, sending, "withdrawn: no reposting");
    }
}
