//! What a week is made of: items (writing a post, its scheduled publication, a look at an
//! inbox, the planning session) and what the owner should know about it (notices).

use crate::format;
use crate::locale::Sentence as S;
use crate::model::{Clock, Language, Weekday};

/// What an item of the week is, for its colour and its calendar category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Making a post (or sharing, or adapting another platform's; or a Story): owner's time.
    Post,
    /// A post going out at the hour its audience is there, scheduled in advance: no time.
    Publish,
    /// Looking at an inbox and answering what came in.
    Inbox,
    /// The week's one planning session.
    Planning,
    /// A round at the review sites: reading the reviews and replying to each (`analysis::voices`).
    Reviews,
    /// Asking happy customers for a review.
    Asking,
    /// Sending the ambassadors something to share, reposting those who agreed.
    Ambassadors,
}

/// How a post is made.
#[derive(Clone, Debug, PartialEq)]
pub enum Making {
    /// Made new.
    Own,
    /// Shared as it is from another platform of the same family (its name): a switch.
    Shared(String),
    /// Adapted from another platform's post (its name).
    Adapted(String),
    /// A Story.
    Story,
}

/// One thing to do at one time of one day, every week (or every few weeks).
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// Stable across changes to the rest of the plan: `post:instagram:2`, `publish:instagram:2`,
    /// `story:instagram:1`, `look:meta:3`, `planning` (docs/plan-format.md, "Moves").
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
    /// How a post is made (None for other items).
    pub making: Option<Making>,
    /// Who does it (`responder`); None is the owner.
    pub who: Option<String>,
    /// The owner put it there.
    pub moved: bool,
    /// 1: every week. 2 to 4: a publication every few weeks (a long video, a newsletter); the
    /// work on it is spread over those weeks, so it repeats weekly with its share.
    pub every_weeks: u32,
    /// A look outside opening hours, from the phone.
    pub phone: bool,
    /// A look where what is answered is reviews (the catalogue's `answers_reviews`).
    pub reviews: bool,
    /// A publication shared or adapted from another: that one's key (it is about the same).
    pub follows: Option<String>,
}

impl Item {
    /// A piece of work at `day`, its time still to place, about `platforms`, done by `who`.
    pub fn work(
        key: String,
        kind: Kind,
        day: Weekday,
        minutes: f64,
        platforms: (&[String], &str),
        who: Option<String>,
    ) -> Item {
        Item {
            key,
            kind,
            day,
            start: 0.0,
            minutes,
            platforms: platforms.0.to_vec(),
            platform_names: platforms.1.to_owned(),
            topic: None,
            making: None,
            who,
            moved: false,
            every_weeks: 1,
            phone: false,
            reviews: false,
            follows: None,
        }
    }

    pub fn starts(&self) -> Clock {
        Clock::at(self.start)
    }

    pub fn end(&self) -> f64 {
        self.start + self.minutes
    }

    /// What to do, in the plan's language: "Write the post about "Sourdough bread"".
    pub fn what(&self, lang: Language) -> String {
        let about = |work: String| match &self.topic {
            Some(topic) => lang.say(S::WorkAbout, &[("work", &work), ("topic", topic)]),
            None => work,
        };
        let weeks = &self.every_weeks as &dyn std::fmt::Display;
        let text = match (self.kind, &self.making) {
            (Kind::Post, Some(Making::Shared(from))) => about(lang.say(S::ShareThePost, &[("source", from)])),
            (Kind::Post, Some(Making::Adapted(from))) => {
                about(lang.say(S::AdaptThePost, &[("source", from)]))
            }
            (Kind::Post, Some(Making::Story)) => lang.word(S::MakeAStory).to_owned(),
            (Kind::Post, _) if self.every_weeks > 1 => {
                about(lang.say(S::WorkOnTheNextPost, &[("weeks", weeks)]))
            }
            (Kind::Post, _) => about(lang.word(S::WriteThePost).to_owned()),
            (Kind::Publish, _) if self.every_weeks > 1 => {
                about(lang.say(S::ScheduledEveryWeeks, &[("weeks", weeks)]))
            }
            (Kind::Publish, _) => about(lang.word(S::ScheduledToGoOut).to_owned()),
            (Kind::Inbox, _) if self.reviews => lang.word(S::ReadTheReviewsAndReply).to_owned(),
            (Kind::Inbox, _) if self.phone => lang.word(S::ReadTheMessagesOnThePhone).to_owned(),
            (Kind::Inbox, _) => lang.word(S::ReadTheMessagesAndAnswer).to_owned(),
            (Kind::Planning, _) => lang.word(S::PrepareNextWeekAndRead).to_owned(),
            (Kind::Reviews, _) => lang.word(S::ReadTheReviewsAndReply).to_owned(),
            (Kind::Asking, _) => lang.word(S::AskForReviews).to_owned(),
            (Kind::Ambassadors, _) => lang.word(S::SendToAmbassadors).to_owned(),
        };
        format::typography(&text, lang)
    }

    /// Who does it, in words.
    pub fn who(&self, lang: Language) -> String {
        self.who.clone().unwrap_or_else(|| lang.word(S::You).to_owned())
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
    /// One post every few weeks: the work is spread over them, the publication repeats.
    EveryFewWeeks {
        platform: String,
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
    /// A promise counted on the clock that is shorter than the night: someone looks at night.
    NightLooks {
        platform: String,
        hours: f64,
    },
    /// Some work found no free time in its day: it overlaps other work there.
    NoRoom {
        day: Weekday,
    },
    MoveSetAside {
        item: String,
        why: SetAside,
    },
}

impl Notice {
    pub fn text(&self, lang: Language) -> String {
        let h = |minutes: f64| format::hours(minutes, lang);
        let text = match self {
            Notice::EveryFewWeeks { platform, every } => {
                lang.say(S::NoticeEveryFewWeeks, &[("platform", platform), ("weeks", every)])
            }
            Notice::DayOverLimit { day, minutes, limit } => lang.say(
                S::NoticeDayOverLimit,
                &[("day", &day.name(lang)), ("hours", &h(*minutes)), ("limit", &h(*limit))],
            ),
            Notice::WeekOverLimit { minutes, capacity } => {
                lang.say(S::NoticeWeekOverLimit, &[("hours", &h(*minutes)), ("capacity", &h(*capacity))])
            }
            Notice::NightLooks { platform, hours } => lang.say(
                S::NoticeNightLooks,
                &[("platform", platform), ("hours", &format::number(*hours, 1, lang))],
            ),
            Notice::NoRoom { day } => lang.say(S::NoticeNoRoom, &[("day", &day.name(lang))]),
            Notice::MoveSetAside { item, why: SetAside::NoSuchItem } => {
                lang.say(S::NoticeMoveOfGoneItem, &[("item", item)])
            }
            Notice::MoveSetAside { item, why: SetAside::DayClosed(day) } => {
                lang.say(S::NoticeMoveToClosedDay, &[("item", item), ("day", &day.name(lang))])
            }
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

    /// For a closed day, the minute from which it is closed: past the small hours when the
    /// evening before was open until after midnight (a bar open Sunday until 01:00 is open on
    /// Monday until then). None for an open day.
    pub fn closed_from(&self, day: Weekday) -> Option<f64> {
        if self.open_days.contains(&day) {
            return None;
        }
        let eve = Weekday::ALL[(day.index() + 6) % 7];
        let past_midnight = self.closes.closing_after(self.opens).saturating_sub(24 * 60);
        Some(if self.open_days.contains(&eve) { f64::from(past_midnight) } else { 0.0 })
    }

    /// The days with anything in them: the open days, and any other day holding a look from
    /// the phone or a publication.
    pub fn days(&self) -> Vec<Weekday> {
        Weekday::ALL
            .into_iter()
            .filter(|d| self.open_days.contains(d) || self.items.iter().any(|i| i.day == *d))
            .collect()
    }

    /// The first and last minute a drawing of the week shows: the opening hours, widened to
    /// whole hours and to any item outside them.
    pub fn shown_range(&self) -> (f64, f64) {
        // Open past midnight: the evening until 24:00 and the small hours from 00:00 (closing
        // at 00:00 is the day's end, as 24:00).
        let closing = f64::from(self.closes.closing_after(self.opens));
        let mut first = if closing > DAY { 0.0 } else { f64::from(self.opens.minutes()) };
        let mut last = closing.min(DAY).max(first + 60.0);
        for item in &self.items {
            first = first.min(item.start);
            last = last.max(item.end());
        }
        let first = (first / 60.0).floor() * 60.0;
        let last = ((last / 60.0).ceil() * 60.0).min(DAY).max(first + 60.0);
        (first, last)
    }
}

/// Minutes in a day: the foot of every drawing of one.
const DAY: f64 = 24.0 * 60.0;
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
