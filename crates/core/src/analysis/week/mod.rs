//! The week: the current scenario laid out day by day, so that "3 posts on Instagram, answer
//! within 4 hours of opening hours" becomes when to write, when each post goes out, and when
//! to look at the inbox. Deterministic: the same plan always gives the same week; its items
//! add up to the weekly cost exactly. docs/method.md, "The week", gives the rules.

mod inbox;
mod items;
mod layout;
mod posts;

pub use items::{Item, Kind, Making, Notice, SetAside, Week, lanes};

use crate::model::{Catalogue, Plan};

use super::cost::{Costing, PlanCost};
use super::looks::OpenTime;

/// The week of the plan's current scenario.
pub fn week(plan: &Plan, catalogue: &Catalogue) -> Week {
    let costing = Costing::new(plan, catalogue);
    let cost = costing.cost(plan.current_choices());
    week_with_cost(plan, catalogue, &cost)
}

/// An item being laid out.
#[derive(Clone, Debug)]
pub(super) struct Draft {
    pub item: Item,
    /// Index of the post this one shares or adapts: it follows it.
    pub source: Option<usize>,
    /// Its time is kept: a look (it keeps a promise), a publication (its audience's hour), or
    /// an owner's move.
    pub fixed_time: bool,
    /// For a post's making: the index of its publication.
    pub publication: Option<usize>,
}

/// The week, from a cost already computed for the same plan.
pub fn week_with_cost(plan: &Plan, catalogue: &Catalogue, cost: &PlanCost) -> Week {
    let open = OpenTime::of(&plan.time);
    let mut notices = Vec::new();
    let mut drafts: Vec<Draft> = Vec::new();
    inbox::lay_out(plan, catalogue, cost, &open, &mut drafts, &mut notices);
    posts::lay_out(plan, catalogue, cost, &open, &mut drafts, &mut notices);
    layout::planning(cost, &open, &mut drafts);
    layout::voices(cost, &open, &mut drafts);
    layout::apply_moves(plan, &open, &mut drafts, &mut notices);
    let limit = plan.time.daily_limit_hours.map(|h| h * 60.0);
    if let Some(limit) = limit {
        layout::keep_to_limit(&mut drafts, &open.days, limit);
    }
    posts::assign_topics(&mut drafts, plan);
    posts::business_topics_on_weekdays(&mut drafts, plan);
    layout::place_times(&mut drafts, &plan.time, &open, &mut notices);

    for i in 0..drafts.len() {
        if drafts[i].item.kind == Kind::Publish
            && let Some(s) = drafts[i].source
        {
            drafts[i].item.follows = Some(drafts[s].item.key.clone());
        }
    }
    let mut items: Vec<Item> = drafts.into_iter().map(|d| d.item).collect();
    items
        .sort_by(|a, b| (a.day, a.start).partial_cmp(&(b.day, b.start)).unwrap_or(std::cmp::Ordering::Equal));
    let mut week = Week {
        items,
        open_days: open.days.clone(),
        opens: plan.time.opens,
        closes: plan.time.closes,
        daily_limit_minutes: limit,
        notices,
    };
    if let Some(limit) = limit {
        for day in week.days() {
            let minutes = week.day_minutes(day);
            if minutes > limit + 0.5 {
                week.notices.push(Notice::DayOverLimit { day, minutes, limit });
            }
        }
        let capacity = limit * week.open_days.len() as f64;
        if week.total_minutes() > capacity + 0.5 {
            week.notices.push(Notice::WeekOverLimit { minutes: week.total_minutes(), capacity });
        }
    }
    week
}

#[cfg(test)]
mod tests;
