//! A plan: one business's social-network strategy, saved as one RON file.

use serde::{Deserialize, Serialize};

use super::catalogue::{Catalogue, Platform};
use super::language::Language;
use super::rules;

/// The plan file format this program reads and writes. A file with a higher number was
/// written by a newer program and is refused, never loaded and saved back with fields lost.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename = "Plan", deny_unknown_fields)]
pub struct Plan {
    pub format_version: u32,
    pub business: Business,
    #[serde(default)]
    pub language: Language,
    #[serde(default)]
    pub products: Vec<Product>,
    #[serde(default)]
    pub audience: Audience,
    pub time: TimeAvailable,
    #[serde(default)]
    pub choices: Vec<Choice>,
    #[serde(default)]
    pub custom_platforms: Vec<Platform>,
    #[serde(default, deserialize_with = "rules::de_text")]
    pub notes: String,
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Goal {
    /// Being known: reputation spread by people who pass the word on.
    Notoriety,
    Sales,
    CustomerService,
    Recruiting,
}

impl Goal {
    pub const ALL: [Goal; 4] = [Goal::Notoriety, Goal::Sales, Goal::CustomerService, Goal::Recruiting];

    pub fn label(self, language: Language) -> &'static str {
        match self {
            Goal::Notoriety => language.pick("Notoriété", "Reputation"),
            Goal::Sales => language.pick("Ventes", "Sales"),
            Goal::CustomerService => language.pick("Service client", "Customer service"),
            Goal::Recruiting => language.pick("Recrutement", "Recruiting"),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Audience {
    #[serde(default, deserialize_with = "rules::de_text")]
    pub description: String,
    #[serde(default)]
    pub goals: Vec<Goal>,
}

/// The time the owner really has, and when the business is open (answers are expected then).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimeAvailable {
    #[serde(deserialize_with = "rules::de_weekly_hours")]
    pub weekly_budget_hours: f64,
    #[serde(deserialize_with = "rules::de_open_hours")]
    pub open_hours_per_day: f64,
    #[serde(deserialize_with = "rules::de_open_days")]
    pub open_days_per_week: u8,
}

impl Default for TimeAvailable {
    fn default() -> Self {
        TimeAvailable { weekly_budget_hours: 4.0, open_hours_per_day: 8.0, open_days_per_week: 5 }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PostFormat {
    Text,
    Image,
    ShortVideo,
    LongVideo,
}

impl PostFormat {
    pub const ALL: [PostFormat; 4] =
        [PostFormat::Text, PostFormat::Image, PostFormat::ShortVideo, PostFormat::LongVideo];

    pub fn label(self, language: Language) -> &'static str {
        match self {
            PostFormat::Text => language.pick("Texte", "Text"),
            PostFormat::Image => language.pick("Image", "Image"),
            PostFormat::ShortVideo => language.pick("Vidéo courte", "Short video"),
            PostFormat::LongVideo => language.pick("Vidéo longue", "Long video"),
        }
    }
}

/// A platform the owner keeps in the plan, with the cadence and answer time promised there.
/// The optional figures override the catalogue's defaults for this business.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// The id of a catalogue platform or of one of the plan's custom platforms.
    pub platform: String,
    #[serde(deserialize_with = "rules::de_posts")]
    pub posts_per_week: f64,
    pub format: PostFormat,
    /// Within how many hours (counted in opening hours) a question gets its answer.
    #[serde(deserialize_with = "rules::de_response_hours")]
    pub response_target_hours: f64,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_minutes")]
    pub minutes_per_post: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_replies")]
    pub replies_per_week: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_minutes")]
    pub planning_minutes_per_week: Option<f64>,
    /// Who watches and answers there.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_name")]
    pub responder: Option<String>,
}

impl Choice {
    /// A choice with the platform's own defaults.
    pub fn with_defaults(platform: &Platform) -> Choice {
        Choice {
            platform: platform.id.clone(),
            posts_per_week: platform.figures.posts_per_week,
            format: platform.figures.format,
            response_target_hours: platform.figures.expected_response_hours,
            minutes_per_post: None,
            replies_per_week: None,
            planning_minutes_per_week: None,
            responder: None,
        }
    }
}

impl Plan {
    /// An empty plan for a new business.
    pub fn new(name: impl Into<String>, language: Language) -> Plan {
        Plan {
            format_version: FORMAT_VERSION,
            business: Business { name: name.into(), ..Business::default() },
            language,
            products: Vec::new(),
            audience: Audience::default(),
            time: TimeAvailable::default(),
            choices: Vec::new(),
            custom_platforms: Vec::new(),
            notes: String::new(),
        }
    }

    pub fn choice(&self, platform_id: &str) -> Option<&Choice> {
        self.choices.iter().find(|c| c.platform == platform_id)
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
