//! Who the business talks to, and where those people are: the plan's audience (age bands, who
//! the customers are, the goals) and each platform's share of each band and kind of person,
//! with what people go there for.

use serde::{Deserialize, Serialize};

use super::goal::Goal;
use super::language::Language;
use super::rules;

use crate::locale::Sentence as S;

/// An age band, as Pew Research and Médiamétrie count them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AgeBand {
    /// 13 to 17: young customers, apprentices.
    Teens,
    From18To29,
    From30To49,
    From50To64,
    From65,
}

impl AgeBand {
    pub const ALL: [AgeBand; 5] =
        [AgeBand::Teens, AgeBand::From18To29, AgeBand::From30To49, AgeBand::From50To64, AgeBand::From65];
    /// Every adult: the default when a plan does not say.
    pub const ADULTS: [AgeBand; 4] =
        [AgeBand::From18To29, AgeBand::From30To49, AgeBand::From50To64, AgeBand::From65];

    pub fn label(self, lang: Language) -> &'static str {
        match self {
            AgeBand::Teens => lang.word(S::Ages13To17),
            AgeBand::From18To29 => lang.word(S::Ages18To29),
            AgeBand::From30To49 => lang.word(S::Ages30To49),
            AgeBand::From50To64 => lang.word(S::Ages50To64),
            AgeBand::From65 => lang.word(S::N65AndOver),
        }
    }

    /// Each band's share of the population, to weigh a platform's shares over several bands
    /// (US Census 2020s, rounded; France is close: estimate). Teens, a band of five years, weigh
    /// as much as a business aimed at them needs them to: about the youngest adults' band.
    pub fn weight(self) -> f64 {
        match self {
            AgeBand::Teens => 0.15,
            AgeBand::From18To29 => 0.20,
            AgeBand::From30To49 => 0.33,
            AgeBand::From50To64 => 0.25,
            AgeBand::From65 => 0.22,
        }
    }
}

/// Who the customers are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Customer {
    /// People buying for themselves.
    Consumers,
    /// People deciding a purchase for a business.
    BusinessBuyers,
    /// People the business wants to hire.
    JobSeekers,
}

impl Customer {
    pub const ALL: [Customer; 3] = [Customer::Consumers, Customer::BusinessBuyers, Customer::JobSeekers];

    pub fn label(self, lang: Language) -> &'static str {
        match self {
            Customer::Consumers => lang.word(S::ConsumersInSentence),
            Customer::BusinessBuyers => lang.word(S::BusinessBuyers),
            Customer::JobSeekers => lang.word(S::JobSeekers),
        }
    }
}

/// What people go to a platform for (Pew 2018 and 2024, BrightLocal 2025; docs/method.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Purpose {
    FriendsAndFamily,
    LocalPlaces,
    PlanningAPurchase,
    Entertainment,
    ProfessionalNews,
    FindingAJob,
    Reviews,
    AskingABusiness,
    News,
    Hobbies,
    HowTo,
}

impl Purpose {
    /// What people go there for, in the owner's words: "to discover local places".
    pub fn label(self, lang: Language) -> &'static str {
        match self {
            Purpose::FriendsAndFamily => lang.word(S::ToKeepUpWithFriends),
            Purpose::LocalPlaces => lang.word(S::ToFindLocalPlaces),
            Purpose::PlanningAPurchase => lang.word(S::ToPlanAPurchase),
            Purpose::Entertainment => lang.word(S::ToBeEntertained),
            Purpose::ProfessionalNews => lang.word(S::ForProfessionalNewsAndNetworking),
            Purpose::FindingAJob => lang.word(S::ToLookForAJob),
            Purpose::Reviews => lang.word(S::ToReadReviews),
            Purpose::AskingABusiness => lang.word(S::ToAskABusiness),
            Purpose::News => lang.word(S::ToFollowTheNews),
            Purpose::Hobbies => lang.word(S::ForHobbyCommunities),
            Purpose::HowTo => lang.word(S::ToLearnHowToDo),
        }
    }
}

/// The business's audience, and what it wants from social networks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Audience {
    #[serde(default, deserialize_with = "rules::de_text")]
    pub description: String,
    #[serde(default)]
    pub goals: Vec<Goal>,
    /// The age bands the customers are in (every adult by default).
    #[serde(default = "adults", deserialize_with = "rules::de_each_once")]
    pub ages: Vec<AgeBand>,
    /// Who the customers are. An older plan gets them from its products and goals.
    #[serde(default = "consumers", deserialize_with = "rules::de_each_once")]
    pub customers: Vec<Customer>,
}

fn adults() -> Vec<AgeBand> {
    AgeBand::ADULTS.to_vec()
}

fn consumers() -> Vec<Customer> {
    vec![Customer::Consumers]
}

impl Default for Audience {
    fn default() -> Self {
        Audience { description: String::new(), goals: Vec::new(), ages: adults(), customers: consumers() }
    }
}

impl Audience {
    /// Job seekers are part of the audience when the plan recruits or names them.
    pub fn recruits(&self) -> bool {
        self.goals.contains(&Goal::Recruiting) || self.customers.contains(&Customer::JobSeekers)
    }
}

/// The share of each age band and kind of person who use a platform (0 to 1). Shares of
/// people, not what a page reaches: they compare platforms with each other.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Presence {
    #[serde(deserialize_with = "rules::de_share")]
    pub teens: f64,
    #[serde(deserialize_with = "rules::de_share")]
    pub from_18_to_29: f64,
    #[serde(deserialize_with = "rules::de_share")]
    pub from_30_to_49: f64,
    #[serde(deserialize_with = "rules::de_share")]
    pub from_50_to_64: f64,
    #[serde(deserialize_with = "rules::de_share")]
    pub from_65: f64,
    /// People deciding business purchases, reachable there in a business frame of mind.
    #[serde(deserialize_with = "rules::de_share")]
    pub business_buyers: f64,
    /// Young people looking for work or an apprenticeship.
    #[serde(deserialize_with = "rules::de_share")]
    pub young_job_seekers: f64,
    /// Graduates and professionals looking for work.
    #[serde(deserialize_with = "rules::de_share")]
    pub graduate_job_seekers: f64,
    /// French internet users 16 to 64 who use it monthly, where published: a plan measured as
    /// France (`Country::measured_as_france`) scales the adult bands to it.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_share")]
    pub france: Option<f64>,
}

impl Default for Presence {
    /// A platform nobody has measured (the owner's own): half of everyone, so that it neither
    /// rises nor falls for where the audience is.
    fn default() -> Self {
        Presence {
            teens: 0.5,
            from_18_to_29: 0.5,
            from_30_to_49: 0.5,
            from_50_to_64: 0.5,
            from_65: 0.5,
            business_buyers: 0.5,
            young_job_seekers: 0.5,
            graduate_job_seekers: 0.5,
            france: None,
        }
    }
}

impl Presence {
    pub fn band(&self, band: AgeBand) -> f64 {
        match band {
            AgeBand::Teens => self.teens,
            AgeBand::From18To29 => self.from_18_to_29,
            AgeBand::From30To49 => self.from_30_to_49,
            AgeBand::From50To64 => self.from_50_to_64,
            AgeBand::From65 => self.from_65,
        }
    }

    /// The share of these age bands who use it, each band weighed by its population; for a
    /// plan measured as France, the adult bands scaled to the French figure where there is one
    /// (it counts internet users from 16 to 64, so it is set against the same bands here).
    pub fn of_ages(&self, ages: &[AgeBand], french: bool) -> f64 {
        const WORKING_AGE: [AgeBand; 3] = [AgeBand::From18To29, AgeBand::From30To49, AgeBand::From50To64];
        let scale = match (french, self.france) {
            (true, Some(fr)) => {
                let us: f64 = WORKING_AGE.iter().map(|b| b.weight() * self.band(*b)).sum::<f64>()
                    / WORKING_AGE.iter().map(|b| b.weight()).sum::<f64>();
                if us > 0.0 { fr / us } else { 1.0 }
            }
            _ => 1.0,
        };
        let ages: &[AgeBand] = if ages.is_empty() { &AgeBand::ADULTS } else { ages };
        let total: f64 = ages.iter().map(|b| b.weight()).sum();
        let share: f64 = ages
            .iter()
            .map(|b| {
                let s = if *b == AgeBand::Teens { self.band(*b) } else { self.band(*b) * scale };
                b.weight() * s.min(1.0)
            })
            .sum();
        share / total
    }

    /// Job seekers of these ages: the young ones for teens, graduates from 30, half and half
    /// in between.
    pub fn job_seekers(&self, ages: &[AgeBand]) -> f64 {
        let ages: &[AgeBand] = if ages.is_empty() { &AgeBand::ADULTS } else { ages };
        let each = |b: &AgeBand| match b {
            AgeBand::Teens => self.young_job_seekers,
            AgeBand::From18To29 => (self.young_job_seekers + self.graduate_job_seekers) / 2.0,
            _ => self.graduate_job_seekers,
        };
        ages.iter().map(each).sum::<f64>() / ages.len() as f64
    }
}
