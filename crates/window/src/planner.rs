//! The window: menus, panels, the commands' effects, and keeping the owner's work safe.

use std::path::{Path, PathBuf};

use eframe::egui::{self, ViewportCommand};

use super::command::{Command, Then};
use super::derived::Cache;
use super::document::Document;
use super::file_dialog::{self, FileDialogs, Purpose, StandInDialogs};
use super::history::History;
use super::modals::{Answer, ExportFormat, Modal};
use super::paths::{file_name, file_stem, with_extension};
use super::pdf_job::{PdfJob, PdfOutcome, PdfTask, SHOW_PROGRESS_AFTER, documents_folder};
use super::prefs::Preferences;
use super::recovery::Recovery;
use super::views::{
    fit::FitPanel, map::MapView, platforms::PlatformsView, scenarios::ScenarioBar, week::WeekView,
};
use crate::model::{Catalogue, Language, Output, Plan};
use crate::report;
use crate::storage;
use socialplan_pdf::printing::PrintSetup;
use socialplan_pdf::{Paper, PdfDate, PdfOptions};

/// How the window starts.
#[derive(Debug, Default)]
pub struct StartOptions {
    /// The plan named on the command line.
    pub plan: Option<PathBuf>,
    /// Where to keep the autosaved copy; None keeps none (tests).
    pub recovery: Option<Recovery>,
    /// The window's language; None: the preference, else the system's.
    pub language: Option<Language>,
    /// How to print; None: the system's `lp` and PDF viewer.
    pub print: Option<PrintSetup>,
    /// File dialogs answered by a stand-in instead of the system's (tests).
    pub file_dialogs: Option<StandInDialogs>,
    /// Where a PDF that could be neither printed nor shown is kept; None: the documents folder.
    pub keep_unprinted_in: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    MapAndTime,
    Platforms,
    Week,
    Compare,
    Summary,
}

/// A line under the window: what just happened.
#[derive(Clone, Debug)]
pub(super) struct Notice {
    pub(super) text: String,
    pub(super) error: bool,
    /// The plan when it was said: the line goes once the owner changes the plan again, so
    /// that an old "Not renamed" never sits under a later success. None: it stays.
    pub(super) about: Option<Box<Plan>>,
}

const EXAMPLE_FR: &str = include_str!("../../../saves/boulangerie.ron");
const EXAMPLE_EN: &str = include_str!("../../../saves/accounting-firm.ron");

pub struct PlannerApp {
    pub doc: Document,
    pub(super) history: History,
    pub prefs: Preferences,
    pub tab: Tab,
    pub(super) map: MapView,
    pub(super) platforms: PlatformsView,
    pub week: WeekView,
    pub(super) scenario_bar: ScenarioBar,
    /// "Fit my week", while its panel is open.
    pub fit: Option<FitPanel>,
    pub(super) dialogs: FileDialogs,
    pub(super) modal: Option<Modal>,
    pub(super) notice: Option<Notice>,
    pub(super) recovery: Option<Recovery>,
    /// Input time of the last autosave, or of the first unsaved change.
    pub(super) autosave_clock: Option<f64>,
    /// The recovery copy this window wrote (or restored) and so may remove: its key.
    pub(super) recovery_key: Option<String>,
    /// This window's mark on the plan it has open, so another window asks before opening it.
    pub(super) claim: Option<super::claims::Claim>,
    pub(super) allow_close: bool,
    pub(super) title: String,
    pub(super) cache: Cache,
    pub(super) pdf_job: Option<PdfJob>,
    pub(super) print_setup: PrintSetup,
    /// Temporary PDFs a viewer was given to print from, removed when the window closes.
    pub(super) shown_pdfs: Vec<PathBuf>,
    /// Where a PDF that could not be printed is kept.
    pub(super) keep_unprinted_in: PathBuf,
    /// The format and paper last chosen for an export.
    pub(super) export_choice: (ExportFormat, Paper),
}

impl PlannerApp {
    pub fn new(cc: &eframe::CreationContext<'_>, start: StartOptions) -> PlannerApp {
        let mut prefs: Preferences =
            cc.storage.and_then(|s| eframe::get_value(s, eframe::APP_KEY)).unwrap_or_default();
        if let Some(lang) = start.language {
            prefs.language = Some(lang);
        }
        cc.egui_ctx.set_theme(prefs.theme);
        super::layout::install_fonts(&cc.egui_ctx);
        let lang = prefs.language();
        let example = example_plan(lang);
        let mut app = PlannerApp {
            history: History::new(&example),
            doc: Document::example(example),
            prefs,
            tab: Tab::MapAndTime,
            map: MapView::default(),
            platforms: PlatformsView::default(),
            week: WeekView::default(),
            scenario_bar: ScenarioBar::default(),
            fit: None,
            dialogs: FileDialogs::with_stand_in(start.file_dialogs),
            modal: None,
            notice: None,
            recovery: start.recovery,
            autosave_clock: None,
            recovery_key: None,
            claim: None,
            allow_close: false,
            title: String::new(),
            cache: Cache::default(),
            pdf_job: None,
            print_setup: start.print.unwrap_or_else(PrintSetup::from_env),
            shown_pdfs: Vec::new(),
            keep_unprinted_in: start.keep_unprinted_in.unwrap_or_else(documents_folder),
            export_choice: (ExportFormat::Pdf, Paper::from_env().unwrap_or_default()),
        };
        app.claim_current();
        let last = app.prefs.recent.first().cloned().filter(|p| p.exists());
        if let Some(path) = start.plan.or(last) {
            app.open_path(&path);
        }
        // What a crash left of another plan, or of a plan without a file.
        if app.modal.is_none() {
            app.offer_recovery(None);
        }
        app
    }

    pub fn lang(&self) -> Language {
        self.prefs.language()
    }

    pub fn is_modal_open(&self) -> bool {
        self.modal.is_some()
    }

    /// Runs a command from a menu, a button or a shortcut.
    pub fn run(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::New => self.guard(ctx, Then::New),
            Command::Open => self.guard(ctx, Then::Open),
            // A plan open read-only is never saved over: Save asks where, as for a new plan.
            Command::Save if self.doc.read_only => self.start_dialog(ctx, Purpose::SaveAs, None),
            Command::Save => self.save(ctx),
            Command::SaveAs => self.start_dialog(ctx, Purpose::SaveAs, None),
            Command::ExportSummary => {
                let (format, paper) = self.export_choice;
                self.modal = Some(Modal::Export { format, paper });
            }
            Command::ExportCalendar => self.start_dialog(ctx, Purpose::ExportCalendar, None),
            Command::FitMyWeek => self.fit = Some(FitPanel::new(&self.doc.plan)),
            Command::Print => self.print(ctx),
            Command::Quit => self.guard(ctx, Then::Quit),
            Command::Undo => {
                if self.history.undo(&mut self.doc.plan) {
                    self.say(self.lang().pick("Modification annulée", "Change undone"), false);
                }
            }
            Command::Redo => {
                if self.history.redo(&mut self.doc.plan) {
                    self.say(self.lang().pick("Modification rétablie", "Change redone"), false);
                }
            }
            Command::OpenRecent(i) => {
                if let Some(path) = self.prefs.recent.get(i).cloned() {
                    self.guard(ctx, Then::OpenPath(path));
                }
            }
        }
    }

    pub(super) fn is_enabled(&self, command: Command) -> bool {
        // While a file dialog is open, nothing may change the plan it is about.
        // A plan open read-only cannot change: no undo, no fit, no calendar record.
        let read_only = self.doc.read_only
            && matches!(
                command,
                Command::Undo | Command::Redo | Command::FitMyWeek | Command::ExportCalendar
            );
        if read_only {
            return false;
        }
        match command {
            Command::Undo => !self.dialogs.is_open() && self.history.can_undo(&self.doc.plan),
            Command::Redo => !self.dialogs.is_open() && self.history.can_redo(&self.doc.plan),
            Command::ExportSummary | Command::Print => !self.dialogs.is_open() && self.pdf_job.is_none(),
            Command::OpenRecent(i) => !self.dialogs.is_open() && i < self.prefs.recent.len(),
            _ => !self.dialogs.is_open(),
        }
    }

    /// Asks about unsaved changes before doing `then`.
    pub(super) fn guard(&mut self, ctx: &egui::Context, then: Then) {
        if self.doc.has_unsaved_changes() {
            self.modal = Some(Modal::Unsaved(then));
        } else {
            self.proceed(ctx, then);
        }
    }

    pub(super) fn proceed(&mut self, ctx: &egui::Context, then: Then) {
        match then {
            Then::New => {
                let lang = self.lang();
                let plan = Plan::new(lang.pick("Mon entreprise", "My business"), lang);
                self.replace_document(Document::new(plan));
                self.say(lang.pick("Nouveau plan", "New plan"), false);
            }
            Then::Open => self.start_dialog(ctx, Purpose::Open, None),
            Then::OpenPath(path) => self.open_path(&path),
            Then::Quit => {
                self.allow_close = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
        }
    }

    pub(super) fn replace_document(&mut self, doc: Document) {
        // The copy of the plan being left was this window's: it goes (the owner saved or
        // discarded first). No other copy is touched.
        self.clear_recovery();
        self.history.reset(&doc.plan);
        self.doc = doc;
        self.claim_current();
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
            self.modal = Some(Modal::ChangedOnDisk { path });
            return false;
        }
        if self.open_in_another_window(&path) {
            let lang = self.lang();
            let title = not_saved(lang);
            let message = match lang {
                Language::Fr => format!(
                    "{} est ouvert dans une autre fenêtre de socialplan : enregistrer ici remplacerait son travail. Choisissez un autre nom, ou fermez d'abord l'autre fenêtre.",
                    path.display()
                ),
                Language::En => format!(
                    "{} is open in another socialplan window: saving here would replace its work. Choose another name, or close the other window first.",
                    path.display()
                ),
            };
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
                self.say(&format!("{} {}", lang.pick("Enregistré :", "Saved:"), file_name(&path)), false);
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
            Ok(()) => self.say(
                &format!("{} {}", lang.pick("Résumé exporté :", "Summary exported:"), file_name(&path)),
                false,
            ),
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
                let mut text = format!(
                    "{} {}",
                    lang.pick("Calendrier exporté :", "Calendar exported:"),
                    file_name(&saved.path)
                );
                if saved.cancelled > 0 {
                    text += &lang.pick(
                        format!(
                            " ({} évènement(s) annulé(s) : le plan ne les contient plus)",
                            saved.cancelled
                        ),
                        format!(" ({} event(s) cancelled: the plan no longer holds them)", saved.cancelled),
                    );
                }
                if !kept {
                    text += lang.pick(
                        " — le fichier du plan n'a pas pu garder ce qui a été exporté : enregistrez le plan pour que le prochain export mette à jour le calendrier",
                        " — the plan's file could not keep what was exported: save the plan so that the next export updates the calendar",
                    );
                }
                self.say(&text, !kept);
            }
            Err(why) => {
                let title = lang
                    .pick("Le calendrier n'a pas été exporté", "The calendar was not exported")
                    .to_owned();
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
            PdfOutcome::Exported(path) => self.say(
                &format!("{} {}", lang.pick("Résumé exporté :", "Summary exported:"), file_name(&path)),
                false,
            ),
            PdfOutcome::Printed { outcome, shown } => {
                self.shown_pdfs.extend(shown);
                self.say(&outcome.describe(lang), false);
            }
            PdfOutcome::NotPrinted { kept, why } => {
                let title =
                    lang.pick("Le résumé n'a pas été imprimé", "The summary was not printed").to_owned();
                let message = match lang {
                    Language::Fr => format!(
                        "Le PDF est prêt dans {}. Ouvrez-le pour l'imprimer : ni service d'impression ni lecteur PDF n'ont répondu ({why}).",
                        kept.display()
                    ),
                    Language::En => format!(
                        "The PDF is ready in {}. Open it to print it: neither a print service nor a PDF viewer answered ({why}).",
                        kept.display()
                    ),
                };
                self.show_error(title, message);
            }
            PdfOutcome::Failed(why) => {
                let title = lang.pick("Le PDF n'a pas pu être fait", "The PDF could not be made").to_owned();
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

    /// Opens a file dialog; `then` waits for it (and for the save it leads to).
    pub(super) fn start_dialog(&mut self, ctx: &egui::Context, purpose: Purpose, then: Option<Then>) {
        let folder = self
            .doc
            .path
            .as_ref()
            .and_then(|p| p.parent().map(Path::to_owned))
            .or_else(|| self.prefs.last_folder.clone())
            .or_else(|| std::env::current_dir().ok().map(|d| d.join("saves")).filter(|d| d.is_dir()));
        let name = self.suggested_name(purpose);
        // One dialog at a time: while one is open, `then` is dropped with this request.
        self.dialogs.start(ctx, purpose, then, folder.as_deref(), &name, self.lang());
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
        let Some(answered) = self.dialogs.poll() else { return };
        let file_dialog::Answered { purpose, answer, then } = answered;
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
                self.modal = Some(Modal::TypePath { purpose, text, then, focused: false });
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
        let Some(modal) = self.modal.as_mut() else { return };
        let Some(answer) = modal.show(ctx, lang) else { return };
        let modal = self.modal.take();
        match (modal, answer) {
            (Some(Modal::Unsaved(then)), Answer::Save) => {
                if let Some(path) = self.doc.path.clone() {
                    if self.save_to(&path) {
                        self.proceed(ctx, then);
                    }
                } else {
                    // Save as…, then carry on with what was asked.
                    self.start_dialog(ctx, Purpose::SaveAs, Some(then));
                }
            }
            (Some(Modal::Unsaved(then)), Answer::Discard) => {
                // The waiting action replaces the plan (or closes the window): nothing to keep.
                self.clear_recovery();
                self.proceed(ctx, then);
            }
            (Some(Modal::Restore(recovered)), Answer::Restore) => self.restore(*recovered),
            (Some(Modal::Restore(recovered)), _) => {
                if let Some(r) = &self.recovery {
                    r.remove(&recovered.key);
                }
            }
            (Some(Modal::ChangedOnDisk { path }), Answer::Replace) => {
                self.save_checked(&path, false);
            }
            (Some(Modal::OpenElsewhere { doc }), Answer::ReadOnly) => self.open_read_only(*doc),
            (Some(Modal::OpenElsewhere { doc }), Answer::Copy) => self.open_copy(*doc),
            (Some(Modal::TypePath { then, .. }), Answer::Path(purpose, path)) => {
                self.picked(ctx, purpose, &path, then);
            }
            (Some(Modal::Export { .. }), Answer::Export(format, paper)) => {
                self.export_choice = (format, paper);
                self.start_dialog(ctx, Purpose::ExportSummary, None);
            }
            // Cancelled, or closed: a waiting action inside the modal is dropped with it.
            _ => {}
        }
    }

    /// An error in a dialog; while another question is open (Save your changes?), on the
    /// status line instead, so the question is not lost.
    pub(super) fn show_error(&mut self, title: String, message: String) {
        if self.modal.is_some() {
            self.say(&format!("{title}: {message}"), true);
        } else {
            self.modal = Some(Modal::Error { title, message });
        }
    }

    pub(super) fn say(&mut self, text: &str, error: bool) {
        let about = Some(Box::new(self.doc.plan.clone()));
        self.notice = Some(Notice { text: text.to_owned(), error, about });
    }

    pub(super) fn update_title(&mut self, ctx: &egui::Context) {
        let mark = if self.doc.has_unsaved_changes() { "*" } else { "" };
        let read_only =
            if self.doc.read_only { self.lang().pick(" (lecture seule)", " (read-only)") } else { "" };
        // The scenario too, once there is more than one to tell apart.
        let plan = &self.doc.plan;
        let scenario = match plan.current() {
            Some(s) if plan.scenarios.len() > 1 => format!(" · {}", s.name),
            _ => String::new(),
        };
        let title = format!("{mark}{}{read_only}{scenario} — socialplan", self.doc.display_name());
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    pub fn title(&self) -> &str {
        &self.title
    }
}

/// The title of a refused save, whatever refused it.
fn not_saved(lang: Language) -> String {
    lang.pick("Le plan n'a pas été enregistré", "The plan was not saved").to_owned()
}

/// The title of a refused summary export.
fn not_exported(lang: Language) -> String {
    lang.pick("Le résumé n'a pas été exporté", "The summary was not exported").to_owned()
}

fn example_plan(lang: Language) -> Plan {
    let text = lang.pick(EXAMPLE_FR, EXAMPLE_EN);
    // The examples ship inside the program and a test loads them; an empty plan is the fallback.
    storage::parse(text, Path::new("example.ron"), Catalogue::built_in())
        .unwrap_or_else(|_| Plan::new(lang.pick("Mon entreprise", "My business"), lang))
}
