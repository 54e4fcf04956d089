//! Speed of the planning core: loading a large plan, and ranking and costing a big one.
//! Figures and the machine they came from: docs/performance.md.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use socialplan_core::analysis;
use socialplan_core::model::Catalogue;

mod common;
use common::thread_cpu::ThreadCpu;
use common::{big_plan, largest_plan};
use socialplan_core::storage;

fn benches(c: &mut Criterion<ThreadCpu>) {
    let catalogue = Catalogue::built_in();

    // The largest plan the format allows: every list at its limit, every name and text at its
    // longest.
    let text = storage::to_ron(&largest_plan()).unwrap();
    let what = format!("load and validate the largest plan ({} KiB)", text.len() / 1024);
    c.bench_function(&what, |b| {
        b.iter(|| storage::parse(black_box(&text), Path::new("bench.ron"), catalogue).unwrap())
    });

    // Fit: the catalogue and 28 custom platforms, every goal, from 4 to 40 hours (the window
    // fits on every frame of a slider drag: target 5 ms at each).
    let mut fit_plan = big_plan(20, 0);
    for i in 0..28 {
        let x = (i * 7 % 29) as f64 / 28.0;
        let y = (i * 11 % 29) as f64 / 28.0;
        fit_plan.custom_platforms.push(socialplan_core::model::Platform::custom(
            format!("own-{i}"),
            format!("Own {i}"),
            x,
            y,
        ));
    }
    eprintln!("fit over {} platforms", fit_plan.platforms(catalogue).count());
    for hours in [4.0, 10.0, 15.0, 20.0, 25.0, 30.0, 40.0] {
        c.bench_function(&format!("fit {hours} h, catalogue + 28 custom platforms"), |b| {
            b.iter(|| analysis::fit(black_box(&fit_plan), catalogue, hours, None))
        });
    }

    // The drill of the largest plan's week: 40 platforms and their looks (target ≤ 1 ms).
    let largest = largest_plan();
    let week = analysis::week(&largest, catalogue);
    c.bench_function("drill, the largest plan's week (40 platforms)", |b| {
        b.iter(|| analysis::drill(black_box(&largest), catalogue, &week))
    });
    c.bench_function("week, the largest plan (40 platforms)", |b| {
        b.iter(|| analysis::week(black_box(&largest), catalogue))
    });

    let plan = big_plan(500, 40);
    c.bench_function("recommend, 500 products, 40 choices", |b| {
        b.iter(|| analysis::recommend(black_box(&plan), catalogue))
    });
    c.bench_function("cost, 500 products, 40 choices", |b| {
        b.iter(|| analysis::cost(black_box(&plan), catalogue))
    });
    c.bench_function("changes that bring 40 choices back within budget", |b| {
        b.iter(|| analysis::bring_back_within_budget(black_box(&plan), catalogue))
    });
    c.bench_function("recommend + cost + savings, 500 products, 40 choices", |b| {
        b.iter(|| {
            let plan = black_box(&plan);
            (
                analysis::recommend(plan, catalogue),
                analysis::cost(plan, catalogue),
                analysis::savings(plan, catalogue),
            )
        })
    });
}

/// The week and its calendar for the bakery example, a typical plan (target ≤ 1 ms each).
fn week_benches(c: &mut Criterion<ThreadCpu>) {
    let catalogue = Catalogue::built_in();
    let path = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("saves/boulangerie.ron");
    let Ok(plan) = storage::load(&path, catalogue) else { return };
    c.bench_function("week schedule (boulangerie)", |b| {
        b.iter(|| analysis::week(black_box(&plan), catalogue))
    });
    let week = analysis::week(&plan, catalogue);
    let monday =
        socialplan_core::model::monday_of(chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap_or_default());
    c.bench_function("week ics export (boulangerie)", |b| {
        b.iter(|| socialplan_core::report::to_ics(black_box(&week), plan.language, "boulangerie", monday))
    });
}

/// The monthly check-in: three years of months over 40 platforms, read from the file and
/// summarised (planned against real, learning, keep or drop): target ≤ 10 ms.
fn checkin_benches(c: &mut Criterion<ThreadCpu>) {
    use socialplan_core::model::{Month, MonthRecord};
    let catalogue = Catalogue::built_in();
    let mut plan = big_plan(20, 40);
    let ids: Vec<String> = plan.current_choices().iter().map(|c| c.platform.clone()).collect();
    let now = Month::new(2026, 11).unwrap();
    let mut month = Month::new(2023, 12).unwrap();
    for _ in 0..36 {
        for (i, id) in ids.iter().enumerate() {
            let mut r = MonthRecord::new(month, id.clone());
            r.time.total = Some(120.0 + (i * 37 % 300) as f64);
            r.results.enquiries = Some((i % 7) as u32);
            r.results.followers = Some((i * 3 % 50) as u32);
            plan.months.record(r, now).unwrap();
        }
        month = month.next();
    }
    let text = storage::to_ron(&plan).unwrap();
    let what = format!(
        "load and summarise three years of months over {} platforms ({} records, {} KiB)",
        ids.len(),
        plan.months.records.len(),
        text.len() / 1024
    );
    c.bench_function(&what, |b| {
        b.iter(|| {
            let plan = storage::parse(black_box(&text), Path::new("bench.ron"), catalogue).unwrap();
            analysis::checkin::review(&plan, catalogue)
        })
    });
    // The two halves, to see where the time goes.
    c.bench_function("three years of months: load only", |b| {
        b.iter(|| storage::parse(black_box(&text), Path::new("bench.ron"), catalogue).unwrap())
    });
    c.bench_function("three years of months: summarise only", |b| {
        b.iter(|| analysis::checkin::review(black_box(&plan), catalogue))
    });
    c.bench_function("three years of months: cost with what they taught", |b| {
        b.iter(|| analysis::cost(black_box(&plan), catalogue))
    });
}

/// The year's calendar of the largest plan (40 platforms) with every season the plan may keep,
/// each with its preparation, in France (the most holidays and trade moments of the six with
/// Switzerland's cantonal days): the twelve months' data, and the whole `.ics` (target ≤ 20 ms).
fn year_benches(c: &mut Criterion<ThreadCpu>) {
    use socialplan_core::model::{Country, MonthDay, Season, rules};
    let catalogue = Catalogue::built_in();
    let mut plan = largest_plan();
    plan.country = Some(Country::Fr);
    for i in 0..rules::MAX_SEASONS {
        // Two weeks each, one after another through the year, the busy ones with fewer posts.
        let first = chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap_or_default()
            + chrono::Duration::days(i as i64 * 15);
        let last = first + chrono::Duration::days(9);
        let mut s = Season::new(format!("Season {i}"), MonthDay::of(first), MonthDay::of(last));
        s.weekly_hours = Some(2.0 + i as f64);
        s.cadence = if i % 2 == 0 { 0.5 } else { 1.5 };
        s.prepare_weeks = 1;
        s.prepare_cadence = 1.5;
        plan.seasons.push(s);
    }
    let from = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap_or_default();
    c.bench_function("the year's data, the largest plan with 24 seasons (France)", |b| {
        b.iter(|| socialplan_core::analysis::year::year(black_box(&plan), from))
    });
    c.bench_function("the year's calendar events, the largest plan with 24 seasons", |b| {
        b.iter(|| socialplan_core::report::year_events(black_box(&plan), catalogue, from))
    });
    // The worst case for the calendar: no two seasons with the same share of posts, so a
    // week is laid out for each (the preparations still share theirs).
    let mut each_its_own = plan.clone();
    for (i, s) in each_its_own.seasons.iter_mut().enumerate() {
        s.cadence = 0.4 + i as f64 * 0.05;
    }
    c.bench_function("the year's calendar events, 24 seasons each with its own share of posts", |b| {
        b.iter(|| socialplan_core::report::year_events(black_box(&each_its_own), catalogue, from))
    });
    let now = chrono::Utc::now();
    c.bench_function("the year's .ics, the largest plan with 24 seasons", |b| {
        b.iter(|| socialplan_core::report::export_calendar_from(black_box(&plan), catalogue, now, Some(from)))
    });
}

criterion_group! {
    name = core;
    config = Criterion::default().with_measurement(ThreadCpu);
    targets = benches, week_benches, checkin_benches, year_benches
}
criterion_main!(core);
