//! What the window shows: menus, panels, the status line, the tabs. It only draws: what the
//! owner asks goes to the action queue (`action.rs`), done once the frame is drawn.

use eframe::egui::{self, ThemePreference};

use super::action::Action;
use super::command::Command;
use super::modals::Modal;
use super::paths::file_name;
use super::pdf_job::SHOW_PROGRESS_AFTER;
use super::planner::{PlannerApp, Tab};
use super::views::{
    business::business_ui,
    compare::compare_ui,
    drill::drill_ui,
    summary::summary_ui,
    time_chart::{compact_total_ui, time_chart_ui, verdict_ui},
    voices::voices_ui,
};
use crate::locale::Sentence as S;
use crate::model::Language;

/// The narrowest window that shows the business panel, the fit panel and a centre with room
/// for the map and its total side by side (340 + 380 + 520 points).
const FIT_BESIDE_BUSINESS: f32 = 1240.0;

/// Beside the map when the chart falls below it: the week's total against the hours.
const COMPACT_TOTAL_WIDTH: f32 = 96.0;

/// The drill panel beside the week: room for "Answered within a day" and its figure.
const DRILL_WIDTH: f32 = 230.0;

impl PlannerApp {
    fn menu_bar(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        let mut run = None;
        let mut actions = Vec::new();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(lang.word(S::File), |ui| {
                for c in [Command::New, Command::Open] {
                    if c.menu_button(ui, lang, self.is_enabled(c)) {
                        run = Some(c);
                    }
                }
                let recent = Command::OpenRecent(0);
                ui.menu_button(recent.label(lang), |ui| {
                    if self.prefs.recent.is_empty() {
                        ui.weak(lang.word(S::NoRecentPlan));
                    }
                    for (i, path) in self.prefs.recent.iter().enumerate() {
                        let c = Command::OpenRecent(i);
                        let button = ui.add_enabled(self.is_enabled(c), egui::Button::new(file_name(path)));
                        if button.on_hover_text(path.display().to_string()).clicked() {
                            run = Some(c);
                        }
                    }
                })
                .response
                .on_hover_text(recent.tooltip(lang));
                ui.separator();
                for c in [Command::Save, Command::SaveAs] {
                    if c.menu_button(ui, lang, self.is_enabled(c)) {
                        run = Some(c);
                    }
                }
                ui.separator();
                for c in [Command::ExportSummary, Command::ExportCalendar, Command::Print] {
                    if c.menu_button(ui, lang, self.is_enabled(c)) {
                        run = Some(c);
                    }
                }
                ui.separator();
                if Command::Quit.menu_button(ui, lang, true) {
                    run = Some(Command::Quit);
                }
            });
            ui.menu_button(lang.word(S::Edit), |ui| {
                for c in [Command::Undo, Command::Redo] {
                    if c.menu_button(ui, lang, self.is_enabled(c)) {
                        run = Some(c);
                    }
                }
            });
            ui.menu_button(lang.word(S::View), |ui| {
                let mut theme = self.prefs.theme;
                ui.radio_value(&mut theme, ThemePreference::Light, lang.word(S::Light));
                ui.radio_value(&mut theme, ThemePreference::Dark, lang.word(S::Dark));
                ui.radio_value(&mut theme, ThemePreference::System, lang.word(S::FollowTheSystem));
                if theme != self.prefs.theme {
                    actions.push(Action::Theme(theme));
                }
                ui.separator();
                for l in Language::ALL {
                    if ui.radio(lang == l, l.native_name()).clicked() && lang != l {
                        actions.push(Action::Language(l));
                    }
                }
            });
            ui.menu_button(lang.word(S::Help), |ui| {
                if ui.button(lang.word(S::TheMethod)).clicked() {
                    actions.push(Action::Show(Modal::Method));
                }
                if ui.button(lang.word(S::About)).clicked() {
                    actions.push(Action::Show(Modal::About));
                }
            });
        });
        self.actions.extend(run.map(Action::Run));
        self.actions.extend(actions);
    }

    fn status_bar(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        if let Some(job) = &self.pdf_job
            && job.elapsed() >= SHOW_PROGRESS_AFTER
        {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(lang.word(S::MakingThePDF));
            });
        }
        let problems = &self.cache.get(&self.doc.plan, lang).problems;
        if let Some(problem) = problems.first() {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                format!(
                    "⚠ {} — {}",
                    problem.words_in(&self.doc.plan, crate::model::Catalogue::built_in(), lang),
                    lang.word(S::ThePlanCannotBeSaved)
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
            ui.weak(lang.word(S::Ready));
        }
    }

    fn central_ui(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        let fit = Command::FitMyWeek;
        let tip =
            format!("{} ({})", fit.tooltip(lang), fit.shortcut_text(ui.ctx(), lang).unwrap_or_default());
        // A plan open read-only is shown, tabs and all, but nothing in it changes.
        let changeable = !self.doc.read_only;
        ui.add_enabled_ui(changeable, |ui| {
            self.scenario_bar.ui(ui, &mut self.doc.plan, lang, fit.label(lang), &tip, &mut self.actions)
        });
        ui.separator();
        // Wrapped: eight tabs beside the fit panel do not always fit on one line.
        ui.horizontal_wrapped(|ui| {
            for (tab, label) in [
                (Tab::MapAndTime, lang.word(S::MapAndTime)),
                (Tab::Platforms, lang.word(S::Platforms)),
                (Tab::Week, lang.word(S::Week)),
                (Tab::Ideas, lang.word(S::IdeasTab)),
                (Tab::Voices, lang.word(S::VoicesTab)),
                (Tab::Compare, lang.word(S::Compare)),
                (Tab::Summary, lang.word(S::Summary)),
                (Tab::Month, lang.word(S::MonthTab)),
                (Tab::Year, lang.word(S::YearTab)),
            ] {
                ui.selectable_value(&mut self.tab, tab, label);
            }
        });
        ui.separator();
        ui.add_enabled_ui(changeable, |ui| self.tab_ui(ui));
    }

    fn tab_ui(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        match self.tab {
            Tab::MapAndTime => self.map_and_time_ui(ui),
            Tab::Platforms => {
                let derived = self.cache.get(&self.doc.plan, lang);
                // The week's hours stay in view above the table where posts and answers change.
                verdict_ui(ui, derived);
                egui::ScrollArea::vertical().id_salt("platforms tab").show(ui, |ui| {
                    self.platforms.ui(ui, &mut self.doc.plan, &derived.cost, &derived.ranking, lang);
                });
            }
            Tab::Week => {
                let preview = self.week.preview().cloned();
                let (week, drill) = self.cache.week_and_drill(&self.doc.plan, preview.as_ref(), lang);
                // The drill beside the week, as narrow as its words allow.
                egui::Panel::right("drill").resizable(false).exact_size(DRILL_WIDTH).show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("drill scroll")
                        .show(ui, |ui| drill_ui(ui, drill, preview.is_some(), lang));
                });
                let room = ui.available_size();
                // Solid bars: a week wider than the tab (the fit panel open) must say it scrolls.
                ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
                egui::ScrollArea::both()
                    .id_salt("week tab")
                    .show(ui, |ui| self.week.ui(ui, room, &mut self.doc.plan, week, lang, &mut self.actions));
            }
            Tab::Ideas => {
                let data = self.cache.ideas(&self.doc.plan, self.ideas.from());
                egui::ScrollArea::vertical()
                    .id_salt("ideas tab")
                    .show(ui, |ui| self.ideas.ui(ui, &mut self.doc.plan, data, lang));
            }
            Tab::Voices => {
                let derived = self.cache.get(&self.doc.plan, lang);
                let (plan, actions) = (&mut self.doc.plan, &mut self.actions);
                egui::ScrollArea::vertical()
                    .id_salt("reviews tab")
                    .show(ui, |ui| voices_ui(ui, plan, &derived.cost.voices, lang, actions));
            }
            Tab::Compare => {
                let (comparison, words) = self.cache.comparison(&self.doc.plan, lang);
                egui::ScrollArea::vertical()
                    .id_salt("compare tab")
                    .show(ui, |ui| compare_ui(ui, comparison, words, lang, &mut self.actions));
            }
            Tab::Month => {
                let review = self.cache.review(&self.doc.plan);
                self.month.ui(ui, &self.doc.plan, review, lang, &mut self.actions)
            }
            Tab::Year => {
                let today = self.year_from.unwrap_or_else(|| chrono::Local::now().date_naive());
                egui::ScrollArea::vertical().id_salt("year tab").show(ui, |ui| {
                    super::views::year::ui(ui, &mut self.doc.plan, today, lang, &mut self.actions)
                });
            }
            Tab::Summary => {
                // The summary speaks the plan's summary language, which may not be the window's.
                if self.doc.plan.language != lang {
                    let language = self.doc.plan.language.name_in(lang);
                    ui.weak(lang.say(S::SummaryWrittenIn, &[("language", &language)]));
                }
                egui::ScrollArea::vertical().id_salt("summary tab").show(ui, |ui| {
                    let summary = self.cache.summary(&self.doc.plan);
                    summary_ui(
                        ui,
                        summary,
                        Command::ExportSummary.label(lang),
                        Command::ExportSummary.tooltip(lang),
                        &mut self.actions,
                    );
                });
            }
        }
    }

    fn map_and_time_ui(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        // Borrowed from the cache, not copied: the map edits the plan, the cache stays as it was
        // at the start of the frame and is refreshed on the next one.
        let derived = self.cache.get(&self.doc.plan, lang);
        let ranking = &derived.ranking;
        let wide = ui.available_width() >= 820.0;
        let actions = &mut self.actions;
        if wide {
            let height = ui.available_height();
            ui.columns(2, |columns| {
                map_legend(&mut columns[0], lang);
                let side = columns[0].available_width().min(height - 50.0).max(260.0);
                self.map.ui(&mut columns[0], &mut self.doc.plan, ranking, lang, side);
                egui::ScrollArea::vertical().id_salt("time side").show(&mut columns[1], |ui| {
                    let chart_height = (height * 0.55).max(220.0);
                    time_chart_ui(ui, derived, lang, chart_height, actions);
                });
            });
        } else {
            let height = ui.available_height();
            egui::ScrollArea::vertical().id_salt("overview").show(ui, |ui| {
                map_legend(ui, lang);
                // The chart and the advice fall below the map: the week's hours stay beside it.
                let mut to_chart = false;
                ui.horizontal_top(|ui| {
                    // The whole map in view, its axes' words included, as in the wide layout.
                    let side =
                        (ui.available_width() - COMPACT_TOTAL_WIDTH).min(560.0).min(height - 50.0).max(260.0);
                    self.map.ui(ui, &mut self.doc.plan, ranking, lang, side);
                    to_chart = compact_total_ui(ui, derived, lang);
                });
                ui.add_space(8.0);
                let chart = ui.scope(|ui| time_chart_ui(ui, derived, lang, 280.0, actions)).response;
                if to_chart {
                    ui.scroll_to_rect(chart.rect, Some(egui::Align::TOP));
                }
            });
        }
    }
}

fn map_legend(ui: &mut egui::Ui, lang: Language) {
    ui.horizontal_wrapped(|ui| {
        ui.weak(lang.word(S::MapLegend));
    });
}

impl PlannerApp {
    /// The window's panels, for one frame. What they ask beyond editing the plan waits in
    /// `self.actions`.
    pub(super) fn draw(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        egui::Panel::top("menu bar").show(ui, |ui| self.menu_bar(ui));
        if self.doc.is_example {
            egui::Panel::top("example note").show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(lang.word(S::ThisIsAnExamplePlan));
                });
            });
        }
        if self.doc.read_only {
            egui::Panel::top("read-only note").show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(lang.word(S::ReadOnlyOpenElsewhere));
                });
            });
        }
        egui::Panel::bottom("status bar").show(ui, |ui| self.status_bar(ui));
        // While a file dialog is open, the plan it is about stays as it is; a plan open
        // read-only never changes.
        let editable = !self.flow.is_picking();
        let changeable = editable && !self.doc.read_only;
        // On a narrow window "Fit my week" takes the business panel's place while it is open:
        // beside both, the centre had 300 points at 1024, its total wrapped letter by letter.
        let fit_replaces_business = self.fit.is_some() && ui.available_width() < FIT_BESIDE_BUSINESS;
        // One width per language: the panel widens to fit longer words, and comes back to the
        // other language's width when the owner switches back.
        if !fit_replaces_business {
            egui::Panel::left(("business", lang))
                .resizable(true)
                .default_size(340.0)
                .min_size(260.0)
                .max_size(460.0)
                .show(ui, |ui| {
                    // Each language's panel scrolls apart: after a switch, the new one opens where
                    // the owner was, not at the top.
                    let kept = egui::Id::unique("business scroll, across languages");
                    let was: Option<(Language, f32)> = ui.ctx().data(|d| d.get_temp(kept));
                    let mut area = egui::ScrollArea::vertical().id_salt("business scroll");
                    if let Some((_, offset)) = was.filter(|(other, _)| *other != lang) {
                        area = area.vertical_scroll_offset(offset);
                    }
                    let shown = area.show(ui, |ui| {
                        ui.add_enabled_ui(changeable, |ui| business_ui(ui, &mut self.doc.plan, lang)).inner
                    });
                    ui.ctx().data_mut(|d| d.insert_temp(kept, (lang, shown.state.clamped_offset().y)));
                    self.actions.extend(shown.inner.map(Action::Warn));
                });
        }
        if self.fit.is_some() {
            let own = self.cache.get(&self.doc.plan, lang).cost.clone();
            egui::Panel::right("fit my week").resizable(true).default_size(380.0).min_size(300.0).show(
                ui,
                |ui| {
                    egui::ScrollArea::vertical().id_salt("fit scroll").show(ui, |ui| {
                        ui.add_enabled_ui(changeable, |ui| {
                            if let Some(panel) = &mut self.fit {
                                panel.ui(ui, &mut self.doc.plan, &own, lang, &mut self.actions);
                            }
                        });
                    });
                },
            );
        }
        egui::CentralPanel::default().show(ui, |ui| {
            ui.add_enabled_ui(editable, |ui| self.central_ui(ui));
        });
    }
}

/// egui's own font lacks arrows, shapes and most scripts beyond Latin; DejaVu Sans (also the
/// printed summary's font) fills in after it, so "→", "●" and a Hebrew product name all show.
pub(super) fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "DejaVuSans".to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(socialplan_pdf::DEJAVU_SANS)),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        let list = fonts.families.entry(family).or_default();
        let at = list.len().min(1);
        list.insert(at, "DejaVuSans".to_owned());
    }
    ctx.set_fonts(fonts);
}
