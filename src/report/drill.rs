//! The bad-news drill for people and for scripts: per platform, how long a message waits with
//! the week as it is laid out, against the promise made there (`analysis::drill`).

use serde::Serialize;

use crate::analysis::DrillLine;
use crate::format;
use crate::model::{Language, PromiseKind};

/// One platform's drill as printed, in the plan's language.
#[derive(Clone, Debug, Serialize)]
pub struct DrillRow {
    pub platform: String,
    /// "6 h of opening hours".
    pub promise: String,
    pub median: String,
    pub p90: String,
    pub worst: String,
    /// "92 %".
    pub within_a_day: String,
    pub kept: bool,
    /// "kept" / "not kept".
    pub kept_text: String,
    /// "a message on Sunday at 16:54 waits until Tuesday 10:13: 41.3 h".
    pub worst_case: String,
}

/// The drill's column headers, in the order of `DrillRow`'s first seven fields.
pub fn drill_headers(lang: Language) -> [String; 7] {
    [
        lang.pick("Plateforme", "Platform"),
        lang.pick("Promesse", "Promise"),
        lang.pick("Attente médiane", "Median wait"),
        lang.pick("9 sur 10 sous", "9 in 10 within"),
        lang.pick("Pire attente", "Worst wait"),
        lang.pick("Répondus sous 24 h", "Answered within a day"),
        lang.pick("Tenue ?", "Kept?"),
    ]
    .map(str::to_owned)
}

pub fn drill_rows(lines: &[DrillLine], lang: Language) -> Vec<DrillRow> {
    let h = |hours: f64| format::hours(hours * 60.0, lang);
    lines
        .iter()
        .map(|l| DrillRow {
            platform: l.platform_name.clone(),
            promise: super::summary::promise_in_words(l.promise, lang),
            median: h(l.median_hours),
            p90: h(l.p90_hours),
            worst: h(l.worst_hours),
            within_a_day: format::percent(l.within_a_day, lang),
            kept: l.kept,
            kept_text: if l.kept { lang.pick("tenue", "kept") } else { lang.pick("non tenue", "not kept") }
                .to_owned(),
            worst_case: l.worst_case(lang),
        })
        .collect()
}

/// The drill as a table a person reads, then each platform's worst case in words.
pub fn drill_text(lines: &[DrillLine], lang: Language) -> String {
    let rows = drill_rows(lines, lang);
    let mut table: Vec<Vec<String>> = vec![drill_headers(lang).to_vec()];
    table.extend(rows.iter().map(|r| {
        vec![
            r.platform.clone(),
            r.promise.clone(),
            r.median.clone(),
            r.p90.clone(),
            r.worst.clone(),
            r.within_a_day.clone(),
            r.kept_text.clone(),
        ]
    }));
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
    use super::tsv::{Cell, tsv};
    let rows = lines.iter().map(|l| {
        [
            Cell::Text(l.platform_id.clone()),
            Cell::Number(format::plain(l.promise.hours, 2)),
            Cell::Text(
                match l.promise.kind {
                    PromiseKind::OpeningHours => "opening_hours",
                    PromiseKind::Anytime => "anytime",
                }
                .to_owned(),
            ),
            Cell::Number(format::plain(l.median_hours, 2)),
            Cell::Number(format::plain(l.p90_hours, 2)),
            Cell::Number(format::plain(l.worst_hours, 2)),
            Cell::Text(if l.kept { "yes" } else { "no" }.to_owned()),
        ]
    });
    // One writer for every TSV output: one row per line, formulas kept as text (docs/outputs.md).
    tsv(
        Some([
            "platform",
            "promise_hours",
            "promise_kind",
            "median_hours",
            "p90_hours",
            "worst_hours",
            "kept",
        ]),
        rows,
    )
}
