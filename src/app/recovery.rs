//! The working plan, written to the program's data folder every 30 seconds while it has
//! unsaved changes, so that a crash loses at most half a minute. A clean save or a discard
//! removes it; the next start offers to restore what it finds.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::model::{Catalogue, Plan};
use crate::storage;

pub const AUTOSAVE_EVERY: Duration = Duration::from_secs(30);

/// What the recovery file remembers besides the plan: where the plan belongs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
struct Origin {
    path: Option<PathBuf>,
}

#[derive(Clone, Debug)]
pub struct Recovery {
    folder: PathBuf,
}

/// A plan found in the recovery folder at start.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovered {
    pub plan: Plan,
    /// The file the plan was opened from, if any.
    pub path: Option<PathBuf>,
}

impl Recovery {
    /// The recovery folder of this user, or None where the system has no data folder.
    pub fn in_data_folder() -> Option<Recovery> {
        directories::ProjectDirs::from("", "", "socialplan").map(|d| Recovery::in_folder(d.data_dir()))
    }

    pub fn in_folder(folder: &Path) -> Recovery {
        Recovery { folder: folder.to_owned() }
    }

    fn plan_file(&self) -> PathBuf {
        self.folder.join("recovery.ron")
    }

    fn origin_file(&self) -> PathBuf {
        self.folder.join("recovery-origin.ron")
    }

    pub fn write(&self, plan: &Plan, path: Option<&Path>, catalogue: &Catalogue) -> Result<(), String> {
        std::fs::create_dir_all(&self.folder).map_err(|e| e.to_string())?;
        let origin = Origin { path: path.map(Path::to_owned) };
        let text = ron::to_string(&origin).map_err(|e| e.to_string())?;
        std::fs::write(self.origin_file(), text).map_err(|e| e.to_string())?;
        storage::save(plan, &self.plan_file(), catalogue).map_err(|e| e.to_string())
    }

    pub fn find(&self, catalogue: &Catalogue) -> Option<Recovered> {
        let plan = storage::load(&self.plan_file(), catalogue).ok()?;
        let origin: Origin = std::fs::read_to_string(self.origin_file())
            .ok()
            .and_then(|t| ron::from_str(&t).ok())
            .unwrap_or_default();
        Some(Recovered { plan, path: origin.path })
    }

    pub fn clear(&self) {
        for file in [self.plan_file(), storage::backup_path(&self.plan_file()), self.origin_file()] {
            // Already gone is fine: there is nothing to recover then.
            let _ = std::fs::remove_file(file);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    #[test]
    fn write_find_clear() {
        let dir = tempfile::tempdir().unwrap();
        let r = Recovery::in_folder(&dir.path().join("sub"));
        let catalogue = Catalogue::built_in();
        assert_eq!(r.find(catalogue), None);
        let plan = Plan::new("Fleuriste", Language::Fr);
        r.write(&plan, Some(Path::new("/plans/f.ron")), catalogue).unwrap();
        let found = r.find(catalogue).unwrap();
        assert_eq!(found.plan, plan);
        assert_eq!(found.path.as_deref(), Some(Path::new("/plans/f.ron")));
        r.clear();
        assert_eq!(r.find(catalogue), None);
    }
}
