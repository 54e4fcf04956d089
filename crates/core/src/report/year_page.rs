//! The printed year: the twelve months from the day of the summary as a strip (the country's
//! public holidays and trade moments, the owner's seasons and their preparation), then month
//! by month what falls in it. Data only; the PDF draws it (`assets/summary.typ`, part "year").

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::analysis::year::{Year, year};
use crate::format;
use crate::locale::Sentence as S;
use crate::model::{Language, Plan};

/// One mark on the strip: its row, where it starts and how wide it is (shares of the strip).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mark {
    /// "holiday", "moment", "season" or "preparing".
    pub row: &'static str,
    pub x: f64,
    pub width: f64,
    /// A season's name (the others are named in the table).
    pub label: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct YearPage {
    pub title: String,
    pub intro: String,
    /// The months' names in strip order, each with its share of the strip.
    pub months: Vec<(String, f64)>,
    pub marks: Vec<Mark>,
    /// Month, public holidays, trade moments, your seasons.
    pub headers: [String; 4],
    pub rows: Vec<[String; 4]>,
}

/// The page for the twelve months from the first of `today`'s month; None when the plan has
/// neither a country nor a season (nothing to show).
pub fn year_page(plan: &Plan, today: NaiveDate) -> Option<YearPage> {
    if plan.country.is_none() && plan.seasons.is_empty() {
        return None;
    }
    let lang = plan.language;
    let from = today.with_day(1).unwrap_or(today);
    let y = year(plan, from);
    let days = ((y.to - y.from).num_days() + 1) as f64;
    // Where days a..=b sit on the strip, as shares of it; None when they are outside it.
    let share = |a: NaiveDate, b: NaiveDate| {
        let (a, b) = (a.max(y.from), b.min(y.to));
        (a <= b).then(|| ((a - y.from).num_days() as f64 / days, ((b - a).num_days() + 1) as f64 / days))
    };
    let mut marks = Vec::new();
    let mut mark = |row: &'static str, a: NaiveDate, b: NaiveDate, label: String| {
        if let Some((x, width)) = share(a, b) {
            marks.push(Mark { row, x, width, label });
        }
    };
    for d in &y.moments {
        if d.moment.is_holiday() {
            mark("holiday", d.day_off(), d.day_off(), String::new());
        } else {
            mark("moment", d.first, d.last, String::new());
        }
    }
    for s in &y.seasons {
        let Some(season) = s.season(plan) else { continue };
        if let (Some(prep), Some(before)) = (s.prepare_from, s.first.pred_opt()) {
            mark("preparing", prep, before, String::new());
        }
        mark("season", s.first, s.last, season.name.clone());
    }
    let months = month_starts(&y)
        .iter()
        .map(|(start, end)| {
            let width = share(*start, *end).map_or(0.0, |(_, w)| w);
            (lang.month(start.month()).to_owned(), width)
        })
        .collect();
    Some(YearPage {
        title: lang.word(S::YearPageTitle).to_owned(),
        intro: format::typography(
            &lang.say(
                S::YearPageIntro,
                &[("from", &format::day(y.from, lang)), ("to", &format::day(y.to, lang))],
            ),
            lang,
        ),
        months,
        marks,
        headers: [S::MonthHeading, S::HolidaysHeading, S::TradeMomentsHeading, S::YourSeasons]
            .map(|s| lang.word(s).to_owned()),
        rows: rows(plan, &y, lang),
    })
}

/// Each month of the strip: its first and last day within the twelve months.
fn month_starts(y: &Year) -> Vec<(NaiveDate, NaiveDate)> {
    let mut out = Vec::new();
    let mut start = y.from;
    while start <= y.to {
        let next =
            start.checked_add_months(chrono::Months::new(1)).unwrap_or(y.to).with_day(1).unwrap_or(y.to);
        let end = next.pred_opt().unwrap_or(y.to).min(y.to);
        out.push((start, end));
        if next <= start {
            break;
        }
        start = next;
    }
    out
}

/// Month by month: "25 Noël", a season's days; a trade moment under way on the first day is
/// in the first month, with its days in full.
fn rows(plan: &Plan, y: &Year, lang: Language) -> Vec<[String; 4]> {
    month_starts(y)
        .into_iter()
        .map(|(start, end)| {
            let within = |d: NaiveDate| d >= start && d <= end;
            let holidays: Vec<String> = y
                .moments
                .iter()
                .filter(|d| d.moment.is_holiday() && within(d.day_off()))
                .map(|d| format!("{} {}", d.day_off().day(), d.moment.name(lang)))
                .collect();
            let moments: Vec<String> = y
                .moments
                .iter()
                .filter(|d| !d.moment.is_holiday() && within(d.first.max(y.from)))
                .map(|d| {
                    // Begun the month before: its days in full, since "27" alone would read as
                    // this month's 27th.
                    if d.first < start {
                        format!("{} ({})", d.moment.name(lang), format::days(d.first, d.last, lang))
                    } else {
                        format!("{} {}", d.first.day(), d.moment.name(lang))
                    }
                })
                .collect();
            let seasons: Vec<String> = y
                .seasons
                .iter()
                .filter(|s| s.first <= end && s.last >= start)
                .filter_map(|s| {
                    s.season(plan)
                        .map(|season| format!("{} ({})", season.name, format::days(s.first, s.last, lang)))
                })
                .collect();
            let name = format!("{} {}", lang.month(start.month()), start.year());
            [name, holidays.join(", "), moments.join(", "), seasons.join(", ")]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Country, MonthDay, Season};

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_page_holds_twelve_months_with_the_country_s_days_and_the_seasons() {
        let mut plan = Plan::new("Boulangerie", Language::Fr);
        assert_eq!(year_page(&plan, d("2026-12-07")), None, "nothing to show");
        plan.set_country(Country::Fr);
        let mut rush =
            Season::new("Rush <b>#set", MonthDay::new(12, 1).unwrap(), MonthDay::new(12, 24).unwrap());
        rush.prepare_weeks = 2;
        plan.seasons.push(rush);
        let page = year_page(&plan, d("2026-12-07")).unwrap();
        assert_eq!(page.rows.len(), 12);
        assert_eq!(page.months.len(), 12);
        assert!(
            (page.months.iter().map(|m| m.1).sum::<f64>() - 1.0).abs() < 1e-9,
            "the months fill the strip"
        );
        assert!(page.rows[0][1].contains("25 Noël"), "{:?}", page.rows[0]);
        assert!(page.rows[1][2].contains("Soldes d'hiver"), "{:?}", page.rows[1]);
        assert!(
            page.rows[0][2].contains("Achats de Noël (27 novembre 2026 → ")
                && !page.rows[0][2].contains("27 Achats"),
            "under way on the first day, begun in November: {:?}",
            page.rows[0]
        );
        assert!(
            page.rows[0][3].contains("Rush <b>#set"),
            "a name is data, kept as typed: {:?}",
            page.rows[0]
        );
        assert!(page.marks.iter().all(|m| m.x >= 0.0 && m.x + m.width <= 1.0 + 1e-9));
        assert!(page.marks.iter().any(|m| m.row == "preparing"), "next year's preparation");
        assert_eq!(
            page.marks.iter().filter(|m| m.row == "season").count(),
            1,
            "this December; the next is outside"
        );
    }
}
