//! A plan: one business's social-network strategy, saved as one RON file.

use serde::{Deserialize, Serialize};

use super::audience::Audience;
use super::broken::Broken;
use super::cadence::Cadence;
use super::calendar_record::CalendarRecord;
use super::catalogue::{Catalogue, Platform};
use super::checkin::Months;
use super::country::Country;
use super::goal::Goal;
use super::ideas::Content;
use super::ids::{PlanId, ScenarioId};
use super::language::Language;
use super::opening::{Clock, Move, Span, Weekday};
use super::post_format::PostFormat;
use super::promise::Promise;
use super::rules;
use super::seasons::Season;
use super::voices::Voices;

use crate::locale::Sentence as S;

/// The plan file format this program writes. A file with a higher number was written by a
/// newer program and is refused, never loaded and saved back with fields lost; an older one
/// is read and migrated in memory (`super::plan_file`).
pub const FORMAT_VERSION: u32 = 5;

/// A plan in memory, always in the current format. Business, products, audience and time are
/// shared; each scenario is one way to spend the week (its choices, and perhaps its own hours).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Plan", try_from = "super::plan_file::PlanFile")]
pub struct Plan {
    pub format_version: u32,
    /// Stable for the plan's life (`super::ids`): the calendar's UIDs are made from it.
    #[serde(skip_serializing_if = "PlanId::is_empty")]
    pub id: PlanId,
    pub business: Business,
    pub language: Language,
    pub products: Vec<Product>,
    pub audience: Audience,
    /// How far the business sells: local customers look for it in other places.
    pub reach: Reach,
    pub time: TimeAvailable,
    /// The name of the scenario the owner is looking at.
    pub current_scenario: String,
    pub scenarios: Vec<Scenario>,
    pub custom_platforms: Vec<Platform>,
    /// Who covers and what is said while the business is closed or a complaint comes in.
    #[serde(skip_serializing_if = "Reactivity::is_empty")]
    pub reactivity: Reactivity,
    pub notes: String,
    /// What to post: the kind of business and the owner's ideas (format 4, `super::ideas`).
    #[serde(skip_serializing_if = "Content::is_empty")]
    pub content: Content,
    /// What was last written to a calendar, to update and cancel it on the next export.
    #[serde(skip_serializing_if = "CalendarRecord::is_empty")]
    pub calendar: CalendarRecord,
    /// What each month really took and brought, per platform (format 4; `super::checkin`).
    #[serde(skip_serializing_if = "Months::is_empty")]
    pub months: Months,
    /// Whose public holidays and trade moments the year shows (format 5, `super::country`);
    /// None until chosen (an older plan), a new plan's from the system's locale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<Country>,
    /// The owner's busy and quiet times of the year (format 5, `super::seasons`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub seasons: Vec<Season>,
    /// The review routine and the ambassadors (format 5; `super::voices`).
    #[serde(skip_serializing_if = "Voices::is_empty")]
    pub voices: Voices,
}

/// What the plan says to customers who write while nobody answers, and who answers when the
/// usual person is away: the away message, the crisis card (docs/method.md, "Promises").
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Reactivity {
    /// Who answers on the usual person's days off and holidays.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_name")]
    pub cover: Option<String>,
    /// The owner's own away message; without it, the program proposes one from the plan.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_text")]
    pub away_message: Option<String>,
    /// The owner's own first public answer to a complaint; without it, the program's.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_text")]
    pub holding_reply: Option<String>,
}

impl Reactivity {
    pub fn is_empty(&self) -> bool {
        *self == Reactivity::default()
    }
}

/// How far the business sells.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Reach {
    /// Customers come from the neighbourhood or the town.
    Local,
    Regional,
    /// The default: no place-based adjustment.
    #[default]
    National,
    International,
}

impl Reach {
    pub const ALL: [Reach; 4] = [Reach::Local, Reach::Regional, Reach::National, Reach::International];

    pub fn label(self, language: Language) -> &'static str {
        match self {
            Reach::Local => language.word(S::Local),
            Reach::Regional => language.word(S::Regional),
            Reach::National => language.word(S::National),
            Reach::International => language.word(S::International),
        }
    }
}

/// One way to spend the week on social networks: which platforms, how, and with how many hours.
/// A file holds it as `super::plan_file::ScenarioFile`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Scenario {
    pub name: String,
    /// Stable across renames (`super::ids`); given when the scenario joins a plan.
    #[serde(skip_serializing_if = "ScenarioId::is_empty")]
    pub id: ScenarioId,
    /// Hours a week for this scenario; without it, the plan's `time.weekly_budget_hours`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weekly_hours: Option<f64>,
    pub choices: Vec<Choice>,
    /// Items of the week the owner moved (`analysis::week`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub moves: Vec<Move>,
}

impl Scenario {
    pub fn new(name: impl Into<String>) -> Scenario {
        Scenario {
            name: name.into(),
            id: ScenarioId::default(),
            weekly_hours: None,
            choices: Vec::new(),
            moves: Vec::new(),
        }
    }

    /// The name a plan's first scenario gets: also the one format 1 choices move into.
    pub fn first_name(language: Language) -> &'static str {
        language.word(S::MyPlan)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Business {
    #[serde(deserialize_with = "rules::de_name")]
    pub name: String,
    #[serde(default, deserialize_with = "rules::de_text")]
    pub sector: String,
    #[serde(default, deserialize_with = "rules::de_text")]
    pub description: String,
}

/// Something the business sells, placed on the map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Product {
    #[serde(deserialize_with = "rules::de_name")]
    pub name: String,
    /// 0 = sells to consumers … 1 = sells to businesses.
    #[serde(deserialize_with = "rules::de_unit")]
    pub b2b: f64,
    /// 0 = told in text … 1 = shown in pictures and video.
    #[serde(deserialize_with = "rules::de_unit")]
    pub visual: f64,
    /// How much the product matters to the business, relative to the others.
    #[serde(default = "one", deserialize_with = "rules::de_weight")]
    pub weight: f64,
}

fn one() -> f64 {
    1.0
}

impl Product {
    pub fn new(name: impl Into<String>, b2b: f64, visual: f64) -> Product {
        Product { name: name.into(), b2b, visual, weight: 1.0 }
    }
}

/// The time the owner really has, and when the business is open (answers are expected then).
/// A file writes it as `open_days`, `opens` and `closes`; `super::plan_file` also reads the
/// older `open_days_per_week` / `open_hours_per_day` and moves them to these.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TimeAvailable {
    pub weekly_budget_hours: f64,
    /// In week order, each day once.
    pub open_days: Vec<Weekday>,
    pub opens: Clock,
    pub closes: Clock,
    /// The most the owner can give on one day; the week warns when it cannot keep to it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub daily_limit_hours: Option<f64>,
    /// The busy times of an open day (the morning rush, lunch): no writing then.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rush_hours: Vec<Span>,
}

impl Default for TimeAvailable {
    fn default() -> Self {
        TimeAvailable {
            weekly_budget_hours: 4.0,
            open_days: Weekday::first(5),
            opens: Clock::hm(9, 0),
            closes: Clock::hm(17, 0),
            daily_limit_hours: None,
            rush_hours: Vec::new(),
        }
    }
}

impl TimeAvailable {
    /// Hours from opening to closing: what the looks-per-day rule divides.
    pub fn open_hours_per_day(&self) -> f64 {
        f64::from(self.closing_minute().saturating_sub(self.opens.minutes())) / 60.0
    }

    /// Whether closing falls on the next day: a bar open 18:00 to 01:00 (not one closing at
    /// 00:00, the same as 24:00).
    pub fn closes_after_midnight(&self) -> bool {
        self.closing_minute() > 24 * 60
    }

    /// Closing in minutes from the midnight that begins an open day: past 24:00 when the
    /// business closes after midnight (01:00 is 1,500; 00:00 after an opening is 1,440).
    pub fn closing_minute(&self) -> u16 {
        self.closes.closing_after(self.opens)
    }

    pub fn open_days_per_week(&self) -> u8 {
        self.open_days.len() as u8
    }

    pub fn is_open(&self, day: Weekday) -> bool {
        self.open_days.contains(&day)
    }
}

/// A platform the owner keeps in the plan, with the cadence and answer time promised there.
/// The optional figures override the catalogue's defaults for this business. A file holds it
/// as `super::plan_file::ChoiceFile`, which also reads the older forms.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(into = "super::plan_file::ChoiceFile")]
pub struct Choice {
    /// The id of a catalogue platform or of one of the plan's custom platforms.
    pub platform: String,
    /// How often it gets a post (written `posts` and `every_weeks` in a file).
    pub cadence: Cadence,
    pub format: PostFormat,
    /// Within how long a message gets its answer, and how those hours are counted.
    pub promise: Promise,
    /// Stories a week besides the posts (Instagram, Facebook, Snapchat).
    pub stories_per_week: Option<u32>,
    pub minutes_per_post: Option<f64>,
    pub replies_per_week: Option<f64>,
    pub planning_minutes_per_week: Option<f64>,
    /// Who watches and answers there.
    pub responder: Option<String>,
    /// Followers there: replies per week are estimated from them (docs/method.md).
    pub followers: Option<u32>,
    /// The id of another chosen platform whose posts are adapted (or, inside one family such
    /// as Meta's, shared) here instead of made anew.
    pub reuse_from: Option<String>,
}

impl Choice {
    /// A choice with the platform's own defaults: its published cadence, its own format, and the
    /// hours customers expect taken as they are, in opening hours. What a plan chooses is
    /// `Plan::new_choice`, which counts those hours in the business's open days.
    pub fn with_defaults(platform: &Platform) -> Choice {
        Choice {
            platform: platform.id.clone(),
            cadence: platform.figures.cadence(),
            format: platform.figures.format,
            promise: Promise::opening_hours(platform.figures.expected_response_hours),
            stories_per_week: None,
            minutes_per_post: None,
            replies_per_week: None,
            planning_minutes_per_week: None,
            responder: None,
            followers: None,
            reuse_from: None,
        }
    }

    /// Posts a week on average: what the cost counts.
    pub fn posts_per_week(&self) -> f64 {
        self.cadence.per_week()
    }
}

impl Plan {
    /// An empty plan for a new business.
    pub fn new(name: impl Into<String>, language: Language) -> Plan {
        let mut plan = Plan {
            format_version: FORMAT_VERSION,
            id: PlanId::random(),
            business: Business { name: name.into(), ..Business::default() },
            language,
            products: Vec::new(),
            audience: Audience::default(),
            reach: Reach::default(),
            time: TimeAvailable::default(),
            scenarios: vec![Scenario::new(Scenario::first_name(language))],
            current_scenario: Scenario::first_name(language).to_owned(),
            custom_platforms: Vec::new(),
            reactivity: Reactivity::default(),
            notes: String::new(),
            content: Content::default(),
            calendar: CalendarRecord::default(),
            months: Months::default(),
            country: None,
            seasons: Vec::new(),
            voices: Voices::default(),
        };
        plan.give_missing_ids();
        plan
    }

    pub fn scenario(&self, name: &str) -> Option<&Scenario> {
        self.scenarios.iter().find(|s| s.name == name)
    }

    /// The scenario the owner is looking at. A plan built in memory whose current name matches
    /// none falls back to its first scenario; a loaded plan always matches (validation).
    pub fn current(&self) -> Option<&Scenario> {
        self.scenario(&self.current_scenario).or_else(|| self.scenarios.first())
    }

    /// The current scenario, made if the plan has none, so that a choice always has a home.
    pub fn current_mut(&mut self) -> &mut Scenario {
        let index = match self.scenarios.iter().position(|s| s.name == self.current_scenario) {
            Some(i) => i,
            None if !self.scenarios.is_empty() => 0,
            None => {
                self.scenarios.push(Scenario::new(Scenario::first_name(self.language)));
                0
            }
        };
        &mut self.scenarios[index]
    }

    /// The current scenario's choices: what the cost, the advice and the summary are about.
    pub fn current_choices(&self) -> &[Choice] {
        self.current().map_or(&[], |s| s.choices.as_slice())
    }

    pub fn current_choices_mut(&mut self) -> &mut Vec<Choice> {
        &mut self.current_mut().choices
    }

    /// The current choices to edit while reading the custom platforms (disjoint fields).
    pub fn current_choices_and_custom_mut(&mut self) -> (&mut Vec<Choice>, &[Platform]) {
        self.current_mut();
        let index = self.scenarios.iter().position(|s| s.name == self.current_scenario).unwrap_or(0);
        (&mut self.scenarios[index].choices, &self.custom_platforms)
    }

    /// Takes a platform out of the current scenario; choices that adapted its posts make their own.
    pub fn remove_choice(&mut self, platform_id: &str) {
        let choices = self.current_choices_mut();
        choices.retain(|c| c.platform != platform_id);
        for c in choices.iter_mut() {
            if c.reuse_from.as_deref() == Some(platform_id) {
                c.reuse_from = None;
            }
        }
    }

    /// Takes a platform out of every scenario (a custom platform the owner deleted).
    pub fn forget_platform(&mut self, platform_id: &str) {
        for scenario in &mut self.scenarios {
            scenario.choices.retain(|c| c.platform != platform_id);
            for c in &mut scenario.choices {
                if c.reuse_from.as_deref() == Some(platform_id) {
                    c.reuse_from = None;
                }
            }
        }
    }

    /// Makes the scenario called `name` the current one, its name written as the owner would
    /// take for the same (`rules::same_name`: "my plan" is "My plan"); refused, with the names
    /// there are, when the plan has none of that name.
    pub fn select_scenario(&mut self, name: &str) -> Result<(), Broken> {
        let Some(found) = self.scenarios.iter().find(|s| rules::same_name(&s.name, name)) else {
            let known = self.scenarios.iter().map(|s| s.name.clone()).collect();
            return Err(Broken::UnknownScenario { name: name.to_owned(), known });
        };
        self.current_scenario = found.name.clone();
        Ok(())
    }

    /// The hours a week the current scenario may take: its own, or the plan's.
    pub fn budget_hours(&self) -> f64 {
        self.current().and_then(|s| s.weekly_hours).unwrap_or(self.time.weekly_budget_hours)
    }

    /// A copy of the plan whose current scenario is `scenario`: to cost or advise on one
    /// scenario of several with the functions that work on the current one.
    pub fn with_current(&self, name: &str) -> Option<Plan> {
        self.scenario(name)?;
        let mut plan = self.clone();
        plan.current_scenario = name.to_owned();
        Some(plan)
    }

    /// What customers expect on the platform, in this business's opening hours
    /// (`Promise::expected`): the fastest a plan need answer there.
    pub fn expected_promise(&self, platform: &Platform) -> Promise {
        Promise::expected(platform.figures.expected_response_hours, self.time.open_hours_per_day())
    }

    /// Whether `promise` answers on the platform at least as fast as its customers expect.
    pub fn meets_expectation(&self, promise: Promise, platform: &Platform) -> bool {
        promise.meets(platform.figures.expected_response_hours, self.time.open_hours_per_day())
    }

    /// The platform as it comes when the owner chooses it: the catalogue's figures, answering
    /// as fast as its customers expect, in this business's hours.
    pub fn new_choice(&self, platform: &Platform) -> Choice {
        Choice { promise: self.expected_promise(platform), ..Choice::with_defaults(platform) }
    }

    pub fn choice(&self, platform_id: &str) -> Option<&Choice> {
        self.current_choices().iter().find(|c| c.platform == platform_id)
    }

    pub fn is_chosen(&self, platform_id: &str) -> bool {
        self.choice(platform_id).is_some()
    }

    pub fn has_goal(&self, goal: Goal) -> bool {
        self.audience.goals.contains(&goal)
    }
}

impl Plan {
    /// Every platform the plan can use: the catalogue's, then the owner's own.
    pub fn platforms<'a>(&'a self, catalogue: &'a Catalogue) -> impl Iterator<Item = &'a Platform> {
        catalogue.platforms.iter().chain(self.custom_platforms.iter())
    }

    /// A platform by id, in the plan's custom platforms or the catalogue.
    pub fn platform<'a>(&'a self, catalogue: &'a Catalogue, id: &str) -> Option<&'a Platform> {
        self.custom_platforms.iter().find(|p| p.id == id).or_else(|| catalogue.get(id))
    }
}

impl Plan {
    /// An id no scenario of this plan has, nor had in an exported calendar: a deleted
    /// scenario's events must not be taken for a new one's.
    pub fn free_scenario_id(&self) -> ScenarioId {
        let used = |id: &ScenarioId| {
            self.scenarios.iter().any(|s| &s.id == id)
                || self.calendar.events.iter().any(|e| &e.scenario == id)
        };
        (1..).map(|n| ScenarioId::nth(&self.id, n)).find(|id| !used(id)).unwrap_or_default()
    }

    /// Gives every scenario without an id its own (a plan built in memory, a fitted proposal).
    pub fn give_missing_ids(&mut self) {
        if self.id.is_empty() {
            self.id = PlanId::random();
        }
        for i in 0..self.scenarios.len() {
            if self.scenarios[i].id.is_empty() {
                self.scenarios[i].id = self.free_scenario_id();
            }
        }
    }
}

/// Format 2 had no ids, and a hand-written file may leave them out: the plan's comes from the
/// file's bytes (the same file, the same ids), each scenario's from it. Saved at the next save;
/// the `.bak` keeps the old bytes.
pub fn migrate_ids(plan: &mut Plan, text: &str) {
    if plan.id.is_empty() {
        plan.id = PlanId::of_text(text);
    }
    plan.give_missing_ids();
}
