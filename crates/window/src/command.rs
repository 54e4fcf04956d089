//! Every command of the window in one place, so that the menus, the buttons and the keyboard
//! never disagree about a command's name, its explanation or its shortcut.

use eframe::egui::{self, Key, KeyboardShortcut, Modifiers};

use crate::locale::Sentence as S;
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
            Command::New => lang.word(S::New),
            Command::Open => lang.word(S::Open),
            Command::Save => lang.word(S::Save),
            Command::SaveAs => lang.word(S::SaveAs),
            Command::ExportSummary => lang.word(S::ExportSummary),
            Command::ExportCalendar => lang.word(S::ExportCalendar),
            Command::FitMyWeek => lang.word(S::FitMyWeek),
            Command::Print => lang.word(S::Print),
            Command::Quit => lang.word(S::Quit),
            Command::Undo => lang.word(S::Undo),
            Command::Redo => lang.word(S::Redo),
            Command::OpenRecent(_) => lang.word(S::OpenRecent),
        }
    }

    pub fn tooltip(self, lang: Language) -> &'static str {
        match self {
            Command::New => lang.word(S::StartANewEmptyPlan),
            Command::Open => lang.word(S::OpenASavedPlanRon),
            Command::Save => lang.word(S::SaveTooltip),
            Command::SaveAs => lang.word(S::SaveAsTooltip),
            Command::ExportSummary => lang.word(S::ExportSummaryTooltip),
            Command::ExportCalendar => lang.word(S::ExportCalendarTooltip),
            Command::FitMyWeek => lang.word(S::FitMyWeekTooltip),
            Command::Print => lang.word(S::PrintTooltip),
            Command::Quit => lang.word(S::CloseSocialplan),
            Command::Undo => lang.word(S::UndoTheLastChange),
            Command::Redo => lang.word(S::RedoTheUndoneChange),
            Command::OpenRecent(_) => lang.word(S::OpenAgainAPlanOpened),
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

    /// The shortcut as menus show it, with the keys' names in `lang` ("Ctrl+Maj+S" in French);
    /// a Mac keeps its symbols.
    pub fn shortcut_text(self, ctx: &egui::Context, lang: Language) -> Option<String> {
        let shortcut = self.shortcut()?;
        let is_mac = ctx.os().is_mac();
        if is_mac {
            return Some(ctx.format_shortcut(&shortcut));
        }
        let names = egui::ModifierNames {
            ctrl: lang.word(S::KeyCtrl),
            shift: lang.word(S::KeyShift),
            ..egui::ModifierNames::NAMES
        };
        Some(shortcut.format(&names, is_mac))
    }

    /// A menu entry for the command, with its shortcut and tooltip. True when clicked.
    pub fn menu_button(self, ui: &mut egui::Ui, lang: Language, enabled: bool) -> bool {
        let mut button = egui::Button::new(self.label(lang));
        if let Some(shortcut) = self.shortcut_text(ui.ctx(), lang) {
            button = button.shortcut_text(shortcut);
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
    fn french_menus_name_shift_maj() {
        let ctx = egui::Context::default();
        ctx.set_os(egui::os::OperatingSystem::Nix);
        assert_eq!(Command::SaveAs.shortcut_text(&ctx, Language::Fr).as_deref(), Some("Ctrl+Maj+S"));
        assert_eq!(Command::SaveAs.shortcut_text(&ctx, Language::En).as_deref(), Some("Ctrl+Shift+S"));
        assert_eq!(Command::Save.shortcut_text(&ctx, Language::Fr).as_deref(), Some("Ctrl+S"));
        assert_eq!(Command::ExportCalendar.shortcut_text(&ctx, Language::Fr), None);
    }

    #[test]
    fn shifted_shortcuts_are_tested_first() {
        let position = |c| Command::ALL.iter().position(|x| *x == c).unwrap();
        assert!(position(Command::SaveAs) < position(Command::Save));
        assert!(position(Command::Redo) < position(Command::Undo));
    }
}
