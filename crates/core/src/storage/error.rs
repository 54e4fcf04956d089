//! Errors an owner can read: which file, where in it, which field, and what to do. What is
//! wrong is a `Broken` kind; `words` says it all in the owner's language, `Display` in English
//! (the command line).

use std::fmt;
use std::path::PathBuf;

use crate::format;
use crate::model::{Broken, Catalogue, Language, Plan};

/// Why a plan file could not be opened. The plan on screen, and the file, are left untouched.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadError {
    pub file: PathBuf,
    /// 1-based line and column, where known.
    pub position: Option<(usize, usize)>,
    /// The field at fault, as `products[1].b2b`, where known.
    pub field: Option<String>,
    /// Boxed: an error travels up through every reader's `Result`, the kind can be large.
    pub why: Box<Broken>,
}

impl LoadError {
    /// `plan.ron:10:30: products[1].b2b: …` in English; `plan.ron, ligne 10, colonne 30, champ
    /// products[1].b2b : …` in French.
    pub fn words(&self, lang: Language) -> String {
        let mut out = self.file.display().to_string();
        match lang {
            Language::En => {
                if let Some((line, col)) = self.position {
                    out.push_str(&format!(":{line}:{col}"));
                }
                if let Some(field) = &self.field {
                    out.push_str(&format!(": {field}"));
                }
            }
            Language::Fr => {
                if let Some((line, col)) = self.position {
                    out.push_str(&format!(", ligne {line}, colonne {col}"));
                }
                if let Some(field) = &self.field {
                    out.push_str(&format!(", champ {field}"));
                }
            }
        }
        format!("{out}{}{}", format::colon(lang), self.why.words(lang))
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.words(Language::En))
    }
}

impl std::error::Error for LoadError {}

/// Why a plan could not be saved. The file on disk keeps its previous content.
#[derive(Clone, Debug, PartialEq)]
pub struct SaveError {
    pub file: PathBuf,
    /// The field the plan cannot be saved with, when that is why.
    pub field: Option<String>,
    pub why: Broken,
}

impl SaveError {
    pub fn new(file: PathBuf, why: Broken) -> SaveError {
        SaveError { file, field: None, why }
    }

    /// The system refused to write `file`.
    pub fn io(file: PathBuf, e: &std::io::Error) -> SaveError {
        SaveError::new(file, explain_io(e))
    }

    /// `could not save plan.ron: …` / `impossible d'enregistrer plan.ron : …`.
    pub fn words(&self, lang: Language) -> String {
        self.words_naming(self.field.clone(), self.why.words(lang), lang)
    }

    /// The same, the field named as the window shows it (`storage::place`) and platforms by
    /// their names (`Broken::words_named`).
    pub fn words_in(&self, plan: &Plan, catalogue: &Catalogue, lang: Language) -> String {
        let name_of = |id: &str| super::place::platform_name(plan, catalogue, id);
        let why = self.why.words_named(lang, &name_of);
        self.words_naming(self.field.as_ref().map(|f| super::place(f, plan, catalogue, lang)), why, lang)
    }

    fn words_naming(&self, field: Option<String>, why: String, lang: Language) -> String {
        let colon = format::colon(lang);
        let lead = lang.pick("impossible d'enregistrer", "could not save");
        let field = field.map(|f| format!("{f}{colon}")).unwrap_or_default();
        format!("{lead} {}{colon}{field}{why}", self.file.display())
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.words(Language::En))
    }
}

impl std::error::Error for SaveError {}

/// An I/O error as a kind, with what the owner can do about it; the system's own words for
/// the rarer kinds.
pub(crate) fn explain_io(e: &std::io::Error) -> Broken {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => Broken::FileMissing,
        K::PermissionDenied => Broken::NoPermission,
        K::StorageFull => Broken::DiskFull,
        K::ReadOnlyFilesystem => Broken::ReadOnlyDisk,
        K::IsADirectory => Broken::NotAFile { kind: crate::model::NotAFile::Folder },
        _ => Broken::Said(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_load_error_names_file_place_and_field_in_both_languages() {
        let e = LoadError {
            file: PathBuf::from("plan.ron"),
            position: Some((10, 30)),
            field: Some("products[1].b2b".into()),
            why: Box::new(Broken::OffTheMap { value: 1.5 }),
        };
        assert_eq!(
            e.to_string(),
            "plan.ron:10:30: products[1].b2b: 1.5 is outside the map: use a number from 0 to 1"
        );
        assert_eq!(
            e.words(Language::Fr),
            "plan.ron, ligne 10, colonne 30, champ products[1].b2b\u{202F}: 1,5 est hors de la carte\u{202F}: \
             prenez un nombre entre 0 et 1"
        );
    }

    #[test]
    fn outside_words_keep_a_translated_frame() {
        let e = LoadError {
            file: PathBuf::from("plan.ron"),
            position: Some((3, 5)),
            field: None,
            why: Box::new(Broken::Said("Unexpected byte".into())),
        };
        assert_eq!(e.words(Language::Fr), "plan.ron, ligne 3, colonne 5\u{202F}: Unexpected byte");
        let save = SaveError::new(PathBuf::from("/ro/plan.ron"), Broken::NoPermission);
        assert!(save.to_string().starts_with("could not save /ro/plan.ron: permission denied"), "{save}");
        assert!(
            save.words(Language::Fr)
                .starts_with("impossible d'enregistrer /ro/plan.ron\u{202F}: accès refusé")
        );
    }
}
