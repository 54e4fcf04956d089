//! The command line, run as a process the way an owner or a script would.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// What the package installs beside the binary: man pages, completions, desktop entry…
#[path = "cli/packaging.rs"]
mod packaging;

fn socialplan(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_socialplan")).args(args).output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn example(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("saves").join(name).display().to_string()
}

fn bad(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad").join(name)
}

#[test]
fn check_says_ok_with_counts_or_names_the_error() {
    let ok = socialplan(&["check", &example("boulangerie.ron")]);
    assert_eq!(ok.status.code(), Some(0), "{}", stderr(&ok));
    let line = stdout(&ok);
    assert_eq!(line.lines().count(), 1);
    assert!(
        line.starts_with("ok: ") && line.contains("4 product(s)") && line.contains("2 chosen platform(s)"),
        "{line}"
    );

    let path = bad("b2b-out-of-range.ron");
    let ko = socialplan(&["check", path.to_str().unwrap()]);
    assert_eq!(ko.status.code(), Some(1));
    assert!(stdout(&ko).is_empty());
    let err = stderr(&ko);
    assert!(err.contains(&format!("{}:", path.display())) && err.contains("products[1].b2b"), "{err}");
}

#[test]
fn recommend_prints_ranked_tab_separated_lines() {
    let o = socialplan(&["recommend", &example("accounting-firm.ron")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let rows: Vec<Vec<&str>> = out.lines().map(|l| l.split('\t').collect()).collect();
    assert!(rows.len() >= 13, "catalogue plus the custom newsletter");
    let mut last = f64::INFINITY;
    for (i, row) in rows.iter().enumerate() {
        assert_eq!(row.len(), 4, "{row:?}");
        assert_eq!(row[0], (i + 1).to_string());
        assert_eq!(row[2].split('.').nth(1).map(str::len), Some(2), "two decimals: {}", row[2]);
        let score: f64 = row[2].parse().unwrap();
        assert!(score <= last);
        last = score;
        assert!(!row[3].is_empty());
    }
    // The firm's own newsletter sits on its products; LinkedIn is the best of the catalogue.
    let first_catalogue = rows.iter().find(|r| r[1] != "newsletter").unwrap();
    assert_eq!(first_catalogue[1], "linkedin", "{out}");

    let top = socialplan(&["recommend", &example("accounting-firm.ron"), "--top", "3"]);
    assert_eq!(stdout(&top).lines().count(), 3);
    assert!(out.starts_with(&stdout(&top)));
}

#[test]
fn cost_tsv_adds_up_and_states_the_budget() {
    let o = socialplan(&["cost", &example("boulangerie.ron"), "--tsv"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let rows: Vec<Vec<&str>> = out.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows[0], ["platform", "creation", "replies", "monitoring", "planning", "total"]);
    let num = |s: &str| s.parse::<f64>().unwrap();
    let choices = &rows[1..rows.len() - 3];
    assert_eq!(choices.iter().map(|r| r[0]).collect::<Vec<_>>(), ["instagram", "facebook"]);
    for r in choices {
        let parts: f64 = r[1..5].iter().map(|s| num(s)).sum();
        assert!((parts - num(r[5])).abs() <= 2.0, "{r:?}");
    }
    let total = &rows[rows.len() - 3];
    assert_eq!(total[0], "total");
    let sum: f64 = choices.iter().map(|r| num(r[5])).sum();
    assert!((sum - num(total[5])).abs() <= 2.0);
    let budget = &rows[rows.len() - 2];
    assert_eq!((budget[0], num(budget[5])), ("budget", 240.0));
    let status = &rows[rows.len() - 1];
    assert_eq!(status[0], "status");
    let expected = if num(total[5]) > 240.0 { "over" } else { "within" };
    assert_eq!(status[5], expected);
}

#[test]
fn cost_table_is_readable_in_hours() {
    let o = socialplan(&["cost", &example("menuiserie.ron")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("Menuiserie Durand & Fils"), "{out}");
    assert!(out.contains("TikTok") && out.contains(" h"), "{out}");
}

#[test]
fn summary_in_text_and_markdown() {
    let text = socialplan(&["summary", &example("boulangerie.ron")]);
    assert_eq!(text.status.code(), Some(0), "{}", stderr(&text));
    let t = stdout(&text);
    for needle in [
        "Boulangerie du Marché",
        "Pain au levain",
        "Instagram",
        "Plan de réactivité",
        "Avant de commencer",
        "n'est pas un magasin",
    ] {
        assert!(t.contains(needle), "missing {needle}:\n{t}");
    }
    let md = socialplan(&["summary", &example("accounting-firm.ron"), "--format", "markdown"]);
    let m = stdout(&md);
    assert!(m.starts_with("# Social media plan — Northgate Accounting"), "{m}");
    assert!(m.contains("| # | Platform | Score | Why |"), "{m}");
    assert!(m.contains("Monthly newsletter"));
}

#[test]
fn bad_usage_exits_2_and_a_bad_plan_exits_1() {
    assert_eq!(socialplan(&["recommend"]).status.code(), Some(2));
    assert_eq!(
        socialplan(&["summary", &example("boulangerie.ron"), "--format", "pdfx"]).status.code(),
        Some(2)
    );
    assert_eq!(socialplan(&["frobnicate", "x"]).status.code(), Some(2));
    let missing = socialplan(&["cost", "/no/such/plan.ron"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(stderr(&missing).contains("/no/such/plan.ron"));
}

#[test]
fn every_subcommand_has_help() {
    for sub in ["check", "recommend", "cost", "summary"] {
        let o = socialplan(&[sub, "--help"]);
        assert_eq!(o.status.code(), Some(0));
        assert!(stdout(&o).contains("Usage: socialplan"), "{sub}");
    }
}
