//! A plan's language as written in its file: `"fr"` or `"en"`. The language itself, its words
//! and its numbers are the locale's (`crate::locale`).

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::broken::Broken;
pub use crate::locale::Language;

impl TryFrom<String> for Language {
    type Error = Broken;

    fn try_from(code: String) -> Result<Self, Self::Error> {
        Language::from_code(&code).ok_or(Broken::UnknownLanguage { code })
    }
}

/// Read by hand rather than with `try_from`, so that a refused code keeps its kind.
impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Language, D::Error> {
        Language::try_from(String::deserialize(d)?).map_err(Broken::refuse)
    }
}

/// Written as its code, so that a hand-written file reads naturally.
impl Serialize for Language {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl From<Language> for String {
    fn from(language: Language) -> String {
        language.code().to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_picks_french_only_for_french() {
        assert_eq!(Language::from_locale("fr_FR.UTF-8"), Language::Fr);
        assert_eq!(Language::from_locale("fr-CA"), Language::Fr);
        assert_eq!(Language::from_locale("en_GB"), Language::En);
        assert_eq!(Language::from_locale("de_DE"), Language::En);
        assert_eq!(Language::from_locale(""), Language::En);
    }

    #[test]
    fn codes_round_trip_and_unknown_codes_are_refused() {
        for language in Language::ALL {
            assert_eq!(Language::try_from(String::from(language)), Ok(language));
        }
        assert!(Language::try_from("it".to_owned()).is_err());
    }
}
