//! The weekly time cost of each chosen platform, split the way the work really falls:
//! making posts, answering, watching closely enough to keep the promise made there, and
//! planning; with the work platforms share counted once (shared and adapted posts, one inbox,
//! one planning session). The watching is the looks the week lays out (`looks.rs`), counted,
//! never a formula the week does not keep. docs/method.md gives the formulas and figures.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::format;
use crate::locale::Sentence as S;
use crate::model::{Catalogue, Choice, Figures, Language, Plan, Platform, Promise, PromiseKind};

use super::looks::{OpenTime, schedule_for_all};
use super::voices::VoicesCost;

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
    /// Looks a week at the platform (or at its shared inbox) that keep its promise; 0 when
    /// there is nothing to answer there.
    pub looks_per_week: f64,
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
    /// Sharing or adapting another platform's posts instead of making new ones.
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
            parts.push(lang.word(S::SharedOrAdaptedPosts).to_owned());
        }
        if self.inbox > 0.5 {
            for (id, _) in &self.shared_inboxes {
                let name = catalogue.inbox(id).map_or(id.as_str(), |i| i.name.get(lang));
                parts.push(lang.say(S::OneInbox, &[("inbox", &name)]));
            }
        }
        if self.planning > 0.5 {
            parts.push(lang.word(S::OnePlanningSession).to_owned());
        }
        if parts.is_empty() {
            return None;
        }
        let saves = lang.count(parts.len() as f64, S::SharedSavesOne, S::SharedSavesOther);
        let list = format::list(&parts, lang);
        let h = format::hours(self.total(), lang);
        let text = format::typography(&lang.say(saves, &[("shared", &list), ("hours", &h)]), lang);
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
    /// The review routine and the ambassadors, beside the platforms (`super::voices`).
    pub voices: VoicesCost,
}

impl PlanCost {
    /// Every minute of the week: the platforms', the routine's and the ambassadors'.
    pub fn total(&self) -> f64 {
        self.platforms_total() + self.voices.total()
    }

    /// The chosen platforms' minutes alone.
    pub fn platforms_total(&self) -> f64 {
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

/// Replies a week on one choice: the owner's own figure, else from the followers, else the
/// catalogue's figure for a young small-business account.
pub fn replies_per_week(choice: &Choice, figures: &Figures) -> f64 {
    choice.replies_per_week.unwrap_or_else(|| match choice.followers {
        Some(followers) => f64::from(followers) / 1000.0 * figures.replies_per_1000_followers,
        None => figures.replies_per_week,
    })
}

/// Where a choice's reused posts come from: how many posts a week its source makes, and
/// whether they are shared as they are (one family, same format: a switch) or adapted.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Source {
    pub posts_per_week: f64,
    pub shared: bool,
}

/// Minutes a week to make (share, or adapt) the posts and Stories of one choice. Posts beyond
/// what the source makes are made new.
pub fn creation_minutes(choice: &Choice, figures: &Figures, source: Option<Source>) -> f64 {
    let posts = choice.posts_per_week();
    let reused = reused_posts(choice, source);
    let reuse_minutes = source.map_or(0.0, |s| reused_post_minutes(choice, figures, s.shared));
    reused * reuse_minutes
        + (posts - reused) * new_post_minutes(choice, figures)
        + stories_minutes(choice, figures)
}

/// Posts a week a choice takes from its source: at most as many as the source makes.
pub fn reused_posts(choice: &Choice, source: Option<Source>) -> f64 {
    source.map_or(0.0, |s| s.posts_per_week.min(choice.posts_per_week()))
}

/// Minutes to make one new post of this choice.
pub fn new_post_minutes(choice: &Choice, figures: &Figures) -> f64 {
    choice.minutes_per_post.unwrap_or_else(|| figures.minutes_per_post.for_format(choice.format))
}

/// Minutes to share (a switch) or adapt one post of the source: never more than making it.
pub fn reused_post_minutes(choice: &Choice, figures: &Figures, shared: bool) -> f64 {
    let reuse =
        if shared { figures.share_minutes } else { figures.adaptation_minutes.for_format(choice.format) };
    reuse.min(new_post_minutes(choice, figures))
}

/// Minutes a week of a choice's Stories.
pub fn stories_minutes(choice: &Choice, figures: &Figures) -> f64 {
    f64::from(choice.stories_per_week.unwrap_or(0)) * figures.minutes_per_story
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

/// The promises of one inbox as the looks depend on them: the strictest of each kind.
type PromiseKey = (Option<u64>, Option<u64>);

fn promise_key(promises: &[Promise]) -> PromiseKey {
    let strictest = |kind: PromiseKind| {
        promises.iter().filter(|p| p.kind == kind).map(|p| p.hours).reduce(f64::min).map(f64::to_bits)
    };
    (strictest(PromiseKind::OpeningHours), strictest(PromiseKind::Anytime))
}

/// What the cost of one plan's choices depends on beyond the choices: the catalogue, the open
/// time, and the looks a week each set of promises needs (worked out once per set).
pub struct Costing<'a> {
    pub plan: &'a Plan,
    pub catalogue: &'a Catalogue,
    pub open: OpenTime,
    looks: RefCell<HashMap<PromiseKey, usize>>,
    generic: Figures,
    /// The plan's platforms by id (its own first, as `Plan::platform` finds them): the costing
    /// asks for them at every choice of every week it weighs.
    by_id: HashMap<&'a str, &'a Platform>,
    /// The figures the owner's recorded months taught (`super::checkin::learning`), in place of
    /// the platform's own: the one place every cost reads them from.
    learned: HashMap<String, Figures>,
}

impl<'a> Costing<'a> {
    /// The costing of this plan, with what its recorded months taught.
    pub fn new(plan: &'a Plan, catalogue: &'a Catalogue) -> Costing<'a> {
        let mut costing = Costing::without_learning(plan, catalogue);
        if !plan.months.is_empty() {
            costing.learned = super::checkin::learned_figures(plan, catalogue);
        }
        costing
    }

    /// The costing with the catalogue's figures only: what the plan expected before any month
    /// was recorded, and what learning starts from.
    pub fn without_learning(plan: &'a Plan, catalogue: &'a Catalogue) -> Costing<'a> {
        Costing {
            plan,
            catalogue,
            open: OpenTime::of(&plan.time),
            looks: RefCell::new(HashMap::new()),
            generic: Figures::default(),
            // The catalogue, then the plan's own over it: the plan's own win, as in Plan::platform.
            by_id: catalogue
                .platforms
                .iter()
                .chain(plan.custom_platforms.iter().rev())
                .map(|p| (p.id.as_str(), p))
                .collect(),
            learned: HashMap::new(),
        }
    }

    pub fn platform(&self, id: &str) -> Option<&'a Platform> {
        self.by_id.get(id).copied()
    }

    /// The figures a platform is costed with: the owner's learned ones, else its own.
    pub fn figures(&self, id: &str) -> &Figures {
        if let Some(learned) = self.learned.get(id) {
            return learned;
        }
        self.platform(id).map_or(&self.generic, |p| &p.figures)
    }

    /// What customers expect on a platform, in the plan's open days (`Promise::expected`).
    pub fn expected_promise(&self, id: &str) -> Promise {
        Promise::expected(self.figures(id).expected_response_hours, self.plan.time.open_hours_per_day())
    }

    /// Whether the owner's months changed this platform's figures.
    pub fn has_learned(&self, id: &str) -> bool {
        self.learned.contains_key(id)
    }

    /// Looks a week that keep every one of these promises (`looks::schedule_for_all`).
    pub fn looks_a_week(&self, promises: &[Promise]) -> usize {
        if promises.is_empty() {
            return 0;
        }
        let key = promise_key(promises);
        if let Some(n) = self.looks.borrow().get(&key) {
            return *n;
        }
        let n = schedule_for_all(promises, &self.open, 0).len();
        self.looks.borrow_mut().insert(key, n);
        n
    }

    /// Whether a choice has anything to answer (messages, comments, reviews).
    pub fn answers(&self, choice: &Choice) -> bool {
        replies_per_week(choice, self.figures(&choice.platform)) > 0.0
    }

    /// The source of a choice's reused posts among `choices`.
    pub fn source(&self, choices: &[Choice], choice: &Choice) -> Option<Source> {
        let src = choice.reuse_from.as_deref()?;
        let s = choices.iter().find(|c| c.platform == src)?;
        let shared = s.format == choice.format
            && match (self.platform(&choice.platform), self.platform(src)) {
                (Some(p), Some(q)) => p.shares_with(q),
                _ => false,
            };
        Some(Source { posts_per_week: s.posts_per_week(), shared })
    }

    /// The cost of `choices` in this plan's business (its time, its custom platforms, the
    /// current scenario's budget).
    pub fn cost(&self, choices: &[Choice]) -> PlanCost {
        let (work, sharing) = self.work(choices);
        let name =
            |c: &Choice| self.platform(&c.platform).map_or_else(|| c.platform.clone(), |p| p.name.clone());
        let shared_inboxes = sharing
            .inboxes
            .iter()
            .map(|(group, members)| {
                ((*group).to_owned(), members.iter().map(|&j| name(&choices[j])).collect())
            })
            .collect();
        let out = choices
            .iter()
            .zip(work)
            .map(|(choice, w)| ChoiceCost {
                platform_id: choice.platform.clone(),
                platform_name: name(choice),
                creation: w.creation,
                replies: w.replies,
                monitoring: w.monitoring,
                planning: w.planning,
                looks_per_week: w.looks_per_week,
                inbox: w.inbox.map(str::to_owned),
            })
            .collect();
        let sharing = Sharing {
            reuse: sharing.reuse,
            inbox: sharing.inbox,
            planning: sharing.planning,
            shared_inboxes,
        };
        PlanCost {
            choices: out,
            budget_minutes: self.plan.budget_hours() * 60.0,
            sharing,
            voices: self.voices(choices),
        }
    }

    /// Minutes a week of `choices`, all told: what `cost(choices).total()` says, without
    /// naming anything (the advice weighs thousands of changes).
    pub fn total(&self, choices: &[Choice]) -> f64 {
        let platforms: f64 =
            self.work(choices).0.iter().map(|w| w.creation + w.replies + w.monitoring + w.planning).sum();
        platforms + self.voices(choices).total()
    }

    /// The minutes of each choice, in numbers only, and what sharing saves.
    pub(crate) fn work(&self, choices: &[Choice]) -> (Vec<Work<'a>>, SharedWork<'a>) {
        let catalogue = self.catalogue;
        // Each platform looked up once: the inboxes below compare every pair of choices.
        let platforms: Vec<Option<&'a Platform>> =
            choices.iter().map(|c| self.platform(&c.platform)).collect();
        // Through `figures`: what the owner's months taught, where they did.
        let all_figures: Vec<&Figures> = choices.iter().map(|c| self.figures(&c.platform)).collect();
        let answers: Vec<bool> =
            choices.iter().zip(&all_figures).map(|(c, f)| replies_per_week(c, f) > 0.0).collect();
        let mut out: Vec<Work<'a>> = Vec::with_capacity(choices.len());
        let mut sharing = SharedWork::default();
        for (choice, figures) in choices.iter().zip(&all_figures) {
            let creation = creation_minutes(choice, figures, self.source(choices, choice));
            sharing.reuse += creation_minutes(choice, figures, None) - creation;
            out.push(Work {
                creation,
                replies: replies_per_week(choice, figures) * figures.minutes_per_reply,
                monitoring: 0.0,
                planning: 0.0,
                looks_per_week: 0.0,
                inbox: None,
            });
        }

        // One inbox: looked at as often as every promise made there needs; a look costs the
        // longest check of the group plus a small increment per further platform. Split in
        // proportion to what each platform would cost watched alone.
        let groups: Vec<Option<&'a str>> =
            platforms.iter().map(|p| p.and_then(|p| p.inbox.as_deref())).collect();
        let same_inbox = |i: usize, j: usize| i == j || (groups[i].is_some() && groups[i] == groups[j]);
        let mut done = vec![false; choices.len()];
        for i in 0..choices.len() {
            if done[i] || !answers[i] {
                continue;
            }
            let members: Vec<usize> =
                (i..choices.len()).filter(|&j| same_inbox(i, j) && answers[j]).collect();
            let check = |j: usize| all_figures[j].minutes_per_check;
            let alone: Vec<f64> =
                members.iter().map(|&j| self.looks_a_week(&[choices[j].promise]) as f64 * check(j)).collect();
            let alone_total: f64 = alone.iter().sum();
            let promises: Vec<Promise> = members.iter().map(|&j| choices[j].promise).collect();
            let looks = self.looks_a_week(&promises) as f64;
            let group = groups[i].filter(|_| members.len() > 1);
            let extra = group.map_or(0.0, |g| inbox_extra_minutes(catalogue, g));
            let longest = members.iter().map(|&j| check(j)).fold(0.0, f64::max);
            let shared = looks * (longest + extra * members.len().saturating_sub(1) as f64);
            for (k, &j) in members.iter().enumerate() {
                done[j] = true;
                out[j].monitoring = if alone_total > 0.0 { shared * alone[k] / alone_total } else { 0.0 };
                out[j].looks_per_week = looks;
                out[j].inbox = group;
            }
            if let Some(g) = group {
                sharing.inbox += alone_total - shared;
                sharing.inboxes.push((g, members));
            }
        }

        // One planning session: its base is split evenly between the choices that do not set
        // their own planning time; each adds its platform's increment.
        let free = choices.iter().filter(|c| c.planning_minutes_per_week.is_none()).count();
        for (i, choice) in choices.iter().enumerate() {
            out[i].planning = match choice.planning_minutes_per_week {
                Some(own) => own,
                None => PLANNING_SESSION_MINUTES / free as f64 + all_figures[i].planning_minutes_per_week,
            };
        }
        if free > 1 {
            sharing.planning = PLANNING_SESSION_MINUTES * (free - 1) as f64;
        }
        (out, sharing)
    }
}

/// The cost of the plan's current scenario as the catalogue's figures put it, before any
/// learning: what the plan expected, to set beside the real months.
pub fn cost_without_learning(plan: &Plan, catalogue: &Catalogue) -> PlanCost {
    Costing::without_learning(plan, catalogue).cost(plan.current_choices())
}

/// One choice's minutes a week, as numbers (`ChoiceCost` names them).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Work<'a> {
    pub creation: f64,
    pub replies: f64,
    pub monitoring: f64,
    pub planning: f64,
    pub looks_per_week: f64,
    pub inbox: Option<&'a str>,
}

/// What sharing saves, as numbers, and the shared inboxes with the choices in each.
#[derive(Debug, Default)]
pub(crate) struct SharedWork<'a> {
    reuse: f64,
    inbox: f64,
    planning: f64,
    inboxes: Vec<(&'a str, Vec<usize>)>,
}

/// The cost of the plan's current scenario.
pub fn cost(plan: &Plan, catalogue: &Catalogue) -> PlanCost {
    cost_of(plan, catalogue, plan.current_choices())
}

/// The cost of `choices` in this plan's business: to weigh a change without copying the plan.
pub fn cost_of(plan: &Plan, catalogue: &Catalogue, choices: &[Choice]) -> PlanCost {
    Costing::new(plan, catalogue).cost(choices)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cost of one choice as if it were the plan's only one (no sharing).
    fn choice_cost(plan: &Plan, catalogue: &Catalogue, choice: &Choice) -> ChoiceCost {
        let mut single = choice.clone();
        single.reuse_from = None;
        let mut cost = cost_of(plan, catalogue, std::slice::from_ref(&single));
        cost.choices.remove(0)
    }
    use crate::analysis::looks::looks_a_week;
    use crate::model::{Cadence, Clock, Language, PostFormat, Weekday};

    fn plan_with_instagram(promise: Promise) -> Plan {
        let mut plan = Plan::new("Bakery", Language::En);
        plan.time.closes = Clock::hm(19, 0);
        plan.time.open_days = Weekday::first(6);
        plan.time.weekly_budget_hours = 4.0;
        let instagram = Catalogue::built_in().get("instagram").unwrap();
        plan.current_choices_mut().push(Choice { promise, ..Choice::with_defaults(instagram) });
        plan
    }

    fn add(plan: &mut Plan, id: &str, edit: impl FnOnce(&mut Choice)) {
        let mut choice = Choice::with_defaults(Catalogue::built_in().get(id).unwrap());
        edit(&mut choice);
        plan.current_choices_mut().push(choice);
    }

    #[test]
    fn a_platform_alone_follows_each_formula_and_watches_with_the_weeks_looks() {
        let plan = plan_with_instagram(Promise::opening_hours(4.0));
        let ig = Catalogue::built_in().get("instagram").unwrap();
        let c = &cost(&plan, Catalogue::built_in()).choices[0];
        let posts = ig.figures.cadence().per_week();
        assert_eq!(c.creation, posts * ig.figures.minutes_per_post.image);
        assert_eq!(c.replies, ig.figures.replies_per_week * ig.figures.minutes_per_reply);
        let looks = looks_a_week(Promise::opening_hours(4.0), &OpenTime::of(&plan.time));
        assert_eq!(looks, 3 * 6, "10 hours a day, a look every 4 h at most: 3 a day over 6 days");
        assert_eq!(c.monitoring, looks as f64 * ig.figures.minutes_per_check);
        assert_eq!(c.planning, PLANNING_SESSION_MINUTES + ig.figures.planning_minutes_per_week);
    }

    #[test]
    fn a_faster_promise_and_one_on_the_clock_cost_more_watching() {
        let fast = cost(&plan_with_instagram(Promise::opening_hours(1.0)), Catalogue::built_in());
        let slow = cost(&plan_with_instagram(Promise::opening_hours(24.0)), Catalogue::built_in());
        assert!(fast.choices[0].monitoring > 5.0 * slow.choices[0].monitoring);
        assert_eq!(fast.choices[0].creation, slow.choices[0].creation);
        let clock = cost(&plan_with_instagram(Promise::anytime(12.0)), Catalogue::built_in());
        let open = cost(&plan_with_instagram(Promise::opening_hours(12.0)), Catalogue::built_in());
        assert!(clock.choices[0].monitoring > open.choices[0].monitoring, "evening looks from the phone");
    }

    #[test]
    fn nothing_to_answer_means_no_looks() {
        let mut plan = plan_with_instagram(Promise::opening_hours(4.0));
        plan.current_choices_mut()[0].replies_per_week = Some(0.0);
        let c = &cost(&plan, Catalogue::built_in()).choices[0];
        assert_eq!((c.monitoring, c.looks_per_week, c.replies), (0.0, 0.0, 0.0));
    }

    #[test]
    fn shared_posts_cost_a_switch_adapted_ones_an_adaptation_and_extra_posts_cost_new() {
        let catalogue = Catalogue::built_in();
        let fb = &catalogue.get("facebook").unwrap().figures;
        let mut plan = plan_with_instagram(Promise::opening_hours(6.0)); // 3 images a week
        add(&mut plan, "facebook", |c| {
            c.cadence = Cadence::weekly(5);
            c.format = PostFormat::Image;
            c.reuse_from = Some("instagram".into());
        });
        let shared = cost(&plan, catalogue);
        let expected = 3.0 * fb.share_minutes + 2.0 * fb.minutes_per_post.image;
        assert!((shared.choices[1].creation - expected).abs() < 1e-9);
        // Another format is not the same post: it is adapted.
        plan.current_choices_mut()[1].format = PostFormat::Text;
        let adapted = cost(&plan, catalogue);
        let expected = 3.0 * fb.adaptation_minutes.text + 2.0 * fb.minutes_per_post.text;
        assert!((adapted.choices[1].creation - expected).abs() < 1e-9);
    }

    #[test]
    fn stories_add_their_minutes() {
        let mut plan = plan_with_instagram(Promise::opening_hours(6.0));
        let before = cost(&plan, Catalogue::built_in()).choices[0].creation;
        plan.current_choices_mut()[0].stories_per_week = Some(7);
        let after = cost(&plan, Catalogue::built_in()).choices[0].creation;
        let ig = &Catalogue::built_in().get("instagram").unwrap().figures;
        assert!((after - before - 7.0 * ig.minutes_per_story).abs() < 1e-9);
    }

    #[test]
    fn one_inbox_is_watched_for_its_strictest_promise_and_rows_still_add_up() {
        let catalogue = Catalogue::built_in();
        let mut plan = plan_with_instagram(Promise::opening_hours(4.0));
        add(&mut plan, "facebook", |c| c.promise = Promise::opening_hours(6.0));
        add(&mut plan, "linkedin", |c| c.promise = Promise::opening_hours(24.0)); // its own inbox
        let cost = cost(&plan, catalogue);
        let (ig, fb) = (&cost.choices[0], &cost.choices[1]);
        assert_eq!(ig.inbox.as_deref(), Some("meta"));
        assert_eq!(fb.looks_per_week, 18.0);
        let extra = catalogue.inbox("meta").unwrap().extra_minutes_per_platform;
        let check = |id| catalogue.get(id).unwrap().figures.minutes_per_check;
        let shared = 18.0 * (check("instagram").max(check("facebook")) + extra);
        assert!((ig.monitoring + fb.monitoring - shared).abs() < 1e-9);
        assert_eq!(cost.choices[2].inbox, None);
        let said = cost.sharing.describe(catalogue, Language::En).unwrap();
        assert!(said.starts_with("One Meta inbox and one planning session save "), "{said}");
        let parts = cost.sum(|c| c.creation)
            + cost.sum(|c| c.replies)
            + cost.sum(|c| c.monitoring)
            + cost.sum(|c| c.planning);
        assert!((parts - cost.total()).abs() < 1e-9);
    }

    #[test]
    fn sharing_never_costs_more_than_each_platform_alone() {
        let catalogue = Catalogue::built_in();
        let mut plan = plan_with_instagram(Promise::opening_hours(2.0));
        add(&mut plan, "facebook", |c| c.reuse_from = Some("instagram".into()));
        add(&mut plan, "whatsapp", |c| c.promise = Promise::anytime(12.0));
        let shared = cost(&plan, catalogue);
        let alone: f64 =
            plan.current_choices().iter().map(|c| choice_cost(&plan, catalogue, c).total()).sum();
        assert!(shared.total() < alone);
        assert!((alone - shared.total() - shared.sharing.total()).abs() < 1e-6);
    }

    #[test]
    fn budget_status_and_excess_follow_the_scenario_hours() {
        let mut plan = plan_with_instagram(Promise::opening_hours(1.0));
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
