//! Where a problem is, in the owner's words: the window names "Product 2" or "Scenario
//! "Summer", Instagram" where the file and the command line name `products[1]` or
//! `scenarios[0].choices[1]` (with a line and column, for someone editing the file).

use crate::model::{Catalogue, Language, Plan};

/// The part of the plan a field path (`scenarios[0].choices[1].platform`) points into, as the
/// owner sees it in the window; the path itself when it names nothing the owner sees.
pub fn place(field: &str, plan: &Plan, catalogue: &Catalogue, lang: Language) -> String {
    let parts: Vec<(&str, Option<usize>)> = field.split('.').map(segment).collect();
    let quoted = |name: &str| match lang {
        Language::Fr => format!("« {name} »"),
        Language::En => format!("\"{name}\""),
    };
    // A blank name is no name: the item's number then.
    let named = |word: (&str, &str), name: Option<&str>, i: usize| match name.filter(|n| !n.trim().is_empty())
    {
        Some(name) => format!("{} {}", lang.pick(word.0, word.1), quoted(name)),
        None => format!("{} {}", lang.pick(word.0, word.1), i + 1),
    };
    match parts.as_slice() {
        [("products", Some(i)), ..] => {
            named(("Produit", "Product"), plan.products.get(*i).map(|p| p.name.as_str()), *i)
        }
        [("custom_platforms", Some(i)), ..] => named(
            ("Votre plateforme", "Your platform"),
            plan.custom_platforms.get(*i).map(|p| p.name.as_str()),
            *i,
        ),
        [("scenarios", Some(s)), rest @ ..] => {
            let scenario = plan.scenarios.get(*s);
            let head = named(("Scénario", "Scenario"), scenario.map(|s| s.name.as_str()), *s);
            match rest {
                [("choices", Some(i)), ..] => {
                    let id = scenario.and_then(|s| s.choices.get(*i)).map(|c| c.platform.as_str());
                    let name = id.map(|id| plan.platform(catalogue, id).map_or(id, |p| p.name.as_str()));
                    match name {
                        Some(name) => format!("{head}, {name}"),
                        None => format!("{head}, {} {}", lang.pick("choix", "choice"), i + 1),
                    }
                }
                _ => head,
            }
        }
        [("business", _), ..] => lang.pick("L'entreprise", "The business").to_owned(),
        [("audience", _), ..] => lang.pick("Le public", "The audience").to_owned(),
        [("time", _), ..] => lang.pick("Vos heures", "Your hours").to_owned(),
        [("current_scenario", _)] => lang.pick("Le scénario courant", "The current scenario").to_owned(),
        [("notes", _)] => lang.pick("Les notes", "The notes").to_owned(),
        _ => field.to_owned(),
    }
}

/// A platform id as the owner knows it: its name in the plan or the catalogue; the id itself
/// for one that is in neither.
pub fn platform_name(plan: &Plan, catalogue: &Catalogue, id: &str) -> String {
    plan.platform(catalogue, id).map_or_else(|| id.to_owned(), |p| p.name.clone())
}

/// `choices[1]` as ("choices", Some(1)); `name` as ("name", None).
fn segment(s: &str) -> (&str, Option<usize>) {
    match s.split_once('[') {
        Some((name, rest)) => (name, rest.strip_suffix(']').and_then(|i| i.parse().ok())),
        None => (s, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Choice, Product, Scenario};

    fn plan() -> Plan {
        let catalogue = Catalogue::built_in();
        let mut plan = Plan::new("Fournil", Language::Fr);
        plan.products.push(Product::new("Pain au levain", 0.1, 0.7));
        plan.products.push(Product::new(" ", 0.1, 0.7));
        let instagram = catalogue.platforms.iter().find(|p| p.id == "instagram").unwrap();
        plan.current_choices_mut().push(Choice::with_defaults(instagram));
        plan.scenarios.push(Scenario::new("Été"));
        plan
    }

    #[test]
    fn fields_are_named_as_the_owner_sees_them_in_both_languages() {
        let (plan, catalogue) = (plan(), Catalogue::built_in());
        let fr = |f: &str| place(f, &plan, catalogue, Language::Fr);
        let en = |f: &str| place(f, &plan, catalogue, Language::En);
        assert_eq!(fr("products[0].b2b"), "Produit « Pain au levain »");
        assert_eq!(en("products[1].name"), "Product 2", "a blank name is told by its number");
        assert_eq!(fr("scenarios[0].choices[0].response_target_hours"), "Scénario « Mon plan », Instagram");
        assert_eq!(en("scenarios[1].name"), "Scenario \"Été\"");
        assert_eq!(en("scenarios[1].choices[3]"), "Scenario \"Été\", choice 4");
        assert_eq!(fr("time.opens"), "Vos heures");
        assert_eq!(en("audience.goals"), "The audience");
        // What the owner cannot see in the window keeps the file's words.
        assert_eq!(en("format_version"), "format_version");
        assert_eq!(en("products[9].name"), "Product 10");
    }
}
