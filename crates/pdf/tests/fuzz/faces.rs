//! The outputs added with scenarios and the week, checked on every fuzzed plan that loads:
//! `fit` (adds a scenario, never replaces one), the week, the calendar (valid, unique UIDs, a
//! re-export that changes nothing), `compare`, and every tab-separated output (one row per
//! line, as many fields in every row, no formula a spreadsheet would run).

use std::path::Path;

use socialplan_core::analysis::{self, FitOutcome};
use socialplan_core::model::{Catalogue, Plan, rules, uid_rule};
use socialplan_core::report;
use socialplan_core::storage;

/// What the faces ran, for the run's figures.
#[derive(Default)]
pub struct Faces {
    pub fits: u64,
    pub weeks: u64,
    pub calendars: u64,
    pub tsv: u64,
}

/// Every face on `plan`; `fit` and the calendar too when asked (they take longer).
pub fn check(plan: &Plan, heavy: bool, faces: &mut Faces) -> Result<(), String> {
    let catalogue = Catalogue::built_in();
    let week = analysis::week(plan, catalogue);
    for item in &week.items {
        // A publication is a reminder at its hour: it alone takes no time.
        let lasts = item.minutes > 0.0 || (item.kind == analysis::Kind::Publish && item.minutes == 0.0);
        if !(item.minutes.is_finite() && lasts && item.start >= 0.0 && item.end() <= 24.0 * 60.0 + 0.5) {
            return Err(format!("an item of the week out of its day: {item:?}"));
        }
    }
    let text = report::week_text(&week, plan.language) + &report::compare_text(plan, catalogue);
    let text = without_owners_words(plan, text);
    if text.contains("NaN") || text.contains("-0 h") {
        return Err(format!("a NaN or a -0 in the week or the comparison:\n{text}"));
    }
    faces.weeks += 1;
    for (what, tsv) in [
        ("week", report::week_tsv(&week, plan.language)),
        ("compare", report::compare_tsv(plan, catalogue)),
        ("cost", report::cost_tsv(plan, catalogue)),
        ("recommend", report::recommend_tsv(plan, catalogue, None)),
    ] {
        check_tsv(&tsv).map_err(|why| format!("{what} --tsv: {why}\n{tsv}"))?;
        faces.tsv += 1;
    }
    if heavy {
        check_calendar(plan, catalogue)?;
        faces.calendars += 1;
        check_fit(plan, catalogue)?;
        faces.fits += 1;
    }
    Ok(())
}

/// The text without the owner's own words, which may say anything ("NaN+3" as a responder):
/// only the numbers the program writes are checked.
fn without_owners_words(plan: &Plan, mut text: String) -> String {
    let mut owners: Vec<&str> = vec![&plan.business.name];
    owners.extend(plan.products.iter().map(|p| p.name.as_str()));
    owners.extend(plan.custom_platforms.iter().flat_map(|p| [p.id.as_str(), p.name.as_str()]));
    owners.extend(plan.scenarios.iter().map(|s| s.name.as_str()));
    owners
        .extend(plan.scenarios.iter().flat_map(|s| s.choices.iter().filter_map(|c| c.responder.as_deref())));
    owners.sort_by_key(|o| std::cmp::Reverse(o.len()));
    for words in owners.iter().filter(|w| !w.is_empty()) {
        text = text.replace(words, "");
    }
    text
}

/// One row per line, one width, no formula: read back by a CSV reader, as a spreadsheet would.
fn check_tsv(text: &str) -> Result<(), String> {
    let mut reader =
        csv::ReaderBuilder::new().delimiter(b'\t').has_headers(false).from_reader(text.as_bytes());
    let records: Vec<csv::StringRecord> =
        reader.records().collect::<Result<_, _>>().map_err(|e| format!("not TSV: {e}"))?;
    if records.len() != text.lines().count() {
        return Err(format!("{} rows on {} lines", records.len(), text.lines().count()));
    }
    let width = records.first().map_or(0, csv::StringRecord::len);
    if records.iter().any(|r| r.len() != width) {
        return Err("rows of different widths".into());
    }
    for field in records.iter().flat_map(|r| r.iter()) {
        let formula = field.trim_start().starts_with(['=', '+', '-', '@']);
        if formula && field.parse::<f64>().is_err() {
            return Err(format!("{field:?} would run as a formula"));
        }
    }
    Ok(())
}

/// A valid calendar with unique UIDs, or a refusal for an empty scenario; exported again with
/// the record it leaves, the same UIDs and sequences; the record saves and loads back.
fn check_calendar(plan: &Plan, catalogue: &Catalogue) -> Result<(), String> {
    let now = chrono::DateTime::from_timestamp(1_796_000_000, 0).unwrap_or_default();
    let export = match report::export_calendar(plan, catalogue, now) {
        Ok(export) => export,
        Err(socialplan_core::model::Broken::NothingToExport { .. }) if plan.current_choices().is_empty() => {
            return Ok(());
        }
        Err(e) => return Err(format!("no calendar: {e}")),
    };
    let events = read_events(&export.text)?;
    if events.len() != export.events || events.is_empty() {
        return Err(format!("{} events read, {} written", events.len(), export.events));
    }
    let mut uids: Vec<&String> = events.iter().map(|e| &e.0).collect();
    uids.sort();
    uids.dedup();
    if uids.len() != events.len() {
        return Err(format!("UIDs repeat:\n{}", export.text));
    }
    if let Some(bad) = uids.iter().find(|u| uid_rule(u).is_err()) {
        return Err(format!("a UID the record would refuse: {bad}"));
    }
    let mut again = plan.clone();
    again.calendar = export.record.clone();
    let second = report::export_calendar(&again, catalogue, now).map_err(|e| format!("re-export: {e}"))?;
    if read_events(&second.text)? != events || second.record != export.record {
        return Err("exported again with nothing changed, the calendar changed".into());
    }
    let text = storage::to_ron(&again).map_err(|e| format!("cannot save the record: {e}"))?;
    match storage::parse(&text, Path::new("recorded.ron"), catalogue) {
        Ok(back) if back == again => Ok(()),
        Ok(_) => Err("the record does not load back the same".into()),
        Err(e) => Err(format!("the record does not load back: {e}")),
    }
}

/// (UID, SEQUENCE, STATUS) of each event, read by a parser that did not write it.
fn read_events(text: &str) -> Result<Vec<(String, String, String)>, String> {
    if !text.starts_with("BEGIN:VCALENDAR") || !text.trim_end().ends_with("END:VCALENDAR") {
        return Err("not a calendar".into());
    }
    let calendar = ical::IcalParser::new(text.as_bytes())
        .next()
        .ok_or("no calendar")?
        .map_err(|e| format!("unreadable calendar: {e}"))?;
    let overrides = |e: &&ical::parser::ical::component::IcalEvent| {
        e.properties.iter().any(|p| p.name == "RECURRENCE-ID")
    };
    // An occurrence written over its series (a publication's idea) names a series of the file.
    let series: Vec<Option<String>> = calendar
        .events
        .iter()
        .filter(|e| !overrides(e))
        .map(|e| e.properties.iter().find(|p| p.name == "UID").and_then(|p| p.value.clone()))
        .collect();
    for e in calendar.events.iter().filter(overrides) {
        let uid = e.properties.iter().find(|p| p.name == "UID").and_then(|p| p.value.clone());
        if !series.contains(&uid) {
            return Err(format!("an occurrence of no series: {uid:?}"));
        }
    }
    calendar
        .events
        .iter()
        .filter(|e| !overrides(e))
        .map(|e| {
            let get = |name: &str| e.properties.iter().find(|p| p.name == name).and_then(|p| p.value.clone());
            for required in ["DTSTAMP", "DTSTART", "SUMMARY"] {
                get(required).ok_or(format!("an event without {required}"))?;
            }
            Ok((
                get("UID").ok_or("an event without UID")?,
                get("SEQUENCE").ok_or("an event without SEQUENCE")?,
                get("STATUS").ok_or("an event without STATUS")?,
            ))
        })
        .collect()
}

/// `fit` adds a scenario under a free name and leaves every other as it was.
fn check_fit(plan: &Plan, catalogue: &Catalogue) -> Result<(), String> {
    if plan.scenarios.len() >= rules::MAX_SCENARIOS {
        return Ok(());
    }
    let FitOutcome::Fitted(fitted) = analysis::fit(plan, catalogue, plan.budget_hours(), None) else {
        return Ok(());
    };
    let mut after = plan.clone();
    let name = after.add_scenario_from(fitted.scenario);
    if after.scenarios.len() != plan.scenarios.len() + 1 {
        return Err("fit did not add a scenario".into());
    }
    for old in &plan.scenarios {
        if after.scenarios.iter().filter(|s| *s == old).count() != 1 {
            return Err(format!("fit changed or replaced the scenario {:?}", old.name));
        }
    }
    if plan.scenarios.iter().any(|s| rules::same_name(&s.name, &name)) {
        return Err(format!("fit named its scenario {name:?}, a name the plan has"));
    }
    if let Some(problem) = storage::validate(&after, catalogue).first() {
        return Err(format!("the fitted plan cannot be saved: {problem:?}"));
    }
    Ok(())
}
