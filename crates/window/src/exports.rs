//! What leaves the window besides the plan: the summary (PDF or Markdown), the calendar, and
//! printing; the PDF is made on a thread of its own (`pdf_job`).

use std::path::{Path, PathBuf};

use eframe::egui;

use super::modals::ExportFormat;
use super::paths::{file_name, with_extension};
use super::pdf_job::{PdfJob, PdfOutcome, PdfTask, SHOW_PROGRESS_AFTER};
use super::planner::PlannerApp;
use crate::locale::Sentence as S;
use crate::model::{Catalogue, Language, Output};
use crate::report;
use crate::storage;
use socialplan_pdf::{Paper, PdfDate, PdfOptions};

impl PlannerApp {
    /// Writes the summary to `path`: a PDF (made on a thread) or Markdown, by the extension,
    /// else by the format chosen in the export dialog.
    pub fn export_summary(&mut self, ctx: &egui::Context, path: &Path) {
        let lang = self.lang();
        let is = |p: &Path, ext: &str| p.extension().is_some_and(|e| e.eq_ignore_ascii_case(ext));
        let pdf = is(path, "pdf") || (!is(path, "md") && self.export_choice.0 == ExportFormat::Pdf);
        let (output, path) = if pdf {
            (Output::Pdf, with_extension(path, "pdf"))
        } else {
            (Output::Summary, with_extension(path, "md"))
        };
        // The one guarded path: never the plan itself, a folder, a device or a read-only file
        // (the file dialog already asked before replacing anything else).
        if let Err(why) = storage::destination(output, &path, self.doc.path.as_deref()) {
            let title = not_exported(lang);
            self.show_error(
                title,
                format!("{}{}{}", path.display(), crate::format::colon(lang), why.words(lang)),
            );
            return;
        }
        if pdf {
            let options = self.pdf_options(self.export_choice.1);
            let summary = self.cache.summary(&self.doc.plan).clone();
            self.pdf_job = Some(PdfJob::start(ctx, summary, options, PdfTask::Export(path)));
            ctx.request_repaint_after(SHOW_PROGRESS_AFTER);
            return;
        }
        let markdown = report::to_markdown(self.cache.summary(&self.doc.plan));
        match storage::write_file_atomically(&path, markdown.as_bytes()) {
            Ok(()) => self.say(&lang.say(S::SummaryExported, &[("file", &file_name(&path))]), false),
            Err(e) => {
                let title = not_exported(lang);
                self.show_error(title, e.words(lang));
            }
        }
    }

    /// Writes the week as a calendar at `path` (`.ics` added when missing), and keeps in the
    /// plan (and its file) what was written, so that the next export updates and cancels.
    pub fn export_calendar(&mut self, path: &Path) {
        let lang = self.lang();
        let path = with_extension(path, "ics");
        let now = chrono::Utc::now();
        let plan_path = self.doc.path.clone();
        match report::save_calendar(&self.doc.plan, Catalogue::built_in(), plan_path.as_deref(), &path, now) {
            Ok(saved) => {
                let kept = self.keep_calendar_record(saved.record);
                let mut text = lang.say(S::CalendarExported, &[("file", &file_name(&saved.path))]);
                if saved.cancelled > 0 {
                    text += &lang.say(S::EventsCancelled, &[("events", &saved.cancelled)]);
                }
                if !kept {
                    text += lang.word(S::ExportNotKeptInPlan);
                }
                self.say(&text, !kept);
            }
            Err(why) => {
                let title = lang.word(S::TheCalendarWasNotExported).to_owned();
                let message = format!("{}{}{}", path.display(), crate::format::colon(lang), why.words(lang));
                // The path as it is: only our own words get French spacing.
                self.show_error(title, message);
            }
        }
    }

    /// Makes the PDF and hands it to the print service, or else to the PDF viewer.
    pub(super) fn print(&mut self, ctx: &egui::Context) {
        let options = self.pdf_options(Paper::from_env().unwrap_or_default());
        let summary = self.cache.summary(&self.doc.plan).clone();
        let task =
            PdfTask::Print { setup: self.print_setup.clone(), keep_in: self.keep_unprinted_in.clone() };
        self.pdf_job = Some(PdfJob::start(ctx, summary, options, task));
        ctx.request_repaint_after(SHOW_PROGRESS_AFTER);
    }

    pub(super) fn pdf_options(&self, paper: Paper) -> PdfOptions {
        let file_name = self.doc.path.as_deref().map(file_name).unwrap_or_default();
        PdfOptions { paper, file_name, date: PdfDate::today_utc() }
    }

    /// The PDF's outcome, once the thread is done.
    pub(super) fn handle_pdf_job(&mut self) {
        let Some(outcome) = self.pdf_job.as_ref().and_then(PdfJob::poll) else { return };
        self.pdf_job = None;
        let lang = self.lang();
        match outcome {
            PdfOutcome::Exported(path) => {
                self.say(&lang.say(S::SummaryExported, &[("file", &file_name(&path))]), false)
            }
            PdfOutcome::Printed { outcome, shown } => {
                self.shown_pdfs.extend(shown);
                self.say(&outcome.describe(lang), false);
            }
            PdfOutcome::NotPrinted { kept, why } => {
                let title = lang.word(S::TheSummaryWasNotPrinted).to_owned();
                let message = lang.say(S::PdfReadyButNotPrinted, &[("path", &kept.display()), ("why", &why)]);
                self.show_error(title, message);
            }
            PdfOutcome::Failed(why) => {
                let title = lang.word(S::ThePdfCouldNotBeMade).to_owned();
                self.show_error(title, why);
            }
        }
    }

    /// The temporary PDFs given to a viewer: a viewer that still has one open keeps reading it.
    pub fn remove_shown_pdfs(&mut self) {
        for path in self.shown_pdfs.drain(..) {
            // Already gone is fine.
            let _ = std::fs::remove_file(path);
        }
    }

    pub fn shown_pdfs(&self) -> &[PathBuf] {
        &self.shown_pdfs
    }

    pub fn is_making_pdf(&self) -> bool {
        self.pdf_job.is_some()
    }
}

/// The title of a refused summary export.
fn not_exported(lang: Language) -> String {
    lang.word(S::TheSummaryWasNotExported).to_owned()
}
