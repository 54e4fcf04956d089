//! Native file dialogs, run off the window's thread so that drawing never freezes while the
//! owner picks a file. The answer comes back through a channel and wakes the window.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use eframe::egui;

use super::command::Then;
use crate::locale::Sentence as S;
use crate::model::Language;

/// What a dialog was opened for; the answer is handled accordingly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Open,
    SaveAs,
    ExportSummary,
    ExportCalendar,
}

#[derive(Debug, PartialEq)]
pub enum Answer {
    Picked(PathBuf),
    Cancelled,
    /// No dialog could be shown (no desktop portal nor zenity, or its thread died): ask for a
    /// path instead.
    Unavailable,
}

/// A dialog answering faster than this was never shown: nobody clicks Cancel that fast.
const TOO_FAST_FOR_A_PERSON: Duration = Duration::from_millis(150);

/// A dialog on screen, and what waits for it (`Flow::Picking` holds it).
#[derive(Debug)]
pub struct Pending {
    rx: Receiver<Answer>,
    pub purpose: Purpose,
    pub then: Option<Then>,
}

impl Pending {
    /// The answer, once the owner has given it.
    pub fn poll(&self) -> Option<Answer> {
        match self.rx.try_recv() {
            Ok(answer) => Some(answer),
            Err(TryRecvError::Empty) => None,
            // The dialog's thread died: treat it like a dialog that could not be shown.
            Err(TryRecvError::Disconnected) => Some(Answer::Unavailable),
        }
    }
}

/// Opens the system's file dialogs, or the stand-in's.
#[derive(Debug, Default)]
pub struct FileDialogs {
    stand_in: Option<StandInDialogs>,
}

impl FileDialogs {
    /// Dialogs answered by `stand_in` instead of the system (tests).
    pub fn with_stand_in(stand_in: Option<StandInDialogs>) -> FileDialogs {
        FileDialogs { stand_in }
    }

    /// Opens a dialog in `folder` with `file_name` suggested (for saving).
    pub fn start(
        &self,
        ctx: &egui::Context,
        purpose: Purpose,
        then: Option<Then>,
        folder: Option<&Path>,
        file_name: &str,
        lang: Language,
    ) -> Pending {
        let (tx, rx) = channel();
        if let Some(stand_in) = &self.stand_in {
            stand_in.asked(purpose, file_name, tx);
            return Pending { rx, purpose, then };
        }
        let ctx = ctx.clone();
        let folder = folder.map(Path::to_owned);
        let file_name = file_name.to_owned();
        let plan_filter = lang.word(S::SocialplanPlan);
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
                Purpose::ExportCalendar => {
                    dialog.add_filter("iCalendar", &["ics"]).set_file_name(&file_name).save_file()
                }
            };
            let answer = match picked {
                Some(path) => Answer::Picked(path),
                None if started.elapsed() < TOO_FAST_FOR_A_PERSON => Answer::Unavailable,
                None => Answer::Cancelled,
            };
            let _ = tx.send(answer);
            ctx.request_repaint();
        });
        // A dialog thread that cannot start is a dialog that cannot be shown: the answer is
        // "unavailable", on the next frame.
        let rx = match spawned {
            Ok(_) => rx,
            Err(_) => {
                let (tx, rx) = channel();
                let _ = tx.send(Answer::Unavailable);
                rx
            }
        };
        Pending { rx, purpose, then }
    }
}

/// Stands in for the system's file dialogs in tests: it records what was asked and answers when
/// the test says so, as a person would.
#[derive(Clone, Debug, Default)]
pub struct StandInDialogs {
    open: Arc<Mutex<Option<Asked>>>,
}

/// A dialog the stand-in shows: what for, the name it suggests, where the answer goes.
type Asked = (Purpose, String, Sender<Answer>);

impl StandInDialogs {
    fn asked(&self, purpose: Purpose, file_name: &str, tx: Sender<Answer>) {
        if let Ok(mut open) = self.open.lock() {
            *open = Some((purpose, file_name.to_owned(), tx));
        }
    }

    /// The dialog on screen: what for, and the file name it suggests.
    pub fn showing(&self) -> Option<(Purpose, String)> {
        let open = self.open.lock().ok()?;
        open.as_ref().map(|(purpose, name, _)| (*purpose, name.clone()))
    }

    /// Answers the open dialog; false when none is open.
    pub fn answer(&self, answer: Answer) -> bool {
        let Some((_, _, tx)) = self.open.lock().ok().and_then(|mut o| o.take()) else { return false };
        tx.send(answer).is_ok()
    }

    /// The dialog's thread dies without an answer.
    pub fn die(&self) -> bool {
        self.open.lock().ok().and_then(|mut o| o.take()).is_some()
    }
}
