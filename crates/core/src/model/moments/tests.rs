use super::*;

/// The dates every rule must give in 2026 and 2027, as the research behind the table
/// computed them (its table, kept as it came).
const CHECK: &str = include_str!("../../../../../tests/fixtures/seasons-2026-2027.md");

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// "Sat 2026-12-26 (observed Mon 2026-12-28)" or "Sun 2026-01-04 → Sat 2026-01-31".
fn expected(cell: &str) -> (NaiveDate, NaiveDate, Option<NaiveDate>) {
    let dates: Vec<NaiveDate> = cell
        .split_whitespace()
        .map(|w| w.trim_matches(|c| c == '(' || c == ')'))
        .filter(|w| w.len() == 10 && w.as_bytes()[4] == b'-')
        .map(date)
        .collect();
    match (dates.as_slice(), cell.contains("observed"), cell.contains('→')) {
        ([d], false, false) => (*d, *d, None),
        ([d, o], true, false) => (*d, *d, Some(*o)),
        ([a, b], false, true) => (*a, *b, None),
        _ => panic!("unreadable cell {cell}"),
    }
}

#[test]
fn the_table_is_read_whole_with_unique_ids() {
    let moments = all();
    assert_eq!(moments.len(), 121);
    assert_eq!(moments.iter().filter(|m| m.is_holiday()).count(), 82);
    let mut ids: Vec<&str> = moments.iter().map(|m| m.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 121, "ids are unique");
    for m in moments {
        assert!(!m.countries.is_empty() && !m.source.is_empty(), "{}", m.id);
        assert_eq!(m.lead_weeks.is_some(), !m.is_holiday(), "{}: lead weeks for trade moments only", m.id);
    }
}

#[test]
fn easter_follows_the_gregorian_computus() {
    for (year, month, day) in [(2026, 4, 5), (2027, 3, 28), (2034, 4, 9), (2038, 4, 25), (2040, 4, 1)] {
        assert_eq!(easter(year), NaiveDate::from_ymd_opt(year, month, day));
    }
}

#[test]
fn every_rule_gives_the_checked_dates_of_2026_and_2027() {
    let mut checked = 0;
    for line in CHECK.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let id = cells[1].trim_matches('`');
        let moment = by_id(id).unwrap_or_else(|| panic!("{id} is in the table"));
        for (year, cell) in [(2026, cells[2]), (2027, cells[3])] {
            let (first, last, observed) = expected(cell);
            // In every country that has it, since observance depends on the others.
            for country in &moment.countries {
                let dated = of_year(*country, year);
                let got = dated.iter().find(|d| d.moment.id == id).unwrap();
                assert_eq!((got.first, got.last, got.observed), (first, last, observed), "{id} {year}");
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 2 * 121, "every entry checked in both years");
}

#[test]
fn french_mothers_day_moves_when_pentecost_takes_its_sunday() {
    let m = by_id("fr_mothers_day").unwrap();
    assert_eq!(m.rule.day(2034), Some(date("2034-06-04")));
    assert_eq!(m.rule.day(2039), Some(date("2039-06-05")));
    assert_eq!(m.rule.day(2035), Some(date("2035-05-27")));
}

#[test]
fn a_us_new_year_observed_the_year_before_counts_in_that_year() {
    let days = between(Country::Us, date("2027-12-01"), date("2027-12-31"));
    let new_year = days.iter().find(|d| d.moment.id == "us_new_year").unwrap();
    assert_eq!((new_year.first, new_year.day_off()), (date("2028-01-01"), date("2027-12-31")));
}
