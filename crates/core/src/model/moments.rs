//! Public holidays and trade moments (sales, Mother's Day, back to school, Black Friday,
//! Christmas) for the six countries, as rules computed for any year: the dated, sourced table
//! `assets/seasons.ron`, read once. docs/method.md ("The year's seasons") gives the sources;
//! the lead weeks of trade moments are estimates.

use std::sync::OnceLock;

use chrono::{Datelike, Duration, NaiveDate};
use serde::Deserialize;

use super::catalogue::Localized;
use super::country::Country;
use super::language::Language;
use super::opening::Weekday;

/// The table as it is in `assets/`.
const TABLE: &str = include_str!("../../../../assets/seasons.ron");

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    #[allow(dead_code)]
    version: u32,
    entries: Vec<Moment>,
}

/// A public holiday or a trade moment, as a rule for any year.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Moment {
    /// Unique and stable (`black_friday`): what an owner's season made from it keeps.
    pub id: String,
    pub name_fr: String,
    pub name_en: String,
    pub countries: Vec<Country>,
    /// ISO 3166-2 codes when only some regions have it; empty for the whole country.
    pub regions: Vec<String>,
    pub kind: MomentKind,
    pub scope: Scope,
    pub rule: Rule,
    pub end: End,
    pub observed: Observance,
    /// Weeks before the first day that a shop prepares (trade moments; estimates).
    pub lead_weeks: Option<u8>,
    /// The real date is set each year (school years): the rule gives a typical day.
    pub approximate: bool,
    pub source: String,
    pub note: String,
    /// `name_fr` and `name_en`, as the program reads a text in several languages.
    #[serde(skip)]
    pub names: Localized,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum MomentKind {
    /// A legal day off (a federal employees' day off in Canada and the US).
    PublicHoliday,
    /// A date shops sell on; never a day off.
    TradeMoment,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum Scope {
    National,
    Federal,
    Regional,
}

/// How a moment's (first) day is found in a year.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub enum Rule {
    Fixed {
        month: u8,
        day: u8,
    },
    /// Days from Gregorian Easter Sunday.
    Easter {
        offset: i16,
    },
    NthWeekday {
        month: u8,
        weekday: Weekday,
        n: u8,
    },
    LastWeekday {
        month: u8,
        weekday: Weekday,
    },
    WeekdayOnOrBefore {
        month: u8,
        day: u8,
        weekday: Weekday,
    },
    WeekdayOnOrAfter {
        month: u8,
        day: u8,
        weekday: Weekday,
    },
    /// The date, moved by `shift` days when it falls on `weekday` (Belgian sales).
    FixedUnlessWeekday {
        month: u8,
        day: u8,
        weekday: Weekday,
        shift: i8,
    },
    Shifted {
        base: Box<Rule>,
        days: i16,
    },
    /// The last Sunday of May, or the first of June when that Sunday is Pentecost.
    MothersDayFr,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub enum End {
    OneDay,
    /// Total length in days.
    Days(u16),
    /// The last day, the same year.
    Until(Rule),
}

/// What happens to a public holiday on a weekend.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum Observance {
    OnTheDay,
    /// UK and Canada: the next weekday that is not already a holiday.
    NextFreeWeekday,
    /// US federal: Saturday to the Friday before, Sunday to the Monday after.
    NearestWeekday,
    SundayToMonday,
}

/// Every moment of the table; an unreadable table is the program's own fault, caught by its
/// tests, so it gives an empty list rather than a panic in an owner's hands.
pub fn all() -> &'static [Moment] {
    static MOMENTS: OnceLock<Vec<Moment>> = OnceLock::new();
    MOMENTS.get_or_init(|| {
        let mut entries = ron::from_str::<Table>(TABLE).map(|t| t.entries).unwrap_or_default();
        for m in &mut entries {
            m.names = Localized::new([(Language::Fr, m.name_fr.clone()), (Language::En, m.name_en.clone())]);
        }
        entries
    })
}

/// The table's moment of this id.
pub fn by_id(id: &str) -> Option<&'static Moment> {
    all().iter().find(|m| m.id == id)
}

/// Gregorian Easter Sunday (the Meeus/Jones/Butcher computus).
pub fn easter(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

fn chrono_weekday(day: Weekday) -> chrono::Weekday {
    chrono::Weekday::try_from(day.index() as u8).unwrap_or(chrono::Weekday::Mon)
}

fn ymd(year: i32, month: u8, day: u8) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, u32::from(month), u32::from(day))
}

impl Rule {
    /// The day this rule gives in `year` (None for a rule naming no day, such as 30 February).
    pub fn day(&self, year: i32) -> Option<NaiveDate> {
        match self {
            Rule::Fixed { month, day } => ymd(year, *month, *day),
            Rule::Easter { offset } => Some(easter(year)? + Duration::days(i64::from(*offset))),
            Rule::NthWeekday { month, weekday, n } => {
                NaiveDate::from_weekday_of_month_opt(year, u32::from(*month), chrono_weekday(*weekday), *n)
            }
            Rule::LastWeekday { month, weekday } => {
                let next = if *month == 12 { ymd(year + 1, 1, 1)? } else { ymd(year, month + 1, 1)? };
                on_or_before(next - Duration::days(1), *weekday)
            }
            Rule::WeekdayOnOrBefore { month, day, weekday } => {
                on_or_before(ymd(year, *month, *day)?, *weekday)
            }
            Rule::WeekdayOnOrAfter { month, day, weekday } => {
                let date = ymd(year, *month, *day)?;
                let ahead = (7 + weekday.index() as i64 - date.weekday().num_days_from_monday() as i64) % 7;
                Some(date + Duration::days(ahead))
            }
            Rule::FixedUnlessWeekday { month, day, weekday, shift } => {
                let date = ymd(year, *month, *day)?;
                if date.weekday() == chrono_weekday(*weekday) {
                    Some(date + Duration::days(i64::from(*shift)))
                } else {
                    Some(date)
                }
            }
            Rule::Shifted { base, days } => Some(base.day(year)? + Duration::days(i64::from(*days))),
            Rule::MothersDayFr => {
                let last = Rule::LastWeekday { month: 5, weekday: Weekday::Sun }.day(year)?;
                if Some(last) == (Rule::Easter { offset: 49 }).day(year) {
                    Rule::NthWeekday { month: 6, weekday: Weekday::Sun, n: 1 }.day(year)
                } else {
                    Some(last)
                }
            }
        }
    }
}

fn on_or_before(date: NaiveDate, weekday: Weekday) -> Option<NaiveDate> {
    let back = (7 + date.weekday().num_days_from_monday() as i64 - weekday.index() as i64) % 7;
    Some(date - Duration::days(back))
}

fn is_weekend(date: NaiveDate) -> bool {
    date.weekday().num_days_from_monday() >= 5
}

/// One moment in one year: its days, and the day off when a weekend moved it.
#[derive(Clone, Debug, PartialEq)]
pub struct Dated {
    pub moment: &'static Moment,
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// The substitute or observed day, when it is not the first day.
    pub observed: Option<NaiveDate>,
}

impl Dated {
    /// The days a shop closes or posts for it: the observed day when there is one.
    pub fn day_off(&self) -> NaiveDate {
        self.observed.unwrap_or(self.first)
    }

    /// When its preparation starts: its lead weeks before the first day.
    pub fn prepare_from(&self) -> Option<NaiveDate> {
        self.moment.lead_weeks.map(|w| self.first - Duration::weeks(i64::from(w)))
    }
}

impl Moment {
    pub fn name(&self, lang: Language) -> &str {
        self.names.get(lang)
    }

    pub fn is_holiday(&self) -> bool {
        self.kind == MomentKind::PublicHoliday
    }

    /// Its first and last day in `year`, before any weekend observance.
    pub fn days_in(&self, year: i32) -> Option<(NaiveDate, NaiveDate)> {
        let first = self.rule.day(year)?;
        let last = match &self.end {
            End::OneDay => first,
            End::Days(n) => first + Duration::days(i64::from(*n).max(1) - 1),
            End::Until(rule) => rule.day(year)?.max(first),
        };
        Some((first, last))
    }
}

/// Every moment of `country` in `year`, in date order, with each public holiday's observed
/// day: a UK or Canadian holiday on a weekend takes the next weekday no other holiday of the
/// same regions holds (Christmas and Boxing Day take successive weekdays).
pub fn of_year(country: Country, year: i32) -> Vec<Dated> {
    let mut out: Vec<Dated> = all()
        .iter()
        .filter(|m| m.countries.contains(&country))
        .filter_map(|m| {
            let (first, last) = m.days_in(year)?;
            Some(Dated { moment: m, first, last, observed: None })
        })
        .collect();
    out.sort_by(|a, b| (a.first, &a.moment.id).cmp(&(b.first, &b.moment.id)));
    for i in 0..out.len() {
        let d = out[i].first;
        let moved = match out[i].moment.observed {
            Observance::OnTheDay => None,
            Observance::SundayToMonday => {
                (d.weekday() == chrono::Weekday::Sun).then(|| d + Duration::days(1))
            }
            Observance::NearestWeekday => match d.weekday() {
                chrono::Weekday::Sat => Some(d - Duration::days(1)),
                chrono::Weekday::Sun => Some(d + Duration::days(1)),
                _ => None,
            },
            Observance::NextFreeWeekday if is_weekend(d) => {
                let regions = &out[i].moment.regions;
                let taken = |day: NaiveDate| {
                    out[..i].iter().any(|o| {
                        o.moment.is_holiday()
                            && o.day_off() == day
                            && same_regions(&o.moment.regions, regions)
                    })
                };
                let mut day = d + Duration::days(1);
                while is_weekend(day) || taken(day) {
                    day += Duration::days(1);
                }
                Some(day)
            }
            Observance::NextFreeWeekday => None,
        };
        out[i].observed = moved;
    }
    out
}

/// Two holidays meet when one holds everywhere or they share a region.
fn same_regions(a: &[String], b: &[String]) -> bool {
    a.is_empty() || b.is_empty() || a.iter().any(|r| b.contains(r))
}

/// Every moment of `country` whose days meet `from..=to`, across the years they span (a US
/// New Year observed on the Friday before counts in the year it falls in).
pub fn between(country: Country, from: NaiveDate, to: NaiveDate) -> Vec<Dated> {
    let mut out: Vec<Dated> = (from.year() - 1..=to.year() + 1)
        .flat_map(|year| of_year(country, year))
        .filter(|d| d.last.max(d.day_off()) >= from && d.first.min(d.day_off()) <= to)
        .collect();
    out.sort_by(|a, b| (a.first, &a.moment.id).cmp(&(b.first, &b.moment.id)));
    out
}

#[cfg(test)]
mod tests;
