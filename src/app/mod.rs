//! The desktop planner: the eframe window an owner plans in. It edits a `Plan` and shows what
//! the core computes from it; it never keeps a second copy of anything derived.

mod command;
mod derived;
mod document;
mod file_dialog;
mod history;
mod modals;
mod planner;
mod prefs;
mod recovery;
mod views;

pub use command::Command;
pub use planner::{PlannerApp, StartOptions, Tab};
pub use prefs::{Preferences, system_language};
pub use recovery::Recovery;
pub use views::map::screen_position as map_screen_position;

use eframe::egui;

/// Opens the window on `plan` (or the last plan, or an example) and runs until it closes.
pub fn run(plan: Option<std::path::PathBuf>) -> eframe::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("socialplan")
            .with_app_id("socialplan")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([800.0, 560.0]),
        ..Default::default()
    };
    eframe::run_native(
        "socialplan",
        options,
        Box::new(move |cc| {
            let start = StartOptions { plan, recovery: Recovery::in_data_folder(), language: None };
            Ok(Box::new(PlannerApp::new(cc, start)))
        }),
    )
}
