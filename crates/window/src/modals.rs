//! The questions and messages that stop the window until answered: unsaved changes, errors,
//! a plan to restore after a crash, a path to type when no file dialog exists, About and the
//! method.

use std::path::{Path, PathBuf};

use eframe::egui::{self, Id, RichText};

use super::command::Then;
use super::document::Document;
use super::file_dialog::Purpose;
use super::recovery::Recovered;
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
                    ui.heading(lang.pick("Modifications non enregistrées", "Unsaved changes"));
                    ui.label(lang.pick(
                        "Le plan a des modifications qui ne sont pas enregistrées. Voulez-vous les enregistrer ?",
                        "The plan has changes that are not saved. Do you want to save them?",
                    ));
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        if ui.button(lang.pick("Enregistrer", "Save")).clicked() {
                            answer = Some(Answer::Save);
                        }
                        if ui.button(lang.pick("Ne pas enregistrer", "Discard")).clicked() {
                            answer = Some(Answer::Discard);
                        }
                        if ui.button(lang.pick("Annuler", "Cancel")).clicked() {
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
                    ui.heading(lang.pick("Reprendre le travail non enregistré ?", "Restore unsaved work?"));
                    let name = recovered.path.as_ref().map_or_else(
                        || recovered.plan.business.name.clone(),
                        |p| p.display().to_string(),
                    );
                    ui.label(match lang {
                        Language::Fr => format!(
                            "socialplan s'est fermé sans enregistrer les dernières modifications de « {name} ». Les reprendre ?"
                        ),
                        Language::En => format!(
                            "socialplan closed without saving the latest changes to \"{name}\". Restore them?"
                        ),
                    });
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        if ui.button(lang.pick("Reprendre", "Restore")).clicked() {
                            answer = Some(Answer::Restore);
                        }
                        if ui.button(lang.pick("Abandonner", "Discard")).clicked() {
                            answer = Some(Answer::Discard);
                        }
                    });
                }
                Modal::ChangedOnDisk { path } => {
                    ui.heading(lang.pick("Le fichier a changé", "The file has changed"));
                    let name = path.display();
                    ui.label(match lang {
                        Language::Fr => format!(
                            "{name} a été modifié par un autre programme (un « socialplan fit », peut-être) depuis que cette fenêtre l'a lu. L'enregistrer ici remplacerait ces modifications ; Fichier › Enregistrer sous… garde les deux."
                        ),
                        Language::En => format!(
                            "{name} was changed by another program (a \"socialplan fit\", perhaps) since this window read it. Saving here would replace those changes; File › Save as… keeps both."
                        ),
                    });
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        if ui.button(lang.pick("Remplacer", "Replace")).clicked() {
                            answer = Some(Answer::Replace);
                        }
                        if ui.button(lang.pick("Annuler", "Cancel")).clicked() {
                            answer = Some(Answer::Cancel);
                        }
                    });
                }
                Modal::OpenElsewhere { doc } => {
                    ui.heading(lang.pick("Plan déjà ouvert", "Plan already open"));
                    let name = doc.display_name();
                    ui.label(match lang {
                        Language::Fr => format!(
                            "« {name} » est ouvert dans une autre fenêtre de socialplan. Si les deux fenêtres l'enregistraient, chacune remplacerait le travail de l'autre."
                        ),
                        Language::En => format!(
                            "\"{name}\" is open in another socialplan window. If both windows saved it, each would replace the other's work."
                        ),
                    });
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        if ui
                            .button(lang.pick("Ouvrir en lecture seule", "Open read-only"))
                            .on_hover_text(lang.pick(
                                "Le voir ici sans pouvoir le modifier",
                                "See it here without changing it",
                            ))
                            .clicked()
                        {
                            answer = Some(Answer::ReadOnly);
                        }
                        if ui
                            .button(lang.pick("Ouvrir une copie", "Open a copy"))
                            .on_hover_text(lang.pick(
                                "Travailler sur une copie, à enregistrer sous un autre nom",
                                "Work on a copy, to save under another name",
                            ))
                            .clicked()
                        {
                            answer = Some(Answer::Copy);
                        }
                        if ui.button(lang.pick("Annuler", "Cancel")).clicked() {
                            answer = Some(Answer::Cancel);
                        }
                    });
                }
                Modal::TypePath { purpose, text, focused, .. } => {
                    ui.heading(match purpose {
                        Purpose::Open => lang.pick("Ouvrir un plan", "Open a plan"),
                        Purpose::SaveAs => lang.pick("Enregistrer sous", "Save as"),
                        Purpose::ExportSummary => lang.pick("Exporter le résumé", "Export the summary"),
                        Purpose::ExportCalendar => lang.pick("Exporter le calendrier", "Export the calendar"),
                    });
                    ui.label(lang.pick(
                        "Aucune fenêtre de choix de fichier n'est disponible sur ce système (ni portail du bureau, ni zenity). Tapez le chemin du fichier (un nom seul va dans votre dossier personnel) :",
                        "No file dialog is available on this system (no desktop portal, no zenity). Type the file's path (a name alone goes in your home folder):",
                    ));
                    let edit = ui.add(egui::TextEdit::singleline(text).desired_width(f32::INFINITY).hint_text("~/…/plan.ron"));
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
                        if ui.button(lang.pick("Annuler", "Cancel")).clicked() {
                            answer = Some(Answer::Cancel);
                        }
                    });
                }
                Modal::Export { format, paper } => {
                    ui.heading(lang.pick("Exporter le résumé", "Export the summary"));
                    ui.horizontal(|ui| {
                        ui.label(lang.pick("Format :", "Format:"));
                        ui.radio_value(format, ExportFormat::Pdf, lang.pick("PDF, à imprimer", "PDF, to print"));
                        ui.radio_value(format, ExportFormat::Markdown, lang.pick("Markdown (texte)", "Markdown (text)"));
                    });
                    ui.add_enabled_ui(*format == ExportFormat::Pdf, |ui| {
                        ui.horizontal(|ui| {
                            ui.label(lang.pick("Papier :", "Paper:"));
                            ui.radio_value(paper, Paper::A4, "A4");
                            ui.radio_value(paper, Paper::Letter, "US Letter");
                        });
                    });
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        if ui.button(lang.pick("Choisir le fichier…", "Choose the file…")).clicked() {
                            answer = Some(Answer::Export(*format, *paper));
                        }
                        if ui.button(lang.pick("Annuler", "Cancel")).clicked() {
                            answer = Some(Answer::Cancel);
                        }
                    });
                }
                Modal::About => {
                    ui.heading("socialplan");
                    ui.label(format!("{} {}", lang.pick("Version", "Version"), env!("CARGO_PKG_VERSION")));
                    ui.label(lang.pick(
                        "Choisir ses réseaux sociaux et savoir ce qu'ils coûtent vraiment en heures chaque semaine.",
                        "Choose your social networks and know what they really cost in hours each week.",
                    ));
                    if ui.button("OK").clicked() {
                        answer = Some(Answer::Close);
                    }
                }
                Modal::Method => {
                    ui.heading(lang.pick("La méthode", "The method"));
                    for (fr, en) in METHOD {
                        ui.label(RichText::new(format!("• {}", lang.pick(*fr, *en))));
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

const METHOD: &[(&str, &str)] = &[
    (
        "Un réseau social n'est pas un magasin : on y échange des informations, et ce que les gens relaient construit votre réputation.",
        "A social network is not a shop: people exchange information there, and what they pass on builds your reputation.",
    ),
    (
        "Choisissez vos réseaux selon ce que vous vendez et à qui : placez vos produits sur la carte, les plateformes proches vous vont.",
        "Choose your networks by what you sell and to whom: place your products on the map; the platforms near them suit you.",
    ),
    (
        "Faire vivre un compte prend du temps : publier, répondre, surveiller, planifier. Le graphique du temps le chiffre.",
        "Keeping an account alive takes time: posting, answering, watching, planning. The time chart puts numbers on it.",
    ),
    (
        "Répondez vite : une question sans réponse ou une mauvaise nouvelle se répand. Plus la promesse est courte, plus il faut regarder souvent.",
        "Answer fast: an unanswered question or bad news spreads. The shorter the promise, the more often someone must look.",
    ),
    (
        "Préparez-vous avant de commencer : votre crédibilité est en jeu.",
        "Prepare before you start: your credibility is at stake.",
    ),
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
