//! The bad-news drill for people and for scripts: per platform, how long a message waits with
//! the week as it is laid out, against the promise made there (`analysis::drill`).

use serde::Serialize;

use crate::analysis::DrillLine;
use crate::format;
use crate::locale::Sentence as S;
use crate::model::{Language, PromiseKind};

use super::summary::promise_in_words;
use super::tsv::{Cell, tsv};
use super::words::Words;

/// One platform's drill as printed, in the plan's language.
#[derive(Clone, Debug, Serialize)]
pub struct DrillRow {
    pub platform: String,
    /// "6 h of opening hours".
    pub promise: String,
    pub median: String,
    pub p90: String,
    pub worst: String,
    /// For a promise in opening hours, the longest wait as it counts it: "at most 3.7 h of
    /// opening hours" (true of the clock's worst too, whose gap may be another).
    pub worst_as_promised: Option<String>,
    /// "92 %".
    pub within_a_day: String,
    pub kept: bool,
    /// "kept" / "not kept".
    pub kept_text: String,
    /// "a message on Sunday at 16:54 waits until Tuesday 10:13: 41.3 h".
    pub worst_case: String,
}

/// The drill's column headers, in the order of `DrillRow`'s first seven fields: the summary's
/// own words.
pub fn drill_headers(lang: Language) -> [String; 7] {
    let w = Words::new(lang);
    [w.platform, w.promise, w.median_wait, w.p90_wait, w.worst_wait, w.within_a_day, w.kept_header]
}

pub fn drill_rows(lines: &[DrillLine], lang: Language) -> Vec<DrillRow> {
    let w = Words::new(lang);
    let h = |hours: f64| format::hours(hours * 60.0, lang);
    lines
        .iter()
        .map(|l| DrillRow {
            platform: l.platform_name.clone(),
            promise: promise_in_words(l.promise, lang),
            median: h(l.median_hours),
            p90: h(l.p90_hours),
            worst: h(l.worst_hours),
            worst_as_promised: (l.promise.kind == PromiseKind::OpeningHours).then(|| {
                format::typography(
                    &lang.say(S::AtMostInOpeningHours, &[("hours", &h(l.worst_open_hours))]),
                    lang,
                )
            }),
            within_a_day: format::percent(l.within_a_day, lang),
            kept: l.kept,
            kept_text: if l.kept { w.kept.clone() } else { w.not_kept.clone() },
            worst_case: l.worst_case(lang),
        })
        .collect()
}

impl DrillRow {
    /// The worst wait in one cell: "41.3 h (at most 3.7 h of opening hours)".
    pub fn worst_cell(&self) -> String {
        match &self.worst_as_promised {
            Some(open) => format!("{} ({open})", self.worst),
            None => self.worst.clone(),
        }
    }

    /// The row's cells, in the headers' order.
    pub fn cells(&self) -> Vec<String> {
        vec![
            self.platform.clone(),
            self.promise.clone(),
            self.median.clone(),
            self.p90.clone(),
            self.worst_cell(),
            self.within_a_day.clone(),
            self.kept_text.clone(),
        ]
    }
}

/// The drill as a table a person reads, then each platform's worst case in words.
pub fn drill_text(lines: &[DrillLine], lang: Language) -> String {
    let rows = drill_rows(lines, lang);
    let mut table: Vec<Vec<String>> = vec![drill_headers(lang).to_vec()];
    table.extend(rows.iter().map(DrillRow::cells));
    let widths: Vec<usize> =
        (0..7).map(|c| table.iter().map(|r| r[c].chars().count()).max().unwrap_or(0)).collect();
    let mut out = String::new();
    for row in &table {
        let line: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(c, cell)| format!("{cell}{}", " ".repeat(widths[c] - cell.chars().count())))
            .collect();
        out += line.join("  ").trim_end();
        out.push('\n');
    }
    out.push('\n');
    for r in &rows {
        out += &format!("- {}{}{}\n", r.platform, format::colon(lang), r.worst_case);
    }
    format::typography(&out, lang)
}

/// Tab-separated, one row per platform with something to answer: `platform promise_hours
/// promise_kind median_hours p90_hours worst_hours kept`. The worst wait is in clock hours; `kept`
/// counts it the promise's way (opening hours only for an `opening_hours` promise).
pub fn drill_tsv(lines: &[DrillLine]) -> String {
    let rows = lines.iter().map(|l| {
        [
            Cell::text(l.platform_id.as_str()),
            Cell::number(l.promise.hours, 2),
            Cell::text(l.promise.kind.code()),
            Cell::number(l.median_hours, 2),
            Cell::number(l.p90_hours, 2),
            Cell::number(l.worst_hours, 2),
            Cell::text(if l.kept { "yes" } else { "no" }),
        ]
    });
    let header =
        ["platform", "promise_hours", "promise_kind", "median_hours", "p90_hours", "worst_hours", "kept"];
    tsv(Some(header), rows)
}
