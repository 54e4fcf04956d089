//! What the window shows computed from the plan: recomputed only when the plan (or the
//! window's language) changed since the last frame, so an idle frame costs almost nothing.

use crate::analysis::{self, PlanCost, Recommendation, Saving, Week};
use crate::model::{Catalogue, Language, Plan};
use crate::report::{self, Comparison, Summary, Words};
use crate::storage::{self, Problem};

#[derive(Debug)]
pub struct Derived {
    /// In the window's language, for the map's hovers.
    pub ranking: Vec<Recommendation>,
    pub cost: PlanCost,
    pub bring_back: Vec<Saving>,
    pub problems: Vec<Problem>,
    /// The summary's words and its sentence about the week, in the window's language: the
    /// time chart says the same things with the same words.
    pub words: Words,
    pub verdict: String,
    /// The current scenario's week, for the Week tab.
    pub week: Week,
    /// The scenarios side by side, in the window's language.
    pub comparison: Comparison,
}

impl Derived {
    fn compute(plan: &Plan, lang: Language) -> Derived {
        let catalogue = Catalogue::built_in();
        let mut shown = plan.clone();
        shown.language = lang;
        let cost = analysis::cost(plan, catalogue);
        Derived {
            week: analysis::week_with_cost(plan, catalogue, &cost),
            comparison: report::comparison(&shown, catalogue),
            ranking: analysis::recommend(&shown, catalogue),
            verdict: report::verdict(&cost, lang),
            cost,
            bring_back: analysis::bring_back_within_budget(&shown, catalogue),
            problems: storage::validate(plan, catalogue),
            words: Words::new(lang),
        }
    }
}

#[derive(Debug, Default)]
pub struct Cache {
    derived: Option<(Plan, Language, Derived)>,
    summary: Option<(Plan, Summary)>,
}

impl Cache {
    pub fn get(&mut self, plan: &Plan, lang: Language) -> &Derived {
        if !matches!(&self.derived, Some((p, l, _)) if p == plan && *l == lang) {
            self.derived = None;
        }
        &self.derived.get_or_insert_with(|| (plan.clone(), lang, Derived::compute(plan, lang))).2
    }

    /// The summary, in the plan's own language.
    pub fn summary(&mut self, plan: &Plan) -> &Summary {
        if !matches!(&self.summary, Some((p, _)) if p == plan) {
            self.summary = None;
        }
        &self.summary.get_or_insert_with(|| (plan.clone(), report::summarize(plan, Catalogue::built_in()))).1
    }
}
