//! The working plan, written to the program's data folder every 30 seconds while it has
//! unsaved changes, so that a crash loses at most half a minute. A clean save or a discard
//! removes it; the next start offers to restore what it finds.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::model::{Broken, Catalogue, Plan, rules};
use crate::storage::{self, SaveError};

pub const AUTOSAVE_EVERY: Duration = Duration::from_secs(30);

/// What the recovery file remembers besides the plan: where the plan belongs, and the names
/// that had to be stood in for so that the copy reads back (a name being typed may be blank or
/// the same as another's for a moment; the copy must keep it all the same).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
struct Origin {
    path: Option<PathBuf>,
    names: Vec<(NameField, String)>,
}

/// A name of the plan, by where it is.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
enum NameField {
    Business,
    Product(usize),
    CustomPlatform(usize),
}

impl NameField {
    fn of(self, plan: &mut Plan) -> Option<&mut String> {
        match self {
            NameField::Business => Some(&mut plan.business.name),
            NameField::Product(i) => plan.products.get_mut(i).map(|p| &mut p.name),
            NameField::CustomPlatform(i) => plan.custom_platforms.get_mut(i).map(|p| &mut p.name),
        }
    }
}

/// The plan with every blank or repeated name stood in for by a unique one, and the true names.
fn with_stand_in_names(plan: &Plan) -> (Plan, Vec<(NameField, String)>) {
    let mut copy = plan.clone();
    let mut names = Vec::new();
    let fields = std::iter::once(NameField::Business)
        .chain((0..plan.products.len()).map(NameField::Product))
        .chain((0..plan.custom_platforms.len()).map(NameField::CustomPlatform));
    let mut seen = std::collections::HashSet::new();
    for (n, field) in fields.enumerate() {
        let Some(name) = field.of(&mut copy) else { continue };
        let repeated = matches!(field, NameField::Product(_)) && !seen.insert(name.trim().to_lowercase());
        if rules::name(name).is_err() || repeated {
            names.push((field, std::mem::replace(name, format!("(recovered name {n})"))));
        }
    }
    (copy, names)
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

    /// Writes a copy of the plan as it is, valid or not: it is a copy, not a save, and a name
    /// being typed (blank for a moment) must not stop it.
    pub fn write(&self, plan: &Plan, path: Option<&Path>) -> Result<(), SaveError> {
        std::fs::create_dir_all(&self.folder).map_err(|e| SaveError::io(self.folder.clone(), &e))?;
        let (copy, names) = with_stand_in_names(plan);
        let origin = Origin { path: path.map(Path::to_owned), names };
        let outside = |file: PathBuf| move |e: ron::Error| SaveError::new(file, Broken::Said(e.to_string()));
        let text = ron::to_string(&origin).map_err(outside(self.origin_file()))?;
        storage::write_file_atomically(&self.origin_file(), text.as_bytes())?;
        let text = storage::to_ron(&copy).map_err(outside(self.plan_file()))?;
        storage::write_file_atomically(&self.plan_file(), text.as_bytes())
    }

    pub fn find(&self, catalogue: &Catalogue) -> Option<Recovered> {
        let mut plan = storage::load(&self.plan_file(), catalogue).ok()?;
        let origin: Origin = std::fs::read_to_string(self.origin_file())
            .ok()
            .and_then(|t| ron::from_str(&t).ok())
            .unwrap_or_default();
        for (field, name) in origin.names {
            if let Some(slot) = field.of(&mut plan) {
                *slot = name;
            }
        }
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
        r.write(&plan, Some(Path::new("/plans/f.ron"))).unwrap();
        let found = r.find(catalogue).unwrap();
        assert_eq!(found.plan, plan);
        assert_eq!(found.path.as_deref(), Some(Path::new("/plans/f.ron")));
        r.clear();
        assert_eq!(r.find(catalogue), None);
    }
}

#[cfg(test)]
mod names {
    use super::*;
    use crate::model::{Language, Product};

    #[test]
    fn a_blank_or_repeated_name_is_copied_and_comes_back_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let r = Recovery::in_folder(dir.path());
        let mut plan = Plan::new("", Language::En);
        plan.products.push(Product::new("Bread", 0.1, 0.7));
        plan.products.push(Product::new("bread ", 0.2, 0.7));
        plan.products.push(Product::new("  ", 0.3, 0.7));
        assert!(storage::save(&plan, &dir.path().join("x.ron"), Catalogue::built_in()).is_err());
        r.write(&plan, None).unwrap();
        assert_eq!(r.find(Catalogue::built_in()).map(|f| f.plan), Some(plan));
    }
}
