//! Which plans are open in a window right now, for every window of this user: a lock file per
//! plan in the recovery folder (`open/KEY.lock`), held for as long as a window has the plan
//! open. A second window opening the same plan finds it held and asks before two windows save
//! over each other; a crashed window's lock goes with its process, so nothing stays "open".

use std::path::Path;

use crate::storage::LockFile;

/// This window's mark on a plan; dropping it lets go.
#[derive(Debug)]
pub struct Claim {
    pub key: String,
    _lock: LockFile,
}

/// What claiming a plan found.
#[derive(Debug)]
pub enum Claimed {
    Mine(Claim),
    /// Another window has it open.
    Elsewhere,
    /// The folder cannot hold marks (read-only, full): windows cannot tell each other, as
    /// before there were marks.
    Unknown,
}

fn lock_file(folder: &Path, key: &str) -> std::path::PathBuf {
    folder.join("open").join(format!("{key}.lock"))
}

pub fn claim(folder: &Path, key: &str) -> Claimed {
    let path = lock_file(folder, key);
    if let Some(parent) = path.parent()
        && std::fs::create_dir_all(parent).is_err()
    {
        return Claimed::Unknown;
    }
    match LockFile::try_take(&path) {
        Ok(Some(lock)) => Claimed::Mine(Claim { key: key.to_owned(), _lock: lock }),
        Ok(None) => Claimed::Elsewhere,
        Err(_) => Claimed::Unknown,
    }
}

/// Whether some window holds the plan with this key (this window's own claim counts too).
pub fn is_claimed(folder: &Path, key: &str) -> bool {
    let path = lock_file(folder, key);
    if !path.exists() {
        return false;
    }
    matches!(LockFile::try_take(&path), Ok(None))
}
