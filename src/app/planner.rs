//! The window: menus, panels, the commands' effects, and keeping the owner's work safe.

use std::path::{Path, PathBuf};
use std::time::Duration;

use eframe::egui::{self, ThemePreference, ViewportCommand};

use super::command::Command;
use super::derived::Cache;
use super::document::Document;
use super::file_dialog::{self, FileDialogs, Purpose};
use super::history::History;
use super::modals::{Answer, ExportFormat, Modal};
use super::pdf_job::{PdfJob, PdfTask, SHOW_PROGRESS_AFTER};
use super::prefs::Preferences;
use super::recovery::{AUTOSAVE_EVERY, Recovery};
use super::views::{
    business::business_ui, map::MapView, platforms::PlatformsView, summary::summary_ui,
    time_chart::time_chart_ui,
};
use crate::model::{Catalogue, Language, Plan};
use crate::printing::PrintSetup;
use crate::report::{self, Paper, PdfDate, PdfOptions};
use crate::storage;

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
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    MapAndTime,
    Platforms,
    Summary,
}

/// What waits for the answer to "save your changes?".
#[derive(Clone, Debug, PartialEq)]
enum Then {
    New,
    Open,
    OpenPath(PathBuf),
    Quit,
}

/// A line under the window: what just happened.
#[derive(Clone, Debug)]
struct Notice {
    text: String,
    error: bool,
}

const EXAMPLE_FR: &str = include_str!("../../saves/boulangerie.ron");
const EXAMPLE_EN: &str = include_str!("../../saves/accounting-firm.ron");

pub struct PlannerApp {
    pub doc: Document,
    history: History,
    pub prefs: Preferences,
    pub tab: Tab,
    map: MapView,
    platforms: PlatformsView,
    dialogs: FileDialogs,
    modal: Option<Modal>,
    then: Option<Then>,
    notice: Option<Notice>,
    recovery: Option<Recovery>,
    /// Input time of the last autosave, or of the first unsaved change.
    autosave_clock: Option<f64>,
    /// A recovery copy of this plan is on disk.
    recovery_written: bool,
    allow_close: bool,
    title: String,
    cache: Cache,
    pdf_job: Option<PdfJob>,
    print_setup: PrintSetup,
    /// The format and paper last chosen for an export.
    export_choice: (ExportFormat, Paper),
}

impl PlannerApp {
    pub fn new(cc: &eframe::CreationContext<'_>, start: StartOptions) -> PlannerApp {
        let mut prefs: Preferences =
            cc.storage.and_then(|s| eframe::get_value(s, eframe::APP_KEY)).unwrap_or_default();
        if let Some(lang) = start.language {
            prefs.language = Some(lang);
        }
        cc.egui_ctx.set_theme(prefs.theme);
        install_fonts(&cc.egui_ctx);
        let lang = prefs.language();
        let example = example_plan(lang);
        let mut app = PlannerApp {
            history: History::new(&example),
            doc: Document::example(example),
            prefs,
            tab: Tab::MapAndTime,
            map: MapView::default(),
            platforms: PlatformsView::default(),
            dialogs: FileDialogs::default(),
            modal: None,
            then: None,
            notice: None,
            recovery: start.recovery,
            autosave_clock: None,
            recovery_written: false,
            allow_close: false,
            title: String::new(),
            cache: Cache::default(),
            pdf_job: None,
            print_setup: start.print.unwrap_or_else(PrintSetup::from_env),
            export_choice: (ExportFormat::Pdf, Paper::from_env().unwrap_or_default()),
        };
        let last = app.prefs.recent.first().cloned().filter(|p| p.exists());
        // Opening a plan clears the recovery copy: not this one, which is offered below.
        let recovery = app.recovery.take();
        if let Some(path) = start.plan.or(last) {
            app.open_path(&path);
        }
        app.recovery = recovery;
        let recovered = app.recovery.as_ref().and_then(|r| r.find(Catalogue::built_in()));
        if let Some(recovered) = recovered {
            app.modal = Some(Modal::Restore(Box::new(recovered)));
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
            Command::Save => self.save(ctx),
            Command::SaveAs => self.start_dialog(ctx, Purpose::SaveAs),
            Command::ExportSummary => {
                let (format, paper) = self.export_choice;
                self.modal = Some(Modal::Export { format, paper });
            }
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
        }
    }

    fn is_enabled(&self, command: Command) -> bool {
        match command {
            Command::Undo => self.history.can_undo(&self.doc.plan),
            Command::Redo => self.history.can_redo(&self.doc.plan),
            Command::ExportSummary | Command::Print => !self.dialogs.is_open() && self.pdf_job.is_none(),
            _ => !self.dialogs.is_open(),
        }
    }

    /// Asks about unsaved changes before doing `then`.
    fn guard(&mut self, ctx: &egui::Context, then: Then) {
        if self.doc.has_unsaved_changes() {
            self.then = Some(then);
            self.modal = Some(Modal::Unsaved);
        } else {
            self.proceed(ctx, then);
        }
    }

    fn proceed(&mut self, ctx: &egui::Context, then: Then) {
        match then {
            Then::New => {
                let lang = self.lang();
                let plan = Plan::new(lang.pick("Mon entreprise", "My business"), lang);
                self.replace_document(Document::new(plan));
                self.say(lang.pick("Nouveau plan", "New plan"), false);
            }
            Then::Open => self.start_dialog(ctx, Purpose::Open),
            Then::OpenPath(path) => self.open_path(&path),
            Then::Quit => {
                self.allow_close = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
        }
    }

    fn replace_document(&mut self, doc: Document) {
        self.history.reset(&doc.plan);
        self.doc = doc;
        self.clear_recovery();
    }

    fn open_path(&mut self, path: &Path) {
        match Document::open(path, Catalogue::built_in()) {
            Ok(doc) => {
                self.prefs.remember(path);
                self.replace_document(doc);
                let lang = self.lang();
                self.say(&format!("{} {}", lang.pick("Ouvert :", "Opened:"), file_name(path)), false);
            }
            Err(e) => {
                if !path.exists() {
                    self.prefs.forget(path);
                }
                let title = self
                    .lang()
                    .pick("Impossible d'ouvrir ce plan", "This plan could not be opened")
                    .to_owned();
                self.show_error(title, e.to_string());
            }
        }
    }

    fn save(&mut self, ctx: &egui::Context) {
        match self.doc.path.clone() {
            Some(path) => {
                self.save_to(&path);
            }
            None => self.start_dialog(ctx, Purpose::SaveAs),
        }
    }

    /// True when saved. On failure, whatever waited for the save is called off.
    fn save_to(&mut self, path: &Path) -> bool {
        let path = path.to_owned();
        match self.doc.save_to(&path, Catalogue::built_in()) {
            Ok(()) => {
                self.prefs.remember(&path);
                self.clear_recovery();
                let lang = self.lang();
                self.say(&format!("{} {}", lang.pick("Enregistré :", "Saved:"), file_name(&path)), false);
                true
            }
            Err(e) => {
                let title =
                    self.lang().pick("Le plan n'a pas été enregistré", "The plan was not saved").to_owned();
                self.show_error(title, e.to_string());
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
        if pdf {
            let path = with_extension(path, "pdf");
            let options = self.pdf_options(self.export_choice.1);
            let summary = self.cache.summary(&self.doc.plan).clone();
            self.pdf_job = Some(PdfJob::start(ctx, summary, options, PdfTask::Export(path), lang));
            ctx.request_repaint_after(SHOW_PROGRESS_AFTER);
            return;
        }
        let path = with_extension(path, "md");
        let markdown = report::to_markdown(self.cache.summary(&self.doc.plan));
        match storage::write_file_atomically(&path, markdown.as_bytes()) {
            Ok(()) => self.say(
                &format!("{} {}", lang.pick("Résumé exporté :", "Summary exported:"), file_name(&path)),
                false,
            ),
            Err(e) => {
                let title =
                    lang.pick("Le résumé n'a pas été exporté", "The summary was not exported").to_owned();
                self.show_error(title, e.to_string());
            }
        }
    }

    /// Makes the PDF and hands it to the print service, or else to the PDF viewer.
    fn print(&mut self, ctx: &egui::Context) {
        let lang = self.lang();
        let options = self.pdf_options(Paper::from_env().unwrap_or_default());
        let summary = self.cache.summary(&self.doc.plan).clone();
        let task = PdfTask::Print(self.print_setup.clone());
        self.pdf_job = Some(PdfJob::start(ctx, summary, options, task, lang));
        ctx.request_repaint_after(SHOW_PROGRESS_AFTER);
    }

    fn pdf_options(&self, paper: Paper) -> PdfOptions {
        let file_name = self.doc.path.as_deref().map(file_name).unwrap_or_default();
        PdfOptions { paper, file_name, date: PdfDate::today_utc() }
    }

    /// The PDF's outcome, once the thread is done.
    fn handle_pdf_job(&mut self) {
        let Some(result) = self.pdf_job.as_ref().and_then(PdfJob::poll) else { return };
        self.pdf_job = None;
        match result {
            Ok(message) => self.say(&message, false),
            Err(message) => {
                let title =
                    self.lang().pick("Le PDF n'a pas pu être fait", "The PDF could not be made").to_owned();
                self.show_error(title, message);
            }
        }
    }

    pub fn is_making_pdf(&self) -> bool {
        self.pdf_job.is_some()
    }

    fn start_dialog(&mut self, ctx: &egui::Context, purpose: Purpose) {
        let folder = self
            .doc
            .path
            .as_ref()
            .and_then(|p| p.parent().map(Path::to_owned))
            .or_else(|| self.prefs.last_folder.clone())
            .or_else(|| std::env::current_dir().ok().map(|d| d.join("saves")).filter(|d| d.is_dir()));
        let stem = file_stem(&self.doc);
        let name = match (purpose, self.export_choice.0) {
            (Purpose::ExportSummary, ExportFormat::Pdf) => format!("{stem}.pdf"),
            (Purpose::ExportSummary, ExportFormat::Markdown) => format!("{stem}.md"),
            _ => format!("{stem}.ron"),
        };
        if self.dialogs.is_open() {
            // One dialog at a time; what waited for this one will not happen.
            self.then = None;
            return;
        }
        self.dialogs.start(ctx, purpose, folder.as_deref(), &name, self.lang());
    }

    fn handle_dialog(&mut self, ctx: &egui::Context) {
        let Some(answer) = self.dialogs.poll() else { return };
        match answer {
            file_dialog::Answer::Picked(purpose, path) => self.picked(ctx, purpose, &path),
            file_dialog::Answer::Cancelled => self.then = None,
            file_dialog::Answer::Unavailable(purpose) => {
                let text = self.doc.path.as_ref().map(|p| p.display().to_string()).unwrap_or_default();
                self.modal = Some(Modal::TypePath { purpose, text });
            }
        }
    }

    fn picked(&mut self, ctx: &egui::Context, purpose: Purpose, path: &Path) {
        match purpose {
            Purpose::Open => self.open_path(path),
            Purpose::SaveAs => {
                if self.save_to(&with_extension(path, "ron"))
                    && let Some(then) = self.then.take()
                {
                    self.proceed(ctx, then);
                }
            }
            Purpose::ExportSummary => self.export_summary(ctx, path),
        }
    }

    fn handle_modal(&mut self, ctx: &egui::Context) {
        let lang = self.lang();
        let Some(modal) = self.modal.as_mut() else { return };
        let Some(answer) = modal.show(ctx, lang) else { return };
        let modal = self.modal.take();
        match (modal, answer) {
            (Some(Modal::Unsaved), Answer::Save) => {
                if let Some(path) = self.doc.path.clone() {
                    if self.save_to(&path)
                        && let Some(then) = self.then.take()
                    {
                        self.proceed(ctx, then);
                    }
                } else {
                    // Save as…, then carry on with what was asked.
                    self.start_dialog(ctx, Purpose::SaveAs);
                }
            }
            (Some(Modal::Unsaved), Answer::Discard) => {
                // The pending action replaces the plan (or closes the window): nothing to keep.
                self.clear_recovery();
                if let Some(then) = self.then.take() {
                    self.proceed(ctx, then);
                }
            }
            (Some(Modal::Restore(recovered)), Answer::Restore) => {
                let saved =
                    recovered.path.as_ref().and_then(|p| storage::load(p, Catalogue::built_in()).ok());
                let doc = Document::recovered(recovered.plan, recovered.path, saved);
                self.history.reset(&doc.plan);
                self.doc = doc;
                self.say(lang.pick("Travail non enregistré repris", "Unsaved work restored"), false);
            }
            (Some(Modal::Restore(_)), _) => self.clear_recovery(),
            (Some(Modal::TypePath { .. }), Answer::Path(purpose, path)) => self.picked(ctx, purpose, &path),
            (Some(Modal::Export { .. }), Answer::Export(format, paper)) => {
                self.export_choice = (format, paper);
                self.start_dialog(ctx, Purpose::ExportSummary);
            }
            (_, Answer::Cancel) => self.then = None,
            _ => {}
        }
    }

    fn clear_recovery(&mut self) {
        if let Some(r) = &self.recovery {
            r.clear();
        }
        self.autosave_clock = None;
        self.recovery_written = false;
    }

    fn autosave(&mut self, ctx: &egui::Context) {
        if self.recovery.is_none() {
            return;
        }
        if !self.doc.has_unsaved_changes() {
            // Undone back to the saved plan: a copy on disk would be offered for nothing.
            if self.recovery_written {
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
            match recovery.write(&self.doc.plan, self.doc.path.as_deref(), Catalogue::built_in()) {
                Ok(()) => self.recovery_written = true,
                // An invalid plan (a name left empty) is not written; the next try comes later.
                Err(e) => {
                    let lang = self.lang();
                    let text = format!(
                        "{} {e}",
                        lang.pick("Sauvegarde automatique impossible :", "Autosave failed:")
                    );
                    self.notice = Some(Notice { text, error: true });
                }
            }
            self.autosave_clock = Some(now);
            ctx.request_repaint_after(AUTOSAVE_EVERY);
        } else {
            ctx.request_repaint_after(Duration::from_secs_f64(due - (now - since)));
        }
    }

    /// An error in a dialog; while another question is open (Save your changes?), on the
    /// status line instead, so the question is not lost.
    fn show_error(&mut self, title: String, message: String) {
        if self.modal.is_some() {
            self.say(&format!("{title}: {message}"), true);
        } else {
            self.modal = Some(Modal::Error { title, message });
        }
    }

    fn say(&mut self, text: &str, error: bool) {
        self.notice = Some(Notice { text: text.to_owned(), error });
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let mark = if self.doc.has_unsaved_changes() { "*" } else { "" };
        let title = format!("{mark}{} — socialplan", self.doc.display_name());
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    pub fn title(&self) -> &str {
        &self.title
    }

    fn menu_bar(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        let mut run = None;
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(lang.pick("Fichier", "File"), |ui| {
                for c in [Command::New, Command::Open] {
                    if c.menu_button(ui, lang, self.is_enabled(c)) {
                        run = Some(c);
                    }
                }
                ui.menu_button(lang.pick("Ouvrir un plan récent", "Open recent"), |ui| {
                    if self.prefs.recent.is_empty() {
                        ui.weak(lang.pick("Aucun plan récent", "No recent plan"));
                    }
                    for path in self.prefs.recent.clone() {
                        let name = file_name(&path);
                        if ui.button(name).on_hover_text(path.display().to_string()).clicked() {
                            self.guard(ui.ctx(), Then::OpenPath(path));
                        }
                    }
                });
                ui.separator();
                for c in [Command::Save, Command::SaveAs] {
                    if c.menu_button(ui, lang, self.is_enabled(c)) {
                        run = Some(c);
                    }
                }
                ui.separator();
                for c in [Command::ExportSummary, Command::Print] {
                    if c.menu_button(ui, lang, self.is_enabled(c)) {
                        run = Some(c);
                    }
                }
                ui.separator();
                if Command::Quit.menu_button(ui, lang, true) {
                    run = Some(Command::Quit);
                }
            });
            ui.menu_button(lang.pick("Édition", "Edit"), |ui| {
                for c in [Command::Undo, Command::Redo] {
                    if c.menu_button(ui, lang, self.is_enabled(c)) {
                        run = Some(c);
                    }
                }
            });
            ui.menu_button(lang.pick("Affichage", "View"), |ui| {
                let mut theme = self.prefs.theme;
                ui.radio_value(&mut theme, ThemePreference::Light, lang.pick("Clair", "Light"));
                ui.radio_value(&mut theme, ThemePreference::Dark, lang.pick("Sombre", "Dark"));
                ui.radio_value(
                    &mut theme,
                    ThemePreference::System,
                    lang.pick("Comme le système", "Follow the system"),
                );
                if theme != self.prefs.theme {
                    self.prefs.theme = theme;
                    ui.ctx().set_theme(theme);
                }
                ui.separator();
                for l in Language::ALL {
                    if ui.radio(lang == l, l.native_name()).clicked() {
                        self.prefs.language = Some(l);
                    }
                }
            });
            ui.menu_button(lang.pick("Aide", "Help"), |ui| {
                if ui.button(lang.pick("La méthode", "The method")).clicked() {
                    self.modal = Some(Modal::Method);
                }
                if ui.button(lang.pick("À propos", "About")).clicked() {
                    self.modal = Some(Modal::About);
                }
            });
        });
        if let Some(c) = run {
            self.run(ui.ctx(), c);
        }
    }

    fn status_bar(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        if let Some(job) = &self.pdf_job
            && job.elapsed() >= SHOW_PROGRESS_AFTER
        {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(lang.pick("Préparation du PDF…", "Making the PDF…"));
            });
        }
        let problems = &self.cache.get(&self.doc.plan, lang).problems;
        if let Some(problem) = problems.first() {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                format!(
                    "⚠ {}: {} — {}",
                    problem.field,
                    problem.message,
                    lang.pick(
                        "le plan ne peut pas être enregistré ainsi",
                        "the plan cannot be saved like this"
                    )
                ),
            );
        }
        if let Some(notice) = &self.notice {
            if notice.error {
                ui.colored_label(ui.visuals().error_fg_color, &notice.text);
            } else {
                ui.label(&notice.text);
            }
        } else if problems.is_empty() {
            ui.weak(lang.pick("Prêt", "Ready"));
        }
    }

    fn central_ui(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        ui.horizontal(|ui| {
            for (tab, label) in [
                (Tab::MapAndTime, lang.pick("Carte et temps", "Map and time")),
                (Tab::Platforms, lang.pick("Plateformes", "Platforms")),
                (Tab::Summary, lang.pick("Résumé", "Summary")),
            ] {
                ui.selectable_value(&mut self.tab, tab, label);
            }
        });
        ui.separator();
        match self.tab {
            Tab::MapAndTime => self.map_and_time_ui(ui),
            Tab::Platforms => {
                egui::ScrollArea::vertical().id_salt("platforms tab").show(ui, |ui| {
                    let cost = &self.cache.get(&self.doc.plan, lang).cost;
                    self.platforms.ui(ui, &mut self.doc.plan, cost, lang);
                });
            }
            Tab::Summary => {
                let mut export = false;
                egui::ScrollArea::vertical().id_salt("summary tab").show(ui, |ui| {
                    let summary = self.cache.summary(&self.doc.plan);
                    export = summary_ui(
                        ui,
                        summary,
                        Command::ExportSummary.label(lang),
                        Command::ExportSummary.tooltip(lang),
                    );
                });
                if export && self.is_enabled(Command::ExportSummary) {
                    self.run(ui.ctx(), Command::ExportSummary);
                }
            }
        }
    }

    fn map_and_time_ui(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        // Borrowed from the cache, not copied: the map edits the plan, the cache stays as it was
        // at the start of the frame and is refreshed on the next one.
        let derived = self.cache.get(&self.doc.plan, lang);
        let (ranking, cost, bring_back) = (&derived.ranking, &derived.cost, &derived.bring_back);
        let wide = ui.available_width() >= 820.0;
        if wide {
            let height = ui.available_height();
            ui.columns(2, |columns| {
                map_legend(&mut columns[0], lang);
                let side = columns[0].available_width().min(height - 50.0).max(260.0);
                self.map.ui(&mut columns[0], &mut self.doc.plan, ranking, lang, side);
                egui::ScrollArea::vertical().id_salt("time side").show(&mut columns[1], |ui| {
                    let chart_height = (height * 0.55).max(220.0);
                    time_chart_ui(ui, cost, bring_back, lang, chart_height);
                });
            });
        } else {
            egui::ScrollArea::vertical().id_salt("overview").show(ui, |ui| {
                map_legend(ui, lang);
                let side = ui.available_width().min(560.0);
                self.map.ui(ui, &mut self.doc.plan, ranking, lang, side);
                ui.add_space(8.0);
                time_chart_ui(ui, cost, bring_back, lang, 280.0);
            });
        }
    }
}

fn map_legend(ui: &mut egui::Ui, lang: Language) {
    ui.horizontal_wrapped(|ui| {
        ui.weak(lang.pick(
            "● choisie   ○ plateforme   ◆ produit   — survoler pour le détail, cliquer pour choisir, glisser un produit pour le déplacer",
            "● chosen   ○ platform   ◆ product   — hover for details, click to choose, drag a product to move it",
        ));
    });
}

impl eframe::App for PlannerApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if ctx.input(|i| i.viewport().close_requested())
            && !self.allow_close
            && self.doc.has_unsaved_changes()
        {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.then = Some(Then::Quit);
            self.modal = Some(Modal::Unsaved);
        }
        if self.modal.is_none()
            && let Some(command) = Command::from_keyboard(&ctx)
            && self.is_enabled(command)
        {
            self.run(&ctx, command);
        }
        self.handle_dialog(&ctx);
        self.handle_pdf_job();

        let lang = self.lang();
        egui::Panel::top("menu bar").show(ui, |ui| self.menu_bar(ui));
        if self.doc.is_example {
            egui::Panel::top("example note").show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(lang.pick(
                        "Ceci est un plan d'exemple. Fichier › Nouveau commence un plan vierge.",
                        "This is an example plan. File › New starts a fresh plan.",
                    ));
                });
            });
        }
        egui::Panel::bottom("status bar").show(ui, |ui| self.status_bar(ui));
        egui::Panel::left("business").resizable(true).default_size(340.0).min_size(260.0).show(ui, |ui| {
            egui::ScrollArea::vertical().id_salt("business scroll").show(ui, |ui| {
                business_ui(ui, &mut self.doc.plan, lang);
            });
        });
        let editable = !self.dialogs.is_open();
        egui::CentralPanel::default().show(ui, |ui| {
            ui.add_enabled_ui(editable, |ui| self.central_ui(ui));
        });

        self.handle_modal(&ctx);

        if std::env::var_os("SOCIALPLAN_EXIT_AFTER_FIRST_FRAME").is_some() && ctx.cumulative_frame_nr() >= 1 {
            if let Some(start) = super::PROCESS_START.get()
                && !self.allow_close
            {
                println!("first frame shown after {:.0} ms", start.elapsed().as_secs_f64() * 1000.0);
            }
            self.allow_close = true;
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }

        let interacting = ctx.input(|i| i.pointer.any_down()) || ctx.egui_wants_keyboard_input();
        self.history.observe(&self.doc.plan, interacting);
        self.autosave(&ctx);
        self.update_title(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.prefs);
    }
}

/// egui's own font lacks arrows, shapes and most scripts beyond Latin; DejaVu Sans (also the
/// printed summary's font) fills in after it, so "→", "●" and a Hebrew product name all show.
fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "DejaVuSans".to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(report::DEJAVU_SANS)),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        let list = fonts.families.entry(family).or_default();
        let at = list.len().min(1);
        list.insert(at, "DejaVuSans".to_owned());
    }
    ctx.set_fonts(fonts);
}

fn example_plan(lang: Language) -> Plan {
    let text = lang.pick(EXAMPLE_FR, EXAMPLE_EN);
    // The examples ship inside the program and a test loads them; an empty plan is the fallback.
    storage::parse(text, Path::new("example.ron"), Catalogue::built_in())
        .unwrap_or_else(|_| Plan::new(lang.pick("Mon entreprise", "My business"), lang))
}

fn file_stem(doc: &Document) -> String {
    if let Some(stem) = doc.path.as_ref().and_then(|p| p.file_stem()) {
        return stem.to_string_lossy().into_owned();
    }
    let name: String = doc
        .plan
        .business
        .name
        .chars()
        .map(|c| if c.is_alphanumeric() || c == '-' { c.to_ascii_lowercase() } else { '-' })
        .collect();
    let name = name.trim_matches('-').to_owned();
    if name.is_empty() { "plan".to_owned() } else { name }
}

/// The name alone: the status line has no room for whole paths (the menu's tooltips have them).
pub(super) fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

/// `plan` → `plan.ron`; a name that already has the extension is kept.
fn with_extension(path: &Path, extension: &str) -> PathBuf {
    if path.extension().is_some_and(|e| e.eq_ignore_ascii_case(extension)) {
        path.to_owned()
    } else {
        let mut s = path.as_os_str().to_owned();
        s.push(".");
        s.push(extension);
        PathBuf::from(s)
    }
}
