//! A plan is locked while it is read, changed and written, so that two runs at once (two `fit`,
//! a `fit` and a save in the window) each find the other's result in the file: every run that
//! says "Written" is in it.
//!
//! The lock is an advisory lock (std's `File::try_lock`) on a file beside the plan,
//! `NAME.ron.lock`, never on the plan itself: a save renames a new file over the plan, and a
//! lock held on the old one would protect nothing. The holder removes the lock file before
//! letting go, and whoever takes a lock checks that the file it locked is still the one at the
//! path, so that no lock file stays beside the owner's plans.

use std::cell::RefCell;
use std::fs::{self, File, OpenOptions, TryLockError};
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::error::explain_io;
use crate::model::Broken;

/// How long a run waits for another to finish with the plan: a save takes milliseconds, a fit
/// well under a second.
pub const LOCK_WAIT: Duration = Duration::from_secs(5);

/// A lock file held by this process; removed, then released, when dropped.
#[derive(Debug)]
pub struct LockFile {
    file: File,
    path: PathBuf,
}

impl LockFile {
    /// The lock at `path` if no one holds it; None when someone does.
    pub fn try_take(path: &Path) -> io::Result<Option<LockFile>> {
        loop {
            let file = OpenOptions::new().read(true).write(true).create(true).truncate(false).open(path)?;
            match file.try_lock() {
                Ok(()) => {}
                Err(TryLockError::WouldBlock) => return Ok(None),
                Err(TryLockError::Error(e)) => return Err(e),
            }
            // Its holder may have removed it just before letting go: then lock the new one.
            if still_at(&file, path) {
                return Ok(Some(LockFile { file, path: path.to_owned() }));
            }
        }
    }

    /// The lock at `path`, waiting up to `wait` for its holder; None if it is still held.
    pub fn take_waiting(path: &Path, wait: Duration) -> io::Result<Option<LockFile>> {
        let start = Instant::now();
        loop {
            if let Some(lock) = LockFile::try_take(path)? {
                return Ok(Some(lock));
            }
            if start.elapsed() >= wait {
                return Ok(None);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for LockFile {
    fn drop(&mut self) {
        // Removed while still held, so that no one locks a file that is about to go.
        if still_at(&self.file, &self.path) {
            let _ = fs::remove_file(&self.path);
        }
        let _ = self.file.unlock();
    }
}

#[cfg(unix)]
fn still_at(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn still_at(_: &File, path: &Path) -> bool {
    path.exists()
}

thread_local! {
    /// The plans this thread holds locked: a save inside a locked `fit` must not wait for
    /// its own lock.
    static HELD: RefCell<Vec<PathBuf>> = const { RefCell::new(Vec::new()) };
}

/// A plan locked by this thread until dropped.
#[derive(Debug)]
pub struct PlanLock {
    /// None when this thread already held it (the outer lock lets go), or where the file
    /// system keeps no locks.
    file: Option<LockFile>,
    path: PathBuf,
}

impl PlanLock {
    /// Locks the plan at `plan` (through a link, the file it points to), waiting up to
    /// [`LOCK_WAIT`] for another run to finish with it.
    pub fn acquire(plan: &Path) -> Result<PlanLock, Broken> {
        // No lock file beside a device or a pipe: such a plan is refused anyway.
        let real = super::output::resolve_links(plan)?;
        if let Ok(metadata) = fs::metadata(&real)
            && !metadata.is_file()
        {
            return Err(super::file::not_a_regular_file(metadata.file_type()));
        }
        let path = lock_path(plan);
        if HELD.with(|held| held.borrow().contains(&path)) {
            return Ok(PlanLock { file: None, path: PathBuf::new() });
        }
        let file = match LockFile::take_waiting(&path, LOCK_WAIT) {
            Ok(Some(file)) => Some(file),
            Ok(None) => return Err(Broken::Locked { lock: path.display().to_string() }),
            // A file system without locks: carry on as every program there must.
            Err(e) if e.kind() == io::ErrorKind::Unsupported => None,
            Err(e) => return Err(explain_io(&e)),
        };
        HELD.with(|held| held.borrow_mut().push(path.clone()));
        Ok(PlanLock { file, path })
    }
}

impl Drop for PlanLock {
    fn drop(&mut self) {
        if !self.path.as_os_str().is_empty() {
            HELD.with(|held| held.borrow_mut().retain(|p| p != &self.path));
        }
        self.file.take();
    }
}

/// `NAME.ron.lock` beside the plan's real file (a link is followed).
pub fn lock_path(plan: &Path) -> PathBuf {
    let real = super::output::resolve_links(plan).unwrap_or_else(|_| plan.to_owned());
    let mut name = real.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".lock");
    real.with_file_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_lock_is_refused_elsewhere_and_free_again_once_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.ron");
        let lock = lock_path(&plan);
        let held = LockFile::try_take(&lock).unwrap().expect("free");
        assert!(LockFile::try_take(&lock).unwrap().is_none(), "a second holder is refused");
        drop(held);
        assert!(!lock.exists(), "no lock file stays beside the plan");
        let again = LockFile::try_take(&lock).unwrap();
        assert!(again.is_some());
    }

    #[test]
    fn a_thread_may_lock_a_plan_it_already_holds() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.ron");
        let outer = PlanLock::acquire(&plan).unwrap();
        let inner = PlanLock::acquire(&plan).unwrap();
        drop(inner);
        // Still held by the outer lock: another thread waits, then is told.
        let path = plan.clone();
        let other = std::thread::spawn(move || LockFile::try_take(&lock_path(&path)).unwrap().is_none());
        assert!(other.join().unwrap(), "the inner lock must not let go of the outer one");
        drop(outer);
        assert!(LockFile::try_take(&lock_path(&plan)).unwrap().is_some());
    }
}
