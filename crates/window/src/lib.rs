//! The desktop planner: the eframe window an owner plans in. It edits a `Plan` and shows what
//! the core computes from it; it never keeps a second copy of anything derived.

mod action;
mod claims;
mod command;
mod derived;
mod document;
mod exports;
mod file_dialog;
mod flow;
mod heap;
mod history;
mod layout;
mod modals;
mod paths;
mod pdf_job;
mod planner;
mod prefs;
mod recovery;
mod safekeeping;
mod views;

pub use command::{Command, Then};
pub use file_dialog::{Answer as DialogAnswer, Purpose, StandInDialogs};
pub use heap::keep_the_heap_top;
pub use planner::{PlannerApp, StartOptions, Tab};
pub use prefs::{Preferences, system_language};
pub use recovery::{Recovered, Recovery};
pub use views::fit::FitPanel;
pub use views::ideas::IdeasView;
pub use views::map::{MapLabels, drawn_labels as map_labels, screen_position as map_screen_position};
pub use views::week::WeekView;

use eframe::egui;

// The core's modules, named as the window always named them.
pub use socialplan_core::{analysis, format, locale, model, report, storage};

/// When the process started, to measure the time to the first frame.
static PROCESS_START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// Call first thing in `main`.
pub fn mark_process_start() {
    PROCESS_START.get_or_init(std::time::Instant::now);
}

/// Opens the window on `plan` (or the last plan, or an example) and runs until it closes.
///
/// `SOCIALPLAN_RENDERER=wgpu` draws with wgpu instead of OpenGL (glow); `SOCIALPLAN_EXIT_AFTER_FIRST_FRAME=1`
/// prints the time to the first frame and closes, for measuring start-up.
pub fn run(plan: Option<std::path::PathBuf>) -> eframe::Result<()> {
    keep_the_heap_top();
    // glow starts faster and lighter than wgpu here (docs/performance.md); wgpu stays one
    // variable away for systems whose OpenGL misbehaves.
    let renderer = match std::env::var("SOCIALPLAN_RENDERER").as_deref() {
        #[cfg(feature = "wgpu")]
        Ok("wgpu") => eframe::Renderer::Wgpu,
        #[cfg(not(feature = "wgpu"))]
        Ok("wgpu") => {
            // wgpu is a long build; it is in the package and in `--features wgpu` builds.
            eprintln!(
                "socialplan: this build draws with OpenGL only; wgpu is in the installed package \
                 or in `cargo build --release --features wgpu`"
            );
            eframe::Renderer::Glow
        }
        _ => eframe::Renderer::Glow,
    };
    let options = eframe::NativeOptions {
        renderer,
        viewport: egui::ViewportBuilder::default()
            .with_title("socialplan")
            .with_app_id("socialplan")
            .with_icon(
                eframe::icon_data::from_png_bytes(include_bytes!(
                    "../../../packaging/icons/socialplan-128.png"
                ))
                .unwrap_or_default(),
            )
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([800.0, 560.0]),
        ..Default::default()
    };
    eframe::run_native(
        "socialplan",
        options,
        Box::new(move |cc| {
            let start =
                StartOptions { plan, recovery: Recovery::in_data_folder(), ..StartOptions::default() };
            Ok(Box::new(PlannerApp::new(cc, start)))
        }),
    )
}
