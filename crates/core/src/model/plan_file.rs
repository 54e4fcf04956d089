//! A plan as a file holds it, in any format this program reads, and its move to the current
//! format. Format 1 had one list of choices; format 2 keeps them in named scenarios; format 3
//! writes a cadence (`posts`, `every_weeks`) and a promise (`promise: (hours, kind)`) where
//! format 2 had `posts_per_week` and `response_target_hours`, and says who the audience is; it
//! also keeps the plan's and each scenario's stable ids and what was last exported to a
//! calendar. An older file becomes the current format in memory, and the move is told (`Migration`); the
//! ids it lacks are given when it is read (`super::migrate_ids`). Format 4 adds what to post
//! (`content`: the kind of business and the owner's post ideas) and the monthly check-in
//! (`months`, `super::checkin`); a format 3 file becomes format 4 with neither. Format 5 adds
//! the country whose holidays the year shows and the owner's seasons (`super::seasons`,
//! `seasons_since_5`); an older file becomes format 5 with neither, and is told so.
//! the review routine and the ambassadors (`voices`, `super::voices`); an older file has none.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::audience::{Audience, Customer};
use super::broken::Broken;
use super::cadence::Cadence;
use super::calendar_record::CalendarRecord;
use super::catalogue::Platform;
use super::checkin::{Months, months_from_file};
use super::country::Country;
use super::goal::Goal;
use super::ideas::Content;
use super::ids::{PlanId, ScenarioId};
use super::language::Language;
use super::migration::Migration;
use super::opening::{Clock, Move, Span, Weekday};
use super::plan::{
    Business, Choice, FORMAT_VERSION, Plan, Product, Reach, Reactivity, Scenario, TimeAvailable,
};
use super::post_format::PostFormat;
use super::promise::Promise;
use super::rules;
use super::seasons::Season;
use super::voices::{Voices, voices_from_file};

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
    choices: Option<Vec<ChoiceFile>>,
    /// Formats 2 and 3.
    #[serde(default)]
    scenarios: Option<Vec<ScenarioFile>>,
    #[serde(default, deserialize_with = "rules::de_opt_name")]
    current_scenario: Option<String>,
    #[serde(default)]
    custom_platforms: Vec<Platform>,
    /// Format 3.
    #[serde(default)]
    reactivity: Option<Reactivity>,
    #[serde(default, deserialize_with = "rules::de_text")]
    notes: String,
    /// Format 3.
    #[serde(default)]
    calendar: Option<CalendarRecord>,
    /// Format 4: what to post (`super::ideas`).
    #[serde(default)]
    content: Option<Content>,
    /// Format 4: the monthly check-in (`super::checkin`).
    #[serde(default)]
    months: Option<Months>,
    /// Format 5: whose holidays the year shows (`super::country`).
    #[serde(default)]
    country: Option<Country>,
    /// Format 5: the owner's seasons (`super::seasons`).
    #[serde(default)]
    seasons: Option<Vec<Season>>,
    /// Format 5: the review routine and the ambassadors (`super::voices`).
    #[serde(default)]
    voices: Option<Voices>,
}

/// A scenario as a file holds it.
#[derive(Deserialize)]
#[serde(rename = "Scenario", deny_unknown_fields)]
pub struct ScenarioFile {
    #[serde(deserialize_with = "rules::de_name")]
    name: String,
    /// Format 3.
    #[serde(default)]
    id: Option<ScenarioId>,
    #[serde(default, deserialize_with = "rules::de_opt_weekly_hours")]
    weekly_hours: Option<f64>,
    #[serde(default)]
    choices: Vec<ChoiceFile>,
    #[serde(default)]
    moves: Vec<Move>,
}

/// A choice as a file holds it: written in format 3's form, read in any format's.
#[derive(Clone, Serialize, Deserialize)]
#[serde(rename = "Choice", deny_unknown_fields)]
pub struct ChoiceFile {
    #[serde(deserialize_with = "rules::de_name")]
    platform: String,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_posts")]
    posts: Option<u32>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "rules::de_opt_every_weeks"
    )]
    every_weeks: Option<u8>,
    /// Formats 1 and 2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "rules::de_opt_posts_per_week"
    )]
    posts_per_week: Option<f64>,
    format: PostFormat,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    promise: Option<Promise>,
    /// Formats 1 and 2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "rules::de_opt_response_hours"
    )]
    response_target_hours: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_stories")]
    stories_per_week: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_minutes")]
    minutes_per_post: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_replies")]
    replies_per_week: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_minutes")]
    planning_minutes_per_week: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_name")]
    responder: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_followers")]
    followers: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_name")]
    reuse_from: Option<String>,
}

impl From<Choice> for ChoiceFile {
    fn from(c: Choice) -> ChoiceFile {
        let every = c.cadence.every_weeks();
        ChoiceFile {
            platform: c.platform,
            posts: Some(c.cadence.posts()),
            every_weeks: (every != 1).then_some(every),
            posts_per_week: None,
            format: c.format,
            promise: Some(c.promise),
            response_target_hours: None,
            stories_per_week: c.stories_per_week,
            minutes_per_post: c.minutes_per_post,
            replies_per_week: c.replies_per_week,
            planning_minutes_per_week: c.planning_minutes_per_week,
            responder: c.responder,
            followers: c.followers,
            reuse_from: c.reuse_from,
        }
    }
}

/// A field that does not belong to the file's format, named by its path in the file.
#[derive(Clone, Debug, PartialEq)]
pub struct FormatMismatch {
    pub field: String,
    pub broken: Broken,
}

impl fmt::Display for FormatMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.broken)
    }
}

fn mismatch<T>(field: impl Into<String>, broken: Broken) -> Result<T, FormatMismatch> {
    Err(FormatMismatch { field: field.into(), broken })
}

impl ChoiceFile {
    /// The choice, from a file of format `version`; what moving it to format 3 changed goes to
    /// `moved`. `at` is its path in the file, to name a field at fault.
    fn into_choice(
        self,
        version: u32,
        at: &str,
        moved: &mut Vec<Migration>,
    ) -> Result<Choice, FormatMismatch> {
        let field = |name: &str| format!("{at}.{name}");
        let (cadence, promise) = if version >= 3 {
            for (old, new, example) in [
                (self.posts_per_week.is_some(), "posts", "posts: 3"),
                (
                    self.response_target_hours.is_some(),
                    "promise",
                    "promise: (hours: 6.0, kind: OpeningHours)",
                ),
            ] {
                if old {
                    let former = if new == "posts" { "posts_per_week" } else { "response_target_hours" };
                    return mismatch(
                        field(former),
                        Broken::FormerField { field: former.into(), now: example.into(), format: version },
                    );
                }
            }
            let Some(posts) = self.posts else {
                return mismatch(
                    at,
                    Broken::Missing { field: "posts".into(), example: Some("posts: 3".into()) },
                );
            };
            let Some(promise) = self.promise else {
                let example = Some("promise: (hours: 6.0, kind: OpeningHours)".into());
                return mismatch(at, Broken::Missing { field: "promise".into(), example });
            };
            let cadence = Cadence::new(posts, self.every_weeks.unwrap_or(1))
                .or_else(|broken| mismatch(field("every_weeks"), broken))?;
            (cadence, promise)
        } else {
            for (present, name) in [
                (self.posts.is_some(), "posts"),
                (self.every_weeks.is_some(), "every_weeks"),
                (self.promise.is_some(), "promise"),
                (self.stories_per_week.is_some(), "stories_per_week"),
            ] {
                if present {
                    return mismatch(
                        field(name),
                        Broken::NotInFormat { field: name.into(), format: version, since: 3 },
                    );
                }
            }
            let Some(per_week) = self.posts_per_week else {
                let example = Some("posts_per_week: 3.0".into());
                return mismatch(at, Broken::Missing { field: "posts_per_week".into(), example });
            };
            let Some(hours) = self.response_target_hours else {
                let example = Some("response_target_hours: 6.0".into());
                return mismatch(at, Broken::Missing { field: "response_target_hours".into(), example });
            };
            let cadence = Cadence::nearest(per_week);
            if (cadence.per_week() - per_week).abs() > 1e-9 {
                moved.push(Migration::Cadence {
                    platform: self.platform.clone(),
                    from: per_week,
                    to: cadence,
                });
            }
            (cadence, Promise::opening_hours(hours))
        };
        Ok(Choice {
            platform: self.platform,
            cadence,
            format: self.format,
            promise,
            stories_per_week: self.stories_per_week,
            minutes_per_post: self.minutes_per_post,
            replies_per_week: self.replies_per_week,
            planning_minutes_per_week: self.planning_minutes_per_week,
            responder: self.responder,
            followers: self.followers,
            reuse_from: self.reuse_from,
        })
    }
}

impl ScenarioFile {
    fn into_scenario(
        self,
        version: u32,
        at: &str,
        moved: &mut Vec<Migration>,
    ) -> Result<Scenario, FormatMismatch> {
        let choices = self
            .choices
            .into_iter()
            .enumerate()
            .map(|(i, c)| c.into_choice(version, &format!("{at}.choices[{i}]"), moved))
            .collect::<Result<Vec<Choice>, FormatMismatch>>()?;
        if version < 3 && self.id.is_some() {
            return mismatch(
                format!("{at}.id"),
                Broken::NotInFormat { field: "id".into(), format: version, since: 3 },
            );
        }
        Ok(Scenario {
            name: self.name,
            id: self.id.unwrap_or_default(),
            weekly_hours: self.weekly_hours,
            choices,
            moves: self.moves,
        })
    }
}

/// Who the customers of an older plan are: consumers for products sold to people, business
/// buyers for products sold to businesses, job seekers when it recruits.
fn customers_of(products: &[Product], goals: &[Goal]) -> Vec<Customer> {
    let mut out = Vec::new();
    if products.is_empty() || products.iter().any(|p| p.b2b < 0.5) {
        out.push(Customer::Consumers);
    }
    if products.iter().any(|p| p.b2b >= 0.5) {
        out.push(Customer::BusinessBuyers);
    }
    if goals.contains(&Goal::Recruiting) {
        out.push(Customer::JobSeekers);
    }
    out
}

impl PlanFile {
    /// The plan in the current format, and what moving an older file to it changed.
    pub fn into_plan(self) -> Result<(Plan, Vec<Migration>), FormatMismatch> {
        let version = self.format_version;
        let mut moved = Vec::new();
        for (present, name) in [
            (self.reactivity.is_some(), "reactivity"),
            (self.id.is_some(), "id"),
            (self.calendar.is_some(), "calendar"),
        ] {
            if version < 3 && present {
                return mismatch(name, Broken::NotInFormat { field: name.into(), format: version, since: 3 });
            }
        }
        let (scenarios, current) = match version {
            1 => {
                if self.scenarios.is_some() {
                    return mismatch(
                        "scenarios",
                        Broken::NotInFormat { field: "scenarios".into(), format: 1, since: 2 },
                    );
                }
                if self.reach.is_some() {
                    return mismatch(
                        "reach",
                        Broken::NotInFormat { field: "reach".into(), format: 1, since: 2 },
                    );
                }
                let name = Scenario::first_name(self.language).to_owned();
                let choices = self
                    .choices
                    .unwrap_or_default()
                    .into_iter()
                    .enumerate()
                    .map(|(i, c)| c.into_choice(1, &format!("choices[{i}]"), &mut moved))
                    .collect::<Result<Vec<Choice>, FormatMismatch>>()?;
                let scenario = Scenario { choices, ..Scenario::new(name.clone()) };
                (vec![scenario], name)
            }
            _ => {
                if self.choices.is_some() {
                    return mismatch("choices", Broken::ChoicesOutsideScenarios);
                }
                // Another version is refused by the loader for being another version.
                let files = match self.scenarios {
                    Some(s) => s,
                    None if version > FORMAT_VERSION => Vec::new(),
                    None => {
                        return mismatch(
                            "scenarios",
                            Broken::Missing { field: "scenarios".into(), example: None },
                        );
                    }
                };
                let scenarios = files
                    .into_iter()
                    .enumerate()
                    .map(|(i, s)| s.into_scenario(version, &format!("scenarios[{i}]"), &mut moved))
                    .collect::<Result<Vec<Scenario>, FormatMismatch>>()?;
                let current = self
                    .current_scenario
                    .or_else(|| scenarios.first().map(|s| s.name.clone()))
                    .unwrap_or_default();
                (scenarios, current)
            }
        };
        let content = content_since_4(version, self.content, &mut moved)?;
        let time = self.time.into_time(version)?;
        let months = months_from_file(version, self.months)?;
        let (country, seasons) = seasons_since_5(version, self.country, self.seasons, &mut moved)?;
        let voices = voices_from_file(version, self.voices)?;
        if version < 5 {
            moved.push(Migration::NoVoicesYet);
        }
        let mut audience = self.audience;
        if version < 3 {
            audience.customers = customers_of(&self.products, &audience.goals);
            moved.push(Migration::Audience { customers: audience.customers.clone() });
            if scenarios.iter().any(|s| !s.choices.is_empty()) {
                moved.push(Migration::PromisesInOpeningHours);
            }
        }
        let plan = Plan {
            // An older plan is now a current one; a newer number stays for the loader to refuse.
            format_version: if version < FORMAT_VERSION { FORMAT_VERSION } else { version },
            id: self.id.unwrap_or_default(),
            business: self.business,
            language: self.language,
            products: self.products,
            audience,
            reach: self.reach.unwrap_or_default(),
            time,
            scenarios,
            current_scenario: current,
            custom_platforms: self.custom_platforms,
            reactivity: self.reactivity.unwrap_or_default(),
            notes: self.notes,
            content,
            calendar: self.calendar.unwrap_or_default(),
            months,
            country,
            seasons,
            voices,
        };
        Ok((plan, moved))
    }
}

/// What to post, from format 4 on. An older plan has none: it is told that the starter ideas
/// of its kind of business stand in until the owner keeps or writes their own.
fn content_since_4(
    version: u32,
    content: Option<Content>,
    moved: &mut Vec<Migration>,
) -> Result<Content, FormatMismatch> {
    if version < 4 {
        if content.is_some() {
            return mismatch(
                "content",
                Broken::NotInFormat { field: "content".into(), format: version, since: 4 },
            );
        }
        moved.push(Migration::StarterIdeas);
    }
    Ok(content.unwrap_or_default())
}

/// The country and the seasons, from format 5 on. An older plan has neither: it is told to
/// choose its country (never guessed from the machine that opens it: the same file must read
/// the same everywhere).
fn seasons_since_5(
    version: u32,
    country: Option<Country>,
    seasons: Option<Vec<Season>>,
    moved: &mut Vec<Migration>,
) -> Result<(Option<Country>, Vec<Season>), FormatMismatch> {
    if version < 5 {
        for (present, name) in [(country.is_some(), "country"), (seasons.is_some(), "seasons")] {
            if present {
                return mismatch(name, Broken::NotInFormat { field: name.into(), format: version, since: 5 });
            }
        }
        moved.push(Migration::NoCountry);
    }
    Ok((country, seasons.unwrap_or_default()))
}

impl TryFrom<PlanFile> for Plan {
    type Error = FormatMismatch;

    fn try_from(file: PlanFile) -> Result<Plan, FormatMismatch> {
        file.into_plan().map(|(plan, _)| plan)
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
    #[serde(default)]
    rush_hours: Vec<Span>,
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
    fn into_time(self, version: u32) -> Result<TimeAvailable, FormatMismatch> {
        let old = version == 1;
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
            rush_hours: self.rush_hours,
        })
    }
}
