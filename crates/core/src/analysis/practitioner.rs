//! For tests: sixteen businesses a social-media practitioner judged
//! (tests/fixtures/practitioner-cases.ron), as plans, and what they are sure of.

use serde::Deserialize;

use crate::model::{AgeBand, Customer, Goal, Language, Plan, Product, Reach};

/// A business a practitioner judged (tests/fixtures/practitioner-cases.ron): only what they
/// are sure of is checked.
#[derive(Deserialize)]
pub struct Case {
    pub id: String,
    reach: Reach,
    goals: Vec<Goal>,
    products: Vec<CaseProduct>,
    audience: CaseAudience,
    pub must_be_in_top3: Vec<String>,
    pub must_not_top3: Vec<String>,
    pub first: Option<String>,
    pub above: Vec<(String, String)>,
}

#[derive(Deserialize)]
struct CaseProduct {
    name: String,
    b2b: f64,
    visual: f64,
    weight: f64,
}

#[derive(Deserialize)]
struct CaseAudience {
    bands: Vec<String>,
    consumers: f64,
    business_buyers: f64,
    job_seekers: f64,
}

pub fn cases() -> Vec<Case> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/practitioner-cases.ron");
    let text = std::fs::read_to_string(path).unwrap();
    ron::from_str(&text).unwrap_or_else(|e| panic!("{e}"))
}

pub fn plan_of(case: &Case, language: Language) -> Plan {
    let mut plan = Plan::new(&case.id, language);
    plan.reach = case.reach;
    plan.audience.goals = case.goals.clone();
    plan.products = case
        .products
        .iter()
        .map(|p| Product { weight: p.weight, ..Product::new(&p.name, p.b2b, p.visual) })
        .collect();
    plan.audience.ages = case
        .audience
        .bands
        .iter()
        .map(|b| match b.as_str() {
            "teens" => AgeBand::Teens,
            "a18_29" => AgeBand::From18To29,
            "a30_49" => AgeBand::From30To49,
            "a50_64" => AgeBand::From50To64,
            "a65" => AgeBand::From65,
            other => panic!("{other}"),
        })
        .collect();
    let a = &case.audience;
    plan.audience.customers = [
        (a.consumers, Customer::Consumers),
        (a.business_buyers, Customer::BusinessBuyers),
        (a.job_seekers, Customer::JobSeekers),
    ]
    .into_iter()
    .filter(|(share, _)| *share > 0.0)
    .map(|(_, c)| c)
    .collect();
    plan
}
