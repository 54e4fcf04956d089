//! Checks a whole plan: every range (again, for plans made in memory) and what one field
//! alone cannot tell, such as unique names and platforms that exist.

use std::collections::HashSet;

use crate::model::{Broken, Catalogue, Choice, FORMAT_VERSION, Items, Plan, Platform, rules};

// The limits on list lengths live with the plan's other rules.
pub use crate::model::rules::{MAX_CHOICES, MAX_CUSTOM_PLATFORMS, MAX_PRODUCTS};

/// One thing wrong with a plan, at one field.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// As `products[1].b2b`.
    pub field: String,
    /// What is wrong; each face says it in its language (`Broken::words`).
    pub broken: Broken,
    /// A string value the field holds, to find it in the file.
    pub value: Option<String>,
    /// Which occurrence of `value` in the file is the field's, from 0; None: the last one.
    pub occurrence: Option<usize>,
}

fn problem(field: String, broken: Broken) -> Problem {
    Problem { field, broken, value: None, occurrence: None }
}

impl Problem {
    /// `products[1].b2b: 1.5 is outside the map…`, in `lang`.
    pub fn words(&self, lang: crate::model::Language) -> String {
        format!("{}{}{}", self.field, crate::format::colon(lang), self.broken.words(lang))
    }

    /// `Product "Viennoiseries": 1.5 is outside the map…`: the place named as the window shows
    /// it (`storage::place`), and platforms by their names (`Broken::words_named`).
    pub fn words_in(&self, plan: &Plan, catalogue: &Catalogue, lang: crate::model::Language) -> String {
        let place = super::place(&self.field, plan, catalogue, lang);
        let name_of = |id: &str| super::place::platform_name(plan, catalogue, id);
        format!("{place}{}{}", crate::format::colon(lang), self.broken.words_named(lang, &name_of))
    }
}

/// Every problem of the plan, in file order; empty when the plan is valid.
pub fn validate(plan: &Plan, catalogue: &Catalogue) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut check = |field: String, result: Result<(), Broken>| {
        if let Err(broken) = result {
            out.push(problem(field, broken));
        }
    };
    if plan.format_version != FORMAT_VERSION {
        check(
            "format_version".into(),
            Err(Broken::OtherFormat { found: plan.format_version, expected: FORMAT_VERSION }),
        );
    }
    check("business.name".into(), rules::name(&plan.business.name));
    check("business.sector".into(), rules::text(&plan.business.sector));
    check("business.description".into(), rules::text(&plan.business.description));
    check("products".into(), at_most(plan.products.len(), MAX_PRODUCTS, Items::Products));
    for (i, p) in plan.products.iter().enumerate() {
        check(format!("products[{i}].name"), rules::name(&p.name));
        check(format!("products[{i}].b2b"), rules::unit(p.b2b));
        check(format!("products[{i}].visual"), rules::unit(p.visual));
        check(format!("products[{i}].weight"), rules::WEIGHT.check(p.weight));
    }
    check("audience.description".into(), rules::text(&plan.audience.description));
    check("time.weekly_budget_hours".into(), rules::WEEKLY_HOURS.check(plan.time.weekly_budget_hours));
    check("time.open_days".into(), rules::open_day_list(&plan.time.open_days));
    if let Some(limit) = plan.time.daily_limit_hours {
        check("time.daily_limit_hours".into(), rules::daily_limit(limit));
    }
    check("scenarios".into(), at_most(plan.scenarios.len(), rules::MAX_SCENARIOS, Items::Scenarios));
    if plan.scenarios.is_empty() {
        check("scenarios".into(), Err(Broken::NoScenario));
    }
    for (s, scenario) in plan.scenarios.iter().enumerate() {
        let at = format!("scenarios[{s}]");
        check(format!("{at}.name"), rules::name(&scenario.name));
        if let Some(h) = scenario.weekly_hours {
            check(format!("{at}.weekly_hours"), rules::WEEKLY_HOURS.check(h));
        }
        check(format!("{at}.choices"), at_most(scenario.choices.len(), MAX_CHOICES, Items::ChosenPlatforms));
        for (i, c) in scenario.choices.iter().enumerate() {
            check_choice(&format!("{at}.choices[{i}]"), c, &mut check);
        }
        for (i, m) in scenario.moves.iter().enumerate() {
            check(format!("{at}.moves[{i}].item"), rules::name(&m.item));
        }
    }
    check(
        "custom_platforms".into(),
        at_most(plan.custom_platforms.len(), MAX_CUSTOM_PLATFORMS, Items::CustomPlatforms),
    );
    for (i, p) in plan.custom_platforms.iter().enumerate() {
        check_platform(&format!("custom_platforms[{i}]"), p, &mut check);
    }
    check("notes".into(), rules::text(&plan.notes));
    if let Some(kind) = &plan.content.business_kind {
        check("content.business_kind".into(), rules::id(kind));
    }
    check("content.ideas".into(), crate::model::check_ideas(&plan.content.ideas));
    check("months".into(), at_most(plan.months.records.len(), rules::MAX_MONTH_RECORDS, Items::MonthRecords));
    for (i, r) in plan.months.records.iter().enumerate() {
        check(format!("months[{i}]"), r.check());
    }
    check("months".into(), plan.months.check_each_once());
    check("seasons".into(), at_most(plan.seasons.len(), rules::MAX_SEASONS, Items::Seasons));
    for (i, s) in plan.seasons.iter().enumerate() {
        let at = format!("seasons[{i}]");
        check(format!("{at}.name"), rules::name(&s.name));
        check(format!("{at}.last"), rules::season_days(s.days()));
        if let Some(h) = s.weekly_hours {
            check(format!("{at}.weekly_hours"), rules::WEEKLY_HOURS.check(h));
        }
        check(format!("{at}.cadence"), rules::SEASON_CADENCE.check(s.cadence));
        check(format!("{at}.prepare_cadence"), rules::SEASON_CADENCE.check(s.prepare_cadence));
        check(format!("{at}.prepare_weeks"), rules::prepare_weeks(s.prepare_weeks));
        if let Some(id) = &s.moment {
            check(format!("{at}.moment"), rules::id(id));
        }
        if plan.seasons[..i].iter().any(|o| rules::same_name(&o.name, &s.name)) {
            check(format!("{at}.name"), Err(Broken::SameName { what: Items::Seasons, name: s.name.clone() }));
        }
    }
    if let Some(routine) = &plan.voices.reviews {
        check("voices.reviews.sites".into(), crate::model::check_sites(&routine.sites));
        check("voices.reviews.asks_per_week".into(), rules::asks(routine.asks_per_week));
        for (i, site) in routine.sites.iter().enumerate() {
            if plan.platform(catalogue, site).is_none() {
                let known = plan.platforms(catalogue).map(|p| p.id.clone()).collect();
                check(
                    format!("voices.reviews.sites[{i}]"),
                    Err(Broken::UnknownPlatform { id: site.clone(), known }),
                );
            }
        }
    }
    check("voices.ambassadors".into(), crate::model::check_ambassadors(&plan.voices.ambassadors));
    out.extend(id_checks(plan));
    out.extend(cross_checks(plan, catalogue));
    out.extend(goals_once(plan));
    if out.is_empty() {
        out.extend(week_checks(plan, catalogue));
    }
    out
}

/// The ids are well formed and each scenario's is its own; the calendar record holds what this
/// program writes (a plan made in memory is checked as a file is read). Empty ids are not given
/// yet: reading the plan back gives them.
fn id_checks(plan: &Plan) -> Vec<Problem> {
    let mut out = Vec::new();
    if !plan.id.is_empty() {
        out.extend(rules::id(plan.id.as_str()).err().map(|b| problem("id".into(), b)));
    }
    let mut ids = HashSet::new();
    for (s, scenario) in plan.scenarios.iter().enumerate() {
        let id = scenario.id.as_str();
        if id.is_empty() {
            continue;
        }
        let broken = match rules::id(id) {
            Err(broken) => Some(broken),
            Ok(()) if !ids.insert(id) => Some(Broken::SameScenarioId { id: id.to_owned() }),
            Ok(()) => None,
        };
        if let Some(broken) = broken {
            out.push(Problem {
                field: format!("scenarios[{s}].id"),
                broken,
                value: Some(id.to_owned()),
                occurrence: None,
            });
        }
    }
    let events = &plan.calendar.events;
    if let Err(broken) = at_most(events.len(), crate::model::MAX_EXPORTED_EVENTS, Items::CalendarEvents) {
        out.push(problem("calendar.events".into(), broken));
    }
    for (i, e) in events.iter().enumerate() {
        let at = format!("calendar.events[{i}]");
        for (field, result) in [
            ("uid", crate::model::uid_rule(&e.uid)),
            ("scenario", rules::id(e.scenario.as_str())),
            ("summary", rules::text(&e.summary)),
            ("description", rules::text(&e.description)),
            ("category", rules::name(&e.category)),
        ] {
            out.extend(result.err().map(|b| problem(format!("{at}.{field}"), b)));
        }
    }
    out
}

/// A goal listed twice would count twice in the ranking.
fn goals_once(plan: &Plan) -> Option<Problem> {
    let goals = &plan.audience.goals;
    let twice = goals.iter().enumerate().find(|(i, g)| goals[..*i].contains(g))?;
    Some(problem("audience.goals".into(), Broken::GoalTwice { goal: *twice.1 }))
}

/// Each figure may be in range while together they ask for more hours than a week has: a
/// platform at every maximum would cost two million hours a week. Refuse that, at the choice.
fn week_checks(plan: &Plan, catalogue: &Catalogue) -> Vec<Problem> {
    let mut out = Vec::new();
    for (s, scenario) in plan.scenarios.iter().enumerate() {
        // The catalogue's figures: recorded months never make a plan unreadable.
        let cost = crate::analysis::Costing::without_learning(plan, catalogue).cost(&scenario.choices);
        out.extend(
            cost.choices.iter().enumerate().filter(|(_, c)| c.total() > rules::MAX_MINUTES_PER_WEEK).map(
                |(i, c)| Problem {
                    field: format!("scenarios[{s}].choices[{i}]"),
                    broken: Broken::MoreThanAWeek {
                        platform: c.platform_name.clone(),
                        hours: c.total() / 60.0,
                        week_hours: rules::MAX_MINUTES_PER_WEEK / 60.0,
                    },
                    value: Some(c.platform_id.clone()),
                    occurrence: None,
                },
            ),
        );
    }
    out
}

fn at_most(count: usize, max: usize, what: Items) -> Result<(), Broken> {
    if count <= max { Ok(()) } else { Err(Broken::TooMany { count, max, what }) }
}

fn check_choice(at: &str, c: &Choice, check: &mut impl FnMut(String, Result<(), Broken>)) {
    check(format!("{at}.every_weeks"), rules::cadence(c.cadence.posts(), c.cadence.every_weeks()));
    check(format!("{at}.promise.hours"), rules::response_hours(c.promise.hours));
    if let Some(s) = c.stories_per_week {
        check(
            format!("{at}.stories_per_week"),
            rules::non_negative_up_to(f64::from(s), f64::from(rules::MAX_STORIES_PER_WEEK)),
        );
    }
    for (name, v, max) in [
        ("minutes_per_post", c.minutes_per_post, rules::MAX_MINUTES),
        ("replies_per_week", c.replies_per_week, rules::MAX_REPLIES_PER_WEEK),
        ("planning_minutes_per_week", c.planning_minutes_per_week, rules::MAX_MINUTES),
    ] {
        if let Some(v) = v {
            check(format!("{at}.{name}"), rules::non_negative_up_to(v, max));
        }
    }
    if let Some(r) = &c.responder {
        check(format!("{at}.responder"), rules::name(r));
    }
    if let Some(f) = c.followers {
        check(format!("{at}.followers"), rules::followers(f));
    }
    if let Some(r) = &c.reuse_from {
        check(format!("{at}.reuse_from"), rules::name(r));
    }
}

fn check_platform(at: &str, p: &Platform, check: &mut impl FnMut(String, Result<(), Broken>)) {
    check(format!("{at}.id"), rules::name(&p.id));
    check(format!("{at}.name"), rules::name(&p.name));
    check(format!("{at}.b2b"), rules::unit(p.b2b));
    check(format!("{at}.visual"), rules::unit(p.visual));
    check(format!("{at}.brand_use"), rules::share(p.brand_use));
    check(format!("{at}.local"), rules::share(p.local));
    if let Some(group) = &p.inbox {
        check(format!("{at}.inbox"), rules::name(group));
    }
    if p.formats.is_empty() {
        check(format!("{at}.formats"), Err(Broken::NoFormat));
    }
    // The loader refuses a goal fit outside 0..1: so does the save, or a saved plan would not open.
    let fit = &p.goal_fit;
    for (name, v) in [
        ("notoriety", fit.notoriety),
        ("sales", fit.sales),
        ("customer_service", fit.customer_service),
        ("recruiting", fit.recruiting),
    ] {
        check(format!("{at}.goal_fit.{name}"), rules::share(v));
    }
    let f = &p.figures;
    check(format!("{at}.figures.posts_per_week"), rules::POSTS_PER_WEEK.check(f.posts_per_week));
    check(format!("{at}.figures.replies_per_week"), rules::REPLIES_PER_WEEK.check(f.replies_per_week));
    check(format!("{at}.figures.expected_response_hours"), rules::response_hours(f.expected_response_hours));
    for (name, v) in [
        ("minutes_per_reply", f.minutes_per_reply),
        ("minutes_per_check", f.minutes_per_check),
        ("planning_minutes_per_week", f.planning_minutes_per_week),
        ("minutes_per_post.text", f.minutes_per_post.text),
        ("minutes_per_post.image", f.minutes_per_post.image),
        ("minutes_per_post.short_video", f.minutes_per_post.short_video),
        ("minutes_per_post.long_video", f.minutes_per_post.long_video),
    ] {
        check(format!("{at}.figures.{name}"), rules::MINUTES.check(v));
    }
}

/// What needs the whole plan: names used twice, platforms that do not exist.
fn cross_checks(plan: &Plan, catalogue: &Catalogue) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for (i, p) in plan.products.iter().enumerate() {
        if !seen.insert(rules::name_key(&p.name)) {
            // The same text written before this product: the business's name, earlier products.
            let before = usize::from(plan.business.name == p.name)
                + plan.products[..i].iter().filter(|q| q.name == p.name).count();
            out.push(Problem {
                field: format!("products[{i}].name"),
                broken: Broken::SameName { what: Items::Products, name: p.name.clone() },
                value: Some(p.name.clone()),
                occurrence: Some(before),
            });
        }
    }
    for (i, span) in plan.time.rush_hours.iter().enumerate() {
        if let Err(broken) = rules::rush_hour(span.from, span.to) {
            out.push(Problem {
                field: format!("time.rush_hours[{i}].to"),
                broken,
                value: None,
                occurrence: None,
            });
        }
    }
    // Named by their fields, not their values: opening and closing may be written alike.
    if let Err(broken) = rules::opening_hours(plan.time.opens, plan.time.closes) {
        let field = if broken == Broken::OpensAtEndOfDay { "time.opens" } else { "time.closes" };
        out.push(Problem { field: field.into(), broken, value: None, occurrence: None });
    }
    let mut ids = HashSet::new();
    for (i, p) in plan.custom_platforms.iter().enumerate() {
        let broken = if catalogue.get(&p.id).is_some() {
            Some(Broken::IdTaken { id: p.id.clone() })
        } else if !ids.insert(p.id.as_str()) {
            Some(Broken::SameCustomId { id: p.id.clone() })
        } else {
            None
        };
        if let Some(broken) = broken {
            out.push(Problem {
                field: format!("custom_platforms[{i}].id"),
                broken,
                value: Some(p.id.clone()),
                occurrence: None,
            });
        }
    }
    for (i, p) in plan.custom_platforms.iter().enumerate() {
        let Some(group) = &p.inbox else { continue };
        // A group shared with nobody is a typo: it must be the catalogue's or another custom one's.
        let shared = catalogue.inbox(group).is_some()
            || plan
                .custom_platforms
                .iter()
                .enumerate()
                .any(|(j, o)| j != i && o.inbox.as_ref() == Some(group));
        if !shared {
            let known = catalogue.inboxes.iter().map(|i| i.id.clone()).collect();
            out.push(Problem {
                field: format!("custom_platforms[{i}].inbox"),
                broken: Broken::UnknownInbox { group: group.clone(), known },
                value: Some(group.clone()),
                occurrence: None,
            });
        }
    }
    let mut names = HashSet::new();
    for (s, scenario) in plan.scenarios.iter().enumerate() {
        if !names.insert(rules::name_key(&scenario.name)) {
            out.push(Problem {
                field: format!("scenarios[{s}].name"),
                broken: Broken::SameName { what: Items::Scenarios, name: scenario.name.clone() },
                value: Some(scenario.name.clone()),
                occurrence: None,
            });
        }
        out.extend(scenario_checks(plan, catalogue, s));
    }
    if !plan.scenarios.is_empty() && plan.scenario(&plan.current_scenario).is_none() {
        let known = plan.scenarios.iter().map(|s| s.name.clone()).collect();
        out.push(Problem {
            field: "current_scenario".into(),
            broken: Broken::UnknownScenario { name: plan.current_scenario.clone(), known },
            value: Some(plan.current_scenario.clone()),
            occurrence: None,
        });
    }
    out
}

/// One scenario's choices: platforms that exist, once each, and reuse that makes sense.
fn scenario_checks(plan: &Plan, catalogue: &Catalogue, s: usize) -> Vec<Problem> {
    let mut out = Vec::new();
    let choices = &plan.scenarios[s].choices;
    let mut chosen = HashSet::new();
    for (i, c) in choices.iter().enumerate() {
        let broken = if plan.platform(catalogue, &c.platform).is_none() {
            let known = plan.platforms(catalogue).map(|p| p.id.clone()).collect();
            Some(Broken::UnknownPlatform { id: c.platform.clone(), known })
        } else if !chosen.insert(c.platform.as_str()) {
            Some(Broken::ChosenTwice { platform: c.platform.clone() })
        } else {
            None
        };
        if let Some(broken) = broken {
            out.push(Problem {
                field: format!("scenarios[{s}].choices[{i}].platform"),
                broken,
                value: Some(c.platform.clone()),
                occurrence: None,
            });
        }
    }
    for (i, c) in choices.iter().enumerate() {
        let Some(source) = &c.reuse_from else { continue };
        let source_choice = choices.iter().find(|o| &o.platform == source);
        let platform = c.platform.clone();
        let broken = if source == &c.platform {
            Some(Broken::ReusesItself { platform })
        } else if let Some(source_choice) = source_choice {
            match &source_choice.reuse_from {
                Some(back) if back == &c.platform => {
                    Some(Broken::ReuseCycle { platform, source: source.clone() })
                }
                Some(further) => {
                    Some(Broken::ReuseChain { source: source.clone(), further: further.clone() })
                }
                None => None,
            }
        } else {
            Some(Broken::ReuseNotChosen { platform, source: source.clone() })
        };
        if let Some(broken) = broken {
            out.push(Problem {
                field: format!("scenarios[{s}].choices[{i}].reuse_from"),
                broken,
                value: Some(source.clone()),
                occurrence: None,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Goal, Language, Product};

    fn valid_plan() -> Plan {
        let mut plan = Plan::new("Shop", Language::En);
        plan.products.push(Product::new("Bread", 0.1, 0.7));
        plan.current_choices_mut()
            .push(Choice::with_defaults(Catalogue::built_in().get("facebook").unwrap()));
        plan
    }

    #[test]
    fn a_sound_plan_has_no_problem() {
        assert_eq!(validate(&valid_plan(), Catalogue::built_in()), vec![]);
    }

    #[test]
    fn each_broken_field_is_named() {
        let catalogue = Catalogue::built_in();
        let mut plan = valid_plan();
        plan.products[0].b2b = f64::NAN;
        plan.products.push(Product::new(" bread ", 0.2, 0.2));
        plan.time.open_days.clear();
        plan.current_choices_mut().push(Choice::with_defaults(catalogue.get("facebook").unwrap()));
        plan.current_choices_mut()[0].promise.hours = 0.0;
        plan.custom_platforms.push(Platform::custom("x", "Mine", 0.5, 0.5));
        let fields: Vec<String> = validate(&plan, catalogue).into_iter().map(|p| p.field).collect();
        for expected in [
            "products[0].b2b",
            "products[1].name",
            "time.open_days",
            "scenarios[0].choices[0].promise.hours",
            "scenarios[0].choices[1].platform",
            "custom_platforms[0].id",
        ] {
            assert!(fields.iter().any(|f| f == expected), "{expected} not in {fields:?}");
        }
    }

    #[test]
    fn a_custom_platforms_goal_fit_is_checked_as_the_loader_does() {
        let mut plan = valid_plan();
        plan.custom_platforms.push(Platform::custom("own-forum", "Forum", 0.5, 0.5));
        plan.custom_platforms[0].goal_fit.sales = 1.5;
        let fields: Vec<String> =
            validate(&plan, Catalogue::built_in()).into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["custom_platforms[0].goal_fit.sales"]);
        // A share, not a place: the words name no map.
        let problems = validate(&plan, Catalogue::built_in());
        assert_eq!(
            problems[0].broken,
            Broken::OutOfRange { value: 1.5, min: 0.0, max: 1.0, min_allowed: true }
        );
    }

    #[test]
    fn a_goal_counts_once() {
        let mut plan = valid_plan();
        plan.audience.goals = vec![Goal::Sales, Goal::Notoriety, Goal::Sales];
        let problems = validate(&plan, Catalogue::built_in());
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].field, "audience.goals");
        assert_eq!(problems[0].broken, Broken::GoalTwice { goal: Goal::Sales });
        assert!(problems[0].broken.to_string().contains("Sales is listed twice"), "{problems:?}");
    }

    #[test]
    fn no_platform_may_take_more_than_a_week() {
        let catalogue = Catalogue::built_in();
        let mut plan = valid_plan();
        let mut own = Platform::custom("own", "Own", 0.5, 0.5);
        own.figures.replies_per_week = rules::MAX_REPLIES_PER_WEEK;
        own.figures.minutes_per_reply = rules::MAX_MINUTES;
        plan.custom_platforms.push(own.clone());
        plan.current_choices_mut().push(Choice::with_defaults(&own));
        let problems = validate(&plan, catalogue);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].field, "scenarios[0].choices[1]");
        assert!(problems[0].broken.to_string().contains("168 h"), "{problems:?}");
        // Back within a week, it is a plan again, however far over the owner's budget.
        plan.custom_platforms[0].figures.replies_per_week = 100.0;
        plan.custom_platforms[0].figures.minutes_per_reply = 60.0;
        plan.current_choices_mut()[1].replies_per_week = None;
        assert_eq!(validate(&plan, catalogue), vec![]);
    }

    #[test]
    fn a_choice_may_name_a_custom_platform() {
        let mut plan = valid_plan();
        plan.custom_platforms.push(Platform::custom("forum", "Forum", 0.5, 0.5));
        let forum = plan.custom_platforms[0].clone();
        plan.current_choices_mut().push(Choice::with_defaults(&forum));
        assert_eq!(validate(&plan, Catalogue::built_in()), vec![]);
    }
}
