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
    /// For a promise in opening hours, the worst wait's own open time, and the longest wait as
    /// the promise counts it when that is another: "of which 3.7 h open", "of which 2 h open;
    /// the longest in opening hours: 6 h".
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
                // The worst wait's own open time; the longest in open time too when another
                // wait holds it (what the promise counts).
                let (own, longest) = (h(l.worst_gap_open_hours), h(l.worst_open_hours));
                let mut said = lang.say(S::OfWhichOpen, &[("hours", &own)]);
                if own != longest {
                    said += &format!("; {}", lang.say(S::LongestInOpeningHours, &[("hours", &longest)]));
                }
                format::typography(&said, lang)
            }),
            within_a_day: format::percent(l.within_a_day, lang),
            kept: l.kept,
            kept_text: if l.kept { w.kept.clone() } else { w.not_kept.clone() },
            worst_case: l.worst_case(lang),
        })
        .collect()
}

impl DrillRow {
    /// The worst wait in one cell: "41.3 h (of which 3.7 h open)".
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{drill, week};
    use crate::model::{Catalogue, Choice, Clock, Plan, Promise, Weekday};

    /// The worst cell gives the worst wait's own open time; when the longest wait in open time
    /// is another one (what the promise counts), it says that one too, so the two never read as
    /// one wait.
    #[test]
    fn the_worst_cell_names_each_figure_for_its_own_wait() {
        let catalogue = Catalogue::built_in();
        let mut plan = Plan::new("Bakery", Language::En);
        plan.time.open_days = Weekday::ALL[1..].to_vec();
        plan.time.opens = Clock::hm(7, 0);
        plan.time.closes = Clock::hm(17, 0);
        let mut ig = Choice::with_defaults(catalogue.get("instagram").unwrap());
        ig.promise = Promise::opening_hours(4.0);
        plan.current_choices_mut().push(ig);
        let mut lines = drill(&plan, catalogue, &week(&plan, catalogue));
        let line = &mut lines[0];
        // The worst wait's own open time, counted by hand: the rest of its first day's opening
        // hours, whole open days between, and its last day's morning (open 07:00 to 17:00).
        let (from, until) = (line.worst_from, line.worst_until);
        let days = (until.day.index() + 7 - from.day.index()) % 7;
        assert!(days >= 1, "{line:?}");
        let h = |minute: u32| f64::from(minute) / 60.0;
        let open_between =
            (1..days).filter(|k| plan.time.open_days.contains(&Weekday::ALL[(from.day.index() + k) % 7]));
        let by_hand = (17.0 - h(from.minute)).max(0.0)
            + 10.0 * open_between.count() as f64
            + (h(until.minute) - 7.0).max(0.0);
        assert!((line.worst_gap_open_hours - by_hand).abs() < 0.02, "{by_hand} vs {line:?}");
        assert!(line.worst_hours > 24.0, "{line:?}");
        line.worst_gap_open_hours = 2.0;
        line.worst_open_hours = 2.0;
        let row = &drill_rows(&lines, Language::En)[0];
        assert_eq!(row.worst_as_promised.as_deref(), Some("of which 2 h open"));
        assert!(row.worst_cell().ends_with(" h (of which 2 h open)"), "{}", row.worst_cell());
        lines[0].worst_open_hours = 3.5;
        let fr = &drill_rows(&lines, Language::Fr)[0];
        assert_eq!(
            fr.worst_as_promised.as_deref(),
            Some("dont 2 h d'ouverture\u{202F}; la plus longue en heures d'ouverture\u{202F}: 3,5 h")
        );
    }
}
