//! "Fit my week" in the window: the best scenario for the hours on the slider, next to the
//! owner's own, with the reasons; kept as a new scenario (one undo step) or discarded. The fit
//! runs again only when the hours or the plan change, so a still panel costs nothing.

use eframe::egui;

use super::super::action::{Action, Actions};
use crate::analysis::{self, FitOutcome, PlanCost};
use crate::format;
use crate::locale::Sentence as S;
use crate::model::{Catalogue, Language, Plan, rules};

/// The panel's hours and its last proposal.
#[derive(Debug)]
pub struct FitPanel {
    pub hours: f64,
    last: Option<(f64, Plan, Language, FitOutcome)>,
}

impl FitPanel {
    /// A panel for the plan's current hours.
    pub fn new(plan: &Plan) -> FitPanel {
        FitPanel { hours: plan.budget_hours(), last: None }
    }

    /// The proposal for the panel's hours, computed again only when something changed.
    pub fn proposal(&mut self, plan: &Plan, lang: Language) -> FitOutcome {
        if let Some((h, p, l, outcome)) = &self.last
            && *h == self.hours
            && p == plan
            && *l == lang
        {
            return outcome.clone();
        }
        // Fitted as the plan is; its reasons are said in the window's language where they are
        // shown, and the new scenario is named in it.
        let name = analysis::default_name(self.hours, lang);
        let outcome = analysis::fit(plan, Catalogue::built_in(), self.hours, Some(&name));
        self.last = Some((self.hours, plan.clone(), lang, outcome.clone()));
        outcome
    }

    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        plan: &mut Plan,
        own: &PlanCost,
        lang: Language,
        actions: &mut Actions,
    ) {
        let mut decision = None;
        ui.heading(lang.word(S::FitMyWeekTitle));
        ui.label(lang.word(S::FitMyWeekIntro));
        ui.label(lang.word(S::HoursPerWeek));
        ui.horizontal(|ui| {
            // As wide as the panel, by half hours: at egui's 100 px, a few pixels went from 4 h
            // to 1 h.
            ui.spacing_mut().slider_width = (ui.available_width() - 80.0).max(100.0);
            ui.add(super::fields::hours_slider(&mut self.hours, lang));
        });
        ui.separator();
        let hours = self.hours;
        let outcome = self.proposal(plan, lang);
        match outcome {
            FitOutcome::NothingFits { lightest_minutes, platform_name, busiest_day } => {
                let words = match busiest_day {
                    Some(day) => lang.say(
                        S::NothingUsefulFitsInADay,
                        &[
                            ("limit", &format::hours(day.limit_minutes, lang)),
                            ("platform", &platform_name),
                            ("busiest", &format::hours(day.minutes, lang)),
                            ("field", &lang.word(S::AtMostADay)),
                        ],
                    ),
                    None => lang.say(
                        S::NothingUsefulFits,
                        &[
                            ("hours", &format::hours(hours * 60.0, lang)),
                            ("platform", &platform_name),
                            ("needs", &format::hours(lightest_minutes, lang)),
                        ],
                    ),
                };
                ui.colored_label(ui.visuals().warn_fg_color, format::typography(&words, lang));
                if ui.button(lang.word(S::Close)).clicked() {
                    decision = Some(Action::FitClosed);
                }
            }
            FitOutcome::Fitted(fitted) => {
                let own_name = plan.current().map(|s| s.name.clone()).unwrap_or_default();
                let names = |ids: Vec<&str>| -> String {
                    let names: Vec<String> = ids
                        .iter()
                        .map(|id| {
                            plan.platform(Catalogue::built_in(), id)
                                .map_or((*id).to_owned(), |p| p.name.clone())
                        })
                        .collect();
                    if names.is_empty() { "—".to_owned() } else { names.join(", ") }
                };
                // The proposal, then the owner's own scenario, each in a few words.
                for (title, minutes, budget, platforms) in [
                    (
                        lang.word(S::Proposed).to_owned(),
                        fitted.minutes,
                        fitted.budget_minutes,
                        names(fitted.scenario.choices.iter().map(|c| c.platform.as_str()).collect()),
                    ),
                    (
                        own_name.clone(),
                        own.total(),
                        own.budget_minutes,
                        names(plan.current_choices().iter().map(|c| c.platform.as_str()).collect()),
                    ),
                ] {
                    ui.horizontal_wrapped(|ui| {
                        ui.strong(title);
                        ui.label(format!(
                            "{} / {}",
                            format::hours(minutes, lang),
                            format::hours(budget, lang)
                        ));
                    });
                    ui.add(egui::Label::new(platforms).wrap());
                    ui.add_space(4.0);
                }
                ui.add_space(6.0);
                ui.strong(lang.word(S::Why));
                for reason in &fitted.reasons {
                    ui.horizontal_wrapped(|ui| {
                        ui.label("•");
                        ui.add(egui::Label::new(reason.words(lang)).wrap());
                    });
                }
                ui.add_space(6.0);
                ui.horizontal(|ui| {
                    let room = plan.scenarios.len() < rules::MAX_SCENARIOS;
                    let keep = ui
                        .add_enabled(room, egui::Button::new(lang.word(S::KeepAsANewScenario)))
                        .on_hover_text(lang.word(S::KeepProposalTooltip));
                    if keep.clicked() {
                        // The scenario is the plan's: named in the plan's language, like the others.
                        let mut scenario = fitted.scenario.clone();
                        scenario.name = analysis::default_name(hours, plan.language);
                        let name = plan.add_scenario_from(scenario);
                        actions.push(Action::Say(format::typography(
                            &lang.say(S::ProposalKeptAsScenarioName, &[("name", &name)]),
                            lang,
                        )));
                        decision = Some(Action::FitClosed);
                    }
                    if ui.button(lang.word(S::Discard)).clicked() {
                        decision = Some(Action::FitClosed);
                    }
                });
            }
        }
        actions.extend(decision);
    }
}
