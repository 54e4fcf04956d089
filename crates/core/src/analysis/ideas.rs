//! What each post of the coming weeks is about: a product and a kind of idea for every
//! publication of the week, in turn, and an idea to write (docs/method.md, "What to post").
//!
//! The turns run from a fixed Monday ([`EPOCH`]), not from the day asked, so the ideas of a
//! date stay the same whenever they are asked for, as long as the plan does not change.
//! Products take turns by weight (smooth weighted round robin, as the week's topics do: the
//! turns go on from week to week). Each product goes through the kinds in
//! [`CYCLE`] (two useful, two fun, one important, one offer), starting at a different place;
//! an offer waits while another was among the last [`OFFER_GAP`] posts, so that at most about
//! one post in five sells. Ideas of a product and kind come in the plan's order and come back
//! once all have had their turn: a good post can be posted again some weeks later, and the
//! list says so ("again") when it already showed that idea.

use chrono::{Duration, NaiveDate};

use crate::format;
use crate::model::{Catalogue, Clock, Content, IdeaKind, Language, Plan, StarterIdeas, Weekday, monday_of};

use super::week::{Kind, Week, week};

/// The Monday the turns start from, whatever week is asked for.
pub const EPOCH: NaiveDate = match NaiveDate::from_ymd_opt(2024, 1, 1) {
    Some(d) => d,
    None => panic!("2024-01-01 is a date"),
};

/// The kinds each product goes through, in order: useful and fun twice, news once, an offer
/// once (estimate: docs/method.md, "What to post").
pub const CYCLE: [IdeaKind; 6] =
    [IdeaKind::Useful, IdeaKind::Fun, IdeaKind::Important, IdeaKind::Useful, IdeaKind::Fun, IdeaKind::Offer];

/// Never two offers among this many posts in a row: at most about one in five sells.
pub const OFFER_GAP: usize = 5;

/// One publication of one week, with what it is about.
#[derive(Clone, Debug, PartialEq)]
pub struct IdeaSlot {
    pub date: NaiveDate,
    pub day: Weekday,
    pub at: Clock,
    /// The publication's key in the week (`publish:instagram:2`).
    pub key: String,
    pub platforms: Vec<String>,
    pub platform_names: String,
    pub product: String,
    pub kind: IdeaKind,
    /// What to post, in the plan's language, the product's name put in.
    pub idea: String,
    /// The idea was listed before in the weeks asked for: all of this product's and kind's
    /// ideas have had their turn, and it comes back.
    pub again: bool,
    /// Shared or adapted from another publication that day: the same idea.
    pub follows: Option<String>,
}

/// The ideas of the current scenario's publications for `weeks` weeks from the week holding
/// `from`.
pub fn ideas(plan: &Plan, catalogue: &Catalogue, from: NaiveDate, weeks: u32) -> Vec<IdeaSlot> {
    ideas_of_week(plan, &week(plan, catalogue), from, weeks)
}

/// A product's place in the turns.
struct Turn<'a> {
    name: &'a str,
    weight: f64,
    current: f64,
    /// Where it is in `CYCLE`.
    next: usize,
}

/// The ideas for a week already laid out.
pub fn ideas_of_week(plan: &Plan, week: &Week, from: NaiveDate, weeks: u32) -> Vec<IdeaSlot> {
    let lang = plan.language;
    let starters = StarterIdeas::built_in();
    let business = plan.content.kind_of_business(starters, &plan.business.sector);
    let mut products: Vec<Turn> = if plan.products.is_empty() {
        vec![Turn { name: &plan.business.name, weight: 1.0, current: 0.0, next: 0 }]
    } else {
        plan.products
            .iter()
            .map(|p| Turn { name: &p.name, weight: p.weight, current: 0.0, next: 0 })
            .collect()
    };
    let count = products.len();
    for (i, turn) in products.iter_mut().enumerate() {
        // Products start the cycle at different places, so a week shows several kinds.
        turn.next = (i * CYCLE.len() / count.min(CYCLE.len()).max(1)) % CYCLE.len();
    }
    let total: f64 = products.iter().map(|p| p.weight).sum();
    // Each product's and kind's ideas: the owner's for it, else the starter ones; and whether
    // the list is every product's (then products take its ideas in turn, not each from its start).
    let lists: Vec<[(Vec<&str>, bool); 4]> = products
        .iter()
        .map(|p| {
            IdeaKind::ALL.map(|kind| {
                let mine: Vec<&crate::model::Idea> =
                    plan.content.ideas.iter().filter(|i| i.kind == kind && i.for_product(p.name)).collect();
                if mine.is_empty() {
                    (business.ideas(kind, lang).collect(), true)
                } else {
                    let shared = mine.iter().all(|i| i.product.is_none());
                    (mine.iter().map(|i| i.text.as_str()).collect(), shared)
                }
            })
        })
        .collect();
    // How many times each list was drawn from: a shared list's count is the kind's.
    let mut used = vec![[0usize; 4]; count];
    let mut used_shared = [0usize; 4];
    // The ideas already listed in the weeks asked for: one listed again is said to come back.
    let mut listed = std::collections::HashSet::new();

    let mut own: Vec<_> =
        week.items.iter().filter(|i| i.kind == Kind::Publish && i.follows.is_none()).collect();
    own.sort_by(|a, b| (a.day, a.start).partial_cmp(&(b.day, b.start)).unwrap_or(std::cmp::Ordering::Equal));
    let followers: Vec<_> =
        week.items.iter().filter(|i| i.kind == Kind::Publish && i.follows.is_some()).collect();

    let first = monday_of(from);
    let start = first.min(EPOCH);
    let skipped = (first - start).num_weeks();
    let mut out = Vec::new();
    let mut recent: Vec<bool> = Vec::new();
    for w in 0..skipped + i64::from(weeks) {
        let monday = start + Duration::weeks(w);
        for item in &own {
            if w % i64::from(item.every_weeks.max(1)) != 0 {
                continue;
            }
            for p in products.iter_mut() {
                p.current += p.weight;
            }
            let pick = (0..count)
                .fold(0, |best, k| if products[k].current > products[best].current { k } else { best });
            products[pick].current -= total;
            let turn = &mut products[pick];
            let offer_waits = recent.iter().rev().take(OFFER_GAP - 1).any(|&o| o);
            let mut kind = CYCLE[turn.next];
            if kind == IdeaKind::Offer && offer_waits {
                // The offer keeps its place in the cycle for the product's next post.
                kind = CYCLE[(turn.next + 1) % CYCLE.len()];
            } else {
                turn.next = (turn.next + 1) % CYCLE.len();
            }
            recent.push(kind == IdeaKind::Offer);
            let k = IdeaKind::ALL.iter().position(|&x| x == kind).unwrap_or(0);
            let (list, shared) = &lists[pick][k];
            let counter = if *shared { &mut used_shared[k] } else { &mut used[pick][k] };
            let n = *counter;
            *counter += 1;
            if monday < first {
                continue;
            }
            let (idea, again) = if list.is_empty() {
                (String::new(), false)
            } else {
                let idea = fill(list[n % list.len()], turn.name, lang);
                let again = !listed.insert((kind, idea.clone()));
                (idea, again)
            };
            let date = monday + Duration::days(item.day.index() as i64);
            let slot = IdeaSlot {
                date,
                day: item.day,
                at: item.starts(),
                key: item.key.clone(),
                platforms: item.platforms.clone(),
                platform_names: item.platform_names.clone(),
                product: turn.name.to_owned(),
                kind,
                idea,
                again,
                follows: None,
            };
            for f in followers.iter().filter(|f| f.follows.as_deref() == Some(item.key.as_str())) {
                out.push(IdeaSlot {
                    day: f.day,
                    at: f.starts(),
                    date: monday + Duration::days(f.day.index() as i64),
                    key: f.key.clone(),
                    platforms: f.platforms.clone(),
                    platform_names: f.platform_names.clone(),
                    follows: Some(item.key.clone()),
                    ..slot.clone()
                });
            }
            out.push(slot);
        }
    }
    out.sort_by(|a, b| {
        (a.date, a.at, a.follows.is_some(), &a.key)
            .partial_cmp(&(b.date, b.at, b.follows.is_some(), &b.key))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    out
}

/// An idea with the product's name put in, spaced as the language writes it.
pub fn fill(text: &str, product: &str, lang: Language) -> String {
    // The idea's own punctuation is spaced; the product's name keeps its own spelling.
    format::typography(text, lang).replace(StarterIdeas::built_in().placeholder.as_str(), product)
}

/// The starter ideas a plan without its own uses, for the window's list.
pub fn starters_for(plan: &Plan) -> Vec<crate::model::Idea> {
    let starters = StarterIdeas::built_in();
    Content::starters(plan.content.kind_of_business(starters, &plan.business.sector), plan.language)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Idea, Product};

    const EXAMPLES: [&str; 3] = [
        include_str!("../../../../saves/boulangerie.ron"),
        include_str!("../../../../saves/accounting-firm.ron"),
        include_str!("../../../../saves/menuiserie.ron"),
    ];

    fn example(text: &str) -> Plan {
        crate::storage::parse(text, std::path::Path::new("example.ron"), Catalogue::built_in())
            .unwrap_or_else(|e| panic!("{e}"))
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or(EPOCH)
    }

    /// The posts the owner writes (shared and adapted ones follow them).
    fn own(slots: &[IdeaSlot]) -> Vec<&IdeaSlot> {
        slots.iter().filter(|s| s.follows.is_none()).collect()
    }

    #[test]
    fn four_weeks_keep_the_mix_and_each_products_weight() {
        let catalogue = Catalogue::built_in();
        for text in EXAMPLES {
            let plan = example(text);
            for from in [date(2026, 12, 7), date(2027, 3, 1), date(2031, 6, 18)] {
                let slots = ideas(&plan, catalogue, from, 4);
                let own = own(&slots);
                let n = own.len() as f64;
                assert!(n >= 8.0, "{}: {n} posts in four weeks", plan.business.name);
                // Each product within its weight's share (the turns are off by less than 2).
                let total: f64 = plan.products.iter().map(|p| p.weight).sum();
                for p in &plan.products {
                    let got = own.iter().filter(|s| s.product == p.name).count() as f64;
                    let share = n * p.weight / total;
                    assert!(
                        (got - share).abs() < 2.0,
                        "{}: {} has {got} of {n}, share {share}",
                        plan.business.name,
                        p.name
                    );
                }
                // At most about one in five sells: never two offers among five posts in a row.
                let offers: Vec<bool> = own.iter().map(|s| s.kind == IdeaKind::Offer).collect();
                for window in offers.windows(OFFER_GAP) {
                    assert!(window.iter().filter(|&&o| o).count() <= 1, "{}: {offers:?}", plan.business.name);
                }
                let count = offers.iter().filter(|&&o| o).count() as f64;
                assert!(
                    count >= 1.0 && count <= (n / 5.0).ceil(),
                    "{}: {count} offers in {n}",
                    plan.business.name
                );
                // No kind missing.
                for kind in [IdeaKind::Useful, IdeaKind::Important, IdeaKind::Fun] {
                    assert!(own.iter().any(|s| s.kind == kind), "{}: no {kind:?}", plan.business.name);
                }
                assert!(own.iter().all(|s| !s.idea.trim().is_empty()));
            }
        }
    }

    #[test]
    fn a_dates_ideas_do_not_depend_on_when_they_are_asked_for() {
        let catalogue = Catalogue::built_in();
        let plan = example(EXAMPLES[0]);
        let month = ideas(&plan, catalogue, date(2026, 12, 7), 4);
        let later = ideas(&plan, catalogue, date(2026, 12, 16), 3);
        let overlap: Vec<&IdeaSlot> = month.iter().filter(|s| s.date >= date(2026, 12, 14)).collect();
        assert_eq!(overlap, later.iter().collect::<Vec<_>>());
        // The days are the week's, and the dates within the weeks asked for.
        assert!(month.iter().all(|s| s.date >= date(2026, 12, 7) && s.date < date(2027, 1, 4)));
        assert!(month.iter().all(|s| monday_of(s.date) + Duration::days(s.day.index() as i64) == s.date));
    }

    #[test]
    fn a_shared_post_carries_the_idea_of_its_source() {
        let catalogue = Catalogue::built_in();
        let mut plan = example(EXAMPLES[0]);
        assert!(plan.select_scenario("Photos partagées").is_ok());
        let slots = ideas(&plan, catalogue, date(2026, 12, 7), 2);
        let shared: Vec<&IdeaSlot> = slots.iter().filter(|s| s.follows.is_some()).collect();
        assert_eq!(shared.len(), 6, "the bakery shares its three Facebook posts a week on Instagram");
        for s in shared {
            let source = slots.iter().find(|o| Some(&o.key) == s.follows.as_ref() && o.date == s.date);
            let source = source.unwrap_or_else(|| panic!("{} follows nothing that day", s.key));
            assert_eq!((&source.product, source.kind, &source.idea), (&s.product, s.kind, &s.idea));
        }
    }

    #[test]
    fn the_owners_ideas_come_first_then_come_back() {
        let catalogue = Catalogue::built_in();
        let mut plan = example(EXAMPLES[2]);
        plan.products = vec![Product::new("Escaliers", 0.2, 0.9)];
        plan.content.ideas = vec![
            Idea::new(IdeaKind::Useful, "{product} : bien choisir son bois"),
            Idea { product: Some("Fenêtres".into()), ..Idea::new(IdeaKind::Fun, "Une fenêtre posée") },
        ];
        let slots = ideas(&plan, catalogue, date(2027, 1, 4), 8);
        let useful: Vec<&IdeaSlot> = own(&slots).into_iter().filter(|s| s.kind == IdeaKind::Useful).collect();
        assert!(useful.len() >= 2);
        // The product's name put in, the French colon spaced, and the second time "again".
        assert!(useful.iter().all(|s| s.idea == "Escaliers\u{202F}: bien choisir son bois"), "{useful:?}");
        assert!(useful.iter().skip(1).all(|s| s.again));
        // An idea for another product is not this one's: the starter ideas stand in.
        let fun = own(&slots).into_iter().find(|s| s.kind == IdeaKind::Fun);
        assert!(fun.is_some_and(|s| s.idea != "Une fenêtre posée" && !s.idea.is_empty()));
    }

    #[test]
    fn a_heavier_product_comes_more_often() {
        let catalogue = Catalogue::built_in();
        let mut plan = example(EXAMPLES[0]);
        plan.products =
            vec![Product { weight: 3.0, ..Product::new("A", 0.0, 0.5) }, Product::new("B", 0.0, 0.5)];
        let slots = ideas(&plan, catalogue, date(2027, 2, 1), 4);
        let own = own(&slots);
        let a = own.iter().filter(|s| s.product == "A").count() as f64;
        assert!((a - own.len() as f64 * 0.75).abs() < 2.0, "{a} of {}", own.len());
    }

    #[test]
    fn every_example_business_has_its_own_starter_ideas_in_both_languages() {
        let starters = StarterIdeas::built_in();
        for text in EXAMPLES {
            let plan = example(text);
            let kind = plan.content.kind_of_business(starters, &plan.business.sector);
            assert_ne!(kind.id, crate::model::GENERIC, "{}", plan.business.sector);
            for lang in [Language::Fr, Language::En] {
                let ideas = Content::starters(kind, lang);
                for k in IdeaKind::ALL {
                    assert!(ideas.iter().filter(|i| i.kind == k).count() >= 5, "{} {k:?} {lang:?}", kind.id);
                }
            }
            assert_ne!(Content::starters(kind, Language::Fr), Content::starters(kind, Language::En));
        }
    }
}
