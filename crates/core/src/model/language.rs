//! The language of the summary and of the reasons: French or English.

use serde::{Deserialize, Deserializer, Serialize};

use super::broken::Broken;

/// Written `"fr"` or `"en"` in a plan file, so that a hand-written file reads naturally.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "String")]
pub enum Language {
    Fr,
    #[default]
    En,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::Fr, Language::En];

    pub fn code(self) -> &'static str {
        match self {
            Language::Fr => "fr",
            Language::En => "en",
        }
    }

    /// The language's own name, as shown in a language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::Fr => "Français",
            Language::En => "English",
        }
    }

    /// Picks the French or the English text.
    pub fn pick<T>(self, fr: T, en: T) -> T {
        match self {
            Language::Fr => fr,
            Language::En => en,
        }
    }

    /// The language of a locale such as `fr_FR.UTF-8` or `en-GB`; English for any other.
    pub fn from_locale(locale: &str) -> Language {
        if locale.to_ascii_lowercase().starts_with("fr") { Language::Fr } else { Language::En }
    }
}

impl TryFrom<String> for Language {
    type Error = Broken;

    fn try_from(code: String) -> Result<Self, Self::Error> {
        match code.as_str() {
            "fr" => Ok(Language::Fr),
            "en" => Ok(Language::En),
            _ => Err(Broken::UnknownLanguage { code }),
        }
    }
}

/// Read by hand rather than with `try_from`, so that a refused code keeps its kind.
impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Language, D::Error> {
        Language::try_from(String::deserialize(d)?).map_err(Broken::refuse)
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
        assert!(Language::try_from("de".to_owned()).is_err());
    }
}
