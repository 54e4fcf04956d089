//! Native file dialogs, run off the window's thread so that drawing never freezes while the
//! owner picks a file. The answer comes back through a channel and wakes the window.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

use eframe::egui;

use crate::model::Language;

/// What a dialog was opened for; the answer is handled accordingly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Open,
    SaveAs,
    ExportSummary,
}

#[derive(Debug)]
pub enum Answer {
    Picked(Purpose, PathBuf),
    Cancelled,
    /// No dialog could be shown (no desktop portal nor zenity): ask for a path instead.
    Unavailable(Purpose),
}

/// A dialog answering faster than this was never shown: nobody clicks Cancel that fast.
const TOO_FAST_FOR_A_PERSON: Duration = Duration::from_millis(150);

#[derive(Debug, Default)]
pub struct FileDialogs {
    pending: Option<Receiver<Answer>>,
}

impl FileDialogs {
    pub fn is_open(&self) -> bool {
        self.pending.is_some()
    }

    /// Opens a dialog in `folder` with `file_name` suggested (for saving). One at a time.
    pub fn start(
        &mut self,
        ctx: &egui::Context,
        purpose: Purpose,
        folder: Option<&Path>,
        file_name: &str,
        lang: Language,
    ) {
        if self.pending.is_some() {
            return;
        }
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        let folder = folder.map(Path::to_owned);
        let file_name = file_name.to_owned();
        let plan_filter = lang.pick("Plan socialplan", "socialplan plan");
        let spawned = std::thread::Builder::new().name("file dialog".into()).spawn(move || {
            let mut dialog = rfd::FileDialog::new();
            if let Some(folder) = folder {
                dialog = dialog.set_directory(folder);
            }
            let started = Instant::now();
            let picked = match purpose {
                Purpose::Open => dialog.add_filter(plan_filter, &["ron"]).pick_file(),
                Purpose::SaveAs => {
                    dialog.add_filter(plan_filter, &["ron"]).set_file_name(&file_name).save_file()
                }
                Purpose::ExportSummary => dialog
                    .add_filter("PDF", &["pdf"])
                    .add_filter("Markdown", &["md"])
                    .set_file_name(&file_name)
                    .save_file(),
            };
            let answer = match picked {
                Some(path) => Answer::Picked(purpose, path),
                None if started.elapsed() < TOO_FAST_FOR_A_PERSON => Answer::Unavailable(purpose),
                None => Answer::Cancelled,
            };
            let _ = tx.send(answer);
            ctx.request_repaint();
        });
        if spawned.is_ok() {
            self.pending = Some(rx);
        }
    }

    /// The answer, once the owner has given it.
    pub fn poll(&mut self) -> Option<Answer> {
        let rx = self.pending.as_ref()?;
        match rx.try_recv() {
            Ok(answer) => {
                self.pending = None;
                Some(answer)
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                // The dialog's thread died: treat it like a dialog that could not be shown.
                self.pending = None;
                None
            }
        }
    }
}
