//! The Month tab: the monthly check-in. A form records what a month really took and brought
//! on one platform (`Action::RecordMonth`); below, the plan against the real months (a chart
//! of planned and real hours, a table with hours per result), the warning when the real hours
//! stay over the budget, what the plan learned, and keep or drop per platform.

use eframe::egui::{self, Color32};
use egui_plot::{GridInput, GridMark, Line, LineStyle, Plot, PlotPoints};

use crate::action::{Action, Actions};
use crate::analysis::checkin::Review;
use crate::format;
use crate::locale::Sentence as S;
use crate::model::{Broken, Catalogue, Language, Month, MonthRecord, Plan, ResultKind, rules};

/// What the owner is typing; a field left empty is not recorded.
#[derive(Debug)]
pub struct MonthForm {
    pub month: String,
    pub platform: String,
    /// Minutes in all, writing, answering, looking.
    pub minutes: [String; 4],
    /// Per kind, in `ResultKind::ALL` order.
    pub results: [String; 6],
    /// Which platform the chart shows; None: all of them.
    pub chart: Option<String>,
}

impl Default for MonthForm {
    fn default() -> Self {
        // Last month: the one an owner checks in on.
        let now = Month::this_month();
        let last = if now.month == 1 {
            Month { year: now.year - 1, month: 12 }
        } else {
            Month { month: now.month - 1, ..now }
        };
        MonthForm {
            month: last.to_string(),
            platform: String::new(),
            minutes: Default::default(),
            results: Default::default(),
            chart: None,
        }
    }
}

/// A number as the owner types it, with a decimal point or a comma.
fn typed_number(text: &str) -> Option<f64> {
    text.replace(',', ".").parse::<f64>().ok()
}

const REAL: Color32 = Color32::from_rgb(66, 133, 244);
const PLANNED: Color32 = Color32::from_rgb(140, 140, 140);

impl MonthForm {
    /// The record the form holds, or why it cannot be one.
    fn record(&self, lang: Language) -> Result<MonthRecord, String> {
        let month = Month::parse(self.month.trim()).map_err(|why| why.words(lang))?;
        let mut record = MonthRecord::new(month, self.platform.clone());
        let minutes = |text: &str| -> Result<Option<f64>, String> {
            let text = text.trim();
            if text.is_empty() {
                return Ok(None);
            }
            let v = typed_number(text).ok_or_else(|| Broken::ExpectedNumber.words(lang))?;
            rules::MONTH_MINUTES.check(v).map(|()| Some(v + 0.0)).map_err(|why| why.words(lang))
        };
        let [total, writing, answering, looking] = &self.minutes;
        record.time.total = minutes(total)?;
        record.time.writing = minutes(writing)?;
        record.time.answering = minutes(answering)?;
        record.time.looking = minutes(looking)?;
        for (kind, text) in ResultKind::ALL.iter().zip(&self.results) {
            let text = text.trim();
            if text.is_empty() {
                continue;
            }
            let v = typed_number(text).ok_or_else(|| Broken::ExpectedNumber.words(lang))?;
            let limits = rules::Limits {
                min: 0.0,
                max: f64::from(rules::MAX_MONTH_RESULTS),
                min_allowed: true,
                lowest_edit: 0.0,
            };
            limits.check(v).map_err(|why| why.words(lang))?;
            if v.fract() != 0.0 {
                let max = format::number(f64::from(rules::MAX_MONTH_RESULTS), 0, lang);
                return Err(lang.say(S::NotAWholeCount, &[("text", &text), ("max", &max)]));
            }
            *record.results.slot(*kind) = Some(v as u32);
        }
        if record.time.is_empty() && record.results.is_empty() {
            return Err(lang.word(S::NothingToRecordHere).to_owned());
        }
        Ok(record)
    }

    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        plan: &Plan,
        review: &Review,
        lang: Language,
        actions: &mut Actions,
    ) {
        let catalogue = Catalogue::built_in();
        // The current scenario's platforms first, then any other with months recorded.
        let mut platforms: Vec<(String, String)> = Vec::new();
        let ids = plan
            .current_choices()
            .iter()
            .map(|c| c.platform.as_str())
            .chain(plan.months.records.iter().map(|r| r.platform.as_str()));
        for id in ids {
            if !platforms.iter().any(|(p, _)| p == id) {
                let name = plan.platform(catalogue, id).map_or_else(|| id.to_owned(), |p| p.name.clone());
                platforms.push((id.to_owned(), name));
            }
        }
        if !platforms.iter().any(|(p, _)| *p == self.platform) {
            self.platform = platforms.first().map(|(p, _)| p.clone()).unwrap_or_default();
        }
        egui::ScrollArea::vertical().id_salt("month tab").show(ui, |ui| {
            ui.heading(lang.word(S::RecordAMonth));
            self.form_ui(ui, &platforms, lang, actions);
            ui.separator();
            ui.heading(lang.word(S::PlannedAndReal));
            if review.lines.is_empty() {
                ui.weak(lang.word(S::NoMonthRecordedHere));
                return;
            }
            self.chart_ui(ui, review, &platforms, lang);
            // What to do comes before the figures it comes from.
            if let Some(over) = review.over_budget {
                ui.add_space(6.0);
                ui.colored_label(ui.visuals().error_fg_color, over.words(lang));
            }
            ui.add_space(6.0);
            ui.strong(lang.word(S::KeepOrDrop));
            for v in &review.verdicts {
                ui.add(egui::Label::new(v.words(lang)).wrap());
            }
            ui.add_space(6.0);
            ui.strong(lang.word(S::WhatThePlanLearned));
            for l in &review.learned {
                let name =
                    platforms.iter().find(|(p, _)| *p == l.platform).map_or(l.platform.as_str(), |(_, n)| n);
                for line in l.words(name, lang) {
                    ui.add(egui::Label::new(line).wrap());
                }
            }
            ui.add_space(6.0);
            table_ui(ui, review, lang);
        });
    }

    fn form_ui(
        &mut self,
        ui: &mut egui::Ui,
        platforms: &[(String, String)],
        lang: Language,
        actions: &mut Actions,
    ) {
        let field = |ui: &mut egui::Ui, label: &str, text: &mut String, hint: &str| {
            let label = ui.label(label);
            // Sized, not desired: a grid's column would otherwise keep its first frame's width.
            ui.add_sized([90.0, 20.0], egui::TextEdit::singleline(text).hint_text(hint))
                .labelled_by(label.id);
        };
        egui::Grid::new("month form").num_columns(4).spacing([12.0, 4.0]).show(ui, |ui| {
            field(ui, lang.word(S::MonthField), &mut self.month, "2026-11");
            let label = ui.label(lang.word(S::PlatformField));
            let shown = platforms.iter().find(|(p, _)| *p == self.platform).map_or("", |(_, n)| n.as_str());
            egui::ComboBox::from_id_salt("month platform")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    for (id, name) in platforms {
                        ui.selectable_value(&mut self.platform, id.clone(), name);
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            let [total, writing, answering, looking] = &mut self.minutes;
            field(ui, lang.word(S::MinutesInAll), total, "300");
            field(ui, lang.word(S::OfWhichWriting), writing, "");
            ui.end_row();
            field(ui, lang.word(S::OfWhichAnswering), answering, "");
            field(ui, lang.word(S::OfWhichLooking), looking, "");
            ui.end_row();
            for (i, (kind, text)) in ResultKind::ALL.iter().zip(self.results.iter_mut()).enumerate() {
                field(ui, kind.label(lang), text, "");
                if i % 2 == 1 {
                    ui.end_row();
                }
            }
        });
        if ui.button(lang.word(S::RecordTheMonth)).clicked() {
            match self.record(lang) {
                Ok(record) => {
                    actions.push(Action::RecordMonth(record));
                    self.minutes = Default::default();
                    self.results = Default::default();
                }
                Err(why) => actions.push(Action::Warn(why)),
            }
        }
    }

    fn chart_ui(
        &mut self,
        ui: &mut egui::Ui,
        review: &Review,
        platforms: &[(String, String)],
        lang: Language,
    ) {
        let all = lang.word(S::AllPlatforms);
        ui.horizontal(|ui| {
            let label = ui.label(lang.word(S::ChartOf));
            let shown = self
                .chart
                .as_ref()
                .and_then(|c| platforms.iter().find(|(p, _)| p == c))
                .map_or(all, |(_, n)| n);
            egui::ComboBox::from_id_salt("month chart")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.chart, None, all);
                    for (id, name) in platforms {
                        ui.selectable_value(&mut self.chart, Some(id.clone()), name);
                    }
                })
                .response
                .labelled_by(label.id);
            // The legend beside the chooser, where it never covers a line.
            for (color, word, dashed) in [(REAL, S::Real, false), (PLANNED, S::Planned, true)] {
                let (rect, _) = ui.allocate_exact_size(egui::vec2(18.0, 12.0), egui::Sense::hover());
                let stroke = egui::Stroke::new(2.0, color);
                let line = [rect.left_center(), rect.right_center()];
                if dashed {
                    ui.painter().add(egui::Shape::dashed_line(&line, stroke, 4.0, 3.0));
                } else {
                    ui.painter().line_segment(line, stroke);
                }
                ui.label(lang.word(word));
            }
        });
        let months: Vec<Month> = review.totals.iter().map(|t| t.month).collect();
        let first = months[0];
        let x = |m: Month| first.months_until(m) as f64;
        let (mut real, mut planned): (Vec<[f64; 2]>, Vec<[f64; 2]>) = (Vec::new(), Vec::new());
        match &self.chart {
            None => {
                for t in &review.totals {
                    real.push([x(t.month), t.real_minutes / 60.0]);
                    planned.push([x(t.month), t.planned_minutes / 60.0]);
                }
            }
            Some(id) => {
                for l in review.lines.iter().filter(|l| &l.platform == id) {
                    if let Some(m) = l.real_minutes {
                        real.push([x(l.month), m / 60.0]);
                    }
                    if let Some(m) = l.planned_minutes {
                        planned.push([x(l.month), m / 60.0]);
                    }
                }
            }
        }
        let span = x(*months.last().unwrap_or(&first));
        let width = ui.available_width().max(200.0);
        // A label every few months: as many as fit side by side, never on each other.
        let every = ((span + 1.0) / f64::from((width / 80.0).max(1.0))).ceil().max(1.0);
        let label_of = move |v: f64| {
            let index = i64::from(first.year) * 12 + i64::from(first.month) - 1 + v.round() as i64;
            format!("{:04}-{:02}", index.div_euclid(12), index.rem_euclid(12) + 1)
        };
        let hours = lang.word(S::HoursAMonth);
        Plot::new("months chart")
            .height(180.0)
            .allow_zoom(false)
            .allow_drag(false)
            .allow_scroll(false)
            .allow_boxed_zoom(false)
            .allow_double_click_reset(false)
            .include_x(-0.3)
            .include_x(span + 0.3)
            .include_y(0.0)
            .y_axis_label(hours)
            .x_grid_spacer(move |input: GridInput| {
                let (lo, hi) = input.bounds;
                let mut marks = Vec::new();
                let mut v = (lo / every).ceil() * every;
                while v <= hi {
                    if v >= 0.0 && v <= span {
                        marks.push(GridMark { value: v, step_size: every });
                    }
                    v += every;
                }
                marks
            })
            .x_axis_formatter(
                move |mark, _| if mark.value.fract() == 0.0 { label_of(mark.value) } else { String::new() },
            )
            .y_axis_formatter(move |mark, _| format::number(mark.value, 0, lang))
            .label_formatter(|_| None)
            .show(ui, |plot_ui| {
                plot_ui.line(
                    Line::new(lang.word(S::Planned), PlotPoints::new(planned))
                        .color(PLANNED)
                        .width(2.0)
                        .style(LineStyle::Dashed { length: 8.0 }),
                );
                plot_ui.line(Line::new(lang.word(S::Real), PlotPoints::new(real)).color(REAL).width(2.5));
            });
    }
}

fn table_ui(ui: &mut egui::Ui, review: &Review, lang: Language) {
    let dash = || "—".to_owned();
    egui::Grid::new("months table").striped(true).num_columns(6).spacing([14.0, 3.0]).show(ui, |ui| {
        for word in
            [S::MonthHeading, S::PlatformField, S::Planned, S::Real, S::ResultsForGoals, S::HoursPerResult]
        {
            ui.strong(lang.word(word));
        }
        ui.end_row();
        // The latest months first: the one just recorded is at the top.
        for l in review.lines.iter().rev() {
            ui.label(l.month.in_words(lang));
            ui.label(&l.name);
            ui.label(l.planned_minutes.map_or_else(dash, |m| format::hours(m, lang)));
            ui.label(l.real_minutes.map_or_else(dash, |m| format::hours(m, lang)));
            ui.label(format::number(l.results_for_goals as f64, 0, lang));
            ui.label(l.hours_per_result().map_or_else(dash, |h| format::hours(h * 60.0, lang)));
            ui.end_row();
        }
    });
}
