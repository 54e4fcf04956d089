//! The starter ideas the program offers before the owner has written any: a table per kind of
//! business (`assets/ideas.ron`, in French and English), and how a business's sector text
//! finds its kind (docs/method.md, "What to post").

use std::sync::OnceLock;

use serde::Deserialize;

use super::ideas::IdeaKind;
use super::language::Language;

const BUILT_IN: &str = include_str!("../../../../assets/ideas.ron");

/// The kind the program falls back on when no keyword matches.
pub const GENERIC: &str = "generic";

/// Every kind of business with its starter ideas.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StarterIdeas {
    pub version: u32,
    /// What the product's name replaces in an idea: `{product}`.
    pub placeholder: String,
    pub businesses: Vec<BusinessKind>,
}

/// One kind of business: its names, the words its owners write in their sector, and four
/// lists of ideas as (French, English) pairs.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BusinessKind {
    pub id: String,
    pub name_fr: String,
    pub name_en: String,
    pub keywords_fr: Vec<String>,
    pub keywords_en: Vec<String>,
    pub useful: Vec<(String, String)>,
    pub important: Vec<(String, String)>,
    pub fun: Vec<(String, String)>,
    pub offer: Vec<(String, String)>,
}

impl BusinessKind {
    /// Its name in `lang`: the table is written in French and English, and any other
    /// language reads the English, as the catalogue's texts do.
    pub fn name(&self, lang: Language) -> &str {
        if lang == Language::Fr { &self.name_fr } else { &self.name_en }
    }

    /// The ideas of one kind, in `lang` (French, or English for any other language).
    pub fn ideas(&self, kind: IdeaKind, lang: Language) -> impl Iterator<Item = &str> {
        let list = match kind {
            IdeaKind::Useful => &self.useful,
            IdeaKind::Important => &self.important,
            IdeaKind::Fun => &self.fun,
            IdeaKind::Offer => &self.offer,
        };
        list.iter().map(move |(fr, en)| if lang == Language::Fr { fr.as_str() } else { en.as_str() })
    }
}

impl StarterIdeas {
    pub fn built_in() -> &'static StarterIdeas {
        static IDEAS: OnceLock<StarterIdeas> = OnceLock::new();
        IDEAS.get_or_init(|| match StarterIdeas::parse(BUILT_IN) {
            Ok(ideas) => ideas,
            // Only a broken build can reach this: the test `built_in_ideas_parse` guards it.
            Err(e) => panic!("assets/ideas.ron is broken: {e}"),
        })
    }

    pub fn parse(text: &str) -> Result<StarterIdeas, ron::error::SpannedError> {
        ron::Options::default().from_str(text)
    }

    pub fn get(&self, id: &str) -> Option<&BusinessKind> {
        self.businesses.iter().find(|b| b.id == id)
    }

    /// The fallback kind, "any business" (the table's last).
    pub fn generic(&self) -> &BusinessKind {
        self.get(GENERIC).or(self.businesses.last()).unwrap_or_else(|| unreachable_table())
    }

    /// The kind of business a sector text describes: each kind scores the total length of its
    /// distinct keywords found in the text as whole phrases (capitals, accents and punctuation
    /// aside, the last word perhaps with a plural -s or -x), so the longer, more specific
    /// phrase wins ("brasserie artisanale" over "brasserie"); ties go to the kind listed first;
    /// nothing found gives "any business".
    pub fn kind_of(&self, sector: &str) -> &BusinessKind {
        let text = plain(sector);
        let mut best: Option<(&BusinessKind, usize)> = None;
        for kind in &self.businesses {
            let mut seen: Vec<String> = Vec::new();
            let mut score = 0;
            for keyword in kind.keywords_fr.iter().chain(&kind.keywords_en) {
                let k = plain(keyword);
                let k = k.trim();
                if k.is_empty() || seen.iter().any(|s| s == k) {
                    continue;
                }
                if ["", "s", "x"].iter().any(|end| text.contains(&format!(" {k}{end} "))) {
                    score += k.len();
                }
                seen.push(k.to_owned());
            }
            if score > 0 && best.is_none_or(|(_, b)| score > b) {
                best = Some((kind, score));
            }
        }
        best.map_or_else(|| self.generic(), |(kind, _)| kind)
    }
}

/// The table is compiled in and checked by a test; an empty one cannot ship.
fn unreachable_table() -> ! {
    panic!("assets/ideas.ron has no kind of business")
}

/// Lower case, without accents, every run of other characters one space, with a space at
/// each end: whole phrases are found by looking for " phrase ".
fn plain(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::from(" ");
    for c in text
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
    {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_ideas_parse() {
        let ideas = StarterIdeas::parse(BUILT_IN).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(ideas.placeholder, "{product}");
        assert_eq!(ideas.businesses.last().map(|b| b.id.as_str()), Some(GENERIC));
    }

    #[test]
    fn every_kind_of_business_has_ideas_of_every_kind_in_both_languages() {
        let ideas = StarterIdeas::built_in();
        assert!(ideas.businesses.len() >= 16);
        for business in &ideas.businesses {
            for kind in IdeaKind::ALL {
                for lang in [Language::Fr, Language::En] {
                    let list: Vec<&str> = business.ideas(kind, lang).collect();
                    assert!(list.len() >= 5, "{} {kind:?} {lang:?}", business.id);
                    assert!(list.iter().all(|i| !i.trim().is_empty() && i.chars().count() <= 80));
                }
            }
            // Written in each language, not left in the other.
            assert!(business.useful.iter().any(|(fr, en)| fr != en), "{}", business.id);
        }
    }

    /// The examples the kinds were written for (the sector texts of the example plans, and
    /// the traps a naive match would fall into).
    #[test]
    fn a_sector_text_finds_its_kind_of_business() {
        let ideas = StarterIdeas::built_in();
        for (sector, kind) in [
            ("Boulangerie-pâtisserie", "food_shop"),
            ("Accounting and payroll", "b2b_services"),
            ("Menuiserie, agencement", "crafts_trades"),
            ("Fleuriste", "florist"),
            ("Bar à cocktails et soirées DJ", "bar_nightlife"),
            ("Usinage de précision et visserie", "industry"),
            ("Agence d'intérim et recrutement", "recruitment"),
            ("Brasserie artisanale", "drinks_producer"),
            ("Brasserie (restaurant)", "restaurant_cafe"),
            ("Bar à ongles", "hair_beauty"),
            ("Studio de yoga", "health_wellbeing"),
            ("Wine bar", "bar_nightlife"),
            ("Cave à fromages", "food_shop"),
            ("Agence immobilière", GENERIC),
            ("", GENERIC),
        ] {
            assert_eq!(ideas.kind_of(sector).id, kind, "{sector:?}");
        }
    }
}
