//! Making the PDF (to export or to print) on a thread of its own, so the window keeps drawing;
//! the outcome comes back through a channel and wakes the window, which puts it into words.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

use eframe::egui;

use crate::report::Summary;
use crate::storage;
use socialplan_pdf::PdfOptions;
use socialplan_pdf::printing::{self, PrintOutcome, PrintSetup};

/// What the PDF is made for.
#[derive(Clone, Debug)]
pub enum PdfTask {
    Export(PathBuf),
    /// Print; a PDF that can be neither printed nor shown is kept in `keep_in`.
    Print {
        setup: PrintSetup,
        keep_in: PathBuf,
    },
}

/// How a PDF job ended.
#[derive(Debug)]
pub enum PdfOutcome {
    Exported(PathBuf),
    /// Printed or shown in the viewer. `shown` is the temporary PDF the viewer reads, removed
    /// when the window closes.
    Printed {
        outcome: PrintOutcome,
        shown: Option<PathBuf>,
    },
    /// The PDF was made but neither printed nor shown: it is kept at `kept`.
    NotPrinted {
        kept: PathBuf,
        why: String,
    },
    /// No PDF was made, or it could not be written.
    Failed(String),
}

#[derive(Debug)]
pub struct PdfJob {
    rx: Receiver<PdfOutcome>,
    started: Instant,
}

/// Below this, a spinner would only flicker.
pub const SHOW_PROGRESS_AFTER: Duration = Duration::from_millis(300);

impl PdfJob {
    pub fn start(ctx: &egui::Context, summary: Summary, options: PdfOptions, task: PdfTask) -> PdfJob {
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        let work = move || {
            let outcome = make(&summary, &options, task);
            let _ = tx.send(outcome);
            ctx.request_repaint();
        };
        if let Err(e) = std::thread::Builder::new().name("pdf".into()).spawn(work) {
            let (tx, rx) = channel();
            let _ = tx.send(PdfOutcome::Failed(e.to_string()));
            return PdfJob { rx, started: Instant::now() };
        }
        PdfJob { rx, started: Instant::now() }
    }

    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// Some(outcome) once finished.
    pub fn poll(&self) -> Option<PdfOutcome> {
        match self.rx.try_recv() {
            Ok(outcome) => Some(outcome),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(PdfOutcome::Failed("the worker stopped".into())),
        }
    }
}

fn make(summary: &Summary, options: &PdfOptions, task: PdfTask) -> PdfOutcome {
    let pdf = match socialplan_pdf::to_pdf(summary, options) {
        Ok(pdf) => pdf,
        Err(e) => return PdfOutcome::Failed(e.to_string()),
    };
    match task {
        PdfTask::Export(path) => match storage::write_file_atomically(&path, &pdf) {
            Ok(()) => PdfOutcome::Exported(path),
            Err(e) => PdfOutcome::Failed(e.to_string()),
        },
        PdfTask::Print { setup, keep_in } => print(&pdf, &options.file_name, &setup, &keep_in),
    }
}

/// Prints through a temporary file, removed once the printer has it; shown in the viewer, it
/// stays until the window closes; neither, it is moved to `keep_in` for the owner to print.
fn print(pdf: &[u8], plan_file: &str, setup: &PrintSetup, keep_in: &Path) -> PdfOutcome {
    let stem = plan_file.trim_end_matches(".ron");
    let stem = if stem.is_empty() { "plan" } else { stem };
    let temp = tempfile::Builder::new().prefix(&format!("socialplan-{stem}-")).suffix(".pdf").tempfile();
    let temp = match temp.and_then(|mut t| std::io::Write::write_all(&mut t, pdf).map(|()| t)) {
        Ok(temp) => temp,
        Err(e) => return PdfOutcome::Failed(e.to_string()),
    };
    match printing::print_or_open_with(temp.path(), setup) {
        // `lp` has sent the file to the print service: the temporary copy goes now.
        Ok(outcome @ PrintOutcome::SentToPrinter { .. }) => PdfOutcome::Printed { outcome, shown: None },
        Ok(outcome) => match temp.keep() {
            Ok((_, path)) => PdfOutcome::Printed { outcome, shown: Some(path) },
            Err(e) => PdfOutcome::Failed(e.to_string()),
        },
        Err(why) => {
            let kept = free_name(keep_in, &format!("{stem}.pdf"));
            match storage::write_file_atomically(&kept, pdf) {
                Ok(()) => PdfOutcome::NotPrinted { kept, why },
                Err(e) => PdfOutcome::Failed(format!("{why}; {e}")),
            }
        }
    }
}

/// `folder/name`, or `folder/stem 2.pdf`… when that is taken: never over the owner's file.
fn free_name(folder: &Path, name: &str) -> PathBuf {
    let first = folder.join(name);
    if !first.exists() {
        return first;
    }
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name, "pdf"));
    (2..1000).map(|i| folder.join(format!("{stem} {i}.{ext}"))).find(|p| !p.exists()).unwrap_or(first)
}

/// Where a PDF that could not be printed is kept: the owner's documents, else home.
pub fn documents_folder() -> PathBuf {
    directories::UserDirs::new()
        .and_then(|d| d.document_dir().map(Path::to_owned).or_else(|| Some(d.home_dir().to_owned())))
        .unwrap_or_else(std::env::temp_dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_pdf_never_takes_the_name_of_an_existing_file() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(free_name(dir.path(), "plan.pdf"), dir.path().join("plan.pdf"));
        std::fs::write(dir.path().join("plan.pdf"), "x").unwrap();
        assert_eq!(free_name(dir.path(), "plan.pdf"), dir.path().join("plan 2.pdf"));
    }
}
