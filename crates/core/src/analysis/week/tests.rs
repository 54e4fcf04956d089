use super::*;
use crate::analysis::cost::cost;
use crate::analysis::drill::drill;
use crate::model::{
    Cadence, Choice, Clock, Customer, Language, Move, PostFormat, Product, Promise, Span, Weekday,
};

fn catalogue() -> &'static Catalogue {
    Catalogue::built_in()
}

fn choose<'a>(plan: &'a mut Plan, id: &str) -> &'a mut Choice {
    let platform = catalogue().get(id).unwrap().clone();
    plan.current_choices_mut().push(Choice::with_defaults(&platform));
    plan.current_choices_mut().last_mut().unwrap()
}

fn bakery() -> Plan {
    let mut plan = Plan::new("Bakery", Language::En);
    plan.products.push(Product::new("Bread", 0.1, 0.7));
    plan.products.push(Product { weight: 2.0, ..Product::new("Cakes", 0.1, 0.9) });
    plan.time.open_days =
        vec![Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];
    plan.time.opens = Clock::hm(7, 0);
    plan.time.closes = Clock::hm(19, 30);
    let ig = choose(&mut plan, "instagram");
    ig.cadence = Cadence::weekly(3);
    ig.promise = Promise::opening_hours(4.0);
    ig.responder = Some("Camille".into());
    let fb = choose(&mut plan, "facebook");
    fb.cadence = Cadence::weekly(3);
    fb.format = PostFormat::Image;
    fb.reuse_from = Some("instagram".into());
    plan
}

/// The week lays out exactly the minutes the cost counts.
fn assert_adds_up(week: &Week, cost: &crate::analysis::PlanCost) {
    assert!(
        (week.total_minutes() - cost.total()).abs() < 1e-6,
        "{} vs {}",
        week.total_minutes(),
        cost.total()
    );
}

/// No two items with time overlap in one day, nothing runs past midnight.
fn assert_sound(week: &Week) {
    for day in Weekday::ALL {
        let mut items: Vec<&Item> = week.items.iter().filter(|i| i.day == day && i.minutes > 0.0).collect();
        items.sort_by(|a, b| a.start.total_cmp(&b.start));
        for pair in items.windows(2) {
            assert!(
                pair[1].start >= pair[0].end() - 0.01,
                "overlap on {day:?}: {:?} / {:?}",
                pair[0],
                pair[1]
            );
        }
        for item in &items {
            assert!(item.start >= 0.0 && item.end() <= 24.0 * 60.0 + 0.01, "past midnight: {item:?}");
        }
    }
}

#[test]
fn a_plan_with_no_choices_has_an_empty_week() {
    let plan = Plan::new("Empty", Language::Fr);
    let week = week(&plan, catalogue());
    assert!(week.items.is_empty() && week.notices.is_empty());
    assert_eq!(week.open_days, Weekday::first(5));
}

#[test]
fn the_week_holds_exactly_what_the_cost_counts() {
    let mut plan = bakery();
    choose(&mut plan, "youtube"); // one video every three weeks
    choose(&mut plan, "linkedin").promise = Promise::anytime(24.0);
    plan.current_choices_mut()[0].stories_per_week = Some(4);
    let cost = cost(&plan, catalogue());
    let week = week(&plan, catalogue());
    assert_adds_up(&week, &cost);
    assert_eq!(week.items.iter().filter(|i| i.kind == Kind::Planning).count(), 1);
    assert_eq!(week.items.iter().filter(|i| i.key.starts_with("story:instagram")).count(), 4);
    assert_sound(&week);
}

#[test]
fn posts_are_written_in_batches_and_go_out_when_the_audience_is_there() {
    let mut plan = bakery();
    plan.audience.customers = vec![Customer::Consumers];
    let week = week(&plan, catalogue());
    let writing: Vec<&Item> = week.items.iter().filter(|i| i.kind == Kind::Post).collect();
    let mut days: Vec<Weekday> = writing.iter().map(|i| i.day).collect();
    days.dedup();
    assert!(days.len() <= 2, "written on {days:?}");
    // Not in the first hour of opening (07:00 to 08:00: the morning rush).
    assert!(writing.iter().all(|i| i.start >= 8.0 * 60.0), "{writing:?}");
    let out: Vec<&Item> = week.items.iter().filter(|i| i.kind == Kind::Publish).collect();
    assert_eq!(out.len(), 6);
    assert!(out.iter().all(|i| i.minutes == 0.0));
    // Consumers: weekday evenings, weekend late mornings; a publication on a closed Monday too.
    for i in &out {
        let expected = if matches!(i.day, Weekday::Sat | Weekday::Sun) { 11.0 } else { 19.0 };
        assert_eq!(i.start, expected * 60.0, "{i:?}");
    }
    // Business buyers read LinkedIn on weekday mornings.
    let mut firm = bakery();
    firm.audience.customers = vec![Customer::BusinessBuyers];
    choose(&mut firm, "linkedin").cadence = Cadence::weekly(2);
    let week = super::week(&firm, catalogue());
    for i in week.items.iter().filter(|i| i.kind == Kind::Publish && i.platforms == ["linkedin"]) {
        assert!(i.day < Weekday::Sat && i.start < 9.0 * 60.0, "{i:?}");
    }
}

#[test]
fn a_post_about_what_businesses_buy_goes_out_on_a_weekday_morning() {
    let mut plan = bakery();
    plan.products.push(Product::new("Trade platters", 0.8, 0.6));
    let week = week(&plan, catalogue());
    let trade: Vec<&Item> = week
        .items
        .iter()
        .filter(|i| i.kind == Kind::Publish && i.topic.as_deref() == Some("Trade platters"))
        .collect();
    assert!(!trade.is_empty());
    for i in trade {
        assert!(i.day < Weekday::Sat && i.start < 9.0 * 60.0, "{i:?}");
    }
}

#[test]
fn shared_and_adapted_posts_follow_their_source_and_its_topic() {
    let week = week(&bakery(), catalogue());
    for n in 1..=3 {
        let source = week.item(&format!("post:instagram:{n}")).unwrap();
        let shared = week.item(&format!("post:facebook:{n}")).unwrap();
        assert_eq!((shared.day, &shared.topic), (source.day, &source.topic));
        assert_eq!(shared.making, Some(Making::Shared("Instagram".into())));
        assert!(shared.start >= source.end() - 0.01, "{shared:?} before {source:?}");
        assert!(shared.minutes < source.minutes);
        let (a, b) = (
            week.item(&format!("publish:instagram:{n}")).unwrap(),
            week.item(&format!("publish:facebook:{n}")).unwrap(),
        );
        assert_eq!((a.day, &a.topic), (b.day, &b.topic));
    }
    assert!(
        week.item("post:facebook:1")
            .unwrap()
            .what(Language::En)
            .starts_with("Share the Instagram post about")
    );
}

#[test]
fn an_adapted_post_beyond_its_sources_posts_takes_a_new_posts_minutes() {
    let mut plan = bakery();
    plan.current_choices_mut()[1].cadence = Cadence::weekly(5);
    plan.current_choices_mut()[1].format = PostFormat::Text;
    let week = week(&plan, catalogue());
    let fb = &catalogue().get("facebook").unwrap().figures;
    let minutes: Vec<f64> =
        (1..=5).map(|n| week.item(&format!("post:facebook:{n}")).unwrap().minutes).collect();
    assert_eq!(&minutes[..3], &[fb.adaptation_minutes.text; 3]);
    assert_eq!(&minutes[3..], &[fb.minutes_per_post.text; 2]);
}

#[test]
fn topics_take_turns_by_weight() {
    let week = week(&bakery(), catalogue());
    let topics: Vec<&str> = week
        .items
        .iter()
        .filter(|i| i.key.starts_with("publish:instagram"))
        .filter_map(|i| i.topic.as_deref())
        .collect();
    assert_eq!(topics.iter().filter(|t| **t == "Cakes").count(), 2, "{topics:?}");
    assert_eq!(topics.iter().filter(|t| **t == "Bread").count(), 1, "{topics:?}");
}

#[test]
fn looks_keep_every_promise_and_two_inboxes_never_stack() {
    let mut plan = bakery();
    choose(&mut plan, "google_business");
    choose(&mut plan, "tiktok").promise = Promise::opening_hours(6.0);
    let week = week(&plan, catalogue());
    for line in drill(&plan, catalogue(), &week) {
        assert!(line.kept, "{line:?}");
    }
    assert_sound(&week);
    // Each look answers what arrived since the one before: the first of the day is the longest.
    let tuesday: Vec<&Item> = week
        .items
        .iter()
        .filter(|i| i.kind == Kind::Inbox && i.day == Weekday::Tue && i.key.starts_with("look:meta"))
        .collect();
    assert!(tuesday.len() >= 2 && tuesday[0].minutes > tuesday[1].minutes, "{tuesday:?}");
}

#[test]
fn an_anytime_promise_looks_from_the_phone_on_closed_days() {
    let mut plan = bakery();
    plan.current_choices_mut()[0].promise = Promise::anytime(12.0);
    let week = week(&plan, catalogue());
    let monday: Vec<&Item> =
        week.items.iter().filter(|i| i.kind == Kind::Inbox && i.day == Weekday::Mon).collect();
    assert!(!monday.is_empty() && monday.iter().all(|i| i.phone));
    assert!(monday[0].what(Language::En).contains("on the phone"));
    assert!(drill(&plan, catalogue(), &week).iter().all(|l| l.kept));
    // Its minutes count in the day line, which adds up to the week.
    let line = crate::report::per_day_text(&week, Language::En);
    let days = crate::report::day_hours(&week);
    assert!(days.iter().any(|(d, h)| *d == Weekday::Mon && *h > 0.0), "{line}");
    let sum: f64 = days.iter().map(|(_, h)| h).sum();
    assert!((sum - week.total_minutes() / 60.0).abs() < 0.05 * days.len() as f64, "{line}");
    // Shorter than the night: someone would look at night, and the week says so.
    plan.current_choices_mut()[0].promise = Promise::anytime(4.0);
    let week = super::week(&plan, catalogue());
    assert!(week.notices.iter().any(|n| matches!(n, Notice::NightLooks { .. })), "{:?}", week.notices);
}

#[test]
fn one_post_every_few_weeks_is_worked_on_weekly_and_goes_out_at_its_interval() {
    let mut plan = bakery();
    choose(&mut plan, "youtube").cadence = Cadence::every(3);
    let week = week(&plan, catalogue());
    let making = week.item("post:youtube:1").unwrap();
    let out = week.item("publish:youtube:1").unwrap();
    let yt = &catalogue().get("youtube").unwrap().figures;
    assert!((making.minutes - yt.minutes_per_post.long_video / 3.0).abs() < 1e-9);
    assert_eq!((making.every_weeks, out.every_weeks), (3, 3));
    assert!(making.what(Language::En).contains("one every 3 weeks"), "{}", making.what(Language::En));
    assert!(week.notices.iter().any(|n| matches!(n, Notice::EveryFewWeeks { every: 3, .. })));
}

#[test]
fn an_evening_bar_writes_before_opening_and_nothing_overlaps() {
    let mut plan = Plan::new("Bar", Language::En);
    plan.time.open_days = vec![Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat];
    plan.time.opens = Clock::hm(18, 0);
    plan.time.closes = Clock::END_OF_DAY;
    for id in ["instagram", "tiktok"] {
        choose(&mut plan, id);
    }
    plan.current_choices_mut()[1].cadence = Cadence::weekly(2);
    let week = week(&plan, catalogue());
    assert_sound(&week);
    for item in week.items.iter().filter(|i| matches!(i.kind, Kind::Post | Kind::Planning)) {
        assert!(item.start >= 14.0 * 60.0 && item.end() <= 18.0 * 60.0 + 0.01, "{item:?}");
    }
}

#[test]
fn a_bar_open_past_midnight_answers_until_closing_and_writes_before_opening() {
    let mut plan = Plan::new("Bar", Language::En);
    plan.products.push(Product::new("Cocktails", 0.1, 0.8));
    plan.time.open_days = vec![Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat];
    plan.time.opens = Clock::hm(18, 0);
    plan.time.closes = Clock::hm(1, 0);
    assert!((plan.time.open_hours_per_day() - 7.0).abs() < 1e-9);
    choose(&mut plan, "instagram").promise = Promise::opening_hours(2.0);
    let week = week(&plan, catalogue());
    let cost = cost(&plan, catalogue());
    assert_adds_up(&week, &cost);
    assert_sound(&week);
    for item in week.items.iter().filter(|i| matches!(i.kind, Kind::Post | Kind::Planning)) {
        assert!(item.start >= 14.0 * 60.0 && item.end() <= 18.0 * 60.0 + 0.01, "{item:?}");
    }
    // After midnight the bar is still open: a look on Sunday at 00:xx (Saturday's evening),
    // answered at the bar, not from the phone, and not "at night".
    let looks: Vec<&Item> = week.items.iter().filter(|i| i.kind == Kind::Inbox).collect();
    assert!(looks.iter().any(|i| i.day == Weekday::Sun && i.start < 60.0 && !i.phone), "{looks:?}");
    assert!(looks.iter().all(|i| !i.phone), "{looks:?}");
    assert!(!week.notices.iter().any(|n| matches!(n, Notice::NightLooks { .. })), "{:?}", week.notices);
    assert!(drill(&plan, catalogue(), &week).iter().all(|l| l.kept));
    // The drawing shows the small hours too, and greys Sunday only after Saturday's night.
    assert_eq!(week.shown_range().0, 0.0);
    assert_eq!(week.closed_from(Weekday::Sat), None);
    assert_eq!(week.closed_from(Weekday::Sun), Some(60.0));
    assert_eq!(week.closed_from(Weekday::Mon), Some(0.0));
    assert_eq!(super::week(&bakery(), catalogue()).closed_from(Weekday::Mon), Some(0.0));
}

/// Closing at 00:00 is closing at 24:00: the same day's end, not the small hours.
#[test]
fn closing_at_midnight_is_the_days_end() {
    let mut plan = Plan::new("Restaurant", Language::En);
    plan.products.push(Product::new("Dinner", 0.1, 0.8));
    (plan.time.opens, plan.time.closes) = (Clock::hm(18, 0), Clock::MIDNIGHT);
    assert!(!plan.time.closes_after_midnight());
    assert!((plan.time.open_hours_per_day() - 6.0).abs() < 1e-9);
    choose(&mut plan, "instagram");
    let at_midnight = week(&plan, catalogue());
    plan.time.closes = Clock::END_OF_DAY;
    let at_24 = week(&plan, catalogue());
    assert_eq!(at_midnight.shown_range(), at_24.shown_range());
    assert!(at_midnight.shown_range().0 > 0.0);
    assert_eq!(at_midnight.items, at_24.items);
}

/// More writing than the hours before opening hold goes on the morning's free hours, then
/// early, not into the small hours after midnight.
#[test]
fn a_full_evening_of_writing_goes_on_the_morning_not_after_midnight() {
    let mut plan = Plan::new("Bar", Language::En);
    plan.products.push(Product::new("Cocktails", 0.1, 0.8));
    plan.time.open_days = vec![Weekday::Fri];
    (plan.time.opens, plan.time.closes) = (Clock::hm(18, 0), Clock::hm(1, 0));
    plan.time.weekly_budget_hours = 40.0;
    let tiktok = choose(&mut plan, "tiktok");
    tiktok.cadence = Cadence::weekly(6);
    tiktok.minutes_per_post = Some(120.0);
    let week = week(&plan, catalogue());
    assert_sound(&week);
    let work: Vec<&Item> =
        week.items.iter().filter(|i| matches!(i.kind, Kind::Post | Kind::Planning)).collect();
    assert!(work.iter().map(|i| i.minutes).sum::<f64>() > 10.0 * 60.0, "more than 14:00 to 24:00 holds");
    assert!(work.iter().all(|i| i.start >= 6.0 * 60.0), "{work:?}");
}

/// A bar's first hour open is as busy as a shop's: writing that the afternoon's rush pushes out
/// goes after it, not into it.
#[test]
fn a_late_openings_first_hour_is_left_alone_too() {
    let mut plan = Plan::new("Bar", Language::En);
    plan.products.push(Product::new("Cocktails", 0.1, 0.8));
    plan.time.open_days = vec![Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat];
    (plan.time.opens, plan.time.closes) = (Clock::hm(18, 0), Clock::hm(1, 0));
    plan.time.rush_hours = vec![Span { from: Clock::hm(14, 0), to: Clock::hm(17, 0) }];
    choose(&mut plan, "instagram");
    choose(&mut plan, "facebook").format = PostFormat::Image;
    let week = week(&plan, catalogue());
    assert_sound(&week);
    let work: Vec<&Item> =
        week.items.iter().filter(|i| matches!(i.kind, Kind::Post | Kind::Planning)).collect();
    assert!(!work.is_empty());
    for item in work {
        let (start, end) = (item.start, item.end());
        assert!(
            end <= 14.0 * 60.0 + 0.01
                || (start >= 17.0 * 60.0 && end <= 18.0 * 60.0 + 0.01)
                || start >= 19.0 * 60.0,
            "{item:?}"
        );
    }
}

#[test]
fn rush_hours_are_left_alone() {
    let mut plan = bakery();
    plan.time.rush_hours = vec![
        Span { from: Clock::hm(7, 0), to: Clock::hm(10, 0) },
        Span { from: Clock::hm(12, 0), to: Clock::hm(14, 0) },
    ];
    let week = week(&plan, catalogue());
    for item in week.items.iter().filter(|i| matches!(i.kind, Kind::Post | Kind::Planning)) {
        assert!(!plan.time.rush_hours.iter().any(|r| r.overlaps(item.start, item.end())), "{item:?}");
    }
}

#[test]
fn moves_apply_while_they_make_sense_and_are_set_aside_otherwise() {
    let mut plan = bakery();
    let at = Clock::hm(15, 0);
    plan.current_mut().moves = vec![
        Move { item: "post:instagram:1".into(), day: Weekday::Sun, at },
        Move { item: "post:instagram:9".into(), day: Weekday::Sun, at },
        Move { item: "planning".into(), day: Weekday::Mon, at },
        Move { item: "publish:instagram:1".into(), day: Weekday::Mon, at: Clock::hm(20, 0) },
    ];
    let week = week(&plan, catalogue());
    let moved = week.item("post:instagram:1").unwrap();
    assert_eq!((moved.day, moved.starts(), moved.moved), (Weekday::Sun, at, true));
    assert_eq!(week.item("post:facebook:1").unwrap().day, Weekday::Sun, "what shares it goes with it");
    assert!(
        week.notices
            .contains(&Notice::MoveSetAside { item: "post:instagram:9".into(), why: SetAside::NoSuchItem })
    );
    assert!(
        week.notices.contains(&Notice::MoveSetAside {
            item: "planning".into(),
            why: SetAside::DayClosed(Weekday::Mon)
        })
    );
    // A publication is scheduled: it may go out on a closed day.
    assert_eq!(week.item("publish:instagram:1").unwrap().day, Weekday::Mon);
}

#[test]
fn work_moved_late_in_the_evening_still_ends_on_its_day() {
    let mut plan = bakery();
    plan.current_mut().moves =
        vec![Move { item: "planning".into(), day: Weekday::Wed, at: Clock::END_OF_DAY }];
    let week = week(&plan, catalogue());
    let planning = week.item("planning").unwrap();
    assert_eq!(planning.day, Weekday::Wed);
    assert!((planning.end() - 24.0 * 60.0).abs() < 1e-9 && planning.start < 24.0 * 60.0, "{planning:?}");
    assert_sound(&week);
}

#[test]
fn the_daily_limit_spreads_the_work_and_warns_when_a_day_cannot_fit() {
    let mut plan = bakery();
    plan.time.daily_limit_hours = Some(1.0);
    let week = week(&plan, catalogue());
    let over: Vec<&Notice> =
        week.notices.iter().filter(|n| matches!(n, Notice::DayOverLimit { .. })).collect();
    for day in week.days() {
        let minutes = week.day_minutes(day);
        let warned = over.iter().any(|n| matches!(n, Notice::DayOverLimit { day: d, .. } if *d == day));
        assert_eq!(minutes > 60.5, warned, "{day:?}: {minutes}");
    }
    plan.time.daily_limit_hours = Some(0.1);
    let week = super::week(&plan, catalogue());
    let notice = week.notices.iter().find(|n| matches!(n, Notice::WeekOverLimit { .. })).unwrap();
    assert!(notice.text(Language::En).contains("daily limit"), "{}", notice.text(Language::En));
    assert!(notice.text(Language::Fr).contains("limite par jour"), "{}", notice.text(Language::Fr));
}

#[test]
fn every_platform_gives_a_sound_week() {
    let mut plan = Plan::new("Everywhere", Language::Fr);
    plan.products.push(Product::new("Chaises", 0.3, 0.8));
    for p in catalogue().platforms.clone() {
        choose(&mut plan, &p.id);
    }
    let week = week(&plan, catalogue());
    let cost = cost(&plan, catalogue());
    assert_adds_up(&week, &cost);
    for p in &catalogue().platforms {
        assert!(week.items.iter().any(|i| i.platforms.contains(&p.id)), "{} missing", p.id);
    }
    for line in drill(&plan, catalogue(), &week) {
        assert!(line.kept, "{line:?}");
    }
}

#[test]
fn the_same_plan_gives_the_same_week() {
    let plan = bakery();
    assert_eq!(week(&plan, catalogue()), week(&plan.clone(), catalogue()));
}

/// A day's time reads the same in the day line and in a notice about it (22 minutes: 0.4 h).
#[test]
fn a_days_time_is_rounded_one_way_everywhere() {
    let mut plan = bakery();
    plan.time.daily_limit_hours = Some(0.25);
    let week = week(&plan, catalogue());
    let line = crate::report::per_day_text(&week, Language::En);
    assert!(week.notices.iter().any(|n| matches!(n, Notice::DayOverLimit { .. })));
    for notice in &week.notices {
        if let Notice::DayOverLimit { day, minutes, .. } = notice {
            let said = crate::format::hours(*minutes, Language::En);
            assert!(
                line.contains(&format!("{} {said}", day.short(Language::En))),
                "{line} / {}",
                notice.text(Language::En)
            );
        }
    }
}

fn with_voices(plan: &mut Plan, sites: &[&str]) {
    use crate::model::{Ambassador, AskMoment, AskWay, Date, Permission, ReviewRoutine, Role};
    plan.voices.reviews = Some(ReviewRoutine {
        sites: sites.iter().map(|s| (*s).to_owned()).collect(),
        ask_after: AskMoment::Purchase,
        ask_by: AskWay::InPerson,
        asks_per_week: 10,
    });
    let mut lea = Ambassador::new("Léa", Role::Customer);
    lea.agree(Permission::Repost, Date(chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap()));
    plan.voices.ambassadors = vec![lea, Ambassador::new("Le moulin", Role::Supplier)];
}

#[test]
fn the_review_routine_and_the_ambassadors_are_in_the_week_and_its_total() {
    let mut plan = bakery();
    let before = cost(&plan, catalogue()).total();
    with_voices(&mut plan, &["google_business", "facebook"]);
    let cost = cost(&plan, catalogue());
    assert!(cost.voices.total() > 0.0 && (cost.total() - before - cost.voices.total()).abs() < 1e-9);
    let week = week(&plan, catalogue());
    assert_adds_up(&week, &cost);
    let of = |kind: Kind| week.items.iter().filter(|i| i.kind == kind).map(|i| i.minutes).sum::<f64>();
    assert!((of(Kind::Asking) - cost.voices.asking).abs() < 1e-9);
    assert!((of(Kind::Ambassadors) - cost.voices.ambassadors).abs() < 1e-9);
    assert!((of(Kind::Reviews) - cost.voices.reviews()).abs() < 1e-9);
    // Facebook is kept: its reviews are read at its own looks, Google's on the rounds.
    assert_eq!(cost.voices.on_rounds, vec!["google_business".to_owned()]);
    for item in week.items.iter().filter(|i| matches!(i.kind, Kind::Asking | Kind::Ambassadors)) {
        assert!(week.open_days.contains(&item.day), "{item:?}");
    }
    assert_sound(&week);
}

#[test]
fn every_review_is_answered_within_the_promise() {
    use crate::analysis::looks::{OpenTime, keeps};
    for (sites, promise) in [
        (&["google_business"][..], None),
        (&["google_business", "facebook"][..], Some(Promise::opening_hours(8.0))),
        (&["google_business"][..], Some(Promise::anytime(24.0))),
    ] {
        let mut plan = bakery();
        if let Some(p) = promise {
            choose(&mut plan, "google_business").promise = p;
        }
        with_voices(&mut plan, sites);
        let cost = cost(&plan, catalogue());
        let expected =
            promise.unwrap_or_else(|| plan.expected_promise(catalogue().get("google_business").unwrap()));
        assert_eq!(cost.voices.promise, Some(expected), "the promise has one home");
        let week = week(&plan, catalogue());
        let open = OpenTime::of(&plan.time);
        let rounds: Vec<u32> = week
            .items
            .iter()
            .filter(|i| i.kind == Kind::Reviews)
            .map(|i| i.day.index() as u32 * 24 * 60 + i.start.round() as u32)
            .collect();
        assert!(!rounds.is_empty(), "{sites:?}");
        assert!(keeps(&rounds, expected, &open), "{sites:?} {expected:?}: {rounds:?}");
        assert_sound(&week);
    }
}

/// Google's chat closed in July 2024: what its looks answer is the reviews, and they say so.
#[test]
fn a_look_at_google_reads_the_reviews_not_messages() {
    let mut plan = bakery();
    choose(&mut plan, "google_business");
    let week = week(&plan, catalogue());
    let what = |id: &str| -> Vec<String> {
        week.items
            .iter()
            .filter(|i| i.kind == Kind::Inbox && i.platforms.iter().any(|p| p == id))
            .map(|i| i.what(Language::En))
            .collect()
    };
    let google = what("google_business");
    assert!(!google.is_empty());
    assert!(google.iter().all(|w| w == "Read the reviews and reply to each one"), "{google:?}");
    let meta = what("facebook");
    assert!(!meta.is_empty() && meta.iter().all(|w| w.starts_with("Read the messages")), "{meta:?}");
    // The drill's worst case: a review waits there, a message on Facebook.
    let lines = drill(&plan, catalogue(), &week);
    let case = |id: &str| lines.iter().find(|l| l.platform_id == id).unwrap().worst_case(Language::En);
    assert!(case("google_business").starts_with("a review posted on "), "{}", case("google_business"));
    assert!(case("facebook").starts_with("a message on "), "{}", case("facebook"));
    let fr = lines.iter().find(|l| l.platform_id == "google_business").unwrap().worst_case(Language::Fr);
    assert!(fr.starts_with("un avis publié le "), "{fr}");
}
