//! Changes that save time, and the shortest list of them that brings a plan back within budget.

use crate::model::{Catalogue, Choice, Language, Plan, PostFormat};

use super::cost::{choice_cost, cost};

/// Response targets an owner can promise, in hours: each step relaxes the previous one.
const RESPONSE_STEPS: [f64; 6] = [1.0, 2.0, 4.0, 8.0, 24.0, 48.0];

#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// Answer within `to` hours instead of `from`.
    RelaxResponse {
        from: f64,
        to: f64,
    },
    FewerPosts {
        from: f64,
        to: f64,
    },
    LighterFormat {
        from: PostFormat,
        to: PostFormat,
    },
    /// Leave the platform.
    Drop,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Saving {
    pub platform_id: String,
    pub platform_name: String,
    pub change: Change,
    pub minutes_saved: f64,
}

impl Saving {
    /// "answering within 4 h instead of 1 h on Instagram saves 2.5 h a week".
    pub fn describe(&self, lang: Language) -> String {
        let p = &self.platform_name;
        let h = format_hours(self.minutes_saved);
        match (&self.change, lang) {
            (Change::RelaxResponse { from, to }, Language::En) => {
                format!("answering within {} h instead of {} h on {p} saves {h} a week", num(*to), num(*from))
            }
            (Change::RelaxResponse { from, to }, Language::Fr) => {
                format!(
                    "répondre sous {} h au lieu de {} h sur {p} libère {h} par semaine",
                    num(*to),
                    num(*from)
                )
            }
            (Change::FewerPosts { from, to }, Language::En) => {
                let times = if *to == 1.0 { "once".to_owned() } else { format!("{} times", num(*to)) };
                format!("posting {times} a week instead of {} on {p} saves {h} a week", num(*from))
            }
            (Change::FewerPosts { from, to }, Language::Fr) => {
                format!(
                    "publier {} fois par semaine au lieu de {} sur {p} libère {h} par semaine",
                    num(*to),
                    num(*from)
                )
            }
            (Change::LighterFormat { from, to }, _) => match lang {
                Language::En => format!(
                    "posting {} instead of {} on {p} saves {h} a week",
                    to.label(lang).to_lowercase(),
                    from.label(lang).to_lowercase()
                ),
                Language::Fr => format!(
                    "publier en {} plutôt qu'en {} sur {p} libère {h} par semaine",
                    to.label(lang).to_lowercase(),
                    from.label(lang).to_lowercase()
                ),
            },
            (Change::Drop, Language::En) => format!("leaving {p} saves {h} a week"),
            (Change::Drop, Language::Fr) => format!("quitter {p} libère {h} par semaine"),
        }
    }
}

/// Hours with at most one decimal, without a trailing ".0": "2.5 h", "3 h".
pub fn format_hours(minutes: f64) -> String {
    // Through the one formatter, which never shows "-0 h" (an empty plan's sum is -0.0).
    format!("{} h", num(minutes / 60.0))
}

fn num(v: f64) -> String {
    crate::format::number(v, 1, crate::model::Language::En)
}

/// The changes one could make to each choice, each on its own, with what it saves.
fn candidate_changes(plan: &Plan, catalogue: &Catalogue) -> Vec<(usize, Change)> {
    let mut out = Vec::new();
    for (i, choice) in plan.choices.iter().enumerate() {
        if let Some(&to) = RESPONSE_STEPS.iter().find(|&&s| s > choice.response_target_hours) {
            out.push((i, Change::RelaxResponse { from: choice.response_target_hours, to }));
        }
        let usual = plan.platform(catalogue, &choice.platform).map(|p| p.figures.posts_per_week);
        let fewer = match usual {
            Some(usual) if choice.posts_per_week > usual => usual,
            _ if choice.posts_per_week >= 2.0 => (choice.posts_per_week / 2.0).round(),
            _ => choice.posts_per_week,
        };
        if fewer < choice.posts_per_week {
            out.push((i, Change::FewerPosts { from: choice.posts_per_week, to: fewer }));
        }
        let lighter = match choice.format {
            PostFormat::LongVideo => Some(PostFormat::ShortVideo),
            PostFormat::ShortVideo => Some(PostFormat::Image),
            _ => None,
        };
        // An override of minutes per post holds for every format: changing format saves nothing.
        if let (Some(to), None) = (lighter, choice.minutes_per_post) {
            out.push((i, Change::LighterFormat { from: choice.format, to }));
        }
        out.push((i, Change::Drop));
    }
    out
}

fn apply_to_choice(choice: &mut Choice, change: &Change) {
    match change {
        Change::RelaxResponse { to, .. } => choice.response_target_hours = *to,
        Change::FewerPosts { to, .. } => choice.posts_per_week = *to,
        Change::LighterFormat { to, .. } => choice.format = *to,
        Change::Drop => {}
    }
}

fn apply(plan: &mut Plan, index: usize, change: &Change) {
    match change {
        Change::Drop => {
            plan.choices.remove(index);
        }
        _ => apply_to_choice(&mut plan.choices[index], change),
    }
}

/// Every single change and what it saves, largest saving first; changes that save nothing
/// are left out. Choices cost independently of each other, so each change is measured on its
/// own choice alone, without copying the plan.
pub fn savings(plan: &Plan, catalogue: &Catalogue) -> Vec<Saving> {
    let mut out: Vec<Saving> = candidate_changes(plan, catalogue)
        .into_iter()
        .filter_map(|(i, change)| {
            let choice = &plan.choices[i];
            let before = choice_cost(plan, catalogue, choice);
            let after = match &change {
                Change::Drop => 0.0,
                _ => {
                    let mut changed = choice.clone();
                    apply_to_choice(&mut changed, &change);
                    choice_cost(plan, catalogue, &changed).total()
                }
            };
            let saved = before.total() - after;
            (saved > 0.5).then(|| Saving {
                platform_id: choice.platform.clone(),
                platform_name: before.platform_name,
                change,
                minutes_saved: saved,
            })
        })
        .collect();
    out.sort_by(|a, b| b.minutes_saved.total_cmp(&a.minutes_saved));
    out
}

/// A short list of changes that, made together, bring the plan back within its budget.
///
/// Keeps every platform where it can: it takes the biggest saving that keeps the platform,
/// one at a time, and only proposes leaving a platform when that is not enough. Each saving
/// is measured after the ones before it, so they add up. Empty when the plan is within budget.
pub fn bring_back_within_budget(plan: &Plan, catalogue: &Catalogue) -> Vec<Saving> {
    let mut current = plan.clone();
    let mut steps = Vec::new();
    // Each step changes the plan for good, so this ends; the bound only guards the unforeseen.
    for _ in 0..500 {
        let cost_now = cost(&current, catalogue);
        if cost_now.over_by() <= 0.5 {
            return steps;
        }
        let options = savings(&current, catalogue);
        let best = options
            .iter()
            .find(|s| s.change != Change::Drop)
            .or_else(|| options.iter().find(|s| s.change == Change::Drop));
        let Some(best) = best.cloned() else { return steps };
        let Some(index) = current.choices.iter().position(|c| c.platform == best.platform_id) else {
            return steps;
        };
        apply(&mut current, index, &best.change);
        merge_or_push(&mut steps, best);
    }
    steps
}

/// Two steps of the same kind on the same platform read as one: "within 4 h instead of 1 h".
fn merge_or_push(steps: &mut Vec<Saving>, next: Saving) {
    let same = steps.iter_mut().find(|s| {
        s.platform_id == next.platform_id
            && std::mem::discriminant(&s.change) == std::mem::discriminant(&next.change)
    });
    let Some(step) = same else {
        steps.push(next);
        return;
    };
    step.minutes_saved += next.minutes_saved;
    match (&mut step.change, next.change) {
        (Change::RelaxResponse { to, .. }, Change::RelaxResponse { to: new_to, .. })
        | (Change::FewerPosts { to, .. }, Change::FewerPosts { to: new_to, .. }) => *to = new_to,
        (Change::LighterFormat { to, .. }, Change::LighterFormat { to: new_to, .. }) => *to = new_to,
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn over_budget_plan() -> Plan {
        let catalogue = Catalogue::built_in();
        let mut plan = Plan::new("Bakery", Language::En);
        plan.time.weekly_budget_hours = 3.0;
        plan.time.open_hours_per_day = 10.0;
        plan.time.open_days_per_week = 6;
        for id in ["instagram", "facebook", "x"] {
            let mut choice = Choice::with_defaults(catalogue.get(id).unwrap());
            choice.response_target_hours = 1.0;
            plan.choices.push(choice);
        }
        plan
    }

    #[test]
    fn relaxing_a_one_hour_promise_is_the_biggest_single_saving_kept() {
        let plan = over_budget_plan();
        let all = savings(&plan, Catalogue::built_in());
        let first_kept = all.iter().find(|s| s.change != Change::Drop).unwrap();
        assert!(matches!(first_kept.change, Change::RelaxResponse { from: 1.0, to: 2.0 }), "{first_kept:?}");
        assert!(all.windows(2).all(|w| w[0].minutes_saved >= w[1].minutes_saved));
        let text = first_kept.describe(Language::En);
        assert!(text.starts_with("answering within 2 h instead of 1 h on"), "{text}");
    }

    #[test]
    fn the_proposed_changes_really_bring_the_plan_back() {
        let plan = over_budget_plan();
        let catalogue = Catalogue::built_in();
        let steps = bring_back_within_budget(&plan, catalogue);
        assert!(!steps.is_empty());
        let saved: f64 = steps.iter().map(|s| s.minutes_saved).sum();
        let over = cost(&plan, catalogue).over_by();
        assert!(saved + 0.5 >= over, "saved {saved} of {over}");
        // One line per platform and kind of change, not a staircase of small steps.
        for (i, a) in steps.iter().enumerate() {
            for b in &steps[i + 1..] {
                let same_kind = std::mem::discriminant(&a.change) == std::mem::discriminant(&b.change);
                assert!(!(a.platform_id == b.platform_id && same_kind), "{a:?} / {b:?}");
            }
        }
    }

    #[test]
    fn nothing_to_propose_within_budget() {
        let mut plan = over_budget_plan();
        plan.time.weekly_budget_hours = 100.0;
        assert!(bring_back_within_budget(&plan, Catalogue::built_in()).is_empty());
    }

    #[test]
    fn hours_are_written_briefly() {
        assert_eq!(format_hours(150.0), "2.5 h");
        assert_eq!(format_hours(180.0), "3 h");
        assert_eq!(format_hours(0.0), "0 h");
    }
}
