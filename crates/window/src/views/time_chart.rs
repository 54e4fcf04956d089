//! The week's time: one bar per chosen platform, split into creation, replies, monitoring and
//! planning, with a "Total" bar against a dashed line at the owner's weekly budget.

use eframe::egui::{self, Color32};
use egui_plot::{AxisHints, Bar, BarChart, GridMark, LineStyle, Plot, PlotPoint, Text, VLine};

use super::super::action::{Action, Actions};
use super::super::derived::Derived;
use crate::analysis::Status;
use crate::format;
use crate::locale::Sentence as S;
use crate::model::Language;
use crate::report::Words;

/// The four parts, in stacking order, named as in the summary, with colours that stay apart in
/// light and dark themes.
fn parts(words: &Words) -> [(&str, Color32); 4] {
    [
        (&words.creation, Color32::from_rgb(66, 133, 244)),
        (&words.replies, Color32::from_rgb(52, 168, 83)),
        (&words.monitoring, Color32::from_rgb(234, 140, 0)),
        (&words.planning, Color32::from_rgb(150, 110, 200)),
    ]
}

/// Where the chart keeps the saving of the step of advice under the pointer, to show it.
fn preview_id() -> egui::Id {
    egui::Id::unique("advice preview")
}

/// The chart speaks the window's language with the summary's words (`Derived::words`).
/// The step of advice the owner chose to apply goes to `actions`.
pub fn time_chart_ui(
    ui: &mut egui::Ui,
    derived: &Derived,
    lang: Language,
    height: f32,
    actions: &mut Actions,
) {
    let preview: Option<f64> = ui.ctx().data(|d| d.get_temp(preview_id()));
    let (cost, words) = (&derived.cost, &derived.words);
    let total = cost.total();
    let budget = cost.budget_minutes;
    let over = cost.status() == Status::Over;
    let hours_text = |minutes: f64| format::hours(minutes, lang);
    verdict_ui(ui, derived);

    // The legend stands above the chart, where it can never cover a bar.
    ui.horizontal_wrapped(|ui| {
        parts_legend(ui, words);
        let (rect, _) = ui.allocate_exact_size(egui::vec2(4.0, 14.0), egui::Sense::hover());
        let stroke = egui::Stroke::new(2.0, budget_color(over));
        ui.painter().add(egui::Shape::dashed_line(
            &[rect.center_top(), rect.center_bottom()],
            stroke,
            3.0,
            2.0,
        ));
        ui.label(
            egui::RichText::new(format!("{} {}", words.budget, hours_text(budget))).color(budget_color(over)),
        );
    });

    if cost.choices.is_empty() {
        ui.weak(lang.word(S::ChooseAPlatformToSeeItsTime));
    }

    // Bars from the top: one per choice, the review routine and the ambassadors, then the total.
    let voices = cost.voices.total();
    let mut names: Vec<String> = cost.choices.iter().map(|c| c.platform_name.clone()).collect();
    if voices > 0.0 {
        names.push(lang.word(S::VoicesInTotal).to_owned());
    }
    names.push(words.total.clone());
    let n = names.len();
    let y_of = |i: usize| (n - 1 - i) as f64;
    let hours = |m: f64| m / 60.0;
    let values = |part: usize| -> Vec<f64> {
        let mut v: Vec<f64> = cost
            .choices
            .iter()
            .map(|c| hours([c.creation, c.replies, c.monitoring, c.planning][part]))
            .collect();
        if voices > 0.0 {
            v.push(0.0);
        }
        v.push(hours(cost.sum(|c| [c.creation, c.replies, c.monitoring, c.planning][part])));
        v
    };
    let mut charts = stacked_parts("time part", words, lang, |part| {
        values(part)
            .into_iter()
            .enumerate()
            .map(|(i, h)| Bar::new(y_of(i), h).name(&names[i]).width(0.6))
            .collect()
    });
    if voices > 0.0 {
        // Its own row, and on top of the parts in the total's.
        let (row, last) = (n - 2, n - 1);
        let bars = vec![
            Bar::new(y_of(row), hours(voices)).name(&names[row]).width(0.6),
            Bar::new(y_of(last), hours(voices)).name(&names[last]).width(0.6),
        ];
        let refs: Vec<&BarChart> = charts.iter().collect();
        let name = lang.word(S::VoicesInTotal);
        let chart = BarChart::new(name, bars)
            .color(super::week::VOICES)
            .horizontal()
            .id(("time part", 4))
            .element_formatter(Box::new(move |bar: &Bar, _: &BarChart| {
                format!("{}\n{}", bar.name, format::hours(bar.value * 60.0, lang))
            }))
            .stack_on(&refs);
        charts.push(chart);
    }
    let widest = hours(total.max(budget)).max(1.0) * 1.1;
    let label_names = names.clone();
    // Tall enough for every name on the axis: many platforms make a taller chart, not a
    // chart whose names the axis drops.
    hours_bars_plot("time chart", label_names, 16, words, lang)
        .height(height.max(26.0 * n as f32 + 60.0))
        .include_x(0.0)
        .include_x(widest)
        .include_y(-0.6)
        // Room above the top bar for the budget's label, so it never sits on a bar.
        .include_y(n as f64 + 0.1)
        .show(ui, |plot_ui| {
            for chart in charts {
                plot_ui.bar_chart(chart);
            }
            plot_ui.add(
                VLine::new("budget", hours(budget))
                    .style(LineStyle::Dashed { length: 8.0 })
                    .width(2.0)
                    .color(budget_color(over))
                    .allow_hover(false),
            );
            plot_ui.add(
                Text::new(
                    "budget label",
                    PlotPoint::new(hours(budget), n as f64 - 0.6),
                    format!(" {}", words.budget),
                )
                .anchor(egui::Align2::LEFT_BOTTOM)
                .color(budget_color(over))
                .allow_hover(false),
            );
            // The step of advice under the pointer: where the week's total would come down to.
            if let Some(saved) = preview {
                let after = hours((total - saved).max(0.0));
                plot_ui.add(
                    VLine::new("after the change", after)
                        .style(LineStyle::Dotted { spacing: 4.0 })
                        .width(2.0)
                        .color(SAVED)
                        .allow_hover(false),
                );
                plot_ui.add(
                    Text::new(
                        "saved label",
                        PlotPoint::new(after, -0.55),
                        format!("−{} ", format::hours(saved, lang)),
                    )
                    .anchor(egui::Align2::RIGHT_BOTTOM)
                    .color(SAVED)
                    .allow_hover(false),
                );
            }
        });

    if let Some(sharing) = derived.cost.sharing.describe(crate::model::Catalogue::built_in(), lang) {
        ui.label(format!("↺ {sharing}"));
    }
    let mut applied = None;
    let mut hovered = None;
    if over && !derived.bring_back.is_empty() {
        // Worked out before the drag going on: greyed until it ends (the advice is the last
        // thing in this `ui`, which the caller gives the chart alone).
        if derived.waiting {
            ui.disable();
        }
        ui.label(&words.bring_back);
        for step in &derived.bring_back {
            let row = ui.horizontal_wrapped(|ui| {
                let apply =
                    ui.small_button(lang.word(S::Apply)).on_hover_text(lang.word(S::MakeThisChangeCtrlZ));
                if apply.clicked() {
                    applied = Some(step.clone());
                }
                let text = ui.label(step.describe(lang));
                apply.hovered() || text.hovered()
            });
            if row.inner || row.response.hovered() {
                hovered = Some(step.minutes_saved);
            }
        }
    }
    if hovered != preview {
        ui.ctx().data_mut(|d| match hovered {
            Some(saved) => {
                d.insert_temp(preview_id(), saved);
            }
            None => d.remove::<f64>(preview_id()),
        });
        ui.ctx().request_repaint();
    }
    actions.extend(applied.map(Action::Apply));
}

/// The summary's sentence about the week, coloured by its verdict: red over the hours, green
/// within them.
pub fn verdict_ui(ui: &mut egui::Ui, derived: &Derived) {
    let cost = &derived.cost;
    if cost.status() == Status::Over {
        ui.colored_label(ui.visuals().error_fg_color, egui::RichText::new(&derived.verdict).strong());
    } else if cost.choices.is_empty() {
        ui.label(&derived.verdict);
    } else {
        ui.colored_label(SAVED, egui::RichText::new(&derived.verdict).strong());
    }
}

/// The week's total and the hours it has, in a narrow column beside the map (the chart is
/// below it); hovering says the week's sentence. True when the owner asks to see the chart.
pub fn compact_total_ui(ui: &mut egui::Ui, derived: &Derived, lang: Language) -> bool {
    let (cost, words) = (&derived.cost, &derived.words);
    let over = cost.status() == Status::Over;
    let colour = if over { ui.visuals().error_fg_color } else { SAVED };
    ui.vertical(|ui| {
        ui.add_space(24.0);
        ui.label(&words.total);
        ui.label(egui::RichText::new(format::hours(cost.total(), lang)).heading().strong().color(colour));
        ui.label(
            egui::RichText::new(format!("{} {}", words.budget, format::hours(cost.budget_minutes, lang)))
                .color(budget_color(over)),
        );
        ui.button("↓").on_hover_text(&derived.verdict).clicked()
    })
    .inner
}

/// What a change saves, shown in green on the chart.
const SAVED: Color32 = Color32::from_rgb(52, 168, 83);

/// A swatch and the name of each of the four parts, in a row.
pub(super) fn parts_legend(ui: &mut egui::Ui, words: &Words) {
    for (name, color) in parts(words) {
        let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
        ui.painter().rect_filled(rect, 2.0, color);
        ui.label(name);
        ui.add_space(6.0);
    }
}

/// The four parts of the week as horizontal bars stacked one on the other, each bar named for
/// its hover ("Instagram / Creation: 1.5 h"); `bars(part)` gives each part's bars, in hours.
pub(super) fn stacked_parts(
    id: &'static str,
    words: &Words,
    lang: Language,
    bars: impl Fn(usize) -> Vec<Bar>,
) -> Vec<BarChart> {
    let mut charts: Vec<BarChart> = Vec::new();
    for (part, (name, color)) in parts(words).into_iter().enumerate() {
        let part_name = name.to_owned();
        let hover = Box::new(move |bar: &Bar, _: &BarChart| {
            format!(
                "{}\n{}{}{}",
                bar.name,
                part_name,
                format::colon(lang),
                format::hours(bar.value * 60.0, lang)
            )
        });
        let refs: Vec<&BarChart> = charts.iter().collect();
        let chart = BarChart::new(name, bars(part))
            .color(color)
            .horizontal()
            .id((id, part))
            .element_formatter(hover)
            .stack_on(&refs);
        charts.push(chart);
    }
    charts
}

/// A still chart of horizontal bars, one per name from the top, along an hours axis with a
/// labelled tick every hour or two: the time chart's and the Compare tab's.
pub(super) fn hours_bars_plot<'a>(
    id: &str,
    names: Vec<String>,
    max_chars: usize,
    words: &Words,
    lang: Language,
) -> Plot<'a> {
    let n = names.len();
    Plot::new(id)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_grid([true, false])
        // A labelled tick every hour, or every two past 12 h, up to the budget or the total:
        // the numbers alone are narrow enough for that, the unit is in the axis' title.
        .custom_x_axes(vec![
            AxisHints::new_x()
                .label(format!("{} (h)", words.hours_per_week))
                .formatter(move |mark, _| format::number(mark.value, 1, lang))
                .label_spacing(18.0..=24.0),
        ])
        .x_grid_spacer(move |input| {
            let step = hour_step(input.bounds.1);
            let last = (input.bounds.1 / step).floor() as i64;
            (0..=last.max(0)).map(|k| GridMark { value: k as f64 * step, step_size: step }).collect()
        })
        .y_grid_spacer(move |_| (0..n).map(|i| GridMark { value: i as f64, step_size: 1.0 }).collect())
        .y_axis_formatter(move |mark, _| {
            let i = mark.value.round();
            if (mark.value - i).abs() > 1e-6 || i < 0.0 || i as usize >= n {
                return String::new();
            }
            format::short(&names[n - 1 - i as usize], max_chars)
        })
        .y_axis_min_width(60.0)
}

/// Hours between ticks: every hour up to 12 h shown, then every 2, then wider.
fn hour_step(widest_hours: f64) -> f64 {
    match widest_hours {
        w if w <= 12.0 => 1.0,
        w if w <= 26.0 => 2.0,
        w if w <= 60.0 => 5.0,
        _ => 10.0,
    }
}

pub(super) fn budget_color(over: bool) -> Color32 {
    if over { Color32::from_rgb(220, 50, 50) } else { Color32::from_rgb(130, 130, 130) }
}
