//! The week as an iCalendar file (RFC 5545) for the owner's own calendar: one weekly event per
//! item, with a UID made from the item's stable key so that importing again updates the events
//! instead of doubling them; local ("floating") times, since the week follows the shop's clock.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use icalendar::{Calendar, Component, Event, EventLike};

use std::path::{Path, PathBuf};

use crate::analysis::{self, Kind, Week};
use crate::format;
use crate::model::{Broken, Catalogue, Language, Output, Plan, Weekday};
use crate::storage::{self, Replaces};

/// Every event carries this stamp: the file only changes when the week does (stack-notes (b)).
pub fn fixed_stamp() -> DateTime<Utc> {
    DateTime::<Utc>::from_timestamp(1_767_225_600, 0).unwrap_or_default() // 2026-01-01 00:00 UTC
}

/// The category calendar apps can filter or colour by; an adapted post is a post.
pub fn category(kind: Kind) -> &'static str {
    match kind {
        Kind::Post => "socialplan-post",
        Kind::Publish => "socialplan-publish",
        Kind::Inbox => "socialplan-inbox",
        Kind::Planning => "socialplan-planning",
    }
}

/// The Monday of the week holding `date`.
pub fn monday_of(date: NaiveDate) -> NaiveDate {
    use chrono::Datelike;
    date - Duration::days(i64::from(date.weekday().num_days_from_monday()))
}

/// Writes the current scenario's week as a calendar at `wanted` (the command line's `ics` and
/// the window's File › Export calendar…), for weeks from today's; what is wrong, as a kind the
/// face words (the path is the face's to name). Only an earlier calendar is
/// replaced: never the plan (`plan_path`), whatever its spelling, nor any other file.
/// `plan_id` names the plan in the events' UIDs: the plan file's name, so that a second export
/// updates the events. Returns where it was written.
pub fn save_calendar(
    plan: &Plan,
    catalogue: &Catalogue,
    plan_path: &Path,
    wanted: &Path,
    plan_id: &str,
) -> Result<PathBuf, Broken> {
    let (out, replaces) = storage::calendar_destination(plan_path, wanted)?;
    if replaces == Replaces::OtherFile {
        return Err(Broken::NotAnEarlier { output: Output::Calendar });
    }
    let week = analysis::week(plan, catalogue);
    let scenario = plan.current().map_or("", |s| s.name.as_str());
    let today = Utc::now().date_naive();
    let text = to_ics(&week, plan.language, &format!("{plan_id}-{scenario}"), monday_of(today));
    storage::write_file_atomically(&out, text.as_bytes()).map_err(|e| e.why)?;
    Ok(out)
}

/// Weekly on the item's day; every few weeks for the publication of a post made less than once
/// a week (the work on it is spread over those weeks, so it comes back weekly).
fn rrule(item: &crate::analysis::Item) -> String {
    match (item.kind, item.every_weeks) {
        (Kind::Publish, n) if n > 1 => format!("FREQ=WEEKLY;INTERVAL={n};BYDAY={}", item.day.ical()),
        _ => format!("FREQ=WEEKLY;BYDAY={}", item.day.ical()),
    }
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
        // A publication is a reminder at its hour: it takes no time.
        let end = match item.kind {
            Kind::Publish => start,
            _ => start + Duration::minutes(item.minutes.round().max(1.0) as i64),
        };
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
            .add_property("RRULE", rrule(item))
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
