//! Paper sizes, and which one a person's printer most likely holds.

use std::fmt;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Paper {
    /// 210 × 297 mm: most of the world.
    #[default]
    A4,
    /// 8.5 × 11 in: the Americas' Letter countries and the Philippines.
    Letter,
}

/// Countries whose printers hold US Letter (ISO 3166 codes), after glibc's `LC_PAPER` data.
const LETTER_COUNTRIES: [&str; 15] =
    ["US", "CA", "MX", "PR", "PH", "CL", "CO", "CR", "GT", "NI", "PA", "SV", "VE", "DO", "BZ"];

impl Paper {
    /// The paper of a locale such as `en_US.UTF-8`, `fr-CA` or `es_MX@euro`: Letter in the
    /// Letter countries, A4 anywhere else (including locales with no country, like `C`).
    pub fn for_locale(locale: &str) -> Paper {
        match country(locale) {
            Some(c) if LETTER_COUNTRIES.contains(&c.as_str()) => Paper::Letter,
            _ => Paper::A4,
        }
    }

    /// The paper the system's locale asks for, from `LC_ALL`, `LC_PAPER` then `LANG` (the
    /// POSIX order); None when none of them names a country (unset, `C`, `POSIX`).
    pub fn from_env() -> Option<Paper> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        Paper::from_locale_vars(var("LC_ALL"), var("LC_PAPER"), var("LANG"))
    }

    fn from_locale_vars(
        lc_all: Option<String>,
        lc_paper: Option<String>,
        lang: Option<String>,
    ) -> Option<Paper> {
        // The first one set wins, even when it names no country: LC_ALL=C means "no preference".
        let locale = lc_all.or(lc_paper).or(lang)?;
        country(&locale).map(|_| Paper::for_locale(&locale))
    }

    /// `a4`, `letter` (also `us-letter`), in any case.
    pub fn parse(text: &str) -> Result<Paper, String> {
        match text.trim().to_ascii_lowercase().as_str() {
            "a4" => Ok(Paper::A4),
            "letter" | "us-letter" | "usletter" => Ok(Paper::Letter),
            _ => Err(format!("unknown paper \"{text}\": use a4 or letter")),
        }
    }

    /// The name Typst's `page(paper: ..)` knows it by.
    pub fn typst_name(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::Letter => "us-letter",
        }
    }

    /// Width and height in PostScript points (1/72 in), as a PDF's MediaBox states them.
    pub fn size_pt(self) -> (f64, f64) {
        match self {
            Paper::A4 => (210.0 / 25.4 * 72.0, 297.0 / 25.4 * 72.0),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

impl fmt::Display for Paper {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Paper::A4 => "A4",
            Paper::Letter => "Letter",
        })
    }
}

/// `en_US.UTF-8` → `US`; `fr-ca` → `CA`; `C`, `POSIX`, `fr` → None.
fn country(locale: &str) -> Option<String> {
    let base = locale.split(['.', '@']).next().unwrap_or("");
    let mut parts = base.split(['_', '-']);
    let _language = parts.next()?;
    let country = parts.next()?;
    (country.len() == 2 && country.chars().all(|c| c.is_ascii_alphabetic()))
        .then(|| country.to_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_in_the_letter_countries_a4_elsewhere() {
        for locale in ["en_US.UTF-8", "en_CA", "fr_CA.utf8", "es-MX", "es_MX@euro", "en_PH", "en-us"] {
            assert_eq!(Paper::for_locale(locale), Paper::Letter, "{locale}");
        }
        for locale in ["fr_FR.UTF-8", "en_GB", "de_DE", "en_AU", "C", "POSIX", "", "fr", "C.UTF-8", "xx_USA"]
        {
            assert_eq!(Paper::for_locale(locale), Paper::A4, "{locale}");
        }
    }

    #[test]
    fn the_first_locale_variable_set_decides() {
        let s = |v: &str| Some(v.to_owned());
        assert_eq!(Paper::from_locale_vars(None, None, s("en_US.UTF-8")), Some(Paper::Letter));
        assert_eq!(Paper::from_locale_vars(None, s("fr_FR.UTF-8"), s("en_US.UTF-8")), Some(Paper::A4));
        assert_eq!(Paper::from_locale_vars(s("en_CA"), s("fr_FR"), None), Some(Paper::Letter));
        // LC_ALL=C says nothing about paper, and hides the others as it does for every program.
        assert_eq!(Paper::from_locale_vars(s("C"), None, s("en_US.UTF-8")), None);
        assert_eq!(Paper::from_locale_vars(None, None, None), None);
    }

    #[test]
    fn parse_accepts_the_usual_spellings_only() {
        assert_eq!(Paper::parse("A4"), Ok(Paper::A4));
        assert_eq!(Paper::parse("letter"), Ok(Paper::Letter));
        assert_eq!(Paper::parse("US-Letter"), Ok(Paper::Letter));
        assert!(Paper::parse("a5").unwrap_err().contains("a4 or letter"));
    }
}
