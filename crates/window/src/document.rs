//! The plan being worked on, where it lives on disk, and whether it has unsaved changes.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::model::{CalendarRecord, Catalogue, Migration, Plan};
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
    /// Another window has this plan open: this one shows it and never saves over it.
    pub read_only: bool,
    /// The file as this window last read or wrote it, to tell when another program (a `fit`
    /// from the command line) wrote it since.
    disk: Option<Stamp>,
}

/// A file's size and modification time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
}

fn stamp(path: &Path) -> Option<Stamp> {
    let m = std::fs::metadata(path).ok()?;
    Some(Stamp { len: m.len(), modified: m.modified().ok() })
}

impl Document {
    pub fn new(plan: Plan) -> Document {
        Document { saved: plan.clone(), plan, path: None, is_example: false, read_only: false, disk: None }
    }

    pub fn example(plan: Plan) -> Document {
        Document { is_example: true, ..Document::new(plan) }
    }

    /// The plan at `path`, remembered by its absolute path, so that the recent list and the
    /// recovery copy find it from any folder (a link stays a link: saves go through it); and
    /// what opening an older file changed in it.
    pub fn open(path: &Path, catalogue: &Catalogue) -> Result<(Document, Vec<Migration>), LoadError> {
        // Taken before reading: a write in between makes the file look changed, never the reverse.
        let disk = stamp(path);
        let loaded = storage::load_file(path, catalogue)?;
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        Ok((Document { path: Some(path), disk, ..Document::new(loaded.plan) }, loaded.migrations))
    }

    /// A plan restored after a crash: its changes are not saved yet.
    pub fn recovered(plan: Plan, path: Option<PathBuf>, saved: Option<Plan>) -> Document {
        let saved = saved.unwrap_or_else(|| Plan::new("", plan.language));
        let disk = path.as_deref().and_then(stamp);
        Document { plan, path, saved, is_example: false, read_only: false, disk }
    }

    pub fn has_unsaved_changes(&self) -> bool {
        self.plan != self.saved
    }

    pub fn save_to(&mut self, path: &Path, catalogue: &Catalogue) -> Result<(), SaveError> {
        storage::save(&self.plan, path, catalogue)?;
        self.saved = self.plan.clone();
        self.path = Some(path.to_owned());
        self.is_example = false;
        self.disk = stamp(path);
        Ok(())
    }

    /// Whether another program wrote the plan's file since this window read or wrote it (a
    /// file gone since holds no one's work: saving puts it back).
    pub fn changed_on_disk(&self) -> bool {
        match (&self.path, self.disk) {
            (Some(path), Some(known)) => stamp(path).is_some_and(|now| now != known),
            _ => false,
        }
    }

    /// The file on disk is as this window knows it (after writing into it itself).
    pub fn note_disk(&mut self) {
        self.disk = self.path.as_deref().and_then(stamp);
    }

    /// The plan keeps what was last exported to a calendar; `on_disk`: the file has it too,
    /// so it is no unsaved change.
    pub fn keep_calendar_record(&mut self, record: CalendarRecord, on_disk: bool) {
        if on_disk {
            self.saved.calendar = record.clone();
        }
        self.plan.calendar = record;
    }

    /// The name shown in the title bar.
    pub fn display_name(&self) -> String {
        match &self.path {
            Some(path) => super::paths::file_name(path),
            None => self.plan.business.name.clone(),
        }
    }
}
