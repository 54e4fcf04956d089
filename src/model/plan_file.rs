//! A plan as a file holds it, in any format this program reads, and its move to the current
//! format. Format 1 had one list of choices; format 2 keeps them in named scenarios; format 3
//! adds stable ids and what was last exported to a calendar. A format 1 file becomes the
//! current format in memory: its choices are the scenario "Mon plan" / "My plan"; the ids of
//! an older file are given when it is read (`super::ids::migrate_ids`).

use std::fmt;

use serde::Deserialize;

use super::broken::Broken;
use super::calendar_record::CalendarRecord;
use super::catalogue::Platform;
use super::ids::{PlanId, ScenarioId};
use super::language::Language;
use super::opening::{Clock, Weekday};
use super::plan::{
    Audience, Business, Choice, FORMAT_VERSION, Plan, Product, Reach, Scenario, TimeAvailable,
};
use super::rules;

/// Every field any readable format has; which ones may be present depends on `format_version`.
#[derive(Deserialize)]
#[serde(rename = "Plan", deny_unknown_fields)]
pub struct PlanFile {
    pub format_version: u32,
    /// Format 3.
    #[serde(default)]
    id: Option<PlanId>,
    business: Business,
    #[serde(default)]
    language: Language,
    #[serde(default)]
    products: Vec<Product>,
    #[serde(default)]
    audience: Audience,
    #[serde(default)]
    reach: Option<Reach>,
    time: TimeFile,
    /// Format 1 only.
    #[serde(default)]
    choices: Option<Vec<Choice>>,
    /// Format 2.
    #[serde(default)]
    scenarios: Option<Vec<Scenario>>,
    #[serde(default, deserialize_with = "rules::de_opt_name")]
    current_scenario: Option<String>,
    #[serde(default)]
    custom_platforms: Vec<Platform>,
    #[serde(default, deserialize_with = "rules::de_text")]
    notes: String,
    /// Format 3.
    #[serde(default)]
    calendar: Option<CalendarRecord>,
}

/// A field that does not belong to the file's format.
#[derive(Clone, Debug, PartialEq)]
pub struct FormatMismatch {
    pub field: &'static str,
    pub broken: Broken,
}

impl fmt::Display for FormatMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.broken)
    }
}

impl TryFrom<PlanFile> for Plan {
    type Error = FormatMismatch;

    fn try_from(file: PlanFile) -> Result<Plan, FormatMismatch> {
        let mismatch = |field, broken| Err(FormatMismatch { field, broken });
        let (scenarios, current) = match file.format_version {
            1 => {
                if file.scenarios.is_some() {
                    return mismatch("scenarios", Broken::NotInFormat1 { field: "scenarios".into() });
                }
                if file.reach.is_some() {
                    return mismatch("reach", Broken::NotInFormat1 { field: "reach".into() });
                }
                if file.id.is_some() {
                    return mismatch("id", Broken::NotInFormat1 { field: "id".into() });
                }
                if file.calendar.is_some() {
                    return mismatch("calendar", Broken::NotInFormat1 { field: "calendar".into() });
                }
                let name = Scenario::first_name(file.language).to_owned();
                let scenario = Scenario {
                    name: name.clone(),
                    id: ScenarioId::default(),
                    weekly_hours: None,
                    choices: file.choices.unwrap_or_default(),
                    moves: Vec::new(),
                };
                (vec![scenario], name)
            }
            _ => {
                if file.choices.is_some() {
                    return mismatch("choices", Broken::ChoicesOutsideScenarios);
                }
                // Another version is refused by the loader for being another version.
                let scenarios = match file.scenarios {
                    Some(s) => s,
                    None if file.format_version != FORMAT_VERSION => Vec::new(),
                    None => {
                        return mismatch(
                            "scenarios",
                            Broken::Missing { field: "scenarios".into(), example: None },
                        );
                    }
                };
                let current = file
                    .current_scenario
                    .or_else(|| scenarios.first().map(|s| s.name.clone()))
                    .unwrap_or_default();
                (scenarios, current)
            }
        };
        let time = file.time.into_time(file.format_version)?;
        let readable = (1..=FORMAT_VERSION).contains(&file.format_version);
        Ok(Plan {
            // An older plan is now a plan of the current format; any other number stays for the
            // loader to refuse.
            format_version: if readable { FORMAT_VERSION } else { file.format_version },
            id: file.id.unwrap_or_default(),
            business: file.business,
            language: file.language,
            products: file.products,
            audience: file.audience,
            reach: file.reach.unwrap_or_default(),
            time,
            scenarios,
            current_scenario: current,
            custom_platforms: file.custom_platforms,
            notes: file.notes,
            calendar: file.calendar.unwrap_or_default(),
        })
    }
}

/// The time as a file writes it: `open_days`, `opens`, `closes`; or, as format 1 did (and
/// early format 2 files still do), `open_days_per_week` and `open_hours_per_day`.
#[derive(Deserialize)]
#[serde(rename = "TimeAvailable", deny_unknown_fields)]
pub struct TimeFile {
    #[serde(deserialize_with = "rules::de_weekly_hours")]
    weekly_budget_hours: f64,
    #[serde(default, deserialize_with = "rules::de_opt_open_days")]
    open_days: Option<Vec<Weekday>>,
    #[serde(default)]
    opens: Option<Clock>,
    #[serde(default)]
    closes: Option<Clock>,
    #[serde(default, deserialize_with = "rules::de_opt_daily_limit")]
    daily_limit_hours: Option<f64>,
    #[serde(default, deserialize_with = "rules::de_opt_open_days_count")]
    open_days_per_week: Option<u8>,
    #[serde(default, deserialize_with = "rules::de_opt_open_hours")]
    open_hours_per_day: Option<f64>,
}

/// Where a day of `hours` open hours starts when only its length is known: 09:00, or earlier
/// when the day is longer than 15 hours (docs/plan-format.md).
const OLD_OPENING: u16 = 9 * 60;

impl TimeFile {
    /// The time in the current form. A format 1 file is told the fields of its own format.
    fn into_time(self, format_version: u32) -> Result<TimeAvailable, FormatMismatch> {
        let mismatch = |field, broken| Err(FormatMismatch { field, broken });
        let old = format_version == 1;
        let open_days = match (self.open_days, self.open_days_per_week) {
            (Some(_), Some(_)) => {
                return mismatch("time.open_days_per_week", Broken::BothDayForms);
            }
            (Some(days), None) => days,
            (None, Some(n)) => Weekday::first(n),
            (None, None) if old => {
                let example = Some("open_days_per_week: 5".into());
                return mismatch("time", Broken::Missing { field: "open_days_per_week".into(), example });
            }
            (None, None) => {
                let example = Some("open_days: [Mon, Tue, Wed, Thu, Fri]".into());
                return mismatch("time", Broken::Missing { field: "open_days".into(), example });
            }
        };
        let (opens, closes) = match (self.opens, self.closes, self.open_hours_per_day) {
            (Some(_), _, Some(_)) | (_, Some(_), Some(_)) => {
                return mismatch("time.open_hours_per_day", Broken::BothHourForms);
            }
            (Some(opens), Some(closes), None) => (opens, closes),
            (None, None, Some(hours)) => {
                let length = (hours * 60.0).round() as u16;
                // Less than a minute a day: said of the field the file has, not of `closes`.
                if length == 0 {
                    let broken =
                        Broken::OutOfRange { value: hours, min: 1.0 / 60.0, max: 24.0, min_allowed: true };
                    return mismatch("time.open_hours_per_day", broken);
                }
                let opens = OLD_OPENING.min(24 * 60 - length);
                (Clock::at(f64::from(opens)), Clock::at(f64::from(opens + length)))
            }
            (None, None, None) if old => {
                let example = Some("open_hours_per_day: 8.0".into());
                return mismatch("time", Broken::Missing { field: "open_hours_per_day".into(), example });
            }
            (None, _, None) => {
                let example = Some("opens: \"09:00\"".into());
                return mismatch("time", Broken::Missing { field: "opens".into(), example });
            }
            (_, None, None) => {
                let example = Some("closes: \"17:00\"".into());
                return mismatch("time", Broken::Missing { field: "closes".into(), example });
            }
        };
        Ok(TimeAvailable {
            weekly_budget_hours: self.weekly_budget_hours,
            open_days,
            opens,
            closes,
            daily_limit_hours: self.daily_limit_hours,
        })
    }
}
