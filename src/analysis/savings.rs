//! Changes that save time, and the list of them that brings a plan back within budget while
//! keeping the method: never a slower answer than customers expect on a platform, only formats
//! it takes, shared work before fewer posts, and a platform left only when nothing else is
//! enough: the one whose loss costs least value per hour saved.

use crate::format;
use crate::model::{Catalogue, Choice, Goal, Language, Plan, PostFormat};

use super::cost::{choice_cost, cost_of};
use super::recommend::recommend;
use super::saving_of::Parts;

/// A platform serves a goal well from this goal fit on (docs/method.md).
pub const SERVES_WELL: f64 = 0.6;

#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// Adapt the posts of another chosen platform (its id and name) instead of making new ones.
    Reuse {
        from_id: String,
        from_name: String,
    },
    /// Answer within `to` hours instead of `from`; never slower than customers expect there.
    RelaxResponse {
        from: f64,
        to: f64,
    },
    LighterFormat {
        from: PostFormat,
        to: PostFormat,
    },
    FewerPosts {
        from: f64,
        to: f64,
    },
    /// Leave the platform; `only_for` names the goals no other chosen platform serves well.
    Drop {
        only_for: Vec<Goal>,
    },
}

impl Change {
    /// The order the method tries changes in: shared work first, leaving a platform last.
    fn phase(&self) -> u8 {
        match self {
            Change::Reuse { .. } => 0,
            Change::RelaxResponse { .. } => 1,
            Change::LighterFormat { .. } => 2,
            Change::FewerPosts { .. } => 3,
            Change::Drop { .. } => 4,
        }
    }

    pub fn is_drop(&self) -> bool {
        matches!(self, Change::Drop { .. })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Saving {
    pub platform_id: String,
    pub platform_name: String,
    pub change: Change,
    pub minutes_saved: f64,
}

impl Saving {
    /// "answering within 6 h instead of 4 h on Instagram saves 0.8 h a week".
    pub fn describe(&self, lang: Language) -> String {
        let p = &self.platform_name;
        let h = format::hours(self.minutes_saved, lang);
        let n = |v: f64| format::number(v, 1, lang);
        let text = match (&self.change, lang) {
            (Change::Reuse { from_name, .. }, Language::En) => {
                format!("adapting {from_name}'s posts for {p} instead of making new ones saves {h} a week")
            }
            (Change::Reuse { from_name, .. }, Language::Fr) => {
                format!(
                    "adapter les publications {} pour {p} au lieu d'en créer libère {h} par semaine",
                    format::de(from_name)
                )
            }
            (Change::RelaxResponse { from, to }, Language::En) => {
                format!("answering within {} h instead of {} h on {p} saves {h} a week", n(*to), n(*from))
            }
            (Change::RelaxResponse { from, to }, Language::Fr) => {
                format!("répondre sous {} h au lieu de {} h sur {p} libère {h} par semaine", n(*to), n(*from))
            }
            (Change::FewerPosts { from, to }, Language::En) => {
                let times = if *to == 1.0 { "once".to_owned() } else { format!("{} times", n(*to)) };
                format!("posting {times} a week instead of {} on {p} saves {h} a week", n(*from))
            }
            (Change::FewerPosts { from, to }, Language::Fr) => {
                format!(
                    "publier {} fois par semaine au lieu de {} sur {p} libère {h} par semaine",
                    n(*to),
                    n(*from)
                )
            }
            (Change::LighterFormat { from, to }, Language::En) => format!(
                "posting {} instead of {} on {p} saves {h} a week",
                to.label(lang).to_lowercase(),
                from.label(lang).to_lowercase()
            ),
            (Change::LighterFormat { from, to }, Language::Fr) => format!(
                "publier en {} plutôt qu'en {} sur {p} libère {h} par semaine",
                to.label(lang).to_lowercase(),
                from.label(lang).to_lowercase()
            ),
            (Change::Drop { only_for }, _) => {
                let mut text = lang.pick(
                    format!("quitter {p} libère {h} par semaine"),
                    format!("leaving {p} saves {h} a week"),
                );
                if !only_for.is_empty() {
                    let goals: Vec<String> = only_for.iter().map(|g| g.label(lang).to_lowercase()).collect();
                    text += &lang.pick(
                        format!(
                            " ; mais c'est la seule plateforme choisie qui sert bien : {}",
                            goals.join(", ")
                        ),
                        format!("; but it is the only chosen platform that serves {} well", goals.join(", ")),
                    );
                }
                text
            }
        };
        format::typography(&text, lang)
    }
}

/// Formats from the heaviest to the lightest to make.
fn lighter(format: PostFormat) -> Option<PostFormat> {
    match format {
        PostFormat::LongVideo => Some(PostFormat::ShortVideo),
        PostFormat::ShortVideo => Some(PostFormat::Image),
        PostFormat::Image => Some(PostFormat::Text),
        PostFormat::Text => None,
    }
}

/// How much making a post of this format asks: a post can be adapted into a lighter format
/// (a video into a picture, a caption into a text), not into a heavier one.
pub(crate) fn weight(format: PostFormat) -> u8 {
    match format {
        PostFormat::Text => 0,
        PostFormat::Image => 1,
        PostFormat::ShortVideo => 2,
        PostFormat::LongVideo => 3,
    }
}

/// The changes the method allows on each choice, each on its own.
pub(super) fn candidate_changes(
    plan: &Plan,
    catalogue: &Catalogue,
    choices: &[Choice],
) -> Vec<(usize, Change)> {
    let mut out = Vec::new();
    for (i, choice) in choices.iter().enumerate() {
        let platform = plan.platform(catalogue, &choice.platform);
        let is_source = choices.iter().any(|c| c.reuse_from.as_deref() == Some(choice.platform.as_str()));
        if choice.reuse_from.is_none() && !is_source {
            // The source that covers most of its posts: the one posting most, first in the plan.
            let source = choices
                .iter()
                .filter(|s| {
                    s.platform != choice.platform
                        && s.reuse_from.is_none()
                        && s.posts_per_week > 0.0
                        && weight(choice.format) <= weight(s.format)
                })
                .fold(None::<&Choice>, |best, s| match best {
                    Some(b) if b.posts_per_week >= s.posts_per_week => Some(b),
                    _ => Some(s),
                });
            if let Some(source) = source {
                let from_name = plan
                    .platform(catalogue, &source.platform)
                    .map_or(source.platform.clone(), |p| p.name.clone());
                out.push((i, Change::Reuse { from_id: source.platform.clone(), from_name }));
            }
        }
        // Never slower than customers expect there: the catalogue's expected answer time.
        let expected = platform.map_or(24.0, |p| p.figures.expected_response_hours);
        if expected > choice.response_target_hours {
            out.push((i, Change::RelaxResponse { from: choice.response_target_hours, to: expected }));
        }
        // An override of minutes per post holds for every format: changing format saves nothing.
        if choice.minutes_per_post.is_none() {
            let mut to = lighter(choice.format);
            while let Some(f) = to {
                if platform.is_none_or(|p| p.takes(f)) {
                    break;
                }
                to = lighter(f);
            }
            // A platform whose posts others adapt keeps a format they can be adapted from.
            let needed = choices
                .iter()
                .filter(|c| c.reuse_from.as_deref() == Some(choice.platform.as_str()))
                .map(|c| weight(c.format))
                .max()
                .unwrap_or(0);
            if let Some(to) = to.filter(|to| weight(*to) >= needed) {
                out.push((i, Change::LighterFormat { from: choice.format, to }));
            }
        }
        let usual = platform.map(|p| p.figures.posts_per_week);
        let fewer = match usual {
            Some(usual) if choice.posts_per_week > usual => usual,
            _ if choice.posts_per_week >= 2.0 => (choice.posts_per_week / 2.0).round(),
            _ => choice.posts_per_week,
        };
        if fewer < choice.posts_per_week {
            out.push((i, Change::FewerPosts { from: choice.posts_per_week, to: fewer }));
        }
        out.push((i, Change::Drop { only_for: Vec::new() }));
    }
    out
}

impl Saving {
    /// Makes the change in the plan's current scenario, as the owner would by hand. False when
    /// the platform is no longer chosen there (the advice is from an older plan).
    pub fn apply_to(&self, plan: &mut Plan) -> bool {
        let choices = plan.current_choices_mut();
        let Some(index) = choices.iter().position(|c| c.platform == self.platform_id) else { return false };
        *choices = apply(choices, index, &self.change);
        true
    }
}

/// The choices after one change. A platform left takes its reuse away from those adapting it.
pub(super) fn apply(choices: &[Choice], index: usize, change: &Change) -> Vec<Choice> {
    let mut next = choices.to_vec();
    match change {
        Change::Reuse { from_id, .. } => next[index].reuse_from = Some(from_id.clone()),
        Change::RelaxResponse { to, .. } => next[index].response_target_hours = *to,
        Change::FewerPosts { to, .. } => next[index].posts_per_week = *to,
        Change::LighterFormat { to, .. } => next[index].format = *to,
        Change::Drop { .. } => {
            let gone = next.remove(index).platform;
            for c in &mut next {
                if c.reuse_from.as_deref() == Some(gone.as_str()) {
                    c.reuse_from = None;
                }
            }
        }
    }
    next
}

/// Every single change the method allows and what it saves, largest saving first; changes that
/// save nothing are left out.
pub fn savings(plan: &Plan, catalogue: &Catalogue) -> Vec<Saving> {
    let choices = plan.current_choices();
    let before = cost_of(plan, catalogue, choices).total();
    let mut out: Vec<Saving> = candidate_changes(plan, catalogue, choices)
        .into_iter()
        .filter_map(|(i, change)| {
            let after = cost_of(plan, catalogue, &apply(choices, i, &change)).total();
            let saved = before - after;
            (saved > 0.5).then(|| Saving {
                platform_id: choices[i].platform.clone(),
                platform_name: choice_cost(plan, catalogue, &choices[i]).platform_name,
                change,
                minutes_saved: saved,
            })
        })
        .collect();
    out.sort_by(|a, b| b.minutes_saved.total_cmp(&a.minutes_saved));
    out
}

/// The goals of the plan that no chosen platform but `index` serves well.
fn only_served_by(plan: &Plan, catalogue: &Catalogue, choices: &[Choice], index: usize) -> Vec<Goal> {
    let fit =
        |c: &Choice, g: Goal| plan.platform(catalogue, &c.platform).map_or(0.0, |p| p.goal_fit.for_goal(g));
    plan.audience
        .goals
        .iter()
        .copied()
        .filter(|&g| {
            fit(&choices[index], g) >= SERVES_WELL
                && choices.iter().enumerate().all(|(j, c)| j == index || fit(c, g) < SERVES_WELL)
        })
        .collect()
}

/// The list of changes that, made in order, bring the plan back within its budget.
///
/// Shared work first (adapting posts), then slower answers but never slower than customers
/// expect there, then lighter formats the platform takes, then fewer posts; each round takes the
/// biggest saving of the earliest kind that still saves. Only when none is left does it leave a
/// platform: the one whose ranking score per hour saved is lowest, saying when it alone serves a
/// goal; then it starts again without that platform, so no step is made on a platform that is
/// left and no cut is kept that leaving made needless. Each step's saving is measured after the
/// ones before it, so they add up. Empty within budget.
pub fn bring_back_within_budget(plan: &Plan, catalogue: &Catalogue) -> Vec<Saving> {
    let budget = plan.budget_hours() * 60.0;
    let ranking = recommend(plan, catalogue);
    let score = |id: &str| ranking.iter().find(|r| r.platform_id == id).map_or(0.0, |r| r.score);
    let mut drops: Vec<(String, Change)> = Vec::new();
    let original = plan.current_choices().to_vec();
    if cost_of(plan, catalogue, &original).total() <= budget + 0.5 {
        return Vec::new();
    }
    let mut current = original.clone();
    loop {
        let (_, choices) = keep_every_platform(plan, catalogue, &current, budget);
        let now = cost_of(plan, catalogue, &choices).total();
        if now <= budget + 0.5 || choices.is_empty() {
            break;
        }
        // Least value lost per hour saved; ties to the plan's order.
        let parts = Parts::new(plan, catalogue, &choices);
        let leave = (0..choices.len())
            .map(|i| {
                let saved = parts.saving(i, &Change::Drop { only_for: Vec::new() });
                (i, score(&choices[i].platform) / saved.max(1e-9))
            })
            .min_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)))
            .map(|(i, _)| i);
        let Some(i) = leave else { break };
        let only_for = only_served_by(plan, catalogue, &choices, i);
        drops.push((choices[i].platform.clone(), Change::Drop { only_for }));
        current = apply(&choices, i, &Change::Drop { only_for: Vec::new() });
    }
    // Start again from the plan without the platforms left, so that no cut is kept that
    // leaving them made needless, and no step is made on a platform that is left.
    let mut base = original;
    for (id, _) in &drops {
        if let Some(i) = base.iter().position(|c| &c.platform == id) {
            base = apply(&base, i, &Change::Drop { only_for: Vec::new() });
        }
    }
    let (steps, _) = keep_every_platform(plan, catalogue, &base, budget);
    replay(plan, catalogue, drops.into_iter().chain(steps).collect())
}

/// The changes that keep every platform, in the method's order, until the plan fits or none is
/// left; with the choices they lead to.
fn keep_every_platform(
    plan: &Plan,
    catalogue: &Catalogue,
    start: &[Choice],
    budget: f64,
) -> (Vec<(String, Change)>, Vec<Choice>) {
    let mut steps = Vec::new();
    let mut choices = start.to_vec();
    // Each step changes the plan for good, so this ends; the bound only guards the unforeseen.
    for _ in 0..500 {
        let now = cost_of(plan, catalogue, &choices).total();
        if now <= budget + 0.5 {
            break;
        }
        let changes = candidate_changes(plan, catalogue, &choices);
        let parts = Parts::new(plan, catalogue, &choices);
        // The earliest kind that still saves wins, so a later kind is measured only when no
        // change of the kinds before it saves anything. Of that kind, the biggest saving; equal
        // ones (to a billionth of a minute) go to the plan's order.
        let best = (0..Change::Drop { only_for: Vec::new() }.phase()).find_map(|phase| {
            let saved: Vec<(usize, &Change, f64)> = changes
                .iter()
                .filter(|(_, c)| c.phase() == phase)
                .map(|(i, change)| (*i, change, parts.saving(*i, change)))
                .filter(|(_, _, saved)| *saved > 0.5)
                .collect();
            let top = saved.iter().map(|s| s.2).fold(f64::NEG_INFINITY, f64::max);
            saved.into_iter().filter(|s| s.2 >= top - 1e-9).min_by_key(|s| s.0)
        });
        let Some((index, change, _)) = best else { break };
        let change = change.clone();
        steps.push((choices[index].platform.clone(), change.clone()));
        choices = apply(&choices, index, &change);
    }
    (steps, choices)
}

/// Replays the steps from the plan as it is, measuring each one's saving and merging steps of
/// the same kind on the same platform ("within 8 h instead of 4 h").
fn replay(plan: &Plan, catalogue: &Catalogue, steps: Vec<(String, Change)>) -> Vec<Saving> {
    let mut choices = plan.current_choices().to_vec();
    let mut out: Vec<Saving> = Vec::new();
    for (id, change) in steps {
        let Some(index) = choices.iter().position(|c| c.platform == id) else { continue };
        let before = cost_of(plan, catalogue, &choices).total();
        let name = plan.platform(catalogue, &id).map_or_else(|| id.clone(), |p| p.name.clone());
        choices = apply(&choices, index, &change);
        let saved = before - cost_of(plan, catalogue, &choices).total();
        let same = out.iter_mut().find(|s| {
            s.platform_id == id && std::mem::discriminant(&s.change) == std::mem::discriminant(&change)
        });
        match (same, change) {
            (Some(step), Change::RelaxResponse { to, .. }) => {
                if let Change::RelaxResponse { to: last, .. } = &mut step.change {
                    *last = to;
                }
                step.minutes_saved += saved;
            }
            (Some(step), Change::FewerPosts { to, .. }) => {
                if let Change::FewerPosts { to: last, .. } = &mut step.change {
                    *last = to;
                }
                step.minutes_saved += saved;
            }
            (Some(step), Change::LighterFormat { to, .. }) => {
                if let Change::LighterFormat { to: last, .. } = &mut step.change {
                    *last = to;
                }
                step.minutes_saved += saved;
            }
            (_, change) => {
                out.push(Saving { platform_id: id, platform_name: name, change, minutes_saved: saved })
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::cost;

    fn plan_of(ids: &[(&str, f64)], budget: f64) -> Plan {
        let catalogue = Catalogue::built_in();
        let mut plan = Plan::new("Bakery", Language::En);
        plan.time.weekly_budget_hours = budget;
        plan.time.closes = crate::model::Clock::hm(19, 0);
        plan.time.open_days = crate::model::Weekday::first(6);
        plan.audience.goals = vec![Goal::Notoriety, Goal::CustomerService];
        for (id, target) in ids {
            let mut choice = Choice::with_defaults(catalogue.get(id).unwrap());
            choice.response_target_hours = *target;
            plan.current_choices_mut().push(choice);
        }
        plan
    }

    fn steps_of(plan: &Plan) -> Vec<Saving> {
        bring_back_within_budget(plan, Catalogue::built_in())
    }

    #[test]
    fn the_steps_really_bring_the_plan_back_and_add_up() {
        let plan = plan_of(&[("instagram", 1.0), ("facebook", 1.0), ("x", 1.0)], 3.0);
        let catalogue = Catalogue::built_in();
        let steps = steps_of(&plan);
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
    fn never_slower_than_customers_expect_unless_already_slower() {
        let catalogue = Catalogue::built_in();
        // Instagram's customers expect 6 h; a 4 h promise may become 6 h at most, never 8 or 48.
        let plan = plan_of(&[("instagram", 4.0), ("facebook", 4.0)], 0.5);
        for s in steps_of(&plan) {
            if let Change::RelaxResponse { to, .. } = s.change {
                let expected = catalogue.get(&s.platform_id).unwrap().figures.expected_response_hours;
                assert!(to <= expected, "{s:?}");
            }
        }
        // An owner who already answers in 48 h on X (1 h expected) is not pushed further.
        let plan = plan_of(&[("x", 48.0)], 0.1);
        assert!(!steps_of(&plan).iter().any(|s| matches!(s.change, Change::RelaxResponse { .. })));
    }

    #[test]
    fn only_formats_the_platform_takes() {
        let catalogue = Catalogue::built_in();
        let mut plan = plan_of(&[("youtube", 48.0), ("tiktok", 24.0)], 0.2);
        plan.current_choices_mut()[0].format = PostFormat::LongVideo;
        for s in savings(&plan, catalogue).iter().chain(&steps_of(&plan)) {
            if let Change::LighterFormat { to, .. } = s.change {
                assert!(catalogue.get(&s.platform_id).unwrap().takes(to), "{s:?}");
            }
        }
        // YouTube's lighter format is the short video; TikTok has none lighter that it takes.
        let all = savings(&plan, catalogue);
        assert!(all.iter().any(|s| s.platform_id == "youtube"
            && s.change
                == Change::LighterFormat { from: PostFormat::LongVideo, to: PostFormat::ShortVideo }));
        assert!(
            !all.iter()
                .any(|s| s.platform_id == "tiktok" && matches!(s.change, Change::LighterFormat { .. }))
        );
    }

    #[test]
    fn reuse_comes_before_fewer_posts() {
        let plan = plan_of(&[("instagram", 6.0), ("facebook", 6.0)], 6.0);
        let steps = steps_of(&plan);
        let first_cut = steps.iter().position(|s| matches!(s.change, Change::FewerPosts { .. }));
        let reuse = steps.iter().position(|s| matches!(s.change, Change::Reuse { .. }));
        assert!(reuse.is_some(), "{steps:?}");
        if let Some(cut) = first_cut {
            assert!(reuse.unwrap() < cut, "{steps:?}");
        }
    }

    #[test]
    fn the_platform_left_is_the_one_worth_least_per_hour_and_goals_are_named() {
        let catalogue = Catalogue::built_in();
        let mut plan =
            plan_of(&[("instagram", 6.0), ("facebook", 6.0), ("tumblr", 48.0), ("linkedin", 24.0)], 3.0);
        plan.products.push(crate::model::Product::new("Cakes", 0.1, 0.9));
        let steps = steps_of(&plan);
        let drops: Vec<&Saving> = steps.iter().filter(|s| s.change.is_drop()).collect();
        assert!(!drops.is_empty(), "{steps:?}");
        // The first platform left brings least per hour among those there were, once every
        // change that keeps them all was made.
        let ranking = recommend(&plan, catalogue);
        let score = |id: &str| ranking.iter().find(|r| r.platform_id == id).unwrap().score;
        let (_, kept) = keep_every_platform(&plan, catalogue, plan.current_choices(), 180.0);
        let now = cost_of(&plan, catalogue, &kept).total();
        let ratio = |id: &str| {
            let i = kept.iter().position(|c| c.platform == id).unwrap();
            score(id)
                / (now
                    - cost_of(&plan, catalogue, &apply(&kept, i, &Change::Drop { only_for: vec![] })).total())
        };
        for other in ["instagram", "facebook", "tumblr", "linkedin"] {
            assert!(ratio(&drops[0].platform_id) <= ratio(other) + 1e-12, "{other}: {steps:?}");
        }
        // Not the costliest: the most expensive platform is not the first to go.
        let costliest = crate::analysis::cost(&plan, catalogue).costliest()[0].platform_id.clone();
        assert_ne!(drops[0].platform_id, costliest, "{steps:?}");
        // A plan where one platform alone serves customer service says so when it must go.
        let mut plan = plan_of(&[("whatsapp", 2.0), ("pinterest", 48.0)], 0.0);
        plan.audience.goals = vec![Goal::CustomerService];
        let steps = bring_back_within_budget(&plan, catalogue);
        let wa = steps.iter().find(|s| s.platform_id == "whatsapp" && s.change.is_drop()).unwrap();
        assert_eq!(wa.change, Change::Drop { only_for: vec![Goal::CustomerService] });
        assert!(wa.describe(Language::En).contains("only chosen platform"), "{}", wa.describe(Language::En));
    }

    #[test]
    fn no_step_on_a_platform_that_is_left() {
        for budget in [0.0, 0.5, 1.0, 2.0] {
            let plan = plan_of(&[("instagram", 2.0), ("facebook", 2.0), ("x", 1.0), ("tiktok", 8.0)], budget);
            let steps = steps_of(&plan);
            for drop in steps.iter().filter(|s| s.change.is_drop()) {
                let others = steps.iter().filter(|s| s.platform_id == drop.platform_id).count();
                assert_eq!(others, 1, "{steps:?}");
                assert!(!steps.iter().any(
                    |s| matches!(&s.change, Change::Reuse { from_id, .. } if *from_id == drop.platform_id)
                ));
            }
            assert!(steps.iter().all(|s| s.minutes_saved > 0.0), "{steps:?}");
        }
    }

    #[test]
    fn a_platform_whose_posts_are_adapted_keeps_a_format_they_come_from() {
        let mut plan = plan_of(&[("instagram", 6.0), ("facebook", 6.0)], 0.5);
        plan.current_choices_mut()[0].reuse_from = Some("facebook".into());
        for s in savings(&plan, Catalogue::built_in()).iter().chain(&steps_of(&plan)) {
            let lighter_source = s.platform_id == "facebook"
                && matches!(s.change, Change::LighterFormat { to, .. } if weight(to) < weight(PostFormat::Image));
            assert!(!lighter_source, "{s:?}");
        }
    }

    #[test]
    fn nothing_to_propose_within_budget() {
        let plan = plan_of(&[("instagram", 6.0)], 100.0);
        assert!(steps_of(&plan).is_empty());
    }

    #[test]
    fn steps_read_in_the_plan_language() {
        let step = Saving {
            platform_id: "instagram".into(),
            platform_name: "Instagram".into(),
            change: Change::RelaxResponse { from: 4.0, to: 6.0 },
            minutes_saved: 45.0,
        };
        assert_eq!(
            step.describe(Language::En),
            "answering within 6 h instead of 4 h on Instagram saves 0.8 h a week"
        );
        assert_eq!(
            step.describe(Language::Fr),
            "répondre sous 6 h au lieu de 4 h sur Instagram libère 0,8 h par semaine"
        );
    }
}
