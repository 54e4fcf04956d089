//! Issue 21 in the window: a crash copy per plan, a second window on an open plan, saving
//! through a link, and the calendar record kept in the plan's file.

use std::path::{Path, PathBuf};

use eframe::egui::{self, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use socialplan_core::model::{Catalogue, Language};
use socialplan_core::storage;
use socialplan_window::{DialogAnswer, PlannerApp, Purpose, Recovery, StandInDialogs, StartOptions};

use super::{copy_of, example};

/// A window on `plan` (or none) keeping its crash copies in `folder`, its file dialogs
/// answered by the test.
fn window_in(plan: Option<&Path>, folder: &Path) -> (Harness<'static, PlannerApp>, StandInDialogs) {
    let dialogs = StandInDialogs::default();
    let start = StartOptions {
        plan: plan.map(Path::to_owned),
        recovery: Some(Recovery::in_folder(folder)),
        language: Some(Language::En),
        file_dialogs: Some(dialogs.clone()),
        ..StartOptions::default()
    };
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |cc| PlannerApp::new(cc, start));
    h.run_steps(2);
    (h, dialogs)
}

/// Lets `seconds` of the window's time pass (clicks need short frames, the autosave 30 s).
fn pass(h: &mut Harness<'static, PlannerApp>, seconds: f64) {
    h.run_steps(1);
    let now = h.ctx.input(|i| i.time);
    h.input_mut().time = Some(now + seconds);
    h.run_steps(2);
}

fn copy_file(folder: &Path, plan: &Path) -> PathBuf {
    Recovery::in_folder(folder).copy_file(Some(plan))
}

#[test]
fn two_windows_keep_one_crash_copy_each_and_a_save_removes_only_its_own() {
    let (_x_dir, x) = copy_of("boulangerie.ron");
    let (_y_dir, y) = copy_of("accounting-firm.ron");
    let copies = tempfile::tempdir().unwrap();
    let (mut a, _) = window_in(Some(&x), copies.path());
    let (mut b, _) = window_in(Some(&y), copies.path());
    a.state_mut().doc.plan.notes = "A's work".into();
    b.state_mut().doc.plan.notes = "B's work".into();
    pass(&mut a, 31.0);
    pass(&mut b, 31.0);
    let (x_copy, y_copy) = (copy_file(copies.path(), &x), copy_file(copies.path(), &y));
    assert_ne!(x_copy, y_copy);
    assert_eq!(storage::load(&x_copy, Catalogue::built_in()).unwrap().notes, "A's work");
    assert_eq!(storage::load(&y_copy, Catalogue::built_in()).unwrap().notes, "B's work");
    // A saves cleanly: its copy goes, B's stays.
    a.key_press_modifiers(Modifiers::COMMAND, Key::S);
    a.run_steps(2);
    assert!(!x_copy.exists(), "A's clean save removes A's copy");
    assert!(y_copy.exists(), "A's clean save must not remove B's copy");
    // B crashes; the next start offers B's work, on B's plan.
    drop(b);
    let (mut c, _) = window_in(None, copies.path());
    assert!(c.query_by_label_contains("closed without saving the latest changes").is_some());
    c.get_by_label("Restore").click();
    c.run_steps(2);
    assert_eq!(c.state().doc.plan.notes, "B's work");
    assert_eq!(c.state().doc.path.as_deref(), Some(y.as_path()));
    assert!(c.state().doc.has_unsaved_changes());
}

#[test]
fn a_second_window_on_an_open_plan_warns_and_offers_read_only_or_a_copy() {
    let (_dir, x) = copy_of("boulangerie.ron");
    let copies = tempfile::tempdir().unwrap();
    let (mut a, _) = window_in(Some(&x), copies.path());
    a.state_mut().doc.plan.notes = "A's work".into();
    a.run_steps(2);
    let before = std::fs::read(&x).unwrap();

    // Read-only: shown, never saved over; Save asks for another name.
    let (mut b, dialogs) = window_in(Some(&x), copies.path());
    assert!(b.query_by_label_contains("is open in another socialplan window").is_some());
    b.get_by_label("Open read-only").click();
    b.run_steps(2);
    assert!(b.state().doc.read_only && b.state().doc.path.as_deref() == Some(x.as_path()));
    assert!(b.query_by_label_contains("Read-only: this plan is open in another window").is_some());
    assert!(b.state().title().contains("(read-only)"), "{}", b.state().title());
    b.key_press_modifiers(Modifiers::COMMAND, Key::S);
    b.run_steps(2);
    assert_eq!(dialogs.showing().map(|d| d.0), Some(Purpose::SaveAs), "Save asks where");
    // Picking the plan open in the other window is refused too.
    assert!(dialogs.answer(DialogAnswer::Picked(x.clone())));
    b.run_steps(2);
    assert!(b.query_by_label_contains("is open in another socialplan window: saving here").is_some());
    assert_eq!(std::fs::read(&x).unwrap(), before, "the read-only window never wrote the plan");
    drop(b);

    // A copy: the same plan, no file yet.
    let (mut c, _) = window_in(Some(&x), copies.path());
    c.get_by_label("Open a copy").click();
    c.run_steps(2);
    assert!(c.state().doc.path.is_none() && !c.state().doc.read_only);
    assert_eq!(c.state().doc.plan.business.name, "Boulangerie du Marché");
    drop(c);

    // Cancel: the window keeps what it had.
    let (mut d, _) = window_in(Some(&example("accounting-firm.ron")), copies.path());
    d.state_mut().open_path(&x);
    d.run_steps(2);
    d.get_by_label("Cancel").click();
    d.run_steps(2);
    assert_eq!(d.state().doc.plan.business.name, "Northgate Accounting");
    // Once the first window has closed, the plan opens as usual.
    drop(a);
    d.state_mut().open_path(&x);
    d.run_steps(2);
    assert!(!d.state().is_modal_open() && d.state().doc.path.as_deref() == Some(x.as_path()));
}

#[cfg(unix)]
#[test]
fn saving_through_a_link_in_the_window_saves_the_plan_it_points_to() {
    let (dir, real) = copy_of("boulangerie.ron");
    let link = dir.path().join("link.ron");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let copies = tempfile::tempdir().unwrap();
    let (mut h, _) = window_in(Some(&link), copies.path());
    h.state_mut().doc.plan.notes = "through the link".into();
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link is still a link");
    assert_eq!(storage::load(&real, Catalogue::built_in()).unwrap().notes, "through the link");
    assert!(dir.path().join("boulangerie.ron.bak").exists() && !dir.path().join("link.ron.bak").exists());

    // The crash copy too is written through a link that stands where it goes.
    let elsewhere = tempfile::tempdir().unwrap();
    let target = elsewhere.path().join("copy.ron");
    std::fs::write(&target, "").unwrap();
    let copy = copy_file(copies.path(), &link);
    std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
    std::os::unix::fs::symlink(&target, &copy).unwrap();
    h.state_mut().doc.plan.notes = "copied through a link".into();
    pass(&mut h, 31.0);
    assert!(std::fs::symlink_metadata(&copy).unwrap().file_type().is_symlink());
    assert_eq!(storage::load(&target, Catalogue::built_in()).unwrap().notes, "copied through a link");
}

#[test]
fn a_plan_is_remembered_by_its_absolute_path() {
    // A path relative to where the program runs, wherever that and the temporary folder are:
    // up to the root with `..`, then down to the plan.
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.ron");
    std::fs::copy(example("boulangerie.ron"), &plan).unwrap();
    let here = std::env::current_dir().unwrap();
    let mut relative: PathBuf = here.components().skip(1).map(|_| "..").collect();
    relative.push(plan.strip_prefix("/").unwrap_or(&plan));
    assert!(relative.is_relative());
    let copies = tempfile::tempdir().unwrap();
    let (mut h, _) = window_in(Some(&relative), copies.path());
    let same = |p: Option<&Path>| p.is_some_and(|p| p.is_absolute() && storage::same_file(p, &plan));
    assert!(same(h.state().doc.path.as_deref()), "{:?}", h.state().doc.path);
    h.state_mut().doc.plan.notes = "unsaved".into();
    pass(&mut h, 31.0);
    let recovery = Recovery::in_folder(copies.path());
    let found = recovery.find_key(&recovery.key(Some(&plan)), Catalogue::built_in()).expect("a copy");
    // Restored from any other folder, it saves where the plan is.
    assert!(same(found.path.as_deref()), "{:?}", found.path);
}

#[test]
fn a_calendar_export_keeps_its_record_in_the_plans_file_and_no_other_change() {
    let (dir, path) = copy_of("accounting-firm.ron");
    let copies = tempfile::tempdir().unwrap();
    let (mut h, _) = window_in(Some(&path), copies.path());
    h.state_mut().doc.plan.notes = "not saved yet".into();
    h.run_steps(2);
    let ics = dir.path().join("week.ics");
    h.state_mut().export_calendar(&ics);
    h.run_steps(2);
    assert!(h.query_by_label_contains("Calendar exported: week.ics").is_some());
    let on_disk = storage::load(&path, Catalogue::built_in()).unwrap();
    assert!(!on_disk.calendar.events.is_empty(), "the plan's file keeps what was exported");
    assert_eq!(on_disk.calendar, h.state().doc.plan.calendar);
    assert_eq!(
        on_disk.notes,
        storage::load(&example("accounting-firm.ron"), Catalogue::built_in()).unwrap().notes
    );
    // Undo takes the owner's edit back, not the record.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert!(!h.state().doc.has_unsaved_changes(), "the record is no unsaved change");
    assert_eq!(h.state().doc.plan.calendar, on_disk.calendar);
}

#[test]
fn a_save_over_a_file_another_program_wrote_asks_first() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let copies = tempfile::tempdir().unwrap();
    let (mut h, _) = window_in(Some(&path), copies.path());
    // Meanwhile, another program saves the same file (the command line's `fit`, say).
    let mut other = storage::load(&path, Catalogue::built_in()).unwrap();
    other.notes = "written by another program".into();
    storage::save(&other, &path, Catalogue::built_in()).unwrap();
    let fitted = std::fs::read(&path).unwrap();
    h.state_mut().doc.plan.notes = "the window's work".into();
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    assert!(h.query_by_label_contains("was changed by another program").is_some());
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    assert_eq!(std::fs::read(&path).unwrap(), fitted, "nothing written without the owner's word");
    assert!(h.state().doc.has_unsaved_changes());
    // Asked again, the owner replaces it knowingly.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    h.get_by_label("Replace").click();
    h.run_steps(2);
    assert_eq!(storage::load(&path, Catalogue::built_in()).unwrap().notes, "the window's work");
    assert!(!h.state().doc.has_unsaved_changes());
    // Its own saves ask nothing.
    h.state_mut().doc.plan.notes = "again".into();
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    assert!(!h.state().is_modal_open());
    assert_eq!(storage::load(&path, Catalogue::built_in()).unwrap().notes, "again");
}

#[cfg(unix)]
#[test]
fn a_summary_export_goes_through_the_guarded_path() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, path) = copy_of("boulangerie.ron");
    let (mut h, _) = window_in(Some(&path), tempfile::tempdir().unwrap().path());
    let old = dir.path().join("old.md");
    std::fs::write(&old, "# kept").unwrap();
    std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o444)).unwrap();
    let ctx = h.ctx.clone();
    h.state_mut().export_summary(&ctx, &old);
    h.run_steps(2);
    assert!(h.query_by_label_contains("read-only").is_some());
    assert_eq!(std::fs::read_to_string(&old).unwrap(), "# kept");
    h.get_by_label("OK").click();
    h.run_steps(2);
    let fifo = dir.path().join("pipe.md");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    h.state_mut().export_summary(&ctx, &fifo);
    h.run_steps(2);
    assert!(h.query_by_label_contains("that is a pipe (FIFO)").is_some(), "refused at once, not waited on");
}
