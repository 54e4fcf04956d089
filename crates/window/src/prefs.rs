//! The owner's preferences, kept by eframe between runs. The plan itself is never stored here:
//! eframe writes this file without the care a plan needs.

use std::path::{Path, PathBuf};

use eframe::egui::ThemePreference;
use serde::{Deserialize, Serialize};

use crate::model::Language;

const MAX_RECENT: usize = 8;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    pub theme: ThemePreference,
    /// None: follow the system's language until the owner picks one.
    pub language: Option<Language>,
    /// Most recent first.
    pub recent: Vec<PathBuf>,
    /// The folder of the last file opened or saved.
    pub last_folder: Option<PathBuf>,
}

impl Preferences {
    pub fn language(&self) -> Language {
        self.language.unwrap_or_else(system_language)
    }

    pub fn remember(&mut self, path: &Path) {
        let path = path.canonicalize().unwrap_or_else(|_| path.to_owned());
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path.clone());
        self.recent.truncate(MAX_RECENT);
        self.last_folder = path.parent().map(Path::to_owned);
    }

    pub fn forget(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
    }
}

/// The language of the system locale: French for a French locale, else English.
pub fn system_language() -> Language {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_default();
    Language::from_locale(&locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_unique_most_recent_first_and_bounded() {
        let mut p = Preferences::default();
        for i in 0..10 {
            p.remember(Path::new(&format!("/tmp/plan{i}.ron")));
        }
        p.remember(Path::new("/tmp/plan3.ron"));
        assert_eq!(p.recent.len(), MAX_RECENT);
        assert_eq!(p.recent[0], Path::new("/tmp/plan3.ron"));
        assert_eq!(p.recent.iter().filter(|r| r.ends_with("plan3.ron")).count(), 1);
        assert_eq!(p.last_folder.as_deref(), Some(Path::new("/tmp")));
    }

    #[test]
    fn old_preferences_missing_fields_still_load() {
        let p: Preferences = ron::from_str("(theme: Dark)").unwrap();
        assert_eq!(p.theme, ThemePreference::Dark);
        assert!(p.recent.is_empty());
    }
}
