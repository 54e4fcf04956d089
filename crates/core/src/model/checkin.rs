//! The monthly check-in: what each month really took on each platform, and what it brought.
//! Kept in the plan from format 4 (`months:` in the file), one record per month and platform;
//! recording a month again for the same platform replaces its figures. The analysis reads it
//! to compare the plan with the real months and to learn the owner's own minutes
//! (`analysis::checkin`).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::broken::Broken;
use super::goal::Goal;
use super::language::Language;
use super::plan_file::FormatMismatch;
use super::rules;
use crate::locale::Sentence as S;

/// A calendar month, written `"2026-11"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
}

impl Month {
    pub fn new(year: i32, month: u32) -> Option<Month> {
        chrono::NaiveDate::from_ymd_opt(year, month, 1).map(|_| Month { year, month })
    }

    /// "2026-11", exactly: four digits, a dash, two digits.
    pub fn parse(text: &str) -> Result<Month, Broken> {
        let refuse = || Broken::NotAMonth { text: text.to_owned() };
        let bytes = text.as_bytes();
        let digits = |b: &[u8]| b.iter().all(u8::is_ascii_digit);
        if bytes.len() != 7 || bytes[4] != b'-' || !digits(&bytes[..4]) || !digits(&bytes[5..]) {
            return Err(refuse());
        }
        let year: i32 = text[..4].parse().map_err(|_| refuse())?;
        let month: u32 = text[5..].parse().map_err(|_| refuse())?;
        Month::new(year, month).ok_or_else(refuse)
    }

    /// The month a date falls in.
    pub fn of(date: chrono::NaiveDate) -> Month {
        use chrono::Datelike;
        Month { year: date.year(), month: date.month() }
    }

    /// The month it is now, by the machine's clock (UTC).
    pub fn this_month() -> Month {
        Month::of(chrono::Utc::now().date_naive())
    }

    pub fn days(self) -> u32 {
        let next = self.next();
        match (
            chrono::NaiveDate::from_ymd_opt(self.year, self.month, 1),
            chrono::NaiveDate::from_ymd_opt(next.year, next.month, 1),
        ) {
            (Some(a), Some(b)) => (b - a).num_days() as u32,
            _ => 30,
        }
    }

    /// Weeks in the month (30 days: 4.29): what turns a weekly cost into a month's.
    pub fn weeks(self) -> f64 {
        f64::from(self.days()) / 7.0
    }

    pub fn next(self) -> Month {
        if self.month == 12 {
            Month { year: self.year + 1, month: 1 }
        } else {
            Month { year: self.year, month: self.month + 1 }
        }
    }

    /// Months from `self` to `later` (0 for the same month).
    pub fn months_until(self, later: Month) -> i64 {
        i64::from(later.year - self.year) * 12 + i64::from(later.month) - i64::from(self.month)
    }
}

impl Month {
    /// "novembre 2026", "November 2026": for people; files and tables keep `2026-11`.
    pub fn in_words(self, lang: crate::model::Language) -> String {
        format!("{} {}", lang.month(self.month), self.year)
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for Month {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Month, D::Error> {
        let text = String::deserialize(d)?;
        let month = Month::parse(&text).map_err(Broken::refuse)?;
        rules::month(month).map_err(Broken::refuse)?;
        Ok(month)
    }
}

/// Minutes spent in the month: in total, or per task, or both (the parts then fit in the total).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TimeSpent {
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_month_minutes")]
    pub total: Option<f64>,
    /// Making posts and Stories.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_month_minutes")]
    pub writing: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_month_minutes")]
    pub answering: Option<f64>,
    /// Looking at messages and notifications.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_month_minutes")]
    pub looking: Option<f64>,
}

impl TimeSpent {
    pub fn is_empty(&self) -> bool {
        *self == TimeSpent::default()
    }

    /// The parts given, added up; None when no part is.
    pub fn parts(&self) -> Option<f64> {
        let parts = [self.writing, self.answering, self.looking];
        parts.iter().any(Option::is_some).then(|| parts.iter().flatten().sum())
    }

    /// The month's minutes: the total, or the parts added up.
    pub fn minutes(&self) -> Option<f64> {
        self.total.or_else(|| self.parts())
    }
}

/// What one result counts toward: each kind serves one of the plan's goals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ResultKind {
    Messages,
    Enquiries,
    /// Bookings or orders the owner puts down to the platform.
    Bookings,
    Reviews,
    Followers,
    Candidates,
}

impl ResultKind {
    pub const ALL: [ResultKind; 6] = [
        ResultKind::Messages,
        ResultKind::Enquiries,
        ResultKind::Bookings,
        ResultKind::Reviews,
        ResultKind::Followers,
        ResultKind::Candidates,
    ];

    /// The goal it serves (docs/method.md, "The monthly check-in").
    pub fn goal(self) -> Goal {
        match self {
            ResultKind::Messages => Goal::CustomerService,
            ResultKind::Enquiries | ResultKind::Bookings => Goal::Sales,
            ResultKind::Reviews | ResultKind::Followers => Goal::Notoriety,
            ResultKind::Candidates => Goal::Recruiting,
        }
    }

    /// Its name on a form or a table's heading.
    pub fn label(self, lang: Language) -> &'static str {
        lang.word(match self {
            ResultKind::Messages => S::ResultMessages,
            ResultKind::Enquiries => S::ResultEnquiries,
            ResultKind::Bookings => S::ResultBookings,
            ResultKind::Reviews => S::ResultReviews,
            ResultKind::Followers => S::ResultFollowers,
            ResultKind::Candidates => S::ResultCandidates,
        })
    }

    /// Its name inside a sentence, counted: "enquiries".
    pub fn words(self, lang: Language) -> &'static str {
        lang.word(match self {
            ResultKind::Messages => S::ResultMessagesInSentence,
            ResultKind::Enquiries => S::ResultEnquiriesInSentence,
            ResultKind::Bookings => S::ResultBookingsInSentence,
            ResultKind::Reviews => S::ResultReviewsInSentence,
            ResultKind::Followers => S::ResultFollowersInSentence,
            ResultKind::Candidates => S::ResultCandidatesInSentence,
        })
    }

    /// The name the command line and the file use.
    pub fn key(self) -> &'static str {
        match self {
            ResultKind::Messages => "messages",
            ResultKind::Enquiries => "enquiries",
            ResultKind::Bookings => "bookings",
            ResultKind::Reviews => "reviews",
            ResultKind::Followers => "followers",
            ResultKind::Candidates => "candidates",
        }
    }
}

/// Results of the month, per kind; a kind not given was not counted (not zero).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Results {
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_results")]
    pub messages: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_results")]
    pub enquiries: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_results")]
    pub bookings: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_results")]
    pub reviews: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_results")]
    pub followers: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "rules::de_opt_results")]
    pub candidates: Option<u32>,
}

impl Results {
    pub fn is_empty(&self) -> bool {
        *self == Results::default()
    }

    pub fn get(&self, kind: ResultKind) -> Option<u32> {
        match kind {
            ResultKind::Messages => self.messages,
            ResultKind::Enquiries => self.enquiries,
            ResultKind::Bookings => self.bookings,
            ResultKind::Reviews => self.reviews,
            ResultKind::Followers => self.followers,
            ResultKind::Candidates => self.candidates,
        }
    }

    pub fn slot(&mut self, kind: ResultKind) -> &mut Option<u32> {
        match kind {
            ResultKind::Messages => &mut self.messages,
            ResultKind::Enquiries => &mut self.enquiries,
            ResultKind::Bookings => &mut self.bookings,
            ResultKind::Reviews => &mut self.reviews,
            ResultKind::Followers => &mut self.followers,
            ResultKind::Candidates => &mut self.candidates,
        }
    }

    /// Results that serve `goal`, added up.
    pub fn for_goal(&self, goal: Goal) -> u64 {
        ResultKind::ALL.iter().filter(|k| k.goal() == goal).filter_map(|k| self.get(*k)).map(u64::from).sum()
    }
}

/// One platform's month.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MonthRecord {
    pub month: Month,
    /// A platform id, of the catalogue or of the plan's own platforms.
    #[serde(deserialize_with = "rules::de_name")]
    pub platform: String,
    #[serde(default, skip_serializing_if = "TimeSpent::is_empty")]
    pub time: TimeSpent,
    #[serde(default, skip_serializing_if = "Results::is_empty")]
    pub results: Results,
}

impl MonthRecord {
    pub fn new(month: Month, platform: impl Into<String>) -> MonthRecord {
        MonthRecord {
            month,
            platform: platform.into(),
            time: TimeSpent::default(),
            results: Results::default(),
        }
    }

    /// Every rule of one record, but the month's place in time (`rules::month_not_after`).
    pub fn check(&self) -> Result<(), Broken> {
        rules::month(self.month)?;
        rules::name(&self.platform)?;
        for v in
            [self.time.total, self.time.writing, self.time.answering, self.time.looking].into_iter().flatten()
        {
            rules::MONTH_MINUTES.check(v)?;
        }
        if let (Some(total), Some(parts)) = (self.time.total, self.time.parts())
            && parts > total + 1e-9
        {
            return Err(Broken::PartsOverTotal { parts, total });
        }
        for kind in ResultKind::ALL {
            if let Some(n) = self.results.get(kind) {
                rules::month_results(n)?;
            }
        }
        Ok(())
    }
}

/// What recording a month did.
#[derive(Clone, Debug, PartialEq)]
pub enum Recorded {
    New,
    /// The month had figures for the platform already: these, now replaced.
    Replaced(Box<MonthRecord>),
}

/// Every month recorded, in month order, then platform.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Months {
    pub records: Vec<MonthRecord>,
}

impl Months {
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Records a month for a platform, replacing what it had; refused, changing nothing, when a
    /// figure breaks a rule or the month has not come yet.
    pub fn record(&mut self, record: MonthRecord, now: Month) -> Result<Recorded, Broken> {
        record.check()?;
        rules::month_not_after(record.month, now)?;
        let key = (record.month, record.platform.clone());
        match self.records.binary_search_by(|r| (r.month, r.platform.clone()).cmp(&key)) {
            Ok(i) => Ok(Recorded::Replaced(Box::new(std::mem::replace(&mut self.records[i], record)))),
            Err(i) => {
                if self.records.len() >= rules::MAX_MONTH_RECORDS {
                    return Err(Broken::TooMany {
                        count: self.records.len() + 1,
                        max: rules::MAX_MONTH_RECORDS,
                        what: super::broken::Items::MonthRecords,
                    });
                }
                self.records.insert(i, record);
                Ok(Recorded::New)
            }
        }
    }

    pub fn get(&self, month: Month, platform: &str) -> Option<&MonthRecord> {
        self.records.iter().find(|r| r.month == month && r.platform == platform)
    }

    /// Each record's month and platform once.
    pub fn check_each_once(&self) -> Result<(), Broken> {
        for pair in self.records.windows(2) {
            if pair[0].month == pair[1].month && pair[0].platform == pair[1].platform {
                return Err(Broken::MonthTwice {
                    month: pair[0].month.to_string(),
                    platform: pair[0].platform.clone(),
                });
            }
        }
        Ok(())
    }

    /// In month order, then platform: a hand-written file may list them in any order.
    pub fn sort(&mut self) {
        self.records.sort_by(|a, b| (a.month, &a.platform).cmp(&(b.month, &b.platform)));
    }
}

/// The months of a file of format `version`: format 4 brought them; an older file has none,
/// and moving it to format 4 adds nothing else.
pub(super) fn months_from_file(version: u32, months: Option<Months>) -> Result<Months, FormatMismatch> {
    match months {
        Some(_) if version < 4 => Err(FormatMismatch {
            field: "months".into(),
            broken: Broken::NotInFormat { field: "months".into(), format: version, since: 4 },
        }),
        Some(mut months) => {
            months.sort();
            Ok(months)
        }
        None => Ok(Months::default()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nov() -> Month {
        Month::new(2026, 11).unwrap()
    }

    #[test]
    fn a_month_in_words_follows_the_language() {
        let m = Month::parse("2026-11").unwrap();
        assert_eq!(m.in_words(crate::model::Language::Fr), "novembre 2026");
        assert_eq!(m.in_words(crate::model::Language::En), "November 2026");
        assert_eq!(Month::parse("2027-01").unwrap().in_words(crate::model::Language::Fr), "janvier 2027");
    }

    #[test]
    fn a_month_is_written_and_read_as_year_dash_month() {
        assert_eq!(Month::parse("2026-11"), Ok(nov()));
        assert_eq!(nov().to_string(), "2026-11");
        for bad in ["2026-13", "2026-1", "26-11", "2026/11", "2026-00", "２０２６-11", "-026-11"] {
            assert!(Month::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(Month::new(2026, 2).unwrap().days(), 28);
        assert_eq!(Month::new(2028, 2).unwrap().days(), 29);
        assert_eq!(Month::new(2026, 12).unwrap().next(), Month::new(2027, 1).unwrap());
        assert_eq!(Month::new(2025, 11).unwrap().months_until(nov()), 12);
    }

    #[test]
    fn recording_again_replaces_and_says_what_it_replaced() {
        let mut months = Months::default();
        let mut first = MonthRecord::new(nov(), "instagram");
        first.time.total = Some(300.0);
        assert_eq!(months.record(first.clone(), nov()), Ok(Recorded::New));
        let mut second = MonthRecord::new(nov(), "instagram");
        second.results.messages = Some(14);
        assert_eq!(months.record(second.clone(), nov()), Ok(Recorded::Replaced(Box::new(first))));
        assert_eq!(months.records, vec![second]);
        // Kept in month order, whatever the order they are recorded in.
        months.record(MonthRecord::new(Month::new(2026, 9).unwrap(), "facebook"), nov()).unwrap();
        assert_eq!(months.records[0].month, Month::new(2026, 9).unwrap());
        assert!(months.check_each_once().is_ok());
    }

    #[test]
    fn hostile_figures_are_refused_and_change_nothing() {
        let mut months = Months::default();
        let with = |edit: &dyn Fn(&mut MonthRecord)| {
            let mut r = MonthRecord::new(nov(), "instagram");
            edit(&mut r);
            r
        };
        let cases: Vec<(MonthRecord, Month)> = vec![
            (with(&|r| r.time.total = Some(-5.0)), nov()),
            (with(&|r| r.time.writing = Some(f64::NAN)), nov()),
            (with(&|r| r.time.total = Some(rules::MAX_MONTH_MINUTES + 1.0)), nov()),
            (with(&|r| r.results.messages = Some(rules::MAX_MONTH_RESULTS + 1)), nov()),
            (with(&|r| (r.time.total, r.time.writing) = (Some(60.0), Some(90.0))), nov()),
            (with(&|_| ()), Month::new(2026, 10).unwrap()),
            (with(&|r| r.platform = "a\u{1b}[2J".into()), nov()),
        ];
        for (record, now) in cases {
            assert!(months.record(record.clone(), now).is_err(), "{record:?}");
        }
        assert!(months.is_empty());
    }

    #[test]
    fn the_minutes_are_the_total_or_the_parts() {
        let mut t = TimeSpent { writing: Some(60.0), looking: Some(30.0), ..TimeSpent::default() };
        assert_eq!(t.minutes(), Some(90.0));
        t.total = Some(120.0);
        assert_eq!(t.minutes(), Some(120.0));
        assert_eq!(TimeSpent::default().minutes(), None);
    }

    const FORMAT_3: &str = r#"(format_version: 3, business: (name: "Shop"),
        time: (weekly_budget_hours: 2.0, open_days: [Mon, Tue], opens: "09:00", closes: "17:00"),
        current_scenario: "A", scenarios: [(name: "A", choices: [])])"#;

    #[test]
    fn a_format_3_plan_opens_as_format_4_with_no_month_and_months_read_back() {
        use crate::storage;
        let path = std::path::Path::new("shop.ron");
        let catalogue = super::super::Catalogue::built_in();
        let loaded = storage::parse_file(FORMAT_3, path, catalogue).unwrap();
        assert_eq!((loaded.file_format, loaded.plan.format_version), (3, super::super::FORMAT_VERSION));
        assert!(loaded.plan.months.is_empty() && loaded.migrated());
        // Months are format 4's: a format 3 file that has them is told so.
        let with = FORMAT_3.replace(
            "current_scenario",
            r#"months: [(month: "2026-11", platform: "instagram")], current_scenario"#,
        );
        let e = storage::parse_file(&with, path, catalogue).unwrap_err();
        assert!(e.to_string().contains("came with format 4"), "{e}");
        // Saved in the current format with its months, in month order, and read back the same.
        let mut plan = loaded.plan;
        let mut r = MonthRecord::new(nov(), "instagram");
        (r.time.total, r.results.enquiries) = (Some(300.0), Some(3));
        plan.months.record(r, nov()).unwrap();
        plan.months.record(MonthRecord::new(Month::new(2026, 10).unwrap(), "facebook"), nov()).unwrap();
        let text = storage::to_ron(&plan).unwrap();
        let current = format!("format_version: {}", super::super::FORMAT_VERSION);
        assert!(text.contains(&current) && text.contains("month: \"2026-11\""), "{text}");
        assert_eq!(storage::parse(&text, path, catalogue).unwrap(), plan);
        // A file's hostile months are refused with the field named.
        for (bad, says) in [
            ("total: -5.0", "from 0"),
            ("total: 99999999.0", "from 0"),
            ("total: 60.0, writing: 90.0", "more than the total"),
        ] {
            let text = text.replace("total: 300.0", bad);
            let e = storage::parse(&text, path, catalogue).unwrap_err();
            assert!(e.to_string().contains(says), "{bad}: {e}");
        }
        let twice = text.replace("\"2026-10\"", "\"2026-11\"").replace("\"facebook\"", "\"instagram\"");
        let e = storage::parse(&twice, path, catalogue).unwrap_err();
        assert!(e.to_string().contains("recorded twice"), "{e}");
    }
}
