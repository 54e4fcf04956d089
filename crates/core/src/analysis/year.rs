//! The year: the public holidays and trade moments of the plan's country and the owner's own
//! seasons over the next twelve months, and the plan as it stands on a given day (the hours
//! and the posting of that day's season), so that the week, the fit and the calendar follow
//! the seasons (docs/method.md, "The year's seasons").

use chrono::{Datelike, Months, NaiveDate};

use crate::model::moments::{self, Dated};
use crate::model::{Cadence, Choice, Phase, Plan, Season, phase_on};

/// The plan as it stands in `phase`: in a season, its hours (when it has its own: they
/// replace the plan's and every scenario's) and its share of the usual posts; while
/// preparing one, the usual hours and its preparation's share. Each cadence becomes the
/// nearest one a calendar shows (half of one post a week is one every two weeks).
pub fn in_phase(plan: &Plan, phase: Option<Phase>) -> Plan {
    let mut out = plan.clone();
    let Some(terms) = phase.and_then(|p| phase_terms(plan, p)) else { return out };
    if let Some(hours) = terms.hours {
        out.time.weekly_budget_hours = hours;
        for s in &mut out.scenarios {
            s.weekly_hours = None;
        }
    }
    for scenario in &mut out.scenarios {
        for c in &mut scenario.choices {
            (c.cadence, c.stories_per_week) = posts_in(c, terms.share);
        }
    }
    out
}

/// A choice's posts and stories a week in a phase with this share of the usual ones.
pub fn posts_in(choice: &Choice, share: f64) -> (Cadence, Option<u32>) {
    if share == 1.0 {
        return (choice.cadence, choice.stories_per_week);
    }
    let stories = choice.stories_per_week.map(|n| (f64::from(n) * share).round() as u32);
    (Cadence::nearest(choice.cadence.per_week() * share), stories)
}

/// Each choice's posts and stories a week, in the current scenario's order.
pub type WeekPosts = Vec<(Cadence, Option<u32>)>;

/// The current scenario's posts in a phase: all a phase changes in its week (its hours do not).
pub fn week_posts(plan: &Plan, terms: PhaseTerms) -> WeekPosts {
    plan.current_choices().iter().map(|c| posts_in(c, terms.share)).collect()
}

/// What a phase changes in the plan: the hours it has then (None: the usual ones) and the share
/// of the usual posts. Two phases with the same terms make the same week.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PhaseTerms {
    pub hours: Option<f64>,
    pub share: f64,
}

impl PhaseTerms {
    /// The hours a week the plan has in the phase.
    pub fn hours_in(&self, plan: &Plan) -> f64 {
        self.hours.unwrap_or_else(|| plan.budget_hours())
    }
}

pub fn phase_terms(plan: &Plan, phase: Phase) -> Option<PhaseTerms> {
    let season = plan.seasons.get(phase.season())?;
    Some(match phase {
        Phase::In(_) => PhaseTerms { hours: season.weekly_hours, share: season.cadence },
        Phase::Preparing(_) => PhaseTerms { hours: None, share: season.prepare_cadence },
    })
}

/// The plan as it stands on `date`: that day's season, or its preparation, or as usual.
pub fn on(plan: &Plan, date: NaiveDate) -> Plan {
    in_phase(plan, phase_on(&plan.seasons, date))
}

/// One occurrence of an owner's season within the twelve months.
#[derive(Clone, Debug, PartialEq)]
pub struct SeasonSpan {
    /// Its index in the plan's list.
    pub index: usize,
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// The first day of its preparation, when it has one.
    pub prepare_from: Option<NaiveDate>,
}

impl SeasonSpan {
    pub fn season<'a>(&self, plan: &'a Plan) -> Option<&'a Season> {
        plan.seasons.get(self.index)
    }
}

/// Twelve months of the plan's year, from `from` (its first day) to the day before the same
/// date a year later.
#[derive(Clone, Debug, PartialEq)]
pub struct Year {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The country's holidays and trade moments that meet these months (none without a country).
    pub moments: Vec<Dated>,
    /// The owner's seasons that meet these months (with their preparation), by first day.
    pub seasons: Vec<SeasonSpan>,
}

/// The day before the same date twelve months later.
pub fn twelve_months_from(from: NaiveDate) -> NaiveDate {
    from.checked_add_months(Months::new(12)).and_then(|d| d.pred_opt()).unwrap_or(from)
}

/// The plan's twelve months from `from`.
pub fn year(plan: &Plan, from: NaiveDate) -> Year {
    let to = twelve_months_from(from);
    let moments = plan.country.map(|c| moments::between(c, from, to)).unwrap_or_default();
    let mut seasons = Vec::new();
    for (index, season) in plan.seasons.iter().enumerate() {
        for year in from.year() - 1..=to.year() {
            let Some((first, last)) = season.occurrence(year) else { continue };
            let prepare_from = (season.prepare_weeks > 0)
                .then(|| first - chrono::Duration::weeks(i64::from(season.prepare_weeks)));
            if last >= from && prepare_from.unwrap_or(first) <= to {
                seasons.push(SeasonSpan { index, first, last, prepare_from });
            }
        }
    }
    seasons.sort_by_key(|s| (s.first, s.index));
    Year { from, to, moments, seasons }
}

/// The days of `from..=to` on which the phase changes, with the phase from that day on: the
/// first day always, then each change (what the calendar splits its series at).
pub fn phases(plan: &Plan, from: NaiveDate, to: NaiveDate) -> Vec<(NaiveDate, Option<Phase>)> {
    let mut out: Vec<(NaiveDate, Option<Phase>)> = Vec::new();
    let mut day = from;
    while day <= to {
        let phase = phase_on(&plan.seasons, day);
        if out.last().is_none_or(|(_, p)| *p != phase) {
            out.push((day, phase));
        }
        let Some(next) = day.succ_opt() else { break };
        day = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{cost, fit, week};
    use crate::model::{Catalogue, Country, MonthDay};

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn bakery() -> Plan {
        let saves = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../saves");
        crate::storage::load(&saves.join("boulangerie.ron"), Catalogue::built_in()).unwrap()
    }

    fn rush(plan: &mut Plan) {
        let mut s = Season::new("Noël", MonthDay::new(12, 1).unwrap(), MonthDay::new(12, 24).unwrap());
        s.weekly_hours = Some(1.5);
        s.cadence = 0.5;
        s.prepare_weeks = 3;
        s.prepare_cadence = 1.5;
        plan.seasons.push(s);
    }

    #[test]
    fn a_season_changes_the_hours_the_posts_and_the_week() {
        let catalogue = Catalogue::built_in();
        let mut plan = bakery();
        rush(&mut plan);
        let usual = on(&plan, d("2026-10-05"));
        let busy = on(&plan, d("2026-12-07"));
        let before = on(&plan, d("2026-11-16"));
        assert_eq!(usual, plan, "an ordinary day is the plan as it is");
        assert_eq!(busy.budget_hours(), 1.5);
        assert_eq!(before.budget_hours(), plan.budget_hours());
        let posts = |p: &Plan| p.current_choices().iter().map(|c| c.posts_per_week()).sum::<f64>();
        assert!(
            posts(&busy) < posts(&plan) && posts(&plan) < posts(&before),
            "less in the rush, more before"
        );
        let minutes = |p: &Plan| week(p, catalogue).total_minutes();
        assert!(minutes(&busy) < minutes(&plan) && minutes(&plan) < minutes(&before));
        assert!((minutes(&busy) - cost(&busy, catalogue).total()).abs() < 1.0);
    }

    /// The year's calendar lays out one week per set of posts (`report::year_events`): a
    /// season's hours must not move the week, only its posts.
    #[test]
    fn a_phase_s_week_follows_its_share_of_posts_not_its_hours() {
        let catalogue = Catalogue::built_in();
        let mut plan = bakery();
        rush(&mut plan);
        let phase = Phase::In(0);
        let with_hours = |h: f64| {
            let mut p = plan.clone();
            p.seasons[0].weekly_hours = Some(h);
            week(&in_phase(&p, Some(phase)), catalogue)
        };
        assert_eq!(with_hours(0.5), with_hours(30.0));
        assert_eq!(phase_terms(&plan, phase).map(|t| t.hours_in(&plan)), Some(1.5));
        assert_eq!(
            phase_terms(&plan, Phase::Preparing(0)).map(|t| t.hours_in(&plan)),
            Some(plan.budget_hours())
        );
        let mut other = plan.clone();
        other.seasons[0].cadence = 1.0;
        assert_ne!(
            week(&in_phase(&other, Some(phase)), catalogue),
            with_hours(1.5),
            "the share does move it"
        );
    }

    #[test]
    fn a_season_s_hours_change_the_fit() {
        let catalogue = Catalogue::built_in();
        let mut plan = bakery();
        rush(&mut plan);
        let busy = on(&plan, d("2026-12-07"));
        let fitted = |p: &Plan| match fit(p, catalogue, p.budget_hours(), None) {
            crate::analysis::FitOutcome::Fitted(f) => f.scenario.choices.len(),
            crate::analysis::FitOutcome::NothingFits { .. } => 0,
        };
        let total = |p: &Plan| match fit(p, catalogue, p.budget_hours(), None) {
            crate::analysis::FitOutcome::Fitted(f) => f.minutes,
            crate::analysis::FitOutcome::NothingFits { .. } => 0.0,
        };
        assert!(total(&busy) <= 90.0 + 1e-6, "the fit keeps to the season's 1.5 h");
        assert!(total(&busy) < total(&plan) && fitted(&busy) <= fitted(&plan));
    }

    #[test]
    fn the_year_holds_the_country_s_days_and_the_seasons_that_meet_it() {
        let mut plan = bakery();
        rush(&mut plan);
        plan.country = None;
        assert!(year(&plan, d("2026-12-07")).moments.is_empty(), "no country, no holidays");
        plan.country = Some(Country::Fr);
        let y = year(&plan, d("2026-12-07"));
        assert_eq!(y.to, d("2027-12-06"));
        let ids: Vec<&str> = y.moments.iter().map(|m| m.moment.id.as_str()).collect();
        assert!(
            ids.contains(&"fr_christmas")
                && ids.contains(&"fr_soldes_hiver")
                && ids.contains(&"black_friday")
        );
        assert!(!ids.contains(&"us_thanksgiving"));
        let firsts: Vec<NaiveDate> = y.seasons.iter().map(|s| s.first).collect();
        assert_eq!(firsts, vec![d("2026-12-01"), d("2027-12-01")], "this one (under way) and next year's");
        let ph = phases(&plan, d("2026-11-01"), d("2026-12-31"));
        assert_eq!(
            ph,
            vec![
                (d("2026-11-01"), None),
                (d("2026-11-10"), Some(Phase::Preparing(0))),
                (d("2026-12-01"), Some(Phase::In(0))),
                (d("2026-12-25"), None)
            ]
        );
    }
}
