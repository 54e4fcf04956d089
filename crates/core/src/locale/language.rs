//! The languages the program speaks, and what about each is not a sentence: its code, its own
//! name, how it counts (plurals).

use super::Sentence as S;

/// Written `"fr"` or `"en"` in a plan file (model/language.rs reads and writes it).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Language {
    Fr,
    #[default]
    En,
    /// A partial translation that proves a new language touches only the locale files and the
    /// catalogue's texts (docs/words.md); never shipped.
    #[cfg(test)]
    De,
}

/// Which of a sentence's paired forms a count takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    One,
    Other,
}

impl Language {
    /// The languages a user can choose, in the order menus list them.
    pub const ALL: [Language; 2] = [Language::Fr, Language::En];

    pub fn code(self) -> &'static str {
        match self {
            Language::Fr => "fr",
            Language::En => "en",
            #[cfg(test)]
            Language::De => "de",
        }
    }

    /// The language's own name, as shown in a language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::Fr => "Français",
            Language::En => "English",
            #[cfg(test)]
            Language::De => "Deutsch",
        }
    }

    /// The language's name within a sentence in `lang`: "anglais" in French, where a menu says
    /// "English".
    pub fn name_in(self, lang: Language) -> &'static str {
        match self {
            Language::Fr => lang.word(S::LanguageFrench),
            Language::En => lang.word(S::LanguageEnglish),
            #[cfg(test)]
            Language::De => self.native_name(),
        }
    }

    /// Every language a file may be written in: those a user can choose, and in tests the
    /// partial one.
    #[cfg(not(test))]
    pub const READABLE: &[Language] = &Language::ALL;
    #[cfg(test)]
    pub const READABLE: &[Language] = &[Language::Fr, Language::En, Language::De];

    /// The codes of [`Language::READABLE`], in its order: the fields of a text written in
    /// several languages.
    #[cfg(not(test))]
    pub const CODES: &[&str] = &["fr", "en"];
    #[cfg(test)]
    pub const CODES: &[&str] = &["fr", "en", "de"];

    /// The language of this code (`"fr"`), if the program reads it.
    pub fn from_code(code: &str) -> Option<Language> {
        Language::READABLE.iter().copied().find(|l| l.code() == code)
    }

    /// The language of a locale such as `fr_FR.UTF-8` or `en-GB`; English for any other.
    pub fn from_locale(locale: &str) -> Language {
        let locale = locale.to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| locale.starts_with(l.code())).unwrap_or(Language::En)
    }

    /// How the language counts `n` (CLDR's rule for whole and decimal numbers): French says
    /// "0 publication", "1,5 heure"; English "0 posts", "1 post".
    pub fn plural(self, n: f64) -> Plural {
        let one = match self {
            Language::Fr => (0.0..2.0).contains(&n.abs()),
            Language::En => n == 1.0,
            #[cfg(test)]
            Language::De => n == 1.0,
        };
        if one { Plural::One } else { Plural::Other }
    }

    /// What this language writes between a sentence's text and a value put in it: French
    /// elides "de" before a vowel ("de Facebook", "d'Instagram"). `out` is the sentence so far.
    pub(super) fn join(self, out: &mut String, value: &str) {
        if self == Language::Fr && (out == "de " || out.ends_with(" de ")) && super::fr::elides(value) {
            out.truncate(out.len() - 2);
            out.push('\'');
        }
    }
}
