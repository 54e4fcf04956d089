//! The large plans both benchmarks measure: products spread over the map, every goal, and 40
//! choices (the catalogue's platforms and custom ones); and the largest plan the format allows.

/// The clock both crates' benches measure with.
pub mod thread_cpu;

use socialplan_core::model::{Catalogue, Choice, Goal, Language, Plan, Platform, Product, Scenario, rules};
use socialplan_core::storage;

pub fn big_plan(products: usize, choices: usize) -> Plan {
    let mut plan = Plan::new("Bench", Language::En);
    plan.audience.goals = Goal::ALL.to_vec();
    for i in 0..products {
        let x = (i * 37 % 101) as f64 / 100.0;
        let y = (i * 53 % 101) as f64 / 100.0;
        plan.products.push(Product::new(format!("Product number {i} with a realistic name"), x, y));
    }
    let customs = choices.saturating_sub(Catalogue::built_in().platforms.len());
    for i in 0..customs {
        let x = i as f64 / customs.max(1) as f64;
        plan.custom_platforms.push(Platform::custom(format!("own-{i}"), format!("Own {i}"), x, 0.5));
    }
    let all: Vec<Platform> = plan.platforms(Catalogue::built_in()).cloned().collect();
    for p in all.iter().take(choices) {
        plan.current_choices_mut().push(Choice { responder: Some("Sam".into()), ..Choice::with_defaults(p) });
    }
    plan
}

/// Every list at its limit (products, custom platforms, scenarios, choices in each), every name
/// as long as the rules allow, the texts at their longest.
pub fn largest_plan() -> Plan {
    let long = |head: String| {
        format!("{head} {}", "x".repeat(rules::MAX_NAME_CHARS))
            .chars()
            .take(rules::MAX_NAME_CHARS)
            .collect::<String>()
    };
    let mut plan = big_plan(0, 0);
    for i in 0..storage::MAX_PRODUCTS {
        let (x, y) = ((i * 37 % 101) as f64 / 100.0, (i * 53 % 101) as f64 / 100.0);
        plan.products.push(Product::new(long(format!("Product {i}")), x, y));
    }
    for i in 0..storage::MAX_CUSTOM_PLATFORMS {
        let x = i as f64 / storage::MAX_CUSTOM_PLATFORMS as f64;
        plan.custom_platforms.push(Platform::custom(format!("own-{i}"), long(format!("Own {i}")), x, 0.5));
    }
    let text = "A sentence of the owner's notes. ".repeat(rules::MAX_TEXT_CHARS / 33);
    plan.notes = text.clone();
    plan.business.description = text.clone();
    plan.audience.description = text;
    let platforms: Vec<Platform> =
        plan.platforms(Catalogue::built_in()).take(storage::MAX_CHOICES).cloned().collect();
    plan.scenarios.clear();
    for s in 0..rules::MAX_SCENARIOS {
        let mut scenario = Scenario::new(long(format!("Scenario {s}")));
        for (n, p) in platforms.iter().enumerate() {
            scenario
                .choices
                .push(Choice { responder: Some(long(format!("Sam {n}"))), ..Choice::with_defaults(p) });
        }
        plan.scenarios.push(scenario);
    }
    plan.current_scenario = plan.scenarios[0].name.clone();
    plan
}
