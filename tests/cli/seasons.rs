//! The year's seasons from the command line: `week --from` takes the hours and posts of that
//! date's season; `ics --from` covers twelve months, each season's weeks as it has them, the
//! country's holidays and trade moments marked. Read back by parsers that did not write it
//! (the `ical` reader, the `rrule` engine, and khal when it is installed).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};
use socialplan::model::{Catalogue, Country, MonthDay, Season};

use super::{example, socialplan, stderr, stdout};

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn arg(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// The bakery in France with a Christmas rush: fewer hours and half the posts from 1 to
/// 24 December, half as many posts again in the two weeks before.
fn bakery_with_rush(dir: &Path) -> PathBuf {
    let catalogue = Catalogue::built_in();
    let mut plan = socialplan::storage::load(Path::new(&example("boulangerie.ron")), catalogue).unwrap();
    plan.set_country(Country::Fr);
    let mut rush = Season::new("Rush de Noël", MonthDay::new(12, 1).unwrap(), MonthDay::new(12, 24).unwrap());
    rush.weekly_hours = Some(1.5);
    rush.cadence = 0.5;
    rush.prepare_weeks = 2;
    rush.prepare_cadence = 1.5;
    assert!(plan.add_season(rush));
    let path = dir.join("plan.ron");
    socialplan::storage::save(&plan, &path, catalogue).unwrap();
    path
}

/// Minutes of the week the TSV of `week --from` lays out.
fn week_minutes(plan: &Path, from: &str) -> f64 {
    let o = socialplan(&["week", arg(plan), "--from", from, "--tsv"]);
    assert!(o.status.success(), "{}", stderr(&o));
    stdout(&o).lines().skip(1).map(|l| l.split('\t').nth(2).unwrap().parse::<f64>().unwrap()).sum()
}

#[test]
fn the_week_of_a_date_follows_that_date_s_season() {
    let dir = tempfile::tempdir().unwrap();
    let plan = bakery_with_rush(dir.path());
    let (usual, rush, before) = (
        week_minutes(&plan, "2027-01-13"),
        week_minutes(&plan, "2026-12-16"),
        week_minutes(&plan, "2026-11-20"),
    );
    assert!(rush < usual && usual < before, "rush {rush}, usual {usual}, before {before}");
    let text = stdout(&socialplan(&["week", arg(&plan), "--from", "2026-12-23"]));
    let first = text.lines().next().unwrap();
    assert!(
        first.contains("21 décembre 2026") && first.contains("Rush de Noël") && first.contains("1,5 h"),
        "{text}"
    );
    assert!(text.contains("Jour férié\u{202f}: Noël (25 décembre 2026)"), "{text}");
    let ordinary = stdout(&socialplan(&["week", arg(&plan), "--from", "2027-01-13"]));
    assert!(ordinary.lines().next().unwrap().contains("semaine ordinaire"), "{ordinary}");
    // A date that is none is refused with the form to write.
    let o = socialplan(&["week", arg(&plan), "--from", "2026-02-30"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

/// `fit --from`: the hours of that date's season, the fitted scenario added to the plan as
/// usual; without a date, the usual hours.
#[test]
fn fit_from_a_date_fits_that_date_s_season() {
    let catalogue = Catalogue::built_in();
    let dir = tempfile::tempdir().unwrap();
    let plan = bakery_with_rush(dir.path());
    let (rush, usual) = (dir.path().join("rush.ron"), dir.path().join("usual.ron"));
    let o = socialplan(&["fit", arg(&plan), "--from", "2026-12-16", "-o", arg(&rush)]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("1,5 h"), "the season's hours are the budget: {}", stdout(&o));
    let o = socialplan(&["fit", arg(&plan), "-o", arg(&usual)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let minutes = |path: &Path| {
        let p = socialplan::storage::load(path, catalogue).unwrap();
        socialplan::analysis::cost(&p, catalogue).total()
    };
    let (in_rush, as_usual) = (minutes(&rush), minutes(&usual));
    assert!(in_rush > 0.0 && in_rush <= 90.0 + 1e-6, "within the rush's 1.5 h: {in_rush}");
    assert!(in_rush < as_usual, "rush {in_rush}, usual {as_usual}");
    // An ordinary date fits the usual hours.
    let ordinary = dir.path().join("ordinary.ron");
    let o = socialplan(&["fit", arg(&plan), "--from", "2027-01-13", "-o", arg(&ordinary)]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!((minutes(&ordinary) - as_usual).abs() < 1e-6);
}

/// One event of the file as the `ical` reader gives it.
struct Read {
    props: BTreeMap<String, Vec<String>>,
}

impl Read {
    fn get(&self, name: &str) -> &str {
        self.props.get(name).and_then(|v| v.first()).map_or("", String::as_str)
    }
}

fn read(path: &Path) -> Vec<Read> {
    let file = std::io::BufReader::new(std::fs::File::open(path).unwrap());
    let calendar = ical::IcalParser::new(file).next().unwrap().unwrap();
    calendar
        .events
        .iter()
        .map(|e| {
            let mut props: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for p in &e.properties {
                props.entry(p.name.clone()).or_default().push(p.value.clone().unwrap_or_default());
            }
            Read { props }
        })
        .collect()
}

fn local(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y%m%dT%H%M%S").unwrap()
}

#[test]
fn the_calendar_covers_twelve_months_with_each_season_s_weeks() {
    let dir = tempfile::tempdir().unwrap();
    let plan = bakery_with_rush(dir.path());
    let out = dir.path().join("year.ics");
    let o = socialplan(&["ics", arg(&plan), "--from", "2026-12-07", "-o", arg(&out)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let events = read(&out);
    // Every series expanded by an independent engine with its exceptions: minutes per week.
    let mut per_week: BTreeMap<NaiveDate, f64> = BTreeMap::new();
    let mut last = d("2026-12-07");
    for e in events.iter().filter(|e| !e.get("RRULE").is_empty()) {
        let start = e.get("DTSTART");
        let minutes = (local(e.get("DTEND")) - local(start)).num_minutes() as f64;
        let mut text = format!("DTSTART:{start}\nRRULE:{}", e.get("RRULE"));
        for ex in e.props.get("EXDATE").into_iter().flatten() {
            text += &format!("\nEXDATE:{ex}");
        }
        let set: rrule::RRuleSet = text.parse().unwrap_or_else(|err| panic!("{text}: {err}"));
        for at in set.all(500).dates {
            let day = at.date_naive();
            last = last.max(day);
            *per_week.entry(socialplan::model::monday_of(day)).or_default() += minutes;
        }
    }
    assert!(last <= d("2027-12-06"), "nothing after the twelve months: {last}");
    assert!(last >= d("2027-11-30"), "the twelve months are covered: {last}");
    // Weeks wholly in one phase hold what `week --from` lays out for them (whole minutes, at
    // least one, per item in the calendar).
    for monday in ["2026-12-14", "2027-01-11", "2027-06-07", "2027-11-22"] {
        let expected = week_minutes(&plan, monday);
        let got = per_week[&d(monday)];
        assert!((got - expected).abs() <= 20.0, "week of {monday}: calendar {got}, week {expected}");
    }
    assert!(per_week[&d("2026-12-14")] < per_week[&d("2027-01-11")]);
    assert!(per_week[&d("2027-01-11")] < per_week[&d("2027-11-22")]);
    // The country's days as all-day events, shown but never busy.
    let all_day = |summary: &str, date: &str| {
        events.iter().any(|e| {
            e.get("SUMMARY") == summary && e.get("DTSTART") == date && e.get("TRANSP") == "TRANSPARENT"
        })
    };
    assert!(all_day("Jour férié\u{202f}: Noël", "20261225"));
    assert!(all_day("Temps fort du commerce\u{202f}: Black Friday", "20271126"));
    assert!(all_day("Temps fort du commerce\u{202f}: Soldes d'hiver", "20270106"));
    assert!(!events.iter().any(|e| e.get("SUMMARY").contains("Thanksgiving")), "France's days only");
    // Exported again with nothing changed: the same UIDs at the same sequences.
    let uids = |events: &[Read]| {
        let mut u: Vec<(String, String)> =
            events.iter().map(|e| (e.get("UID").to_owned(), e.get("SEQUENCE").to_owned())).collect();
        u.sort();
        u.dedup();
        u
    };
    let o = socialplan(&["ics", arg(&plan), "--from", "2026-12-07", "-o", arg(&out)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let again = read(&out);
    assert_eq!(uids(&events), uids(&again));
    assert!(again.iter().all(|e| e.get("STATUS") != "CANCELLED"));
    // From another day: the usual series' last day moves, so they go out one sequence up.
    let o = socialplan(&["ics", arg(&plan), "--from", "2026-12-08", "-o", arg(&out)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let later = read(&out);
    assert!(later.iter().any(|e| e.get("SEQUENCE") == "1" && e.get("RRULE").contains("UNTIL=20271207")));
}

#[test]
fn a_calendar_app_shows_the_season_s_week_and_the_holidays() {
    if super::edges::khal_missing() {
        return;
    }
    let home = super::edges::khal_home();
    let dir = tempfile::tempdir().unwrap();
    let plan = bakery_with_rush(dir.path());
    let out = dir.path().join("year.ics");
    assert!(socialplan(&["ics", arg(&plan), "--from", "2026-12-07", "-o", arg(&out)]).status.success());
    let import = super::edges::khal(home.path(), &["import", "--batch", "-a", "week", arg(&out)]);
    assert!(import.status.success(), "{}", stderr(&import));
    assert!(!stderr(&import).contains("not be available"), "{}", stderr(&import));
    let count = |from: &str| {
        let o = super::edges::khal(home.path(), &["list", "--format", "{start-date}|{title}", from, "7d"]);
        assert!(o.status.success(), "{}", stderr(&o));
        stdout(&o).lines().filter(|l| l.contains('|')).count()
    };
    let (rush, usual) = (count("2026-12-14"), count("2027-01-11"));
    assert!(rush < usual, "fewer events in the rush: {rush} against {usual}");
    let o = super::edges::khal(home.path(), &["list", "--format", "{title}", "2026-12-25", "1d"]);
    assert!(stdout(&o).contains("Jour férié\u{202f}: Noël"), "{}", stdout(&o));
}
