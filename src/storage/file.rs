//! Touching files the owner named: read only regular files and never more than a cap, whatever
//! size they claim; and before writing an output, make sure it replaces nothing the owner
//! would miss (the plan itself, another plan, a text), whatever path spelling leads to it.

use std::fs::{self, File};
use std::io::Read;
use std::path::{Path, PathBuf};

use super::error::explain_io;
use crate::model::{Broken, NotAFile, Output};

/// Reads the whole of a regular file, refusing it when it holds more than `max_bytes`.
///
/// A FIFO, a device (`/dev/zero`) or a folder is refused before it is opened: opening a FIFO
/// waits for a writer forever, and a device's size reads 0 while it never ends. The cap counts
/// the bytes actually read, since the size a file claims can be wrong or change.
pub fn read_regular_file(path: &Path, max_bytes: u64) -> Result<Vec<u8>, Broken> {
    let kind = fs::metadata(path).map_err(|e| explain_io(&e))?.file_type();
    if !kind.is_file() {
        return Err(not_a_regular_file(kind));
    }
    let file = File::open(path).map_err(|e| explain_io(&e))?;
    // Swapped for something else between the look and the open: still refuse.
    let kind = file.metadata().map_err(|e| explain_io(&e))?.file_type();
    if !kind.is_file() {
        return Err(not_a_regular_file(kind));
    }
    let mut bytes = Vec::new();
    file.take(max_bytes + 1).read_to_end(&mut bytes).map_err(|e| explain_io(&e))?;
    if bytes.len() as u64 > max_bytes {
        return Err(Broken::TooBig { max_bytes });
    }
    Ok(bytes)
}

fn not_a_regular_file(kind: fs::FileType) -> Broken {
    let kind = if kind.is_dir() { NotAFile::Folder } else { special_file(kind) };
    Broken::NotAFile { kind }
}

#[cfg(unix)]
fn special_file(kind: fs::FileType) -> NotAFile {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_fifo() {
        NotAFile::Pipe
    } else if kind.is_char_device() || kind.is_block_device() {
        NotAFile::Device
    } else if kind.is_socket() {
        NotAFile::Socket
    } else {
        NotAFile::Other
    }
}

#[cfg(not(unix))]
fn special_file(_: fs::FileType) -> NotAFile {
    NotAFile::Other
}

/// The same file on disk, whatever the spelling (`./plan.ron`, `a/../plan.ron`, a link).
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::metadata(a), fs::metadata(b)) {
        (Ok(ma), Ok(mb)) => same_identity(&ma, &mb, a, b),
        _ => false,
    }
}

#[cfg(unix)]
fn same_identity(a: &fs::Metadata, b: &fs::Metadata, _: &Path, _: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_identity(_: &fs::Metadata, _: &fs::Metadata, a: &Path, b: &Path) -> bool {
    matches!((fs::canonicalize(a), fs::canonicalize(b)), (Ok(x), Ok(y)) if x == y)
}

/// What writing a PDF to a path would replace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Replaces {
    /// Nothing is there yet.
    Nothing,
    /// An earlier PDF: replacing it is what the owner expects.
    Pdf,
    /// A file that is not a PDF (a plan, a text): only with the owner's say-so, keeping a copy.
    OtherFile,
}

/// Where a PDF made from `plan` may be written when the owner asked for `wanted`, and what it
/// would replace. A link is followed, so the PDF lands where it points and the link stays.
/// Refused: the plan itself under any spelling, a folder, a device, a pipe, a dangling link.
pub fn pdf_destination(plan: &Path, wanted: &Path) -> Result<(PathBuf, Replaces), Broken> {
    destination(plan, wanted, Output::Pdf, b"%PDF-")
}

/// The same for a calendar (`socialplan ics`): `Replaces::Pdf` then means an earlier calendar,
/// the kind of file the owner expects to see replaced.
pub fn calendar_destination(plan: &Path, wanted: &Path) -> Result<(PathBuf, Replaces), Broken> {
    destination(plan, wanted, Output::Calendar, b"BEGIN:VCALENDAR")
}

/// Where an output of kind `output`, whose files start with `magic`, may be written.
fn destination(
    plan: &Path,
    wanted: &Path,
    output: Output,
    magic: &[u8],
) -> Result<(PathBuf, Replaces), Broken> {
    let link = fs::symlink_metadata(wanted).map(|m| m.file_type().is_symlink()).unwrap_or(false);
    let target =
        if link { fs::canonicalize(wanted).map_err(|_| Broken::LinkToNothing)? } else { wanted.to_owned() };
    let metadata = match fs::metadata(&target) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((target, Replaces::Nothing)),
        Err(e) => return Err(explain_io(&e)),
    };
    if same_file(plan, &target) {
        return Err(Broken::IsThePlan { output });
    }
    if !metadata.file_type().is_file() {
        return Err(not_a_regular_file(metadata.file_type()));
    }
    let replaces = if starts_with(&target, magic) { Replaces::Pdf } else { Replaces::OtherFile };
    Ok((target, replaces))
}

/// Every PDF starts with `%PDF-`, every calendar with `BEGIN:VCALENDAR`.
fn starts_with(path: &Path, magic: &[u8]) -> bool {
    let mut head = vec![0u8; magic.len()];
    File::open(path).and_then(|mut f| f.read_exact(&mut head)).is_ok() && head == magic
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_are_capped_by_bytes_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        fs::write(&path, vec![b'x'; 11]).unwrap();
        assert_eq!(read_regular_file(&path, 11).unwrap().len(), 11);
        let e = read_regular_file(&path, 10).unwrap_err();
        assert_eq!(e, Broken::TooBig { max_bytes: 10 });
        assert!(e.to_string().contains("more than 10 bytes"), "{e}");
    }

    #[test]
    fn folders_are_not_read() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            read_regular_file(dir.path(), 10).unwrap_err(),
            Broken::NotAFile { kind: NotAFile::Folder }
        );
    }

    #[cfg(unix)]
    #[test]
    fn devices_are_refused_without_reading() {
        let e = read_regular_file(Path::new("/dev/zero"), 10).unwrap_err();
        assert_eq!(e, Broken::NotAFile { kind: NotAFile::Device });
    }

    #[test]
    fn the_plan_is_found_under_another_spelling() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.ron");
        fs::write(&plan, "(plan)").unwrap();
        fs::create_dir(dir.path().join("sub")).unwrap();
        let other = dir.path().join("sub/../plan.ron");
        assert!(same_file(&plan, &other));
        assert_eq!(pdf_destination(&plan, &other).unwrap_err(), Broken::IsThePlan { output: Output::Pdf });
        let pdf = dir.path().join("old.pdf");
        fs::write(&pdf, "%PDF-1.7 ...").unwrap();
        assert_eq!(pdf_destination(&plan, &pdf).unwrap().1, Replaces::Pdf);
        let text = dir.path().join("notes.txt");
        fs::write(&text, "my notes").unwrap();
        assert_eq!(pdf_destination(&plan, &text).unwrap().1, Replaces::OtherFile);
        let new = dir.path().join("new.pdf");
        assert_eq!(pdf_destination(&plan, &new).unwrap(), (new, Replaces::Nothing));
    }
}
