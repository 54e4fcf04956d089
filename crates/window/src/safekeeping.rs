//! Keeping the owner's work safe beyond one save: the crash copy of each plan, the mark that a
//! plan is open in this window (a second window asks: read-only, or a copy), and the calendar
//! record that a calendar export writes into the plan's file.

use std::path::Path;
use std::time::Duration;

use eframe::egui;

use super::claims::Claimed;
use super::document::Document;
use super::modals::Modal;
use super::paths::file_name;
use super::planner::{Notice, PlannerApp};
use super::recovery::{AUTOSAVE_EVERY, Recovered};
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
                    self.modal = Some(Modal::OpenElsewhere { doc: Box::new(doc) });
                    return;
                }
                let key = self.recovery.as_ref().map(|r| r.key(doc.path.as_deref()));
                self.replace_document(doc);
                let lang = self.lang();
                let mut said = format!("{} {}", lang.pick("Ouvert :", "Opened:"), file_name(path));
                // An older file opened: what changed is said, so nothing changes in silence.
                for moved in &migrations {
                    said += &format!(" — {}", moved.words(lang));
                }
                self.say(&said, false);
                // What a crash left of this very plan is offered now.
                if self.modal.is_none() {
                    self.offer_recovery(key.as_deref());
                }
            }
            Err(e) => {
                if !path.exists() {
                    self.prefs.forget(path);
                }
                let title = self
                    .lang()
                    .pick("Impossible d'ouvrir ce plan", "This plan could not be opened")
                    .to_owned();
                self.show_error(title, e.words(self.lang()));
            }
        }
    }

    /// Offers the crash copy with this key, or (None) the newest no open window is working on.
    pub(super) fn offer_recovery(&mut self, key: Option<&str>) {
        let Some(recovery) = &self.recovery else { return };
        let mine = self.claim.as_ref().map(|c| c.key.as_str());
        let found = match key {
            Some(key) if Some(key) == mine || !recovery.is_open_elsewhere(key) => {
                recovery.find_key(key, Catalogue::built_in())
            }
            Some(_) => None,
            None => recovery.find(Catalogue::built_in(), mine),
        };
        if let Some(found) = found {
            self.modal = Some(Modal::Restore(Box::new(found)));
        }
    }

    /// The crash copy, on screen as unsaved work on its plan; the copy stays until it is saved.
    pub(super) fn restore(&mut self, recovered: Recovered) {
        let lang = self.lang();
        if let Some(path) = &recovered.path
            && self.open_in_another_window(path)
        {
            self.say(
                &format!(
                    "{} {}",
                    lang.pick(
                        "Non repris : le plan est ouvert dans une autre fenêtre :",
                        "Not restored: the plan is open in another window:"
                    ),
                    file_name(path)
                ),
                true,
            );
            return;
        }
        let saved = recovered.path.as_ref().and_then(|p| storage::load(p, Catalogue::built_in()).ok());
        let doc = Document::recovered(recovered.plan, recovered.path, saved);
        self.replace_document(doc);
        // This window now answers for that copy: its clean save removes it.
        self.recovery_key = Some(recovered.key);
        self.say(lang.pick("Travail non enregistré repris", "Unsaved work restored"), false);
    }

    /// The plan another window has open, shown here without ever being saved over.
    pub(super) fn open_read_only(&mut self, mut doc: Document) {
        doc.read_only = true;
        let name = doc.display_name();
        self.replace_document(doc);
        let lang = self.lang();
        self.say(
            &crate::format::typography(
                &lang.pick(
                    format!("« {name} » ouvert en lecture seule : il est ouvert dans une autre fenêtre"),
                    format!("\"{name}\" opened read-only: it is open in another window"),
                ),
                lang,
            ),
            false,
        );
    }

    /// The plan another window has open, as a new plan of this window's own: Save asks where.
    pub(super) fn open_copy(&mut self, mut doc: Document) {
        let name = doc.display_name();
        doc.path = None;
        self.replace_document(doc);
        let lang = self.lang();
        self.say(
            &crate::format::typography(
                &lang.pick(
                    format!("Copie de « {name} » : Enregistrer demandera où la garder"),
                    format!("A copy of \"{name}\": Save will ask where to keep it"),
                ),
                lang,
            ),
            false,
        );
    }

    /// Removes the crash copy this window wrote (saved cleanly, or discarded); never another's.
    pub(super) fn clear_recovery(&mut self) {
        if let (Some(r), Some(key)) = (&self.recovery, self.recovery_key.take()) {
            r.remove(&key);
        }
        self.autosave_clock = None;
    }

    pub(super) fn autosave(&mut self, ctx: &egui::Context) {
        if self.recovery.is_none() || self.doc.read_only {
            return;
        }
        if !self.doc.has_unsaved_changes() {
            // Undone back to the saved plan: a copy on disk would be offered for nothing.
            if self.recovery_key.is_some() {
                self.clear_recovery();
            }
            self.autosave_clock = None;
            return;
        }
        let Some(recovery) = &self.recovery else { return };
        let now = ctx.input(|i| i.time);
        let since = *self.autosave_clock.get_or_insert(now);
        let due = AUTOSAVE_EVERY.as_secs_f64();
        if now - since >= due {
            match recovery.write(&self.doc.plan, self.doc.path.as_deref()) {
                Ok(key) => {
                    // Written under another key (the plan got another file): the old one goes.
                    if let Some(old) = self.recovery_key.replace(key.clone())
                        && old != key
                    {
                        recovery.remove(&old);
                    }
                }
                // The disk refused (full, read-only): said on the status line; next try later.
                Err(e) => {
                    let lang = self.lang();
                    let text = format!(
                        "{} {}",
                        lang.pick("Sauvegarde automatique impossible :", "Autosave failed:"),
                        e.words(lang)
                    );
                    // An autosave that fails stays said until one succeeds.
                    self.notice = Some(Notice { text, error: true, about: None });
                }
            }
            self.autosave_clock = Some(now);
            ctx.request_repaint_after(AUTOSAVE_EVERY);
        } else {
            ctx.request_repaint_after(Duration::from_secs_f64(due - (now - since)));
        }
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
