//! The plan being worked on, where it lives on disk, and whether it has unsaved changes.

use std::path::{Path, PathBuf};

use crate::model::{Catalogue, Migration, Plan};
use crate::storage::{self, LoadError, SaveError};

#[derive(Debug)]
pub struct Document {
    pub plan: Plan,
    /// None for a new plan or an example: Save then asks where.
    pub path: Option<PathBuf>,
    /// The plan as it is on disk (or as it was opened), to tell unsaved changes.
    saved: Plan,
    /// An example shipped with the program, shown on the very first run.
    pub is_example: bool,
}

impl Document {
    pub fn new(plan: Plan) -> Document {
        Document { saved: plan.clone(), plan, path: None, is_example: false }
    }

    pub fn example(plan: Plan) -> Document {
        Document { is_example: true, ..Document::new(plan) }
    }

    /// The plan at `path`, and what opening an older file changed in it.
    pub fn open(path: &Path, catalogue: &Catalogue) -> Result<(Document, Vec<Migration>), LoadError> {
        let loaded = storage::load_file(path, catalogue)?;
        let plan = loaded.plan;
        Ok((
            Document { saved: plan.clone(), plan, path: Some(path.to_owned()), is_example: false },
            loaded.migrations,
        ))
    }

    /// A plan restored after a crash: its changes are not saved yet.
    pub fn recovered(plan: Plan, path: Option<PathBuf>, saved: Option<Plan>) -> Document {
        let saved = saved.unwrap_or_else(|| Plan::new("", plan.language));
        Document { plan, path, saved, is_example: false }
    }

    pub fn has_unsaved_changes(&self) -> bool {
        self.plan != self.saved
    }

    pub fn save_to(&mut self, path: &Path, catalogue: &Catalogue) -> Result<(), SaveError> {
        storage::save(&self.plan, path, catalogue)?;
        self.saved = self.plan.clone();
        self.path = Some(path.to_owned());
        self.is_example = false;
        Ok(())
    }

    /// The name shown in the title bar.
    pub fn display_name(&self) -> String {
        match &self.path {
            Some(path) => super::paths::file_name(path),
            None => self.plan.business.name.clone(),
        }
    }
}
