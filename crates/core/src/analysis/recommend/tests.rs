use super::*;
use crate::model::{Customer, Product};

fn plan_with(products: &[(&str, f64, f64)], goals: &[Goal], language: Language) -> Plan {
    let mut plan = Plan::new("Test", language);
    plan.products = products.iter().map(|(n, x, y)| Product::new(*n, *x, *y)).collect();
    plan.audience.goals = goals.to_vec();
    plan
}

fn rank_of(ranked: &[Recommendation], id: &str) -> usize {
    ranked.iter().position(|r| r.platform_id == id).unwrap()
}

use crate::analysis::practitioner::{cases, plan_of};

/// Where our figures and the practitioner disagree, with why; the test fails if one of these
/// starts to agree, so that the exception goes.
const DISAGREE: [(&str, &str, &str, &str); 1] = [(
    "bubble_tea",
    "snapchat",
    "facebook",
    "Pew counts more 18-29-year-olds on Facebook (67 %) than on Snapchat (58 %); the practitioner reads French teens' daily use (Snapchat 81 %, Facebook 41 %), a measure the catalogue does not hold",
)];

#[test]
fn a_practitioners_cases_rank_as_they_expect() {
    let mut failures = Vec::new();
    let mut disagreements = Vec::new();
    for case in cases() {
        for language in Language::ALL {
            let ranked = recommend(&plan_of(&case, language), Catalogue::built_in());
            let top3: Vec<&str> = ranked[..3].iter().map(|r| r.platform_id.as_str()).collect();
            let mut fail =
                |what: String| failures.push(format!("{} ({language:?}): {what}; top: {top3:?}", case.id));
            for id in &case.must_be_in_top3 {
                if !top3.contains(&id.as_str()) {
                    fail(format!("{id} not in the top three"));
                }
            }
            for id in &case.must_not_top3 {
                if top3.contains(&id.as_str()) {
                    fail(format!("{id} in the top three"));
                }
            }
            if let Some(first) = &case.first
                && &ranked[0].platform_id != first
            {
                fail(format!("{first} not first"));
            }
            for (a, b) in &case.above {
                if rank_of(&ranked, a) > rank_of(&ranked, b) {
                    if DISAGREE.iter().any(|d| d.0 == case.id && d.1 == a && d.2 == b) {
                        disagreements.push((case.id.clone(), language));
                    } else {
                        fail(format!("{b} above {a}"));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(
        disagreements.len(),
        DISAGREE.len() * Language::ALL.len(),
        "a known disagreement is gone: {disagreements:?}"
    );
}

/// A business that fits one of the source text's matches gets that platform in its top
/// three; Viadeo and Tumblr, whose audiences faded since, do not, and their reason says why.
#[test]
fn the_source_texts_matches_hold_unless_the_audience_faded() {
    let catalogue = Catalogue::built_in();
    type Business<'a> = (&'a str, Vec<(&'a str, f64, f64)>, Vec<Goal>, Customer, &'a str);
    let businesses: [Business; 7] = [
        (
            "clothes",
            vec![("Dresses", 0.05, 0.8), ("Shoes", 0.05, 0.75)],
            vec![Goal::Notoriety, Goal::Sales],
            Customer::Consumers,
            "facebook",
        ),
        (
            "perfume",
            vec![("Perfume", 0.05, 0.7)],
            vec![Goal::Notoriety, Goal::Sales],
            Customer::Consumers,
            "facebook",
        ),
        (
            "leisure",
            vec![("Bowling", 0.05, 0.6), ("Birthday parties", 0.05, 0.6)],
            vec![Goal::Notoriety],
            Customer::Consumers,
            "facebook",
        ),
        (
            "tips",
            vec![("Tax tips", 0.7, 0.1), ("Payroll advice", 0.75, 0.15)],
            vec![Goal::Notoriety, Goal::CustomerService],
            Customer::BusinessBuyers,
            "x",
        ),
        (
            "b2b",
            vec![("IT audits", 0.95, 0.2)],
            vec![Goal::Notoriety, Goal::Sales],
            Customer::BusinessBuyers,
            "linkedin",
        ),
        (
            "recruiting",
            vec![("Consulting", 0.9, 0.3)],
            vec![Goal::Recruiting, Goal::Notoriety],
            Customer::BusinessBuyers,
            "linkedin",
        ),
        (
            "pins",
            vec![("Wedding cakes", 0.05, 0.95), ("Table decorations", 0.1, 0.95)],
            vec![Goal::Notoriety, Goal::Sales],
            Customer::Consumers,
            "pinterest",
        ),
    ];
    for (label, products, goals, who, expected) in businesses {
        for language in Language::ALL {
            let mut plan = plan_with(&products, &goals, language);
            plan.audience.customers = vec![who];
            let ranked = recommend(&plan, catalogue);
            let top3: Vec<&str> = ranked[..3].iter().map(|r| r.platform_id.as_str()).collect();
            assert!(top3.contains(&expected), "{label} ({language:?}): {expected} not in {top3:?}");
            for faded in ["viadeo", "tumblr"] {
                assert!(!top3.contains(&faded), "{label}: {faded} in {top3:?}");
            }
        }
    }
    // The faded networks say so, in the owner's words.
    let plan = plan_with(&[("Consulting", 0.88, 0.27)], &[Goal::Recruiting], Language::En);
    let ranked = recommend(&plan, catalogue);
    let viadeo = &ranked[rank_of(&ranked, "viadeo")];
    assert!(viadeo.reason(plan.language).contains("audience has faded"), "{}", viadeo.reason(plan.language));
    assert!(rank_of(&ranked, "linkedin") == 0 && rank_of(&ranked, "viadeo") > 3);
    let plan = plan_with(&[("Poster", 0.15, 0.75)], &[], Language::Fr);
    let ranked = recommend(&plan, catalogue);
    let tumblr = &ranked[rank_of(&ranked, "tumblr")];
    assert!(
        tumblr.reason(plan.language).contains("peu utilisé par les marques"),
        "{}",
        tumblr.reason(plan.language)
    );
}

#[test]
fn a_reason_names_its_evidence_strongest_first() {
    let catalogue = Catalogue::built_in();
    let mut plan = plan_with(&[("Bread", 0.05, 0.7), ("Cakes", 0.1, 0.9)], &[Goal::Notoriety], Language::En);
    plan.reach = Reach::Local;
    let ranked = recommend(&plan, catalogue);
    let instagram = &ranked[rank_of(&ranked, "instagram")];
    assert!(instagram.reason(plan.language).starts_with("Close to "), "{}", instagram.reason(plan.language));
    assert!(instagram.reason(plan.language).contains("% of adults"), "{}", instagram.reason(plan.language));
    assert!(instagram.why.iter().any(|w| matches!(w, Why::Used { .. })));
    let gbp = &ranked[rank_of(&ranked, "google_business")];
    assert!(
        gbp.reason(plan.language).contains("people go there to find local places"),
        "{}",
        gbp.reason(plan.language)
    );
    // A recruiting plan's LinkedIn leads with what carries it, not with the far products.
    let plan = plan_with(&[("Stairs", 0.2, 0.9)], &[Goal::Recruiting], Language::En);
    let ranked = recommend(&plan, catalogue);
    let linkedin = &ranked[rank_of(&ranked, "linkedin")];
    assert!(
        linkedin.reason(plan.language).starts_with("Where job seekers look"),
        "{}",
        linkedin.reason(plan.language)
    );
    // The audience's ages change who is there: teens are on TikTok, not on LinkedIn.
    let mut young = plan_with(&[("Bubble tea", 0.0, 0.95)], &[Goal::Notoriety], Language::En);
    young.audience.ages = vec![AgeBand::Teens, AgeBand::From18To29];
    let mut old = young.clone();
    old.audience.ages = vec![AgeBand::From50To64, AgeBand::From65];
    let (young, old) = (recommend(&young, catalogue), recommend(&old, catalogue));
    assert!(rank_of(&young, "tiktok") < rank_of(&old, "tiktok"));
    assert!(rank_of(&young, "facebook") > rank_of(&old, "facebook"));
}

#[test]
fn scores_stay_in_the_unit_interval_and_are_sorted() {
    let plan = plan_with(&[("a", 0.0, 0.0), ("b", 1.0, 1.0)], &Goal::ALL, Language::Fr);
    let ranked = recommend(&plan, Catalogue::built_in());
    assert_eq!(ranked.len(), Catalogue::built_in().platforms.len());
    assert!(ranked.windows(2).all(|w| w[0].score >= w[1].score));
    assert!(ranked.iter().all(|r| (0.0..=1.0).contains(&r.score)));
    let empty = plan_with(&[], &[], Language::Fr);
    assert!(
        recommend(&empty, Catalogue::built_in())
            .iter()
            .any(|r| r.reason(empty.language).contains("Aucun produit"))
    );
}

#[test]
fn custom_platforms_are_ranked_too() {
    let mut plan = plan_with(&[("Bike repair", 0.1, 0.2)], &[], Language::En);
    plan.custom_platforms.push(Platform::custom("forum", "Cycling forum", 0.1, 0.2));
    let ranked = recommend(&plan, Catalogue::built_in());
    assert!(rank_of(&ranked, "forum") < 3, "{:?}", ranked.iter().map(|r| &r.platform_id).collect::<Vec<_>>());
}

#[test]
fn local_reach_raises_where_local_customers_look() {
    let mut plan = plan_with(&[("Bread", 0.05, 0.7)], &[Goal::Notoriety], Language::En);
    let national = recommend(&plan, Catalogue::built_in());
    plan.reach = Reach::Local;
    let local = recommend(&plan, Catalogue::built_in());
    let score = |r: &[Recommendation], id: &str| r[rank_of(r, id)].score;
    for id in ["google_business", "facebook", "whatsapp"] {
        assert!(score(&local, id) > score(&national, id), "{id}");
    }
    assert!(rank_of(&local, "google_business") < rank_of(&national, "google_business"));
    let gbp = &local[rank_of(&local, "google_business")];
    assert!(
        gbp.reason(plan.language).contains("where local customers look"),
        "{}",
        gbp.reason(plan.language)
    );
}

#[test]
fn lists_read_naturally() {
    assert_eq!(list(&["a"], Language::En), "a");
    assert_eq!(list(&["a", "b", "c"], Language::En), "a, b and c");
    assert_eq!(list(&["a", "b"], Language::Fr), "a et b");
}

/// The figures follow where the customers live, never the language the summary is written in:
/// switching a plan's language leaves every score as it was.
#[test]
fn the_summarys_language_changes_no_score_the_country_does() {
    use crate::model::Country;
    let scores = |plan: &Plan| -> Vec<(String, u64)> {
        recommend(plan, Catalogue::built_in())
            .into_iter()
            .map(|r| (r.platform_id, r.score.to_bits()))
            .collect()
    };
    let share = |plan: &Plan, id: &str| {
        let r = recommend(plan, Catalogue::built_in());
        r.into_iter().find(|r| r.platform_id == id).unwrap().presence
    };
    let goals = [Goal::Notoriety, Goal::Sales];
    let mut us = plan_with(&[("Bouquets", 0.1, 0.9), ("Wedding flowers", 0.2, 0.8)], &goals, Language::En);
    us.country = Some(Country::Us);
    let mut us_in_french = us.clone();
    us_in_french.language = Language::Fr;
    assert_eq!(scores(&us), scores(&us_in_french));

    let mut france = us.clone();
    france.country = Some(Country::Fr);
    let mut france_in_english = france.clone();
    france_in_english.language = Language::En;
    assert_eq!(scores(&france), scores(&france_in_english));
    // WhatsApp is used far more in France than in the United States.
    assert!(share(&france, "whatsapp") > share(&us, "whatsapp") + 0.1);
    // Belgium and Switzerland are read from France's figures, Canada and the UK from Pew's.
    for (country, as_france) in
        [(Country::Be, true), (Country::Ch, true), (Country::Ca, false), (Country::Gb, false)]
    {
        let mut plan = us.clone();
        plan.country = Some(country);
        let expected = if as_france { &france } else { &us };
        assert_eq!(scores(&plan), scores(expected), "{country:?}");
    }
    // A plan from before the country goes by its language, as it always did.
    let mut old = france.clone();
    old.country = None;
    old.language = Language::Fr;
    assert_eq!(scores(&old), scores(&france));
    old.language = Language::En;
    assert_eq!(scores(&old), scores(&us));
}
