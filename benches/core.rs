//! Speed of the planning core: loading a large plan, and ranking and costing a big one.
//! Figures and the machine they came from: docs/performance.md.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use socialplan::analysis;
use socialplan::model::{Catalogue, Choice, Goal, Language, Plan, Platform, Product};
use socialplan::storage;

/// 500 products over the map and 40 choices (the 12 catalogue platforms and 28 custom ones).
fn big_plan(products: usize) -> Plan {
    let catalogue = Catalogue::built_in();
    let mut plan = Plan::new("Bench", Language::En);
    plan.audience.goals = Goal::ALL.to_vec();
    for i in 0..products {
        let x = (i * 37 % 101) as f64 / 100.0;
        let y = (i * 53 % 101) as f64 / 100.0;
        plan.products.push(Product::new(format!("Product number {i} with a realistic name"), x, y));
    }
    for i in 0..28 {
        plan.custom_platforms.push(Platform::custom(
            format!("own-{i}"),
            format!("Own {i}"),
            i as f64 / 28.0,
            0.5,
        ));
    }
    let ids: Vec<Platform> = plan.platforms(catalogue).cloned().collect();
    for p in ids.iter().take(40) {
        plan.choices.push(Choice { responder: Some("Sam".into()), ..Choice::with_defaults(p) });
    }
    plan
}

fn benches(c: &mut Criterion) {
    let catalogue = Catalogue::built_in();

    // A plan of about 1 MiB: products make up the bulk of any large plan.
    let mut n = 500;
    let mut text = storage::to_ron(&big_plan(n)).unwrap();
    while text.len() < 1024 * 1024 {
        n += 500;
        text = storage::to_ron(&big_plan(n)).unwrap();
    }
    eprintln!("1 MiB plan: {} bytes, {n} products", text.len());
    c.bench_function("load and validate a 1 MiB plan", |b| {
        b.iter(|| storage::parse(black_box(&text), Path::new("bench.ron"), catalogue).unwrap())
    });

    let plan = big_plan(500);
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

criterion_group!(core, benches);
criterion_main!(core);
