use super::*;
use crate::analysis::cost::cost;
use crate::analysis::fit::{FitOutcome, fit};
use crate::model::{Clock, Promise, Weekday};

fn saves(name: &str) -> Plan {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../saves").join(name);
    crate::storage::load(&path, Catalogue::built_in()).unwrap()
}

/// The florist a new owner made in the window (`../shared/cases/florist.ron`), in our words.
fn florist() -> Plan {
    let catalogue = Catalogue::built_in();
    let mut plan = Plan::new("Fleurs de Léa", Language::Fr);
    plan.products = vec![
        crate::model::Product::new("Bouquets", 0.0, 0.96),
        crate::model::Product::new("Fleurs de mariage", 0.11, 0.86),
        crate::model::Product::new("Plantes pour bureaux", 0.93, 0.65),
    ];
    plan.audience.goals = vec![Goal::Notoriety, Goal::Sales];
    plan.reach = crate::model::Reach::Local;
    plan.time.weekly_budget_hours = 3.0;
    plan.time.open_days = vec![Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat];
    plan.time.opens = Clock::hm(9, 0);
    plan.time.closes = Clock::hm(17, 0);
    for (id, posts, hours) in [("instagram", 3, 6.0), ("google_business", 1, 24.0), ("facebook", 4, 6.0)] {
        let mut c = Choice::with_defaults(catalogue.get(id).unwrap());
        c.cadence = Cadence::weekly(posts);
        c.format = PostFormat::Image;
        c.promise = Promise::anytime(hours);
        plan.current_choices_mut().push(c);
    }
    plan
}

/// The four best-ranked platforms at three posts a week each: an over-eager plan.
fn over_eager(mut plan: Plan, budget: f64) -> Plan {
    let catalogue = Catalogue::built_in();
    let ranking = recommend(&plan, catalogue);
    plan.current_mut().choices.clear();
    for r in ranking.iter().take(4) {
        let mut c = Choice::with_defaults(plan.platform(catalogue, &r.platform_id).unwrap());
        // Three posts a week where a feed takes them; a channel keeps its long pieces' pace.
        if c.cadence.every_weeks() == 1 {
            c.cadence = Cadence::weekly(3);
        }
        plan.current_choices_mut().push(c);
    }
    plan.current_mut().weekly_hours = Some(budget);
    plan
}

/// Every change the advice may weigh saves what costing the whole plan again says.
fn agrees_with_the_whole_cost(plan: &Plan) {
    let catalogue = Catalogue::built_in();
    let costing = Costing::new(plan, catalogue);
    let ranking = recommend(plan, catalogue);
    let rank = |id: &str| ranking.iter().position(|r| r.platform_id == id).unwrap_or(usize::MAX);
    let choices = plan.current_choices();
    let before = costing.cost(choices).total();
    let mut changes = candidate_changes(&costing, &rank, choices, None);
    for (i, c) in choices.iter().enumerate() {
        changes
            .push((i, Change::FewerPosts { from: c.cadence, to: Cadence::every(2), followers: Vec::new() }));
        changes.push((i, Change::LighterFormat { from: c.format, to: PostFormat::Text }));
        changes.push((i, Change::RelaxResponse { from: c.promise.hours, to: 72.0 }));
        changes.push((i, Change::OpeningHours));
        changes.push((i, Change::Drop { only_for: Vec::new() }));
    }
    for (i, change) in changes {
        let after = costing.cost(&apply(&costing, choices, i, &change)).total();
        let saved = saving(&costing, choices, i, &change);
        assert!(
            (before - after - saved).abs() < 1e-9,
            "{}: {change:?} saves {} not {saved}",
            choices[i].platform,
            before - after
        );
    }
}

#[test]
fn each_change_saves_what_the_whole_cost_says() {
    for name in ["boulangerie.ron", "accounting-firm.ron", "menuiserie.ron"] {
        agrees_with_the_whole_cost(&saves(name));
    }
    agrees_with_the_whole_cost(&florist());
    // Shared inboxes, shared and adapted posts with more posts than their source, a source that
    // takes its own planning time, and a platform the catalogue does not know.
    let catalogue = Catalogue::built_in();
    let mut plan = Plan::new("Shop", Language::En);
    for id in ["instagram", "facebook", "threads", "whatsapp", "linkedin", "youtube"] {
        plan.current_choices_mut().push(Choice::with_defaults(catalogue.get(id).unwrap()));
    }
    let choices = plan.current_choices_mut();
    choices[1].reuse_from = Some("instagram".into());
    choices[1].cadence = Cadence::weekly(6);
    choices[1].format = PostFormat::Image;
    choices[2].reuse_from = Some("instagram".into());
    choices[2].promise = Promise::anytime(12.0);
    choices[0].planning_minutes_per_week = Some(20.0);
    choices[0].stories_per_week = Some(5);
    choices[4].followers = Some(3000);
    choices[5].minutes_per_post = Some(200.0);
    let mut unknown = Choice::with_defaults(catalogue.get("x").unwrap());
    unknown.platform = "elsewhere".into();
    choices.push(unknown);
    agrees_with_the_whole_cost(&plan);
}

/// Applies the steps one after another, as the owner would; after each, the plan is one the
/// checks accept (no post adapted from a platform that itself shares another's).
fn applied(plan: &Plan, steps: &[Saving]) -> Plan {
    let mut after = plan.clone();
    for s in steps {
        assert!(s.apply_to(&mut after, Catalogue::built_in()), "{s:?}");
        let problems = crate::storage::validate(&after, Catalogue::built_in());
        assert!(problems.is_empty(), "after {s:?}: {problems:?} in {steps:#?}");
    }
    after
}

#[test]
fn the_steps_bring_the_plan_back_lightest_first_and_add_up() {
    let catalogue = Catalogue::built_in();
    for plan in
        [florist(), over_eager(saves("boulangerie.ron"), 3.0), over_eager(saves("accounting-firm.ron"), 2.5)]
    {
        let over = cost(&plan, catalogue).over_by();
        assert!(over > 0.0);
        let steps = bring_back_within_budget(&plan, catalogue);
        assert!(!steps.is_empty());
        let saved: f64 = steps.iter().map(|s| s.minutes_saved).sum();
        let after = applied(&plan, &steps);
        assert!((cost(&plan, catalogue).total() - cost(&after, catalogue).total() - saved).abs() < 1e-6);
        assert!(
            cost(&after, catalogue).over_by() < 0.5,
            "{}: still over after {steps:#?}",
            plan.business.name
        );
        // Leaving comes after every lighter step that saves by itself; each step saves time.
        assert!(steps.iter().all(|s| s.minutes_saved > 0.5), "{steps:#?}");
        assert!(!steps[0].change.is_drop() || steps.iter().all(|s| s.change.is_drop()), "{steps:#?}");
    }
}

#[test]
fn the_advice_never_leaves_what_the_fit_keeps_nor_rank_one_first() {
    let catalogue = Catalogue::built_in();
    let mut plans = vec![florist()];
    for name in ["boulangerie.ron", "accounting-firm.ron", "menuiserie.ron"] {
        for budget in [1.5, 2.5, 4.0] {
            plans.push(over_eager(saves(name), budget));
        }
    }
    for plan in plans {
        let steps = bring_back_within_budget(&plan, catalogue);
        let rank_one = &recommend(&plan, catalogue)[0].platform_id;
        if let Some(first) = steps.first() {
            assert!(
                !(first.change.is_drop() && &first.platform_id == rank_one),
                "{}: {steps:#?}",
                plan.business.name
            );
        }
        if let FitOutcome::Fitted(f) = fit(&plan, catalogue, plan.budget_hours(), None) {
            for s in steps.iter().filter(|s| s.change.is_drop()) {
                assert!(
                    !f.scenario.choices.iter().any(|c| c.platform == s.platform_id),
                    "{}: leaves {} which the fit keeps",
                    plan.business.name,
                    s.platform_id
                );
            }
        }
    }
}

#[test]
fn the_florist_posts_less_and_shares_before_leaving_anything() {
    let plan = florist();
    let steps = bring_back_within_budget(&plan, Catalogue::built_in());
    let first = &steps[0];
    assert!(!first.change.is_drop(), "{steps:#?}");
    assert!(
        steps.iter().any(|s| matches!(s.change, Change::Share { .. } | Change::FewerPosts { .. })),
        "{steps:#?}"
    );
    assert!(!steps.iter().any(|s| s.change.is_drop() && s.platform_id == "instagram"), "{steps:#?}");
}

#[test]
fn never_slower_than_customers_expect_unless_already_slower() {
    let catalogue = Catalogue::built_in();
    for plan in [florist(), over_eager(saves("boulangerie.ron"), 1.0)] {
        for s in bring_back_within_budget(&plan, catalogue) {
            // What customers expect, counted in the business's open days.
            let expected = plan.expected_promise(catalogue.get(&s.platform_id).unwrap()).hours;
            if let Change::RelaxResponse { to, .. } = s.change {
                assert!(to <= expected, "{s:?}");
            }
            // Answering in opening hours, the same hours are never slower than that.
            if s.change == Change::OpeningHours {
                let i = plan.current_choices().iter().position(|c| c.platform == s.platform_id).unwrap();
                let costing = crate::analysis::cost::Costing::new(&plan, catalogue);
                let after = super::apply(&costing, plan.current_choices(), i, &s.change);
                assert!(
                    after[i].promise.hours <= expected && after[i].promise.kind == PromiseKind::OpeningHours
                );
            }
        }
    }
    // An owner who already answers slower than expected is not pushed further.
    let mut plan = florist();
    plan.current_choices_mut()[0].promise = Promise::opening_hours(48.0);
    assert!(
        !bring_back_within_budget(&plan, catalogue)
            .iter()
            .any(|s| s.platform_id == "instagram" && matches!(s.change, Change::RelaxResponse { .. }))
    );
}

#[test]
fn steps_are_said_in_both_languages() {
    for s in bring_back_within_budget(&florist(), Catalogue::built_in()) {
        let (fr, en) = (s.describe(Language::Fr), s.describe(Language::En));
        assert!(fr.contains("libère") && en.contains("saves"), "{fr} / {en}");
    }
}

#[test]
fn within_budget_there_is_nothing_to_advise() {
    let mut plan = florist();
    plan.current_mut().weekly_hours = Some(40.0);
    assert!(bring_back_within_budget(&plan, Catalogue::built_in()).is_empty());
}

/// Sixteen other businesses, over-eager at a few budgets: the advice comes back within the
/// hours, lightest first, and never leaves what the fit keeps.
#[test]
fn other_businesses_get_advice_in_one_voice_with_the_fit() {
    let catalogue = Catalogue::built_in();
    for case in crate::analysis::practitioner::cases() {
        let plan = crate::analysis::practitioner::plan_of(&case, Language::En);
        for budget in [1.5, 3.0] {
            let plan = over_eager(plan.clone(), budget);
            let steps = bring_back_within_budget(&plan, catalogue);
            let what = format!("{} {budget} h", case.id);
            assert!(steps.iter().all(|s| s.minutes_saved > 0.5), "{what}: {steps:#?}");
            let first_drop = steps.iter().position(|s| s.change.is_drop()).unwrap_or(steps.len());
            // A lighter step after a platform is left saved nothing before it, or took posts from a
            // platform sharing that one's (it uses its leaving).
            for later in steps[first_drop..].iter().filter(|s| !s.change.is_drop()) {
                let mut before = plan.clone();
                for s in &steps[..first_drop] {
                    s.apply_to(&mut before, catalogue);
                }
                let alone = Saving { minutes_saved: 0.0, ..later.clone() };
                let mut tried = before.clone();
                alone.apply_to(&mut tried, catalogue);
                let saved = cost(&before, catalogue).total() - cost(&tried, catalogue).total();
                let index = before.current_choices().iter().position(|c| c.platform == later.platform_id);
                let chained =
                    index.is_some_and(|i| !takes_from_a_maker(before.current_choices(), i, &later.change));
                assert!(
                    saved <= 0.5 || chained,
                    "{what}: {later:?} saved {saved} before leaving: {steps:#?}"
                );
            }
            let rank_one = &recommend(&plan, catalogue)[0].platform_id;
            if let Some(first) = steps.first() {
                assert!(!(first.change.is_drop() && &first.platform_id == rank_one), "{what}: {steps:#?}");
            }
            if let FitOutcome::Fitted(f) = fit(&plan, catalogue, budget, None) {
                for s in steps.iter().filter(|s| s.change.is_drop()) {
                    assert!(
                        !f.scenario.choices.iter().any(|c| c.platform == s.platform_id),
                        "{what}: {steps:#?}"
                    );
                }
                let after = applied(&plan, &steps);
                assert!(cost(&after, catalogue).over_by() < 0.5, "{what}: still over: {steps:#?}");
            }
        }
    }
}

/// Found by the long fuzz run: Facebook shares Instagram's posts and LinkedIn comes to adapt
/// Facebook's; posting less on Facebook only saves once Instagram is left, so it comes after.
#[test]
fn a_step_that_only_saves_after_a_platform_is_left_comes_after_it() {
    let catalogue = Catalogue::built_in();
    let mut plan = saves("boulangerie.ron");
    plan.select_scenario("Photos partagées").unwrap();
    plan.current_mut().choices.reverse();
    let ig = plan.current_choices().iter().position(|c| c.platform == "instagram").unwrap();
    plan.current_choices_mut()[ig].reuse_from = None;
    let fb = plan.current_choices().iter().position(|c| c.platform == "facebook").unwrap();
    plan.current_choices_mut()[fb].reuse_from = Some("instagram".into());
    let mut linkedin = Choice::with_defaults(catalogue.get("linkedin").unwrap());
    linkedin.cadence = Cadence::weekly(2);
    plan.current_choices_mut().insert(0, linkedin);
    plan.current_mut().weekly_hours = Some(3.0);
    let steps = bring_back_within_budget(&plan, catalogue);
    assert!(!steps.is_empty());
    assert!(steps.iter().all(|s| s.minutes_saved > 0.5), "{steps:#?}");
    let after = applied(&plan, &steps);
    assert!(cost(&after, catalogue).over_by() < 0.5, "{steps:#?}");
}

/// Found by a practitioner's pass: a salon whose Facebook shares Instagram's posts. The fit at
/// 3 h leaves Instagram, and Google then adapts Facebook's posts; before Instagram is left,
/// Facebook shares and cannot be a source, so that step comes after the leaving, never before
/// (the checks refuse a post adapted from a platform that shares another's).
#[test]
fn a_post_is_never_adapted_from_a_platform_that_still_shares_another() {
    let catalogue = Catalogue::built_in();
    let mut plan = Plan::new("Salon Mèches Folles", Language::Fr);
    plan.products = vec![
        crate::model::Product::new("Coupes et brushings", 0.02, 0.8),
        crate::model::Product::new("Couleurs et balayages", 0.02, 0.95),
        crate::model::Product::new("Chignons de mariage", 0.05, 0.95),
    ];
    plan.products[0].weight = 2.0;
    plan.products[1].weight = 1.5;
    plan.products[2].weight = 0.5;
    plan.audience.goals = vec![Goal::Notoriety, Goal::CustomerService];
    plan.audience.ages = vec![
        crate::model::AgeBand::From18To29,
        crate::model::AgeBand::From30To49,
        crate::model::AgeBand::From50To64,
    ];
    plan.reach = crate::model::Reach::Local;
    plan.time.weekly_budget_hours = 3.0;
    plan.time.open_days = vec![Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat];
    plan.time.opens = Clock::hm(9, 0);
    plan.time.closes = Clock::hm(19, 0);
    for (id, posts, hours, from) in [
        ("instagram", 3, 6.0, None),
        ("facebook", 3, 6.0, Some("instagram")),
        ("google_business", 1, 16.0, None),
    ] {
        let mut c = Choice::with_defaults(catalogue.get(id).unwrap());
        c.cadence = Cadence::weekly(posts);
        c.format = PostFormat::Image;
        c.promise = Promise::opening_hours(hours);
        c.reuse_from = from.map(str::to_owned);
        plan.current_choices_mut().push(c);
    }
    plan.current_choices_mut()[0].stories_per_week = Some(3);
    let steps = bring_back_within_budget(&plan, catalogue);
    let adapts_facebook = |s: &Saving| matches!(&s.change, Change::Reuse { from_id, .. } | Change::Share { from_id, .. } if from_id == "facebook");
    let leaves_instagram = steps.iter().position(|s| s.change.is_drop() && s.platform_id == "instagram");
    let adapt = steps.iter().position(adapts_facebook).unwrap_or_else(|| panic!("{steps:#?}"));
    assert!(leaves_instagram.is_some_and(|leave| leave < adapt), "{steps:#?}");
    let after = applied(&plan, &steps);
    assert!(cost(&after, catalogue).over_by() < 0.5, "{steps:#?}");
}

/// Found by a practitioner's pass: a wine bar whose Facebook shares all of Instagram's posts was
/// told "1 post a week instead of 3 on Instagram saves 0.1 h", then the same on Facebook "saves
/// 1 h": Facebook went on sharing three posts, two of them now its own to make. Posting less on
/// a source takes those sharing all its posts down with it, and says so.
#[test]
fn posting_less_on_a_source_takes_those_sharing_all_its_posts_with_it() {
    let catalogue = Catalogue::built_in();
    let mut plan = florist();
    plan.time.weekly_budget_hours = 2.5;
    let choices = plan.current_choices_mut();
    choices.retain(|c| c.platform != "google_business");
    for c in choices.iter_mut() {
        c.cadence = Cadence::weekly(3);
        c.promise = Promise::opening_hours(6.0);
    }
    let fb = choices.iter().position(|c| c.platform == "facebook").unwrap();
    choices[fb].reuse_from = Some("instagram".into());
    choices[0].stories_per_week = Some(5);
    let steps = bring_back_within_budget(&plan, catalogue);
    let fewer: Vec<&Saving> =
        steps.iter().filter(|s| matches!(s.change, Change::FewerPosts { .. })).collect();
    assert!(!fewer.is_empty(), "{steps:#?}");
    let on_instagram = fewer.iter().find(|s| s.platform_id == "instagram").expect("posts cut on the source");
    let Change::FewerPosts { followers, .. } = &on_instagram.change else { unreachable!() };
    assert_eq!(followers, &vec!["Facebook".to_owned()], "{steps:#?}");
    assert!(on_instagram.minutes_saved > 30.0, "{on_instagram:?}");
    assert!(on_instagram.describe(Language::En).contains("and on what takes its posts (Facebook)"));
    // Facebook follows: no second step on it, and it never makes posts of its own.
    assert!(!fewer.iter().any(|s| s.platform_id == "facebook"), "{steps:#?}");
    let after = applied(&plan, &steps);
    let ig = after.current_choices().iter().find(|c| c.platform == "instagram").unwrap().cadence;
    let fb = after.current_choices().iter().find(|c| c.platform == "facebook");
    assert!(fb.is_none_or(|fb| fb.cadence == ig), "{:?}", after.current_choices());
    assert!(cost(&after, catalogue).over_by() < 0.5, "{steps:#?}");
}

/// Found by a practitioner's pass: "answering on Instagram in opening hours saves 1.2 h", done
/// by hand on Instagram alone, saved nothing: Facebook shares its inbox, and the step moves
/// both (one inbox, one promise). The step names every platform it moves.
#[test]
fn a_promise_step_names_every_platform_of_its_inbox() {
    let catalogue = Catalogue::built_in();
    let plan = florist();
    let steps = bring_back_within_budget(&plan, catalogue);
    let meta = steps
        .iter()
        .find(|s| {
            matches!(s.change, Change::OpeningHours)
                && ["instagram", "facebook"].contains(&s.platform_id.as_str())
        })
        .unwrap_or_else(|| panic!("{steps:#?}"));
    let said = meta.describe(Language::En);
    assert!(said.contains("Instagram and Facebook") || said.contains("Facebook and Instagram"), "{said}");
    // Google's inbox is its own: its step names it alone.
    for s in steps.iter().filter(|s| s.platform_id == "google_business") {
        assert!(s.inbox_partners.is_empty(), "{s:?}");
    }
}
