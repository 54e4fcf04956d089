//! The plan against the real months: per platform and month, the hours the plan expected
//! beside the hours spent and what they brought, each month's total against the budget, and
//! a warning when the real hours stay over it two months running.

use std::collections::HashMap;

use crate::model::{Catalogue, Goal, Month, MonthRecord, Plan, Results};

use super::super::cost::Costing;
use super::learning::{Learned, learn_from};
use super::verdict::{Verdict, verdicts};

/// One platform's month: planned and real minutes, and the results.
#[derive(Clone, Debug, PartialEq)]
pub struct MonthLine {
    pub month: Month,
    pub platform: String,
    pub name: String,
    /// Minutes the plan expected that month with the catalogue's figures; None when the
    /// platform is not in the current scenario.
    pub planned_minutes: Option<f64>,
    pub real_minutes: Option<f64>,
    pub results: Results,
    /// Results toward the plan's goals, added up.
    pub results_for_goals: u64,
}

impl MonthLine {
    /// Hours spent for each result toward the plan's goals; None without minutes or results.
    pub fn hours_per_result(&self) -> Option<f64> {
        let minutes = self.real_minutes?;
        (self.results_for_goals > 0).then(|| minutes / 60.0 / self.results_for_goals as f64)
    }
}

/// A month of the whole plan: what it expected, what it took, what the budget allowed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MonthTotal {
    pub month: Month,
    pub planned_minutes: f64,
    pub real_minutes: f64,
    pub budget_minutes: f64,
}

impl MonthTotal {
    /// A few minutes over is rounding, not a warning (as the weekly cost says).
    pub fn over_budget(&self) -> bool {
        self.real_minutes > self.budget_minutes + 0.5
    }
}

/// Real hours over the budget month after month: the first and last month of the latest run
/// of two or more.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OverBudget {
    pub from: Month,
    pub to: Month,
    pub months: usize,
    /// Real minutes over the budget, on average over the run.
    pub over_minutes: f64,
}

/// Everything the check-in says about the months recorded.
#[derive(Clone, Debug, PartialEq)]
pub struct Review {
    /// In month order, then platform.
    pub lines: Vec<MonthLine>,
    /// One per month recorded, in order.
    pub totals: Vec<MonthTotal>,
    pub over_budget: Option<OverBudget>,
    pub learned: Vec<Learned>,
    pub verdicts: Vec<Verdict>,
}

/// The goals results are counted toward: the plan's, or every goal when it names none.
pub fn counted_goals(plan: &Plan) -> Vec<Goal> {
    if plan.audience.goals.is_empty() { Goal::ALL.to_vec() } else { plan.audience.goals.clone() }
}

pub fn results_for(results: &Results, goals: &[Goal]) -> u64 {
    goals.iter().map(|g| results.for_goal(*g)).sum()
}

/// The check-in of the plan's recorded months.
pub fn review(plan: &Plan, catalogue: &Catalogue) -> Review {
    let costing = Costing::without_learning(plan, catalogue);
    let planned = costing.cost(plan.current_choices());
    let weekly: HashMap<&str, f64> =
        planned.choices.iter().map(|c| (c.platform_id.as_str(), c.total())).collect();
    let goals = counted_goals(plan);
    let name_of = |id: &str| costing.platform(id).map_or_else(|| id.to_owned(), |p| p.name.clone());
    let mut names: HashMap<&str, String> = HashMap::new();
    let line = |r: &MonthRecord, name: String| MonthLine {
        month: r.month,
        platform: r.platform.clone(),
        name,
        planned_minutes: weekly.get(r.platform.as_str()).map(|w| w * r.month.weeks()),
        real_minutes: r.time.minutes(),
        results: r.results,
        results_for_goals: results_for(&r.results, &goals),
    };
    let mut lines = Vec::with_capacity(plan.months.records.len());
    for r in &plan.months.records {
        let name = names.entry(r.platform.as_str()).or_insert_with(|| name_of(&r.platform)).clone();
        lines.push(line(r, name));
    }
    let budget_week = plan.budget_hours() * 60.0;
    let planned_week = planned.total();
    let mut totals: Vec<MonthTotal> = Vec::new();
    for l in &lines {
        if totals.last().is_none_or(|t| t.month != l.month) {
            totals.push(MonthTotal {
                month: l.month,
                planned_minutes: planned_week * l.month.weeks(),
                real_minutes: 0.0,
                budget_minutes: budget_week * l.month.weeks(),
            });
        }
        if let Some(t) = totals.last_mut() {
            t.real_minutes += l.real_minutes.unwrap_or(0.0);
        }
    }
    let over_budget = over_budget(&totals);
    let learned = learn_from(plan, &costing, &planned);
    let verdicts = verdicts(&lines, &goals, &names);
    Review { lines, totals, over_budget, learned, verdicts }
}

/// The latest run of two or more months in a row (by the calendar) over the budget.
fn over_budget(totals: &[MonthTotal]) -> Option<OverBudget> {
    let mut best: Option<OverBudget> = None;
    let mut run: Vec<&MonthTotal> = Vec::new();
    for t in totals {
        let follows = run.last().is_some_and(|last| last.month.next() == t.month);
        if !t.over_budget() {
            run.clear();
            continue;
        }
        if !follows {
            run.clear();
        }
        run.push(t);
        if run.len() >= 2 {
            let over: f64 = run.iter().map(|t| t.real_minutes - t.budget_minutes).sum();
            best = Some(OverBudget {
                from: run[0].month,
                to: t.month,
                months: run.len(),
                over_minutes: over / run.len() as f64,
            });
        }
    }
    best
}

impl OverBudget {
    pub fn words(&self, lang: crate::model::Language) -> String {
        let text = lang.say(
            crate::locale::Sentence::OverBudgetMonths,
            &[
                ("from", &self.from),
                ("to", &self.to),
                ("months", &self.months),
                ("over", &crate::format::hours(self.over_minutes, lang)),
            ],
        );
        crate::format::typography(&text, lang)
    }
}
