//! The week: the current scenario laid out day by day, so that "3 posts on Instagram, answer
//! within 4 hours" becomes which day to post, about what, and when to look at the inbox.
//! Deterministic: the same plan always gives the same week. docs/method.md gives the rules.

use crate::format;
use crate::model::{Catalogue, Clock, Language, Plan, Weekday};

use super::cost::{PlanCost, cost, inbox_key};

/// What an item of the week is, for its colour and its calendar category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Making a post, or adapting another platform's (an adapted post is a post).
    Post,
    /// Looking at an inbox and answering what came in.
    Inbox,
    /// The week's one planning session.
    Planning,
}

/// One thing to do at one time of one day, every week.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// Stable across changes to the rest of the plan: `post:instagram:2`, `look:meta:3`,
    /// `planning` (docs/plan-format.md, "Moves").
    pub key: String,
    pub kind: Kind,
    pub day: Weekday,
    /// Minutes from midnight.
    pub start: f64,
    pub minutes: f64,
    /// The platform ids it is about (several for a shared inbox; none for planning).
    pub platforms: Vec<String>,
    /// "Instagram", "Facebook + Instagram" or "" for planning.
    pub platform_names: String,
    /// The product a post is about.
    pub topic: Option<String>,
    /// For an adapted post: the name of the platform whose post it adapts.
    pub adapted_from: Option<String>,
    /// Who does it (`responder`); None is the owner.
    pub who: Option<String>,
    /// The owner put it there.
    pub moved: bool,
    /// 1: every week. More for a post made less than once a week (YouTube's long video every
    /// few weeks): the calendar repeats it at that interval.
    pub every_weeks: u32,
}

impl Item {
    pub fn starts(&self) -> Clock {
        Clock::at(self.start)
    }

    pub fn end(&self) -> f64 {
        self.start + self.minutes
    }

    /// What to do, in the plan's language: "Post about Sourdough bread".
    pub fn what(&self, lang: Language) -> String {
        let text = match (self.kind, &self.adapted_from, &self.topic) {
            (Kind::Post, Some(from), Some(topic)) => lang.pick(
                format!("Adapter la publication {from} sur « {topic} »"),
                format!("Adapt the {from} post about \"{topic}\""),
            ),
            (Kind::Post, Some(from), None) => {
                lang.pick(format!("Adapter la publication {from}"), format!("Adapt the {from} post"))
            }
            (Kind::Post, None, Some(topic)) => {
                lang.pick(format!("Publier sur « {topic} »"), format!("Post about \"{topic}\""))
            }
            (Kind::Post, None, None) => lang.pick("Publier", "Post").to_owned(),
            (Kind::Inbox, _, _) => {
                lang.pick("Lire les messages et répondre", "Read the messages and answer").to_owned()
            }
            (Kind::Planning, _, _) => lang
                .pick(
                    "Préparer la semaine suivante et lire les statistiques",
                    "Prepare next week and read the statistics",
                )
                .to_owned(),
        };
        let text = if self.every_weeks > 1 {
            lang.pick(
                format!("{text}, toutes les {} semaines", self.every_weeks),
                format!("{text}, every {} weeks", self.every_weeks),
            )
        } else {
            text
        };
        format::typography(&text, lang)
    }

    /// Who does it, in words.
    pub fn who(&self, lang: Language) -> String {
        self.who.clone().unwrap_or_else(|| lang.pick("vous", "you").to_owned())
    }
}

/// Why a saved move is not applied (it stays in the plan).
#[derive(Clone, Debug, PartialEq)]
pub enum SetAside {
    /// The item no longer exists: fewer posts, a platform dropped, a faster inbox now.
    NoSuchItem,
    /// The day it was moved to is no longer an open day.
    DayClosed(Weekday),
}

/// Something the owner should know about the week.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// A weekly calendar holds whole posts: 2.5 a week is shown as 3.
    Rounded {
        platform: String,
        per_week: f64,
        shown: usize,
    },
    /// Less than a post a week: one post, repeated every `every` weeks.
    EveryFewWeeks {
        platform: String,
        per_week: f64,
        every: u32,
    },
    /// A day needs more than the daily limit, even after moving what could move.
    DayOverLimit {
        day: Weekday,
        minutes: f64,
        limit: f64,
    },
    /// The week needs more than the daily limit times the open days.
    WeekOverLimit {
        minutes: f64,
        capacity: f64,
    },
    MoveSetAside {
        item: String,
        why: SetAside,
    },
}

impl Notice {
    pub fn text(&self, lang: Language) -> String {
        let text = match self {
            Notice::Rounded { platform, per_week, shown } => lang.pick(
                format!(
                    "{platform} : {} publications par semaine, montrées comme {shown} chaque semaine",
                    format::number(*per_week, 2, lang)
                ),
                format!(
                    "{platform}: {} posts a week, shown as {shown} every week",
                    format::number(*per_week, 2, lang)
                ),
            ),
            Notice::EveryFewWeeks { platform, per_week, every } => lang.pick(
                format!(
                    "{platform} : {} publication par semaine, soit une toutes les {every} semaines ; elle figure dans chaque semaine, et le calendrier la répète toutes les {every} semaines",
                    format::number(*per_week, 2, lang)
                ),
                format!(
                    "{platform}: {} posts a week, one every {every} weeks; it shows in every week, and the calendar repeats it every {every} weeks",
                    format::number(*per_week, 2, lang)
                ),
            ),
            Notice::DayOverLimit { day, minutes, limit } => lang.pick(
                format!(
                    "Le {} demande {}, plus que les {} par jour que vous pouvez donner : \
                     déplacez une publication, répondez moins vite ou publiez moins",
                    day.name(lang),
                    format::hours(*minutes, lang),
                    format::hours(*limit, lang)
                ),
                format!(
                    "{} needs {}, more than the {} a day you can give: move a post, answer \
                     less fast or post less",
                    day.name(lang),
                    format::hours(*minutes, lang),
                    format::hours(*limit, lang)
                ),
            ),
            Notice::WeekOverLimit { minutes, capacity } => lang.pick(
                format!(
                    "La semaine demande {}, mais vos jours ouverts n'en tiennent que {} à la limite par jour",
                    format::hours(*minutes, lang),
                    format::hours(*capacity, lang)
                ),
                format!(
                    "The week needs {}, but your open days hold only {} at the daily limit",
                    format::hours(*minutes, lang),
                    format::hours(*capacity, lang)
                ),
            ),
            Notice::MoveSetAside { item, why: SetAside::NoSuchItem } => lang.pick(
                format!("Le déplacement de « {item} » est gardé mais pas appliqué : cet élément n'est plus dans la semaine"),
                format!("The move of \"{item}\" is kept but not applied: that item is no longer in the week"),
            ),
            Notice::MoveSetAside { item, why: SetAside::DayClosed(day) } => lang.pick(
                format!(
                    "Le déplacement de « {item} » au {} est gardé mais pas appliqué : ce jour n'est plus ouvert",
                    day.name(lang)
                ),
                format!(
                    "The move of \"{item}\" to {} is kept but not applied: that day is no longer open",
                    day.name(lang)
                ),
            ),
        };
        format::typography(&text, lang)
    }
}

/// The week of the plan's current scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Week {
    /// By day, then time.
    pub items: Vec<Item>,
    pub open_days: Vec<Weekday>,
    pub opens: Clock,
    pub closes: Clock,
    pub daily_limit_minutes: Option<f64>,
    pub notices: Vec<Notice>,
}

impl Week {
    pub fn day_minutes(&self, day: Weekday) -> f64 {
        self.items.iter().filter(|i| i.day == day).map(|i| i.minutes).sum()
    }

    pub fn total_minutes(&self) -> f64 {
        self.items.iter().map(|i| i.minutes).sum()
    }

    pub fn item(&self, key: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.key == key)
    }

    /// The first and last minute a drawing of the week shows: the opening hours, widened to
    /// whole hours and to any item the owner moved outside them.
    pub fn shown_range(&self) -> (f64, f64) {
        let mut first = f64::from(self.opens.minutes());
        let mut last = f64::from(self.closes.minutes()).max(first + 60.0);
        for item in &self.items {
            first = first.min(item.start);
            last = last.max(item.end());
        }
        let first = (first / 60.0).floor() * 60.0;
        let last = ((last / 60.0).ceil() * 60.0).min(24.0 * 60.0).max(first + 60.0);
        (first, last)
    }
}

/// Side by side, for a drawing of one day: each item's lane and how many lanes its group of
/// overlapping items needs. An item is drawn at least `shortest` minutes tall (a five-minute
/// look must stay visible), and overlaps as drawn.
pub fn lanes(items: &[&Item], shortest: f64) -> Vec<(usize, usize)> {
    let end = |it: &Item| it.end().max(it.start + shortest);
    let mut out = vec![(0, 1); items.len()];
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|&a, &b| items[a].start.total_cmp(&items[b].start));
    let mut group: Vec<usize> = Vec::new();
    let mut group_end = f64::NEG_INFINITY;
    let mut lane_ends: Vec<f64> = Vec::new();
    let close = |group: &mut Vec<usize>, lane_ends: &mut Vec<f64>, out: &mut Vec<(usize, usize)>| {
        for &g in group.iter() {
            out[g].1 = lane_ends.len().max(1);
        }
        group.clear();
        lane_ends.clear();
    };
    for i in order {
        let it = items[i];
        if it.start >= group_end - 0.01 {
            close(&mut group, &mut lane_ends, &mut out);
            group_end = f64::NEG_INFINITY;
        }
        let lane = match lane_ends.iter().position(|&e| e <= it.start + 0.01) {
            Some(l) => l,
            None => {
                lane_ends.push(f64::NEG_INFINITY);
                lane_ends.len() - 1
            }
        };
        lane_ends[lane] = end(it);
        group_end = group_end.max(end(it));
        out[i].0 = lane;
        group.push(i);
    }
    close(&mut group, &mut lane_ends, &mut out);
    out
}

/// The week of the plan's current scenario.
pub fn week(plan: &Plan, catalogue: &Catalogue) -> Week {
    let cost = cost(plan, catalogue);
    week_with_cost(plan, catalogue, &cost)
}

/// An item being laid out: its bundle (a post and its adaptations move together).
struct Draft {
    item: Item,
    /// Index of the post this one adapts.
    source: Option<usize>,
    /// Placed by the owner or by the rule (inbox looks keep their time: they keep a promise).
    fixed_time: bool,
}

/// The week, from a cost already computed for the same plan.
pub fn week_with_cost(plan: &Plan, catalogue: &Catalogue, cost: &PlanCost) -> Week {
    let time = &plan.time;
    let mut days = time.open_days.clone();
    days.sort();
    days.dedup();
    if days.is_empty() {
        days.push(Weekday::Mon);
    }
    let opens = f64::from(time.opens.minutes());
    let closes = f64::from(time.closes.minutes()).max(opens + 1.0);
    let length = closes - opens;
    let choices = plan.current_choices();
    let mut notices = Vec::new();
    let mut drafts: Vec<Draft> = Vec::new();

    // Inbox looks: one series per inbox (shared or alone), as often as its strictest target needs.
    let keys: Vec<String> =
        choices.iter().map(|c| inbox_key(plan.platform(catalogue, &c.platform), &c.platform)).collect();
    let mut seen: Vec<&str> = Vec::new();
    for (i, key) in keys.iter().enumerate() {
        if seen.contains(&key.as_str()) {
            continue;
        }
        seen.push(key);
        let members: Vec<usize> = (i..choices.len()).filter(|&j| &keys[j] == key).collect();
        let minutes: f64 =
            members.iter().map(|&j| cost.choices[j].monitoring + cost.choices[j].replies).sum();
        let per_day = members.iter().map(|&j| cost.choices[j].checks_per_day).fold(0.0, f64::max);
        if minutes <= 0.0 || per_day <= 0.0 {
            continue;
        }
        // (day index, start) of each look of the week.
        let mut looks: Vec<(usize, f64)> = Vec::new();
        if per_day >= 1.0 {
            let k = per_day.round().max(1.0) as usize;
            for d in 0..days.len() {
                for j in 1..=k {
                    // The j-th look closes the j-th stretch of the day: a question asked in it waits
                    // at most one stretch, which the target allows.
                    looks.push((d, opens + length * j as f64 / k as f64));
                }
            }
        } else {
            let n = (per_day * days.len() as f64).ceil().max(1.0) as usize;
            for j in 0..n {
                looks.push((spread(j, n, days.len(), 0), closes));
            }
        }
        let per_look = minutes / looks.len() as f64;
        let id = key.split_once(':').map_or(key.as_str(), |(_, id)| id);
        let names: Vec<&str> = members.iter().map(|&j| cost.choices[j].platform_name.as_str()).collect();
        let mut who: Vec<&str> = members.iter().filter_map(|&j| choices[j].responder.as_deref()).collect();
        who.dedup();
        for (n, (d, end)) in looks.into_iter().enumerate() {
            drafts.push(Draft {
                item: Item {
                    key: format!("look:{id}:{}", n + 1),
                    kind: Kind::Inbox,
                    day: days[d],
                    start: (end - per_look).max(opens),
                    minutes: per_look,
                    platforms: members.iter().map(|&j| choices[j].platform.clone()).collect(),
                    platform_names: names.join(" + "),
                    topic: None,
                    adapted_from: None,
                    who: (!who.is_empty()).then(|| who.join(" / ")),
                    moved: false,
                    every_weeks: 1,
                },
                source: None,
                fixed_time: true,
            });
        }
    }

    // Posts: spread over the open days; each platform starts on another day so that they do
    // not all fall together; adapted posts on the day of the post they adapt.
    let mut first_post: Vec<Option<usize>> = vec![None; choices.len()];
    let mut shift = 0;
    let mut order: Vec<usize> = (0..choices.len()).filter(|&i| choices[i].reuse_from.is_none()).collect();
    order.extend((0..choices.len()).filter(|&i| choices[i].reuse_from.is_some()));
    for i in order {
        let choice = &choices[i];
        let mut n = choice.posts_per_week.round() as usize;
        // Less than one a week is one post every few weeks, not none.
        let every_weeks = if n == 0 && choice.posts_per_week > 0.0 {
            n = 1;
            (1.0 / choice.posts_per_week).round().max(1.0) as u32
        } else {
            1
        };
        if every_weeks > 1 {
            notices.push(Notice::EveryFewWeeks {
                platform: cost.choices[i].platform_name.clone(),
                per_week: choice.posts_per_week,
                every: every_weeks,
            });
        } else if (n as f64 - choice.posts_per_week).abs() > 1e-9 {
            notices.push(Notice::Rounded {
                platform: cost.choices[i].platform_name.clone(),
                per_week: choice.posts_per_week,
                shown: n,
            });
        }
        if n == 0 {
            continue;
        }
        // A post takes its real time; a rounded count changes the week's total, and says so.
        let per_post = cost.choices[i].creation / choice.posts_per_week;
        let source = choice
            .reuse_from
            .as_deref()
            .and_then(|s| choices.iter().position(|c| c.platform == s))
            .and_then(|s| first_post[s].map(|first| (s, first)));
        let adapted = source.map_or(0, |(s, _)| (choices[s].posts_per_week.round() as usize).min(n));
        first_post[i] = Some(drafts.len());
        let own = n - adapted;
        for p in 0..n {
            let (day, from) = match source {
                Some((s, first)) if p < adapted => {
                    (drafts[first + p].item.day, Some((first + p, cost.choices[s].platform_name.clone())))
                }
                _ => (days[spread(p - adapted, own, days.len(), shift)], None),
            };
            drafts.push(Draft {
                item: Item {
                    key: format!("post:{}:{}", choice.platform, p + 1),
                    kind: Kind::Post,
                    day,
                    start: opens,
                    minutes: per_post,
                    platforms: vec![choice.platform.clone()],
                    platform_names: cost.choices[i].platform_name.clone(),
                    topic: None,
                    adapted_from: from.as_ref().map(|(_, name)| name.clone()),
                    who: choice.responder.clone(),
                    moved: false,
                    every_weeks,
                },
                source: from.map(|(index, _)| index),
                fixed_time: false,
            });
        }
        if own > 0 {
            shift += 1;
        }
    }

    let planning: f64 = cost.choices.iter().map(|c| c.planning).sum();
    if planning > 0.0 {
        drafts.push(Draft {
            item: Item {
                key: "planning".into(),
                kind: Kind::Planning,
                day: days[0],
                start: opens,
                minutes: planning,
                platforms: Vec::new(),
                platform_names: String::new(),
                topic: None,
                adapted_from: None,
                who: None,
                moved: false,
                every_weeks: 1,
            },
            source: None,
            fixed_time: false,
        });
    }

    // The owner's moves, where they still make sense.
    let moves = plan.current().map_or(&[][..], |s| s.moves.as_slice());
    for m in moves {
        match drafts.iter_mut().find(|d| d.item.key == m.item) {
            None => notices.push(Notice::MoveSetAside { item: m.item.clone(), why: SetAside::NoSuchItem }),
            Some(_) if !days.contains(&m.day) => {
                notices.push(Notice::MoveSetAside { item: m.item.clone(), why: SetAside::DayClosed(m.day) })
            }
            Some(d) => {
                d.item.day = m.day;
                d.item.start = f64::from(m.at.minutes());
                d.item.moved = true;
                d.fixed_time = true;
            }
        }
    }
    follow_sources(&mut drafts);

    let limit = time.daily_limit_hours.map(|h| h * 60.0);
    if let Some(limit) = limit {
        keep_to_limit(&mut drafts, &days, limit);
        follow_sources(&mut drafts);
    }
    assign_topics(&mut drafts, plan);
    place_times(&mut drafts, opens);

    let mut items: Vec<Item> = drafts.into_iter().map(|d| d.item).collect();
    items
        .sort_by(|a, b| (a.day, a.start).partial_cmp(&(b.day, b.start)).unwrap_or(std::cmp::Ordering::Equal));
    let mut week = Week {
        items,
        open_days: days,
        opens: time.opens,
        closes: time.closes,
        daily_limit_minutes: limit,
        notices,
    };
    if let Some(limit) = limit {
        for &day in &week.open_days {
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

/// The day index of the `p`-th of `n` things spread evenly over `days` days, centred in its
/// share of the week and shifted by `shift` days.
fn spread(p: usize, n: usize, days: usize, shift: usize) -> usize {
    ((2 * p + 1) * days / (2 * n.max(1)) + shift) % days
}

/// Adapted posts not moved by the owner go to the day of the post they adapt.
fn follow_sources(drafts: &mut [Draft]) {
    for i in 0..drafts.len() {
        if let Some(s) = drafts[i].source
            && !drafts[i].item.moved
        {
            drafts[i].item.day = drafts[s].item.day;
        }
    }
}

/// Moves posts (with their adaptations) and the planning session from days over the limit to
/// the open days with the most room; inbox looks and the owner's moves stay.
fn keep_to_limit(drafts: &mut [Draft], days: &[Weekday], limit: f64) {
    let load = |drafts: &[Draft], day: Weekday| -> f64 {
        drafts.iter().filter(|d| d.item.day == day).map(|d| d.item.minutes).sum()
    };
    // Each pass moves one bundle; a bundle never moves onto a day it would put over the limit.
    for _ in 0..drafts.len() {
        let Some(&over) = days.iter().find(|&&d| load(drafts, d) > limit + 0.5) else { return };
        let movable = drafts.iter().enumerate().filter(|(_, d)| {
            d.item.day == over && !d.fixed_time && d.source.is_none() && d.item.kind != Kind::Inbox
        });
        let mut best: Option<(usize, Weekday)> = None;
        for (i, _) in movable {
            let bundle: f64 = drafts
                .iter()
                .enumerate()
                .filter(|(j, d)| *j == i || (d.source == Some(i) && !d.item.moved))
                .map(|(_, d)| d.item.minutes)
                .sum();
            let target = days
                .iter()
                .filter(|&&d| d != over)
                .map(|&d| (d, load(drafts, d)))
                .filter(|(_, l)| l + bundle <= limit + 0.5)
                .min_by(|a, b| a.1.total_cmp(&b.1));
            if let Some((day, _)) = target {
                best = Some((i, day));
                break;
            }
        }
        let Some((i, day)) = best else { return };
        drafts[i].item.day = day;
        follow_sources(drafts);
    }
}

/// Products in turn, by weight (smooth weighted round robin: a product of weight 2 comes twice
/// as often, never twice in a row while others wait), over the week's own posts in day order;
/// an adapted post is about what its source is about.
fn assign_topics(drafts: &mut [Draft], plan: &Plan) {
    if plan.products.is_empty() {
        return;
    }
    let total: f64 = plan.products.iter().map(|p| p.weight).sum();
    let mut current = vec![0.0; plan.products.len()];
    let mut own: Vec<usize> = (0..drafts.len())
        .filter(|&i| drafts[i].item.kind == Kind::Post && drafts[i].source.is_none())
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
        if let Some(s) = drafts[i].source {
            drafts[i].item.topic = drafts[s].item.topic.clone();
        }
    }
}

/// Times for what has none yet: from opening, the first free time of its day that does not
/// overlap what is placed; an adapted post right after its source when it can.
fn place_times(drafts: &mut [Draft], opens: f64) {
    let mut order: Vec<usize> = (0..drafts.len()).filter(|&i| !drafts[i].fixed_time).collect();
    // Planning first (it prepares the day's work), then posts before their adaptations.
    order.sort_by_key(|&i| (drafts[i].item.kind != Kind::Planning, drafts[i].source.is_some(), i));
    let mut placed: Vec<usize> = (0..drafts.len()).filter(|&i| drafts[i].fixed_time).collect();
    for i in order {
        let day = drafts[i].item.day;
        let minutes = drafts[i].item.minutes;
        let from = match drafts[i].source {
            Some(s) if drafts[s].item.day == day => drafts[s].item.end(),
            _ => opens,
        };
        let mut busy: Vec<(f64, f64)> = placed
            .iter()
            .map(|&j| &drafts[j].item)
            .filter(|it| it.day == day)
            .map(|it| (it.start, it.end()))
            .collect();
        busy.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut start = from;
        for (s, e) in busy {
            if start + minutes <= s + 0.01 {
                break;
            }
            if e > start {
                start = e;
            }
        }
        // Past midnight there is no room left: keep the first free time of the day anyway.
        drafts[i].item.start = if start + minutes <= 24.0 * 60.0 { start } else { from };
        placed.push(i);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Choice, Move, Product};

    fn catalogue() -> &'static Catalogue {
        Catalogue::built_in()
    }

    fn choose<'a>(plan: &'a mut Plan, id: &str) -> &'a mut Choice {
        let platform = catalogue().get(id).unwrap().clone();
        plan.current_choices_mut().push(Choice::with_defaults(&platform));
        plan.current_choices_mut().last_mut().unwrap()
    }

    #[test]
    fn less_than_a_post_a_week_is_one_post_every_few_weeks() {
        let mut plan = bakery();
        choose(&mut plan, "youtube").posts_per_week = 0.25;
        let week = week(&plan, catalogue());
        let videos: Vec<&Item> =
            week.items.iter().filter(|i| i.kind == Kind::Post && i.platforms == ["youtube"]).collect();
        assert_eq!(videos.len(), 1, "one video in the week, not none");
        assert_eq!(videos[0].every_weeks, 4);
        assert!(videos[0].what(Language::En).ends_with("every 4 weeks"), "{}", videos[0].what(Language::En));
        assert!(week.notices.iter().any(|n| matches!(n, Notice::EveryFewWeeks { every: 4, .. })));
        let ics = crate::report::to_ics(&week, Language::En, "bakery", chrono::NaiveDate::default());
        assert!(ics.contains("INTERVAL=4;BYDAY="), "the calendar repeats it every 4 weeks");
        assert_eq!(ics.matches("INTERVAL=").count(), 1, "the rest stays weekly");
    }

    fn bakery() -> Plan {
        let mut plan = Plan::new("Bakery", Language::En);
        plan.products.push(Product::new("Bread", 0.1, 0.7));
        plan.products.push(Product { weight: 2.0, ..Product::new("Cakes", 0.1, 0.9) });
        plan.time.open_days =
            vec![Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];
        plan.time.opens = Clock::hm(7, 0);
        plan.time.closes = Clock::hm(19, 30);
        let ig = choose(&mut plan, "instagram");
        ig.posts_per_week = 3.0;
        ig.response_target_hours = 4.0;
        ig.responder = Some("Camille".into());
        let fb = choose(&mut plan, "facebook");
        fb.posts_per_week = 3.0;
        fb.reuse_from = Some("instagram".into());
        plan
    }

    #[test]
    fn a_plan_with_no_choices_has_an_empty_week() {
        let plan = Plan::new("Empty", Language::Fr);
        let week = week(&plan, catalogue());
        assert!(week.items.is_empty());
        assert!(week.notices.is_empty());
        assert_eq!(week.open_days, Weekday::first(5));
    }

    #[test]
    fn the_week_holds_what_the_cost_counts_on_open_days_only() {
        let plan = bakery();
        let cost = cost(&plan, catalogue());
        let week = week(&plan, catalogue());
        assert!(
            (week.total_minutes() - cost.total()).abs() < 0.01,
            "{} vs {}",
            week.total_minutes(),
            cost.total()
        );
        assert!(week.items.iter().all(|i| plan.time.is_open(i.day)), "{:?}", week.items);
        assert_eq!(week.items.iter().filter(|i| i.kind == Kind::Planning).count(), 1);
        assert_eq!(week.items.iter().filter(|i| i.kind == Kind::Post).count(), 6);
        // Three Instagram posts on three different days.
        let mut days: Vec<Weekday> =
            week.items.iter().filter(|i| i.key.starts_with("post:instagram")).map(|i| i.day).collect();
        days.dedup();
        assert_eq!(days.len(), 3, "{days:?}");
    }

    #[test]
    fn adapted_posts_follow_their_source_and_its_topic() {
        let week = week(&bakery(), catalogue());
        for n in 1..=3 {
            let source = week.item(&format!("post:instagram:{n}")).unwrap();
            let adapted = week.item(&format!("post:facebook:{n}")).unwrap();
            assert_eq!((adapted.day, &adapted.topic), (source.day, &source.topic));
            assert_eq!(adapted.adapted_from.as_deref(), Some("Instagram"));
            assert!(adapted.start >= source.end() - 0.01, "{adapted:?} before {source:?}");
            assert!(adapted.minutes < source.minutes);
        }
    }

    #[test]
    fn topics_take_turns_by_weight() {
        let week = week(&bakery(), catalogue());
        let topics: Vec<&str> = week
            .items
            .iter()
            .filter(|i| i.key.starts_with("post:instagram"))
            .filter_map(|i| i.topic.as_deref())
            .collect();
        assert_eq!(topics.iter().filter(|t| **t == "Cakes").count(), 2, "{topics:?}");
        assert_eq!(topics.iter().filter(|t| **t == "Bread").count(), 1, "{topics:?}");
    }

    #[test]
    fn a_one_hour_target_over_twelve_hours_looks_every_hour_within_opening() {
        let mut plan = Plan::new("Shop", Language::En);
        plan.time.opens = Clock::hm(8, 0);
        plan.time.closes = Clock::hm(20, 0);
        choose(&mut plan, "instagram").response_target_hours = 1.0;
        let week = week(&plan, catalogue());
        let looks: Vec<&Item> =
            week.items.iter().filter(|i| i.kind == Kind::Inbox && i.day == Weekday::Mon).collect();
        assert_eq!(looks.len(), 12);
        for pair in looks.windows(2) {
            let gap = pair[1].start - pair[0].start;
            assert!((gap - 60.0).abs() < 0.01, "{gap}");
        }
        assert!(looks.iter().all(|l| l.start >= 8.0 * 60.0 && l.end() <= 20.0 * 60.0 + 0.01));
        // Posts fit between the looks.
        let monday: Vec<&Item> = week.items.iter().filter(|i| i.day == Weekday::Mon).collect();
        for pair in monday.windows(2) {
            assert!(pair[1].start >= pair[0].end() - 0.01, "overlap: {pair:?}");
        }
    }

    #[test]
    fn platforms_sharing_an_inbox_are_looked_at_together() {
        let mut plan = Plan::new("Shop", Language::En);
        choose(&mut plan, "instagram");
        choose(&mut plan, "facebook");
        let week = week(&plan, catalogue());
        let looks: Vec<&Item> = week.items.iter().filter(|i| i.kind == Kind::Inbox).collect();
        assert!(!looks.is_empty());
        assert!(looks.iter().all(|l| l.platforms.len() == 2 && l.key.starts_with("look:meta:")), "{looks:?}");
    }

    #[test]
    fn every_platform_gives_a_week_within_the_day() {
        let mut plan = Plan::new("Everywhere", Language::Fr);
        plan.products.push(Product::new("Chaises", 0.3, 0.8));
        for p in catalogue().platforms.clone() {
            choose(&mut plan, &p.id);
        }
        let week = week(&plan, catalogue());
        let cost = cost(&plan, catalogue());
        // Whole posts a week: the difference from the cost is what rounding added or took.
        let rounding: f64 = week
            .notices
            .iter()
            .filter_map(|n| match n {
                Notice::Rounded { platform, per_week, shown } => {
                    let c = cost.choices.iter().find(|c| &c.platform_name == platform)?;
                    Some(c.creation / per_week * (*shown as f64 - per_week))
                }
                // One whole post in the week for less than one a week.
                Notice::EveryFewWeeks { platform, per_week, .. } => {
                    let c = cost.choices.iter().find(|c| &c.platform_name == platform)?;
                    Some(c.creation / per_week * (1.0 - per_week))
                }
                _ => None,
            })
            .sum();
        assert!((week.total_minutes() - cost.total() - rounding).abs() < 0.01);
        assert!(
            week.items.iter().all(|i| i.start >= 0.0 && i.end() <= 24.0 * 60.0 + 0.01),
            "{:?}",
            week.items
        );
        for p in &catalogue().platforms {
            assert!(week.items.iter().any(|i| i.platforms.contains(&p.id)), "{} missing", p.id);
        }
    }

    #[test]
    fn moves_apply_while_they_make_sense_and_are_set_aside_otherwise() {
        let mut plan = bakery();
        let at = Clock::hm(15, 0);
        plan.current_mut().moves = vec![
            Move { item: "post:instagram:1".into(), day: Weekday::Sun, at },
            Move { item: "post:instagram:9".into(), day: Weekday::Sun, at },
            Move { item: "planning".into(), day: Weekday::Mon, at },
        ];
        let week = week(&plan, catalogue());
        let moved = week.item("post:instagram:1").unwrap();
        assert_eq!((moved.day, moved.starts(), moved.moved), (Weekday::Sun, at, true));
        // Its adaptation goes with it.
        assert_eq!(week.item("post:facebook:1").unwrap().day, Weekday::Sun);
        assert!(
            week.notices.contains(&Notice::MoveSetAside {
                item: "post:instagram:9".into(),
                why: SetAside::NoSuchItem
            })
        );
        assert!(week.notices.contains(&Notice::MoveSetAside {
            item: "planning".into(),
            why: SetAside::DayClosed(Weekday::Mon)
        }));
        assert_eq!(week.item("planning").unwrap().day, Weekday::Tue);
    }

    #[test]
    fn the_daily_limit_spreads_posts_and_warns_when_a_day_cannot_fit() {
        let mut plan = bakery();
        plan.time.daily_limit_hours = Some(1.0);
        let week = week(&plan, catalogue());
        let over: Vec<&Notice> =
            week.notices.iter().filter(|n| matches!(n, Notice::DayOverLimit { .. })).collect();
        for &day in &week.open_days {
            let minutes = week.day_minutes(day);
            let warned = over.iter().any(|n| matches!(n, Notice::DayOverLimit { day: d, .. } if *d == day));
            assert_eq!(minutes > 60.5, warned, "{day:?}: {minutes}");
        }
        // A limit no day can keep: the week says so, in both languages.
        plan.time.daily_limit_hours = Some(0.1);
        let week = super::week(&plan, catalogue());
        let notice = week.notices.iter().find(|n| matches!(n, Notice::WeekOverLimit { .. })).unwrap();
        assert!(notice.text(Language::En).contains("daily limit"), "{}", notice.text(Language::En));
        assert!(notice.text(Language::Fr).contains("limite par jour"), "{}", notice.text(Language::Fr));
    }

    #[test]
    fn the_same_plan_gives_the_same_week() {
        let plan = bakery();
        assert_eq!(week(&plan, catalogue()), week(&plan.clone(), catalogue()));
    }
}
