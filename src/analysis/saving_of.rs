//! What one change to the chosen platforms saves, measured on the parts of the week it touches
//! (its own posts, the posts adapted from it, its inbox, the planning session) rather than by
//! costing the whole plan again: the advice weighs every change of every round this way. The
//! formulas are the cost model's own (`cost.rs`); a test checks both agree on every change.

use crate::model::{Catalogue, Choice, Figures, Plan, Platform};

use super::cost::{
    PLANNING_SESSION_MINUTES, checks_per_day, creation_minutes, inbox_extra_minutes, inbox_key,
    inbox_minutes, replies_per_week,
};
use super::savings::Change;

/// The chosen platforms with what their cost depends on, looked up once.
pub(super) struct Parts<'a> {
    catalogue: &'a Catalogue,
    choices: &'a [Choice],
    platforms: Vec<Option<&'a Platform>>,
    generic: Figures,
    /// Each choice's inbox: its group's, or its own.
    keys: Vec<String>,
    /// The choice each one adapts its posts from, if any.
    source: Vec<Option<usize>>,
    /// Choices that take the planning session's share (no planning time of their own).
    free: usize,
    open_days: f64,
    open_hours: f64,
}

impl<'a> Parts<'a> {
    pub(super) fn new(plan: &'a Plan, catalogue: &'a Catalogue, choices: &'a [Choice]) -> Self {
        let platforms: Vec<Option<&Platform>> =
            choices.iter().map(|c| plan.platform(catalogue, &c.platform)).collect();
        let keys = choices.iter().zip(&platforms).map(|(c, p)| inbox_key(*p, &c.platform)).collect();
        let source = choices
            .iter()
            .map(|c| c.reuse_from.as_deref().and_then(|src| choices.iter().position(|s| s.platform == src)))
            .collect();
        Parts {
            catalogue,
            choices,
            platforms,
            generic: Figures::default(),
            keys,
            source,
            free: choices.iter().filter(|c| c.planning_minutes_per_week.is_none()).count(),
            open_days: f64::from(plan.time.open_days_per_week()),
            open_hours: plan.time.open_hours_per_day(),
        }
    }

    fn figures(&self, j: usize) -> &Figures {
        self.platforms[j].map_or(&self.generic, |p| &p.figures)
    }

    fn creation(&self, j: usize, choice: &Choice, source_posts: Option<f64>) -> f64 {
        creation_minutes(choice, self.figures(j), source_posts)
    }

    fn source_posts(&self, j: usize) -> Option<f64> {
        self.source[j].map(|s| self.choices[s].posts_per_week)
    }

    /// Minutes watching the inbox of choice `i`, with its target replaced by `target` when
    /// given, or without it when `without`.
    fn watching(&self, i: usize, target: Option<f64>, without: bool) -> f64 {
        let (mut looks, mut longest, mut members) = (0.0f64, 0.0f64, 0usize);
        for j in (0..self.choices.len()).filter(|&j| self.keys[j] == self.keys[i]) {
            if j == i && without {
                continue;
            }
            let hours = if j == i {
                target.unwrap_or(self.choices[j].response_target_hours)
            } else {
                self.choices[j].response_target_hours
            };
            looks = looks.max(checks_per_day(hours, self.open_hours));
            longest = longest.max(self.figures(j).minutes_per_check);
            members += 1;
        }
        let group = self.keys[i].strip_prefix("inbox:").filter(|_| members > 1);
        let extra = group.map_or(0.0, |g| inbox_extra_minutes(self.catalogue, g));
        if members == 0 { 0.0 } else { inbox_minutes(looks, self.open_days, longest, extra, members) }
    }

    /// Minutes a week the change to choice `i` saves (negative if it costs more).
    pub(super) fn saving(&self, i: usize, change: &Change) -> f64 {
        let c = &self.choices[i];
        let own = self.creation(i, c, self.source_posts(i));
        let adapting = || (0..self.choices.len()).filter(move |&j| j != i && self.source[j] == Some(i));
        match change {
            Change::Reuse { from_id, .. } => {
                let from = self.choices.iter().find(|s| s.platform == *from_id).map(|s| s.posts_per_week);
                own - self.creation(i, c, from)
            }
            Change::RelaxResponse { to, .. } => {
                self.watching(i, None, false) - self.watching(i, Some(*to), false)
            }
            Change::LighterFormat { to, .. } => {
                own - self.creation(i, &Choice { format: *to, ..c.clone() }, self.source_posts(i))
            }
            Change::FewerPosts { to, .. } => {
                let fewer = own
                    - self.creation(i, &Choice { posts_per_week: *to, ..c.clone() }, self.source_posts(i));
                fewer
                    + adapting()
                        .map(|j| {
                            let a = &self.choices[j];
                            self.creation(j, a, Some(c.posts_per_week)) - self.creation(j, a, Some(*to))
                        })
                        .sum::<f64>()
            }
            Change::Drop { .. } => {
                let f = self.figures(i);
                // Those adapting its posts make their own again.
                let orphans: f64 = adapting()
                    .map(|j| {
                        let a = &self.choices[j];
                        self.creation(j, a, Some(c.posts_per_week)) - self.creation(j, a, None)
                    })
                    .sum();
                let planning = match c.planning_minutes_per_week {
                    Some(own) => own,
                    None if self.free == 1 => f.planning_minutes_per_week + PLANNING_SESSION_MINUTES,
                    None => f.planning_minutes_per_week,
                };
                own + replies_per_week(c, f) * f.minutes_per_reply + orphans + self.watching(i, None, false)
                    - self.watching(i, None, true)
                    + planning
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::cost::cost_of;
    use crate::model::{Language, PostFormat};

    /// Every change the advice may weigh saves what costing the whole plan again says.
    fn agrees_with_the_whole_cost(plan: &Plan, catalogue: &Catalogue) {
        let choices = plan.current_choices();
        let before = cost_of(plan, catalogue, choices).total();
        let parts = Parts::new(plan, catalogue, choices);
        let mut changes = super::super::savings::candidate_changes(plan, catalogue, choices);
        // Also the changes the advice does not propose here, on sources and adapted platforms.
        for (i, c) in choices.iter().enumerate() {
            changes.push((i, Change::FewerPosts { from: c.posts_per_week, to: 0.5 }));
            changes.push((i, Change::LighterFormat { from: c.format, to: PostFormat::Text }));
            changes.push((i, Change::RelaxResponse { from: c.response_target_hours, to: 72.0 }));
        }
        assert!(changes.len() > choices.len());
        for (i, change) in changes {
            let after = cost_of(plan, catalogue, &super::super::savings::apply(choices, i, &change)).total();
            let saving = parts.saving(i, &change);
            assert!(
                (before - after - saving).abs() < 1e-9,
                "{}: {change:?} saves {} not {saving}",
                choices[i].platform,
                before - after
            );
        }
    }

    #[test]
    fn each_change_saves_what_the_whole_cost_says() {
        let catalogue = Catalogue::built_in();
        let saves = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("saves");
        for name in ["boulangerie.ron", "accounting-firm.ron", "menuiserie.ron"] {
            let plan = crate::storage::load(&saves.join(name), catalogue).unwrap();
            agrees_with_the_whole_cost(&plan, catalogue);
        }
        // Shared inboxes, adapted posts with more posts than their source, a source that takes
        // its own planning time, and a platform the catalogue does not know.
        let mut plan = Plan::new("Shop", Language::En);
        for id in ["instagram", "facebook", "threads", "whatsapp", "linkedin", "youtube"] {
            plan.current_choices_mut().push(Choice::with_defaults(catalogue.get(id).unwrap()));
        }
        let choices = plan.current_choices_mut();
        choices[1].reuse_from = Some("instagram".into());
        choices[1].posts_per_week = 6.0;
        choices[2].reuse_from = Some("instagram".into());
        choices[2].response_target_hours = 1.0;
        choices[0].planning_minutes_per_week = Some(20.0);
        choices[4].followers = Some(3000);
        choices[5].minutes_per_post = Some(200.0);
        let mut unknown = Choice::with_defaults(catalogue.get("x").unwrap());
        unknown.platform = "elsewhere".into();
        choices.push(unknown);
        agrees_with_the_whole_cost(&plan, catalogue);
        // One platform alone takes the whole planning session.
        let mut plan = Plan::new("Shop", Language::En);
        plan.current_choices_mut().push(Choice::with_defaults(catalogue.get("tiktok").unwrap()));
        agrees_with_the_whole_cost(&plan, catalogue);
    }
}
