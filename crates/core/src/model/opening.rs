//! When the business is open: the days of the week and a time of day, written in a plan as
//! `Tue` and `"07:00"`. Answers are expected while it is open, so the inbox looks of the week
//! fall in these hours (docs/method.md).

use std::fmt;

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::broken::Broken;
use super::language::Language;

use crate::locale::Sentence as S;

/// A day of the week, Monday first (ISO 8601, and the way owners in France count).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    pub const ALL: [Weekday; 7] =
        [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];

    /// 0 for Monday … 6 for Sunday.
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn name(self, language: Language) -> &'static str {
        match self {
            Weekday::Mon => language.word(S::Monday),
            Weekday::Tue => language.word(S::Tuesday),
            Weekday::Wed => language.word(S::Wednesday),
            Weekday::Thu => language.word(S::Thursday),
            Weekday::Fri => language.word(S::Friday),
            Weekday::Sat => language.word(S::Saturday),
            Weekday::Sun => language.word(S::Sunday),
        }
    }

    pub fn short(self, language: Language) -> &'static str {
        match self {
            Weekday::Mon => language.word(S::Mon),
            Weekday::Tue => language.word(S::Tue),
            Weekday::Wed => language.word(S::Wed),
            Weekday::Thu => language.word(S::Thu),
            Weekday::Fri => language.word(S::Fri),
            Weekday::Sat => language.word(S::Sat),
            Weekday::Sun => language.word(S::Sun),
        }
    }

    /// The two letters iCalendar uses (RFC 5545, BYDAY).
    pub fn ical(self) -> &'static str {
        ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][self.index()]
    }

    /// Format 1's `open_days_per_week: N`: the first N days from Monday.
    pub fn first(n: u8) -> Vec<Weekday> {
        Weekday::ALL.iter().copied().take(usize::from(n)).collect()
    }
}

/// A time of day to the minute, from 00:00 to 24:00 (24:00 is the end of the day, for `closes`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Clock {
    minutes: u16,
}

impl Clock {
    pub const MIDNIGHT: Clock = Clock { minutes: 0 };
    pub const END_OF_DAY: Clock = Clock { minutes: 24 * 60 };

    pub fn from_minutes(minutes: u16) -> Option<Clock> {
        (minutes <= 24 * 60).then_some(Clock { minutes })
    }

    /// The clock time `minutes` after midnight, kept within the day.
    pub fn at(minutes: f64) -> Clock {
        Clock { minutes: minutes.round().clamp(0.0, 24.0 * 60.0) as u16 }
    }

    pub const fn hm(hours: u16, minutes: u16) -> Clock {
        let total = hours * 60 + minutes;
        Clock { minutes: if total < 24 * 60 { total } else { 24 * 60 } }
    }

    /// This closing time in minutes from the midnight that begins a day opening at `opens`:
    /// past 24:00 when it falls after midnight (01:00 is 1,500; 00:00 is 1,440, the day's end).
    pub fn closing_after(self, opens: Clock) -> u16 {
        self.minutes + if self < opens { 24 * 60 } else { 0 }
    }

    pub fn minutes(self) -> u16 {
        self.minutes
    }

    pub fn hours(self) -> u16 {
        self.minutes / 60
    }

    /// "07:00"; French writes "7 h 00" in prose but "07:00" reads the same in both for a timetable.
    pub fn parse(text: &str) -> Result<Clock, Broken> {
        let bad = || Broken::NotATime { text: text.to_owned() };
        let (h, m) = text.trim().split_once(':').ok_or_else(bad)?;
        if h.is_empty() || h.len() > 2 || m.len() != 2 {
            return Err(bad());
        }
        let h: u16 = h.parse().map_err(|_| bad())?;
        let m: u16 = m.parse().map_err(|_| bad())?;
        if m >= 60 || h > 24 || (h == 24 && m > 0) {
            return Err(bad());
        }
        Ok(Clock { minutes: h * 60 + m })
    }
}

impl fmt::Display for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.minutes / 60, self.minutes % 60)
    }
}

impl Serialize for Clock {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Clock {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Clock, D::Error> {
        let text = String::deserialize(d)?;
        Clock::parse(&text).map_err(Broken::refuse)
    }
}

/// A stretch of an open day, as `(from: "11:30", to: "14:00")`: a rush hour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Span {
    pub from: Clock,
    pub to: Clock,
}

impl Span {
    /// Whether the minutes from `start` to `end` of a day overlap it.
    pub fn overlaps(self, start: f64, end: f64) -> bool {
        start < f64::from(self.to.minutes()) && end > f64::from(self.from.minutes())
    }
}

/// The owner moved one item of the week: kept in the scenario, applied while the item exists.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Move {
    /// The item's stable key, as `post:instagram:2` (the week's second Instagram post),
    /// `look:meta:3` (the week's third look at the Meta inbox) or `planning`.
    #[serde(deserialize_with = "super::rules::de_name")]
    pub item: String,
    pub day: Weekday,
    pub at: Clock,
}

/// The Monday of the week holding `date`: where a calendar's week starts.
pub fn monday_of(date: NaiveDate) -> NaiveDate {
    date - Duration::days(i64::from(date.weekday().num_days_from_monday()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_times_read_and_write_as_hh_mm() {
        assert_eq!(Clock::parse("07:00"), Ok(Clock::hm(7, 0)));
        assert_eq!(Clock::parse("7:30").map(|c| c.to_string()), Ok("07:30".to_owned()));
        assert_eq!(Clock::parse("24:00"), Ok(Clock::END_OF_DAY));
        for bad in ["24:01", "7h30", "07:60", "", "-1:00", "07:0", "107:00"] {
            assert!(Clock::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn format_1_days_are_the_first_from_monday() {
        assert_eq!(Weekday::first(2), vec![Weekday::Mon, Weekday::Tue]);
        assert_eq!(Weekday::first(7).len(), 7);
    }
}
