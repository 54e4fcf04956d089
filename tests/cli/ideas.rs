//! `socialplan ideas`: what to post in the coming weeks, as text and as tab-separated values.

use super::{example, socialplan, stderr, stdout};

fn rows(tsv: &str) -> Vec<Vec<&str>> {
    tsv.lines().skip(1).map(|l| l.split('\t').collect()).collect()
}

#[test]
fn ideas_list_every_post_of_the_weeks_asked_for_with_a_product_and_a_kind() {
    let o =
        socialplan(&["ideas", &example("boulangerie.ron"), "--from", "2026-12-09", "--weeks", "4", "--tsv"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let tsv = stdout(&o);
    assert_eq!(tsv.lines().next(), Some("date\tplatform\tproduct\tkind\tidea"), "{tsv}");
    let rows = rows(&tsv);
    // The bakery's five posts a week (three on Instagram, two on Facebook), four weeks.
    assert_eq!(rows.len(), 20, "{tsv}");
    let products = ["Pain au levain", "Viennoiseries", "Gâteaux de fête", "Plateaux pour entreprises"];
    for row in &rows {
        assert_eq!(row.len(), 5, "{row:?}");
        assert!(("2026-12-07".."2027-01-04").contains(&row[0]), "{row:?}");
        assert!(["instagram", "facebook"].contains(&row[1]), "{row:?}");
        assert!(products.contains(&row[2]), "{row:?}");
        assert!(["useful", "important", "fun", "offer"].contains(&row[3]), "{row:?}");
        assert!(!row[4].is_empty(), "{row:?}");
    }
    let offers = rows.iter().filter(|r| r[3] == "offer").count();
    assert!((1..=4).contains(&offers), "at most one post in five sells: {offers} of 20");

    // The same weeks as text: a heading a week, one line a post, in the plan's language.
    let text = stdout(&socialplan(&["ideas", &example("boulangerie.ron"), "--from", "2026-12-09"]));
    assert!(text.starts_with("Semaine du 2026-12-07\n"), "{text}");
    let lines: Vec<&str> = text.lines().filter(|l| l.contains(" — ")).collect();
    assert_eq!(lines.len(), 20, "{text}");
    assert!(lines.iter().all(|l| l.split(" — ").count() == 4 && l.contains("\u{202F}: ")), "{text}");
}

#[test]
fn ideas_refuse_weeks_and_dates_they_cannot_use() {
    for args in
        [&["--weeks", "0"][..], &["--weeks", "53"], &["--from", "2027-02-30"], &["--from", "tomorrow"]]
    {
        let mut all = vec!["ideas", "x.ron"];
        all.extend_from_slice(args);
        let o = socialplan(&all);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stdout(&o).is_empty());
    }
}

#[test]
fn hostile_product_names_stay_text_in_the_ideas_table() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("hostile.ron");
    let text = std::fs::read_to_string(example("accounting-firm.ron")).unwrap();
    let text = text.replacen("(name: \"Bookkeeping\"", "(name: \"=HYPERLINK(\\\"http://x\\\")\"", 1);
    assert!(text.contains("HYPERLINK"));
    std::fs::write(&plan, text).unwrap();
    let o = socialplan(&["ideas", plan.to_str().unwrap(), "--from", "2027-01-04", "--tsv"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let tsv = stdout(&o);
    assert!(tsv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "{tsv}");
    assert!(!tsv.lines().any(|l| l.split('\t').any(|f| f.starts_with('='))), "{tsv}");
}

#[test]
fn the_week_ends_with_this_weeks_ideas() {
    let text = stdout(&socialplan(&["week", &example("accounting-firm.ron")]));
    let ideas: Vec<&str> = text.lines().filter(|l| l.contains(" — ")).collect();
    assert!(!ideas.is_empty(), "{text}");
    assert!(
        ideas.iter().all(|l| ["useful: ", "important: ", "fun: ", "offer: "].iter().any(|k| l.contains(k))),
        "{text}"
    );
}
