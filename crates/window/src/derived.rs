//! What the window shows computed from the plan: recomputed only when the plan (or the
//! window's language) changed since the last frame, so an idle frame costs almost nothing.
//! While the owner drags (a slider, a product on the map), each frame follows the week's cost
//! at once; the ranking and the advice, the slow part, wait for the drag's end.

use chrono::NaiveDate;

use crate::analysis::checkin::Review;
use crate::analysis::{self, IdeaSlot, PlanCost, Recommendation, Saving, Week};
use crate::model::{Catalogue, Language, Move, Plan};
use crate::report::{self, Comparison, DrillRow, Summary, Words};
use crate::storage::{self, Problem};

#[derive(Debug)]
pub struct Derived {
    /// For the map's hovers, which word the reasons in the window's language.
    pub ranking: Vec<Recommendation>,
    pub cost: PlanCost,
    pub bring_back: Vec<Saving>,
    pub problems: Vec<Problem>,
    /// The summary's words and its sentence about the week, in the window's language: the
    /// time chart says the same things with the same words.
    pub words: Words,
    pub verdict: String,
    /// The ranking and the advice were worked out before the drag going on: they are shown
    /// greyed, and worked out again on the first frame after the drag (the frame of the
    /// release; egui draws one more after any input, for an edit made after the figures).
    pub waiting: bool,
}

impl Derived {
    fn compute(plan: &Plan, lang: Language) -> Derived {
        let catalogue = Catalogue::built_in();
        let cost = analysis::cost(plan, catalogue);
        // Ranked as the plan is (its language is its country's for the audience figures).
        let ranking = analysis::recommend(plan, catalogue);
        Derived {
            ranking,
            verdict: report::verdict(&cost, lang),
            cost,
            bring_back: analysis::bring_back_within_budget(plan, catalogue),
            problems: storage::validate(plan, catalogue),
            words: Words::new(lang),
            waiting: false,
        }
    }

    /// A frame of a drag: the cost, its sentence and the problems follow `plan`; the ranking
    /// and the advice stay as they were.
    fn follow(&mut self, plan: &Plan, lang: Language) {
        let catalogue = Catalogue::built_in();
        self.cost = analysis::cost(plan, catalogue);
        self.verdict = report::verdict(&self.cost, lang);
        self.problems = storage::validate(plan, catalogue);
        self.waiting = true;
    }
}

#[derive(Debug, Default)]
pub struct Cache {
    derived: Option<(Plan, Language, Derived)>,
    /// A drag is going on this frame (`Cache::dragging`).
    dragging: bool,
    summary: Option<(Plan, Summary)>,
    /// Only for the tabs that show them: not worked out on every edit elsewhere. The week,
    /// and its drill in the window's language.
    week: Option<(Plan, Week)>,
    drill: Option<(Plan, Language, Option<Move>, Vec<DrillRow>)>,
    comparison: Option<(Plan, Language, Comparison, Words)>,
    /// The Ideas tab's coming weeks, from the week kept above.
    ideas: Option<(Plan, NaiveDate, IdeasData)>,
    /// The Month tab's check-in.
    review: Option<(Plan, Review)>,
}

/// What the Ideas tab shows, worked out once per change of the plan.
#[derive(Debug)]
pub struct IdeasData {
    pub slots: Vec<IdeaSlot>,
    /// The id of the kind of business whose starter ideas the plan uses.
    pub business_kind: String,
    /// Those starter ideas, as the plan's language writes them ("…" for the product).
    pub starters: Vec<(crate::model::IdeaKind, String)>,
}

impl Cache {
    /// Said once a frame, before anything is drawn: whether the owner is dragging.
    pub fn dragging(&mut self, dragging: bool) {
        self.dragging = dragging;
    }

    pub fn get(&mut self, plan: &Plan, lang: Language) -> &Derived {
        let dragging = self.dragging;
        let kept = match &mut self.derived {
            // Waiting figures stay only while the drag goes on.
            Some((p, l, d)) if *l == lang && p == plan && (dragging || !d.waiting) => true,
            Some((p, l, d)) if *l == lang && dragging => {
                d.follow(plan, lang);
                p.clone_from(plan);
                true
            }
            _ => false,
        };
        if !kept {
            self.derived = None;
        }
        &self.derived.get_or_insert_with(|| (plan.clone(), lang, Derived::compute(plan, lang))).2
    }

    /// The current scenario's week and its drill in the window's language, for the Week tab;
    /// with `preview`, the drill as it would be with that move (a look being dragged).
    pub fn week_and_drill(
        &mut self,
        plan: &Plan,
        preview: Option<&Move>,
        lang: Language,
    ) -> (&Week, &[DrillRow]) {
        let week = fresh_week(&mut self.week, plan);
        if !matches!(&self.drill, Some((p, l, m, _)) if p == plan && *l == lang && m.as_ref() == preview) {
            self.drill = None;
        }
        let compute = || {
            let catalogue = Catalogue::built_in();
            let lines = match preview {
                Some(m) => {
                    let mut moved = plan.clone();
                    let moves = &mut moved.current_mut().moves;
                    moves.retain(|o| o.item != m.item);
                    moves.push(m.clone());
                    analysis::drill(&moved, catalogue, &analysis::week(&moved, catalogue))
                }
                None => analysis::drill(plan, catalogue, week),
            };
            (plan.clone(), lang, preview.cloned(), report::drill_rows(&lines, lang))
        };
        (week, &self.drill.get_or_insert_with(compute).3)
    }

    /// The scenarios side by side, in the window's language, for the Compare tab, with the
    /// words its chart names the parts with.
    pub fn comparison(&mut self, plan: &Plan, lang: Language) -> (&Comparison, &Words) {
        if !matches!(&self.comparison, Some((p, l, _, _)) if p == plan && *l == lang) {
            self.comparison = None;
        }
        let compute =
            || (plan.clone(), lang, report::comparison(plan, Catalogue::built_in(), lang), Words::new(lang));
        let (_, _, comparison, words) = self.comparison.get_or_insert_with(compute);
        (comparison, words)
    }

    /// The ideas of the weeks the Ideas tab shows, from the week holding `from`, with the
    /// plan's kind of business and its starter ideas.
    pub fn ideas(&mut self, plan: &Plan, from: NaiveDate) -> &IdeasData {
        if !matches!(&self.ideas, Some((p, f, _)) if p == plan && *f == from) {
            self.ideas = None;
        }
        let week = fresh_week(&mut self.week, plan);
        let compute = || {
            let starters = crate::model::StarterIdeas::built_in();
            let kind = plan.content.kind_of_business(starters, &plan.business.sector);
            let data = IdeasData {
                slots: analysis::ideas_of_week(plan, week, from, crate::views::ideas::WEEKS),
                business_kind: kind.id.clone(),
                starters: crate::model::Content::starters(kind, plan.language)
                    .into_iter()
                    .map(|i| (i.kind, analysis::ideas::fill(&i.text, "…", plan.language)))
                    .collect(),
            };
            (plan.clone(), from, data)
        };
        &self.ideas.get_or_insert_with(compute).2
    }

    /// What the recorded months say, for the Month tab.
    pub fn review(&mut self, plan: &Plan) -> &Review {
        if !matches!(&self.review, Some((p, _)) if p == plan) {
            self.review = None;
        }
        &self
            .review
            .get_or_insert_with(|| (plan.clone(), analysis::checkin::review(plan, Catalogue::built_in())))
            .1
    }

    /// The summary, in the plan's own language.
    pub fn summary(&mut self, plan: &Plan) -> &Summary {
        if !matches!(&self.summary, Some((p, _)) if p == plan) {
            self.summary = None;
        }
        &self.summary.get_or_insert_with(|| (plan.clone(), report::summarize(plan, Catalogue::built_in()))).1
    }
}

/// The week kept in `slot`, worked out again when the plan changed.
fn fresh_week<'a>(slot: &'a mut Option<(Plan, Week)>, plan: &Plan) -> &'a Week {
    if !matches!(slot, Some((p, _)) if p == plan) {
        *slot = None;
    }
    &slot.get_or_insert_with(|| (plan.clone(), analysis::week(plan, Catalogue::built_in()))).1
}
