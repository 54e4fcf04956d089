//! The plan's summary, the same one `socialplan summary` prints, laid out for reading in the
//! window.

use eframe::egui::{self, RichText};

use super::super::action::{Action, Actions};
use super::super::command::Command;
use crate::model::Language;
use crate::report::Summary;

/// Draws the summary; the owner's asking to export it goes to `actions`.
pub fn summary_ui(
    ui: &mut egui::Ui,
    s: &Summary,
    export_label: &str,
    export_tooltip: &str,
    actions: &mut Actions,
) {
    let w = &s.words;
    let mut export = false;
    // The button keeps its place on the right; a long business name wraps in the room left.
    egui::Sides::new().shrink_left().wrap().show(
        ui,
        |ui| ui.heading(format!("{} — {}", w.title, s.business_name)),
        |ui| export = ui.button(export_label).on_hover_text(export_tooltip).clicked(),
    );
    let intro: Vec<&str> =
        [s.sector.as_str(), s.description.as_str()].into_iter().filter(|t| !t.is_empty()).collect();
    if !intro.is_empty() {
        ui.label(intro.join(" — "));
    }

    section(ui, &w.products);
    if s.products.is_empty() {
        ui.weak(&w.no_products);
    }
    for p in &s.products {
        ui.label(format!("• {} — {}", p.name, p.place));
    }

    section(ui, &w.audience);
    if !s.audience.is_empty() {
        ui.label(&s.audience);
    }
    if !s.goals.is_empty() {
        let lang = Language::try_from(s.language.clone()).unwrap_or(Language::En);
        ui.label(format!("{}{}{}", w.goals, crate::format::colon(lang), s.goals.join(", ")));
    }
    if let Some(note) = &s.sales_note {
        ui.label(RichText::new(note).italics());
    }

    section(ui, &w.recommendation);
    // One wrapped line per platform: a reason is a sentence, it needs the whole width.
    for r in &s.ranking {
        ui.horizontal_wrapped(|ui| {
            let mark = if r.chosen { " ✔" } else { "" };
            ui.strong(format!("{}. {}{mark}", r.rank, r.name));
            ui.weak(format!("{} {} —", w.score.to_lowercase(), r.score_text));
            ui.label(&r.reason);
        });
    }

    section(ui, &w.choices);
    if s.choices.is_empty() {
        ui.weak(&w.none_chosen);
    } else {
        let (headers, rows) = s.choices_table();
        let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
        table(ui, "chosen", &headers, rows.into_iter());
    }

    section(ui, &w.time);
    if !s.choices.is_empty() {
        let (headers, rows) = s.time_table();
        let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
        table(ui, "time", &headers, rows.into_iter());
    }
    ui.strong(&s.time.verdict);
    for step in &s.time.bring_back {
        ui.label(format!("• {step}"));
    }

    section(ui, &w.reactivity);
    for line in &s.reactivity {
        ui.label(format!("• {line}"));
    }

    section(ui, &w.checklist);
    for item in &s.checklist {
        let mark = if item.done == Some(true) { "☑" } else { "☐" };
        ui.label(format!("{mark} {}", item.text));
    }

    if !s.notes.trim().is_empty() {
        section(ui, &w.notes);
        ui.label(&s.notes);
    }
    if export {
        actions.push(Action::Run(Command::ExportSummary));
    }
}

fn section(ui: &mut egui::Ui, title: &str) {
    ui.add_space(10.0);
    ui.label(RichText::new(title).heading().size(18.0));
}

fn table(ui: &mut egui::Ui, id: &str, headers: &[&str], rows: impl Iterator<Item = Vec<String>>) {
    egui::Grid::new(id).striped(true).spacing([12.0, 4.0]).show(ui, |ui| {
        for h in headers {
            ui.strong(*h);
        }
        ui.end_row();
        for row in rows {
            for cell in row {
                ui.label(cell);
            }
            ui.end_row();
        }
    });
}
