//! Touching files the owner named: read only regular files and never more than a cap, whatever
//! size they claim; tell the same file under two spellings. Where outputs may be written is
//! `super::output`.

use std::fs::{self, File};
use std::io::Read;
use std::path::Path;

use super::error::explain_io;
use crate::model::{Broken, NotAFile};

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

pub(super) fn not_a_regular_file(kind: fs::FileType) -> Broken {
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
}
