//! Errors an owner can read: which file, where in it, which field, and what to do.

use std::fmt;
use std::path::PathBuf;

/// Why a plan file could not be opened. The plan on screen, and the file, are left untouched.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadError {
    pub file: PathBuf,
    /// 1-based line and column, where known.
    pub position: Option<(usize, usize)>,
    /// The field at fault, as `products[1].b2b`, where known.
    pub field: Option<String>,
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some((line, col)) = self.position {
            write!(f, ":{line}:{col}")?;
        }
        if let Some(field) = &self.field {
            write!(f, ": {field}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for LoadError {}

/// Why a plan could not be saved. The file on disk keeps its previous content.
#[derive(Clone, Debug, PartialEq)]
pub struct SaveError {
    pub file: PathBuf,
    pub message: String,
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "could not save {}: {}", self.file.display(), self.message)
    }
}

impl std::error::Error for SaveError {}

/// An I/O error in words, with what the owner can do about it.
pub(crate) fn explain_io(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "the file or its folder does not exist".to_owned(),
        K::PermissionDenied => {
            "permission denied: the file or folder is read-only, or belongs to someone else".to_owned()
        }
        K::StorageFull => "the disk is full: free some space and save again".to_owned(),
        K::ReadOnlyFilesystem => "the disk is read-only: save the plan somewhere else".to_owned(),
        K::IsADirectory => "that is a folder, not a plan file".to_owned(),
        _ => e.to_string(),
    }
}
