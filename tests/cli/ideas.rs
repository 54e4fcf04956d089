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
    assert!(text.starts_with("Semaine du 7 décembre 2026\n"), "{text}");
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

/// The calendar's next four weeks of publications, one by one, say what they are about: each
/// an occurrence of its series (RFC 5545 RECURRENCE-ID), as an independent parser and rule
/// engine read them, on the dates `ideas` gives.
#[test]
fn the_calendar_says_what_each_publication_of_the_next_four_weeks_is_about() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.ron");
    std::fs::copy(example("accounting-firm.ron"), &plan).unwrap();
    let out = dir.path().join("week.ics");
    let o = socialplan(&["ics", plan.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(&out).unwrap();
    let calendar = ical::IcalParser::new(text.as_bytes()).next().unwrap().unwrap();
    let get = |e: &ical::parser::ical::component::IcalEvent, name: &str| {
        e.properties.iter().find(|p| p.name == name).and_then(|p| p.value.clone()).unwrap_or_default()
    };
    let (overrides, series): (Vec<_>, Vec<_>) =
        calendar.events.iter().partition(|e| !get(e, "RECURRENCE-ID").is_empty());
    // The same weeks as `ideas` from today: one occurrence a publication.
    let today = chrono::Local::now().date_naive().to_string();
    let ideas = stdout(&socialplan(&["ideas", &example("accounting-firm.ron"), "--from", &today, "--tsv"]));
    let rows: Vec<Vec<&str>> = ideas.lines().skip(1).map(|l| l.split('\t').collect()).collect();
    assert_eq!(overrides.len(), rows.len(), "{text}");
    for o in &overrides {
        let uid = get(o, "UID");
        let master =
            series.iter().find(|s| get(s, "UID") == uid).unwrap_or_else(|| panic!("no series {uid}"));
        assert_eq!(get(master, "CATEGORIES"), "socialplan-publish");
        assert_eq!(get(o, "SEQUENCE"), get(master, "SEQUENCE"));
        // The occurrence is one the series' rule makes.
        let set: rrule::RRuleSet =
            format!("DTSTART:{}\nRRULE:{}", get(master, "DTSTART"), get(master, "RRULE")).parse().unwrap();
        let id = get(o, "RECURRENCE-ID");
        assert!(
            set.all(8).dates.iter().any(|d| d.format("%Y%m%dT%H%M%S").to_string() == id),
            "{id} not in {uid}"
        );
        assert_eq!(get(o, "DTSTART"), id);
        let summary = get(o, "SUMMARY").replace("\\,", ",");
        let date = format!("{}-{}-{}", &id[0..4], &id[4..6], &id[6..8]);
        let row = rows.iter().find(|r| r[0] == date && summary.contains(r[2]) && summary.contains(r[4]));
        assert!(row.is_some(), "{summary} is not an idea of {date}");
        assert_eq!(summary.split(" — ").count(), 4, "{summary}");
    }
}
