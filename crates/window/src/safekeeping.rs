//! Keeping the owner's work safe beyond one save: opening a plan, the mark that a plan is open
//! in this window (a second window asks: read-only, or a copy), and the calendar record that a
//! calendar export writes into the plan's file. The crash copy is in `recovery.rs`.

use std::path::Path;

use super::claims::Claimed;
use super::document::Document;
use super::modals::Modal;
use super::paths::file_name;
use super::planner::PlannerApp;
use crate::locale::Sentence as S;
use crate::model::{CalendarRecord, Catalogue};
use crate::storage;

impl PlannerApp {
    /// Marks the plan on screen open in this window (a plan read-only is the other window's).
    pub(super) fn claim_current(&mut self) {
        self.claim = None;
        let Some(recovery) = &self.recovery else { return };
        if self.doc.read_only {
            return;
        }
        if let Claimed::Mine(claim) = recovery.claim(&recovery.key(self.doc.path.as_deref())) {
            self.claim = Some(claim);
        }
    }

    /// Whether another window has the plan at `path` open (this window's own plan aside).
    pub(super) fn open_in_another_window(&self, path: &Path) -> bool {
        let Some(recovery) = &self.recovery else { return false };
        let key = recovery.key(Some(path));
        self.claim.as_ref().is_none_or(|c| c.key != key) && recovery.is_open_elsewhere(&key)
    }

    /// Opens the plan at `path` (File › Open, the recent list, the command line).
    pub fn open_path(&mut self, path: &Path) {
        match Document::open(path, Catalogue::built_in()) {
            Ok((doc, migrations)) => {
                self.prefs.remember(doc.path.as_deref().unwrap_or(path));
                if self.open_in_another_window(path) {
                    // Two windows saving one plan would each replace the other's work: ask.
                    self.ask(Modal::OpenElsewhere { doc: Box::new(doc) });
                    return;
                }
                let key = self.recovery.as_ref().map(|r| r.key(doc.path.as_deref()));
                self.replace_document(doc);
                let lang = self.lang();
                let mut said = lang.say(S::Opened, &[("file", &file_name(path))]);
                // An older file opened: what changed is said, so nothing changes in silence.
                for moved in &migrations {
                    said += &format!(" — {}", moved.words(lang));
                }
                self.say(&said, false);
                // What a crash left of this very plan is offered now.
                if self.flow.is_idle() {
                    self.offer_recovery(key.as_deref());
                }
            }
            Err(e) => {
                if !path.exists() {
                    self.prefs.forget(path);
                }
                let title = self.lang().word(S::ThisPlanCouldNotBeOpened).to_owned();
                self.show_error(title, e.words(self.lang()));
            }
        }
    }

    /// The plan another window has open, shown here without ever being saved over.
    pub(super) fn open_read_only(&mut self, mut doc: Document) {
        doc.read_only = true;
        let name = doc.display_name();
        self.replace_document(doc);
        let lang = self.lang();
        self.say(
            &crate::format::typography(&lang.say(S::OpenedReadOnlyElsewhere, &[("name", &name)]), lang),
            false,
        );
    }

    /// The plan another window has open, as a new plan of this window's own: Save asks where.
    pub(super) fn open_copy(&mut self, mut doc: Document) {
        let name = doc.display_name();
        doc.path = None;
        self.replace_document(doc);
        let lang = self.lang();
        self.say(&crate::format::typography(&lang.say(S::ACopyOfNameSave, &[("name", &name)]), lang), false);
    }

    /// Keeps a calendar export's record in the plan, and in its file without saving the
    /// owner's other changes: the file is read again under its lock and only the record
    /// changes. Not an edit: undo leaves it. False when the file could not take it.
    pub(super) fn keep_calendar_record(&mut self, record: CalendarRecord) -> bool {
        self.history.change_every_step(|plan| plan.calendar = record.clone());
        match self.doc.path.clone() {
            // Nothing on disk yet: the whole plan, record and all, is unsaved.
            None => {
                self.doc.keep_calendar_record(record, false);
                true
            }
            Some(path) => {
                // Another program's write since (a `fit`) stays for the owner to see at save.
                let known = !self.doc.changed_on_disk();
                let written = write_record(&path, &self.doc.plan, &record).is_ok();
                self.doc.keep_calendar_record(record, written);
                if written && known {
                    self.doc.note_disk();
                }
                written
            }
        }
    }
}

/// The plan's file, read under its lock, with `record` in place of its own: only when it is
/// still the same plan (its id).
fn write_record(path: &Path, plan: &crate::model::Plan, record: &CalendarRecord) -> Result<(), ()> {
    let catalogue = Catalogue::built_in();
    let _lock = storage::PlanLock::acquire(path).map_err(drop)?;
    let mut on_disk = storage::load(path, catalogue).map_err(drop)?;
    if on_disk.id != plan.id {
        return Err(());
    }
    on_disk.calendar = record.clone();
    storage::save(&on_disk, path, catalogue).map_err(drop)
}
