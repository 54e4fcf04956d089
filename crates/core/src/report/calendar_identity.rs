//! Who each calendar event is, across exports: its UID, from the plan's and the scenario's
//! stable ids and the item's key (never from names); its SEQUENCE, raised when it changes; and
//! the events that went away, written again as cancelled so the owner's calendar drops them.
//! How events are made from the week is `super::calendar`'s; this file only compares them with
//! the plan's record of the last export (`model::CalendarRecord`).

use chrono::{Datelike, Duration, NaiveDate};

use crate::model::{
    Broken, CalendarRecord, Clock, Date, ExportedEvent, MAX_EXPORTED_EVENTS, PlanId, ScenarioId, Weekday,
};

/// What a calendar event says, before it has an identity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventContent {
    /// The week item's stable key (`post:instagram:2`).
    pub key: String,
    pub day: Weekday,
    pub at: Clock,
    pub minutes: u32,
    pub every_weeks: u32,
    pub summary: String,
    pub description: String,
    pub category: String,
    /// A season's series starts on its first day that falls on `day` on or after this one
    /// (None: this week).
    pub from: Option<NaiveDate>,
    /// The series' last day (RRULE UNTIL), when the calendar covers a bounded time.
    pub until: Option<NaiveDate>,
    /// Days the series skips (EXDATE): those of another season.
    pub except: Vec<NaiveDate>,
}

impl EventContent {
    /// The seasons' bounds of the series as the record keeps them (empty for an open-ended
    /// series): "from|until|skipped days".
    pub fn bounds(&self) -> String {
        if self.from.is_none() && self.until.is_none() && self.except.is_empty() {
            return String::new();
        }
        let day = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        let except: Vec<String> = self.except.iter().map(NaiveDate::to_string).collect();
        format!("{}|{}|{}", day(self.from), day(self.until), except.join(","))
    }
}

/// An event ready to write: its identity and what it says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Planned {
    pub uid: String,
    pub sequence: u32,
    /// The series' first day (DTSTART's date).
    pub since: NaiveDate,
    pub content: EventContent,
    pub cancelled: bool,
}

/// The UID of an item of a scenario of a plan: unique in the plan (keys are unique in a
/// week), stable across renames, and telling which plan wrote it.
pub fn uid(plan: &PlanId, scenario: &ScenarioId, key: &str) -> String {
    // Letters a UID may hold, one way back: `:` becomes `.`, anything else but a-z, 0-9 and
    // `-` its bytes as `_XX`, so that two keys never give one UID.
    let mut out = String::with_capacity(key.len() + 64);
    for c in key.chars() {
        match c {
            'a'..='z' | '0'..='9' | '-' => out.push(c),
            ':' => out.push('.'),
            _ => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("_{b:02x}"));
                }
            }
        }
    }
    format!("{out}.{scenario}{}", plan_suffix(plan))
}

/// What every UID of this plan ends with.
fn plan_suffix(plan: &PlanId) -> String {
    format!("@{plan}.socialplan")
}

/// The events to write for `scenario`'s week (`fresh`, in week order) given what was last
/// exported, and the record to keep: an event already written keeps its UID, its sequence and
/// its first week when nothing changed; changed (or back after a cancellation), its sequence
/// goes up; new, it starts at 0 this week; gone, it is written cancelled with its sequence up
/// (once: later exports repeat it as it is). Other scenarios' events stay in the record.
pub fn reconcile(
    record: &CalendarRecord,
    plan: &PlanId,
    scenario: &ScenarioId,
    fresh: Vec<EventContent>,
    this_monday: NaiveDate,
) -> (Vec<Planned>, CalendarRecord) {
    // This scenario's events as last written, each UID once (a record edited by hand may
    // repeat one: the first stands).
    let mut known = std::collections::HashSet::new();
    let earlier: Vec<&ExportedEvent> =
        record.events.iter().filter(|e| &e.scenario == scenario && known.insert(e.uid.as_str())).collect();
    let mut planned = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for content in fresh {
        let mut id = uid(plan, scenario, &content.key);
        // A week's keys are unique; should two ever meet, the second is told apart.
        while !seen.insert(id.clone()) {
            id.push('~');
        }
        let day_of = |monday: NaiveDate| monday + Duration::days(content.day.index() as i64);
        let event = match earlier.iter().find(|e| e.uid == id) {
            Some(e) if !e.cancelled && same(e, &content) => {
                Planned { uid: id, sequence: e.sequence, since: e.since.0, content, cancelled: false }
            }
            // Changed, or back: the same series from its first week, one sequence up.
            Some(e) => {
                let since = match content.from {
                    Some(from) if from > e.since.0 => first_on(content.day, from),
                    _ => day_of(crate::model::monday_of(e.since.0)),
                };
                Planned { uid: id, sequence: e.sequence.saturating_add(1), since, content, cancelled: false }
            }
            None => {
                let since = content.from.map_or_else(|| day_of(this_monday), |f| first_on(content.day, f));
                Planned { uid: id, sequence: 0, since, content, cancelled: false }
            }
        };
        planned.push(event);
    }
    for gone in earlier.iter().filter(|e| !seen.contains(&e.uid)) {
        let sequence = if gone.cancelled { gone.sequence } else { gone.sequence.saturating_add(1) };
        planned.push(Planned {
            uid: gone.uid.clone(),
            sequence,
            since: gone.since.0,
            content: content_of(gone),
            cancelled: true,
        });
    }
    let mut events: Vec<ExportedEvent> =
        record.events.iter().filter(|e| &e.scenario != scenario).cloned().collect();
    events.extend(planned.iter().map(|p| recorded(p, scenario)));
    // The oldest cancellations go first when the record is full: they were written long ago.
    while events.len() > MAX_EXPORTED_EVENTS {
        match events.iter().position(|e| e.cancelled) {
            Some(i) => {
                events.remove(i);
            }
            None => break,
        }
    }
    (planned, CalendarRecord { events })
}

/// The first `day` on or after `from`.
pub(super) fn first_on(day: Weekday, from: NaiveDate) -> NaiveDate {
    let ahead = (7 + day.index() as i64 - i64::from(from.weekday().num_days_from_monday())) % 7;
    from + Duration::days(ahead)
}

fn same(e: &ExportedEvent, c: &EventContent) -> bool {
    e.day == c.day
        && e.at == c.at
        && e.minutes == c.minutes
        && e.every_weeks == c.every_weeks
        && e.summary == c.summary
        && e.description == c.description
        && e.category == c.category
        && e.bounds == c.bounds()
}

fn content_of(e: &ExportedEvent) -> EventContent {
    EventContent {
        key: String::new(),
        day: e.day,
        at: e.at,
        minutes: e.minutes,
        every_weeks: e.every_weeks,
        summary: e.summary.clone(),
        description: e.description.clone(),
        category: e.category.clone(),
        from: None,
        until: None,
        except: Vec::new(),
    }
}

fn recorded(p: &Planned, scenario: &ScenarioId) -> ExportedEvent {
    ExportedEvent {
        uid: p.uid.clone(),
        scenario: scenario.clone(),
        sequence: p.sequence,
        since: Date(p.since),
        day: p.content.day,
        at: p.content.at,
        minutes: p.content.minutes,
        every_weeks: p.content.every_weeks,
        summary: p.content.summary.clone(),
        description: p.content.description.clone(),
        category: p.content.category.clone(),
        cancelled: p.cancelled,
        bounds: if p.cancelled { String::new() } else { p.content.bounds() },
    }
}

/// Whether an existing calendar file may be replaced by this plan's: only one this program
/// wrote (its PRODID) for this plan (every UID ends with the plan's id). Else why not.
pub fn may_replace(text: &str, plan: &PlanId, prodid: &str) -> Result<(), Broken> {
    let lines = unfolded(text);
    let found = values(&lines, "PRODID").next().unwrap_or("").trim();
    if found != prodid {
        let shown =
            if found.is_empty() { "no PRODID".to_owned() } else { crate::model::rules::escape_hidden(found) };
        return Err(Broken::NotOurCalendar { prodid: shown });
    }
    let suffix = plan_suffix(plan);
    if values(&lines, "UID").any(|uid| !uid.trim().ends_with(&suffix)) {
        return Err(Broken::CalendarOfAnotherPlan);
    }
    Ok(())
}

/// The values of every `name` property (`NAME;PARAMS:VALUE`).
fn values<'a>(lines: &'a [String], name: &'a str) -> impl Iterator<Item = &'a str> {
    lines.iter().filter_map(move |l| {
        let (head, value) = l.split_once(':')?;
        let property = head.split(';').next()?;
        property.eq_ignore_ascii_case(name).then_some(value)
    })
}

/// RFC 5545 lines with their folds undone (a line break then a space or a tab continues).
fn unfolded(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for line in text.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        match (line.strip_prefix([' ', '\t']), lines.last_mut()) {
            (Some(rest), Some(last)) => last.push_str(rest),
            _ => lines.push(line.to_owned()),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content(key: &str, summary: &str) -> EventContent {
        EventContent {
            key: key.into(),
            day: Weekday::Tue,
            at: Clock::hm(9, 0),
            minutes: 30,
            every_weeks: 1,
            summary: summary.into(),
            description: "30 min".into(),
            category: "socialplan-post".into(),
            from: None,
            until: None,
            except: Vec::new(),
        }
    }

    fn date(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn uids_differ_for_keys_that_differ_and_name_the_plan() {
        let (plan, s) = (PlanId::from("p1"), ScenarioId::from("s1"));
        let a = uid(&plan, &s, "post:my forum:1");
        let b = uid(&plan, &s, "post:my-forum:1");
        let c = uid(&plan, &s, "post:Лето:1");
        assert_ne!(a, b);
        assert!(c.starts_with("post._d0_9b"), "{c}");
        assert!(a.ends_with(".s1@p1.socialplan"), "{a}");
        assert!(crate::model::uid_rule(&c).is_ok(), "{c}");
        assert_ne!(uid(&plan, &ScenarioId::from("s2"), "planning"), uid(&plan, &s, "planning"));
    }

    #[test]
    fn a_change_raises_the_sequence_and_what_went_away_is_cancelled_once() {
        let (plan, s) = (PlanId::from("p1"), ScenarioId::from("s1"));
        let first = vec![content("post:x:1", "X: post"), content("post:x:2", "X: post")];
        let (planned, record) = reconcile(&CalendarRecord::default(), &plan, &s, first, date(23));
        assert!(planned.iter().all(|p| p.sequence == 0 && !p.cancelled && p.since == date(24)));
        // A week later: the first changed, the second gone, a third new.
        let second = vec![content("post:x:1", "X: another post"), content("post:x:3", "X: post")];
        let (planned, record) = reconcile(&record, &plan, &s, second.clone(), date(30));
        let by = |k: &str| planned.iter().find(|p| p.uid.starts_with(k)).unwrap();
        assert_eq!((by("post.x.1").sequence, by("post.x.1").since), (1, date(24)), "its first week kept");
        assert_eq!(
            (by("post.x.3").sequence, by("post.x.3").since),
            (0, NaiveDate::from_ymd_opt(2026, 12, 1).unwrap())
        );
        assert!(by("post.x.2").cancelled && by("post.x.2").sequence == 1);
        // The same again: nothing moves, the cancellation is repeated as it was.
        let (again, record_again) = reconcile(&record, &plan, &s, second, date(30));
        assert_eq!(again, planned);
        assert_eq!(record_again, record);
        // Another scenario's export leaves this one's record alone.
        let (_, other) = reconcile(&record, &plan, &ScenarioId::from("s2"), vec![], date(30));
        assert_eq!(other.events.iter().filter(|e| e.scenario.as_str() == "s1").count(), 3);
    }

    #[test]
    fn a_uid_the_record_repeats_is_written_once() {
        let (plan, s) = (PlanId::from("p1"), ScenarioId::from("s1"));
        let (_, record) =
            reconcile(&CalendarRecord::default(), &plan, &s, vec![content("post:x:1", "X")], date(23));
        let doubled = CalendarRecord { events: [record.events.clone(), record.events].concat() };
        let (planned, again) = reconcile(&doubled, &plan, &s, vec![], date(30));
        assert_eq!(planned.len(), 1, "{planned:?}");
        assert_eq!(again.events.len(), 1);
    }

    #[test]
    fn only_this_plans_own_calendar_may_be_replaced() {
        let plan = PlanId::from("p1");
        let ours = "BEGIN:VCALENDAR\r\nPRODID:-//socialplan//week//EN\r\nBEGIN:VEVENT\r\nUID:post.x.1.s1@p\r\n 1.socialplan\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        assert_eq!(may_replace(ours, &plan, "-//socialplan//week//EN"), Ok(()));
        let other_plan = ours.replace("@p\r\n 1", "@p\r\n 2");
        assert_eq!(
            may_replace(&other_plan, &plan, "-//socialplan//week//EN"),
            Err(Broken::CalendarOfAnotherPlan)
        );
        let thunderbird =
            ours.replace("-//socialplan//week//EN", "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN");
        assert!(matches!(
            may_replace(&thunderbird, &plan, "-//socialplan//week//EN"),
            Err(Broken::NotOurCalendar { prodid }) if prodid.contains("Mozilla")
        ));
    }
}
