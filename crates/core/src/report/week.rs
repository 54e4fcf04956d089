//! The week in a terminal: a table a person reads (tab-separated values: `super::tsv`).

use serde::Serialize;

use crate::analysis::{self, Item, Kind, Week};
use crate::format;
use crate::locale::Sentence as S;
use crate::model::{Clock, Language, Weekday};

pub(super) fn kind_word(kind: Kind, lang: Language) -> &'static str {
    match kind {
        Kind::Post => lang.word(S::Post),
        Kind::Publish => lang.word(S::Publish),
        Kind::Inbox => lang.word(S::Inbox),
        Kind::Planning => lang.word(S::PlanningInSentence),
        Kind::Reviews | Kind::Asking => lang.word(S::ReviewsInSentence),
        Kind::Ambassadors => lang.word(S::AmbassadorsInSentence),
    }
}

fn platform(item: &Item, lang: Language) -> String {
    if item.platform_names.is_empty() { lang.word(S::All).to_owned() } else { item.platform_names.clone() }
}

/// The week's table headers: day, time, minutes, platform, what, who.
pub fn week_headers(lang: Language) -> [String; 6] {
    [
        lang.word(S::Day),
        lang.word(S::Time),
        "min",
        lang.word(S::PlatformInSentence),
        lang.word(S::What),
        lang.word(S::WhoInSentence),
    ]
    .map(str::to_owned)
}

/// One row per item, in the headers' order: for the terminal, the window and the PDF. The
/// minutes are whole and add up to the week's (a few 12.4-minute looks would otherwise lose
/// minutes against the cost).
pub fn week_rows(week: &Week, lang: Language) -> Vec<[String; 6]> {
    let minutes: Vec<f64> = week.items.iter().map(|i| i.minutes).collect();
    let (minutes, _) = format::whole_adding_up(&minutes);
    week.items
        .iter()
        .zip(minutes)
        .map(|(item, minutes)| {
            [
                item.day.name(lang).to_owned(),
                item.starts().to_string(),
                format::number(minutes, 0, lang),
                platform(item, lang),
                item.what(lang),
                item.who(lang),
            ]
        })
        .collect()
}

/// The hours of each day with work in it (the open days, and a closed day with looks from the
/// phone), rounded as every other face rounds a day's time (`format::hours`, one decimal), so
/// that the day line, the notices and the window say the same of a day.
pub fn day_hours(week: &Week) -> Vec<(Weekday, f64)> {
    Weekday::ALL
        .into_iter()
        .map(|d| (d, week.day_minutes(d)))
        // A closed day's publications, scheduled in advance, take none of the owner's time.
        .filter(|(d, minutes)| week.open_days.contains(d) || *minutes > 0.0)
        .map(|(d, minutes)| (d, format::round_as_meant(minutes / 6.0) / 10.0))
        .collect()
}

/// What a day's column says under its name: its hours (`day_hours`), or "Closed" for a closed
/// day with nothing in it.
pub fn under_day(shown: &[(Weekday, f64)], open: bool, day: Weekday, lang: Language) -> String {
    match shown.iter().find(|(d, _)| *d == day) {
        Some((_, hours)) if open || *hours > 0.0 => format::hours(hours * 60.0, lang),
        _ if open => format::hours(0.0, lang),
        _ => lang.word(S::Closed).to_owned(),
    }
}

/// "Per day: Tue 1.2 h, Wed 0.8 h (6.5 h a week)".
pub fn per_day_text(week: &Week, lang: Language) -> String {
    let days: Vec<String> = day_hours(week)
        .into_iter()
        .map(|(d, hours)| format!("{} {}", d.short(lang), format::hours(hours * 60.0, lang)))
        .collect();
    format::typography(
        &format!(
            "{}{}{} ({} {})",
            lang.word(S::PerDay),
            format::colon(lang),
            days.join(", "),
            format::hours(week.total_minutes(), lang),
            lang.word(S::AWeek)
        ),
        lang,
    )
}

/// One line per item: day, time, minutes, platform, what, who; then minutes per day and the notices.
pub fn week_text(week: &Week, lang: Language) -> String {
    let mut out = String::new();
    let mut rows: Vec<[String; 6]> = vec![week_headers(lang)];
    rows.extend(week_rows(week, lang));
    let widths: Vec<usize> =
        (0..6).map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0)).collect();
    for row in &rows {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            let pad = widths[c] - cell.chars().count();
            // The minutes line up on the right, like numbers in a table.
            if c == 2 {
                line += &format!("{}{cell}  ", " ".repeat(pad));
            } else if c == 5 {
                line += cell;
            } else {
                line += &format!("{cell}{}  ", " ".repeat(pad));
            }
        }
        out += line.trim_end();
        out.push('\n');
    }
    out.push('\n');
    out += &per_day_text(week, lang);
    out.push('\n');
    for notice in &week.notices {
        out += &format!("- {}\n", notice.text(lang));
    }
    out
}

/// The week as the printed summary draws it: a column a day over the shown hours, and the list.
#[derive(Clone, Debug, Serialize)]
pub struct WeekPage {
    /// The first and last minute of the day the grid shows.
    pub first_minute: f64,
    pub last_minute: f64,
    pub opens_minute: f64,
    pub closes_minute: f64,
    /// A block shorter than this many minutes is drawn this tall, so that it shows.
    pub shortest_minutes: f64,
    /// A line and a label each hour (every two when the day is long).
    pub hours: Vec<HourMark>,
    /// Monday to Sunday.
    pub days: Vec<DayColumn>,
    pub per_day: String,
    pub notices: Vec<String>,
    pub headers: [String; 6],
    pub rows: Vec<[String; 6]>,
    /// What each kind of mark is called in the legend.
    pub legend: Legend,
    /// Shown when there is nothing to lay out.
    pub empty: String,
}

/// The week's legend, from the summary's words.
#[derive(Clone, Debug, Serialize)]
pub struct Legend {
    pub post: String,
    /// A publication: scheduled in advance, no owner time, a marker at its hour.
    pub publish: String,
    pub inbox: String,
    /// A look outside opening hours, from the phone.
    pub phone: String,
    pub planning: String,
    /// The review rounds, the asks and the ambassadors, when the week has them.
    pub voices: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct HourMark {
    pub minute: f64,
    pub text: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct DayColumn {
    pub name: String,
    pub open: bool,
    /// For a closed day, the minute from which it is closed (after the night before's late
    /// closing); the drawing greys it from there.
    pub closed_from: Option<f64>,
    /// "1.2 h", or "closed".
    pub under: String,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Block {
    pub start: f64,
    pub minutes: f64,
    /// "post", "publish" (a publication: a marker, no time), "inbox" or "planning".
    pub kind: &'static str,
    /// A look from the phone, outside opening hours.
    pub phone: bool,
    pub label: String,
    pub lane: usize,
    pub lanes: usize,
}

/// Blocks this short are drawn this tall, in minutes of the grid, so that they show.
const SHORTEST_DRAWN: f64 = 12.0;

/// The page's data, in the plan's language.
pub fn week_page(week: &Week, lang: Language) -> WeekPage {
    let words = super::words::Words::new(lang);
    let (first, last) = week.shown_range();
    // An item is drawn at least `SHORTEST_DRAWN` tall (a publication, a five-minute look): one
    // at the grid's foot widens the grid to hold it, rather than spill under it.
    let last = week
        .items
        .iter()
        .map(|i| (i.start + i.minutes.max(SHORTEST_DRAWN)).min(24.0 * 60.0))
        .fold(last, f64::max);
    let step = if last - first > 14.0 * 60.0 { 120.0 } else { 60.0 };
    let hours = (0..)
        .map(|i| first + step * f64::from(i))
        .take_while(|m| *m <= last + 0.1)
        .map(|minute| HourMark { minute, text: Clock::at(minute).to_string() })
        .collect();
    let shown = day_hours(week);
    let days = Weekday::ALL
        .iter()
        .map(|&day| {
            let items: Vec<&Item> = week.items.iter().filter(|i| i.day == day).collect();
            let blocks = items
                .iter()
                .zip(analysis::lanes(&items, SHORTEST_DRAWN))
                .map(|(item, (lane, lanes))| Block {
                    start: item.start,
                    minutes: item.minutes,
                    kind: match item.kind {
                        Kind::Post => "post",
                        Kind::Publish => "publish",
                        Kind::Inbox => "inbox",
                        Kind::Planning => "planning",
                        Kind::Reviews | Kind::Asking | Kind::Ambassadors => "voices",
                    },
                    phone: item.phone,
                    label: block_label(item, lang),
                    lane,
                    lanes,
                })
                .collect();
            let open = week.open_days.contains(&day);
            DayColumn {
                name: day.short(lang).to_owned(),
                open,
                closed_from: week.closed_from(day),
                under: under_day(&shown, open, day, lang),
                blocks,
            }
        })
        .collect();
    WeekPage {
        first_minute: first,
        last_minute: last,
        opens_minute: f64::from(week.opens.minutes()),
        closes_minute: f64::from(week.closes.minutes()),
        shortest_minutes: SHORTEST_DRAWN,
        hours,
        days,
        per_day: per_day_text(week, lang),
        notices: week.notices.iter().map(|n| n.text(lang)).collect(),
        headers: week_headers(lang),
        rows: week_rows(week, lang),
        legend: Legend {
            post: words.week_post,
            publish: words.week_publish,
            inbox: words.week_inbox,
            phone: words.week_phone,
            planning: words.week_planning,
            voices: week
                .items
                .iter()
                .any(|i| matches!(i.kind, Kind::Reviews | Kind::Asking | Kind::Ambassadors))
                .then(|| lang.word(S::VoicesInTotal).to_owned()),
        },
        empty: format::typography(lang.word(S::NothingToLayOut), lang),
    }
}

/// What a block says on a drawing of the week: its platforms, or "Planning".
pub fn block_label(item: &Item, lang: Language) -> String {
    match item.kind {
        Kind::Planning | Kind::Reviews | Kind::Asking | Kind::Ambassadors => {
            capitalized(kind_word(item.kind, lang))
        }
        Kind::Post | Kind::Publish | Kind::Inbox => platform(item, lang),
    }
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Above the week of `date`: "Week of 7 December 2026: season "Christmas rush", 1.5 h available",
/// then the country's public holidays and trade moments that fall in that week (Monday to
/// Sunday), one a line.
pub fn week_heading(plan: &crate::model::Plan, date: chrono::NaiveDate) -> String {
    use crate::model::{Phase, moments, monday_of, phase_on};
    let lang = plan.language;
    let phase = match phase_on(&plan.seasons, date) {
        Some(Phase::In(i)) => lang.say(S::SeasonPhaseIn, &[("season", &plan.seasons[i].name)]),
        Some(Phase::Preparing(i)) => lang.say(S::SeasonPhasePreparing, &[("season", &plan.seasons[i].name)]),
        None => lang.word(S::OrdinaryWeek).to_owned(),
    };
    let budget = analysis::year::on(plan, date).budget_hours() * 60.0;
    let hours = format::hours(budget, lang);
    let monday = monday_of(date);
    let day = format::day(monday, lang);
    // Counted as written: "1 h disponible", "1,5 h disponible", "2 h disponibles".
    let said = lang.count(format::hours_shown(budget), S::WeekOfDateOne, S::WeekOfDateOther);
    let mut out = lang.say(said, &[("date", &day), ("phase", &phase), ("hours", &hours)]);
    out.push('\n');
    let sunday = monday + chrono::Duration::days(6);
    for d in plan.country.map(|c| moments::between(c, monday, sunday)).unwrap_or_default() {
        let sentence = if d.moment.is_holiday() { S::HolidayEvent } else { S::TradeMomentEvent };
        let days = match (d.moment.is_holiday(), d.first == d.last) {
            (true, _) => format::day(d.day_off(), lang),
            (false, true) => format::day(d.first, lang),
            (false, false) => format::days(d.first, d.last, lang),
        };
        out += &format!("{} ({days})\n", lang.say(sentence, &[("name", &d.moment.name(lang))]));
    }
    format::typography(&out, lang)
}
