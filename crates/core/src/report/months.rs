//! The recorded months as a person reads them (`socialplan log PLAN`), as tab-separated values
//! (`--tsv`) and as CSV for a spreadsheet (`--csv`): one row per month and platform.

use crate::analysis::checkin::{MonthLine, Review, review};
use crate::format;
use crate::locale::Sentence as S;
use crate::model::{Catalogue, Language, Month, MonthRecord, Plan, ResultKind};

use super::tsv::{Cell, csv_text, tsv};

/// The columns of `--tsv` and `--csv`: minutes are the month's, per task when recorded so.
pub const MONTH_HEADERS: [&str; 14] = [
    "month",
    "platform",
    "planned_minutes",
    "real_minutes",
    "writing_minutes",
    "answering_minutes",
    "looking_minutes",
    "messages",
    "enquiries",
    "bookings",
    "reviews",
    "followers",
    "candidates",
    "hours_per_result",
];

fn rows<'a>(
    plan: &'a Plan,
    lines: &'a [MonthLine],
    month: Option<Month>,
    platform: Option<&'a str>,
) -> impl Iterator<Item = [Cell; 14]> + 'a {
    let number =
        |v: Option<f64>, d: usize| v.map_or_else(|| Cell::Number(String::new()), |v| Cell::number(v, d));
    let count =
        |v: Option<u32>| v.map_or_else(|| Cell::Number(String::new()), |n| Cell::Number(n.to_string()));
    lines
        .iter()
        .zip(&plan.months.records)
        .filter(move |(l, _)| month.is_none_or(|m| l.month == m) && platform.is_none_or(|p| l.platform == p))
        .map(move |(l, r)| {
            [
                Cell::text(l.month.to_string()),
                Cell::text(l.platform.clone()),
                number(l.planned_minutes, 0),
                number(l.real_minutes, 0),
                number(r.time.writing, 0),
                number(r.time.answering, 0),
                number(r.time.looking, 0),
                count(r.results.messages),
                count(r.results.enquiries),
                count(r.results.bookings),
                count(r.results.reviews),
                count(r.results.followers),
                count(r.results.candidates),
                number(l.hours_per_result(), 2),
            ]
        })
}

/// The months (of `month`, of `platform` when given) as tab-separated values.
pub fn months_tsv(
    plan: &Plan,
    catalogue: &Catalogue,
    month: Option<Month>,
    platform: Option<&str>,
) -> String {
    let review = review(plan, catalogue);
    tsv(Some(MONTH_HEADERS), rows(plan, &review.lines, month, platform))
}

/// Every month as CSV, for a spreadsheet.
pub fn months_csv(
    plan: &Plan,
    catalogue: &Catalogue,
    month: Option<Month>,
    platform: Option<&str>,
) -> String {
    let review = review(plan, catalogue);
    csv_text(Some(MONTH_HEADERS), rows(plan, &review.lines, month, platform))
}

/// A record's figures in a few words: "300 min, Messages 14, Enquiries 3".
pub fn describe_record(record: &MonthRecord, lang: Language) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(m) = record.time.minutes() {
        parts.push(format::minutes(m, lang));
    }
    for kind in ResultKind::ALL {
        if let Some(n) = record.results.get(kind) {
            parts.push(format!("{} {}", kind.label(lang), format::number(f64::from(n), 0, lang)));
        }
    }
    parts.join(", ")
}

/// The check-in for a person: each month planned against real, the warning, what the plan
/// learned, and keep or drop.
pub fn months_text(plan: &Plan, catalogue: &Catalogue) -> String {
    let lang = plan.language;
    if plan.months.is_empty() {
        return format!("{}\n", lang.word(S::NoMonthRecorded));
    }
    let Review { lines, over_budget, learned, verdicts, .. } = review(plan, catalogue);
    let title = format!("{} — {}", plan.business.name, lang.word(S::MonthInReview));
    let mut out = format!("{title}\n{}\n\n", "=".repeat(title.chars().count()));
    for l in &lines {
        let planned = l.planned_minutes.map_or_else(|| "—".to_owned(), |m| format::hours(m, lang));
        let real = l.real_minutes.map_or_else(|| "—".to_owned(), |m| format::hours(m, lang));
        let per = l.hours_per_result().map_or_else(|| "—".to_owned(), |h| format::hours(h * 60.0, lang));
        out += &format::typography(
            &lang.say(
                S::MonthLineText,
                &[
                    ("month", &l.month),
                    ("platform", &l.name),
                    ("planned", &planned),
                    ("real", &real),
                    ("results", &l.results_for_goals),
                    ("per_result", &per),
                ],
            ),
            lang,
        );
        out.push('\n');
    }
    if let Some(over) = over_budget {
        out += &format!("\n{}\n", over.words(lang));
    }
    let said: Vec<String> = learned
        .iter()
        .flat_map(|l| {
            let name =
                lines.iter().find(|x| x.platform == l.platform).map_or(l.platform.as_str(), |x| &x.name);
            l.words(name, lang)
        })
        .collect();
    if !said.is_empty() {
        out += &format!("\n{}\n", lang.word(S::WhatThePlanLearned));
        for s in said {
            out += &format!("- {s}\n");
        }
    }
    out += &format!("\n{}\n", lang.word(S::KeepOrDrop));
    for v in &verdicts {
        out += &format!("- {}\n", v.words(lang));
    }
    out
}

/// The printed "month in review" page: the summary's part for the check-in, in the plan's
/// language, present once a month is recorded.
#[derive(Clone, Debug, serde::Serialize)]
pub struct MonthsPage {
    pub heading: String,
    pub headers: [String; 6],
    /// The latest months first: month, platform, planned, real, results, hours per result.
    pub rows: Vec<[String; 6]>,
    pub warning: Option<String>,
    pub keep_or_drop: String,
    pub verdicts: Vec<String>,
    pub learned_heading: String,
    pub learned: Vec<String>,
}

/// The most rows the printed page lists: the latest year over a handful of platforms. The
/// months before are in `socialplan log PLAN --csv`.
pub const PRINTED_MONTH_ROWS: usize = 60;

pub fn months_page(plan: &Plan, catalogue: &Catalogue) -> Option<MonthsPage> {
    if plan.months.is_empty() {
        return None;
    }
    let lang = plan.language;
    let Review { lines, over_budget, learned, verdicts, .. } = review(plan, catalogue);
    let dash = || "—".to_owned();
    let rows = lines
        .iter()
        .rev()
        .take(PRINTED_MONTH_ROWS)
        .map(|l| {
            [
                l.month.to_string(),
                l.name.clone(),
                l.planned_minutes.map_or_else(dash, |m| format::hours(m, lang)),
                l.real_minutes.map_or_else(dash, |m| format::hours(m, lang)),
                format::number(l.results_for_goals as f64, 0, lang),
                l.hours_per_result().map_or_else(dash, |h| format::hours(h * 60.0, lang)),
            ]
        })
        .collect();
    let learned = learned
        .iter()
        .flat_map(|l| {
            let name =
                lines.iter().find(|x| x.platform == l.platform).map_or(l.platform.as_str(), |x| &x.name);
            l.words(name, lang)
        })
        .collect();
    let word = |s: S| lang.word(s).to_owned();
    Some(MonthsPage {
        heading: format::typography(&capitalised(lang.word(S::MonthInReview)), lang),
        headers: [
            word(S::MonthField),
            word(S::PlatformField),
            word(S::Planned),
            word(S::Real),
            word(S::ResultsForGoals),
            word(S::HoursPerResult),
        ],
        rows,
        warning: over_budget.map(|o| o.words(lang)),
        keep_or_drop: format::typography(lang.word(S::KeepOrDrop), lang),
        verdicts: verdicts.iter().map(|v| v.words(lang)).collect(),
        learned_heading: format::typography(lang.word(S::WhatThePlanLearned), lang),
        learned,
    })
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
