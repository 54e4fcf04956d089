//! The plan summary for a person: built once from the plan, then written as text, Markdown
//! or the data the printed PDF is typeset from (the `socialplan-pdf` crate).

mod calendar;
mod calendar_identity;
mod calendar_year;
mod compare;
mod drill;
mod ideas;
mod months;
mod reactivity;
mod summary;
mod text;
mod tsv;
mod voices;
mod week;
mod words;
mod year_page;

pub use calendar::{
    CalendarExport, IDEA_WEEKS, MomentEvent, Occurrence, PRODID, SavedCalendar, category, export_calendar,
    export_calendar_from, idea_occurrences, render, render_with, render_year, save_calendar,
    save_calendar_from, to_ics, week_events, weekday_of, year_events,
};
pub use calendar_identity::{EventContent, Planned, may_replace, reconcile, uid};
pub use compare::{Column, Comparison, compare_text, comparison};
pub use drill::{DrillRow, drill_headers, drill_rows, drill_text, drill_tsv};
pub use ideas::{IdeasPage, IdeasWeek, idea_line, idea_words, ideas_page, ideas_text, ideas_tsv};
pub use months::{
    MONTH_HEADERS, MonthsPage, PRINTED_MONTH_ROWS, describe_record, months_csv, months_page, months_text,
    months_tsv,
};
pub use reactivity::{
    AwayMessage, CrisisCard, FIRST_ANSWER_HOURS, SETTLED_HOURS, away_message, away_messages, crisis_card,
    days_in_words, drill_of, holding_reply, no_auto_reply, slower_than_expected,
};
pub use summary::{
    ChecklistItem, ChoiceLine, HoursText, MapPoint, ProductLine, RankLine, ReactivityPlan, Summary,
    TimeTotals, promise_in_words, summarize, summarize_on, verdict,
};
pub use text::{time_text, to_markdown, to_text};
pub use tsv::{Cell, compare_tsv, cost_tsv, csv_text, recommend_tsv, tsv, week_tsv};
pub use voices::{VoicesPage, consent_words, record_words, voices_page, voices_page_with, weekly_words};
pub use week::{
    Block, DayColumn, HourMark, Legend, WeekPage, block_label, day_hours, per_day_text, under_day,
    week_headers, week_heading, week_page, week_rows, week_text,
};
pub use words::Words;
pub use year_page::{Mark, YearPage, year_page};
