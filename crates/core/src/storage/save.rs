//! Saving a plan so that no moment of the save can lose it: the new text goes to a temporary
//! file beside the target, is synced, then renamed over the target; the previous version is
//! kept as `NAME.ron.bak`. A crash leaves either the old plan or the new one, never half.
//! Through a link, all of it happens beside the file the link points to, and the link stays.
//! The plan is locked meanwhile (`super::lock`).

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use ron::ser::PrettyConfig;

use crate::model::{Broken, Catalogue, Plan};

use super::error::{SaveError, explain_io};
use super::load::ron_options;
use super::lock::PlanLock;
use super::output::folder_of;
use super::validate::validate;

/// The plan as pretty RON a person can read, edit and diff.
pub fn to_ron(plan: &Plan) -> Result<String, ron::Error> {
    let pretty = PrettyConfig::new().indentor("    ").struct_names(false).separate_tuple_members(false);
    let body = ron_options().to_string_pretty(plan, pretty)?;
    Ok(format!("// A socialplan plan. Its fields are described in docs/plan-format.md.\n{body}\n"))
}

/// `plan.ron` → `plan.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// Writes `plan` to `path` atomically, keeping the previous file as `path.bak`; through a
/// link, to the file it points to. The plan is locked while it is written (a caller that read
/// the plan holds the lock already: `super::PlanLock`).
///
/// A plan that would not load back (a value out of range, an unknown platform) is refused
/// before anything is written; so are a folder, a pipe, a device and a read-only file.
pub fn save(plan: &Plan, path: &Path, catalogue: &Catalogue) -> Result<(), SaveError> {
    let fail = |why: Broken| SaveError::new(path.to_owned(), why);
    if let Some(problem) = validate(plan, catalogue).into_iter().next() {
        return Err(SaveError { field: Some(problem.field), ..fail(problem.broken) });
    }
    let text = to_ron(plan).map_err(|e| fail(Broken::Said(e.to_string())))?;
    let _lock = PlanLock::acquire(path).map_err(fail)?;
    let target = super::output::writable_path(path).map_err(fail)?;
    let folder = folder_of(&target);
    remove_leftover_temp_files(&folder);
    if target.exists() {
        keep_previous(&target).map_err(|e| fail(Broken::KeepingPrevious(Box::new(explain_io(&e)))))?;
    }
    write_atomically(&folder, &target, text.as_bytes()).map_err(|e| fail(explain_io(&e)))
}

/// Writes `bytes` over `target` (already checked, links already followed), whole or not at all.
pub(super) fn write_beside(target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = folder_of(target);
    remove_leftover_temp_files(&folder);
    write_atomically(&folder, target, bytes)
}

/// Keeps the file at `path` as `path.bak` before it is replaced: the same file under a second
/// name (a hard link, so nothing is read into memory), renamed into place; a copy where the
/// disk has no hard links. Returns the `.bak`'s path.
pub fn keep_previous(path: &Path) -> std::io::Result<PathBuf> {
    let folder = folder_of(path);
    let backup = backup_path(path);
    let temp = temp_name(&folder);
    if fs::hard_link(path, &temp).is_err() {
        fs::copy(path, &temp)?;
        File::open(&temp)?.sync_all()?;
    }
    if let Err(e) = fs::rename(&temp, &backup) {
        let _ = fs::remove_file(&temp);
        return Err(e);
    }
    File::open(&folder)?.sync_all()?;
    Ok(backup)
}

/// A temporary name no file has, in the leftovers' pattern.
fn temp_name(folder: &Path) -> PathBuf {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNT: AtomicU64 = AtomicU64::new(0);
    loop {
        let n = COUNT.fetch_add(1, Ordering::Relaxed);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let path = folder.join(format!("{TEMP_PREFIX}{}-k{n}x{nanos}{TEMP_SUFFIX}", std::process::id()));
        if fs::symlink_metadata(&path).is_err() {
            return path;
        }
    }
}

/// Temporary files are named `.socialplan-PID-RANDOM.tmp`, so that a later run can tell the
/// leftovers of a killed one (whose process is gone) from a save in progress.
const TEMP_PREFIX: &str = ".socialplan-";
const TEMP_SUFFIX: &str = ".tmp";

fn write_atomically(folder: &Path, target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    // A replaced file keeps its permissions; a new one follows the umask, as any program's.
    let kept = fs::metadata(target).ok().filter(fs::Metadata::is_file).map(|m| m.permissions());
    let prefix = format!("{TEMP_PREFIX}{}-", std::process::id());
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(TEMP_SUFFIX);
    match &kept {
        Some(permissions) => {
            builder.permissions(permissions.clone());
        }
        None => new_file_permissions(&mut builder),
    }
    let mut temp = builder.tempfile_in(folder)?;
    temp.write_all(bytes)?;
    if let Some(permissions) = kept {
        // The umask applied at creation: give the replaced file's own bits back.
        temp.as_file().set_permissions(permissions)?;
    }
    temp.as_file().sync_all()?;
    temp.persist(target).map_err(|e| e.error)?;
    // The rename itself lives in the folder: sync it so the new name survives a power cut.
    File::open(folder)?.sync_all()
}

/// 0666 less the umask, like a file any other program creates (tempfile's own is 0600).
#[cfg(unix)]
fn new_file_permissions(builder: &mut tempfile::Builder) {
    use std::os::unix::fs::PermissionsExt;
    builder.permissions(fs::Permissions::from_mode(0o666));
}

#[cfg(not(unix))]
fn new_file_permissions(_: &mut tempfile::Builder) {}

/// Removes the temporary files that a killed save or PDF left in `folder` (their process is
/// gone, or, where that cannot be told, they are over an hour old). Returns what was removed.
pub fn remove_leftover_temp_files(folder: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(folder) else { return Vec::new() };
    let mut removed = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some(middle) = name.strip_prefix(TEMP_PREFIX).and_then(|n| n.strip_suffix(TEMP_SUFFIX)) else {
            continue;
        };
        let is_file = entry.file_type().map(|t| t.is_file()).unwrap_or(false);
        if is_file && is_leftover(middle, &entry.path()) && fs::remove_file(entry.path()).is_ok() {
            removed.push(entry.path());
        }
    }
    removed
}

fn is_leftover(middle: &str, path: &Path) -> bool {
    let pid = middle.split('-').next().and_then(|p| p.parse::<u32>().ok());
    let proc_fs = Path::new("/proc/self").exists();
    match pid {
        Some(pid) if pid == std::process::id() => false,
        Some(pid) if proc_fs => !Path::new(&format!("/proc/{pid}")).exists(),
        // Older names carried no process id, or there is no /proc: go by age.
        _ => fs::metadata(path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > std::time::Duration::from_secs(3600)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;
    use crate::storage::load;

    #[test]
    fn save_then_load_gives_the_same_plan_and_keeps_a_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        let catalogue = Catalogue::built_in();
        let mut plan = Plan::new("Café Noisette", Language::Fr);
        save(&plan, &path, catalogue).unwrap();
        assert!(!backup_path(&path).exists());
        plan.notes = "second".into();
        save(&plan, &path, catalogue).unwrap();
        assert_eq!(load(&path, catalogue).unwrap(), plan);
        let backup = load(&backup_path(&path), catalogue).unwrap();
        assert_eq!(backup.notes, "");
        // No temporary file, and no lock file, is left behind.
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names.len(), 2, "{names:?}");
    }

    #[test]
    fn an_invalid_plan_is_not_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        let mut plan = Plan::new("Shop", Language::En);
        plan.time.closes = plan.time.opens;
        let e = save(&plan, &path, Catalogue::built_in()).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("time.closes"), "{e}");
        assert!(!path.exists());
    }

    #[test]
    fn backup_name_adds_bak() {
        assert_eq!(backup_path(Path::new("a/b.ron")), PathBuf::from("a/b.ron.bak"));
    }
}
