//! Making the PDF (to export or to print) on a thread of its own, so the window keeps drawing;
//! the result comes back through a channel and wakes the window.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

use eframe::egui;

use crate::model::Language;
use crate::printing::{self, PrintSetup};
use crate::report::{self, PdfOptions, Summary};
use crate::storage;

/// What the PDF is made for.
#[derive(Clone, Debug)]
pub enum PdfTask {
    Export(PathBuf),
    Print(PrintSetup),
}

#[derive(Debug)]
pub struct PdfJob {
    rx: Receiver<Result<String, String>>,
    started: Instant,
}

/// Below this, a spinner would only flicker.
pub const SHOW_PROGRESS_AFTER: Duration = Duration::from_millis(300);

impl PdfJob {
    pub fn start(
        ctx: &egui::Context,
        summary: Summary,
        options: PdfOptions,
        task: PdfTask,
        lang: Language,
    ) -> PdfJob {
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        let work = move || {
            let result = make(&summary, &options, task, lang);
            let _ = tx.send(result);
            ctx.request_repaint();
        };
        if let Err(e) = std::thread::Builder::new().name("pdf".into()).spawn(work) {
            let (tx, rx) = channel();
            let _ = tx.send(Err(e.to_string()));
            return PdfJob { rx, started: Instant::now() };
        }
        PdfJob { rx, started: Instant::now() }
    }

    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// Some(outcome) once finished: a message for the status line, or an error.
    pub fn poll(&self) -> Option<Result<String, String>> {
        match self.rx.try_recv() {
            Ok(result) => Some(result),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                Some(Err("the PDF could not be made (the worker stopped)".into()))
            }
        }
    }
}

fn make(summary: &Summary, options: &PdfOptions, task: PdfTask, lang: Language) -> Result<String, String> {
    let pdf = report::to_pdf(summary, options).map_err(|e| e.to_string())?;
    match task {
        PdfTask::Export(path) => {
            storage::write_file_atomically(&path, &pdf).map_err(|e| e.to_string())?;
            Ok(format!(
                "{} {}",
                lang.pick("Résumé exporté :", "Summary exported:"),
                super::planner::file_name(&path)
            ))
        }
        PdfTask::Print(setup) => {
            let stem = options.file_name.trim_end_matches(".ron");
            let stem = if stem.is_empty() { "plan" } else { stem };
            let path = std::env::temp_dir().join(format!("socialplan-{stem}.pdf"));
            storage::write_file_atomically(&path, &pdf).map_err(|e| e.to_string())?;
            let outcome = printing::print_or_open_with(&path, &setup)?;
            Ok(outcome.describe(lang))
        }
    }
}
