//! The questions and messages that stop the window until answered: unsaved changes, errors,
//! a plan to restore after a crash, a path to type when no file dialog exists, About and the
//! method.

use std::path::{Path, PathBuf};

use eframe::egui::{self, Id, RichText};

use super::command::Then;
use super::document::Document;
use super::file_dialog::Purpose;
use super::recovery::Recovered;
use crate::locale::Sentence as S;
use crate::model::Language;
use socialplan_pdf::Paper;

/// The summary's export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Pdf,
    Markdown,
}

#[derive(Debug)]
pub enum Modal {
    /// Save, Discard or Cancel before the action that waits.
    Unsaved(Then),
    Error {
        title: String,
        message: String,
    },
    Restore(Box<Recovered>),
    /// Another program wrote the plan's file since this window read it: replace it, or not.
    ChangedOnDisk {
        path: PathBuf,
    },
    /// The plan just read is open in another window: read-only, a copy, or not at all.
    OpenElsewhere {
        doc: Box<Document>,
    },
    TypePath {
        purpose: Purpose,
        text: String,
        then: Option<Then>,
        /// Focus goes to the path on the first frame only.
        focused: bool,
    },
    /// Format and paper, before the file dialog.
    Export {
        format: ExportFormat,
        paper: Paper,
    },
    About,
    Method,
}

/// What the owner answered.
#[derive(Debug, PartialEq)]
pub enum Answer {
    Save,
    Discard,
    Cancel,
    Restore,
    ReadOnly,
    Copy,
    Replace,
    Path(Purpose, PathBuf),
    Export(ExportFormat, Paper),
    Close,
}

impl Modal {
    /// Shows the modal; Some(answer) once the owner answered.
    pub fn show(&mut self, ctx: &egui::Context, lang: Language) -> Option<Answer> {
        let mut answer = None;
        let response = egui::Modal::new(Id::unique("socialplan modal")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            match self {
                Modal::Unsaved(_) => {
                    ui.heading(lang.word(S::UnsavedChanges));
                    ui.label(lang.word(S::SaveTheChangesQuestion));
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        if ui.button(lang.word(S::Save)).clicked() {
                            answer = Some(Answer::Save);
                        }
                        if ui.button(lang.word(S::DontSave)).clicked() {
                            answer = Some(Answer::Discard);
                        }
                        if ui.button(lang.word(S::Cancel)).clicked() {
                            answer = Some(Answer::Cancel);
                        }
                    });
                }
                Modal::Error { title, message } => {
                    ui.heading(title.as_str());
                    ui.label(message.as_str());
                    ui.add_space(8.0);
                    // Enter closes it too: the owner's hands are on the keyboard after typing.
                    let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
                    if ui.button("OK").clicked() || enter {
                        answer = Some(Answer::Close);
                    }
                }
                Modal::Restore(recovered) => {
                    ui.heading(lang.word(S::RestoreUnsavedWork));
                    let name = recovered
                        .path
                        .as_ref()
                        .map_or_else(|| recovered.plan.business.name.clone(), |p| p.display().to_string());
                    ui.label(lang.say(S::RestoreUnsavedChanges, &[("name", &name)]));
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        if ui.button(lang.word(S::Restore)).clicked() {
                            answer = Some(Answer::Restore);
                        }
                        if ui.button(lang.word(S::Discard)).clicked() {
                            answer = Some(Answer::Discard);
                        }
                    });
                }
                Modal::ChangedOnDisk { path } => {
                    ui.heading(lang.word(S::TheFileHasChanged));
                    let name = path.display();
                    ui.label(lang.say(S::ChangedByAnotherProgram, &[("path", &name)]));
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        if ui.button(lang.word(S::Replace)).clicked() {
                            answer = Some(Answer::Replace);
                        }
                        if ui.button(lang.word(S::Cancel)).clicked() {
                            answer = Some(Answer::Cancel);
                        }
                    });
                }
                Modal::OpenElsewhere { doc } => {
                    ui.heading(lang.word(S::PlanAlreadyOpen));
                    let name = doc.display_name();
                    ui.label(lang.say(S::OpenInAnotherWindow, &[("name", &name)]));
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        if ui
                            .button(lang.word(S::OpenReadOnly))
                            .on_hover_text(lang.word(S::SeeItHereWithoutChanging))
                            .clicked()
                        {
                            answer = Some(Answer::ReadOnly);
                        }
                        if ui
                            .button(lang.word(S::OpenACopy))
                            .on_hover_text(lang.word(S::WorkOnACopy))
                            .clicked()
                        {
                            answer = Some(Answer::Copy);
                        }
                        if ui.button(lang.word(S::Cancel)).clicked() {
                            answer = Some(Answer::Cancel);
                        }
                    });
                }
                Modal::TypePath { purpose, text, focused, .. } => {
                    ui.heading(match purpose {
                        Purpose::Open => lang.word(S::OpenAPlan),
                        Purpose::SaveAs => lang.word(S::SaveAsTitle),
                        Purpose::ExportSummary => lang.word(S::ExportTheSummary),
                        Purpose::ExportCalendar => lang.word(S::ExportTheCalendar),
                    });
                    ui.label(lang.word(S::NoFileDialogIsAvailable));
                    let edit = ui.add(
                        egui::TextEdit::singleline(text)
                            .desired_width(f32::INFINITY)
                            .hint_text("~/…/plan.ron"),
                    );
                    if !*focused {
                        edit.request_focus();
                        *focused = true;
                    }
                    let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    ui.horizontal(|ui| {
                        let ok = ui.add_enabled(!text.trim().is_empty(), egui::Button::new("OK")).clicked();
                        if (ok || enter) && !text.trim().is_empty() {
                            answer = Some(Answer::Path(*purpose, typed_path(text)));
                        }
                        if ui.button(lang.word(S::Cancel)).clicked() {
                            answer = Some(Answer::Cancel);
                        }
                    });
                }
                Modal::Export { format, paper } => {
                    ui.heading(lang.word(S::ExportTheSummary));
                    ui.horizontal(|ui| {
                        ui.label(lang.word(S::FormatLabel));
                        ui.radio_value(format, ExportFormat::Pdf, lang.word(S::PDFToPrint));
                        ui.radio_value(format, ExportFormat::Markdown, lang.word(S::MarkdownText));
                    });
                    ui.add_enabled_ui(*format == ExportFormat::Pdf, |ui| {
                        ui.horizontal(|ui| {
                            ui.label(lang.word(S::Paper));
                            ui.radio_value(paper, Paper::A4, "A4");
                            ui.radio_value(paper, Paper::Letter, "US Letter");
                        });
                    });
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        if ui.button(lang.word(S::ChooseTheFile)).clicked() {
                            answer = Some(Answer::Export(*format, *paper));
                        }
                        if ui.button(lang.word(S::Cancel)).clicked() {
                            answer = Some(Answer::Cancel);
                        }
                    });
                }
                Modal::About => {
                    ui.heading("socialplan");
                    ui.label(lang.say(S::Version, &[("version", &env!("CARGO_PKG_VERSION"))]));
                    ui.label(lang.word(S::AboutSocialplan));
                    if ui.button("OK").clicked() {
                        answer = Some(Answer::Close);
                    }
                }
                Modal::Method => {
                    ui.heading(lang.word(S::TheMethod));
                    for sentence in METHOD {
                        ui.label(RichText::new(format!("• {}", lang.word(*sentence))));
                    }
                    if ui.button("OK").clicked() {
                        answer = Some(Answer::Close);
                    }
                }
            }
        });
        // Escape or a click beside the question must not throw recovered work away.
        if answer.is_none() && response.should_close() && !matches!(self, Modal::Restore(_)) {
            // Escape or a click beside the modal: the careful answer.
            answer = Some(match self {
                Modal::Unsaved(_)
                | Modal::TypePath { .. }
                | Modal::Export { .. }
                | Modal::OpenElsewhere { .. }
                | Modal::ChangedOnDisk { .. } => Answer::Cancel,
                _ => Answer::Close,
            });
        }
        answer
    }
}

/// A typed path, with `~` for the owner's home folder as in a terminal.
pub fn typed_path(text: &str) -> PathBuf {
    let text = text.trim();
    let home = || directories::UserDirs::new().map(|d| d.home_dir().to_owned());
    match text.strip_prefix('~') {
        Some("") => home().unwrap_or_else(|| PathBuf::from(text)),
        Some(rest) if rest.starts_with('/') || rest.starts_with(std::path::MAIN_SEPARATOR) => {
            home().map_or_else(|| PathBuf::from(text), |h| h.join(rest.trim_start_matches(['/', '\\'])))
        }
        // A name alone would land wherever the program was started from: the home folder
        // instead, as the box says.
        _ if Path::new(text).is_relative() => home().map_or_else(|| PathBuf::from(text), |h| h.join(text)),
        _ => PathBuf::from(text),
    }
}

const METHOD: &[S] = &[
    S::MethodNotAShop,
    S::MethodChooseByWhatYouSell,
    S::MethodKeepingAliveTakesTime,
    S::MethodAnswerFast,
    S::MethodPrepare,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_path_may_start_at_home() {
        let Some(home) = directories::UserDirs::new().map(|d| d.home_dir().to_owned()) else { return };
        assert_eq!(typed_path(" ~/plans/a.ron "), home.join("plans/a.ron"));
        assert_eq!(typed_path("~"), home);
        assert_eq!(typed_path("/tmp/~x.ron"), PathBuf::from("/tmp/~x.ron"));
        assert_eq!(typed_path("~other/a.ron"), home.join("~other/a.ron"), "a relative path, from home");
        assert_eq!(
            typed_path("velo"),
            home.join("velo"),
            "a name alone goes home, not where the program started"
        );
    }
}
