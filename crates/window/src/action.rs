//! What the menus, the keyboard and the views ask of the window, queued while a frame is drawn
//! and done once, after it is drawn (rerun's `SystemCommand` beside its `UICommand`; ours is
//! `Command`). A view edits the plan through the model's methods and asks for everything else
//! here, so a request takes the same path whatever drew it, and nothing changes under a
//! panel while it is being drawn.

use eframe::egui::{self, ThemePreference};

use super::command::Command;
use super::modals::Modal;
use super::planner::PlannerApp;
use crate::analysis::Saving;
use crate::locale::Sentence as S;
use crate::model::{Catalogue, Date, Language, Month, MonthRecord, Permission, Recorded};

#[derive(Debug)]
pub enum Action {
    /// A command of the menus, a button or the keyboard (done only while it is enabled; Quit
    /// always is).
    Run(Command),
    /// A line on the status bar.
    Say(String),
    /// A refusal on the status bar, said as an error.
    Warn(String),
    /// A step of the advice the owner chose to make.
    Apply(Saving),
    /// The scenario the Compare tab asked to show.
    ShowScenario(String),
    /// The fit panel closes (its proposal kept as a scenario, or not).
    FitClosed,
    /// The window's language.
    Language(Language),
    Theme(ThemePreference),
    /// A message in front of the window (Help › The method, Help › About).
    Show(Modal),
    /// A month the Month tab's form recorded: kept in the plan, replacing that month's figures
    /// for the platform.
    RecordMonth(MonthRecord),
    /// An ambassador agreed to be tagged or reposted, or withdrew it: recorded with today's
    /// date (the Reviews tab).
    Consent {
        ambassador: usize,
        what: Permission,
        agreed: bool,
    },
}

/// The one queue, drained once a frame by `PlannerApp::act`.
#[derive(Debug, Default)]
pub struct Actions {
    queue: Vec<Action>,
}

impl Actions {
    pub fn push(&mut self, action: Action) {
        self.queue.push(action);
    }

    fn take(&mut self) -> Vec<Action> {
        std::mem::take(&mut self.queue)
    }
}

impl Extend<Action> for Actions {
    fn extend<T: IntoIterator<Item = Action>>(&mut self, actions: T) {
        self.queue.extend(actions);
    }
}

impl PlannerApp {
    /// Does what this frame asked, in the order asked. Anything done is drawn on the next
    /// frame, asked for at once.
    pub(super) fn act(&mut self, ctx: &egui::Context) {
        let actions = self.actions.take();
        if actions.is_empty() {
            return;
        }
        ctx.request_repaint();
        for action in actions {
            match action {
                Action::Run(command) => {
                    if command == Command::Quit || self.is_enabled(command) {
                        self.run(ctx, command);
                    }
                }
                Action::Say(text) => self.say(&text, false),
                Action::Warn(text) => self.say(&text, true),
                Action::Apply(step) => {
                    step.apply_to(&mut self.doc.plan, Catalogue::built_in());
                }
                Action::ShowScenario(name) => {
                    // A name from the plan's own list.
                    let _ = self.doc.plan.select_scenario(&name);
                }
                Action::FitClosed => self.fit = None,
                Action::Language(lang) => {
                    self.prefs.language = Some(lang);
                    // A passing notice was said in the other language: it goes. An error stays.
                    if self.notice.as_ref().is_some_and(|n| !n.error) {
                        self.notice = None;
                    }
                }
                Action::Theme(theme) => {
                    self.prefs.theme = theme;
                    ctx.set_theme(theme);
                }
                Action::Show(modal) => self.ask(modal),
                Action::RecordMonth(record) => self.record_month(record),
                Action::Consent { ambassador, what, agreed } => self.consent(ambassador, what, agreed),
            }
        }
    }
}

impl PlannerApp {
    /// Keeps a month the form recorded, and says what it did (or why not).
    /// Records an agreement or its withdrawal, dated today, and says it on the status bar.
    fn consent(&mut self, ambassador: usize, what: Permission, agreed: bool) {
        let lang = self.prefs.language();
        let today = Date(chrono::Local::now().date_naive());
        self.doc.plan.set_consent(ambassador, what, agreed, today);
        if let Some(a) = self.doc.plan.voices.ambassadors.get(ambassador) {
            let said =
                format!("{}{}{}", a.name, crate::format::colon(lang), crate::report::record_words(a, lang));
            self.say(&said, false);
        }
    }

    fn record_month(&mut self, record: MonthRecord) {
        let lang = self.prefs.language();
        let (month, figures) = (record.month, crate::report::describe_record(&record, lang));
        let name = self
            .doc
            .plan
            .platform(Catalogue::built_in(), &record.platform)
            .map_or_else(|| record.platform.clone(), |p| p.name.clone());
        let said = match self.doc.plan.months.record(record, Month::this_month()) {
            Ok(Recorded::New) => lang
                .say(S::MonthRecordedHere, &[("month", &month), ("platform", &name), ("figures", &figures)]),
            Ok(Recorded::Replaced(before)) => lang.say(
                S::MonthReplacedHere,
                &[
                    ("month", &month),
                    ("platform", &name),
                    ("figures", &figures),
                    ("before", &crate::report::describe_record(&before, lang)),
                ],
            ),
            Err(why) => {
                self.say(&why.words(lang), true);
                return;
            }
        };
        self.say(&crate::format::typography(&said, lang), false);
    }
}
