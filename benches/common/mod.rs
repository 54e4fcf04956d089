//! The large plan both benchmarks measure: products spread over the map, every goal, and 40
//! choices (the catalogue's platforms and custom ones).

use socialplan::model::{Catalogue, Choice, Goal, Language, Plan, Platform, Product};

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
