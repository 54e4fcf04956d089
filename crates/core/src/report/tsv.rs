//! Every tab-separated output, written one way (docs/outputs.md, "Tab-separated values"):
//! one row per line, every row with as many fields as the header; a field never holds a tab or
//! a line break (each becomes a space); a field holding a double quote is written in double
//! quotes with its quotes doubled, as spreadsheets and CSV readers expect; and text that a
//! spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is kept as text by a leading
//! `'`, as OWASP advises. Numbers are written as numbers.

use crate::analysis::{self, Kind, Week};
use crate::format;
use crate::model::{Catalogue, Language, Plan};

/// One field of a row.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Words: names, ids, what to do. Cleaned and neutralised.
    Text(String),
    /// A number this program wrote, as it should read in a spreadsheet.
    Number(String),
}

impl Cell {
    pub(super) fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    pub(super) fn number(value: f64, decimals: usize) -> Cell {
        Cell::Number(format::plain(value, decimals))
    }

    /// The field as written, before the writer's quoting.
    fn field(&self) -> String {
        match self {
            Cell::Number(n) => n.clone(),
            Cell::Text(t) => neutralised(&t.replace(['\t', '\n', '\r'], " ")),
        }
    }
}

/// Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"),
/// with their full-width forms.
const FORMULA_STARTS: &[char] = &['=', '+', '-', '@', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}'];

/// Text starting (after any spaces) like a formula gets a leading `'`, which spreadsheets take
/// as "this is text".
fn neutralised(text: &str) -> String {
    if text.trim_start().starts_with(FORMULA_STARTS) { format!("'{text}") } else { text.to_owned() }
}

/// The rows as tab-separated text, the header first when there is one. Every row has `N` fields.
pub fn tsv<const N: usize>(header: Option<[&str; N]>, rows: impl IntoIterator<Item = [Cell; N]>) -> String {
    delimited(b'\t', header, rows)
}

/// The rows as comma-separated values for a spreadsheet, written as the tab-separated ones are
/// (the same quoting, the same neutralised formulas), with commas between fields.
pub fn csv_text<const N: usize>(
    header: Option<[&str; N]>,
    rows: impl IntoIterator<Item = [Cell; N]>,
) -> String {
    delimited(b',', header, rows)
}

fn delimited<const N: usize>(
    delimiter: u8,
    header: Option<[&str; N]>,
    rows: impl IntoIterator<Item = [Cell; N]>,
) -> String {
    let mut out = Vec::new();
    {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .quote_style(csv::QuoteStyle::Necessary)
            .terminator(csv::Terminator::Any(b'\n'))
            .has_headers(false)
            .from_writer(&mut out);
        // Writing to memory, with rows of one length, does not fail.
        if let Some(header) = header {
            let _ = writer.write_record(header);
        }
        for row in rows {
            let _ = writer.write_record(row.iter().map(Cell::field));
        }
        let _ = writer.flush();
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `recommend`: rank, platform id, score, reason; no header (as it has always been).
pub fn recommend_tsv(plan: &Plan, catalogue: &Catalogue, top: Option<usize>) -> String {
    let ranked = analysis::recommend(plan, catalogue);
    let rows = ranked.iter().take(top.unwrap_or(ranked.len())).enumerate().map(|(i, r)| {
        [
            Cell::Number((i + 1).to_string()),
            Cell::text(r.platform_id.as_str()),
            Cell::number(r.score, 2),
            Cell::text(r.reason(plan.language).as_str()),
        ]
    });
    tsv(None, rows)
}

/// `cost --tsv`: minutes a week of each chosen platform by part, the totals, the budget and
/// whether the plan is within it.
pub fn cost_tsv(plan: &Plan, catalogue: &Catalogue) -> String {
    let cost = analysis::cost(plan, catalogue);
    let minutes = |v: f64| Cell::number(v, 0);
    let blank = || Cell::text("");
    let mut rows: Vec<[Cell; 6]> = cost
        .choices
        .iter()
        .map(|c| {
            [
                Cell::text(c.platform_id.as_str()),
                minutes(c.creation),
                minutes(c.replies),
                minutes(c.monitoring),
                minutes(c.planning),
                minutes(c.total()),
            ]
        })
        .collect();
    rows.push([
        Cell::text("total"),
        minutes(cost.sum(|c| c.creation)),
        minutes(cost.sum(|c| c.replies)),
        minutes(cost.sum(|c| c.monitoring)),
        minutes(cost.sum(|c| c.planning)),
        minutes(cost.total()),
    ]);
    rows.push([Cell::text("budget"), blank(), blank(), blank(), blank(), minutes(cost.budget_minutes)]);
    rows.push([Cell::text("status"), blank(), blank(), blank(), blank(), Cell::text(cost.status().word())]);
    tsv(Some(["platform", "creation", "replies", "monitoring", "planning", "total"]), rows)
}

/// `compare --tsv`: one row per scenario and platform; minutes a week, shared work split as in
/// `cost`; the promise's kind last (`opening_hours` or `anytime`).
pub fn compare_tsv(plan: &Plan, catalogue: &Catalogue) -> String {
    let mut rows = Vec::new();
    for scenario in &plan.scenarios {
        let Some(p) = plan.with_current(&scenario.name) else { continue };
        let cost = analysis::cost(&p, catalogue);
        for (choice, c) in p.current_choices().iter().zip(&cost.choices) {
            rows.push([
                Cell::text(scenario.name.as_str()),
                Cell::text(choice.platform.as_str()),
                Cell::Number(((choice.posts_per_week() * 100.0).round() / 100.0).to_string()),
                Cell::text(format!("{:?}", choice.format)),
                Cell::Number(choice.promise.hours.to_string()),
                Cell::text(choice.reuse_from.as_deref().unwrap_or("")),
                Cell::number(c.total(), 0),
                Cell::text(choice.promise.kind.code()),
            ]);
        }
    }
    let header = [
        "scenario",
        "platform",
        "posts_per_week",
        "format",
        "response_hours",
        "reuse_from",
        "minutes",
        "promise_kind",
    ];
    tsv(Some(header), rows)
}

/// `week --tsv`: day (Mon…Sun), start (HH:MM), minutes, kind, platform ids, what, who, key,
/// and how many weeks apart the item comes back (1: every week).
pub fn week_tsv(week: &Week, lang: Language) -> String {
    // Whole minutes that add up to the week's, as the table shows them (`week_rows`).
    let (minutes, _) =
        crate::format::whole_adding_up(&week.items.iter().map(|i| i.minutes).collect::<Vec<_>>());
    let rows = week.items.iter().zip(minutes).map(|(item, minutes)| {
        // The work on a post made every few weeks is spread over them: it comes back weekly.
        let every = if item.kind == Kind::Publish { item.every_weeks } else { 1 };
        [
            Cell::text(format!("{:?}", item.day)),
            Cell::text(item.starts().to_string()),
            Cell::number(minutes, 0),
            Cell::text(super::week::kind_word(item.kind, Language::En)),
            Cell::text(item.platforms.join(",")),
            Cell::text(item.what(lang)),
            Cell::text(item.who.clone().unwrap_or_default()),
            Cell::text(item.key.as_str()),
            Cell::Number(every.to_string()),
        ]
    });
    tsv(Some(["day", "time", "minutes", "kind", "platform", "what", "who", "key", "every_weeks"]), rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_stay_text_and_numbers_stay_numbers() {
        let out = tsv(
            Some(["a", "b", "c"]),
            [
                [Cell::text("=HYPERLINK(\"x\")"), Cell::number(-3.0, 0), Cell::text(" @SUM(A1)")],
                [Cell::text("\"quoted\" name"), Cell::text("tab\there"), Cell::text("line\nbreak")],
            ],
        );
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 3, "{out}");
        assert_eq!(lines[1], "\"'=HYPERLINK(\"\"x\"\")\"\t-3\t' @SUM(A1)");
        assert_eq!(lines[2], "\"\"\"quoted\"\" name\"\ttab here\tline break");
    }
}
