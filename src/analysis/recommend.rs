//! The ranking: every platform, best first, with a score in [0, 1] and a reason in the plan's
//! language. docs/method.md explains the scoring.

use crate::format;
use crate::model::{Catalogue, Goal, Language, Plan, Platform, Reach};

use super::map::distance;

/// How far a product's influence reaches on the map: at this distance closeness is 0.61,
/// at twice it 0.14. A quarter of the map keeps neighbours apart from the opposite corner.
const REACH: f64 = 0.25;
/// Share of the map in the score; the goals take the rest.
const MAP_SHARE: f64 = 0.65;
/// A platform brands have left keeps at least this share of its score.
const BRAND_FLOOR: f64 = 0.4;
/// A product at least this close counts as "near" in the reason.
const NEAR: f64 = 0.5;

#[derive(Clone, Debug, PartialEq)]
pub struct Recommendation {
    pub platform_id: String,
    pub platform_name: String,
    /// 0 (poor fit) to 1 (ideal fit).
    pub score: f64,
    /// How close the products sit to the platform, 0 to 1 (0.5 when there are no products).
    pub map_fit: f64,
    /// How well it serves the plan's goals, 0 to 1 (0.5 when no goal is set).
    pub goal_fit: f64,
    /// The products near it, closest first.
    pub near_products: Vec<String>,
    pub reason: String,
}

/// 1 on the spot, falling smoothly with distance.
fn closeness(a: (f64, f64), b: (f64, f64)) -> f64 {
    let d = distance(a, b);
    (-(d * d) / (2.0 * REACH * REACH)).exp()
}

/// Every platform of the catalogue and of the plan, best first.
pub fn recommend(plan: &Plan, catalogue: &Catalogue) -> Vec<Recommendation> {
    let mut ranked: Vec<Recommendation> =
        plan.platforms(catalogue).map(|platform| rate(plan, platform)).collect();
    ranked.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.platform_name.cmp(&b.platform_name)));
    ranked
}

fn rate(plan: &Plan, platform: &Platform) -> Recommendation {
    let spot = (platform.b2b, platform.visual);
    let total_weight: f64 = plan.products.iter().map(|p| p.weight).sum();
    let mut near: Vec<(f64, &str)> =
        plan.products.iter().map(|p| (closeness((p.b2b, p.visual), spot), p.name.as_str())).collect();
    let map_fit = if total_weight > 0.0 {
        plan.products.iter().zip(&near).map(|(p, (c, _))| p.weight * c).sum::<f64>() / total_weight
    } else {
        0.5
    };
    near.sort_by(|a, b| b.0.total_cmp(&a.0));

    let goals = &plan.audience.goals;
    let goal_fit = if goals.is_empty() {
        0.5
    } else {
        goals.iter().map(|g| platform.goal_fit.for_goal(*g)).sum::<f64>() / goals.len() as f64
    };

    // Customers are found near the products; candidates are not: recruiting is scored on the
    // platform's recruiting fit alone, as one goal among the plan's goals.
    let customer_goals: Vec<Goal> = goals.iter().copied().filter(|g| *g != Goal::Recruiting).collect();
    let customer_goal_fit = if customer_goals.is_empty() {
        0.5
    } else {
        customer_goals.iter().map(|g| platform.goal_fit.for_goal(*g)).sum::<f64>()
            / customer_goals.len() as f64
    };
    let customer_score = MAP_SHARE * map_fit + (1.0 - MAP_SHARE) * customer_goal_fit;
    let fit = if plan.has_goal(Goal::Recruiting) {
        let share = 1.0 / goals.len() as f64;
        (1.0 - share) * customer_score + share * platform.goal_fit.recruiting
    } else {
        customer_score
    };
    // Local customers look for a shop on maps, in reviews and in neighbours' groups.
    let fit = fit + reach_weight(plan.reach) * platform.local * (1.0 - fit);
    let brand = BRAND_FLOOR + (1.0 - BRAND_FLOOR) * platform.brand_use;
    let score = (brand * fit).clamp(0.0, 1.0);

    let near_products: Vec<String> =
        near.iter().filter(|(c, _)| *c >= NEAR).map(|(_, n)| (*n).to_owned()).collect();
    let reason = reason(plan, platform, &near, &near_products);
    Recommendation {
        platform_id: platform.id.clone(),
        platform_name: platform.name.clone(),
        score,
        map_fit,
        goal_fit,
        near_products,
        reason,
    }
}

/// How much a platform's `local` pulls its fit towards 1, by how far the business sells.
pub fn reach_weight(reach: Reach) -> f64 {
    match reach {
        Reach::Local => 0.4,
        Reach::Regional => 0.2,
        Reach::National | Reach::International => 0.0,
    }
}

/// Names what drove the score: the products near it, the goals it serves or misses, a warning.
fn reason(plan: &Plan, platform: &Platform, near: &[(f64, &str)], near_products: &[String]) -> String {
    let lang = plan.language;
    let mut parts: Vec<String> = Vec::new();
    match (near_products, near.first()) {
        ([], None) => parts.push(
            lang.pick(
                "aucun produit sur la carte pour le situer",
                "no product on the map to place it against",
            )
            .into(),
        ),
        ([], Some((_, nearest))) => {
            parts.push(match (lang, format::short(nearest, format::NAME_IN_TEXT_CHARS)) {
                (Language::Fr, nearest) => {
                    format!("loin de vos produits sur la carte (le plus proche : {nearest})")
                }
                (Language::En, nearest) => format!("far from your products on the map (nearest: {nearest})"),
            })
        }
        (names, _) => {
            let shown: Vec<String> =
                names.iter().take(3).map(|n| format::short(n, format::NAME_IN_TEXT_CHARS)).collect();
            let shown = list(&shown, lang);
            let more = names.len().saturating_sub(3);
            parts.push(match (lang, more) {
                (Language::Fr, 0) => format!("proche de {shown} sur la carte"),
                (Language::Fr, n) => format!("proche de {shown} et {n} autre(s) sur la carte"),
                (Language::En, 0) => format!("close to {shown} on the map"),
                (Language::En, n) => format!("close to {shown} and {n} more on the map"),
            });
        }
    }
    let strong: Vec<&str> = plan
        .audience
        .goals
        .iter()
        .filter(|g| platform.goal_fit.for_goal(**g) >= 0.8)
        .map(|g| g.label(lang))
        .collect();
    let weak: Vec<&str> = plan
        .audience
        .goals
        .iter()
        .filter(|g| platform.goal_fit.for_goal(**g) <= 0.2)
        .map(|g| g.label(lang))
        .collect();
    if !strong.is_empty() {
        let goals = list(&strong, lang).to_lowercase();
        parts.push(lang.pick(format!("fort pour : {goals}"), format!("strong for {goals}")));
    }
    if !weak.is_empty() {
        let goals = list(&weak, lang).to_lowercase();
        parts.push(lang.pick(format!("faible pour : {goals}"), format!("weak for {goals}")));
    }
    if platform.brand_use < 0.5 {
        match &platform.warning {
            Some(w) => parts.push(lower_first(first_clause(w.get(lang)))),
            None => parts.push(lang.pick("peu utilisé par les marques", "little used by brands").into()),
        }
    }
    if reach_weight(plan.reach) > 0.0 && platform.local >= 0.6 {
        parts.push(lang.pick("là où cherchent les clients du coin", "where local customers look").into());
    }
    if plan.has_goal(Goal::Recruiting) && platform.goal_fit.recruiting >= 0.8 && strong.is_empty() {
        parts.push(lang.pick("utile pour recruter", "useful for recruiting").into());
    }
    let text = parts.join(lang.pick(" ; ", "; "));
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// "A legacy network, France only" → "a legacy network, France only": proper nouns keep their capital.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

/// The first clause of a warning, for a one-line reason.
fn first_clause(text: &str) -> &str {
    let end = text.find([';', ':']).unwrap_or(text.len());
    text[..end].trim_end_matches([' ', '\u{a0}'])
}

/// "a", "a and b", "a, b and c".
fn list<S: AsRef<str>>(items: &[S], lang: Language) -> String {
    let and = lang.pick(" et ", " and ");
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., last] => {
            let head: Vec<&str> = init.iter().map(|s| s.as_ref()).collect();
            format!("{}{and}{}", head.join(", "), last.as_ref())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Product;

    fn plan_with(products: &[(&str, f64, f64)], goals: &[Goal], language: Language) -> Plan {
        let mut plan = Plan::new("Test", language);
        plan.products = products.iter().map(|(n, x, y)| Product::new(*n, *x, *y)).collect();
        plan.audience.goals = goals.to_vec();
        plan
    }

    fn rank_of(ranked: &[Recommendation], id: &str) -> usize {
        ranked.iter().position(|r| r.platform_id == id).unwrap()
    }

    #[test]
    fn consumer_visual_products_put_visual_consumer_networks_first() {
        let plan =
            plan_with(&[("Croissant", 0.05, 0.8), ("Cake", 0.1, 0.9)], &[Goal::Notoriety], Language::En);
        let ranked = recommend(&plan, Catalogue::built_in());
        let top3: Vec<&str> = ranked[..3].iter().map(|r| r.platform_id.as_str()).collect();
        assert!(top3.contains(&"instagram"), "{top3:?}");
        assert!(rank_of(&ranked, "instagram") < rank_of(&ranked, "linkedin"));
        assert!(
            ranked[0].reason.contains("Croissant") || ranked[0].reason.contains("Cake"),
            "{}",
            ranked[0].reason
        );
    }

    #[test]
    fn business_products_and_recruiting_put_linkedin_first_with_a_reason() {
        let plan = plan_with(&[("Audit", 0.95, 0.2)], &[Goal::Recruiting], Language::En);
        let ranked = recommend(&plan, Catalogue::built_in());
        assert_eq!(ranked[0].platform_id, "linkedin");
        assert!(ranked[0].reason.contains("Audit"), "{}", ranked[0].reason);
        assert!(ranked[0].reason.contains("recruiting"), "{}", ranked[0].reason);
    }

    #[test]
    fn recruiting_lifts_linkedin_even_for_visual_consumer_products() {
        let products = [("Stairs", 0.2, 0.9), ("Kitchens", 0.15, 0.85)];
        let without =
            recommend(&plan_with(&products, &[Goal::Notoriety], Language::En), Catalogue::built_in());
        let with = recommend(
            &plan_with(&products, &[Goal::Notoriety, Goal::Recruiting], Language::En),
            Catalogue::built_in(),
        );
        assert!(rank_of(&with, "linkedin") < rank_of(&without, "linkedin"));
        assert!(
            rank_of(&with, "linkedin") <= 1,
            "{:?}",
            with.iter().map(|r| &r.platform_id).collect::<Vec<_>>()
        );
    }

    #[test]
    fn legacy_and_little_used_networks_say_so_and_rank_below_their_neighbours() {
        let plan = plan_with(&[("Consulting", 0.88, 0.27)], &[], Language::En);
        let ranked = recommend(&plan, Catalogue::built_in());
        assert!(rank_of(&ranked, "linkedin") < rank_of(&ranked, "viadeo"));
        let viadeo = &ranked[rank_of(&ranked, "viadeo")];
        assert!(viadeo.reason.contains("France only"), "{}", viadeo.reason);

        let plan = plan_with(&[("Poster", 0.15, 0.75)], &[], Language::En);
        let ranked = recommend(&plan, Catalogue::built_in());
        let tumblr = &ranked[rank_of(&ranked, "tumblr")];
        assert!(tumblr.reason.contains("little used by brands"), "{}", tumblr.reason);
        assert!(rank_of(&ranked, "instagram") < rank_of(&ranked, "tumblr"));
    }

    #[test]
    fn scores_stay_in_the_unit_interval_and_are_sorted() {
        let plan = plan_with(&[("a", 0.0, 0.0), ("b", 1.0, 1.0)], &Goal::ALL, Language::Fr);
        let ranked = recommend(&plan, Catalogue::built_in());
        assert_eq!(ranked.len(), Catalogue::built_in().platforms.len());
        assert!(ranked.windows(2).all(|w| w[0].score >= w[1].score));
        assert!(ranked.iter().all(|r| (0.0..=1.0).contains(&r.score)));
    }

    #[test]
    fn reasons_follow_the_plan_language() {
        let plan = plan_with(&[("Pain", 0.05, 0.75)], &[], Language::Fr);
        let ranked = recommend(&plan, Catalogue::built_in());
        assert!(ranked[0].reason.starts_with("Proche de Pain"), "{}", ranked[0].reason);
        let empty = plan_with(&[], &[], Language::Fr);
        assert!(recommend(&empty, Catalogue::built_in())[0].reason.starts_with("Aucun produit"));
    }

    #[test]
    fn custom_platforms_are_ranked_too() {
        let mut plan = plan_with(&[("Bike repair", 0.1, 0.2)], &[], Language::En);
        plan.custom_platforms.push(Platform::custom("forum", "Cycling forum", 0.1, 0.2));
        let ranked = recommend(&plan, Catalogue::built_in());
        assert_eq!(ranked[0].platform_id, "forum");
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
        assert!(score(&local, "tiktok") - score(&national, "tiktok") < 0.05);
        assert!(rank_of(&local, "google_business") <= rank_of(&national, "google_business"));
        assert!(rank_of(&local, "google_business") < rank_of(&local, "tiktok"));
        let gbp = &local[rank_of(&local, "google_business")];
        assert!(gbp.reason.contains("where local customers look"), "{}", gbp.reason);
    }

    #[test]
    fn lists_read_naturally() {
        assert_eq!(list(&["a"], Language::En), "a");
        assert_eq!(list(&["a", "b", "c"], Language::En), "a, b and c");
        assert_eq!(list(&["a", "b"], Language::Fr), "a et b");
    }
}
