//! A plan as a file holds it, in any format this program reads, and its move to the current
//! format. Format 1 had one list of choices; format 2 keeps them in named scenarios. A format 1
//! file becomes format 2 in memory: its choices are the scenario "Mon plan" / "My plan".

use std::fmt;

use serde::Deserialize;

use super::catalogue::Platform;
use super::language::Language;
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
    time: TimeAvailable,
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
    pub message: String,
}

impl fmt::Display for FormatMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl TryFrom<PlanFile> for Plan {
    type Error = FormatMismatch;

    fn try_from(file: PlanFile) -> Result<Plan, FormatMismatch> {
        let mismatch = |field, message: &str| Err(FormatMismatch { field, message: message.to_owned() });
        let (scenarios, current) = match file.format_version {
            1 => {
                if file.scenarios.is_some() {
                    return mismatch(
                        "scenarios",
                        "a format 1 plan has no scenarios: write `format_version: 2` to use them",
                    );
                }
                if file.reach.is_some() {
                    return mismatch(
                        "reach",
                        "a format 1 plan has no reach: write `format_version: 2` to use it",
                    );
                }
                let name = Scenario::first_name(file.language).to_owned();
                let scenario = Scenario {
                    name: name.clone(),
                    weekly_hours: None,
                    choices: file.choices.unwrap_or_default(),
                };
                (vec![scenario], name)
            }
            _ => {
                if file.choices.is_some() {
                    return mismatch(
                        "choices",
                        "in format 2 the choices go inside a scenario: \
                         `scenarios: [(name: \"My plan\", choices: [...])]`",
                    );
                }
                // Another version is refused by the loader for being another version.
                let scenarios = match file.scenarios {
                    Some(s) => s,
                    None if file.format_version != FORMAT_VERSION => Vec::new(),
                    None => return mismatch("scenarios", "the field `scenarios` is missing"),
                };
                let current = file
                    .current_scenario
                    .or_else(|| scenarios.first().map(|s| s.name.clone()))
                    .unwrap_or_default();
                (scenarios, current)
            }
        };
        Ok(Plan {
            // A format 1 plan is now a format 2 plan; any other number stays for the loader to refuse.
            format_version: if file.format_version == 1 { FORMAT_VERSION } else { file.format_version },
            business: file.business,
            language: file.language,
            products: file.products,
            audience: file.audience,
            reach: file.reach.unwrap_or_default(),
            time: file.time,
            scenarios,
            current_scenario: current,
            custom_platforms: file.custom_platforms,
            notes: file.notes,
        })
    }
}
