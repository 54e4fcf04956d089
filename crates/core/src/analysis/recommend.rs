//! The ranking: every platform, best first, with a score in [0, 1] and the evidence behind it
//! (typed, then said in the plan's language). A platform ranks high when it sits near the
//! products on the map, when the audience is there (its age bands, business buyers, job
//! seekers), when what people go there for matches the business, and when it serves the goals.
//! docs/method.md, "The ranking", gives the formula and its figures.

use crate::format;
use crate::locale::Sentence as S;
use crate::model::{
    AgeBand, Catalogue, Customer, Goal, GoalFit, Language, Localized, Plan, Platform, Purpose, Reach,
};

use super::map::distance;

/// How far a product's influence reaches on the map: at this distance closeness is 0.61,
/// at twice it 0.14.
const REACH: f64 = 0.25;
/// Shares of the customers' fit: the map, where the audience is, what people go there for,
/// the goals (estimate, tuned on the source text's matches and a practitioner's cases).
const MAP_SHARE: f64 = 0.25;
const PRESENCE_SHARE: f64 = 0.25;
const PURPOSE_SHARE: f64 = 0.3;
const GOAL_SHARE: f64 = 0.2;
/// A platform used by this share of the audience or more counts as fully present.
const FULL_PRESENCE: f64 = 0.7;
/// A platform brands have left keeps at least this share of its score.
const BRAND_FLOOR: f64 = 0.4;
/// A product at least this close counts as "near" in the reason.
const NEAR: f64 = 0.5;
/// A platform with at least this local pull is where local customers look (on maps, in reviews,
/// in neighbours' groups), said in its reason and counted by "Fit my week".
pub const LOCAL_PLACE: f64 = 0.6;
/// Presence worth saying: a fifth of the audience, or business buyers or job seekers at half.
const SAY_PRESENCE: f64 = 0.2;
const SAY_PLACE: f64 = 0.5;

/// Why a platform ranks where it does, as data: the faces say it (`Why::words`).
#[derive(Clone, Debug, PartialEq)]
pub enum Why {
    NearProducts {
        names: Vec<String>,
        more: usize,
    },
    FarFromProducts {
        nearest: String,
    },
    NoProducts,
    /// This share of the audience's age bands use it.
    Used {
        share: f64,
        ages: Vec<AgeBand>,
    },
    BusinessBuyers,
    JobSeekers,
    /// What people go there for, matching the business.
    GoThereTo(Purpose),
    StrongFor(Vec<Goal>),
    WeakFor(Vec<Goal>),
    /// Its audience has faded or brands have left it: the catalogue's warning (its first clause
    /// is said).
    Warning(Localized),
    LittleUsedByBrands,
    LocalCustomers,
}

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
    /// The share of the audience there, 0 to 1.
    pub presence: f64,
    /// The products near it, closest first.
    pub near_products: Vec<String>,
    /// The share of the products' weight near it, 0 to 1 (0 when there are no products).
    pub near_share: f64,
    /// The evidence, strongest first: each face words it in its own language with
    /// [`Recommendation::reason`].
    pub why: Vec<Why>,
}

impl Recommendation {
    /// The evidence as one sentence in `lang`.
    pub fn reason(&self, lang: Language) -> String {
        words(&self.why, lang)
    }
}

/// 1 on the spot, falling smoothly with distance.
fn closeness(a: (f64, f64), b: (f64, f64)) -> f64 {
    let d = distance(a, b);
    (-(d * d) / (2.0 * REACH * REACH)).exp()
}

/// Every platform of the catalogue and of the plan, best first.
pub fn recommend(plan: &Plan, catalogue: &Catalogue) -> Vec<Recommendation> {
    let ctx = Context::of(plan);
    let mut ranked: Vec<Recommendation> = plan.platforms(catalogue).map(|p| rate(plan, &ctx, p)).collect();
    ranked.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.platform_name.cmp(&b.platform_name)));
    ranked
}

/// What every platform is measured against: the plan's products and audience, once.
struct Context {
    /// How much of the custom is business buyers' rather than consumers', 0 to 1.
    business: f64,
    /// The products' weighted place on the visual axis, 0 (text) to 1.
    visual: f64,
    /// The share of the audience under 30.
    young: f64,
    /// Who uses each platform as measured in France rather than the United States.
    french: bool,
}

impl Context {
    fn of(plan: &Plan) -> Context {
        let total: f64 = plan.products.iter().map(|p| p.weight).sum();
        let mean = |f: fn(&crate::model::Product) -> f64| {
            if total > 0.0 { plan.products.iter().map(|p| p.weight * f(p)).sum::<f64>() / total } else { 0.5 }
        };
        let who = &plan.audience.customers;
        let (people, firms) = (who.contains(&Customer::Consumers), who.contains(&Customer::BusinessBuyers));
        let business = match (people, firms) {
            (true, false) => 0.0,
            (false, true) => 1.0,
            _ => mean(|p| p.b2b),
        };
        let ages: &[AgeBand] =
            if plan.audience.ages.is_empty() { &AgeBand::ADULTS } else { &plan.audience.ages };
        let weight: f64 = ages.iter().map(|b| b.weight()).sum();
        let young = ages
            .iter()
            .filter(|b| matches!(b, AgeBand::Teens | AgeBand::From18To29))
            .map(|b| b.weight())
            .sum::<f64>()
            / weight;
        // Where the customers live decides, not the language the summary is written in; a plan
        // from before the country (format 5) has only its language to go by.
        let french = match plan.country {
            Some(country) => country.measured_as_france(),
            None => plan.language == Language::Fr,
        };
        Context { business, visual: mean(|p| p.visual), young, french }
    }
}

/// How well a purpose matches the business, 0 to 1 (estimates: docs/method.md).
fn purpose_match(purpose: Purpose, plan: &Plan, ctx: &Context) -> f64 {
    let goal = |g: Goal, yes: f64, no: f64| if plan.has_goal(g) { yes } else { no };
    let local = match plan.reach {
        Reach::Local => 1.0,
        Reach::Regional => 0.6,
        Reach::National | Reach::International => 0.1,
    };
    let consumers = 1.0 - ctx.business;
    match purpose {
        Purpose::FriendsAndFamily => consumers * goal(Goal::Notoriety, 1.0, 0.6),
        Purpose::LocalPlaces => local,
        Purpose::PlanningAPurchase => consumers * ctx.visual * goal(Goal::Sales, 1.0, 0.6),
        Purpose::Entertainment => consumers * (0.3 + 0.7 * ctx.young),
        Purpose::ProfessionalNews => ctx.business,
        Purpose::FindingAJob => {
            if plan.audience.recruits() {
                1.0
            } else {
                0.0
            }
        }
        Purpose::Reviews => local * goal(Goal::CustomerService, 1.0, 0.8),
        Purpose::AskingABusiness => goal(Goal::CustomerService, 1.0, 0.3),
        Purpose::News => 1.0 - ctx.visual,
        Purpose::Hobbies => 0.3,
        Purpose::HowTo => 0.5,
    }
}

/// How well what people go there for matches the business: its best-matching purpose, the
/// main one counting fully and the next ones a little less; 0.5 for a platform that lists none.
fn purpose_fit(platform: &Platform, plan: &Plan, ctx: &Context) -> (f64, Option<Purpose>) {
    const WEIGHTS: [f64; 3] = [1.0, 0.85, 0.7];
    platform
        .purposes
        .iter()
        .take(WEIGHTS.len())
        .enumerate()
        .map(|(k, p)| (WEIGHTS[k] * purpose_match(*p, plan, ctx), *p))
        .fold(
            None,
            |best: Option<(f64, Purpose)>, x| {
                if best.is_none_or(|b| x.0 > b.0 + 1e-9) { Some(x) } else { best }
            },
        )
        .map_or((0.5, None), |(fit, p)| (fit, (fit >= 0.6).then_some(p)))
}

fn rate(plan: &Plan, ctx: &Context, platform: &Platform) -> Recommendation {
    let spot = (platform.b2b, platform.visual);
    let total_weight: f64 = plan.products.iter().map(|p| p.weight).sum();
    let mut near: Vec<(f64, &str)> =
        plan.products.iter().map(|p| (closeness((p.b2b, p.visual), spot), p.name.as_str())).collect();
    let map_fit = if total_weight > 0.0 {
        plan.products.iter().zip(&near).map(|(p, (c, _))| p.weight * c).sum::<f64>() / total_weight
    } else {
        0.5
    };
    let near_share = if total_weight > 0.0 {
        plan.products.iter().zip(&near).filter(|(_, (c, _))| *c >= NEAR).map(|(p, _)| p.weight).sum::<f64>()
            / total_weight
    } else {
        0.0
    };
    near.sort_by(|a, b| b.0.total_cmp(&a.0));

    let goals = &plan.audience.goals;
    let goal_fit = if goals.is_empty() {
        0.5
    } else {
        goals.iter().map(|g| platform.goal_fit.for_goal(*g)).sum::<f64>() / goals.len() as f64
    };
    let customer_goals: Vec<Goal> = goals.iter().copied().filter(|g| *g != Goal::Recruiting).collect();
    let customer_goal_fit = if customer_goals.is_empty() {
        0.5
    } else {
        customer_goals.iter().map(|g| platform.goal_fit.for_goal(*g)).sum::<f64>()
            / customer_goals.len() as f64
    };

    // Where the customers are: consumers of these ages, business buyers, in the products' mix.
    let ages = &plan.audience.ages;
    let people = platform.audience.of_ages(ages, ctx.french);
    let firms = platform.audience.business_buyers;
    let presence = (1.0 - ctx.business) * people + ctx.business * firms;
    let presence_fit = (presence / FULL_PRESENCE).sqrt().min(1.0);
    let (purpose, main_purpose) = purpose_fit(platform, plan, ctx);
    let customer_fit = MAP_SHARE * map_fit
        + PRESENCE_SHARE * presence_fit
        + PURPOSE_SHARE * purpose
        + GOAL_SHARE * customer_goal_fit;

    // Candidates are not found near the products: recruiting is scored on where job seekers
    // are and how well the platform recruits, as one goal among the plan's goals.
    let seekers = platform.audience.job_seekers(ages);
    let fit = if plan.audience.recruits() {
        let share = 1.0 / (goals.len() + usize::from(!plan.has_goal(Goal::Recruiting))).max(1) as f64;
        let recruiting = 0.5 * platform.goal_fit.recruiting + 0.5 * (seekers / FULL_PRESENCE).sqrt().min(1.0);
        (1.0 - share) * customer_fit + share * recruiting
    } else {
        customer_fit
    };
    // Local customers look for a shop on maps, in reviews and in neighbours' groups.
    let fit = fit + reach_weight(plan.reach) * platform.local * (1.0 - fit);
    let brand = BRAND_FLOOR + (1.0 - BRAND_FLOOR) * platform.brand_use;
    let score = (brand * fit).clamp(0.0, 1.0);

    let near_products: Vec<String> =
        near.iter().filter(|(c, _)| *c >= NEAR).map(|(_, n)| (*n).to_owned()).collect();
    let mut why = Vec::new();
    // The strongest evidence first: recruiting when it carries the score, then the map or
    // where the audience is, then what people go there for and the goals.
    if plan.audience.recruits() && seekers >= SAY_PLACE {
        why.push(Why::JobSeekers);
    }
    let products = match (near_products.as_slice(), near.first()) {
        ([], None) => Why::NoProducts,
        ([], Some((_, nearest))) => Why::FarFromProducts { nearest: (*nearest).to_owned() },
        (names, _) => Why::NearProducts {
            names: names.iter().take(3).cloned().collect(),
            more: names.len().saturating_sub(3),
        },
    };
    let audience = if ctx.business >= 0.5 && firms >= SAY_PLACE {
        Some(Why::BusinessBuyers)
    } else if ctx.business < 0.5 && people >= SAY_PRESENCE {
        Some(Why::Used { share: people, ages: ages.clone() })
    } else {
        None
    };
    let near_first = matches!(products, Why::NearProducts { .. });
    if near_first {
        why.push(products.clone());
    }
    why.extend(audience);
    why.extend(main_purpose.map(Why::GoThereTo));
    let fit = |g: &Goal| platform.goal_fit.for_goal(*g);
    let strong: Vec<Goal> = goals.iter().copied().filter(|g| fit(g) >= GoalFit::STRONG).collect();
    let weak: Vec<Goal> = goals.iter().copied().filter(|g| fit(g) <= GoalFit::WEAK).collect();
    if !strong.is_empty() {
        why.push(Why::StrongFor(strong));
    }
    if reach_weight(plan.reach) > 0.0 && platform.local >= LOCAL_PLACE {
        why.push(Why::LocalCustomers);
    }
    if !near_first {
        why.push(products);
    }
    if !weak.is_empty() {
        why.push(Why::WeakFor(weak));
    }
    if platform.brand_use < 0.5 {
        why.push(match &platform.warning {
            Some(w) => Why::Warning(w.clone()),
            None => Why::LittleUsedByBrands,
        });
    }
    Recommendation {
        platform_id: platform.id.clone(),
        platform_name: platform.name.clone(),
        score,
        map_fit,
        goal_fit,
        presence,
        near_products,
        near_share,
        why,
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

impl Why {
    pub fn words(&self, lang: Language) -> String {
        let short = |n: &String| format::short(n, format::NAME_IN_TEXT_CHARS);
        match self {
            Why::NoProducts => lang.word(S::NoProductOnTheMap).into(),
            Why::FarFromProducts { nearest } => lang.say(S::FarFromProducts, &[("nearest", &short(nearest))]),
            Why::NearProducts { names, more } => {
                let shown = list(&names.iter().map(short).collect::<Vec<_>>(), lang);
                match more {
                    0 => lang.say(S::CloseToProducts, &[("products", &shown)]),
                    n => lang.say(S::CloseToProductsAndMore, &[("products", &shown), ("more", n)]),
                }
            }
            Why::Used { share, ages } => {
                let percent = format::percent((share * 100.0).round() / 100.0, lang);
                let who = if ages.is_empty() || ages.as_slice() == AgeBand::ADULTS.as_slice() {
                    lang.word(S::OfAdults).to_owned()
                } else {
                    let bands: Vec<&str> = ages.iter().map(|a| a.label(lang)).collect();
                    lang.say(S::OfPeopleAged, &[("ages", &list(&bands, lang))])
                };
                lang.say(S::UsedBy, &[("percent", &percent), ("who", &who)])
            }
            Why::BusinessBuyers => lang.word(S::WhereBusinessBuyersAre).into(),
            Why::JobSeekers => lang.word(S::WhereJobSeekersLook).into(),
            Why::GoThereTo(p) => lang.say(S::PeopleGoThere, &[("purpose", &p.label(lang))]),
            Why::StrongFor(goals) => {
                let goals =
                    list(&goals.iter().map(|g| g.label(lang)).collect::<Vec<_>>(), lang).to_lowercase();
                lang.say(S::StrongFor, &[("goals", &goals)])
            }
            Why::WeakFor(goals) => {
                let goals =
                    list(&goals.iter().map(|g| g.label(lang)).collect::<Vec<_>>(), lang).to_lowercase();
                lang.say(S::WeakFor, &[("goals", &goals)])
            }
            Why::Warning(text) => lower_first(first_clause(text.get(lang))),
            Why::LittleUsedByBrands => lang.word(S::LittleUsedByBrands).into(),
            Why::LocalCustomers => lang.word(S::WhereLocalCustomersLook).into(),
        }
    }
}

/// The evidence as one sentence, capitalised: "Close to Bread on the map; used by 71% of adults".
pub fn words(why: &[Why], lang: Language) -> String {
    let text = why.iter().map(|w| w.words(lang)).collect::<Vec<_>>().join(lang.word(S::ReasonSeparator));
    let text = format::typography(&text, lang);
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
    text[..end].trim_end_matches([' ', '\u{a0}', '\u{202f}'])
}

/// "a", "a and b", "a, b and c".
fn list<T: AsRef<str>>(items: &[T], lang: Language) -> String {
    let and = lang.word(S::ListAnd);
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
mod tests;
