//! Undo and redo for the plan. An edit becomes one step when the owner lets go: a whole drag
//! on the map, a whole slider move, or the typing in a field until it loses focus.

use crate::model::Plan;

/// How many steps back the owner can go.
const MAX_STEPS: usize = 200;

#[derive(Debug)]
pub struct History {
    undos: Vec<Plan>,
    redos: Vec<Plan>,
    /// The plan as of the last step.
    settled: Plan,
}

impl History {
    pub fn new(plan: &Plan) -> History {
        History { undos: Vec::new(), redos: Vec::new(), settled: plan.clone() }
    }

    /// Call once a frame; `interacting` is true while a pointer is held down or a field is being
    /// typed in, so that the edit is recorded once finished.
    pub fn observe(&mut self, plan: &Plan, interacting: bool) {
        if !interacting {
            self.settle(plan);
        }
    }

    fn settle(&mut self, plan: &Plan) {
        if *plan != self.settled {
            self.undos.push(std::mem::replace(&mut self.settled, plan.clone()));
            if self.undos.len() > MAX_STEPS {
                self.undos.remove(0);
            }
            self.redos.clear();
        }
    }

    pub fn can_undo(&self, plan: &Plan) -> bool {
        !self.undos.is_empty() || *plan != self.settled
    }

    pub fn can_redo(&self, plan: &Plan) -> bool {
        !self.redos.is_empty() && *plan == self.settled
    }

    /// Steps back; returns false when there is nothing to undo.
    pub fn undo(&mut self, plan: &mut Plan) -> bool {
        self.settle(plan);
        let Some(previous) = self.undos.pop() else { return false };
        self.redos.push(std::mem::replace(plan, previous));
        self.settled = plan.clone();
        true
    }

    pub fn redo(&mut self, plan: &mut Plan) -> bool {
        if *plan != self.settled {
            // Edited since the undo: the redo steps no longer apply.
            self.settle(plan);
            return false;
        }
        let Some(next) = self.redos.pop() else { return false };
        self.undos.push(std::mem::replace(plan, next));
        self.settled = plan.clone();
        true
    }

    /// Changes every step the same way: what is no edit of the owner's (the record of a
    /// calendar export) must not come back with an undo.
    pub fn change_every_step(&mut self, change: impl Fn(&mut Plan)) {
        self.undos
            .iter_mut()
            .chain(self.redos.iter_mut())
            .chain(std::iter::once(&mut self.settled))
            .for_each(change);
    }

    /// Forget every step: a new or another plan starts a new history.
    pub fn reset(&mut self, plan: &Plan) {
        *self = History::new(plan);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    #[test]
    fn a_drag_is_one_step_and_redo_restores_it() {
        let mut plan = Plan::new("a", Language::En);
        let mut h = History::new(&plan);
        for v in [1.0, 2.0, 3.0] {
            plan.time.weekly_budget_hours = v;
            h.observe(&plan, true);
        }
        h.observe(&plan, false);
        assert!(h.undo(&mut plan));
        assert_eq!(plan.time.weekly_budget_hours, 4.0);
        assert!(!h.undo(&mut plan));
        assert!(h.redo(&mut plan));
        assert_eq!(plan.time.weekly_budget_hours, 3.0);
        assert!(!h.can_redo(&plan));
    }

    #[test]
    fn an_edit_after_undo_drops_the_redo_steps() {
        let mut plan = Plan::new("a", Language::En);
        let mut h = History::new(&plan);
        plan.notes = "one".into();
        h.observe(&plan, false);
        h.undo(&mut plan);
        plan.notes = "two".into();
        assert!(!h.redo(&mut plan));
        assert_eq!(plan.notes, "two");
        assert!(h.undo(&mut plan));
        assert_eq!(plan.notes, "");
    }

    #[test]
    fn an_unfinished_edit_can_be_undone() {
        let mut plan = Plan::new("a", Language::En);
        let mut h = History::new(&plan);
        plan.notes = "typing".into();
        h.observe(&plan, true);
        assert!(h.can_undo(&plan));
        assert!(h.undo(&mut plan));
        assert_eq!(plan.notes, "");
    }
}
