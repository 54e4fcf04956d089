//! The weekly time cost of each chosen platform, split the way the work really falls:
//! making posts, answering, watching closely enough to answer in time, and planning; with the
//! work platforms share counted once (adapted posts, one inbox, one planning session).
//! docs/method.md gives the formulas, the figures behind them and how shared time is split.

use crate::format;
use crate::model::{Catalogue, Choice, Figures, Language, Plan, Platform};

/// One planning session a week for the whole plan (preparing, scheduling, reading the
/// statistics), before each platform's own increment: an estimate (docs/method.md).
pub const PLANNING_SESSION_MINUTES: f64 = 30.0;

/// Minutes per week for one choice.
#[derive(Clone, Debug, PartialEq)]
pub struct ChoiceCost {
    pub platform_id: String,
    pub platform_name: String,
    pub creation: f64,
    pub replies: f64,
    pub monitoring: f64,
    pub planning: f64,
    /// Looks at the platform (or at its shared inbox) needed each open day to keep the target.
    pub checks_per_day: f64,
    /// The inbox it shares with other chosen platforms, if any.
    pub inbox: Option<String>,
}

impl ChoiceCost {
    pub fn total(&self) -> f64 {
        self.creation + self.replies + self.monitoring + self.planning
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Within,
    Over,
}

impl Status {
    pub fn word(self) -> &'static str {
        match self {
            Status::Within => "within",
            Status::Over => "over",
        }
    }
}

/// Minutes a week that shared work saves, against costing each platform as if it were alone.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sharing {
    /// Adapting another platform's posts instead of making new ones.
    pub reuse: f64,
    /// Looking at one inbox for several platforms.
    pub inbox: f64,
    /// One planning session for the whole plan.
    pub planning: f64,
    /// The inboxes shared by two or more chosen platforms: (inbox id, platform names).
    pub shared_inboxes: Vec<(String, Vec<String>)>,
}

impl Sharing {
    pub fn total(&self) -> f64 {
        self.reuse + self.inbox + self.planning
    }

    /// "one Meta inbox and one planning session save 2.1 h a week"; None when nothing is shared.
    pub fn describe(&self, catalogue: &Catalogue, lang: Language) -> Option<String> {
        let mut parts: Vec<String> = Vec::new();
        if self.reuse > 0.5 {
            parts.push(lang.pick("les publications adaptées", "adapted posts").to_owned());
        }
        if self.inbox > 0.5 {
            for (id, _) in &self.shared_inboxes {
                let name = catalogue.inbox(id).map_or(id.as_str(), |i| i.name.get(lang));
                parts.push(lang.pick(format!("une seule boîte {name}"), format!("one {name} inbox")));
            }
        }
        if self.planning > 0.5 {
            parts.push(lang.pick("une seule séance de planification", "one planning session").to_owned());
        }
        if parts.is_empty() {
            return None;
        }
        let last = parts.pop().unwrap_or_default();
        let verb = if parts.is_empty() { "saves" } else { "save" };
        let list = if parts.is_empty() {
            last
        } else {
            format!("{} {} {last}", parts.join(", "), lang.pick("et", "and"))
        };
        let h = format::hours(self.total(), lang);
        let text = format::typography(
            &lang.pick(format!("{list} : {h} de moins par semaine"), format!("{list} {verb} {h} a week")),
            lang,
        );
        let mut chars = text.chars();
        Some(chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default())
    }
}

/// Minutes per week for the whole plan, against the owner's budget.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanCost {
    /// In the plan's order.
    pub choices: Vec<ChoiceCost>,
    pub budget_minutes: f64,
    pub sharing: Sharing,
}

impl PlanCost {
    pub fn total(&self) -> f64 {
        self.choices.iter().map(ChoiceCost::total).sum()
    }

    pub fn status(&self) -> Status {
        // A few seconds over is rounding, not a warning.
        if self.total() > self.budget_minutes + 0.5 { Status::Over } else { Status::Within }
    }

    /// Minutes over budget; 0 within it.
    pub fn over_by(&self) -> f64 {
        (self.total() - self.budget_minutes).max(0.0)
    }

    /// The choices, costliest first.
    pub fn costliest(&self) -> Vec<&ChoiceCost> {
        let mut sorted: Vec<&ChoiceCost> = self.choices.iter().collect();
        sorted.sort_by(|a, b| b.total().total_cmp(&a.total()));
        sorted
    }

    /// Sum of one part over all choices.
    pub fn sum(&self, part: impl Fn(&ChoiceCost) -> f64) -> f64 {
        self.choices.iter().map(part).sum()
    }
}

/// How many times a day the owner must look at a platform to answer within the target.
///
/// Targets are calendar hours, from the question to its answer. Looks happen while the business
/// is open: a target shorter than the open day needs a look at least once per target interval
/// (a 1-hour promise over a 10-hour day: 10 looks); a target of up to a day needs one look per
/// open day; a longer one, proportionally fewer (48 h: every other open day).
pub fn checks_per_day(response_target_hours: f64, open_hours_per_day: f64) -> f64 {
    let target = response_target_hours.max(0.05);
    if target < open_hours_per_day {
        (open_hours_per_day / target).ceil()
    } else if target <= 24.0 {
        1.0
    } else {
        24.0 / target
    }
}

/// Replies a week on one choice: the owner's own figure, else from the followers, else the
/// catalogue's figure for a young small-business account.
pub fn replies_per_week(choice: &Choice, figures: &Figures) -> f64 {
    choice.replies_per_week.unwrap_or_else(|| match choice.followers {
        Some(followers) => f64::from(followers) / 1000.0 * figures.replies_per_1000_followers,
        None => figures.replies_per_week,
    })
}

/// Minutes a week to make (or adapt) the posts of one choice. `source_posts` is how many posts
/// a week the platform it reuses from makes; posts beyond those are made new.
pub fn creation_minutes(choice: &Choice, figures: &Figures, source_posts: Option<f64>) -> f64 {
    let new_minutes =
        choice.minutes_per_post.unwrap_or_else(|| figures.minutes_per_post.for_format(choice.format));
    let adapted = source_posts.map_or(0.0, |s| s.min(choice.posts_per_week));
    let adapt_minutes = figures.adaptation_minutes.for_format(choice.format).min(new_minutes);
    adapted * adapt_minutes + (choice.posts_per_week - adapted) * new_minutes
}

/// The inbox key of a platform: its group, or itself alone.
pub(crate) fn inbox_key(platform: Option<&Platform>, id: &str) -> String {
    match platform.and_then(|p| p.inbox.as_deref()) {
        Some(group) => format!("inbox:{group}"),
        None => format!("alone:{id}"),
    }
}

/// Minutes a look at a shared inbox takes for each platform beyond the first.
pub(crate) fn inbox_extra_minutes(catalogue: &Catalogue, group: &str) -> f64 {
    catalogue.inbox(group).map_or(1.0, |i| i.extra_minutes_per_platform)
}

/// Minutes a week watching one inbox of `members` platforms: `looks` a day (its strictest
/// member's) on each open day, each look the longest check plus `extra` per further member.
pub(crate) fn inbox_minutes(
    looks: f64,
    open_days: f64,
    longest_check: f64,
    extra: f64,
    members: usize,
) -> f64 {
    looks * open_days * (longest_check + extra * members.saturating_sub(1) as f64)
}

/// The cost of the plan's current scenario.
pub fn cost(plan: &Plan, catalogue: &Catalogue) -> PlanCost {
    cost_of(plan, catalogue, plan.current_choices())
}

/// The cost of `choices` in this plan's business (its time, its custom platforms, the current
/// scenario's budget): to weigh a change without copying the plan.
pub fn cost_of(plan: &Plan, catalogue: &Catalogue, choices: &[Choice]) -> PlanCost {
    let generic = Figures::default();
    let platforms: Vec<Option<&Platform>> =
        choices.iter().map(|c| plan.platform(catalogue, &c.platform)).collect();
    let figures: Vec<&Figures> = platforms.iter().map(|p| p.map_or(&generic, |p| &p.figures)).collect();
    let open_days = f64::from(plan.time.open_days_per_week());
    let open_hours = plan.time.open_hours_per_day();

    let mut out: Vec<ChoiceCost> = Vec::with_capacity(choices.len());
    let mut sharing = Sharing::default();
    for (i, choice) in choices.iter().enumerate() {
        let source_posts = choice
            .reuse_from
            .as_deref()
            .and_then(|src| choices.iter().find(|c| c.platform == src))
            .map(|c| c.posts_per_week);
        let creation = creation_minutes(choice, figures[i], source_posts);
        sharing.reuse += creation_minutes(choice, figures[i], None) - creation;
        out.push(ChoiceCost {
            platform_id: choice.platform.clone(),
            platform_name: platforms[i].map_or_else(|| choice.platform.clone(), |p| p.name.clone()),
            creation,
            replies: replies_per_week(choice, figures[i]) * figures[i].minutes_per_reply,
            monitoring: 0.0,
            planning: 0.0,
            checks_per_day: checks_per_day(choice.response_target_hours, open_hours),
            inbox: None,
        });
    }

    // One inbox: the group is looked at as often as its strictest target needs; a look costs
    // the longest check of the group plus a small increment per further platform. Split in
    // proportion to what each platform would cost watched alone.
    let keys: Vec<String> = choices.iter().zip(&platforms).map(|(c, p)| inbox_key(*p, &c.platform)).collect();
    let mut done = vec![false; choices.len()];
    for i in 0..choices.len() {
        if done[i] {
            continue;
        }
        let members: Vec<usize> = (i..choices.len()).filter(|&j| keys[j] == keys[i]).collect();
        let alone: Vec<f64> = members
            .iter()
            .map(|&j| out[j].checks_per_day * open_days * figures[j].minutes_per_check)
            .collect();
        let alone_total: f64 = alone.iter().sum();
        let looks = members.iter().map(|&j| out[j].checks_per_day).fold(0.0, f64::max);
        let group = keys[i].strip_prefix("inbox:").filter(|_| members.len() > 1);
        let extra = group.map_or(0.0, |g| inbox_extra_minutes(catalogue, g));
        let longest = members.iter().map(|&j| figures[j].minutes_per_check).fold(0.0, f64::max);
        let shared = inbox_minutes(looks, open_days, longest, extra, members.len());
        for (k, &j) in members.iter().enumerate() {
            done[j] = true;
            out[j].monitoring = if alone_total > 0.0 { shared * alone[k] / alone_total } else { 0.0 };
            if let Some(g) = group {
                out[j].checks_per_day = looks;
                out[j].inbox = Some(g.to_owned());
            }
        }
        if let Some(g) = group {
            sharing.inbox += alone_total - shared;
            let names = members.iter().map(|&j| out[j].platform_name.clone()).collect();
            sharing.shared_inboxes.push((g.to_owned(), names));
        }
    }

    // One planning session: its base is split evenly between the choices that do not set their
    // own planning time; each adds its platform's increment.
    let free = choices.iter().filter(|c| c.planning_minutes_per_week.is_none()).count();
    for (i, choice) in choices.iter().enumerate() {
        out[i].planning = match choice.planning_minutes_per_week {
            Some(own) => own,
            None => PLANNING_SESSION_MINUTES / free as f64 + figures[i].planning_minutes_per_week,
        };
    }
    if free > 1 {
        sharing.planning = PLANNING_SESSION_MINUTES * (free - 1) as f64;
    }

    PlanCost { choices: out, budget_minutes: plan.budget_hours() * 60.0, sharing }
}

/// The cost of one choice as if it were the plan's only one (no sharing).
pub(crate) fn choice_cost(plan: &Plan, catalogue: &Catalogue, choice: &Choice) -> ChoiceCost {
    let mut single = choice.clone();
    single.reuse_from = None;
    let mut cost = cost_of(plan, catalogue, std::slice::from_ref(&single));
    cost.choices.remove(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Language, PostFormat};

    fn plan_with_instagram(target_hours: f64) -> Plan {
        let mut plan = Plan::new("Bakery", Language::En);
        plan.time.closes = crate::model::Clock::hm(19, 0);
        plan.time.open_days = crate::model::Weekday::first(6);
        plan.time.weekly_budget_hours = 4.0;
        let instagram = Catalogue::built_in().get("instagram").unwrap();
        plan.current_choices_mut()
            .push(Choice { response_target_hours: target_hours, ..Choice::with_defaults(instagram) });
        plan
    }

    fn add(plan: &mut Plan, id: &str, edit: impl FnOnce(&mut Choice)) {
        let mut choice = Choice::with_defaults(Catalogue::built_in().get(id).unwrap());
        edit(&mut choice);
        plan.current_choices_mut().push(choice);
    }

    #[test]
    fn looks_per_day_grow_as_the_target_shrinks() {
        assert_eq!(checks_per_day(1.0, 10.0), 10.0);
        assert_eq!(checks_per_day(4.0, 10.0), 3.0);
        assert_eq!(checks_per_day(10.0, 10.0), 1.0);
        assert_eq!(checks_per_day(24.0, 10.0), 1.0);
        assert_eq!(checks_per_day(48.0, 10.0), 0.5);
        let mut last = f64::INFINITY;
        for target in [0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 24.0, 72.0] {
            let c = checks_per_day(target, 12.0);
            assert!(c <= last, "{target}");
            last = c;
        }
    }

    #[test]
    fn a_platform_alone_follows_each_formula() {
        let plan = plan_with_instagram(4.0);
        let ig = Catalogue::built_in().get("instagram").unwrap();
        let c = &cost(&plan, Catalogue::built_in()).choices[0];
        assert_eq!(c.creation, ig.figures.posts_per_week * ig.figures.minutes_per_post.image);
        assert_eq!(c.replies, ig.figures.replies_per_week * ig.figures.minutes_per_reply);
        assert_eq!(c.monitoring, 3.0 * 6.0 * ig.figures.minutes_per_check);
        assert_eq!(c.planning, PLANNING_SESSION_MINUTES + ig.figures.planning_minutes_per_week);
        assert_eq!(c.total(), c.creation + c.replies + c.monitoring + c.planning);
    }

    #[test]
    fn a_faster_promise_costs_more_watching() {
        let fast = cost(&plan_with_instagram(1.0), Catalogue::built_in());
        let slow = cost(&plan_with_instagram(24.0), Catalogue::built_in());
        assert!(fast.choices[0].monitoring > 5.0 * slow.choices[0].monitoring);
        assert_eq!(fast.choices[0].creation, slow.choices[0].creation);
    }

    #[test]
    fn overrides_replace_the_catalogue_figures() {
        let mut plan = plan_with_instagram(24.0);
        let choice = &mut plan.current_choices_mut()[0];
        choice.format = PostFormat::ShortVideo;
        choice.minutes_per_post = Some(10.0);
        choice.replies_per_week = Some(0.0);
        choice.followers = Some(50_000);
        choice.planning_minutes_per_week = Some(5.0);
        let c = &cost(&plan, Catalogue::built_in()).choices[0];
        assert_eq!(c.creation, plan.current_choices()[0].posts_per_week * 10.0);
        assert_eq!(c.replies, 0.0, "an explicit replies_per_week wins over followers");
        assert_eq!(c.planning, 5.0);
    }

    #[test]
    fn replies_grow_with_followers() {
        let mut plan = plan_with_instagram(24.0);
        let ig = &Catalogue::built_in().get("instagram").unwrap().figures;
        plan.current_choices_mut()[0].followers = Some(4000);
        let c = &cost(&plan, Catalogue::built_in()).choices[0];
        assert!((c.replies - 4.0 * ig.replies_per_1000_followers * ig.minutes_per_reply).abs() < 1e-9);
    }

    #[test]
    fn adapted_posts_cost_the_adaptation_and_extra_posts_cost_new() {
        let catalogue = Catalogue::built_in();
        let fb = &catalogue.get("facebook").unwrap().figures;
        let mut plan = plan_with_instagram(6.0); // 3 images a week
        add(&mut plan, "facebook", |c| {
            c.posts_per_week = 5.0;
            c.reuse_from = Some("instagram".into());
        });
        let cost = cost(&plan, catalogue);
        let expected = 3.0 * fb.adaptation_minutes.image + 2.0 * fb.minutes_per_post.image;
        assert!((cost.choices[1].creation - expected).abs() < 1e-9);
        assert!(
            (cost.sharing.reuse - 3.0 * (fb.minutes_per_post.image - fb.adaptation_minutes.image)).abs()
                < 1e-9
        );
    }

    #[test]
    fn one_inbox_is_watched_at_the_strictest_target_and_rows_still_add_up() {
        let catalogue = Catalogue::built_in();
        let mut plan = plan_with_instagram(4.0); // 3 looks a day
        add(&mut plan, "facebook", |c| c.response_target_hours = 6.0); // 2 looks alone
        add(&mut plan, "linkedin", |c| c.response_target_hours = 24.0); // its own inbox
        let cost = cost(&plan, catalogue);
        let (ig, fb) = (&cost.choices[0], &cost.choices[1]);
        assert_eq!(ig.inbox.as_deref(), Some("meta"));
        assert_eq!(fb.checks_per_day, 3.0);
        let extra = catalogue.inbox("meta").unwrap().extra_minutes_per_platform;
        let shared = 3.0 * 6.0 * (5.0 + extra);
        assert!((ig.monitoring + fb.monitoring - shared).abs() < 1e-9);
        let alone = 3.0 * 6.0 * 5.0 + 2.0 * 6.0 * 5.0;
        assert!((cost.sharing.inbox - (alone - shared)).abs() < 1e-9);
        assert_eq!(cost.choices[2].inbox, None);
        assert_eq!(
            cost.sharing.shared_inboxes,
            vec![("meta".into(), vec!["Instagram".into(), "Facebook".into()])]
        );
        // One session: the base is counted once whatever the number of platforms.
        let planning = cost.sum(|c| c.planning);
        let increments: f64 = ["instagram", "facebook", "linkedin"]
            .iter()
            .map(|id| catalogue.get(id).unwrap().figures.planning_minutes_per_week)
            .sum();
        assert!((planning - (PLANNING_SESSION_MINUTES + increments)).abs() < 1e-9);
        assert_eq!(cost.sharing.planning, 2.0 * PLANNING_SESSION_MINUTES);
        let said = cost.sharing.describe(catalogue, Language::En).unwrap();
        assert!(said.starts_with("One Meta inbox and one planning session save "), "{said}");
        assert!(said.contains(&format::hours(cost.sharing.total(), Language::En)), "{said}");
        let parts =
            cost.sum(|c| c.creation) + cost.sum(|c| c.replies) + cost.sum(|c| c.monitoring) + planning;
        assert!((parts - cost.total()).abs() < 1e-9);
    }

    #[test]
    fn sharing_never_costs_more_than_each_platform_alone() {
        let catalogue = Catalogue::built_in();
        let mut plan = plan_with_instagram(2.0);
        add(&mut plan, "facebook", |c| c.reuse_from = Some("instagram".into()));
        add(&mut plan, "threads", |c| c.response_target_hours = 1.0);
        let shared = cost(&plan, catalogue);
        let alone: f64 =
            plan.current_choices().iter().map(|c| choice_cost(&plan, catalogue, c).total()).sum();
        assert!(shared.total() < alone);
        assert!((alone - shared.total() - shared.sharing.total()).abs() < 1e-6);
    }

    #[test]
    fn budget_status_and_excess_follow_the_scenario_hours() {
        let mut plan = plan_with_instagram(1.0);
        let over = cost(&plan, Catalogue::built_in());
        assert_eq!(over.budget_minutes, 240.0);
        assert_eq!(over.status(), Status::Over);
        assert!((over.over_by() - (over.total() - 240.0)).abs() < 1e-9);
        plan.current_mut().weekly_hours = Some(40.0);
        let within = cost(&plan, Catalogue::built_in());
        assert_eq!(within.budget_minutes, 2400.0);
        assert_eq!(within.status(), Status::Within);
        assert_eq!(within.over_by(), 0.0);
    }
}
