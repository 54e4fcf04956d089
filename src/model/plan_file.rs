//! A plan as a file holds it, in any format this program reads, and its move to the current
//! format. Format 1 had one list of choices; format 2 keeps them in named scenarios. A format 1
//! file becomes format 2 in memory: its choices are the scenario "Mon plan" / "My plan".

use std::fmt;

use serde::Deserialize;

use super::broken::Broken;
use super::catalogue::Platform;
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
                let name = Scenario::first_name(file.language).to_owned();
                let scenario = Scenario {
                    name: name.clone(),
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
        let time = file.time.into_time()?;
        Ok(Plan {
            // A format 1 plan is now a format 2 plan; any other number stays for the loader to refuse.
            format_version: if file.format_version == 1 { FORMAT_VERSION } else { file.format_version },
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
    fn into_time(self) -> Result<TimeAvailable, FormatMismatch> {
        let mismatch = |field, broken| Err(FormatMismatch { field, broken });
        let open_days = match (self.open_days, self.open_days_per_week) {
            (Some(_), Some(_)) => {
                return mismatch("time.open_days_per_week", Broken::BothDayForms);
            }
            (Some(days), None) => days,
            (None, Some(n)) => Weekday::first(n),
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
                let opens = OLD_OPENING.min(24 * 60 - length);
                (Clock::at(f64::from(opens)), Clock::at(f64::from(opens + length)))
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
