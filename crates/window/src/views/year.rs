//! The Year tab: the next twelve months as a strip (the country's public holidays and trade
//! moments, the owner's seasons as bands, their preparation lighter), the country picker, the
//! trade moments ahead each with "Make it a season" (the only way one becomes a season), and
//! the owner's seasons to edit or remove. docs/method.md, "The year's seasons".

use chrono::{Datelike, NaiveDate};
use eframe::egui::{self, Color32, Sense, Stroke, StrokeKind};

use crate::action::{Action, Actions};
use crate::analysis::year::{Year, year};
use crate::format;
use crate::locale::Sentence as S;
use crate::model::{Country, Language, MonthDay, Plan, Season, rules};

use super::fields::number_field;

const HOLIDAY: Color32 = Color32::from_rgb(214, 69, 65);
const MOMENT: Color32 = Color32::from_rgb(235, 145, 40);
const SEASON: Color32 = Color32::from_rgb(66, 133, 244);
const PREPARING: Color32 = Color32::from_rgb(170, 200, 250);
/// The strip's height: month names, holidays, trade moments, seasons.
const STRIP_HEIGHT: f32 = 118.0;

/// The first day the strip shows: the first of this month.
pub fn strip_start(today: NaiveDate) -> NaiveDate {
    today.with_day(1).unwrap_or(today)
}

pub fn ui(ui: &mut egui::Ui, plan: &mut Plan, today: NaiveDate, lang: Language, actions: &mut Actions) {
    let from = strip_start(today);
    ui.horizontal(|ui| {
        let label = ui.label(lang.word(S::CountryLabel));
        let shown = plan.country.map_or("—", |c| c.label(lang));
        egui::ComboBox::from_id_salt("country")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                for c in Country::ALL {
                    if ui.selectable_label(plan.country == Some(c), c.label(lang)).clicked() {
                        plan.set_country(c);
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
    ui.weak(format::typography(lang.word(S::YearNote), lang));
    if plan.country.is_none() {
        ui.label(format::typography(lang.word(S::NoCountryYet), lang));
    }
    let the_year = year(plan, from);
    strip(ui, plan, &the_year, lang, actions);
    ui.add_space(8.0);
    ui.columns(2, |columns| {
        seasons_ui(&mut columns[0], plan, lang);
        moments_ui(&mut columns[1], plan, &the_year, lang, actions);
    });
}

/// x of a day on the strip.
fn x_of(rect: egui::Rect, from: NaiveDate, to: NaiveDate, day: NaiveDate) -> f32 {
    let days = (to - from).num_days().max(1) as f32 + 1.0;
    let at = (day.max(from).min(to) - from).num_days() as f32;
    rect.left() + rect.width() * at / days
}

fn strip(ui: &mut egui::Ui, plan: &mut Plan, y: &Year, lang: Language, actions: &mut Actions) {
    let width = ui.available_width();
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, STRIP_HEIGHT), Sense::hover());
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals().clone();
    painter.rect_stroke(
        rect,
        2.0,
        Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color),
        StrokeKind::Inside,
    );
    let x = |day: NaiveDate| x_of(rect, y.from, y.to, day);
    let text_color = visuals.text_color();
    let small = egui::FontId::proportional(11.0);
    // Months: a line at each first day, the name in the column (cut to fit a narrow column).
    let mut month = y.from;
    while month <= y.to {
        let next = month.checked_add_months(chrono::Months::new(1)).unwrap_or(y.to);
        let (left, right) = (x(month), x(next.min(y.to)));
        painter.vline(left, rect.y_range(), Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color));
        let name = lang.month(month.month());
        // The whole name when it fits its column, else its first three letters and a dot.
        let fits = |text: &str| {
            painter.layout_no_wrap(text.to_owned(), small.clone(), text_color).size().x <= right - left - 6.0
        };
        let shown = if fits(name) { name.to_owned() } else { name.chars().take(3).collect::<String>() + "." };
        painter.text(
            egui::pos2(left + 4.0, rect.top() + 4.0),
            egui::Align2::LEFT_TOP,
            shown,
            small.clone(),
            text_color,
        );
        month = next;
        if next >= y.to {
            break;
        }
    }
    let rows = [rect.top() + 24.0, rect.top() + 50.0, rect.top() + 80.0];
    let pointer = ui.ctx().pointer_hover_pos();
    let mut hovered: Option<String> = None;
    for d in &y.moments {
        let m = d.moment;
        if m.is_holiday() {
            let at = x(d.day_off());
            let r =
                egui::Rect::from_min_max(egui::pos2(at - 1.5, rows[0]), egui::pos2(at + 1.5, rows[0] + 18.0));
            painter.rect_filled(
                r,
                1.0,
                if m.regions.is_empty() { HOLIDAY } else { HOLIDAY.gamma_multiply(0.45) },
            );
            if pointer.is_some_and(|p| r.expand(2.0).contains(p)) {
                hovered = Some(format!("{} ({})", m.name(lang), d.day_off()));
            }
        } else {
            let r = egui::Rect::from_min_max(
                egui::pos2(x(d.first) - 1.5, rows[1]),
                egui::pos2(x(d.last).max(x(d.first) + 3.0) + 1.5, rows[1] + 18.0),
            );
            painter.rect_filled(r, 2.0, MOMENT.gamma_multiply(0.8));
            let id = ui.scope_id().with(("moment", &m.id, d.first));
            let response = ui.interact(r, id, Sense::click());
            if response.hovered() {
                hovered = Some(format!(
                    "{} ({}) — {}",
                    m.name(lang),
                    format::days(d.first, d.last, lang),
                    lang.word(S::MakeItASeason)
                ));
            }
            if response.clicked() {
                make_season(plan, &m.id, d.first.year(), m.name(lang), lang, actions);
            }
        }
    }
    for span in &y.seasons {
        let Some(season) = span.season(plan) else { continue };
        if let Some(prep) = span.prepare_from {
            let r = egui::Rect::from_min_max(
                egui::pos2(x(prep), rows[2]),
                egui::pos2(x(span.first), rows[2] + 26.0),
            );
            painter.rect_filled(r, 2.0, PREPARING);
        }
        let r = egui::Rect::from_min_max(
            egui::pos2(x(span.first), rows[2]),
            egui::pos2(x(span.last).max(x(span.first) + 3.0), rows[2] + 26.0),
        );
        painter.rect_filled(r, 2.0, SEASON);
        if r.width() >= 24.0 {
            // As much of the name as the band holds, then "…": cut bare ("Christ" for
            // "Christmas rush") it reads as another word.
            let mut job = egui::text::LayoutJob::single_section(
                season.name.clone(),
                egui::TextFormat::simple(small.clone(), Color32::WHITE),
            );
            job.wrap = egui::text::TextWrapping::truncate_at_width(r.width() - 6.0);
            let galley = painter.layout_job(job);
            let at = r.left_center() + egui::vec2(3.0, -galley.size().y / 2.0);
            painter.with_clip_rect(r).galley(at, galley, Color32::WHITE);
        }
        if pointer.is_some_and(|p| r.contains(p)) {
            hovered = Some(format!("{} ({})", season.name, format::days(span.first, span.last, lang)));
        }
    }
    if let Some(text) = hovered {
        egui::Tooltip::always_open(
            ui.ctx().clone(),
            ui.layer_id(),
            ui.scope_id().with("year tip"),
            egui::PopupAnchor::Pointer,
        )
        .show(|ui| ui.label(text));
    }
}

fn make_season(plan: &mut Plan, id: &str, year: i32, name: &str, lang: Language, actions: &mut Actions) {
    let said = match plan.season_from_moment(id, year) {
        Some(_) => Action::Say(format::typography(&lang.say(S::MadeASeason, &[("name", &name)]), lang)),
        None => Action::Warn(format::typography(&lang.say(S::NotMadeASeason, &[("name", &name)]), lang)),
    };
    actions.push(said);
}

/// The trade moments of the twelve months, each with its button.
fn moments_ui(ui: &mut egui::Ui, plan: &mut Plan, y: &Year, lang: Language, actions: &mut Actions) {
    ui.strong(lang.word(S::TradeMomentsAhead));
    {
        for d in y.moments.iter().filter(|d| !d.moment.is_holiday()) {
            let m = d.moment;
            ui.horizontal(|ui| {
                let taken = plan.seasons.iter().any(|s| s.moment.as_deref() == Some(m.id.as_str()));
                let button = ui.add_enabled(!taken, egui::Button::new(lang.word(S::MakeItASeason)));
                if button.clicked() {
                    make_season(plan, &m.id, d.first.year(), m.name(lang), lang, actions);
                }
                // Wrapped under itself in a narrow window, never cut.
                ui.add(egui::Label::new(format!("{} · {}", format::day(d.first, lang), m.name(lang))).wrap());
            });
        }
    }
}

/// The owner's seasons, each editable, with a button to add one.
fn seasons_ui(ui: &mut egui::Ui, plan: &mut Plan, lang: Language) {
    ui.strong(lang.word(S::YourSeasons));
    if plan.seasons.is_empty() {
        ui.weak(format::typography(lang.word(S::NoSeasonYet), lang));
    }
    let mut remove = None;
    egui::ScrollArea::vertical().id_salt("own seasons").max_height(ui.available_height() - 30.0).show(
        ui,
        |ui| {
            for (i, season) in plan.seasons.iter_mut().enumerate() {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.add(
                            egui::TextEdit::singleline(&mut season.name)
                                .desired_width((ui.available_width() - 40.0).max(80.0)),
                        );
                        let bin = ui.button("🗑").on_hover_text(lang.word(S::RemoveThisSeason));
                        // Named for a screen reader (and the tests) by what it does, not by its picture.
                        bin.widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::Button,
                                true,
                                lang.word(S::RemoveThisSeason),
                            )
                        });
                        if bin.clicked() {
                            remove = Some(i);
                        }
                    });
                    egui::Grid::new(("season", i)).num_columns(2).show(ui, |ui| {
                        day_row(ui, lang.word(S::SeasonFirstDay), &mut season.first);
                        day_row(ui, lang.word(S::SeasonLastDay), &mut season.last);
                        ui.label(lang.word(S::SeasonHours));
                        let mut hours = season.weekly_hours.unwrap_or(0.0);
                        let mut own = season.weekly_hours.is_some();
                        ui.horizontal(|ui| {
                            let ticked = ui.checkbox(&mut own, "").changed();
                            let typed = ui
                                .add_enabled(
                                    own,
                                    number_field(&mut hours, rules::WEEKLY_HOURS, 1, " h", lang),
                                )
                                .changed();
                            // Only an edit writes back: a loaded value stays as it is.
                            if ticked || typed {
                                season.weekly_hours = own.then_some(hours);
                            }
                        });
                        ui.end_row();
                        share_row(ui, lang.word(S::SeasonPostsShare), &mut season.cadence, lang);
                        ui.label(lang.word(S::SeasonPrepareWeeks));
                        ui.add(
                            egui::DragValue::new(&mut season.prepare_weeks)
                                .range(0..=rules::MAX_PREPARE_WEEKS),
                        );
                        ui.end_row();
                        share_row(ui, lang.word(S::SeasonPrepareShare), &mut season.prepare_cadence, lang);
                    });
                });
            }
        },
    );
    if let Some(i) = remove {
        plan.remove_season(i);
    }
    if plan.seasons.len() < rules::MAX_SEASONS && ui.button(lang.word(S::AddASeason)).clicked() {
        let name = free_name(plan, lang.word(S::NewSeasonName));
        let (first, last) = (MonthDay { month: 1, day: 1 }, MonthDay { month: 1, day: 31 });
        plan.add_season(Season::new(name, first, last));
    }
}

/// "New season", or "New season 2", … when taken.
fn free_name(plan: &Plan, base: &str) -> String {
    (1..)
        .map(|n| if n == 1 { base.to_owned() } else { format!("{base} {n}") })
        .find(|name| !plan.seasons.iter().any(|s| rules::same_name(&s.name, name)))
        .unwrap_or_default()
}

/// Month and day as two fields; a day the month does not have (30 February) is not kept.
fn day_row(ui: &mut egui::Ui, label: &str, day: &mut MonthDay) {
    ui.label(label);
    ui.horizontal(|ui| {
        let (mut m, mut d) = (day.month, day.day);
        ui.add(egui::DragValue::new(&mut m).range(1..=12));
        ui.add(egui::DragValue::new(&mut d).range(1..=31));
        if let Some(kept) = MonthDay::new(m, d) {
            *day = kept;
        }
    });
    ui.end_row();
}

/// A share of the usual posts as a percentage.
fn share_row(ui: &mut egui::Ui, label: &str, share: &mut f64, lang: Language) {
    ui.label(label);
    let mut percent = *share * 100.0;
    let limits = rules::Limits {
        min: 0.0,
        max: rules::SEASON_CADENCE.max * 100.0,
        min_allowed: true,
        lowest_edit: 0.0,
    };
    if ui.add(number_field(&mut percent, limits, 0, " %", lang)).changed() {
        *share = percent / 100.0;
    }
    ui.end_row();
}
