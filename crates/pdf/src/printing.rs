//! Printing the summary: hand the PDF to the system's print service (`lp`, from CUPS, on Linux
//! and macOS), or, when there is none or it refuses, open the PDF in the system's viewer, from
//! which the person can print. Programs are run directly with their arguments, never through
//! a shell, so no file name can become a command.
//!
//! This blocks for as long as `lp` takes (usually a fraction of a second, at most
//! [`LP_TIMEOUT`]): call it off the window's thread.

use std::ffi::{OsStr, OsString};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use socialplan_core::model::Language;

/// How long `lp` may take before we give up on it and open the viewer instead.
pub const LP_TIMEOUT: Duration = Duration::from_secs(20);
/// How long to watch the viewer launcher for an early failure (no viewer for PDF files).
const VIEWER_WATCH: Duration = Duration::from_secs(2);

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrintOutcome {
    /// `lp` accepted the file; what it said ("request id is Office-12 (1 file(s))").
    SentToPrinter { printer_output: String },
    /// The PDF is open in the viewer. `printer_problem` is what `lp` said when it refused the
    /// file; None when there is no `lp` at all.
    OpenedInViewer { printer_problem: Option<String> },
}

impl PrintOutcome {
    /// What happened, for the person who pressed Print.
    pub fn describe(&self, language: Language) -> String {
        match (self, language) {
            (PrintOutcome::SentToPrinter { printer_output }, Language::Fr) => {
                format!("Résumé envoyé à l'imprimante. {printer_output}").trim_end().to_owned()
            }
            (PrintOutcome::SentToPrinter { printer_output }, Language::En) => {
                format!("Summary sent to the printer. {printer_output}").trim_end().to_owned()
            }
            (PrintOutcome::OpenedInViewer { printer_problem: None }, Language::Fr) => {
                "Pas de service d'impression sur cet ordinateur : le résumé est ouvert dans votre \
                 lecteur PDF, d'où vous pouvez l'imprimer."
                    .to_owned()
            }
            (PrintOutcome::OpenedInViewer { printer_problem: None }, Language::En) => {
                "No print service on this computer: the summary is open in your PDF viewer, \
                 where you can print it."
                    .to_owned()
            }
            (PrintOutcome::OpenedInViewer { printer_problem: Some(problem) }, Language::Fr) => format!(
                "L'impression directe n'a pas marché ({problem}) : le résumé est ouvert dans votre \
                 lecteur PDF, d'où vous pouvez l'imprimer."
            ),
            (PrintOutcome::OpenedInViewer { printer_problem: Some(problem) }, Language::En) => format!(
                "Printing directly did not work ({problem}): the summary is open in your PDF viewer, \
                 where you can print it."
            ),
        }
    }
}

/// How to open a PDF when it cannot be printed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Viewer {
    /// The system's own way: `open` on macOS, `explorer` on Windows, `xdg-open` elsewhere.
    System,
    /// A program called with the PDF's path as its only argument (tests, or a chosen viewer).
    Program(PathBuf),
}

/// Where to find `lp` and how to open a PDF: the system's, or stand-ins for tests.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintSetup {
    /// The folders searched for `lp`, in the format of the PATH variable.
    pub search_path: Option<OsString>,
    pub viewer: Viewer,
}

impl PrintSetup {
    pub fn from_env() -> PrintSetup {
        PrintSetup { search_path: std::env::var_os("PATH"), viewer: Viewer::System }
    }
}

/// Prints `pdf_path`, or opens it in the viewer; Err only when neither worked.
pub fn print_or_open(pdf_path: &Path) -> Result<PrintOutcome, String> {
    print_or_open_with(pdf_path, &PrintSetup::from_env())
}

pub fn print_or_open_with(pdf_path: &Path, setup: &PrintSetup) -> Result<PrintOutcome, String> {
    if !pdf_path.is_file() {
        return Err(format!("{}: no such file to print", pdf_path.display()));
    }
    let printer_problem = match find_program("lp", setup.search_path.as_deref()) {
        None => None,
        Some(lp) => {
            // `--` ends the options, so a file whose name starts with `-` stays a file.
            let mut command = Command::new(lp);
            command.arg("--").arg(pdf_path);
            match run(command, LP_TIMEOUT) {
                Ok(out) if out.success => {
                    return Ok(PrintOutcome::SentToPrinter { printer_output: out.stdout.trim().to_owned() });
                }
                Ok(out) => Some(first_line(&out.stderr, &out.stdout)),
                Err(problem) => Some(problem),
            }
        }
    };
    open_in_viewer(pdf_path, &setup.viewer)?;
    Ok(PrintOutcome::OpenedInViewer { printer_problem })
}

fn first_line(stderr: &str, stdout: &str) -> String {
    let text = if stderr.trim().is_empty() { stdout } else { stderr };
    let line = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("lp failed");
    line.to_owned()
}

/// The first `name` in the PATH folders that is an executable file. Relative folders (`.`, an
/// empty entry) are skipped: a print button must not run a program from wherever it happens
/// to be started.
fn find_program(name: &str, search_path: Option<&OsStr>) -> Option<PathBuf> {
    let names: Vec<String> =
        if cfg!(windows) { vec![format!("{name}.exe"), name.to_owned()] } else { vec![name.to_owned()] };
    std::env::split_paths(search_path?)
        .filter(|dir| dir.is_absolute())
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)).collect::<Vec<_>>())
        .find(|p| is_executable(p))
}

#[cfg(unix)]
fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata().map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0).unwrap_or(false)
}

#[cfg(not(unix))]
fn is_executable(path: &Path) -> bool {
    path.is_file()
}

fn open_in_viewer(pdf_path: &Path, viewer: &Viewer) -> Result<(), String> {
    let mut command = match viewer {
        Viewer::Program(program) => Command::new(program),
        Viewer::System if cfg!(target_os = "macos") => Command::new("open"),
        Viewer::System if cfg!(windows) => Command::new("explorer"),
        Viewer::System => Command::new("xdg-open"),
    };
    command.arg(pdf_path);
    let program = command.get_program().to_string_lossy().into_owned();
    let fail =
        |why: String| format!("could not open {} in a PDF viewer ({program}: {why})", pdf_path.display());
    let mut child = spawn(&mut command).map_err(fail)?;
    // Launchers return at once when they hand the file over, or fail at once when there is no
    // viewer; a viewer started directly keeps running, and we let it.
    let deadline = Instant::now() + VIEWER_WATCH;
    loop {
        match child.try_wait() {
            // explorer.exe reports 1 even when it opened the file.
            Ok(Some(status)) if status.success() || cfg!(windows) => return Ok(()),
            Ok(Some(status)) => {
                let mut stderr = String::new();
                if let Some(mut err) = child.stderr.take() {
                    let _ = err.read_to_string(&mut stderr);
                }
                let why = stderr.lines().next().map(str::to_owned).unwrap_or_else(|| status.to_string());
                return Err(fail(why));
            }
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(20)),
            Ok(None) => {
                // Still running: it is the viewer. Reap it when it closes, away from the caller.
                std::thread::spawn(move || child.wait());
                return Ok(());
            }
            Err(e) => return Err(fail(e.to_string())),
        }
    }
}

fn spawn(command: &mut Command) -> Result<Child, String> {
    command.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound { "not installed".to_owned() } else { e.to_string() }
    })
}

struct RunOutput {
    success: bool,
    stdout: String,
    stderr: String,
}

/// Runs a program to its end, or kills it after `timeout`.
fn run(mut command: Command, timeout: Duration) -> Result<RunOutput, String> {
    let program = command.get_program().to_string_lossy().into_owned();
    let mut child = spawn(&mut command).map_err(|why| format!("{program}: {why}"))?;
    let deadline = Instant::now() + timeout;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(20)),
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("{program} did not answer within {} s", timeout.as_secs()));
            }
            Err(e) => return Err(format!("{program}: {e}")),
        }
    };
    // lp says one line: it fits in the pipe, so reading after the end cannot block.
    let (mut stdout, mut stderr) = (String::new(), String::new());
    if let Some(mut pipe) = child.stdout.take() {
        let _ = pipe.read_to_string(&mut stdout);
    }
    if let Some(mut pipe) = child.stderr.take() {
        let _ = pipe.read_to_string(&mut stderr);
    }
    Ok(RunOutput { success: status.success(), stdout, stderr })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn only_executable_files_in_absolute_folders_are_found() {
        use std::os::unix::fs::PermissionsExt;
        // A folder inside the crate, so that it can also be named relatively.
        let dir = tempfile::tempdir_in(env!("CARGO_MANIFEST_DIR")).unwrap();
        let lp = dir.path().join("lp");
        std::fs::write(&lp, "#!/bin/sh\n").unwrap();
        let absolute = Some(dir.path().as_os_str());
        assert_eq!(find_program("lp", absolute), None, "not executable yet");
        std::fs::set_permissions(&lp, std::fs::Permissions::from_mode(0o755)).unwrap();
        assert_eq!(find_program("lp", absolute), Some(lp));
        let relative = dir.path().strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap();
        assert!(relative.is_relative());
        // Tests run from the crate's folder, where the relative name leads to the same lp.
        assert!(relative.join("lp").is_file());
        assert_eq!(find_program("lp", Some(relative.as_os_str())), None);
        assert_eq!(find_program("lp", None), None);
    }

    #[test]
    fn outcomes_are_described_in_both_languages() {
        let sent = PrintOutcome::SentToPrinter { printer_output: "request id is P-1 (1 file(s))".into() };
        assert!(sent.describe(Language::Fr).contains("envoyé à l'imprimante"));
        assert!(sent.describe(Language::En).ends_with("request id is P-1 (1 file(s))"));
        let refused = PrintOutcome::OpenedInViewer { printer_problem: Some("no default destination".into()) };
        assert!(refused.describe(Language::En).contains("(no default destination)"));
        let none = PrintOutcome::OpenedInViewer { printer_problem: None };
        assert!(none.describe(Language::Fr).contains("lecteur PDF"));
    }
}
