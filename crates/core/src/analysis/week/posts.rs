//! Posts in the week: each one goes out at the hour its audience is there (scheduled in
//! advance, no owner time), and is written beforehand in one or two batches; a shared or
//! adapted post goes out the day of the post it comes from and is made right after it. Products
//! take turns as topics, by weight.

use crate::model::{Catalogue, Customer, Plan, Weekday};

use super::super::cost::{Costing, PlanCost, new_post_minutes, reused_post_minutes, reused_posts};
use super::super::looks::OpenTime;
use super::Draft;
use super::items::{Item, Kind, Making, Notice};

/// When consumers are on social networks: weekday evenings and weekend late mornings; business
/// buyers: weekday mornings (estimate: docs/method.md, "The week").
const CONSUMER_WEEKDAY: f64 = 19.0 * 60.0;
const CONSUMER_WEEKEND: f64 = 11.0 * 60.0;
const BUSINESS_MORNING: f64 = 8.5 * 60.0;
/// A platform reaches business buyers in a business frame of mind from this share on.
const BUSINESS_PLACE: f64 = 0.5;
/// Writing that fits in two hours is one batch; more is two.
const ONE_BATCH: f64 = 120.0;

/// The day index of the `p`-th of `n` things spread evenly over `days` days, centred in its
/// share of the week and shifted by `shift` days.
fn spread(p: usize, n: usize, days: usize, shift: usize) -> usize {
    ((2 * p + 1) * days / (2 * n.max(1)) + shift) % days.max(1)
}

pub(super) fn lay_out(
    plan: &Plan,
    catalogue: &Catalogue,
    cost: &PlanCost,
    open: &OpenTime,
    drafts: &mut Vec<Draft>,
    notices: &mut Vec<Notice>,
) {
    let costing = Costing::new(plan, catalogue);
    let choices = plan.current_choices();
    let business = plan.audience.customers.contains(&Customer::BusinessBuyers);
    // The making drafts of each choice's posts, to follow a source.
    let mut made: Vec<Vec<usize>> = vec![Vec::new(); choices.len()];
    let mut order: Vec<usize> = (0..choices.len()).filter(|&i| choices[i].reuse_from.is_none()).collect();
    order.extend((0..choices.len()).filter(|&i| choices[i].reuse_from.is_some()));
    for (shift, i) in order.into_iter().enumerate() {
        let choice = &choices[i];
        let platform = costing.platform(&choice.platform);
        let figures = costing.figures(&choice.platform);
        let name = cost.choices[i].platform_name.clone();
        let (posts, every) = (choice.cadence.posts() as usize, u32::from(choice.cadence.every_weeks()));
        if every > 1 {
            notices.push(Notice::EveryFewWeeks { platform: name.clone(), every });
        }
        let to_business = business && platform.is_some_and(|p| p.audience.business_buyers >= BUSINESS_PLACE);
        let days: Vec<Weekday> = if to_business { Weekday::ALL[..5].to_vec() } else { Weekday::ALL.to_vec() };
        let source = costing.source(choices, choice);
        let source_index =
            choice.reuse_from.as_deref().and_then(|s| choices.iter().position(|c| c.platform == s));
        let from = |shared: bool| {
            source_index
                .map(|s| cost.choices[s].platform_name.clone())
                .map(|n| if shared { Making::Shared(n) } else { Making::Adapted(n) })
        };
        let reused = reused_posts(choice, source);
        let new = new_post_minutes(choice, figures);
        let again = source.map_or(new, |s| reused_post_minutes(choice, figures, s.shared));
        let per_post = f64::from(every);
        for p in 0..posts {
            // This post's share of the reused ones: whole, none, or the part of one.
            let part = (reused * per_post - p as f64).clamp(0.0, 1.0);
            let minutes = (part * again + (1.0 - part) * new) / per_post;
            let follows = (part > 0.0).then(|| source_index.and_then(|s| made[s].get(p).copied())).flatten();
            let day = match follows {
                Some(f) => drafts[drafts[f].publication.unwrap_or(f)].item.day,
                None => days[spread(p, posts, days.len(), shift)],
            };
            let at = match (to_business, day) {
                (true, _) => BUSINESS_MORNING,
                (false, Weekday::Sat | Weekday::Sun) => CONSUMER_WEEKEND,
                (false, _) => CONSUMER_WEEKDAY,
            };
            let item = |kind, key: String, minutes| Item {
                key,
                kind,
                day,
                start: at,
                minutes,
                platforms: vec![choice.platform.clone()],
                platform_names: name.clone(),
                topic: None,
                making: None,
                who: choice.responder.clone(),
                moved: false,
                every_weeks: every,
                phone: false,
                reviews: false,
                follows: None,
            };
            let publication = drafts.len();
            drafts.push(Draft {
                item: item(Kind::Publish, format!("publish:{}:{}", choice.platform, p + 1), 0.0),
                source: follows.and_then(|f| drafts[f].publication),
                fixed_time: true,
                publication: None,
            });
            made[i].push(drafts.len());
            let making = if part > 0.0 { from(source.is_some_and(|s| s.shared)) } else { Some(Making::Own) };
            drafts.push(Draft {
                item: Item {
                    making,
                    ..item(Kind::Post, format!("post:{}:{}", choice.platform, p + 1), minutes)
                },
                source: follows,
                fixed_time: false,
                publication: Some(publication),
            });
        }
        let stories = choice.stories_per_week.unwrap_or(0) as usize;
        for s in 0..stories {
            let day = open.days[spread(s, stories, open.days.len(), shift)];
            let key = format!("story:{}:{}", choice.platform, s + 1);
            let on = (std::slice::from_ref(&choice.platform), name.as_str());
            drafts.push(Draft {
                item: Item {
                    making: Some(Making::Story),
                    ..Item::work(
                        key,
                        Kind::Post,
                        day,
                        figures.minutes_per_story,
                        on,
                        choice.responder.clone(),
                    )
                },
                source: None,
                fixed_time: false,
                publication: None,
            });
        }
    }
    batch(drafts, open);
}

/// Writing in one or two batches on open days: the first open day writes what goes out until
/// the second batch's day, which writes the rest; a shared or adapted post is made with its
/// source.
fn batch(drafts: &mut [Draft], open: &OpenTime) {
    let days = &open.days;
    let own: Vec<usize> = (0..drafts.len())
        .filter(|&i| {
            drafts[i].item.kind == Kind::Post && drafts[i].publication.is_some() && drafts[i].source.is_none()
        })
        .collect();
    let writing: f64 = drafts.iter().filter(|d| d.publication.is_some()).map(|d| d.item.minutes).sum();
    let second = (writing > ONE_BATCH && days.len() > 1).then(|| days[days.len() / 2]);
    for i in own {
        let goes_out = drafts[drafts[i].publication.unwrap_or(i)].item.day;
        drafts[i].item.day = match second {
            Some(d) if goes_out >= d || goes_out < days[0] => d,
            _ => days[0],
        };
    }
    follow_sources(drafts);
}

/// Shared and adapted posts not moved by the owner are made the day of their source.
pub(super) fn follow_sources(drafts: &mut [Draft]) {
    for i in 0..drafts.len() {
        if drafts[i].item.kind == Kind::Post
            && let Some(s) = drafts[i].source
            && !drafts[i].item.moved
        {
            drafts[i].item.day = drafts[s].item.day;
        }
    }
}

/// Products in turn, by weight (smooth weighted round robin: a product of weight 2 comes twice
/// as often, never twice in a row while others wait), over the week's own publications in day
/// order; a shared or adapted post, and each post's making, are about what it is about.
pub(super) fn assign_topics(drafts: &mut [Draft], plan: &Plan) {
    if plan.products.is_empty() {
        return;
    }
    let total: f64 = plan.products.iter().map(|p| p.weight).sum();
    let mut current = vec![0.0; plan.products.len()];
    let mut own: Vec<usize> = (0..drafts.len())
        .filter(|&i| drafts[i].item.kind == Kind::Publish && drafts[i].source.is_none())
        .collect();
    own.sort_by_key(|&i| (drafts[i].item.day, i));
    for i in own {
        for (c, p) in current.iter_mut().zip(&plan.products) {
            *c += p.weight;
        }
        let pick = (0..current.len()).fold(0, |best, k| if current[k] > current[best] { k } else { best });
        current[pick] -= total;
        drafts[i].item.topic = Some(plan.products[pick].name.clone());
    }
    for i in 0..drafts.len() {
        if drafts[i].item.kind == Kind::Publish
            && let Some(s) = drafts[i].source
        {
            drafts[i].item.topic = drafts[s].item.topic.clone();
        }
    }
    for i in 0..drafts.len() {
        if let Some(p) = drafts[i].publication {
            drafts[i].item.topic = drafts[p].item.topic.clone();
        }
    }
}

/// A post about a product sold to businesses goes out when business buyers read: a weekday
/// morning (the trade platters are not posted on Sunday morning). What shares it goes with it.
pub(super) fn business_topics_on_weekdays(drafts: &mut [Draft], plan: &Plan) {
    let to_business = |topic: &Option<String>| {
        plan.products.iter().any(|p| Some(&p.name) == topic.as_ref() && p.b2b >= 0.5)
    };
    for i in 0..drafts.len() {
        let item = &drafts[i].item;
        if item.kind != Kind::Publish || item.moved || drafts[i].source.is_some() || !to_business(&item.topic)
        {
            continue;
        }
        let day = if item.day >= Weekday::Sat { Weekday::Mon } else { item.day };
        for (j, d) in drafts.iter_mut().enumerate() {
            if (j == i || d.source == Some(i)) && d.item.kind == Kind::Publish && !d.item.moved {
                d.item.day = day;
                d.item.start = BUSINESS_MORNING;
            }
        }
    }
}
