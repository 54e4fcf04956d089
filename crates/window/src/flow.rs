//! The flow of what the owner asked: "save your changes?", the save, the file dialog or the
//! path typed instead, then the action that waited; and the questions and messages that stop
//! the window until answered.

use std::path::Path;

use eframe::egui::{self, ViewportCommand};

use super::command::Then;
use super::document::Document;
use super::file_dialog::{self, Purpose};
use super::modals::{Answer, ExportFormat, Modal};
use super::paths::{file_name, file_stem, with_extension};
use super::planner::PlannerApp;
use crate::locale::Sentence as S;
use crate::model::{Catalogue, Language, Plan};

/// Where the window stands in what the owner asked, one state at a time. An action waiting
/// for a save (`Then`) lives inside the state it waits on: "save your changes?"
/// (`Modal::Unsaved`), then the file dialog (`Picking`) or the path typed instead
/// (`Modal::TypePath`); when that state ends without a save, the action ends with it.
#[derive(Debug, Default)]
pub enum Flow {
    /// Nothing waits for the owner.
    #[default]
    Idle,
    /// A question or a message, in front of the window until answered.
    Asking(Modal),
    /// A file dialog is open: the plan it is about stays as it is until it answers.
    Picking(file_dialog::Pending),
    /// Quit, with nothing left unsaved: the window closes.
    Closing,
}

impl Flow {
    pub fn is_idle(&self) -> bool {
        matches!(self, Flow::Idle)
    }

    pub fn is_picking(&self) -> bool {
        matches!(self, Flow::Picking(_))
    }
}

impl PlannerApp {
    pub fn is_modal_open(&self) -> bool {
        matches!(self.flow, Flow::Asking(_))
    }

    /// Puts a question or a message in front of the window (what was there goes).
    pub(super) fn ask(&mut self, modal: Modal) {
        self.flow = Flow::Asking(modal);
    }

    /// Asks about unsaved changes before doing `then`.
    pub(super) fn guard(&mut self, ctx: &egui::Context, then: Then) {
        if self.doc.has_unsaved_changes() {
            self.ask(Modal::Unsaved(then));
        } else {
            self.proceed(ctx, then);
        }
    }

    pub(super) fn proceed(&mut self, ctx: &egui::Context, then: Then) {
        match then {
            Then::New => {
                let lang = self.lang();
                let mut plan = Plan::new(lang.word(S::MyBusiness), lang);
                // Its holidays from the system's locale, until the owner picks (docs/method.md).
                plan.set_country(crate::model::Country::of_system());
                self.replace_document(Document::new(plan));
                self.say(lang.word(S::NewPlan), false);
            }
            Then::Open => self.start_dialog(ctx, Purpose::Open, None),
            Then::OpenPath(path) => self.open_path(&path),
            Then::Quit => {
                self.flow = Flow::Closing;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
        }
    }

    pub(super) fn save(&mut self, ctx: &egui::Context) {
        match self.doc.path.clone() {
            Some(path) => {
                self.save_to(&path);
            }
            None => self.start_dialog(ctx, Purpose::SaveAs, None),
        }
    }

    /// True when saved. On failure the caller drops whatever waited for the save.
    pub(super) fn save_to(&mut self, path: &Path) -> bool {
        self.save_checked(path, true)
    }

    /// Saves to `path`; `check`: first make sure no other program wrote the plan's file since
    /// this window read it (else ask: its work would be replaced).
    pub(super) fn save_checked(&mut self, path: &Path, check: bool) -> bool {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        if check && self.doc.path.as_deref() == Some(path.as_path()) && self.doc.changed_on_disk() {
            self.ask(Modal::ChangedOnDisk { path });
            return false;
        }
        if self.open_in_another_window(&path) {
            let lang = self.lang();
            let title = not_saved(lang);
            let message = lang.say(S::OpenInAnotherWindowCannotSave, &[("path", &path.display())]);
            self.show_error(title, message);
            return false;
        }
        match self.doc.save_to(&path, Catalogue::built_in()) {
            Ok(()) => {
                self.prefs.remember(&path);
                self.doc.read_only = false;
                self.clear_recovery();
                self.claim_current();
                let lang = self.lang();
                self.say(&lang.say(S::Saved, &[("file", &file_name(&path))]), false);
                true
            }
            Err(e) => {
                let lang = self.lang();
                let title = not_saved(lang);
                self.show_error(title, e.words_in(&self.doc.plan, Catalogue::built_in(), lang));
                false
            }
        }
    }

    /// Opens a file dialog; `then` waits for it (and for the save it leads to).
    pub(super) fn start_dialog(&mut self, ctx: &egui::Context, purpose: Purpose, then: Option<Then>) {
        let folder = self
            .doc
            .path
            .as_ref()
            .and_then(|p| p.parent().map(Path::to_owned))
            .or_else(|| self.prefs.last_folder.clone())
            .or_else(|| std::env::current_dir().ok().map(|d| d.join("saves")).filter(|d| d.is_dir()));
        // One dialog at a time: while one is open, `then` is dropped with this request.
        if self.flow.is_picking() {
            return;
        }
        let name = self.suggested_name(purpose);
        let pending = self.dialogs.start(ctx, purpose, then, folder.as_deref(), &name, self.lang());
        self.flow = Flow::Picking(pending);
    }

    /// The file name a dialog suggests: `plan.ron` is exported as `plan.pdf`.
    pub(super) fn suggested_name(&self, purpose: Purpose) -> String {
        let stem = file_stem(self.doc.path.as_deref(), &self.doc.plan.business.name);
        match (purpose, self.export_choice.0) {
            (Purpose::ExportSummary, ExportFormat::Pdf) => format!("{stem}.pdf"),
            (Purpose::ExportSummary, ExportFormat::Markdown) => format!("{stem}.md"),
            (Purpose::ExportCalendar, _) => format!("{stem}.ics"),
            _ => format!("{stem}.ron"),
        }
    }

    pub(super) fn handle_dialog(&mut self, ctx: &egui::Context) {
        let Flow::Picking(pending) = &self.flow else { return };
        let Some(answer) = pending.poll() else { return };
        let Flow::Picking(file_dialog::Pending { purpose, then, .. }) = std::mem::take(&mut self.flow) else {
            return;
        };
        match answer {
            file_dialog::Answer::Picked(path) => self.picked(ctx, purpose, &path, then),
            // Cancelled: what waited is dropped with the dialog.
            file_dialog::Answer::Cancelled => {}
            file_dialog::Answer::Unavailable => {
                let text = match (purpose, &self.doc.path) {
                    (Purpose::SaveAs, Some(p)) => p.display().to_string(),
                    (Purpose::ExportSummary | Purpose::ExportCalendar, Some(p)) => {
                        p.with_file_name(self.suggested_name(purpose)).display().to_string()
                    }
                    _ => String::new(),
                };
                self.ask(Modal::TypePath { purpose, text, then, focused: false });
            }
        }
    }

    pub(super) fn picked(&mut self, ctx: &egui::Context, purpose: Purpose, path: &Path, then: Option<Then>) {
        match purpose {
            Purpose::Open => self.open_path(path),
            Purpose::SaveAs => {
                if self.save_to(&with_extension(path, "ron"))
                    && let Some(then) = then
                {
                    self.proceed(ctx, then);
                }
            }
            Purpose::ExportSummary => self.export_summary(ctx, path),
            Purpose::ExportCalendar => self.export_calendar(path),
        }
    }

    pub(super) fn handle_modal(&mut self, ctx: &egui::Context) {
        let lang = self.lang();
        let Flow::Asking(modal) = &mut self.flow else { return };
        let Some(answer) = modal.show(ctx, lang) else { return };
        let Flow::Asking(modal) = std::mem::take(&mut self.flow) else { return };
        match (modal, answer) {
            (Modal::Unsaved(then), Answer::Save) => {
                if let Some(path) = self.doc.path.clone() {
                    if self.save_to(&path) {
                        self.proceed(ctx, then);
                    }
                } else {
                    // Save as…, then carry on with what was asked.
                    self.start_dialog(ctx, Purpose::SaveAs, Some(then));
                }
            }
            (Modal::Unsaved(then), Answer::Discard) => {
                // The waiting action replaces the plan (or closes the window): nothing to keep.
                self.clear_recovery();
                self.proceed(ctx, then);
            }
            (Modal::Restore(recovered), Answer::Restore) => self.restore(*recovered),
            (Modal::Restore(recovered), _) => {
                if let Some(r) = &self.recovery {
                    r.remove(&recovered.key);
                }
            }
            (Modal::ChangedOnDisk { path }, Answer::Replace) => {
                self.save_checked(&path, false);
            }
            (Modal::OpenElsewhere { doc }, Answer::ReadOnly) => self.open_read_only(*doc),
            (Modal::OpenElsewhere { doc }, Answer::Copy) => self.open_copy(*doc),
            (Modal::TypePath { then, .. }, Answer::Path(purpose, path)) => {
                self.picked(ctx, purpose, &path, then);
            }
            (Modal::Export { .. }, Answer::Export(format, paper)) => {
                self.export_choice = (format, paper);
                self.start_dialog(ctx, Purpose::ExportSummary, None);
            }
            // Cancelled, or closed: a waiting action inside the modal is dropped with it.
            _ => {}
        }
    }

    /// An error in a dialog; while another question or a file dialog is open (Save your
    /// changes?), on the status line instead, so the question is not lost.
    pub(super) fn show_error(&mut self, title: String, message: String) {
        if self.flow.is_idle() {
            self.ask(Modal::Error { title, message });
        } else {
            self.say(&format!("{title}: {message}"), true);
        }
    }
}

/// The title of a refused save, whatever refused it.
fn not_saved(lang: Language) -> String {
    lang.word(S::ThePlanWasNotSaved).to_owned()
}
