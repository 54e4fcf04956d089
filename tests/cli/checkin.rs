//! Issue 19: the monthly check-in from the command line (`socialplan log`).

use std::path::Path;

use super::{plan_in, socialplan, stderr, stdout};

fn arg(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn log_records_a_month_in_place_keeps_the_bak_and_reads_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_in(dir.path(), "plan.ron");
    let before = std::fs::read(&plan).unwrap();
    let args = ["log", arg(&plan), "--month", "2026-11", "--platform", "instagram"];
    let o = socialplan(&[&args[..], &["--minutes", "300", "--messages", "14", "--enquiries", "3"]].concat());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let said = stdout(&o);
    assert!(
        said.starts_with("2026-11 sur Instagram\u{202F}: noté (300 min, Messages 14, Demandes 3)"),
        "{said}"
    );
    assert_eq!(std::fs::read(dir.path().join("plan.ron.bak")).unwrap(), before);
    let text = std::fs::read_to_string(&plan).unwrap();
    assert!(text.contains("month: \"2026-11\"") && text.contains("format_version: 5"), "{text}");
    // Read back: the month's row, tab-separated.
    let o = socialplan(&["log", arg(&plan), "--month", "2026-11", "--tsv"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let lines: Vec<String> = stdout(&o).lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    let row: Vec<&str> = lines[1].split('\t').collect();
    assert_eq!(lines[0].split('\t').count(), row.len());
    assert_eq!(
        (row[0], row[1], row[3], row[7], row[8], row[9]),
        ("2026-11", "instagram", "300", "14", "3", "")
    );
    // Again: the figures are replaced, and that is said with what they were.
    let o = socialplan(&[&args[..], &["--minutes", "240"]].concat());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("remplace les chiffres notés avant (300 min, Messages 14, Demandes 3)"),
        "{}",
        stdout(&o)
    );
    let o = socialplan(&["log", arg(&plan), "--tsv"]);
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 2, "one month, replaced: {out}");
    assert!(out.contains("\t240\t") && !out.contains("\t14\t"), "{out}");
    // By name as well as by id; the person's view names the month.
    let o =
        socialplan(&["log", arg(&plan), "--month", "2026-10", "--platform", "facebook", "--minutes", "120"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = socialplan(&["log", arg(&plan)]);
    let out = stdout(&o);
    assert!(out.contains("2026-10 Facebook\u{202F}: prévu") && out.contains("Garder ou abandonner"), "{out}");
}

#[test]
fn log_refuses_hostile_figures_with_clear_messages_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_in(dir.path(), "plan.ron");
    let before = std::fs::read(&plan).unwrap();
    let base = ["log", arg(&plan), "--platform", "instagram"];
    for (extra, code, says) in [
        (&["--month", "2026-11", "--minutes", "-5"][..], 2, "from 0 to 44,640"),
        (&["--month", "2026-11", "--writing", "nan"], 2, "is not a number"),
        (&["--month", "2026-11", "--messages", "1e9"], 2, "from 0 to 100,000"),
        (&["--month", "2026-11", "--messages", "2.5"], 2, "is not a count"),
        (&["--month", "2026-11", "--enquiries", "-3"], 2, "from 0 to 100,000"),
        (&["--month", "2026-13", "--minutes", "5"], 2, "is not a month"),
        (&["--month", "2999-01", "--minutes", "5"], 2, "has not come yet"),
        (&["--month", "2026-11", "--minutes", "60", "--writing", "90"], 2, "more than the total"),
        (&["--month", "2026-11"], 2, "rien à noter"),
        (&["--minutes", "60"], 2, "--month AAAA-MM --platform ID"),
    ] {
        let o = socialplan(&[&base[..], extra].concat());
        assert_eq!(o.status.code(), Some(code), "{extra:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(says), "{extra:?}: {}", stderr(&o));
        assert_eq!(std::fs::read(&plan).unwrap(), before, "{extra:?}");
    }
    let o = socialplan(&[
        "log",
        arg(&plan),
        "--month",
        "2026-11",
        "--platform",
        "myspace\u{1b}[2J",
        "--minutes",
        "5",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("myspace\\u{001B}[2J") && stderr(&o).contains("known ids"), "{}", stderr(&o));
    assert!(!dir.path().join("plan.ron.bak").exists());
}

#[test]
fn log_csv_exports_every_month_for_a_spreadsheet_with_formulas_kept_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_in(dir.path(), "plan.ron");
    // The owner's own platform, named like a formula.
    let catalogue = socialplan::model::Catalogue::built_in();
    let mut own = socialplan::storage::load(&plan, catalogue).unwrap();
    let mut hostile = catalogue.get("linkedin").unwrap().clone();
    (hostile.id, hostile.name) = ("=cmd".into(), "=HYPERLINK(\"x\")".into());
    hostile.inbox = None;
    hostile.family = None;
    own.custom_platforms.push(hostile);
    socialplan::storage::save(&own, &plan, catalogue).unwrap();
    for (month, platform, minutes) in
        [("2026-09", "instagram", "200"), ("2026-10", "=cmd", "30"), ("2026-10", "instagram", "250")]
    {
        let o = socialplan(&[
            "log",
            arg(&plan),
            "--month",
            month,
            "--platform",
            platform,
            "--minutes",
            minutes,
            "--enquiries",
            "2",
        ]);
        assert_eq!(o.status.code(), Some(0), "{platform}: {}", stderr(&o));
    }
    let o = socialplan(&["log", arg(&plan), "--csv"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let mut reader = csv::ReaderBuilder::new().from_reader(out.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(headers.get(0), Some("month"));
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3, "{out}");
    assert_eq!((&rows[0][0], &rows[0][1], &rows[0][3]), ("2026-09", "instagram", "200"));
    assert_eq!(&rows[1][1], "'=cmd", "a formula is kept as text: {out}");
    assert!(rows.iter().all(|r| r.len() == headers.len()));
}
