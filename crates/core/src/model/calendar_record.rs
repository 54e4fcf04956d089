//! What the plan last wrote to a calendar: each event's UID and sequence number, and enough of
//! it to tell a change and to write it again as cancelled once it goes away. A calendar app
//! matches events by UID: without this record a re-export could neither raise the SEQUENCE of
//! what changed nor cancel what the plan no longer holds (RFC 5545; docs/outputs.md).

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::broken::Broken;
use super::ids::ScenarioId;
use super::opening::{Clock, Weekday};
use super::rules;

/// The events of every scenario exported from this plan, in the order they were written.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarRecord {
    #[serde(default)]
    pub events: Vec<ExportedEvent>,
}

impl CalendarRecord {
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }
}

/// The most events a record keeps. A week holds a few dozen items; cancelled events beyond this
/// are forgotten oldest first, so the plan stays far within its 16 MiB (docs/plan-format.md).
pub const MAX_EXPORTED_EVENTS: usize = 10_000;

/// One event as last written: its identity, its sequence number and what it said.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportedEvent {
    #[serde(deserialize_with = "de_uid")]
    pub uid: String,
    /// The scenario it belongs to.
    pub scenario: ScenarioId,
    /// RFC 5545 SEQUENCE: raised each time the event changes or is cancelled.
    pub sequence: u32,
    /// The date of the series' first occurrence (its DTSTART).
    pub since: Date,
    pub day: Weekday,
    pub at: Clock,
    pub minutes: u32,
    /// Repeats every this many weeks.
    pub every_weeks: u32,
    #[serde(deserialize_with = "rules::de_text")]
    pub summary: String,
    #[serde(deserialize_with = "rules::de_text")]
    pub description: String,
    #[serde(deserialize_with = "rules::de_name")]
    pub category: String,
    /// Written as cancelled: the plan no longer holds it.
    #[serde(default, skip_serializing_if = "is_false")]
    pub cancelled: bool,
    /// A series the seasons bound (format 5): its first day, last day and skipped days as
    /// written, so that exporting again unchanged keeps its sequence.
    #[serde(default, skip_serializing_if = "String::is_empty", deserialize_with = "rules::de_text")]
    pub bounds: String,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A UID is written by this program: letters, digits and `-._@`, at most 1,024 of them.
pub fn uid_rule(uid: &str) -> Result<(), Broken> {
    let fine = |c: char| c.is_ascii_alphanumeric() || "-._@".contains(c);
    if uid.is_empty() || uid.len() > 1024 || !uid.chars().all(fine) { Err(Broken::BadId) } else { Ok(()) }
}

fn de_uid<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let uid = String::deserialize(d)?;
    uid_rule(&uid).map_err(Broken::refuse)?;
    Ok(uid)
}

/// A calendar date, written `"2026-11-30"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date(pub chrono::NaiveDate);

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0.format("%Y-%m-%d"))
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let text = String::deserialize(d)?;
        chrono::NaiveDate::parse_from_str(&text, "%Y-%m-%d")
            .map(Date)
            .map_err(|_| Broken::NotADate { text }.refuse())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_event_reads_back_as_written() {
        let event = ExportedEvent {
            uid: "post-instagram-1.0123456789abcdef@0123.socialplan".into(),
            scenario: ScenarioId::from("0123456789abcdef"),
            sequence: 2,
            since: Date(chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()),
            day: Weekday::Tue,
            at: Clock::hm(9, 30),
            minutes: 40,
            every_weeks: 1,
            summary: "Instagram: Post about \"Bread\"".into(),
            description: "40 min, by you.".into(),
            category: "socialplan-post".into(),
            cancelled: true,
            bounds: String::new(),
        };
        let text = ron::to_string(&event).unwrap();
        assert!(text.contains("since:\"2026-11-30\""), "{text}");
        assert_eq!(ron::from_str::<ExportedEvent>(&text).unwrap(), event);
        assert!(ron::from_str::<ExportedEvent>(&text.replace("2026-11-30", "2026-02-30")).is_err());
        assert!(ron::from_str::<ExportedEvent>(&text.replace("post-instagram", "post instagram")).is_err());
    }
}
