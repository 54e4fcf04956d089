//! The scenario bar above the tabs: which scenario the window shows, and starting, copying,
//! renaming and deleting one. Each is one change to the plan, so one undo step.

use eframe::egui;

use super::super::action::{Action, Actions};
use super::super::command::Command;
use crate::format;
use crate::locale::Sentence as S;
use crate::model::{Language, Plan, rules};

/// The name being typed while renaming.
#[derive(Debug, Default)]
pub struct ScenarioBar {
    renaming: Option<String>,
    focus_asked: bool,
}

impl ScenarioBar {
    /// `fit` is the "Fit my week" command's label and tooltip. What the bar asks beyond
    /// editing the plan goes to `actions`.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        plan: &mut Plan,
        lang: Language,
        fit_label: &str,
        fit_tip: &str,
        actions: &mut Actions,
    ) {
        let mut event = None;
        ui.horizontal_wrapped(|ui| {
            ui.label(format::typography(&format!("{}{}", lang.word(S::Scenario), format::colon(lang)), lang));
            let current = plan.current().map(|s| s.name.clone()).unwrap_or_default();
            if let Some(text) = &mut self.renaming {
                let edit = ui.add(
                    egui::TextEdit::singleline(text)
                        .desired_width(220.0)
                        .hint_text(lang.word(S::ScenarioName)),
                );
                if !self.focus_asked {
                    edit.request_focus();
                    self.focus_asked = true;
                }
                let (enter, escape) =
                    ui.input(|i| (i.key_pressed(egui::Key::Enter), i.key_pressed(egui::Key::Escape)));
                let ok = ui.button(lang.word(S::Rename)).clicked();
                // Escape cancels the rename wherever the focus went since (a click elsewhere).
                let cancel = ui.button(lang.word(S::Cancel)).clicked() || (escape && !edit.has_focus());
                if cancel {
                    self.renaming = None;
                } else if ok || (edit.lost_focus() && enter) {
                    match plan.rename_scenario(text) {
                        Ok(()) => self.renaming = None,
                        Err(why) => {
                            event = Some(Action::Say(format::typography(
                                &format!(
                                    "{}{}{}",
                                    lang.word(S::NotRenamed),
                                    format::colon(lang),
                                    why.words(lang)
                                ),
                                lang,
                            )));
                            self.focus_asked = false;
                        }
                    }
                }
                return;
            }
            let names: Vec<String> = plan.scenarios.iter().map(|s| s.name.clone()).collect();
            egui::ComboBox::from_id_salt("current scenario")
                .selected_text(crate::format::short(&current, 32))
                .width(200.0)
                .show_ui(ui, |ui| {
                    for name in &names {
                        if ui.selectable_label(*name == current, name).clicked() && *name != current {
                            // The name comes from the plan's own list: it is there.
                            let _ = plan.select_scenario(name);
                        }
                    }
                })
                .response
                .on_hover_text(lang.word(S::TheScenarioShownAndEdited));
            let room = plan.scenarios.len() < rules::MAX_SCENARIOS;
            let max = rules::MAX_SCENARIOS;
            let full = lang.say(S::APlanHoldsAtMost, &[("max", &max)]);
            if ui
                .add_enabled(room, egui::Button::new(lang.word(S::New)))
                .on_disabled_hover_text(&full)
                .on_hover_text(lang.word(S::NewScenarioTooltip))
                .clicked()
            {
                plan.add_scenario();
            }
            if ui
                .add_enabled(room, egui::Button::new(lang.word(S::Duplicate)))
                .on_disabled_hover_text(&full)
                .on_hover_text(lang.word(S::ACopyOfThisScenario))
                .clicked()
            {
                plan.duplicate_scenario();
            }
            if ui.button(lang.word(S::RenameEllipsis)).clicked() {
                self.renaming = Some(current.clone());
                self.focus_asked = false;
            }
            let can_delete = plan.scenarios.len() > 1;
            let delete = ui
                .add_enabled(can_delete, egui::Button::new(lang.word(S::Delete)))
                .on_hover_text(lang.word(S::DeleteThisScenarioCtrlZ))
                .on_disabled_hover_text(lang.word(S::APlanAlwaysKeepsOne));
            if delete.clicked() && plan.delete_scenario() {
                event = Some(Action::Say(format::typography(
                    &lang.say(S::ScenarioCurrentDeletedCtrlZ, &[("current", &current)]),
                    lang,
                )));
            }
            ui.separator();
            if ui.button(fit_label).on_hover_text(fit_tip).clicked() {
                event = Some(Action::Run(Command::FitMyWeek));
            }
        });
        actions.extend(event);
    }
}
