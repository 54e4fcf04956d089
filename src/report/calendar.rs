//! The week as an iCalendar file (RFC 5545) for the owner's own calendar: one weekly event per
//! item, with a UID made from the item's stable key so that importing again updates the events
//! instead of doubling them; local ("floating") times, since the week follows the shop's clock.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use icalendar::{Calendar, Component, Event, EventLike};

use crate::analysis::{Kind, Week};
use crate::format;
use crate::model::{Language, Weekday};

/// Every event carries this stamp: the file only changes when the week does (stack-notes (b)).
pub fn fixed_stamp() -> DateTime<Utc> {
    DateTime::<Utc>::from_timestamp(1_767_225_600, 0).unwrap_or_default() // 2026-01-01 00:00 UTC
}

/// The category calendar apps can filter or colour by; an adapted post is a post.
pub fn category(kind: Kind) -> &'static str {
    match kind {
        Kind::Post => "socialplan-post",
        Kind::Inbox => "socialplan-inbox",
        Kind::Planning => "socialplan-planning",
    }
}

/// The Monday of the week holding `date`.
pub fn monday_of(date: NaiveDate) -> NaiveDate {
    use chrono::Datelike;
    date - Duration::days(i64::from(date.weekday().num_days_from_monday()))
}

/// The calendar text. `monday` starts the first week; `plan_id` (the plan's file name, say)
/// keeps two plans' events apart in one calendar.
pub fn to_ics(week: &Week, lang: Language, plan_id: &str, monday: NaiveDate) -> String {
    let mut calendar = Calendar::empty();
    calendar.append_property(("VERSION", "2.0"));
    calendar.append_property(("PRODID", "-//socialplan//week//EN"));
    calendar.append_property(("CALSCALE", "GREGORIAN"));
    let owner = lang.pick("vous", "you");
    let id: String = plan_id
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect();
    for item in &week.items {
        let date = monday + Duration::days(item.day.index() as i64);
        let Some(start) = date.and_hms_opt(0, 0, 0) else { continue };
        let start = start + Duration::minutes(item.start.round() as i64);
        let end = start + Duration::minutes(item.minutes.round().max(1.0) as i64);
        let summary = if item.platform_names.is_empty() {
            item.what(lang)
        } else {
            format!("{}{}{}", item.platform_names, format::colon(lang), item.what(lang))
        };
        let description = format::typography(
            &lang.pick(
                format!(
                    "{} min, par {}. Prévu par socialplan.",
                    format::number(item.minutes, 0, lang),
                    item.who.as_deref().unwrap_or(owner)
                ),
                format!(
                    "{} min, by {}. Planned by socialplan.",
                    format::number(item.minutes, 0, lang),
                    item.who.as_deref().unwrap_or(owner)
                ),
            ),
            lang,
        );
        let event = Event::new()
            .uid(&format!("{}@{id}.socialplan", item.key.replace(':', "-")))
            .timestamp(fixed_stamp())
            .summary(&format::typography(&summary, lang))
            .description(&description)
            .starts(start)
            .ends(end)
            .add_property("RRULE", format!("FREQ=WEEKLY;BYDAY={}", item.day.ical()))
            .add_property("CATEGORIES", category(item.kind))
            .done();
        calendar.push(event);
    }
    calendar.to_string()
}

/// The weekday a calendar's two letters name.
pub fn weekday_of(ical: &str) -> Option<Weekday> {
    Weekday::ALL.into_iter().find(|d| d.ical() == ical)
}
