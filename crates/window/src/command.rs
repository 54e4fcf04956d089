//! Every command of the window in one place, so that the menus, the buttons and the keyboard
//! never disagree about a command's name, its explanation or its shortcut.

use eframe::egui::{self, Key, KeyboardShortcut, Modifiers};

use crate::model::Language;

/// An action that waits for the answer to "save your changes?", and for the save itself. It
/// lives inside whatever it waits on (the question, the file dialog, the path box), so that when
/// that ends without a save the action ends with it.
#[derive(Clone, Debug, PartialEq)]
pub enum Then {
    New,
    Open,
    OpenPath(std::path::PathBuf),
    Quit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    New,
    Open,
    Save,
    SaveAs,
    ExportSummary,
    /// The week, as a calendar file for the owner's calendar app.
    ExportCalendar,
    /// The best scenario for the owner's hours, proposed next to theirs.
    FitMyWeek,
    Print,
    Quit,
    Undo,
    Redo,
    /// The plan at this place in the recent list (most recent first).
    OpenRecent(usize),
}

const fn ctrl(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn ctrl_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

impl Command {
    /// In the order shortcuts are tested: a shortcut with Shift before the same one without,
    /// since `consume_shortcut` ignores an extra Shift.
    pub const ALL: [Command; 12] = [
        Command::SaveAs,
        Command::Redo,
        Command::FitMyWeek,
        Command::New,
        Command::Open,
        Command::Save,
        Command::ExportSummary,
        Command::ExportCalendar,
        Command::Print,
        Command::Quit,
        Command::Undo,
        Command::OpenRecent(0),
    ];

    pub fn label(self, lang: Language) -> &'static str {
        match self {
            Command::New => lang.pick("Nouveau", "New"),
            Command::Open => lang.pick("Ouvrir…", "Open…"),
            Command::Save => lang.pick("Enregistrer", "Save"),
            Command::SaveAs => lang.pick("Enregistrer sous…", "Save as…"),
            Command::ExportSummary => lang.pick("Exporter le résumé…", "Export summary…"),
            Command::ExportCalendar => lang.pick("Exporter le calendrier…", "Export calendar…"),
            Command::FitMyWeek => lang.pick("Ajuster à mes heures…", "Fit my week…"),
            Command::Print => lang.pick("Imprimer…", "Print…"),
            Command::Quit => lang.pick("Quitter", "Quit"),
            Command::Undo => lang.pick("Annuler", "Undo"),
            Command::Redo => lang.pick("Rétablir", "Redo"),
            Command::OpenRecent(_) => lang.pick("Ouvrir un plan récent", "Open recent"),
        }
    }

    pub fn tooltip(self, lang: Language) -> &'static str {
        match self {
            Command::New => lang.pick("Commencer un nouveau plan vide", "Start a new, empty plan"),
            Command::Open => lang.pick("Ouvrir un plan enregistré (.ron)", "Open a saved plan (.ron)"),
            Command::Save => lang.pick("Enregistrer le plan dans son fichier", "Save the plan to its file"),
            Command::SaveAs => {
                lang.pick("Enregistrer le plan dans un nouveau fichier", "Save the plan to a new file")
            }
            Command::ExportSummary => lang.pick(
                "Enregistrer le résumé du plan en PDF ou en Markdown",
                "Save the plan's summary as PDF or Markdown",
            ),
            Command::ExportCalendar => lang.pick(
                "Enregistrer la semaine en fichier de calendrier (.ics) pour Thunderbird, Google Agenda, Calendrier d'Apple ou Outlook ; un nouvel export met à jour les mêmes événements",
                "Save the week as a calendar file (.ics) for Thunderbird, Google Calendar, Apple Calendar or Outlook; exporting again updates the same events",
            ),
            Command::FitMyWeek => lang.pick(
                "Proposer le meilleur plan pour vos heures, à côté du vôtre",
                "Propose the best plan for your hours, next to yours",
            ),
            Command::Print => lang.pick(
                "Imprimer le résumé du plan (ou l'ouvrir dans le lecteur PDF)",
                "Print the plan's summary (or open it in the PDF viewer)",
            ),
            Command::Quit => lang.pick("Fermer socialplan", "Close socialplan"),
            Command::Undo => lang.pick("Annuler la dernière modification", "Undo the last change"),
            Command::Redo => lang.pick("Refaire la modification annulée", "Redo the undone change"),
            Command::OpenRecent(_) => {
                lang.pick("Rouvrir un plan ouvert récemment", "Open again a plan opened lately")
            }
        }
    }

    /// The shortcut shown in menus (a recent plan has none: its place in the list changes).
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        Some(match self {
            Command::New => ctrl(Key::N),
            Command::Open => ctrl(Key::O),
            Command::Save => ctrl(Key::S),
            Command::SaveAs => ctrl_shift(Key::S),
            Command::ExportSummary => ctrl(Key::E),
            Command::Print => ctrl(Key::P),
            Command::Quit => ctrl(Key::Q),
            Command::Undo => ctrl(Key::Z),
            Command::Redo => ctrl_shift(Key::Z),
            Command::FitMyWeek => ctrl_shift(Key::F),
            // Rare enough to live in the File menu only.
            Command::ExportCalendar | Command::OpenRecent(_) => return None,
        })
    }

    /// Every shortcut that runs the command: Redo also answers to Ctrl+Y.
    pub fn shortcuts(self) -> Vec<KeyboardShortcut> {
        let extra = match self {
            Command::Redo => Some(ctrl(Key::Y)),
            _ => None,
        };
        self.shortcut().into_iter().chain(extra).collect()
    }

    /// The command whose shortcut was pressed this frame, if any (the key press is consumed).
    pub fn from_keyboard(ctx: &egui::Context) -> Option<Command> {
        // While someone types in a text field, Ctrl+Z and Ctrl+Shift+Z belong to the field.
        let typing = ctx.egui_wants_keyboard_input();
        ctx.input_mut(|i| {
            Command::ALL.into_iter().find(|c| {
                if typing && matches!(c, Command::Undo | Command::Redo) {
                    return false;
                }
                c.shortcuts().iter().any(|s| i.consume_shortcut(s))
            })
        })
    }

    /// A menu entry for the command, with its shortcut and tooltip. True when clicked.
    pub fn menu_button(self, ui: &mut egui::Ui, lang: Language, enabled: bool) -> bool {
        let mut button = egui::Button::new(self.label(lang));
        if let Some(shortcut) = self.shortcut() {
            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
        }
        ui.add_enabled(enabled, button).on_hover_text(self.tooltip(lang)).clicked()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_has_words_in_both_languages_and_its_own_shortcut() {
        let mut seen = Vec::new();
        for c in Command::ALL {
            for lang in Language::ALL {
                assert!(!c.label(lang).is_empty() && !c.tooltip(lang).is_empty());
            }
            for s in c.shortcuts() {
                assert!(!seen.contains(&s), "{c:?} shares a shortcut");
                seen.push(s);
            }
        }
    }

    #[test]
    fn shifted_shortcuts_are_tested_first() {
        let position = |c| Command::ALL.iter().position(|x| *x == c).unwrap();
        assert!(position(Command::SaveAs) < position(Command::Save));
        assert!(position(Command::Redo) < position(Command::Undo));
    }
}
