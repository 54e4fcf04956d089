//! The country whose public holidays and trade moments the plan's year shows (format 5,
//! `country:` in a file). A new plan takes it from the system's locale (docs/method.md, "The
//! year's seasons", gives the rule).

use serde::{Deserialize, Serialize};

use super::language::Language;
use crate::locale::Sentence as S;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Country {
    Fr,
    Be,
    Ch,
    Ca,
    /// The United Kingdom (its ISO 3166 code).
    Gb,
    Us,
}

impl Country {
    pub const ALL: [Country; 6] =
        [Country::Fr, Country::Be, Country::Ch, Country::Ca, Country::Gb, Country::Us];

    pub fn label(self, lang: Language) -> &'static str {
        lang.word(match self {
            Country::Fr => S::CountryFr,
            Country::Be => S::CountryBe,
            Country::Ch => S::CountryCh,
            Country::Ca => S::CountryCa,
            Country::Gb => S::CountryGb,
            Country::Us => S::CountryUs,
        })
    }

    /// Whether its people's use of each platform is read from the French figures rather than
    /// the United States' (docs/method.md): France, and its neighbours Belgium and Switzerland,
    /// whose use is closer to France's (WhatsApp, for one) than to the United States'.
    pub fn measured_as_france(self) -> bool {
        matches!(self, Country::Fr | Country::Be | Country::Ch)
    }

    /// The country of the system's locale: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// that is set and not empty.
    pub fn of_system() -> Country {
        let var = |name: &str| std::env::var(name).ok();
        Country::from_locale_vars([var("LC_ALL"), var("LC_MESSAGES"), var("LANG")])
    }

    pub fn from_locale_vars(vars: [Option<String>; 3]) -> Country {
        let locale = vars.into_iter().flatten().find(|v| !v.is_empty()).unwrap_or_default();
        Country::from_locale(&locale)
    }

    /// `fr_BE.UTF-8` is Belgium: the territory when it is one of the six; otherwise the
    /// language: French is France, Dutch Belgium, German and Italian Switzerland, English of
    /// another territory (Ireland, Australia, India…) the United Kingdom; anything else,
    /// English alone and the C locale the United States.
    pub fn from_locale(locale: &str) -> Country {
        let name = locale.split(['.', '@']).next().unwrap_or_default();
        let mut parts = name.split(['_', '-']);
        let language = parts.next().unwrap_or_default().to_ascii_lowercase();
        let territory = parts.next().map(str::to_ascii_uppercase);
        let known = match territory.as_deref() {
            Some("FR") => Some(Country::Fr),
            Some("BE") => Some(Country::Be),
            Some("CH") => Some(Country::Ch),
            Some("CA") => Some(Country::Ca),
            Some("GB" | "UK") => Some(Country::Gb),
            Some("US") => Some(Country::Us),
            _ => None,
        };
        known.unwrap_or(match (language.as_str(), territory.is_some()) {
            ("fr", _) => Country::Fr,
            ("nl", _) => Country::Be,
            ("de" | "it" | "rm", _) => Country::Ch,
            ("en", true) => Country::Gb,
            _ => Country::Us,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_locale_names_the_country_by_territory_then_language() {
        for (locale, country) in [
            ("fr_BE.UTF-8", Country::Be),
            ("fr_FR.UTF-8", Country::Fr),
            ("fr_CA", Country::Ca),
            ("de_CH.UTF-8@euro", Country::Ch),
            ("en_GB.UTF-8", Country::Gb),
            ("en_US", Country::Us),
            ("en-CA", Country::Ca),
            ("fr_LU.UTF-8", Country::Fr),
            ("nl_NL", Country::Be),
            ("en_IE.UTF-8", Country::Gb),
            ("en", Country::Us),
            ("C", Country::Us),
            ("C.UTF-8", Country::Us),
            ("", Country::Us),
            ("ja_JP", Country::Us),
        ] {
            assert_eq!(Country::from_locale(locale), country, "{locale}");
        }
    }

    #[test]
    fn the_first_variable_set_wins() {
        let s = |v: &str| Some(v.to_owned());
        assert_eq!(Country::from_locale_vars([None, s("fr_CH.UTF-8"), s("en_US")]), Country::Ch);
        assert_eq!(Country::from_locale_vars([s(""), None, s("en_GB")]), Country::Gb);
        assert_eq!(Country::from_locale_vars([s("C"), s("fr_FR"), None]), Country::Us);
    }
}
