//! The platform catalogue: every social network the program knows, where it sits on the map,
//! what it is good for, and the default figures of the time-cost model with their sources.
//!
//! The catalogue ships in `assets/platforms.ron`, compiled into the binary so the program runs
//! from anywhere. A plan's custom platforms use the same shape; all but the id, name and place
//! on the map may be left out, and then take the generic defaults below.

use std::sync::OnceLock;

use std::collections::BTreeMap;

use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::audience::{Presence, Purpose};
use super::cadence::Cadence;
use super::goal::Goal;
use super::language::Language;
use super::post_format::PostFormat;
use super::rules;

/// A format other than the platform's own keeps this share of a post's value (estimate).
pub const OTHER_FORMAT_VALUE: f64 = 0.85;
/// Text alone, for a business whose products are seen more than told, keeps about half:
/// consumers rate text posts engaging half as often as images (Sprout 2023: 32 % against 61 %).
pub const TEXT_FOR_VISUAL_VALUE: f64 = 0.5;
/// Products at least this far towards the visual end make a visual business.
pub const VISUAL_BUSINESS: f64 = 0.6;

/// A text in the languages it is written in, `(fr: "…", en: "…")` in a file: one field per
/// language code, so that a new language is one more field in the catalogue, read here with no
/// change (docs/words.md). Any language may be left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Localized(BTreeMap<Language, String>);

impl Localized {
    pub fn new<T: Into<String>>(texts: impl IntoIterator<Item = (Language, T)>) -> Localized {
        Localized(texts.into_iter().map(|(language, text)| (language, text.into())).collect())
    }

    /// The text in `language`; a text not written in it shows in English, else in the first
    /// language it has (a custom platform may be described in one language only).
    pub fn get(&self, language: Language) -> &str {
        [language, Language::En]
            .into_iter()
            .filter_map(|l| self.text(l))
            .chain(self.0.values().map(String::as_str).filter(|t| !t.is_empty()))
            .next()
            .unwrap_or_default()
    }

    /// The text as written in `language`, if it is.
    pub fn text(&self, language: Language) -> Option<&str> {
        self.0.get(&language).map(String::as_str).filter(|t| !t.is_empty())
    }

    pub fn is_empty(&self) -> bool {
        self.0.values().all(String::is_empty)
    }
}

/// Every language a user can choose is written, empty or not, as the file has always read;
/// another only when it has a text.
impl Serialize for Localized {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let written: Vec<(Language, &str)> = Language::READABLE
            .iter()
            .filter_map(|&l| match self.0.get(&l) {
                Some(text) => Some((l, text.as_str())),
                None => Language::ALL.contains(&l).then_some((l, "")),
            })
            .collect();
        let mut fields = s.serialize_struct("Localized", written.len())?;
        for (language, text) in written {
            fields.serialize_field(language.code(), text)?;
        }
        fields.end()
    }
}

impl<'de> Deserialize<'de> for Localized {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Localized, D::Error> {
        struct Texts;
        impl<'de> Visitor<'de> for Texts {
            type Value = Localized;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a text per language, as (fr: \"…\", en: \"…\")")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Localized, A::Error> {
                let mut texts = BTreeMap::new();
                while let Some(code) = map.next_key::<String>()? {
                    let Some(language) = Language::from_code(&code) else {
                        return Err(de::Error::unknown_field(&code, Language::CODES));
                    };
                    if texts.insert(language, map.next_value::<String>()?).is_some() {
                        return Err(de::Error::duplicate_field(language.code()));
                    }
                }
                Ok(Localized(texts))
            }
        }
        d.deserialize_struct("Localized", Language::CODES, Texts)
    }
}

/// How well a platform serves each goal, from 0 (not at all) to 1 (its main use).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoalFit {
    #[serde(deserialize_with = "rules::de_share")]
    pub notoriety: f64,
    #[serde(deserialize_with = "rules::de_share")]
    pub sales: f64,
    #[serde(deserialize_with = "rules::de_share")]
    pub customer_service: f64,
    #[serde(deserialize_with = "rules::de_share")]
    pub recruiting: f64,
}

impl Default for GoalFit {
    fn default() -> Self {
        GoalFit { notoriety: 0.5, sales: 0.3, customer_service: 0.5, recruiting: 0.3 }
    }
}

impl GoalFit {
    /// A platform serves a goal well from this goal fit on (docs/method.md).
    pub const SERVES_WELL: f64 = 0.6;
    /// The ranking's reason calls a platform strong for a goal from this goal fit on, above
    /// serving it well (docs/method.md, "The reason").
    pub const STRONG: f64 = 0.8;
    /// …and weak for it up to this one.
    pub const WEAK: f64 = 0.2;

    /// Whether the platform serves `goal` well: what the fit and the advice count as a goal
    /// covered.
    pub fn serves_well(&self, goal: Goal) -> bool {
        self.for_goal(goal) >= GoalFit::SERVES_WELL
    }

    pub fn for_goal(&self, goal: Goal) -> f64 {
        match goal {
            Goal::Notoriety => self.notoriety,
            Goal::Sales => self.sales,
            Goal::CustomerService => self.customer_service,
            Goal::Recruiting => self.recruiting,
        }
    }
}

/// Minutes to make one post, by format.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormatMinutes {
    #[serde(deserialize_with = "rules::de_minutes")]
    pub text: f64,
    #[serde(deserialize_with = "rules::de_minutes")]
    pub image: f64,
    #[serde(deserialize_with = "rules::de_minutes")]
    pub short_video: f64,
    #[serde(deserialize_with = "rules::de_minutes")]
    pub long_video: f64,
}

impl Default for FormatMinutes {
    /// figures.md, "Time to make one post" (inference from thin evidence).
    fn default() -> Self {
        FormatMinutes { text: 15.0, image: 40.0, short_video: 100.0, long_video: 300.0 }
    }
}

/// Minutes to adapt a post made for another platform (reframe, rewrite the caption, re-cut),
/// by format: an estimate, a quarter or less of making it (docs/method.md).
pub fn default_adaptation_minutes() -> FormatMinutes {
    FormatMinutes { text: 5.0, image: 8.0, short_video: 20.0, long_video: 45.0 }
}

impl FormatMinutes {
    pub fn for_format(&self, format: PostFormat) -> f64 {
        match format {
            PostFormat::Text => self.text,
            PostFormat::Image => self.image,
            PostFormat::ShortVideo => self.short_video,
            PostFormat::LongVideo => self.long_video,
        }
    }
}

/// What keeps an account alive, the least cadence the program plans there (docs/method.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Alive {
    /// A feed: at least a post a week, or it looks abandoned.
    Feed,
    /// A channel of long pieces (videos, a newsletter): at least one every four weeks.
    Channel,
    /// Messaging: alive while the messages are answered; posting is optional.
    Inbox,
}

impl Alive {
    /// The least cadence that keeps it alive.
    pub fn least(self) -> Cadence {
        match self {
            Alive::Feed => Cadence::weekly(1),
            Alive::Channel => Cadence::every(Cadence::MAX_EVERY_WEEKS),
            Alive::Inbox => Cadence::weekly(0),
        }
    }
}

/// The default figures of the time-cost model for one platform.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Figures {
    #[serde(deserialize_with = "rules::de_posts")]
    pub posts_per_week: f64,
    pub format: PostFormat,
    pub minutes_per_post: FormatMinutes,
    /// Messages and comments a small business can expect to answer each week.
    #[serde(deserialize_with = "rules::de_replies")]
    pub replies_per_week: f64,
    #[serde(deserialize_with = "rules::de_minutes")]
    pub minutes_per_reply: f64,
    /// One look at notifications, messages and mentions.
    #[serde(deserialize_with = "rules::de_minutes")]
    pub minutes_per_check: f64,
    #[serde(deserialize_with = "rules::de_minutes")]
    pub planning_minutes_per_week: f64,
    /// The answer time the platform's users expect.
    #[serde(deserialize_with = "rules::de_response_hours")]
    pub expected_response_hours: f64,
    /// Minutes to adapt a post of another chosen platform instead of making one.
    pub adaptation_minutes: FormatMinutes,
    /// Replies a week per 1,000 followers, when the choice gives its followers.
    #[serde(deserialize_with = "rules::de_replies")]
    pub replies_per_1000_followers: f64,
    /// Minutes to share a post of the same family's platform as it is (Instagram to
    /// Facebook: a switch).
    #[serde(deserialize_with = "rules::de_minutes")]
    pub share_minutes: f64,
    /// Minutes to make one Story, where the platform has them.
    #[serde(deserialize_with = "rules::de_minutes")]
    pub minutes_per_story: f64,
    /// What keeps an account there alive; without it, a feed when the published cadence is a
    /// post a week or more, else a channel.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alive: Option<Alive>,
}

impl Figures {
    /// The published cadence as a cadence a calendar shows.
    pub fn cadence(&self) -> Cadence {
        Cadence::nearest(self.posts_per_week)
    }

    /// What keeps an account alive there.
    pub fn alive(&self) -> Alive {
        self.alive.unwrap_or(if self.posts_per_week >= 1.0 { Alive::Feed } else { Alive::Channel })
    }
}

impl Default for Figures {
    /// Generic figures for a platform nobody has measured: the middle of the published ranges.
    fn default() -> Self {
        Figures {
            posts_per_week: 3.0,
            format: PostFormat::Image,
            minutes_per_post: FormatMinutes::default(),
            replies_per_week: 10.0,
            minutes_per_reply: 4.0,
            minutes_per_check: 5.0,
            planning_minutes_per_week: 15.0,
            expected_response_hours: 24.0,
            adaptation_minutes: default_adaptation_minutes(),
            replies_per_1000_followers: 3.6,
            share_minutes: 2.0,
            minutes_per_story: 10.0,
            alive: None,
        }
    }
}

/// Where one figure comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub figure: String,
    /// The publication, or "estimate" with the reasoning.
    pub source: String,
}

/// A social network: from the catalogue, or one the owner adds to the plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Platform {
    #[serde(deserialize_with = "rules::de_name")]
    pub id: String,
    #[serde(deserialize_with = "rules::de_name")]
    pub name: String,
    #[serde(deserialize_with = "rules::de_unit")]
    pub b2b: f64,
    #[serde(deserialize_with = "rules::de_unit")]
    pub visual: f64,
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub description: Localized,
    #[serde(default, skip_serializing_if = "Localized::is_empty")]
    pub good_for: Localized,
    /// Something the owner should know before investing time there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warning: Option<Localized>,
    #[serde(default)]
    pub goal_fit: GoalFit,
    /// How much brands really use it, 0 to 1: a network brands have left is a poor bet.
    #[serde(default = "one", deserialize_with = "rules::de_share")]
    pub brand_use: f64,
    #[serde(default)]
    pub figures: Figures,
    /// The post formats the platform takes (no image post on YouTube); all four by default.
    #[serde(default = "all_formats")]
    pub formats: Vec<PostFormat>,
    /// The inbox it is answered from with others (`"meta"`); alone when none.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_name")]
    pub inbox: Option<String>,
    /// How much local customers look for a business there, 0 to 1 (maps, reviews, neighbours'
    /// groups): what a plan of `Local` reach raises.
    #[serde(default, deserialize_with = "rules::de_share")]
    pub local: f64,
    /// Who uses it, by age band and kind of person.
    #[serde(default)]
    pub audience: Presence,
    /// What people go there for, the main reason first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub purposes: Vec<Purpose>,
    /// The platforms whose posts it shares as they are, with a switch (Meta's: Instagram to
    /// Facebook).
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_name")]
    pub family: Option<String>,
    /// It has Stories, which a choice may add to its posts.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub stories: bool,
    /// It sends no automatic reply to a message written outside opening hours (Google's chat
    /// closed in July 2024; LinkedIn pages, X…): no away message is proposed there.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_auto_reply: bool,
    /// What is answered there is customers' reviews, not messages (Google Business Profile,
    /// since its chat closed): its looks read the reviews and reply to each.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub answers_reviews: bool,
    /// How far a post of each format reaches, against one in the platform's own format (1):
    /// LinkedIn's company pages reach half as far with text alone. Without it, another format
    /// keeps 85 %.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format_reach: Option<FormatReach>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
}

/// How far a post of each format reaches, against the platform's own format.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormatReach {
    #[serde(deserialize_with = "rules::de_reach")]
    pub text: f64,
    #[serde(deserialize_with = "rules::de_reach")]
    pub image: f64,
    #[serde(deserialize_with = "rules::de_reach")]
    pub short_video: f64,
    #[serde(deserialize_with = "rules::de_reach")]
    pub long_video: f64,
}

impl FormatReach {
    pub fn for_format(&self, format: PostFormat) -> f64 {
        match format {
            PostFormat::Text => self.text,
            PostFormat::Image => self.image,
            PostFormat::ShortVideo => self.short_video,
            PostFormat::LongVideo => self.long_video,
        }
    }
}

fn all_formats() -> Vec<PostFormat> {
    PostFormat::ALL.to_vec()
}

fn one() -> f64 {
    1.0
}

impl Platform {
    /// A custom platform with generic figures, placed on the map.
    pub fn custom(id: impl Into<String>, name: impl Into<String>, b2b: f64, visual: f64) -> Platform {
        Platform {
            id: id.into(),
            name: name.into(),
            b2b,
            visual,
            description: Localized::default(),
            good_for: Localized::default(),
            warning: None,
            goal_fit: GoalFit::default(),
            brand_use: 1.0,
            figures: Figures::default(),
            formats: all_formats(),
            inbox: None,
            local: 0.0,
            audience: Presence::default(),
            purposes: Vec::new(),
            family: None,
            stories: false,
            no_auto_reply: false,
            answers_reviews: false,
            format_reach: None,
            sources: Vec::new(),
        }
    }

    pub fn takes(&self, format: PostFormat) -> bool {
        self.formats.contains(&format)
    }

    /// How much of its value a post in `format` keeps (docs/method.md, "Fit my week"), for a
    /// business whose products sit at `visual` on the map (0 text … 1 visual).
    pub fn format_value(&self, format: PostFormat, visual: f64) -> f64 {
        match &self.format_reach {
            Some(reach) => reach.for_format(format),
            None if format == self.figures.format => 1.0,
            None if format == PostFormat::Text && visual >= VISUAL_BUSINESS => TEXT_FOR_VISUAL_VALUE,
            None => OTHER_FORMAT_VALUE,
        }
    }

    /// Whether it can share `other`'s posts as they are (one family, such as Meta's).
    pub fn shares_with(&self, other: &Platform) -> bool {
        self.family.is_some() && self.family == other.family && self.id != other.id
    }
}

/// An inbox several platforms are answered from, such as Meta Business Suite's.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Inbox {
    pub id: String,
    pub name: Localized,
    /// Minutes each look takes for each platform beyond the first.
    #[serde(deserialize_with = "rules::de_minutes")]
    pub extra_minutes_per_platform: f64,
    pub source: String,
}

/// All the platforms the program knows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    pub inboxes: Vec<Inbox>,
    pub platforms: Vec<Platform>,
}

const BUILT_IN: &str = include_str!("../../../../assets/platforms.ron");

impl Catalogue {
    /// The catalogue compiled into the program. Its file is checked by a test, so it parses.
    pub fn built_in() -> &'static Catalogue {
        static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
        CATALOGUE.get_or_init(|| match Catalogue::parse(BUILT_IN) {
            Ok(catalogue) => catalogue,
            // Only a broken build can reach this: the test `built_in_catalogue_parses` guards it.
            Err(e) => panic!("assets/platforms.ron is broken: {e}"),
        })
    }

    pub fn parse(text: &str) -> Result<Catalogue, ron::error::SpannedError> {
        ron::Options::default().from_str(text)
    }

    pub fn get(&self, id: &str) -> Option<&Platform> {
        self.platforms.iter().find(|p| p.id == id)
    }

    pub fn inbox(&self, id: &str) -> Option<&Inbox> {
        self.inboxes.iter().find(|i| i.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_catalogue_parses() {
        let catalogue = Catalogue::parse(BUILT_IN).unwrap_or_else(|e| panic!("{e}"));
        assert!(catalogue.platforms.len() >= 12);
    }

    #[test]
    fn catalogue_has_the_platforms_the_method_names_with_sources() {
        let catalogue = Catalogue::built_in();
        for id in [
            "facebook",
            "instagram",
            "x",
            "linkedin",
            "viadeo",
            "pinterest",
            "tumblr",
            "tiktok",
            "youtube",
            "threads",
            "bluesky",
            "mastodon",
        ] {
            let p = catalogue.get(id).unwrap_or_else(|| panic!("{id} missing"));
            for language in Language::ALL {
                assert!(p.description.text(language).is_some(), "{id}");
                assert!(p.good_for.text(language).is_some(), "{id}");
            }
            assert!(!p.sources.is_empty(), "{id} names no source");
        }
        let mut ids: Vec<_> = catalogue.platforms.iter().map(|p| &p.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), catalogue.platforms.len(), "duplicate ids");
    }

    #[test]
    fn the_method_shows_in_the_catalogue() {
        let c = Catalogue::built_in();
        let get = |id| c.get(id).unwrap_or_else(|| panic!("{id}"));
        // Facebook: consumers; LinkedIn and Viadeo: businesses and recruiting.
        assert!(get("facebook").b2b < 0.4);
        assert!(get("linkedin").b2b > 0.7 && get("viadeo").b2b > 0.7);
        assert!(get("linkedin").goal_fit.recruiting > 0.8);
        // Pinterest: product photos; X: short text.
        assert!(get("pinterest").visual > 0.8 && get("x").visual < 0.4);
        assert!(get("x").description.get(Language::En).contains("280"));
        // Tumblr little used by brands; Viadeo a legacy, France-only network.
        assert!(get("tumblr").brand_use < 0.5 && get("tumblr").warning.is_some());
        let viadeo = get("viadeo").warning.as_ref().map(|w| w.get(Language::En)).unwrap_or_default();
        assert!(viadeo.contains("France"), "{viadeo}");
    }

    #[test]
    fn a_custom_platform_needs_only_a_name_and_a_place() {
        let p: Platform =
            ron::from_str(r#"(id: "forum", name: "Local forum", b2b: 0.2, visual: 0.1)"#).unwrap();
        assert_eq!(p.figures, Figures::default());
        assert_eq!(p.brand_use, 1.0);
    }

    #[test]
    fn localized_falls_back_to_the_other_language() {
        let t = Localized::new([(Language::Fr, ""), (Language::En, "only English")]);
        assert_eq!(t.get(Language::Fr), "only English");
        let t = Localized::new([(Language::Fr, "seulement en français")]);
        assert_eq!(t.get(Language::En), "seulement en français");
        assert_eq!(Localized::default().get(Language::En), "");
    }

    #[test]
    fn localized_texts_are_read_and_written_as_one_field_per_language() {
        let t: Localized = ron::from_str(r#"(fr: "Bonjour", en: "Hello")"#).unwrap();
        assert_eq!((t.get(Language::Fr), t.get(Language::En)), ("Bonjour", "Hello"));
        assert_eq!(ron::to_string(&t).unwrap(), r#"(fr:"Bonjour",en:"Hello")"#);
        // Only English: French is still written, empty, as files have always had it.
        let t: Localized = ron::from_str(r#"(en: "Hello")"#).unwrap();
        assert_eq!(ron::to_string(&t).unwrap(), r#"(fr:"",en:"Hello")"#);
        let unknown = ron::from_str::<Localized>(r#"(fr: "a", it: "b")"#).unwrap_err().to_string();
        assert!(unknown.contains("it"), "{unknown}");
        assert!(ron::from_str::<Localized>(r#"(fr: "a", fr: "b")"#).is_err());
    }
}
