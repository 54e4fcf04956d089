//! The working plan, written to the program's data folder every 30 seconds while it has
//! unsaved changes, so that a crash loses at most half a minute. One copy per plan, named by
//! the plan file's canonical path (`copies/plan-HASH.ron`; a plan without a file: the window's
//! own `new-…`), so two windows never share one: a clean save or a discard removes only the
//! copy of that plan. The next start, or opening that plan, offers to restore what a crash
//! left behind; a copy of a plan another window has open is that window's, and is not offered.

use std::path::{Path, PathBuf};
use std::time::Duration;

use eframe::egui;
use serde::{Deserialize, Serialize};

use super::document::Document;
use super::modals::Modal;
use super::paths::file_name;
use super::planner::{Notice, PlannerApp};

use crate::locale::Sentence as S;
use crate::model::ids::short_hash;
use crate::model::{Broken, Catalogue, Plan, rules};
use crate::storage::{self, SaveError};

pub const AUTOSAVE_EVERY: Duration = Duration::from_secs(30);

/// What the recovery file remembers besides the plan: where the plan belongs, and the names
/// that had to be stood in for so that the copy reads back (a name being typed may be blank or
/// the same as another's for a moment; the copy must keep it all the same).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
struct Origin {
    path: Option<PathBuf>,
    names: Vec<(NameField, String)>,
}

/// A name of the plan, by where it is.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
enum NameField {
    Business,
    Product(usize),
    CustomPlatform(usize),
}

impl NameField {
    fn of(self, plan: &mut Plan) -> Option<&mut String> {
        match self {
            NameField::Business => Some(&mut plan.business.name),
            NameField::Product(i) => plan.products.get_mut(i).map(|p| &mut p.name),
            NameField::CustomPlatform(i) => plan.custom_platforms.get_mut(i).map(|p| &mut p.name),
        }
    }
}

/// The plan with every blank or repeated name stood in for by a unique one, and the true names.
fn with_stand_in_names(plan: &Plan) -> (Plan, Vec<(NameField, String)>) {
    let mut copy = plan.clone();
    let mut names = Vec::new();
    let fields = std::iter::once(NameField::Business)
        .chain((0..plan.products.len()).map(NameField::Product))
        .chain((0..plan.custom_platforms.len()).map(NameField::CustomPlatform));
    let mut seen = std::collections::HashSet::new();
    for (n, field) in fields.enumerate() {
        let Some(name) = field.of(&mut copy) else { continue };
        let repeated = matches!(field, NameField::Product(_)) && !seen.insert(rules::name_key(name));
        if rules::name(name).is_err() || repeated {
            names.push((field, std::mem::replace(name, format!("(recovered name {n})"))));
        }
    }
    (copy, names)
}

/// The recovery folder of one window: a copy per plan, and the marks of the plans open in
/// every window of this user (`super::claims`).
#[derive(Clone, Debug)]
pub struct Recovery {
    folder: PathBuf,
    /// This window's own key for a plan that has no file yet.
    session: String,
}

/// A plan found in the recovery folder.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovered {
    pub plan: Plan,
    /// The file the plan was opened from, if any: always an absolute path.
    pub path: Option<PathBuf>,
    /// Which copy it is ([`Recovery::key`]).
    pub key: String,
}

/// The copy a start without one of its own offered in the old single slot (before copies were
/// kept per plan): still offered once.
const LEGACY_KEY: &str = "legacy";

impl Recovery {
    /// The recovery folder of this user, or None where the system has no data folder.
    pub fn in_data_folder() -> Option<Recovery> {
        directories::ProjectDirs::from("", "", "socialplan").map(|d| Recovery::in_folder(d.data_dir()))
    }

    pub fn in_folder(folder: &Path) -> Recovery {
        let session = crate::model::PlanId::random().as_str().chars().take(16).collect::<String>();
        Recovery { folder: folder.to_owned(), session }
    }

    /// Which copy a plan has: the same for every window and every spelling of its file (the
    /// file's canonical path, a link followed); this window's own for a plan without a file.
    pub fn key(&self, path: Option<&Path>) -> String {
        match path {
            Some(path) => format!("plan-{}", short_hash(&canonical(path).to_string_lossy())),
            None => format!("new-{}", self.session),
        }
    }

    /// Where the copy of the plan at `path` (None: this window's plan without a file) is kept.
    pub fn copy_file(&self, path: Option<&Path>) -> PathBuf {
        self.plan_file(&self.key(path))
    }

    fn plan_file(&self, key: &str) -> PathBuf {
        if key == LEGACY_KEY {
            self.folder.join("recovery.ron")
        } else {
            self.folder.join("copies").join(format!("{key}.ron"))
        }
    }

    fn origin_file(&self, key: &str) -> PathBuf {
        if key == LEGACY_KEY {
            self.folder.join("recovery-origin.ron")
        } else {
            self.folder.join("copies").join(format!("{key}.origin.ron"))
        }
    }

    /// Writes a copy of the plan as it is, valid or not: it is a copy, not a save, and a name
    /// being typed (blank for a moment) must not stop it. Returns the copy's key.
    pub fn write(&self, plan: &Plan, path: Option<&Path>) -> Result<String, SaveError> {
        let key = self.key(path);
        let plan_file = self.plan_file(&key);
        let copies = plan_file.parent().unwrap_or(&self.folder).to_owned();
        std::fs::create_dir_all(&copies).map_err(|e| SaveError::io(copies.clone(), &e))?;
        let (copy, names) = with_stand_in_names(plan);
        // Absolute, so that restoring from any folder saves where the plan was.
        let path = path.map(|p| std::path::absolute(p).unwrap_or_else(|_| p.to_owned()));
        let origin = Origin { path, names };
        let outside = |file: PathBuf| move |e: ron::Error| SaveError::new(file, Broken::Said(e.to_string()));
        let text = ron::to_string(&origin).map_err(outside(self.origin_file(&key)))?;
        storage::write_file_atomically(&self.origin_file(&key), text.as_bytes())?;
        let text = storage::to_ron(&copy).map_err(outside(plan_file.clone()))?;
        storage::write_file_atomically(&plan_file, text.as_bytes())?;
        Ok(key)
    }

    /// The copy with this key, if there is one that reads.
    pub fn find_key(&self, key: &str, catalogue: &Catalogue) -> Option<Recovered> {
        let mut plan = storage::load(&self.plan_file(key), catalogue).ok()?;
        let origin: Origin = storage::read_regular_file(&self.origin_file(key), storage::MAX_FILE_BYTES)
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .and_then(|t| ron::from_str(&t).ok())
            .unwrap_or_default();
        for (field, name) in origin.names {
            if let Some(slot) = field.of(&mut plan) {
                *slot = name;
            }
        }
        Some(Recovered { plan, path: origin.path, key: key.to_owned() })
    }

    /// The newest copy that no open window is working on (this window's own `mine` aside): what
    /// a crash left behind.
    pub fn find(&self, catalogue: &Catalogue, mine: Option<&str>) -> Option<Recovered> {
        let mut keys: Vec<(std::time::SystemTime, String)> = self
            .keys()
            .into_iter()
            .filter(|key| Some(key.as_str()) == mine || !self.is_open_elsewhere(key))
            .map(|key| {
                let when = std::fs::metadata(self.plan_file(&key)).and_then(|m| m.modified());
                (when.unwrap_or(std::time::UNIX_EPOCH), key)
            })
            .collect();
        keys.sort();
        keys.into_iter().rev().find_map(|(_, key)| self.find_key(&key, catalogue))
    }

    /// Every copy's key.
    fn keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = std::fs::read_dir(self.folder.join("copies"))
            .map(|entries| {
                entries
                    .flatten()
                    .filter_map(|e| e.file_name().to_str().map(str::to_owned))
                    .filter_map(|name| name.strip_suffix(".ron").map(str::to_owned))
                    .filter(|key| !key.ends_with(".origin"))
                    .collect()
            })
            .unwrap_or_default();
        if self.plan_file(LEGACY_KEY).exists() {
            keys.push(LEGACY_KEY.to_owned());
        }
        keys
    }

    /// Removes the copy with this key (saved cleanly, restored and saved, or discarded); other
    /// plans' copies stay.
    pub fn remove(&self, key: &str) {
        let plan_file = self.plan_file(key);
        for file in [storage::backup_path(&plan_file), plan_file, self.origin_file(key)] {
            // Already gone is fine: there is nothing to recover then.
            let _ = std::fs::remove_file(file);
        }
    }

    /// Marks the plan with this key open in this window, unless another window has it open.
    pub fn claim(&self, key: &str) -> super::claims::Claimed {
        super::claims::claim(&self.folder, key)
    }

    /// Whether another window (or another run of the program) has the plan with this key open.
    pub fn is_open_elsewhere(&self, key: &str) -> bool {
        super::claims::is_claimed(&self.folder, key)
    }
}

/// The path as the system knows it: links followed, absolute; for a file not there yet, its
/// folder's.
fn canonical(path: &Path) -> PathBuf {
    if let Ok(real) = std::fs::canonicalize(path) {
        return real;
    }
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    match (std::fs::canonicalize(parent), path.file_name()) {
        (Ok(folder), Some(name)) => folder.join(name),
        _ => std::path::absolute(path).unwrap_or_else(|_| path.to_owned()),
    }
}

// ---- the window's side: the copy written while the owner works, offered after a crash ----

impl PlannerApp {
    /// Offers the crash copy with this key, or (None) the newest no open window is working on.
    pub(super) fn offer_recovery(&mut self, key: Option<&str>) {
        let Some(recovery) = &self.recovery else { return };
        let mine = self.claim.as_ref().map(|c| c.key.as_str());
        let found = match key {
            Some(key) if Some(key) == mine || !recovery.is_open_elsewhere(key) => {
                recovery.find_key(key, Catalogue::built_in())
            }
            Some(_) => None,
            None => recovery.find(Catalogue::built_in(), mine),
        };
        if let Some(found) = found {
            self.ask(Modal::Restore(Box::new(found)));
        }
    }

    /// The crash copy, on screen as unsaved work on its plan; the copy stays until it is saved.
    pub(super) fn restore(&mut self, recovered: Recovered) {
        let lang = self.lang();
        if let Some(path) = &recovered.path
            && self.open_in_another_window(path)
        {
            self.say(&lang.say(S::NotRestoredThePlanIs, &[("file", &file_name(path))]), true);
            return;
        }
        let saved = recovered.path.as_ref().and_then(|p| storage::load(p, Catalogue::built_in()).ok());
        let doc = Document::recovered(recovered.plan, recovered.path, saved);
        self.replace_document(doc);
        // This window now answers for that copy: its clean save removes it.
        self.recovery_key = Some(recovered.key);
        self.say(lang.word(S::UnsavedWorkRestored), false);
    }

    /// Removes the crash copy this window wrote (saved cleanly, or discarded); never another's.
    pub(super) fn clear_recovery(&mut self) {
        if let (Some(r), Some(key)) = (&self.recovery, self.recovery_key.take()) {
            r.remove(&key);
        }
        self.autosave_clock = None;
    }

    pub(super) fn autosave(&mut self, ctx: &egui::Context) {
        if self.recovery.is_none() || self.doc.read_only {
            return;
        }
        if !self.doc.has_unsaved_changes() {
            // Undone back to the saved plan: a copy on disk would be offered for nothing.
            if self.recovery_key.is_some() {
                self.clear_recovery();
            }
            self.autosave_clock = None;
            return;
        }
        let Some(recovery) = &self.recovery else { return };
        let now = ctx.input(|i| i.time);
        let since = *self.autosave_clock.get_or_insert(now);
        let due = AUTOSAVE_EVERY.as_secs_f64();
        if now - since >= due {
            match recovery.write(&self.doc.plan, self.doc.path.as_deref()) {
                Ok(key) => {
                    // Written under another key (the plan got another file): the old one goes.
                    if let Some(old) = self.recovery_key.replace(key.clone())
                        && old != key
                    {
                        recovery.remove(&old);
                    }
                }
                // The disk refused (full, read-only): said on the status line; next try later.
                Err(e) => {
                    let lang = self.lang();
                    let text = lang.say(S::AutosaveFailed, &[("why", &e.words(lang))]);
                    // An autosave that fails stays said until one succeeds.
                    self.notice = Some(Notice { text, error: true, about: None });
                }
            }
            self.autosave_clock = Some(now);
            ctx.request_repaint_after(AUTOSAVE_EVERY);
        } else {
            ctx.request_repaint_after(Duration::from_secs_f64(due - (now - since)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    #[test]
    fn each_plan_has_its_own_copy_and_its_path_is_absolute() {
        let dir = tempfile::tempdir().unwrap();
        let r = Recovery::in_folder(&dir.path().join("sub"));
        let catalogue = Catalogue::built_in();
        assert_eq!(r.find(catalogue, None), None);
        let florist = Plan::new("Fleuriste", Language::Fr);
        let baker = Plan::new("Boulanger", Language::Fr);
        let plans = dir.path().join("plans");
        std::fs::create_dir(&plans).unwrap();
        for name in ["f.ron", "b.ron"] {
            std::fs::write(plans.join(name), "").unwrap();
        }
        let f = r.write(&florist, Some(&plans.join("f.ron"))).unwrap();
        let b = r.write(&baker, Some(&plans.join("./b.ron"))).unwrap();
        assert_ne!(f, b);
        assert_eq!(r.key(Some(&plans.join("../plans/f.ron"))), f, "one key for every spelling");
        assert_eq!(r.find_key(&f, catalogue).unwrap().plan, florist);
        r.remove(&f);
        assert_eq!(r.find_key(&f, catalogue), None);
        let found = r.find(catalogue, None).unwrap();
        assert_eq!((found.plan, found.key), (baker, b), "another plan's copy stays");
        // A relative path is kept absolute.
        let key = r.write(&florist, Some(Path::new("relative/f.ron"))).unwrap();
        let path = r.find_key(&key, catalogue).unwrap().path.unwrap();
        assert!(path.is_absolute() && path.ends_with("relative/f.ron"), "{}", path.display());
    }
}

#[cfg(test)]
mod names {
    use super::*;
    use crate::model::{Language, Product};

    #[test]
    fn a_blank_or_repeated_name_is_copied_and_comes_back_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let r = Recovery::in_folder(dir.path());
        let mut plan = Plan::new("", Language::En);
        plan.products.push(Product::new("Bread", 0.1, 0.7));
        plan.products.push(Product::new("bread ", 0.2, 0.7));
        plan.products.push(Product::new("  ", 0.3, 0.7));
        assert!(storage::save(&plan, &dir.path().join("x.ron"), Catalogue::built_in()).is_err());
        r.write(&plan, None).unwrap();
        assert_eq!(r.find(Catalogue::built_in(), None).map(|f| f.plan), Some(plan));
    }
}
