//! The bad-news drill beside the week: per platform, how long a message waits for an answer
//! with the looks as the week lays them out (the owner's moves included), against the promise
//! made there. The rows are the printed summary's (`report::drill_rows`), in the window's
//! language; moving a look changes them on the next frame.

use eframe::egui;

use crate::format;
use crate::locale::Sentence as S;
use crate::model::Language;
use crate::report::{DrillRow, drill_headers};

/// `previewing`: the rows are the drill with the look being dragged where it is now.
pub fn drill_ui(ui: &mut egui::Ui, rows: &[DrillRow], previewing: bool, lang: Language) {
    ui.heading(lang.word(S::IfACustomerWrites));
    if previewing {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            joined(&format::typography(lang.word(S::IfYouDropTheLook), lang)),
        );
    } else {
        ui.add(egui::Label::new(lang.word(S::HowLongTheMessageWaits)).wrap());
    }
    if rows.is_empty() {
        ui.weak(lang.word(S::NoMessagesToRead));
        return;
    }
    let [_, promise, median, p90, worst, within_a_day, kept] = drill_headers(lang);
    for (i, row) in rows.iter().enumerate() {
        ui.separator();
        ui.horizontal_wrapped(|ui| {
            ui.strong(&row.platform);
            let (sign, color) = if row.kept {
                ("✔", ui.visuals().text_color())
            } else {
                ("✖", ui.visuals().error_fg_color)
            };
            ui.colored_label(color, format!("{sign} {}", row.kept_text)).on_hover_text(&kept);
        });
        ui.add(egui::Label::new(joined(&format!("{promise}{}{}", format::colon(lang), row.promise))).wrap());
        egui::Grid::new(("drill", i)).num_columns(2).spacing([8.0, 2.0]).show(ui, |ui| {
            for (label, value) in [
                (&median, &row.median),
                (&p90, &row.p90),
                (&worst, &row.worst_cell()),
                (&within_a_day, &row.within_a_day),
            ] {
                ui.weak(label);
                ui.add(egui::Label::new(value).wrap());
                ui.end_row();
            }
        });
        ui.add(egui::Label::new(joined(&row.worst_case)).wrap());
    }
}

/// The text with French spacing kept on the line of the word before it: epaint 0.37 breaks a
/// line at a narrow no-break space, which would start a line with ": 41,3 h". A no-break
/// space, which it keeps, is the usual one before a colon anyway.
fn joined(text: &str) -> String {
    text.replace(format::NARROW_NBSP, "\u{a0}")
}
