//! The Compare tab: the plan's scenarios side by side. One bar each, split into the four parts
//! of the week, against its own hours; then the table the command line prints, with the rows
//! where the scenarios differ in bold.

use eframe::egui::{self, Color32};
use egui_plot::{Bar, Line, LineStyle, PlotPoints};

use super::super::action::{Action, Actions};
use super::time_chart::{budget_color, hours_bars_plot, parts_legend, stacked_parts};
use crate::format;
use crate::locale::Sentence as S;
use crate::model::Language;
use crate::report::{Comparison, Words};

/// Draws the comparison; a scenario the owner asks to show goes to `actions`.
pub fn compare_ui(
    ui: &mut egui::Ui,
    comparison: &Comparison,
    words: &Words,
    lang: Language,
    actions: &mut Actions,
) {
    let mut show = None;
    let columns = &comparison.columns;
    if columns.len() < 2 {
        ui.label(lang.word(S::OneScenarioSoFarDuplicate));
    }

    // The legend above the chart, as on the time chart.
    ui.horizontal_wrapped(|ui| {
        parts_legend(ui, words);
        ui.weak(lang.word(S::EachScenariosHours));
    });

    let n = columns.len();
    let y_of = |i: usize| (n - 1 - i) as f64;
    let charts = stacked_parts("compare part", words, lang, |part| {
        columns
            .iter()
            .enumerate()
            .map(|(i, c)| Bar::new(y_of(i), c.minutes[part] / 60.0).name(&c.name).width(0.55))
            .collect()
    });
    let widest = columns
        .iter()
        .map(|c| (c.minutes.iter().sum::<f64>() + c.voices_minutes).max(c.budget_minutes) / 60.0)
        .fold(1.0, f64::max)
        * 1.1;
    let names: Vec<String> = columns.iter().map(|c| c.name.clone()).collect();
    let height = (70.0 * n as f32 + 60.0).clamp(180.0, 420.0);
    // Longer names than the time chart's: copies of one scenario differ at their end.
    hours_bars_plot("compare chart", names, 30, words, lang)
        .height(height)
        .include_x(0.0)
        .include_x(widest)
        .include_y(-0.6)
        .include_y(n as f64 - 0.4)
        .show(ui, |plot_ui| {
            for chart in charts {
                plot_ui.bar_chart(chart);
            }
            // Each scenario's hours: a dashed mark across its own bar.
            for (i, c) in columns.iter().enumerate() {
                let x = c.budget_minutes / 60.0;
                let y = y_of(i);
                plot_ui.line(
                    Line::new(
                        format!("{} {}", words.budget, c.name),
                        PlotPoints::new(vec![[x, y - 0.4], [x, y + 0.4]]),
                    )
                    .style(LineStyle::Dashed { length: 6.0 })
                    .width(2.0)
                    .color(budget_color(c.over))
                    .allow_hover(false),
                );
            }
        });

    // The table: a column per scenario, the rows where they differ in bold.
    ui.add_space(8.0);
    egui::ScrollArea::horizontal().id_salt("compare table").show(ui, |ui| {
        // Wide enough columns that a cell wraps between words, never inside one.
        // (The row names' column takes the same share.)
        let width = ((ui.available_width() - 14.0 * n as f32) / (n + 1) as f32).clamp(140.0, 320.0);
        egui::Grid::new("compare grid")
            .striped(true)
            .num_columns(n + 1)
            .spacing([14.0, 6.0])
            .min_col_width(width)
            .show(ui, |ui| {
                ui.label("");
                for c in columns {
                    ui.vertical(|ui| {
                        ui.strong(format::short(&c.name, 40)).on_hover_text(&c.name);
                        if c.current {
                            ui.weak(lang.word(S::Shown));
                        } else if ui
                            .small_button(lang.word(S::Show))
                            .on_hover_text(lang.word(S::MakeThisTheCurrentScenario))
                            .clicked()
                        {
                            show = Some(c.name.clone());
                        }
                    });
                }
                ui.end_row();
                for (r, row) in comparison.rows.iter().enumerate() {
                    let differs = comparison.differs.get(r).copied().unwrap_or(false);
                    let text = |s: &str| {
                        let t = egui::RichText::new(s);
                        // egui's default fonts have no bold: rows alike are greyed instead.
                        if differs { t.strong() } else { t.weak() }
                    };
                    ui.label(text(row));
                    for c in columns {
                        let cell = c.cells.get(r).map_or("", String::as_str);
                        let mut t = text(cell);
                        if r == 5 && c.over {
                            t = t.color(Color32::from_rgb(220, 50, 50));
                        }
                        // Wrapped within its column: a grid lets a cell run to the window's edge,
                        // where the last column was cut with no scroll bar in sight.
                        let room = egui::vec2(width, ui.spacing().interact_size.y);
                        ui.allocate_ui(room, |ui| ui.add(egui::Label::new(t).wrap()));
                    }
                    ui.end_row();
                }
            });
    });
    ui.weak(lang.word(S::GreyedRowsAreTheSame));
    actions.extend(show.map(Action::ShowScenario));
}
