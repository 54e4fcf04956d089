//! Saving a plan so that no moment of the save can lose it: the new text goes to a temporary
//! file beside the target, is synced, then renamed over the target; the previous version is
//! kept as `NAME.ron.bak`. A crash leaves either the old plan or the new one, never half.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use ron::ser::PrettyConfig;

use crate::model::{Broken, Catalogue, NotAFile, Plan};

use super::error::{SaveError, explain_io};
use super::load::ron_options;
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

/// Writes `plan` to `path` atomically, keeping the previous file as `path.bak`.
///
/// A plan that would not load back (a value out of range, an unknown platform) is refused
/// before anything is written.
pub fn save(plan: &Plan, path: &Path, catalogue: &Catalogue) -> Result<(), SaveError> {
    let fail = |why: Broken| SaveError::new(path.to_owned(), why);
    if let Some(problem) = validate(plan, catalogue).into_iter().next() {
        return Err(SaveError { field: Some(problem.field), ..fail(problem.broken) });
    }
    let text = to_ron(plan).map_err(|e| fail(Broken::Said(e.to_string())))?;
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    if path.is_dir() {
        return Err(fail(Broken::NotAFile { kind: NotAFile::Folder }));
    }
    remove_leftover_temp_files(&folder);
    if path.exists() {
        let old = fs::read(path).map_err(|e| fail(Broken::ReadingPrevious(Box::new(explain_io(&e)))))?;
        write_atomically(&folder, &backup_path(path), &old)
            .map_err(|e| fail(Broken::KeepingPrevious(Box::new(explain_io(&e)))))?;
    }
    write_atomically(&folder, path, text.as_bytes()).map_err(|e| fail(explain_io(&e)))
}

/// Writes any file (an exported summary, a PDF) the same safe way: whole or not at all.
pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    remove_leftover_temp_files(&folder);
    write_atomically(&folder, path, bytes).map_err(|e| SaveError::new(path.to_owned(), explain_io(&e)))
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
        // No temporary file is left behind.
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
