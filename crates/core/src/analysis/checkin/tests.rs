use super::*;
use crate::analysis::{FitOutcome, cost, cost_without_learning, fit};
use crate::model::{Catalogue, Choice, Clock, Goal, Language, Month, MonthRecord, Plan, Weekday};

fn month(y: i32, m: u32) -> Month {
    Month::new(y, m).unwrap()
}

fn now() -> Month {
    month(2026, 12)
}

/// A bakery on Instagram and Facebook (one inbox), with no month recorded.
fn bakery() -> Plan {
    bakery_on(&["instagram", "facebook"])
}

fn bakery_on(ids: &[&str]) -> Plan {
    let catalogue = Catalogue::built_in();
    let mut plan = Plan::new("Bakery", Language::En);
    plan.time.open_days = Weekday::first(6);
    plan.time.closes = Clock::hm(18, 0);
    plan.time.weekly_budget_hours = 5.0;
    plan.audience.goals = vec![Goal::Sales, Goal::Notoriety];
    for id in ids {
        plan.current_choices_mut().push(Choice::with_defaults(catalogue.get(id).unwrap()));
    }
    plan
}

fn record(plan: &mut Plan, m: Month, id: &str, edit: impl FnOnce(&mut MonthRecord)) {
    let mut r = MonthRecord::new(m, id);
    edit(&mut r);
    plan.months.record(r, now()).unwrap();
}

fn weekly(plan: &Plan, id: &str) -> f64 {
    cost(plan, Catalogue::built_in()).choices.iter().find(|c| c.platform_id == id).unwrap().total()
}

#[test]
fn three_months_of_real_minutes_move_a_platforms_cost_and_two_do_not() {
    let catalogue = Catalogue::built_in();
    // Each in its own inbox: Instagram's cost is its own (a shared inbox shares its looks).
    let mut plan = bakery_on(&["instagram", "linkedin"]);
    let planned = weekly(&plan, "instagram");
    let linkedin = weekly(&plan, "linkedin");
    // Twice the planned hours, month after month, as a bare total.
    let months = [month(2026, 9), month(2026, 10), month(2026, 11)];
    for m in &months[..2] {
        record(&mut plan, *m, "instagram", |r| r.time.total = Some(2.0 * planned * m.weeks()));
    }
    assert_eq!(weekly(&plan, "instagram"), planned, "two months: the defaults hold");
    let learned = learn(&plan, catalogue);
    assert_eq!((learned[0].months, learned[0].per_post), (2, None));
    record(&mut plan, months[2], "instagram", |r| r.time.total = Some(2.0 * planned * months[2].weeks()));
    let now_weekly = weekly(&plan, "instagram");
    assert!(
        (now_weekly - 2.0 * planned).abs() < 0.01,
        "the cost is the real weeks: {now_weekly} vs {planned}"
    );
    assert_eq!(weekly(&plan, "linkedin"), linkedin, "only the platform recorded moves");
    assert_eq!(cost_without_learning(&plan, catalogue).choices[0].total(), planned);
    let learned = &learn(&plan, catalogue)[0];
    let post = learned.per_post.unwrap();
    assert!(post.own > post.default && post.months == 3, "{post:?}");
    let said = learned.words("Instagram", Language::En).join(" ");
    assert!(said.contains("your figure, from 3 months") && said.contains("(the default: "), "{said}");
}

#[test]
fn minutes_per_task_teach_each_figure_on_its_own() {
    let mut plan = bakery();
    let before = cost(&plan, Catalogue::built_in()).choices[0].clone();
    for m in [month(2026, 8), month(2026, 9), month(2026, 10)] {
        // Three times the writing the plan expects; looking not counted.
        record(&mut plan, m, "instagram", |r| r.time.writing = Some(3.0 * before.creation * m.weeks()));
    }
    let after = cost(&plan, Catalogue::built_in()).choices[0].clone();
    assert!((after.creation - 3.0 * before.creation).abs() < 0.01);
    assert_eq!(after.monitoring, before.monitoring);
    let learned = &learn(&plan, Catalogue::built_in())[0];
    assert!(learned.per_post.is_some() && learned.per_look.is_none());
}

#[test]
fn the_fit_and_the_week_use_what_the_months_taught() {
    let catalogue = Catalogue::built_in();
    let mut plan = bakery();
    let planned = weekly(&plan, "instagram");
    let before = match fit(&plan, catalogue, 5.0, None) {
        FitOutcome::Fitted(f) => f,
        other => panic!("{other:?}"),
    };
    for m in [month(2026, 9), month(2026, 10), month(2026, 11)] {
        record(&mut plan, m, "instagram", |r| r.time.total = Some(6.0 * planned * m.weeks()));
    }
    let after = match fit(&plan, catalogue, 5.0, None) {
        FitOutcome::Fitted(f) => f,
        other => panic!("{other:?}"),
    };
    assert_ne!(before.scenario.choices, after.scenario.choices, "a slower Instagram changes the fit");
    // The fit's minutes are the learned cost of what it proposes, within the hours.
    let mut fitted = plan.clone();
    fitted.scenarios.push(after.scenario.clone());
    fitted.current_scenario = after.scenario.name.clone();
    let learned_total = cost(&fitted, catalogue).total();
    assert!((learned_total - after.minutes).abs() < 0.5, "{learned_total} vs {}", after.minutes);
    assert!(after.minutes <= 5.0 * 60.0 + 0.5);
    // The week lays out the learned minutes too.
    let week = crate::analysis::week(&plan, catalogue);
    let laid: f64 =
        week.items.iter().filter(|i| i.platforms.iter().any(|p| p == "instagram")).map(|i| i.minutes).sum();
    let old: f64 = {
        let mut p = plan.clone();
        p.months = Default::default();
        let w = crate::analysis::week(&p, catalogue);
        w.items.iter().filter(|i| i.platforms.iter().any(|p| p == "instagram")).map(|i| i.minutes).sum()
    };
    assert!(laid > old, "{laid} vs {old}");
}

#[test]
fn real_hours_over_the_budget_two_months_running_are_warned_about() {
    let catalogue = Catalogue::built_in();
    let mut plan = bakery();
    let budget = |m: Month| 5.0 * 60.0 * m.weeks();
    // Over in September, within in October, over in November and December: one run of two.
    for (m, share) in
        [(month(2026, 9), 1.2), (month(2026, 10), 0.8), (month(2026, 11), 1.5), (month(2026, 12), 1.1)]
    {
        record(&mut plan, m, "instagram", |r| r.time.total = Some(share * budget(m) * 0.5));
        record(&mut plan, m, "facebook", |r| r.time.total = Some(share * budget(m) * 0.5));
    }
    let review = review(&plan, catalogue);
    assert_eq!(review.totals.len(), 4);
    let over = review.over_budget.unwrap();
    assert_eq!((over.from, over.to, over.months), (month(2026, 11), month(2026, 12), 2));
    let expected = (0.5 * budget(month(2026, 11)) + 0.1 * budget(month(2026, 12))) / 2.0;
    assert!((over.over_minutes - expected).abs() < 1e-6);
    assert!(over.words(Language::Fr).contains("2 mois de suite"), "{}", over.words(Language::Fr));
    // One month over, then within: no warning.
    let mut once = bakery();
    record(&mut once, month(2026, 10), "instagram", |r| r.time.total = Some(2.0 * budget(month(2026, 10))));
    record(&mut once, month(2026, 12), "instagram", |r| r.time.total = Some(2.0 * budget(month(2026, 12))));
    assert_eq!(review_of(&once).over_budget, None, "two months over, but not in a row");
}

fn review_of(plan: &Plan) -> Review {
    review(plan, Catalogue::built_in())
}

#[test]
fn planned_and_real_hours_and_hours_per_result_per_month() {
    let mut plan = bakery();
    let planned = weekly(&plan, "instagram");
    record(&mut plan, month(2026, 11), "instagram", |r| {
        r.time.total = Some(600.0);
        r.results.enquiries = Some(4);
        r.results.messages = Some(10); // customer service: not one of this plan's goals
        r.results.followers = Some(6);
    });
    let line = &review_of(&plan).lines[0];
    assert!((line.planned_minutes.unwrap() - planned * 30.0 / 7.0).abs() < 1e-9);
    assert_eq!((line.real_minutes, line.results_for_goals), (Some(600.0), 10));
    assert_eq!(line.hours_per_result(), Some(1.0));
}

#[test]
fn keep_cut_back_or_drop_from_made_up_months() {
    let catalogue = Catalogue::built_in();
    let mut plan = bakery();
    plan.current_choices_mut().push(Choice::with_defaults(catalogue.get("linkedin").unwrap()));
    plan.current_choices_mut().push(Choice::with_defaults(catalogue.get("tiktok").unwrap()));
    for m in [month(2026, 9), month(2026, 10), month(2026, 11)] {
        // Instagram: 10 enquiries in 10 h; Facebook: 4 in 10 h; LinkedIn: nothing; TikTok: 2 months.
        record(&mut plan, m, "instagram", |r| (r.time.total, r.results.enquiries) = (Some(600.0), Some(10)));
        record(&mut plan, m, "facebook", |r| (r.time.total, r.results.enquiries) = (Some(600.0), Some(4)));
        record(&mut plan, m, "linkedin", |r| (r.time.total, r.results.messages) = (Some(300.0), Some(5)));
    }
    for m in [month(2026, 10), month(2026, 11)] {
        record(&mut plan, m, "tiktok", |r| (r.time.total, r.results.followers) = (Some(120.0), Some(50)));
    }
    let verdicts = review_of(&plan).verdicts;
    let advice: Vec<(&str, Advice)> = verdicts.iter().map(|v| (v.platform.as_str(), v.advice)).collect();
    assert_eq!(
        advice,
        vec![
            ("facebook", Advice::CutBack),
            ("instagram", Advice::Keep),
            ("linkedin", Advice::Drop),
            ("tiktok", Advice::TooEarly)
        ]
    );
    let drop = &verdicts[2];
    let elsewhere = drop.elsewhere.as_ref().unwrap();
    // LinkedIn's 5 h a month at Instagram's 1 enquiry an hour.
    assert_eq!(
        (elsewhere.platform_name.as_str(), elsewhere.kind),
        ("Instagram", crate::model::ResultKind::Enquiries)
    );
    assert!((elsewhere.count - 5.0).abs() < 1e-9);
    let said = drop.words(Language::En);
    assert!(said.starts_with("Drop LinkedIn: 5 h a month for 3 month(s) brought nothing"), "{said}");
    assert!(said.contains("about 5 more enquiries a month on Instagram"), "{said}");
    let cut = verdicts[0].words(Language::Fr);
    assert!(cut.starts_with("Réduisez Facebook\u{202F}: 0,4 résultat"), "{cut}");
    // Raising Facebook to Instagram's rate keeps it.
    record(&mut plan, month(2026, 11), "facebook", |r| {
        (r.time.total, r.results.enquiries) = (Some(600.0), Some(30))
    });
    assert_eq!(review_of(&plan).verdicts[0].advice, Advice::Keep);
}

#[test]
fn the_advice_weighs_changes_at_the_learned_minutes() {
    let catalogue = Catalogue::built_in();
    let mut plan = bakery_on(&["instagram", "linkedin"]);
    let planned = weekly(&plan, "instagram");
    let saved_on_instagram = |plan: &Plan| -> f64 {
        crate::analysis::savings(plan, catalogue)
            .iter()
            .filter(|s| s.platform_id == "instagram")
            .map(|s| s.minutes_saved)
            .fold(0.0, f64::max)
    };
    let before = saved_on_instagram(&plan);
    for m in [month(2026, 9), month(2026, 10), month(2026, 11)] {
        record(&mut plan, m, "instagram", |r| r.time.total = Some(3.0 * planned * m.weeks()));
    }
    // Posting less on a platform that takes three times the planned minutes saves more.
    let after = saved_on_instagram(&plan);
    assert!(after > 1.5 * before && before > 0.0, "{before} then {after}");
}
