//! The window's state and its frame loop: the plan on screen, the commands' effects, and what
//! each frame does in turn. Drawing is in `layout.rs`, what the owner asked in `flow.rs`,
//! exports in `exports.rs`, the crash copy in `recovery.rs`, the views' requests in `action.rs`.

use std::path::{Path, PathBuf};

use eframe::egui::{self, ViewportCommand};

use super::action::{Action, Actions};
use super::command::{Command, Then};
use super::derived::Cache;
use super::document::Document;
use super::file_dialog::{FileDialogs, Purpose, StandInDialogs};
use super::flow::Flow;
use super::history::History;
use super::modals::{ExportFormat, Modal};
use super::pdf_job::{PdfJob, documents_folder};
use super::prefs::Preferences;
use super::recovery::Recovery;
use super::views::ideas::IdeasView;
use super::views::{
    fit::FitPanel, map::MapView, month::MonthForm, platforms::PlatformsView, scenarios::ScenarioBar,
    week::WeekView,
};
use crate::locale::Sentence as S;
use crate::model::{Catalogue, Language, Plan};
use crate::storage;
use socialplan_pdf::Paper;
use socialplan_pdf::printing::PrintSetup;

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
    Ideas,
    Compare,
    Summary,
    /// The monthly check-in.
    Month,
    /// The year's holidays, trade moments and seasons.
    Year,
    /// The review routine and the ambassadors.
    Voices,
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
    pub ideas: IdeasView,
    pub(super) scenario_bar: ScenarioBar,
    /// The Month tab's form and chart choice.
    pub month: MonthForm,
    /// The day the Year tab's twelve months start from; None: today (tests fix it).
    pub year_from: Option<chrono::NaiveDate>,
    /// "Fit my week", while its panel is open.
    pub fit: Option<FitPanel>,
    pub(super) dialogs: FileDialogs,
    /// What the owner asked and what it waits on: a question, a file dialog, closing.
    pub(super) flow: Flow,
    pub(super) notice: Option<Notice>,
    /// What this frame's panels asked for, done once they are drawn.
    pub(super) actions: Actions,
    pub(super) recovery: Option<Recovery>,
    /// Input time of the last autosave, or of the first unsaved change.
    pub(super) autosave_clock: Option<f64>,
    /// The recovery copy this window wrote (or restored) and so may remove: its key.
    pub(super) recovery_key: Option<String>,
    /// This window's mark on the plan it has open, so another window asks before opening it.
    pub(super) claim: Option<super::claims::Claim>,
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
            ideas: IdeasView::default(),
            scenario_bar: ScenarioBar::default(),
            month: MonthForm::default(),
            year_from: None,
            fit: None,
            dialogs: FileDialogs::with_stand_in(start.file_dialogs),
            flow: Flow::Idle,
            notice: None,
            actions: Actions::default(),
            recovery: start.recovery,
            autosave_clock: None,
            recovery_key: None,
            claim: None,
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
        if app.flow.is_idle() {
            app.offer_recovery(None);
        }
        app
    }

    pub fn lang(&self) -> Language {
        self.prefs.language()
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
                self.ask(Modal::Export { format, paper });
            }
            Command::ExportCalendar => self.start_dialog(ctx, Purpose::ExportCalendar, None),
            Command::FitMyWeek => self.fit = Some(FitPanel::new(&self.doc.plan)),
            Command::Print => self.print(ctx),
            Command::Quit => self.guard(ctx, Then::Quit),
            Command::Undo => {
                if self.history.undo(&mut self.doc.plan) {
                    self.say(self.lang().word(S::ChangeUndone), false);
                }
            }
            Command::Redo => {
                if self.history.redo(&mut self.doc.plan) {
                    self.say(self.lang().word(S::ChangeRedone), false);
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
            Command::Undo => !self.flow.is_picking() && self.history.can_undo(&self.doc.plan),
            Command::Redo => !self.flow.is_picking() && self.history.can_redo(&self.doc.plan),
            Command::ExportSummary | Command::Print => !self.flow.is_picking() && self.pdf_job.is_none(),
            Command::OpenRecent(i) => !self.flow.is_picking() && i < self.prefs.recent.len(),
            _ => !self.flow.is_picking(),
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

    pub(super) fn say(&mut self, text: &str, error: bool) {
        let about = Some(Box::new(self.doc.plan.clone()));
        self.notice = Some(Notice { text: text.to_owned(), error, about });
    }

    pub(super) fn update_title(&mut self, ctx: &egui::Context) {
        let mark = if self.doc.has_unsaved_changes() { "*" } else { "" };
        let read_only = if self.doc.read_only { self.lang().word(S::ReadOnly) } else { "" };
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

/// eframe's frame loop: what came in since the last frame (a close request, a shortcut, a
/// file dialog's or the PDF's answer), then the panels, the actions they asked for, the
/// question in front, and the plan's safekeeping.
impl eframe::App for PlannerApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let dragging = ctx.input(|i| i.pointer.any_down());
        self.cache.dragging(dragging);
        if ctx.input(|i| i.viewport().close_requested())
            && !matches!(self.flow, Flow::Closing)
            && self.doc.has_unsaved_changes()
        {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.ask(Modal::Unsaved(Then::Quit));
        }
        if !self.is_modal_open()
            && let Some(command) = Command::from_keyboard(&ctx)
            && self.is_enabled(command)
        {
            self.actions.push(Action::Run(command));
        }
        self.handle_dialog(&ctx);
        self.handle_pdf_job();

        self.draw(ui);
        // Before the question in front, so that a question an action asks shows this frame.
        self.act(&ctx);
        self.handle_modal(&ctx);

        if std::env::var_os("SOCIALPLAN_EXIT_AFTER_FIRST_FRAME").is_some() && ctx.cumulative_frame_nr() >= 1 {
            if let Some(start) = super::PROCESS_START.get()
                && !matches!(self.flow, Flow::Closing)
            {
                println!("first frame shown after {:.0} ms", start.elapsed().as_secs_f64() * 1000.0);
            }
            self.flow = Flow::Closing;
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }

        if let Some(Notice { about: Some(plan), .. }) = &self.notice
            && **plan != self.doc.plan
        {
            self.notice = None;
        }
        let interacting = dragging || ctx.egui_wants_keyboard_input();
        self.history.observe(&self.doc.plan, interacting);
        self.autosave(&ctx);
        self.update_title(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.prefs);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.remove_shown_pdfs();
    }
}

fn example_plan(lang: Language) -> Plan {
    // A French bakery and an English accounting firm; a language with no example of its own
    // opens the English one.
    let examples = [(Language::Fr, EXAMPLE_FR), (Language::En, EXAMPLE_EN)];
    let text = examples.iter().find(|(l, _)| *l == lang).map_or(EXAMPLE_EN, |(_, text)| text);
    // The examples ship inside the program and a test loads them; an empty plan is the fallback.
    storage::parse(text, Path::new("example.ron"), Catalogue::built_in())
        .unwrap_or_else(|_| Plan::new(lang.word(S::MyBusiness), lang))
}
