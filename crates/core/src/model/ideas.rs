//! What the owner posts about: the ideas kept in the plan, each of one of the source text's
//! three kinds (useful, important, fun) or an offer, for one product or any (docs/method.md,
//! "What to post"). Plan format 4; a plan without ideas uses the starter ideas of its kind of
//! business (`super::starter_ideas`).

use serde::{Deserialize, Serialize};

use super::broken::Broken;
use super::language::Language;
use super::rules;
use super::starter_ideas::{BusinessKind, StarterIdeas};
use crate::locale::Sentence as S;

/// Why a customer would pass a post on (useful, important, fun), or an offer that sells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum IdeaKind {
    /// A tip, a how-to, a question customers ask.
    Useful,
    /// News, a change, an event.
    Important,
    /// Behind the scenes, a story, a smile.
    Fun,
    /// A direct sale: at most about one post in five.
    Offer,
}

impl IdeaKind {
    pub const ALL: [IdeaKind; 4] = [IdeaKind::Useful, IdeaKind::Important, IdeaKind::Fun, IdeaKind::Offer];

    /// "useful", "offer": as a week's line says it, before the idea.
    pub fn word(self, lang: Language) -> &'static str {
        lang.word(match self {
            IdeaKind::Useful => S::IdeaUseful,
            IdeaKind::Important => S::IdeaImportant,
            IdeaKind::Fun => S::IdeaFun,
            IdeaKind::Offer => S::IdeaOffer,
        })
    }

    /// The code a table writes: `useful`, `important`, `fun`, `offer`.
    pub fn code(self) -> &'static str {
        match self {
            IdeaKind::Useful => "useful",
            IdeaKind::Important => "important",
            IdeaKind::Fun => "fun",
            IdeaKind::Offer => "offer",
        }
    }
}

/// One idea the owner keeps: written by them or kept from the starter ideas.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Idea {
    pub kind: IdeaKind,
    /// What to post; `{product}` becomes the product's name.
    #[serde(deserialize_with = "rules::de_idea")]
    pub text: String,
    /// The product it is about; none: any product.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_name")]
    pub product: Option<String>,
}

impl Idea {
    pub fn new(kind: IdeaKind, text: impl Into<String>) -> Idea {
        Idea { kind, text: text.into(), product: None }
    }

    pub fn for_product(&self, product: &str) -> bool {
        self.product.as_deref().is_none_or(|p| rules::same_name(p, product))
    }
}

/// The plan's own answer to "what do I post?": its kind of business and its ideas.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Content {
    /// The kind of business whose starter ideas the plan uses, chosen by the owner; without
    /// it, the one the business's sector text finds.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_id")]
    pub business_kind: Option<String>,
    /// The owner's ideas; none: the starter ideas of the kind of business.
    #[serde(skip_serializing_if = "Vec::is_empty", deserialize_with = "rules::de_ideas")]
    pub ideas: Vec<Idea>,
}

impl Content {
    pub fn is_empty(&self) -> bool {
        *self == Content::default()
    }

    /// The kind of business the plan's starter ideas come from: the owner's choice when the
    /// table knows it, otherwise the one `sector` describes.
    pub fn kind_of_business<'a>(&self, starters: &'a StarterIdeas, sector: &str) -> &'a BusinessKind {
        self.business_kind
            .as_deref()
            .and_then(|id| starters.get(id))
            .unwrap_or_else(|| starters.kind_of(sector))
    }

    /// The starter ideas of a kind of business in `lang`, as ideas the plan can keep.
    pub fn starters(business: &BusinessKind, lang: Language) -> Vec<Idea> {
        IdeaKind::ALL
            .into_iter()
            .flat_map(|kind| business.ideas(kind, lang).map(move |text| Idea::new(kind, text)))
            .collect()
    }
}

/// The window's edits of what to post (the others are in `super::edits`).
impl super::plan::Plan {
    /// The kind of business whose starter ideas the plan uses.
    pub fn set_business_kind(&mut self, id: &str) {
        self.content.business_kind = Some(id.to_owned());
    }

    /// The starter ideas of the plan's kind of business become the plan's own, to edit: only
    /// while it has none of its own (false otherwise, nothing changed).
    pub fn keep_starter_ideas(&mut self) -> bool {
        if !self.content.ideas.is_empty() {
            return false;
        }
        let business = self.content.kind_of_business(StarterIdeas::built_in(), &self.business.sector);
        self.content.ideas = Content::starters(business, self.language);
        true
    }

    /// A new idea at the end of the list, while the plan holds fewer than it may (false when full).
    pub fn add_idea(&mut self, idea: Idea) -> bool {
        if self.content.ideas.len() >= rules::MAX_IDEAS {
            return false;
        }
        self.content.ideas.push(idea);
        true
    }

    /// Removes the idea at `index` (nothing when there is none).
    pub fn remove_idea(&mut self, index: usize) {
        if index < self.content.ideas.len() {
            self.content.ideas.remove(index);
        }
    }
}

/// Each idea's text by the rule for ideas, and no more than the plan holds.
pub fn check_ideas(ideas: &[Idea]) -> Result<(), Broken> {
    if ideas.len() > rules::MAX_IDEAS {
        return Err(Broken::TooMany { count: ideas.len(), max: rules::MAX_IDEAS, what: super::Items::Ideas });
    }
    ideas.iter().try_for_each(|i| rules::idea(&i.text))
}
