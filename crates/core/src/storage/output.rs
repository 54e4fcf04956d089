//! The one guarded way to every file the program writes: the plan (a save, `fit`), the PDF,
//! the calendar, the Markdown summary, the recovery copy. Before anything is written:
//!
//! - a link is followed, so the file lands where the link points and the link stays;
//!   a link to nothing is refused;
//! - a folder, a pipe (FIFO), a device or a socket is refused at once, never opened;
//! - a file marked read-only is refused and named: the owner said not to change it;
//! - the plan itself is never replaced by another output, whatever the path's spelling;
//! - what an existing file is, is read from at most its first bytes (or a plan's size cap).
//!
//! Each face decides from [`Replaces`] whether to go on (`pdf --force`, the window's own
//! "Replace?" question), and [`write_file_atomically`] writes whole or not at all.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::error::explain_io;
use super::file::{not_a_regular_file, read_regular_file, same_file};
use crate::model::{Broken, Output};

/// Where an output lands, and what is there now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    /// The file to write: the link's target when the owner named a link.
    pub path: PathBuf,
    pub replaces: Replaces,
}

/// What writing an output would replace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Replaces {
    /// Nothing is there yet.
    Nothing,
    /// An earlier output of the same kind (a PDF, a calendar, a plan): what the owner expects
    /// to see replaced.
    Earlier,
    /// A file of another kind (a text, a plan where a PDF goes): only with the owner's say-so.
    OtherFile,
}

/// The path a link leads to (the whole chain), or the path itself when it is no link.
pub fn resolve_links(wanted: &Path) -> Result<PathBuf, Broken> {
    let link = fs::symlink_metadata(wanted).map(|m| m.file_type().is_symlink()).unwrap_or(false);
    if link { fs::canonicalize(wanted).map_err(|_| Broken::LinkToNothing) } else { Ok(wanted.to_owned()) }
}

/// Where an output may be written when the owner asked for `wanted`: the checks above, the
/// kind of what is there told from its first bytes. `plan` is the plan the output is made
/// from, never replaced (None for a plan written over itself).
pub fn destination(output: Output, wanted: &Path, plan: Option<&Path>) -> Result<Target, Broken> {
    let path = writable_path(wanted)?;
    if !path.exists() {
        return Ok(Target { path, replaces: Replaces::Nothing });
    }
    if plan.is_some_and(|plan| same_file(plan, &path)) {
        return Err(Broken::IsThePlan { output });
    }
    let replaces = if is_earlier(output, &path) { Replaces::Earlier } else { Replaces::OtherFile };
    Ok(Target { path, replaces })
}

/// The file to write for `wanted` (a link followed), once it is known to be a regular file
/// that may be changed, or nothing yet.
pub(super) fn writable_path(wanted: &Path) -> Result<PathBuf, Broken> {
    let path = resolve_links(wanted)?;
    let metadata = match fs::metadata(&path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(path),
        Err(e) => return Err(explain_io(&e)),
    };
    if !metadata.file_type().is_file() {
        return Err(not_a_regular_file(metadata.file_type()));
    }
    // A rename would replace it all the same: the mark is the owner's word, so keep it.
    if metadata.permissions().readonly() {
        return Err(Broken::ReadOnlyFile);
    }
    Ok(path)
}

/// Whether the file at `path` is an earlier output of this kind.
fn is_earlier(output: Output, path: &Path) -> bool {
    match output {
        Output::Pdf => head(path, 5).starts_with(b"%PDF-"),
        Output::Calendar => head(path, 15).starts_with(b"BEGIN:VCALENDAR"),
        Output::Summary => head(path, 1).starts_with(b"#"),
        // A plan is told by reading it as one: its size capped as any plan's.
        Output::Plan => read_regular_file(path, super::MAX_FILE_BYTES)
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .is_some_and(|text| super::load::reads_as_a_plan(&text)),
    }
}

/// At most the first `n` bytes of a regular file (nothing if it cannot be read).
fn head(path: &Path, n: u64) -> Vec<u8> {
    let mut bytes = Vec::new();
    if let Ok(file) = fs::File::open(path) {
        let _ = file.take(n).read_to_end(&mut bytes);
    }
    bytes
}

/// Writes any output whole or not at all, after the same checks (a link followed, a
/// special or read-only file refused): a PDF, a summary, a calendar, the recovery copy.
pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> Result<(), super::SaveError> {
    let fail = |why| super::SaveError::new(path.to_owned(), why);
    let target = writable_path(path).map_err(fail)?;
    super::save::write_beside(&target, bytes).map_err(|e| super::SaveError::io(path.to_owned(), &e))
}

/// The folder a file is written in (its temporary file goes there, to be renamed over it).
pub(super) fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plan_is_found_under_another_spelling() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.ron");
        fs::write(&plan, "(format_version: 3)").unwrap();
        fs::create_dir(dir.path().join("sub")).unwrap();
        let other = dir.path().join("sub/../plan.ron");
        assert!(same_file(&plan, &other));
        let pdf = |wanted: &Path| destination(Output::Pdf, wanted, Some(&plan));
        assert_eq!(pdf(&other).unwrap_err(), Broken::IsThePlan { output: Output::Pdf });
        let old = dir.path().join("old.pdf");
        fs::write(&old, "%PDF-1.7 ...").unwrap();
        assert_eq!(pdf(&old).unwrap().replaces, Replaces::Earlier);
        let text = dir.path().join("notes.txt");
        fs::write(&text, "my notes").unwrap();
        assert_eq!(pdf(&text).unwrap().replaces, Replaces::OtherFile);
        let new = dir.path().join("new.pdf");
        assert_eq!(pdf(&new).unwrap(), Target { path: new, replaces: Replaces::Nothing });
        // A plan is an earlier plan, a text is not.
        assert_eq!(destination(Output::Plan, &plan, None).unwrap().replaces, Replaces::Earlier);
        assert_eq!(destination(Output::Plan, &text, None).unwrap().replaces, Replaces::OtherFile);
    }

    #[cfg(unix)]
    #[test]
    fn a_link_is_followed_and_a_read_only_file_refused() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.pdf");
        fs::write(&real, "%PDF-1.7").unwrap();
        let link = dir.path().join("link.pdf");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        let target = destination(Output::Pdf, &link, None).unwrap();
        assert_eq!(target.path, fs::canonicalize(&real).unwrap());
        write_file_atomically(&link, b"%PDF-2.0").unwrap();
        assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link stays");
        assert_eq!(fs::read(&real).unwrap(), b"%PDF-2.0");
        fs::set_permissions(&real, fs::Permissions::from_mode(0o444)).unwrap();
        assert_eq!(destination(Output::Pdf, &link, None).unwrap_err(), Broken::ReadOnlyFile);
        assert!(write_file_atomically(&real, b"x").is_err());
        assert_eq!(fs::read(&real).unwrap(), b"%PDF-2.0");
        let dangling = dir.path().join("dangling.pdf");
        std::os::unix::fs::symlink(dir.path().join("nothing"), &dangling).unwrap();
        assert_eq!(destination(Output::Pdf, &dangling, None).unwrap_err(), Broken::LinkToNothing);
    }
}
