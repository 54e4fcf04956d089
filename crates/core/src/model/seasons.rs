//! The owner's own seasons (format 5, `seasons:` in a file): a busy or quiet time that comes
//! back each year, from its first to its last day, with the hours the owner has then and how
//! much of the usual posting it keeps ("less in the Christmas rush"), and, for the weeks
//! before it, how much more to post while preparing it ("more before it"). A trade moment
//! becomes a season only when the owner asks (`Plan::season_from_moment`).

use std::fmt;

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::broken::Broken;
use super::moments;
use super::rules;

/// A day of every year, written `"12-24"` (month-day). 29 February is refused: not every
/// year has it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MonthDay {
    pub month: u32,
    pub day: u32,
}

impl MonthDay {
    pub fn new(month: u32, day: u32) -> Option<MonthDay> {
        // 2027 has no 29 February: a day every year has.
        NaiveDate::from_ymd_opt(2027, month, day).map(|_| MonthDay { month, day })
    }

    pub fn of(date: NaiveDate) -> MonthDay {
        // 29 February counts as the 28th.
        MonthDay { month: date.month(), day: date.day().min(if date.month() == 2 { 28 } else { 31 }) }
    }

    /// "12-24", exactly: two digits, a dash, two digits.
    pub fn parse(text: &str) -> Result<MonthDay, Broken> {
        let refuse = || Broken::NotADayOfTheYear { text: text.to_owned() };
        let b = text.as_bytes();
        if b.len() != 5 || b[2] != b'-' || !b.iter().enumerate().all(|(i, c)| i == 2 || c.is_ascii_digit()) {
            return Err(refuse());
        }
        let month = text[..2].parse().map_err(|_| refuse())?;
        let day = text[3..].parse().map_err(|_| refuse())?;
        MonthDay::new(month, day).ok_or_else(refuse)
    }

    /// This day in `year`.
    pub fn in_year(self, year: i32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(year, self.month, self.day)
    }
}

impl fmt::Display for MonthDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}-{:02}", self.month, self.day)
    }
}

impl Serialize for MonthDay {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for MonthDay {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<MonthDay, D::Error> {
        let text = String::deserialize(d)?;
        MonthDay::parse(&text).map_err(Broken::refuse)
    }
}

fn one() -> f64 {
    1.0
}

fn is_one(v: &f64) -> bool {
    *v == 1.0
}

fn is_zero(v: &u8) -> bool {
    *v == 0
}

/// A time of the year that comes back every year. From `first` to `last`, both included; a
/// season whose last day comes before its first runs over the new year (15 December to
/// 10 January).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Season {
    #[serde(deserialize_with = "rules::de_name")]
    pub name: String,
    pub first: MonthDay,
    pub last: MonthDay,
    /// Hours a week the owner has in the season; without it, the plan's (or the scenario's).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "rules::de_opt_weekly_hours"
    )]
    pub weekly_hours: Option<f64>,
    /// The share of the usual posts kept in the season: 0.5 is half, 1 as usual, 1.5 half as
    /// many again (the plan rules' range).
    #[serde(default = "one", skip_serializing_if = "is_one", deserialize_with = "rules::de_season_cadence")]
    pub cadence: f64,
    /// Weeks before the first day spent preparing it (0: none).
    #[serde(default, skip_serializing_if = "is_zero", deserialize_with = "rules::de_prepare_weeks")]
    pub prepare_weeks: u8,
    /// The share of the usual posts in those weeks.
    #[serde(default = "one", skip_serializing_if = "is_one", deserialize_with = "rules::de_season_cadence")]
    pub prepare_cadence: f64,
    /// The trade moment it was made from (its id in `assets/seasons.ron`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_moment_id")]
    pub moment: Option<String>,
}

impl Season {
    /// A season as usual (the plan's hours, the usual posts, no preparation).
    pub fn new(name: impl Into<String>, first: MonthDay, last: MonthDay) -> Season {
        Season {
            name: name.into(),
            first,
            last,
            weekly_hours: None,
            cadence: 1.0,
            prepare_weeks: 0,
            prepare_cadence: 1.0,
            moment: None,
        }
    }

    /// Days in the season as its first and last day say (a year-long one is refused by the
    /// rules).
    pub fn days(&self) -> i64 {
        match (self.first.in_year(2027), self.last.in_year(2027)) {
            (Some(a), Some(b)) if b >= a => (b - a).num_days() + 1,
            (Some(a), Some(b)) => (b - a).num_days() + 366,
            _ => 0,
        }
    }

    /// Its first and last day in the occurrence that starts in `year`. A season made from a
    /// trade moment follows the moment's rule (Black Friday moves each year); its own days
    /// stand in when the table no longer has the moment.
    pub fn occurrence(&self, year: i32) -> Option<(NaiveDate, NaiveDate)> {
        if let Some(days) = self.moment.as_deref().and_then(moments::by_id).and_then(|m| m.days_in(year)) {
            return Some(days);
        }
        let first = self.first.in_year(year)?;
        Some((first, first + Duration::days(self.days().max(1) - 1)))
    }

    /// The occurrence of the season that holds `date`, as its first and last day.
    pub fn holding(&self, date: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
        [date.year() - 1, date.year()]
            .into_iter()
            .filter_map(|year| self.occurrence(year))
            .find(|(first, last)| *first <= date && date <= *last)
    }

    /// The occurrence whose preparation holds `date` (`prepare_weeks` before its first day),
    /// as the preparation's first and last day.
    pub fn preparing(&self, date: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
        if self.prepare_weeks == 0 {
            return None;
        }
        [date.year(), date.year() + 1].into_iter().filter_map(|year| self.occurrence(year)).find_map(
            |(first, _)| {
                let from = first - Duration::weeks(i64::from(self.prepare_weeks));
                (from <= date && date < first).then_some((from, first - Duration::days(1)))
            },
        )
    }
}

/// Where a date stands among the owner's seasons.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Phase {
    /// In the season at this index of the plan's list.
    In(usize),
    /// In the weeks before it.
    Preparing(usize),
}

impl Phase {
    pub fn season(self) -> usize {
        match self {
            Phase::In(i) | Phase::Preparing(i) => i,
        }
    }
}

/// The phase of `date`: a season holding it first (the first listed when two do), then a
/// season being prepared; None for an ordinary day.
pub fn phase_on(seasons: &[Season], date: NaiveDate) -> Option<Phase> {
    seasons
        .iter()
        .position(|s| s.holding(date).is_some())
        .map(Phase::In)
        .or_else(|| seasons.iter().position(|s| s.preparing(date).is_some()).map(Phase::Preparing))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn md(text: &str) -> MonthDay {
        MonthDay::parse(text).unwrap()
    }

    #[test]
    fn a_day_of_the_year_is_month_dash_day_and_every_year_has_it() {
        assert_eq!(md("12-24"), MonthDay { month: 12, day: 24 });
        assert_eq!(md("01-05").to_string(), "01-05");
        for bad in ["02-29", "13-01", "12-32", "1-05", "12/24", "00-10", "１２-24", "12-2a"] {
            assert!(MonthDay::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_season_over_the_new_year_holds_both_ends() {
        let s = Season::new("Fêtes", md("12-15"), md("01-10"));
        assert_eq!(s.days(), 27);
        assert_eq!(s.holding(d("2027-01-03")), Some((d("2026-12-15"), d("2027-01-10"))));
        assert_eq!(s.holding(d("2026-12-15")), Some((d("2026-12-15"), d("2027-01-10"))));
        assert_eq!(s.holding(d("2027-01-11")), None);
        assert_eq!(s.holding(d("2026-12-14")), None);
    }

    #[test]
    fn preparation_is_the_weeks_before_and_the_season_itself_wins() {
        let mut rush = Season::new("Christmas rush", md("12-01"), md("12-24"));
        rush.prepare_weeks = 3;
        let quiet = Season::new("Quiet", md("11-20"), md("11-30"));
        assert_eq!(rush.preparing(d("2026-11-10")), Some((d("2026-11-10"), d("2026-11-30"))));
        assert_eq!(rush.preparing(d("2026-11-09")), None);
        let seasons = [rush, quiet];
        assert_eq!(phase_on(&seasons, d("2026-11-12")), Some(Phase::Preparing(0)));
        assert_eq!(phase_on(&seasons, d("2026-11-25")), Some(Phase::In(1)), "a season beats a preparation");
        assert_eq!(phase_on(&seasons, d("2026-12-24")), Some(Phase::In(0)));
        assert_eq!(phase_on(&seasons, d("2026-12-25")), None);
    }

    #[test]
    fn a_season_made_from_a_trade_moment_follows_its_rule_each_year() {
        let mut friday = Season::new("Black Friday", md("11-27"), md("11-27"));
        friday.moment = Some("black_friday".into());
        assert_eq!(friday.holding(d("2027-11-26")), Some((d("2027-11-26"), d("2027-11-26"))));
        assert_eq!(friday.holding(d("2027-11-27")), None, "not the 2026 day");
        friday.moment = Some("no_longer_in_the_table".into());
        assert_eq!(friday.holding(d("2027-11-27")), Some((d("2027-11-27"), d("2027-11-27"))));
    }

    const FORMAT_4: &str = r#"(format_version: 4, business: (name: "Shop"),
        time: (weekly_budget_hours: 2.0, open_days: [Mon, Tue], opens: "09:00", closes: "17:00"),
        current_scenario: "A", scenarios: [(name: "A", choices: [])])"#;

    fn format_5(seasons: &str) -> String {
        FORMAT_4
            .replace("format_version: 4", "format_version: 5")
            .replace("current_scenario", &format!("country: Be, seasons: [{seasons}], current_scenario"))
    }

    #[test]
    fn a_format_4_plan_opens_as_format_5_without_country_or_season_and_is_told() {
        use crate::model::{Catalogue, Country, FORMAT_VERSION, Language, Migration};
        use crate::storage;
        let (path, catalogue) = (std::path::Path::new("shop.ron"), Catalogue::built_in());
        let loaded = storage::parse_file(FORMAT_4, path, catalogue).unwrap();
        assert_eq!((loaded.file_format, loaded.plan.format_version), (4, FORMAT_VERSION));
        assert!(loaded.plan.country.is_none() && loaded.plan.seasons.is_empty());
        assert!(loaded.migrations.contains(&Migration::NoCountry));
        assert!(Migration::NoCountry.words(Language::En).contains("no country"));
        let early = FORMAT_4.replace("current_scenario", "country: Fr, current_scenario");
        let e = storage::parse_file(&early, path, catalogue).unwrap_err();
        assert!(e.to_string().contains("came with format 5"), "{e}");
        // A format 5 file keeps them, written back the same.
        let text = format_5(
            r#"(name: "Rush", first: "12-01", last: "12-24", weekly_hours: 1.5, cadence: 0.5, prepare_weeks: 3, prepare_cadence: 1.5)"#,
        );
        let plan = storage::parse(&text, path, catalogue).unwrap();
        assert_eq!(plan.country, Some(Country::Be));
        assert_eq!((plan.seasons[0].cadence, plan.seasons[0].prepare_weeks), (0.5, 3));
        assert_eq!(storage::parse(&storage::to_ron(&plan).unwrap(), path, catalogue).unwrap(), plan);
    }

    #[test]
    fn hostile_seasons_are_refused_with_the_field_named() {
        use crate::model::Catalogue;
        use crate::storage;
        let (path, catalogue) = (std::path::Path::new("shop.ron"), Catalogue::built_in());
        for (season, says) in [
            (r#"(name: "Rush\u{7}", first: "12-01", last: "12-24")"#, "control"),
            (r#"(name: "   ", first: "12-01", last: "12-24")"#, "empty"),
            (r#"(name: "Rush", first: "02-29", last: "03-10")"#, "not a day of the year"),
            (r#"(name: "Rush", first: "12-01", last: "12-24", cadence: 5.0)"#, "from 0"),
            (r#"(name: "Rush", first: "12-01", last: "12-24", cadence: -1.0)"#, "from 0"),
            (r#"(name: "Rush", first: "12-01", last: "12-24", prepare_weeks: 20)"#, "from 0"),
            (r#"(name: "Rush", first: "12-01", last: "12-24", weekly_hours: 200.0)"#, "from 0"),
            (r#"(name: "Rush", first: "12-01", last: "12-24", moment: "black friday")"#, "id"),
            (r#"(name: "Summer", first: "03-01", last: "11-30")"#, "183 days"),
            (
                r#"(name: "Rush", first: "12-01", last: "12-24"), (name: "rush", first: "01-01", last: "01-24")"#,
                "Rush",
            ),
        ] {
            let e = storage::parse_file(&format_5(season), path, catalogue).unwrap_err().to_string();
            assert!(e.contains("seasons"), "{season}: {e}");
            assert!(e.to_lowercase().contains(&says.to_lowercase()), "{season}: {e}");
        }
        let many: Vec<String> = (0..=rules::MAX_SEASONS)
            .map(|i| format!(r#"(name: "S{i}", first: "01-01", last: "01-02")"#))
            .collect();
        let e = storage::parse_file(&format_5(&many.join(", ")), path, catalogue).unwrap_err().to_string();
        assert!(e.contains(&rules::MAX_SEASONS.to_string()), "{e}");
    }
}
