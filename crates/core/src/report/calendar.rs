//! The week as an iCalendar file (RFC 5545) for the owner's own calendar: one weekly event per
//! item, at local ("floating") times, since the week follows the shop's clock; the next four
//! weeks' publications overridden one by one with what they are about (the ideas). Which event is
//! which across exports (UIDs, SEQUENCE, cancellations) is `super::calendar_identity`'s; this
//! file makes the events from the week and writes them (docs/outputs.md, "Calendars").

use chrono::{DateTime, Duration, NaiveDate, Utc};
use icalendar::{Calendar, Component, Event, EventLike};

use std::path::{Path, PathBuf};

use super::calendar_identity::{self, EventContent, Planned};
pub use super::calendar_year::{MomentEvent, year_events};
use crate::analysis::{self, Kind, Week};
use crate::format;
use crate::locale::Sentence as S;
use crate::model::{
    Broken, CalendarRecord, Catalogue, Language, Output, Plan, PlanId, ScenarioId, Weekday, monday_of,
};
use crate::storage::{self, Replaces};

/// Who wrote the calendar: an existing file is replaced only when it says this (and names this
/// plan in its UIDs).
pub const PRODID: &str = "-//socialplan//week//EN";

/// A calendar larger than this was not written by this program.
const MAX_CALENDAR_BYTES: u64 = 16 * 1024 * 1024;

/// The category calendar apps can filter or colour by; an adapted post is a post.
pub fn category(kind: Kind) -> &'static str {
    match kind {
        Kind::Post => "socialplan-post",
        Kind::Publish => "socialplan-publish",
        Kind::Inbox => "socialplan-inbox",
        Kind::Planning => "socialplan-planning",
        Kind::Reviews | Kind::Asking => "socialplan-reviews",
        Kind::Ambassadors => "socialplan-ambassadors",
    }
}

/// The weekday a calendar's two letters name.
pub fn weekday_of(ical: &str) -> Option<Weekday> {
    Weekday::ALL.into_iter().find(|d| d.ical() == ical)
}

/// One event per item of the week, in the week's order, as the calendar will show it.
pub fn week_events(week: &Week, lang: Language) -> Vec<EventContent> {
    let owner = lang.word(S::You);
    week.items
        .iter()
        .map(|item| {
            let summary = if item.platform_names.is_empty() {
                item.what(lang)
            } else {
                format!("{}{}{}", item.platform_names, format::colon(lang), item.what(lang))
            };
            let who = item.who.as_deref().unwrap_or(owner);
            let minutes = format::number(item.minutes, 0, lang);
            let description = format::typography(
                &lang.say(S::MinutesMinByWhoPlanned, &[("minutes", &minutes), ("who", &who)]),
                lang,
            );
            // A publication is a reminder at its hour, taking no time, every few weeks for a
            // post made less than once a week; the work on such a post is spread over those
            // weeks, so it comes back weekly.
            let (minutes, every_weeks) = match item.kind {
                Kind::Publish => (0, item.every_weeks.max(1)),
                _ => (item.minutes.round().max(1.0) as u32, 1),
            };
            EventContent {
                key: item.key.clone(),
                day: item.day,
                at: item.starts(),
                minutes,
                every_weeks,
                summary: format::typography(&summary, lang),
                description,
                category: category(item.kind).to_owned(),
                from: None,
                until: None,
                except: Vec::new(),
            }
        })
        .collect()
}

/// Weekly on the event's day; every few weeks for a post made less than once a week; until
/// its last day when the seasons bound it (a local time, as its start is).
fn rrule(content: &EventContent) -> String {
    let mut rule = match content.every_weeks {
        0 | 1 => format!("FREQ=WEEKLY;BYDAY={}", content.day.ical()),
        n => format!("FREQ=WEEKLY;INTERVAL={n};BYDAY={}", content.day.ical()),
    };
    if let Some(until) = content.until {
        rule += &format!(";UNTIL={}T235959", until.format("%Y%m%d"));
    }
    rule
}

/// What one occurrence of a publication is about, written over its series' own text (an
/// RFC 5545 override: the series' UID with a RECURRENCE-ID): the coming weeks' ideas.
#[derive(Clone, Debug, PartialEq)]
pub struct Occurrence {
    /// The week item's key (`publish:instagram:2`).
    pub key: String,
    pub date: NaiveDate,
    /// "Wednesday — Instagram — Wedding flowers — useful: …".
    pub summary: String,
}

/// The coming weeks' ideas as occurrences of the week's publications.
pub fn idea_occurrences(plan: &Plan, week: &Week, from: NaiveDate, weeks: u32) -> Vec<Occurrence> {
    analysis::ideas_of_week(plan, week, from, weeks)
        .iter()
        .map(|slot| Occurrence {
            key: slot.key.clone(),
            date: slot.date,
            summary: format::typography(&super::ideas::idea_line(slot, plan.language), plan.language),
        })
        .collect()
}

/// How many weeks of ideas a calendar carries: what the Ideas tab and the printed page show.
pub const IDEA_WEEKS: u32 = 4;

/// The calendar text: `stamp` is the time of the export (DTSTAMP).
pub fn render(events: &[Planned], stamp: DateTime<Utc>) -> String {
    render_with(events, &[], stamp)
}

/// The calendar text, each occurrence in `occurrences` that its series holds written as an
/// override with its own summary.
pub fn render_with(events: &[Planned], occurrences: &[Occurrence], stamp: DateTime<Utc>) -> String {
    render_year(events, occurrences, &[], stamp)
}

/// The calendar text with the year's public holidays and trade moments as all-day events.
pub fn render_year(
    events: &[Planned],
    occurrences: &[Occurrence],
    moments: &[MomentEvent],
    stamp: DateTime<Utc>,
) -> String {
    let mut calendar = Calendar::empty();
    calendar.append_property(("VERSION", "2.0"));
    calendar.append_property(("PRODID", PRODID));
    calendar.append_property(("CALSCALE", "GREGORIAN"));
    for p in events {
        let c = &p.content;
        let Some(start) = p.since.and_hms_opt(0, 0, 0) else { continue };
        let start = start + Duration::minutes(i64::from(c.at.minutes()));
        let end = start + Duration::minutes(i64::from(c.minutes));
        let mut event = Event::new();
        // Days of another season: the same local time as the series' start.
        for day in &c.except {
            let at = day.format("%Y%m%d").to_string() + &start.format("T%H%M%S").to_string();
            event.add_multi_property("EXDATE", &at);
        }
        let event = event
            .uid(&p.uid)
            .timestamp(stamp)
            .add_property("SEQUENCE", p.sequence.to_string())
            .add_property("STATUS", if p.cancelled { "CANCELLED" } else { "CONFIRMED" })
            .summary(&c.summary)
            .description(&c.description)
            .starts(start)
            .ends(end)
            .add_property("RRULE", rrule(c))
            .add_property("CATEGORIES", c.category.as_str())
            .done();
        calendar.push(event);
        if p.cancelled {
            continue;
        }
        let every = i64::from(c.every_weeks.max(1));
        for o in occurrences.iter().filter(|o| o.key == c.key) {
            // Only a day the series holds: its weekday, a whole number of its intervals on.
            let Some(at) = o.date.and_hms_opt(0, 0, 0) else { continue };
            let at = at + Duration::minutes(i64::from(c.at.minutes()));
            let weeks = (o.date - p.since).num_days();
            let outside = c.until.is_some_and(|u| o.date > u) || c.except.contains(&o.date);
            if o.date < p.since || weeks % 7 != 0 || (weeks / 7) % every != 0 || outside {
                continue;
            }
            let id = at.format("%Y%m%dT%H%M%S").to_string();
            let event = Event::new()
                .uid(&p.uid)
                .timestamp(stamp)
                .add_property("RECURRENCE-ID", id)
                .add_property("SEQUENCE", p.sequence.to_string())
                .add_property("STATUS", "CONFIRMED")
                .summary(&o.summary)
                .description(&c.description)
                .starts(at)
                .ends(at + Duration::minutes(i64::from(c.minutes)))
                .add_property("CATEGORIES", c.category.as_str())
                .done();
            calendar.push(event);
        }
    }
    for m in moments {
        let event = Event::new()
            .uid(&m.uid)
            .timestamp(stamp)
            .add_property("SEQUENCE", "0")
            .add_property("STATUS", "CONFIRMED")
            // Shown, never taken as busy time.
            .add_property("TRANSP", "TRANSPARENT")
            .summary(&m.summary)
            .description(&m.description)
            .starts(m.first)
            .ends(m.last + Duration::days(1))
            .add_property("CATEGORIES", m.category)
            .done();
        calendar.push(event);
    }
    calendar.to_string()
}

/// A first export of `week` (nothing exported before): for measuring and for tests. `plan_id`
/// names the plan in the UIDs; `monday` starts the first week.
pub fn to_ics(week: &Week, lang: Language, plan_id: &str, monday: NaiveDate) -> String {
    let (planned, _) = calendar_identity::reconcile(
        &CalendarRecord::default(),
        &PlanId::from(plan_id),
        &ScenarioId::from("0"),
        week_events(week, lang),
        monday,
    );
    render(&planned, Utc::now())
}

/// A calendar made from the plan's current scenario: its text, and the record the plan keeps.
#[derive(Clone, Debug, PartialEq)]
pub struct CalendarExport {
    pub text: String,
    pub record: CalendarRecord,
    /// Events written, and how many of them are cancellations.
    pub events: usize,
    pub cancelled: usize,
}

/// The current scenario's week as a calendar, against what the plan last exported: for weeks
/// from the one holding `now` (the shop's local date), stamped `now`. An empty scenario with
/// nothing to cancel is refused: a calendar without an event is not a valid file.
pub fn export_calendar(
    plan: &Plan,
    catalogue: &Catalogue,
    now: DateTime<Utc>,
) -> Result<CalendarExport, Broken> {
    export_calendar_from(plan, catalogue, now, None)
}

/// `export_calendar` for the twelve months from `from` (None: today): the weeks of each of
/// the owner's seasons follow its hours and posts, the country's public holidays and trade
/// moments are marked (docs/outputs.md, "Calendars").
pub fn export_calendar_from(
    plan: &Plan,
    catalogue: &Catalogue,
    now: DateTime<Utc>,
    from: Option<NaiveDate>,
) -> Result<CalendarExport, Broken> {
    let scenario = plan.current().ok_or(Broken::NoScenario)?;
    let today = from.unwrap_or_else(|| now.with_timezone(&chrono::Local).date_naive());
    let (fresh, week, moments) = year_events(plan, catalogue, today);
    let (planned, record) =
        calendar_identity::reconcile(&plan.calendar, &plan.id, &scenario.id, fresh, monday_of(today));
    if planned.is_empty() {
        return Err(Broken::NothingToExport { scenario: scenario.name.clone() });
    }
    let cancelled = planned.iter().filter(|p| p.cancelled).count();
    // The next four weeks' publications say what they are about.
    let occurrences = idea_occurrences(plan, &week, today, IDEA_WEEKS);
    let text = render_year(&planned, &occurrences, &moments, now);
    // The holidays and trade moments are events of the file too.
    Ok(CalendarExport { text, record, events: planned.len() + moments.len(), cancelled })
}

/// Where a calendar went, and what the plan must now remember.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedCalendar {
    /// The file written (a link's target).
    pub path: PathBuf,
    pub record: CalendarRecord,
    pub events: usize,
    pub cancelled: usize,
}

/// Writes the current scenario's week as a calendar at `wanted` (the command line's `ics`, the
/// window's File › Export calendar…). Through the one guarded output path: never the plan
/// (`plan_path`) under any spelling, nor a folder, a pipe, a device or a read-only file; an
/// existing file only when it is a calendar this program wrote for this plan. What is wrong
/// comes back as a kind the face words (the path is the face's to name). The caller keeps
/// the returned record in the plan, so that the next export updates and cancels.
pub fn save_calendar(
    plan: &Plan,
    catalogue: &Catalogue,
    plan_path: Option<&Path>,
    wanted: &Path,
    now: DateTime<Utc>,
) -> Result<SavedCalendar, Broken> {
    save_calendar_from(plan, catalogue, plan_path, wanted, now, None)
}

/// `save_calendar` for the twelve months from `from` (None: today).
pub fn save_calendar_from(
    plan: &Plan,
    catalogue: &Catalogue,
    plan_path: Option<&Path>,
    wanted: &Path,
    now: DateTime<Utc>,
    from: Option<NaiveDate>,
) -> Result<SavedCalendar, Broken> {
    let target = storage::destination(Output::Calendar, wanted, plan_path)?;
    match target.replaces {
        Replaces::Nothing => {}
        Replaces::OtherFile => return Err(Broken::NotAnEarlier { output: Output::Calendar }),
        Replaces::Earlier => {
            let bytes = storage::read_regular_file(&target.path, MAX_CALENDAR_BYTES)?;
            calendar_identity::may_replace(&String::from_utf8_lossy(&bytes), &plan.id, PRODID)?;
        }
    }
    let export = export_calendar_from(plan, catalogue, now, from)?;
    storage::write_file_atomically(&target.path, export.text.as_bytes()).map_err(|e| e.why)?;
    Ok(SavedCalendar {
        path: target.path,
        record: export.record,
        events: export.events,
        cancelled: export.cancelled,
    })
}
