//! Issue 21: nothing lost, whatever sits at the path or runs beside it. Each test runs the real
//! binary the way an owner, a script or an attacker would.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use super::{LIMIT, example, plan_in, socialplan, socialplan_within, stderr, stdout};

fn arg(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The scenarios' rows of `compare --tsv`, by scenario name.
fn rows_of(plan: &Path, scenario: &str) -> Vec<String> {
    let tsv = stdout(&socialplan(&["compare", arg(plan), "--tsv"]));
    tsv.lines().filter(|l| l.split('\t').next() == Some(scenario)).map(str::to_owned).collect()
}

fn scenario_names(plan: &Path) -> Vec<String> {
    let plan = socialplan::storage::load(plan, socialplan::model::Catalogue::built_in()).unwrap();
    plan.scenarios.iter().map(|s| s.name.clone()).collect()
}

// ---- 1. fit never replaces a scenario ---------------------------------------------------------

#[test]
fn fit_adds_its_scenario_under_a_free_name_and_never_replaces_one() {
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_in_from(dir.path(), "plan.ron", "accounting-firm.ron");
    let mine = rows_of(&plan, "My plan");
    assert!(!mine.is_empty());
    // The owner's own name, in other capitals: a new scenario beside it, said so.
    let o = socialplan(&["fit", arg(&plan), "--name", "my plan", "--hours", "3"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("my plan 2\n"), "{out}");
    assert!(out.contains("A scenario is already called \"My plan\": it stays as it is"), "{out}");
    assert!(out.contains("the scenario \"my plan 2\" is now the current one"), "{out}");
    assert_eq!(rows_of(&plan, "My plan"), mine, "the owner's scenario is as it was");
    // The default name twice: "Fitted to 2 h", then "Fitted to 2 h 2"; the first stays.
    let o = socialplan(&["fit", arg(&plan), "--hours", "2"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let first = rows_of(&plan, "Fitted to 2 h");
    assert!(!first.is_empty());
    let o = socialplan(&["fit", arg(&plan), "--hours", "2", "--scenario", "LinkedIn and the newsletter"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("the new one is called \"Fitted to 2 h 2\""), "{}", stdout(&o));
    assert_eq!(rows_of(&plan, "Fitted to 2 h"), first);
    let names = scenario_names(&plan);
    for name in ["My plan", "my plan 2", "Fitted to 2 h", "Fitted to 2 h 2", "LinkedIn and the newsletter"] {
        assert!(names.iter().any(|n| n == name), "{name} in {names:?}");
    }
}

fn plan_in_from(dir: &Path, name: &str, example_name: &str) -> PathBuf {
    let plan = dir.join(name);
    std::fs::copy(example(example_name), &plan).unwrap();
    plan
}

// ---- 2 and 8. calendars: only our own replaced; UIDs, SEQUENCE, cancellations --------------

/// Each event of a calendar file, as another program reads it: its properties by name.
/// The calendar's series: its events but the occurrences written over them (the ideas, which
/// carry their series' UID, SEQUENCE and STATUS).
fn events(path: &Path) -> Vec<std::collections::HashMap<String, String>> {
    let file = std::io::BufReader::new(std::fs::File::open(path).unwrap());
    let calendar = ical::IcalParser::new(file).next().unwrap().unwrap();
    calendar
        .events
        .iter()
        .filter(|e| !e.properties.iter().any(|p| p.name == "RECURRENCE-ID"))
        .map(|e| {
            e.properties
                .iter()
                .map(|p| (p.name.clone(), p.value.clone().unwrap_or_default()))
                .collect::<std::collections::HashMap<String, String>>()
        })
        // The week's series: the country's holidays and trade moments are read in seasons.rs.
        .filter(|e| {
            !e.get("CATEGORIES").is_some_and(|c| c == "socialplan-holiday" || c == "socialplan-trade-moment")
        })
        .collect()
}

fn uids(path: &Path) -> Vec<String> {
    let mut uids: Vec<String> = events(path).iter().map(|e| e["UID"].clone()).collect();
    uids.sort();
    uids
}

const THUNDERBIRD: &str = "BEGIN:VCALENDAR\r\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r\n\
VERSION:2.0\r\nBEGIN:VEVENT\r\nUID:birthday-1@family\r\nDTSTAMP:20260101T000000Z\r\n\
DTSTART;VALUE=DATE:20260315\r\nSUMMARY:Grandma's birthday\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

#[test]
fn ics_replaces_only_a_calendar_it_wrote_for_this_plan() {
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_in(dir.path(), "plan.ron");
    let other = plan_in_from(dir.path(), "other.ron", "accounting-firm.ron");
    let family = dir.path().join("family.ics");
    std::fs::write(&family, THUNDERBIRD).unwrap();
    let o = socialplan(&["ics", arg(&plan), "-o", arg(&family)]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("family.ics") && err.contains("written by another program") && err.contains("Mozilla"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&family).unwrap(), THUNDERBIRD, "the family calendar is untouched");
    // The other plan's calendar is not this plan's to replace either.
    let theirs = dir.path().join("theirs.ics");
    assert!(socialplan(&["ics", arg(&other), "-o", arg(&theirs)]).status.success());
    let before = std::fs::read(&theirs).unwrap();
    let o = socialplan(&["ics", arg(&plan), "-o", arg(&theirs)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("for another plan"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&theirs).unwrap(), before);
    // Its own earlier calendar is replaced.
    let mine = dir.path().join("mine.ics");
    assert!(socialplan(&["ics", arg(&plan), "-o", arg(&mine)]).status.success());
    let o = socialplan(&["ics", arg(&plan), "-o", arg(&mine)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn calendar_uids_belong_to_the_plan_and_scenario_and_survive_a_rename() {
    let dir = tempfile::tempdir().unwrap();
    // Two scenarios with the same platforms, named in Cyrillic: their UIDs must differ.
    let text = std::fs::read_to_string(example("accounting-firm.ron")).unwrap();
    let text = text.replace("\"LinkedIn and the newsletter\"", "\"Лето\"").replace("\"My plan\"", "\"Зима\"");
    let plan = dir.path().join("plan.ron");
    std::fs::write(&plan, &text).unwrap();
    let (summer, winter) = (dir.path().join("summer.ics"), dir.path().join("winter.ics"));
    assert!(socialplan(&["ics", arg(&plan), "--scenario", "Лето", "-o", arg(&summer)]).status.success());
    assert!(socialplan(&["ics", arg(&plan), "--scenario", "Зима", "-o", arg(&winter)]).status.success());
    let (s, w) = (uids(&summer), uids(&winter));
    assert!(s.iter().all(|u| !w.contains(u)), "Лето and Зима share UIDs: {s:?} {w:?}");
    // Another plan in another folder, also called plan.ron: its own UIDs.
    let elsewhere = tempfile::tempdir().unwrap();
    let other = plan_in_from(elsewhere.path(), "plan.ron", "menuiserie.ron");
    let theirs = elsewhere.path().join("week.ics");
    assert!(socialplan(&["ics", arg(&other), "-o", arg(&theirs)]).status.success());
    assert!(uids(&theirs).iter().all(|u| !s.contains(u) && !w.contains(u)));
    // Renamed, the scenario keeps its UIDs and nothing changes for the calendar.
    let renamed = std::fs::read_to_string(&plan).unwrap().replace("\"Лето\"", "\"Été\"");
    std::fs::write(&plan, renamed).unwrap();
    assert!(socialplan(&["ics", arg(&plan), "--scenario", "Été", "-o", arg(&summer)]).status.success());
    assert_eq!(uids(&summer), s, "a rename keeps the UIDs");
    assert!(events(&summer).iter().all(|e| e["SEQUENCE"] == "0"), "nothing changed, nothing raised");
}

#[test]
fn a_re_export_cancels_what_went_away_and_raises_what_changed() {
    use socialplan::model::Catalogue;
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_in_from(dir.path(), "plan.ron", "accounting-firm.ron");
    let out = dir.path().join("week.ics");
    let before = chrono::Utc::now() - chrono::Duration::seconds(5);
    assert!(socialplan(&["ics", arg(&plan), "-o", arg(&out)]).status.success());
    let first = events(&out);
    assert!(first.iter().all(|e| e["SEQUENCE"] == "0" && e["STATUS"] == "CONFIRMED"));
    // DTSTAMP is when the file was written, not a constant.
    for e in &first {
        let stamp = chrono::NaiveDateTime::parse_from_str(&e["DTSTAMP"], "%Y%m%dT%H%M%SZ").unwrap().and_utc();
        assert!(stamp >= before && stamp <= chrono::Utc::now(), "{}", e["DTSTAMP"]);
    }
    // The owner drops X and gives LinkedIn to someone else.
    let mut p = socialplan::storage::load(&plan, Catalogue::built_in()).unwrap();
    p.remove_choice("x");
    p.current_choices_mut()[0].responder = Some("Sam".into());
    socialplan::storage::save(&p, &plan, Catalogue::built_in()).unwrap();
    let o = socialplan(&["ics", arg(&plan), "-o", arg(&out)]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("cancelled"), "{}", stdout(&o));
    let second = events(&out);
    let by_uid =
        |uid: &str| second.iter().find(|e| e["UID"] == uid).unwrap_or_else(|| panic!("{uid} dropped"));
    for e in &first {
        let again = by_uid(&e["UID"]);
        let (status, sequence) = (again["STATUS"].as_str(), again["SEQUENCE"].as_str());
        if e["SUMMARY"].starts_with("X (Twitter)") {
            assert_eq!((status, sequence), ("CANCELLED", "1"), "{}", e["SUMMARY"]);
            assert_eq!(again["DTSTART"], e["DTSTART"], "the cancelled series is the same series");
        } else if e["SUMMARY"].starts_with("LinkedIn") {
            assert_eq!((status, sequence), ("CONFIRMED", "1"), "{}", e["SUMMARY"]);
            assert!(again["DESCRIPTION"].contains("Sam"));
        } else {
            // Raised exactly when what the event says changed (planning's share, say).
            let fields = ["DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "RRULE", "CATEGORIES"];
            let changed = fields.iter().any(|f| again[*f] != e[*f]);
            let expected = if changed { "1" } else { "0" };
            assert_eq!((status, sequence), ("CONFIRMED", expected), "{}", e["SUMMARY"]);
        }
    }
    // Once more: the same file, the cancellations repeated at the same sequence.
    assert!(socialplan(&["ics", arg(&plan), "-o", arg(&out)]).status.success());
    let third = events(&out);
    let strip = |v: &[std::collections::HashMap<String, String>]| {
        v.iter().map(|e| (e["UID"].clone(), e["SEQUENCE"].clone(), e["STATUS"].clone())).collect::<Vec<_>>()
    };
    assert_eq!(strip(&third), strip(&second));
}

#[test]
fn an_empty_scenario_writes_no_invalid_calendar() {
    use socialplan::model::Catalogue;
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_in(dir.path(), "plan.ron");
    let out = dir.path().join("week.ics");
    let mut p = socialplan::storage::load(&plan, Catalogue::built_in()).unwrap();
    let name = p.add_scenario();
    socialplan::storage::save(&p, &plan, Catalogue::built_in()).unwrap();
    let o = socialplan(&["ics", arg(&plan), "-o", arg(&out)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains(&format!("\"{name}\" has no platform chosen")), "{}", stderr(&o));
    assert!(!out.exists(), "no calendar without an event");
    // A scenario exported, then emptied: the new file cancels every event, and is valid.
    let o = socialplan(&["ics", arg(&plan), "--scenario", "Mon plan", "-o", arg(&out)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let count = events(&out).len();
    let mut p = socialplan::storage::load(&plan, Catalogue::built_in()).unwrap();
    p.select_scenario("Mon plan").unwrap();
    p.current_choices_mut().clear();
    socialplan::storage::save(&p, &plan, Catalogue::built_in()).unwrap();
    assert!(socialplan(&["ics", arg(&plan), "-o", arg(&out)]).status.success());
    let cancelled = events(&out);
    assert_eq!(cancelled.len(), count);
    assert!(cancelled.iter().all(|e| e["STATUS"] == "CANCELLED"));
}

/// Calendar tests that need khal skip without it, unless CI (.ci/run) requires it.
pub(super) fn khal_missing() -> bool {
    let found = Command::new("khal").arg("--version").output().is_ok_and(|o| o.status.success());
    if !found && std::env::var_os("SOCIALPLAN_REQUIRE_CALENDAR_TOOLS").is_some() {
        panic!("khal is required (SOCIALPLAN_REQUIRE_CALENDAR_TOOLS is set) but not installed");
    }
    if !found {
        eprintln!("skipped: khal is not installed (Debian: apt-get install khal)");
    }
    !found
}

/// khal with its own configuration and one calendar folder under `home`.
/// A home for khal: its configuration and one calendar, "week", in Paris time.
pub(super) fn khal_home() -> tempfile::TempDir {
    let home = tempfile::tempdir().unwrap();
    let calendar = home.path().join("calendar");
    std::fs::create_dir_all(&calendar).unwrap();
    std::fs::write(
        home.path().join("khal.conf"),
        format!(
            "[calendars]\n[[week]]\npath = {}\n[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\n\
             longdateformat = %Y-%m-%d\ndatetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n\
             local_timezone = Europe/Paris\ndefault_timezone = Europe/Paris\n[default]\ndefault_calendar = week\n",
            calendar.display()
        ),
    )
    .unwrap();
    home
}

pub(super) fn khal(home: &Path, args: &[&str]) -> Output {
    Command::new("khal")
        .args(["-c", arg(&home.join("khal.conf"))])
        .args(args)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("TZ", "Europe/Paris")
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

#[test]
fn a_real_calendar_app_shows_what_the_plan_dropped_as_cancelled() {
    use socialplan::model::Catalogue;
    if khal_missing() {
        return;
    }
    let home = khal_home();
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_in_from(dir.path(), "plan.ron", "accounting-firm.ron");
    let out = dir.path().join("week.ics");
    assert!(socialplan(&["ics", arg(&plan), "-o", arg(&out)]).status.success());
    let import = khal(home.path(), &["import", "--batch", "-a", "week", arg(&out)]);
    assert!(import.status.success(), "{}", stderr(&import));
    let today = chrono::Local::now().date_naive();
    let monday = socialplan::model::monday_of(today).format("%Y-%m-%d").to_string();
    let listed = |home: &Path| {
        let o = khal(home, &["list", "--format", "{status}{title}", &monday, "7d"]);
        assert!(o.status.success(), "{}", stderr(&o));
        stdout(&o)
    };
    let first = listed(home.path());
    assert!(first.contains("X (Twitter)") && !first.contains("CANCELLED"), "{first}");
    // This week's publications say what they are about (occurrences written over their series).
    assert!(first.lines().any(|l| l.contains(" — X (Twitter) — ") && l.contains(": ")), "{first}");
    // X dropped from the plan, exported and imported again: khal shows its events cancelled.
    let mut p = socialplan::storage::load(&plan, Catalogue::built_in()).unwrap();
    p.remove_choice("x");
    socialplan::storage::save(&p, &plan, Catalogue::built_in()).unwrap();
    assert!(socialplan(&["ics", arg(&plan), "-o", arg(&out)]).status.success());
    let import = khal(home.path(), &["import", "--batch", "-a", "week", arg(&out)]);
    assert!(import.status.success(), "{}", stderr(&import));
    let second = listed(home.path());
    let x_lines: Vec<&str> = second.lines().filter(|l| l.contains("X (Twitter)")).collect();
    assert!(!x_lines.is_empty() && x_lines.iter().all(|l| l.starts_with("CANCELLED")), "{second}");
    let kept: Vec<&str> = second.lines().filter(|l| l.contains("LinkedIn")).collect();
    assert!(!kept.is_empty() && kept.iter().all(|l| !l.contains("CANCELLED")), "{second}");
}

// ---- 3. saving through a link -------------------------------------------------------------------

#[cfg(unix)]
#[test]
fn saving_through_a_link_saves_the_plan_it_points_to() {
    let dir = tempfile::tempdir().unwrap();
    let real_dir = dir.path().join("real");
    std::fs::create_dir(&real_dir).unwrap();
    let real = plan_in_from(&real_dir, "plan.ron", "accounting-firm.ron");
    let link = dir.path().join("link.ron");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let o = socialplan(&["fit", arg(&link), "--hours", "3"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link is still a link");
    assert!(scenario_names(&real).iter().any(|n| n == "Fitted to 3 h"), "the real plan got the change");
    assert!(real_dir.join("plan.ron.bak").exists(), "the .bak beside the real plan");
    assert!(!dir.path().join("link.ron.bak").exists());
    // `ics` records its export in the real plan too, through the link.
    let o = socialplan(&["ics", arg(&link), "-o", arg(&dir.path().join("w.ics"))]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert!(std::fs::read_to_string(&real).unwrap().contains("calendar: ("));
    // A link to nothing is refused, and stays as it was.
    let dangling = dir.path().join("dangling.ron");
    std::os::unix::fs::symlink(dir.path().join("gone.ron"), &dangling).unwrap();
    let o = socialplan(&["fit", arg(&real), "--hours", "3", "-o", arg(&dangling)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("a link to nothing"), "{}", stderr(&o));
    assert!(!dir.path().join("gone.ron").exists());
}

// ---- 4 and 10. every writing subcommand, against hostile paths -----------------------------------

/// Every subcommand as clap defines it, and whether it writes files: a writer declares
/// `-o/--output`. A subcommand that writes without declaring it is caught below: it is run and
/// must leave its folder as it was.
fn subcommands() -> Vec<(String, bool)> {
    use clap::CommandFactory;
    socialplan::cli::Cli::command()
        .get_subcommands()
        .map(|s| (s.get_name().to_owned(), s.get_arguments().any(|a| a.get_id() == "output")))
        .collect()
}

/// Every file in `dir` (not following links) with its bytes, or its kind.
fn listing(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| {
            let kind = e.file_type().unwrap();
            let bytes = if kind.is_file() {
                std::fs::read(e.path()).unwrap()
            } else {
                format!("{kind:?}").into_bytes()
            };
            (e.file_name().to_string_lossy().into_owned(), bytes)
        })
        .collect();
    out.sort();
    out
}

#[test]
fn subcommands_without_an_output_write_nothing() {
    let (writers, readers): (Vec<_>, Vec<_>) = subcommands().into_iter().partition(|(_, w)| *w);
    let writers: Vec<String> = writers.into_iter().map(|(n, _)| n).collect();
    for expected in ["fit", "ics", "pdf", "log"] {
        assert!(writers.iter().any(|w| w == expected), "{expected} writes: it takes -o ({writers:?})");
    }
    for (name, _) in readers {
        let dir = tempfile::tempdir().unwrap();
        plan_in(dir.path(), "plan.ron");
        let before = listing(dir.path());
        let o = socialplan_within(&[name.as_str(), "plan.ron"], dir.path(), LIMIT);
        assert!(o.status.code().is_some(), "{name}");
        assert_eq!(listing(dir.path()), before, "{name} wrote a file without taking -o");
    }
}

#[cfg(unix)]
#[test]
fn every_subcommand_that_writes_refuses_hostile_paths_at_once_and_changes_nothing() {
    use std::os::unix::fs::PermissionsExt;
    let writers: Vec<String> = subcommands().into_iter().filter(|(_, w)| *w).map(|(n, _)| n).collect();
    let short = Duration::from_secs(20);
    // What each writer needs to have something to write (`log`: a month to record).
    let needs = |name: &str| -> Vec<&str> {
        match name {
            "log" => vec!["--month", "2026-11", "--platform", "instagram", "--minutes", "300"],
            _ => Vec::new(),
        }
    };
    for name in &writers {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        plan_in(d, "plan.ron");
        let run = |out: &str, limit| {
            let mut args = vec![name.as_str(), "plan.ron"];
            args.extend(needs(name));
            args.extend(["-o", out]);
            socialplan_within(&args, d, limit)
        };
        // An earlier output of the right kind, marked read-only: refused only for being read-only.
        let earlier = d.join("earlier.out");
        let o = run("earlier.out", LIMIT);
        assert_eq!(o.status.code(), Some(0), "{name} -o earlier.out: {}", stderr(&o));
        std::fs::set_permissions(&earlier, std::fs::Permissions::from_mode(0o444)).unwrap();
        assert!(Command::new("mkfifo").arg(d.join("fifo")).status().unwrap().success());
        std::fs::create_dir(d.join("folder")).unwrap();
        std::os::unix::fs::symlink("/dev/zero", d.join("zero-link")).unwrap();
        std::os::unix::fs::symlink(d.join("nothing"), d.join("dangling")).unwrap();
        std::fs::write(d.join("notes.txt"), "my notes").unwrap();
        let before = listing(d);
        let plan_before = std::fs::read(d.join("plan.ron")).unwrap();
        for (target, says) in [
            ("fifo", "pipe"),
            ("/dev/null", "device"),
            ("zero-link", "device"),
            ("folder", "folder"),
            ("dangling", "link to nothing"),
            ("earlier.out", "read-only"),
            ("notes.txt", "not a"),
        ] {
            let o = run(target, short);
            let err = stderr(&o);
            assert_eq!(o.status.code(), Some(1), "{name} -o {target}: {err}");
            assert!(err.contains(target) && err.contains(says), "{name} -o {target}: {err}");
            assert_eq!(listing(d), before, "{name} -o {target} changed the folder");
        }
        assert_eq!(std::fs::read(d.join("plan.ron")).unwrap(), plan_before);
        // The plan itself, spelled otherwise: refused, or (fit) changed in place keeping a
        // .bak and every scenario it had.
        std::fs::create_dir(d.join("sub")).unwrap();
        let had = scenario_names(&d.join("plan.ron"));
        let o = run("sub/../plan.ron", short);
        if o.status.success() {
            let now = scenario_names(&d.join("plan.ron"));
            assert!(
                now.iter().any(|n| n == "Mon plan") && had.iter().all(|n| now.contains(n)),
                "{name}: {now:?}"
            );
            assert_eq!(std::fs::read(d.join("plan.ron.bak")).unwrap(), plan_before);
        } else {
            assert!(stderr(&o).contains("the plan itself"), "{name}: {}", stderr(&o));
            assert_eq!(std::fs::read(d.join("plan.ron")).unwrap(), plan_before);
        }
    }
}

#[cfg(unix)]
#[test]
fn fit_refuses_a_read_only_plan_and_names_it() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_in(dir.path(), "plan.ron");
    std::fs::set_permissions(&plan, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&plan).unwrap();
    let o = socialplan(&["fit", arg(&plan)]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains(arg(&plan)) && err.contains("read-only"), "{err}");
    assert!(!stdout(&o).contains("Written") && !stdout(&o).contains("Écrit"));
    assert_eq!(std::fs::read(&plan).unwrap(), before);
    // `ics` writes the calendar, but not into the read-only plan, and says what that costs.
    let out = dir.path().join("week.ics");
    let o = socialplan(&["ics", arg(&plan), "-o", arg(&out)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains(arg(&plan)) && err.contains("read-only") && err.contains("will not cancel"),
        "{err}"
    );
    assert!(std::fs::read_to_string(&out).unwrap().starts_with("BEGIN:VCALENDAR"));
    assert_eq!(std::fs::read(&plan).unwrap(), before);
}

// ---- 5. two runs at once ---------------------------------------------------------------------

#[test]
fn two_fits_at_once_both_land_in_the_plan() {
    for round in 0..4 {
        let dir = tempfile::tempdir().unwrap();
        let plan = plan_in(dir.path(), "plan.ron");
        let spawn = |name: &str| {
            Command::new(env!("CARGO_BIN_EXE_socialplan"))
                .args(["fit", arg(&plan), "--hours", "3", "--name", name])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        };
        let (a, b) = (spawn("Alpha"), spawn("Beta"));
        for (who, child) in [("Alpha", a), ("Beta", b)] {
            let o = child.wait_with_output().unwrap();
            assert_eq!(o.status.code(), Some(0), "round {round}, {who}: {}", stderr(&o));
            assert!(stdout(&o).contains("Écrit dans"), "round {round}, {who}: {}", stdout(&o));
        }
        let names = scenario_names(&plan);
        assert!(
            names.iter().any(|n| n == "Alpha") && names.iter().any(|n| n == "Beta"),
            "round {round}: both said written, the plan holds {names:?}"
        );
        // The .bak holds the plan as the second run found it: with the first run's scenario.
        let bak = scenario_names(&dir.path().join("plan.ron.bak"));
        assert_eq!(bak.len(), names.len() - 1, "round {round}: {bak:?}");
        assert!(!dir.path().join("plan.ron.lock").exists(), "no lock file stays");
    }
}

#[test]
fn a_plan_another_run_holds_is_waited_for_then_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_in(dir.path(), "plan.ron");
    let before = std::fs::read(&plan).unwrap();
    let held =
        socialplan::storage::LockFile::try_take(&socialplan::storage::lock_path(&plan)).unwrap().unwrap();
    let o = socialplan_within(&["fit", arg(&plan)], dir.path(), LIMIT);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("another socialplan is changing this plan right now") && err.contains("plan.ron.lock"),
        "{err}"
    );
    assert!(!stdout(&o).contains("Écrit"));
    assert_eq!(std::fs::read(&plan).unwrap(), before);
    drop(held);
    let o = socialplan(&["fit", arg(&plan)]);
    assert_eq!(o.status.code(), Some(0), "free again: {}", stderr(&o));
}

// ---- 7. tab-separated values a spreadsheet trusts ------------------------------------------

/// A plan whose names would break a naive TSV or run in a spreadsheet.
const HOSTILE: &str = r#"(
    format_version: 2,
    business: (name: "Shop"),
    language: "en",
    products: [
        (name: "=HYPERLINK(\"http://evil.example\",\"click\")", b2b: 0.2, visual: 0.6),
        (name: "\"Quoted, with a comma", b2b: 0.3, visual: 0.5),
    ],
    time: (weekly_budget_hours: 6.0, open_days: [Mon, Tue, Wed], opens: "09:00", closes: "17:00"),
    current_scenario: "\"Plan",
    scenarios: [
        (name: "\"Plan", choices: [
            (platform: "+cmd", posts_per_week: 2.0, format: Image, response_target_hours: 8.0, responder: "-2+3"),
            (platform: "instagram", posts_per_week: 1.0, format: Image, response_target_hours: 8.0, responder: "@evil"),
        ]),
    ],
    custom_platforms: [(id: "+cmd", name: "@SUM(A1)", b2b: 0.3, visual: 0.5)],
)"#;

#[test]
fn tsv_outputs_keep_one_row_per_line_and_run_no_formula() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("hostile.ron");
    std::fs::write(&plan, HOSTILE).unwrap();
    let check = socialplan(&["check", arg(&plan)]);
    assert!(check.status.success(), "{}", stderr(&check));
    for args in [&["recommend"][..], &["cost", "--tsv"], &["compare", "--tsv"], &["week", "--tsv"]] {
        let mut all = args.to_vec();
        all.insert(1, arg(&plan));
        let o = socialplan(&all);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        let text = stdout(&o);
        let mut reader =
            csv::ReaderBuilder::new().delimiter(b'\t').has_headers(false).from_reader(text.as_bytes());
        let records: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
        assert_eq!(records.len(), text.lines().count(), "{args:?}: one row per line:\n{text}");
        let width = records[0].len();
        assert!(records.iter().all(|r| r.len() == width), "{args:?}: as many fields in every row:\n{text}");
        let mut formulas_seen = 0;
        for field in records.iter().flat_map(|r| r.iter()) {
            let starts = field.trim_start().starts_with(['=', '+', '-', '@']);
            assert!(
                !starts || field.parse::<f64>().is_ok(),
                "{args:?}: {field:?} would run in a spreadsheet"
            );
            if field.starts_with("'=")
                || field.starts_with("'+")
                || field.starts_with("'@")
                || field.starts_with("'-")
            {
                formulas_seen += 1;
            }
        }
        assert!(formulas_seen > 0, "{args:?}: the hostile names are there, kept as text:\n{text}");
    }
    // Numbers stay numbers.
    let cost = stdout(&socialplan(&["cost", arg(&plan), "--tsv"]));
    let total = cost.lines().find(|l| l.starts_with("total\t")).unwrap();
    assert!(total.split('\t').skip(1).all(|n| n.parse::<f64>().is_ok()), "{total}");
}

// ---- 9. usage errors ----------------------------------------------------------------------------

#[test]
fn usage_errors_exit_2_and_say_what_was_typed_and_the_real_range() {
    // The refusals are the plan's rule's, in model/broken.rs: a number out of range is told the
    // range; what is not a number is told so.
    let plan = example("boulangerie.ron");
    for (hours, says) in [
        ("NaN", "NaN is not a number"),
        ("inf", "inf is not a number"),
        ("1000", "1,000 must be from 0 to 168"),
        ("168.0001", "168.0001 must be from 0 to 168"),
        ("-1", "-1 must be from 0 to 168"),
        ("ten", "expected a number"),
    ] {
        let o = socialplan(&["fit", &plan, "--hours", hours, "-o", "/nonexistent/x.ron"]);
        assert_eq!(o.status.code(), Some(2), "--hours {hours}");
        let err = stderr(&o);
        assert!(err.contains(&format!("'{hours}'")) && err.contains(says), "{err}");
    }
    let o = socialplan(&["cost", &plan, "--scenario", "Nope"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no scenario is called \"Nope\""), "{}", stderr(&o));
    // What the owner typed is shown, never obeyed by the terminal.
    for typed in ["\u{1b}[2J\u{1b}[31mred", "evil\u{202E}txt.ron", "a\u{7}b"] {
        let missing = format!("/nonexistent/{typed}");
        for args in [
            vec!["cost", plan.as_str(), "--scenario", typed],
            vec!["fit", plan.as_str(), "--hours", typed],
            vec!["check", missing.as_str()],
        ] {
            let o = socialplan(&args);
            let usage = args[0] != "check";
            assert_eq!(o.status.code(), Some(if usage { 2 } else { 1 }), "{args:?}");
            let err = stderr(&o);
            assert!(
                !err.chars().any(|c| c.is_control() && c != '\n' || c == '\u{202E}'),
                "{args:?}: {err:?}"
            );
            assert!(err.contains("\\u{"), "{args:?}: shown as an escape: {err}");
        }
    }
}

#[test]
fn scenario_names_that_look_the_same_are_one_name() {
    let plan = example("accounting-firm.ron");
    for typed in ["my plan", "MY PLAN", " My plan ", "My\u{a0}plan", "My\u{200B} plan", "My  plan"] {
        let o = socialplan(&["cost", &plan, "--tsv", "--scenario", typed]);
        assert_eq!(o.status.code(), Some(0), "{typed:?}: {}", stderr(&o));
        assert!(stdout(&o).contains("\nx\t"), "{typed:?}: My plan has X");
    }
    // An accent typed decomposed (NFD) finds the name written composed (NFC).
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(&plan)
        .unwrap()
        .replace("\"LinkedIn and the newsletter\"", "\"\u{c9}t\u{e9}\"");
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, text).unwrap();
    let o = socialplan(&["cost", arg(&path), "--tsv", "--scenario", "E\u{301}te\u{301}"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("newsletter\t"));
    // Two scenarios whose names only look different are refused, as two "Summer" are.
    let twins = std::fs::read_to_string(&path).unwrap().replace("\"My plan\"", "\"E\u{301}te\u{301}\"");
    std::fs::write(&path, twins).unwrap();
    let o = socialplan(&["check", arg(&path)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("two scenarios are called"), "{}", stderr(&o));
}

#[test]
fn a_format_1_plan_is_told_the_fields_it_has() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.ron");
    let old = |time: &str| {
        format!("(format_version: 1, business: (name: \"Shop\"), time: (weekly_budget_hours: 2.0, {time}))")
    };
    for (time, field, not) in [
        ("open_days_per_week: 5", "open_hours_per_day", "`opens`"),
        ("open_hours_per_day: 8.0", "open_days_per_week", "`open_days`"),
        ("open_days_per_week: 5, open_hours_per_day: 0.001", "time.open_hours_per_day", "closes"),
    ] {
        std::fs::write(&path, old(time)).unwrap();
        let o = socialplan(&["check", arg(&path)]);
        assert_eq!(o.status.code(), Some(1), "{time}");
        let err = stderr(&o);
        assert!(err.contains(field) && !err.contains(not), "{time}: {err}");
    }
}
