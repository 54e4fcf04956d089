//! Saving a plan so that no moment of the save can lose it: the new text goes to a temporary
//! file beside the target, is synced, then renamed over the target; the previous version is
//! kept as `NAME.ron.bak`. A crash leaves either the old plan or the new one, never half.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use ron::ser::PrettyConfig;

use crate::model::{Catalogue, Plan};

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
    let fail = |message: String| SaveError { file: path.to_owned(), message };
    if let Some(problem) = validate(plan, catalogue).into_iter().next() {
        return Err(fail(format!("{}: {}", problem.field, problem.message)));
    }
    let text = to_ron(plan).map_err(|e| fail(e.to_string()))?;
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    if path.is_dir() {
        return Err(fail("that is a folder, not a plan file".into()));
    }
    if path.exists() {
        let old =
            fs::read(path).map_err(|e| fail(format!("reading the previous version: {}", explain_io(&e))))?;
        write_atomically(&folder, &backup_path(path), &old)
            .map_err(|e| fail(format!("keeping the previous version: {}", explain_io(&e))))?;
    }
    write_atomically(&folder, path, text.as_bytes()).map_err(|e| fail(explain_io(&e)))
}

/// Writes any file (an exported summary, a PDF) the same safe way: whole or not at all.
/// Refuses to write a calendar over the plan itself or over a file that is not a calendar
/// (another plan, a text): only an earlier calendar is replaced. `same_file` compares what is
/// on disk, whatever the spelling of the two paths.
pub fn calendar_destination(plan: &Path, out: &Path) -> Result<(), String> {
    let shown = out.display();
    if let (Ok(a), Ok(b)) = (std::fs::canonicalize(plan), std::fs::canonicalize(out))
        && a == b
    {
        return Err(format!("{shown}: that is the plan itself: choose another name with -o"));
    }
    match std::fs::symlink_metadata(out) {
        Err(_) => Ok(()),
        Ok(m) if m.is_dir() => Err(format!("{shown}: that is a folder: name a file with -o")),
        Ok(_) => {
            let mut head = [0u8; 15];
            let read = std::fs::File::open(out).and_then(|mut f| {
                use std::io::Read;
                f.read(&mut head)
            });
            if matches!(read, Ok(15)) && &head == b"BEGIN:VCALENDAR" {
                Ok(())
            } else {
                Err(format!(
                    "{shown}: this file is not a calendar (a plan? a text?), so it is not replaced: choose another name with -o"
                ))
            }
        }
    }
}

pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    write_atomically(&folder, path, bytes)
        .map_err(|e| SaveError { file: path.to_owned(), message: explain_io(&e) })
}

fn write_atomically(folder: &Path, target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut temp = tempfile::Builder::new().prefix(".socialplan-").suffix(".tmp").tempfile_in(folder)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(target).map_err(|e| e.error)?;
    // The rename itself lives in the folder: sync it so the new name survives a power cut.
    File::open(folder)?.sync_all()
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
        assert!(e.message.contains("time.closes"), "{e}");
        assert!(!path.exists());
    }

    #[test]
    fn backup_name_adds_bak() {
        assert_eq!(backup_path(Path::new("a/b.ron")), PathBuf::from("a/b.ron.bak"));
    }
}
