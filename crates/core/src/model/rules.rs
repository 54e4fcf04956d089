//! The allowed range of every number and name in a plan, in one place.
//!
//! Each rule is a plain check (used by `storage::validate` on plans made in memory) and a serde
//! `deserialize_with` wrapper, so that a bad value in a file is refused while it is being read,
//! where ron still knows its line and column.

use serde::{Deserialize, Deserializer};

use super::broken::Broken;
use super::opening::{Clock, Weekday};

/// A name (business, product, platform, scenario, person) is read on one line beside others: 80
/// letters hold any real one, and longer ones made the printed summary of the largest plan
/// exceed its 300 MiB (docs/performance.md).
pub const MAX_NAME_CHARS: usize = 80;
pub const MAX_TEXT_CHARS: usize = 20_000;
/// More posts than this in a week is a typo, not a plan (20 a day).
pub const MAX_POSTS_PER_WEEK: f64 = 140.0;
/// A week has 10,080 minutes; no single figure of a plan can sensibly exceed it.
pub const MAX_MINUTES: f64 = 10_080.0;
pub const MAX_REPLIES_PER_WEEK: f64 = 10_000.0;
/// A response target beyond four weeks is not a target.
pub const MAX_RESPONSE_HOURS: f64 = 672.0;
/// A quarter of an hour: a shorter promise means watching the screen all day (96 looks in a
/// 24-hour day already), which no owner can keep; nearer 0 the looks per day have no bound.
pub const MIN_RESPONSE_HOURS: f64 = 0.25;
/// What one platform can take in a week: the week itself (7 × 24 hours).
pub const MAX_MINUTES_PER_WEEK: f64 = 168.0 * 60.0;
pub const MAX_WEEKLY_HOURS: f64 = 168.0;
pub const MAX_WEIGHT: f64 = 1_000.0;
/// More followers than any account has: a larger number is a typo.
pub const MAX_FOLLOWERS: u32 = 1_000_000_000;
/// A plan compares a handful of scenarios; more is a file gone wrong.
pub const MAX_SCENARIOS: usize = 50;
/// Limits on list lengths: what every face handles in time, the printed summary being the
/// slowest (the largest plan, with 50 scenarios and the longest names and texts, prints in
/// about 3 s and under 300 MiB, docs/performance.md). A small business places its product lines
/// on the map, not every article it stocks, and no one keeps up 40 platforms.
pub const MAX_PRODUCTS: usize = 500;
pub const MAX_CHOICES: usize = 40;
pub const MAX_CUSTOM_PLATFORMS: usize = 50;
/// Post ideas a plan keeps: the starter table holds about thirty per kind of business; an
/// owner who keeps them and writes a few a week for years stays far below this.
pub const MAX_IDEAS: usize = 2_000;
/// An idea is one line of the week ("Wednesday — Instagram — Wedding flowers — useful: …"):
/// the starter ideas hold at most 80 characters; 200 leaves room and keeps the line readable.
pub const MAX_IDEA_CHARS: usize = 200;
/// How many weeks of ideas `socialplan ideas` lists at once: a year.
pub const IDEA_WEEKS: std::ops::RangeInclusive<u32> = 1..=52;

/// The allowed values of one number of a plan. The loader, the validator and the window's
/// widgets all read these, so a value the file may hold is a value the window keeps as it is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limits {
    pub min: f64,
    pub max: f64,
    /// False when the value must be more than `min` (a weight, a response target).
    pub min_allowed: bool,
    /// The smallest value an edit in the window lands on when `min` itself is not allowed.
    pub lowest_edit: f64,
}

impl Limits {
    const fn from(min: f64, max: f64) -> Limits {
        Limits { min, max, min_allowed: true, lowest_edit: min }
    }

    const fn above(min: f64, lowest_edit: f64, max: f64) -> Limits {
        Limits { min, max, min_allowed: false, lowest_edit }
    }

    pub fn check(self, v: f64) -> Result<(), Broken> {
        let v = finite(v)?;
        let low_ok = if self.min_allowed { v >= self.min } else { v > self.min };
        if low_ok && v <= self.max {
            Ok(())
        } else {
            Err(Broken::OutOfRange { value: v, min: self.min, max: self.max, min_allowed: self.min_allowed })
        }
    }

    /// The range a widget clamps the owner's edits to. Widgets never clamp a loaded value
    /// (`SliderClamping::Edits`, `clamp_existing_to_range(false)`): a value off this range but
    /// within the rule (a weight of 0.05) stays as it is until the owner moves it.
    pub fn edit_range(self) -> std::ops::RangeInclusive<f64> {
        self.lowest_edit..=self.max
    }
}

/// A place on the map, or a share: 0 to 1.
pub const UNIT: Limits = Limits::from(0.0, 1.0);
pub const WEIGHT: Limits = Limits::above(0.0, 0.1, MAX_WEIGHT);
pub const POSTS_PER_WEEK: Limits = Limits::from(0.0, MAX_POSTS_PER_WEEK);
/// A response target a person can keep: from a quarter of an hour to four weeks.
pub const RESPONSE_HOURS: Limits = Limits::from(MIN_RESPONSE_HOURS, MAX_RESPONSE_HOURS);
pub const WEEKLY_HOURS: Limits = Limits::from(0.0, MAX_WEEKLY_HOURS);
pub const OPEN_HOURS: Limits = Limits::above(0.0, 0.5, 24.0);
/// Hours a day the owner can give: more than 0, at most a day.
pub const DAILY_LIMIT_HOURS: Limits = Limits::above(0.0, 0.5, 24.0);
pub const MINUTES: Limits = Limits::from(0.0, MAX_MINUTES);
pub const REPLIES_PER_WEEK: Limits = Limits::from(0.0, MAX_REPLIES_PER_WEEK);
pub const OPEN_DAYS: std::ops::RangeInclusive<u8> = 1..=7;

fn finite(v: f64) -> Result<f64, Broken> {
    if v.is_finite() { Ok(v) } else { Err(Broken::NotANumber { value: v }) }
}

/// A place on the map: 0 to 1.
pub fn unit(v: f64) -> Result<(), Broken> {
    let v = finite(v)?;
    if UNIT.check(v).is_ok() { Ok(()) } else { Err(Broken::OffTheMap { value: v }) }
}

/// A share, as how well a platform serves a goal: 0 to 1 (not a place: no map is named).
pub fn share(v: f64) -> Result<(), Broken> {
    UNIT.check(v)
}

/// Strictly positive and at most `max`.
pub fn positive_up_to(v: f64, max: f64) -> Result<(), Broken> {
    Limits::above(0.0, 0.0, max).check(v)
}

/// Zero or more, and at most `max`.
pub fn non_negative_up_to(v: f64, max: f64) -> Result<(), Broken> {
    Limits::from(0.0, max).check(v)
}

/// A response target a person can keep: from a quarter of an hour to four weeks.
pub fn response_hours(v: f64) -> Result<(), Broken> {
    let v = finite(v)?;
    if RESPONSE_HOURS.check(v).is_ok() {
        Ok(())
    } else {
        Err(Broken::ResponseTarget { value: v, min: MIN_RESPONSE_HOURS, max: MAX_RESPONSE_HOURS })
    }
}

/// Characters that would reach a terminal as commands, or reorder what it shows.
fn is_hidden_control(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Two names an owner would take for the same one: what looks the same on screen is the same
/// name. Spaces around and capitals do not count, nor how an accent is encoded (NFC or NFD), nor
/// invisible marks (zero-width spaces, joiners, a byte-order mark), nor which space separates
/// words (a no-break space, two spaces).
pub fn same_name(a: &str, b: &str) -> bool {
    name_key(a) == name_key(b)
}

/// What [`same_name`] compares.
pub fn name_key(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let visible = s.nfc().filter(|c| !is_invisible(*c)).map(|c| if c.is_whitespace() { ' ' } else { c });
    let mut key = String::with_capacity(s.len());
    for c in visible.flat_map(char::to_lowercase) {
        // One space between words, however many were typed.
        if !(c == ' ' && (key.is_empty() || key.ends_with(' '))) {
            key.push(c);
        }
    }
    key.truncate(key.trim_end().len());
    key
}

/// Marks that take no room on screen.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}

/// `s` as a terminal may show it: control characters and the marks that reorder or reverse
/// text are written as `\u{…}` escapes instead of being obeyed (what the owner typed, echoed).
pub fn escape_hidden(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_hidden_control(c) || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}') {
            out.push_str(&format!("\\u{{{:04X}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// An id written in a plan (the plan's, a scenario's): letters, digits, `-` and `_`, at most 64.
pub fn id(s: &str) -> Result<(), Broken> {
    let fine = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    if s.is_empty() || s.len() > 64 || !s.chars().all(fine) { Err(Broken::BadId) } else { Ok(()) }
}

pub fn name(s: &str) -> Result<(), Broken> {
    if s.chars().any(is_hidden_control) {
        Err(Broken::NameControl)
    } else if s.trim().is_empty() {
        Err(Broken::Blank)
    } else if s.chars().count() > MAX_NAME_CHARS {
        Err(Broken::NameTooLong { max: MAX_NAME_CHARS })
    } else {
        Ok(())
    }
}

pub fn text(s: &str) -> Result<(), Broken> {
    if s.chars().any(|c| is_hidden_control(c) && !matches!(c, '\n' | '\r' | '\t')) {
        Err(Broken::TextControl)
    } else if s.chars().count() > MAX_TEXT_CHARS {
        Err(Broken::TextTooLong { max: MAX_TEXT_CHARS })
    } else {
        Ok(())
    }
}

/// A post idea: one line, not empty, at most [`MAX_IDEA_CHARS`].
pub fn idea(s: &str) -> Result<(), Broken> {
    if s.chars().any(is_hidden_control) {
        Err(Broken::NameControl)
    } else if s.trim().is_empty() {
        Err(Broken::EmptyIdea)
    } else if s.chars().count() > MAX_IDEA_CHARS {
        Err(Broken::TextTooLong { max: MAX_IDEA_CHARS })
    } else {
        Ok(())
    }
}

pub fn open_days(days: u8) -> Result<(), Broken> {
    if OPEN_DAYS.contains(&days) { Ok(()) } else { Err(Broken::OpenDaysCount { days }) }
}

/// Open days: at least one, each once.
pub fn open_day_list(days: &[Weekday]) -> Result<(), Broken> {
    if days.is_empty() {
        return Err(Broken::NoOpenDay);
    }
    for (i, d) in days.iter().enumerate() {
        if days[..i].contains(d) {
            return Err(Broken::DayTwice { day: *d });
        }
    }
    Ok(())
}

/// The latest a business open in the evening may close after midnight (a bar at 02:00, a club
/// at 05:00). Estimate: a closing time later than this, and before opening, is far more likely
/// a slip (09:00 to 08:00) than a day of 23 hours.
pub const LATEST_CLOSING_AFTER_MIDNIGHT: Clock = Clock::hm(6, 0);

/// The longest day of a business that closes after midnight: a café-bar open 07:00 to 02:00
/// has 19 hours. Estimate: 07:00 to 06:00 is far likelier a slip than a day of 23 hours (a
/// business open day and night writes 00:00 to 24:00).
pub const LONGEST_DAY_PAST_MIDNIGHT_HOURS: u16 = 20;

/// The business closes after it opens: later the same day, or after midnight by
/// [`LATEST_CLOSING_AFTER_MIDNIGHT`] and within [`LONGEST_DAY_PAST_MIDNIGHT_HOURS`] of opening
/// (`closes` then falls on the next day).
/// A business opens before 24:00, the end of a day.
pub fn opening_hours(opens: Clock, closes: Clock) -> Result<(), Broken> {
    if opens == Clock::END_OF_DAY {
        return Err(Broken::OpensAtEndOfDay);
    }
    let length = closes.closing_after(opens) - opens.minutes();
    let past_midnight = closes < opens
        && closes <= LATEST_CLOSING_AFTER_MIDNIGHT
        && length <= LONGEST_DAY_PAST_MIDNIGHT_HOURS * 60;
    if opens < closes || past_midnight {
        Ok(())
    } else {
        Err(Broken::ClosesBeforeOpens {
            opens,
            closes,
            latest: LATEST_CLOSING_AFTER_MIDNIGHT,
            longest: LONGEST_DAY_PAST_MIDNIGHT_HOURS,
        })
    }
}

/// A busy time is a stretch of one day, its end after its start.
pub fn rush_hour(from: Clock, to: Clock) -> Result<(), Broken> {
    if from < to { Ok(()) } else { Err(Broken::RushEndsBeforeStart { from, to }) }
}

pub fn daily_limit(hours: f64) -> Result<(), Broken> {
    DAILY_LIMIT_HOURS.check(hours).map_err(|_| Broken::DailyLimit { hours })
}

pub fn open_hours(hours: f64) -> Result<(), Broken> {
    OPEN_HOURS.check(hours).map_err(|_| Broken::OpenHours { hours })
}

// serde wrappers: same rules, raised while reading so that the error carries line:column.

fn with<'de, D, T, F>(d: D, rule: F) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
    F: FnOnce(&T) -> Result<(), Broken>,
{
    let value = T::deserialize(d)?;
    rule(&value).map_err(Broken::refuse)?;
    Ok(value)
}

/// A number read from a file, `-0.0` written as `0.0`: nothing may ever show "-0".
fn with_number<'de, D, F>(d: D, rule: F) -> Result<f64, D::Error>
where
    D: Deserializer<'de>,
    F: FnOnce(f64) -> Result<(), Broken>,
{
    let value = f64::deserialize(d)? + 0.0;
    rule(value).map_err(Broken::refuse)?;
    Ok(value)
}

fn with_optional_number<'de, D, F>(d: D, rule: F) -> Result<Option<f64>, D::Error>
where
    D: Deserializer<'de>,
    F: FnOnce(f64) -> Result<(), Broken>,
{
    let value = Option::<f64>::deserialize(d)?.map(|v| v + 0.0);
    value.map_or(Ok(()), rule).map_err(Broken::refuse)?;
    Ok(value)
}

pub fn de_unit<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    with_number(d, unit)
}
pub fn de_share<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    with_number(d, share)
}
pub fn de_name<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    with(d, |s: &String| name(s))
}
pub fn de_text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    with(d, |s: &String| text(s))
}
pub fn de_weight<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    with_number(d, |v| WEIGHT.check(v))
}
pub fn de_posts<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    with_number(d, |v| POSTS_PER_WEEK.check(v))
}
pub fn de_response_hours<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    with_number(d, response_hours)
}
pub fn de_weekly_hours<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    with_number(d, |v| WEEKLY_HOURS.check(v))
}
pub fn de_opt_open_days<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<Weekday>>, D::Error> {
    with(d, |v: &Option<Vec<Weekday>>| v.as_deref().map_or(Ok(()), open_day_list))
}
pub fn de_opt_open_days_count<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u8>, D::Error> {
    with(d, |v: &Option<u8>| v.map_or(Ok(()), open_days))
}
pub fn de_opt_open_hours<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    with(d, |v: &Option<f64>| v.map_or(Ok(()), open_hours))
}
pub fn de_opt_daily_limit<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    with(d, |v: &Option<f64>| v.map_or(Ok(()), daily_limit))
}
pub fn de_minutes<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    with_number(d, |v| MINUTES.check(v))
}
pub fn de_replies<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    with_number(d, |v| REPLIES_PER_WEEK.check(v))
}
pub fn de_opt_minutes<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    with_optional_number(d, |v| MINUTES.check(v))
}
pub fn de_opt_replies<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    with_optional_number(d, |v| REPLIES_PER_WEEK.check(v))
}
pub fn de_opt_weekly_hours<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    with_optional_number(d, |v| WEEKLY_HOURS.check(v))
}
/// The longest interval between two posts the program plans: beyond a month an account
/// looks abandoned (docs/method.md, "A kept platform is alive").
pub const MAX_EVERY_WEEKS: u8 = 4;

/// A cadence a calendar shows: whole posts a week, or one post every 2 to 4 weeks.
pub fn cadence(posts: u32, every_weeks: u8) -> Result<(), Broken> {
    let every = 1..=MAX_EVERY_WEEKS;
    if posts > MAX_POSTS_PER_WEEK as u32 {
        Err(Broken::OutOfRange {
            value: f64::from(posts),
            min: 0.0,
            max: MAX_POSTS_PER_WEEK,
            min_allowed: true,
        })
    } else if !every.contains(&every_weeks) || (every_weeks > 1 && posts != 1) {
        Err(Broken::Cadence { posts, every_weeks })
    } else {
        Ok(())
    }
}
/// Stories are short: at most a few a day.
pub const MAX_STORIES_PER_WEEK: u32 = 70;
pub fn de_opt_posts<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    with(d, |v: &Option<u32>| v.map_or(Ok(()), |p| cadence(p, 1)))
}
pub fn de_opt_every_weeks<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u8>, D::Error> {
    with(d, |v: &Option<u8>| v.map_or(Ok(()), |w| cadence(1, w)))
}
pub fn de_opt_posts_per_week<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    with_optional_number(d, |v| POSTS_PER_WEEK.check(v))
}
pub fn de_opt_response_hours<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    with_optional_number(d, response_hours)
}
pub fn de_opt_stories<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    with(d, |v: &Option<u32>| {
        v.map_or(Ok(()), |s| Limits::from(0.0, f64::from(MAX_STORIES_PER_WEEK)).check(f64::from(s)))
    })
}
/// How far a format reaches against the platform's own: up to three times as far.
pub fn de_reach<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    with_number(d, |v| Limits::from(0.0, 3.0).check(v))
}
pub fn de_opt_share<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    with_optional_number(d, share)
}
pub fn de_opt_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    with(d, |v: &Option<String>| v.as_deref().map_or(Ok(()), text))
}
/// Each entry of a list once (age bands, kinds of customers).
pub fn each_once<T: PartialEq>(list: &[T]) -> Result<(), Broken> {
    match list.iter().enumerate().find(|(i, x)| list[..*i].contains(x)) {
        Some(_) => Err(Broken::ListedTwice),
        None => Ok(()),
    }
}
pub fn de_each_once<'de, D: Deserializer<'de>, T: Deserialize<'de> + PartialEq>(
    d: D,
) -> Result<Vec<T>, D::Error> {
    with(d, |v: &Vec<T>| each_once(v))
}
pub fn followers(v: u32) -> Result<(), Broken> {
    if v <= MAX_FOLLOWERS { Ok(()) } else { Err(Broken::Followers { value: v, max: MAX_FOLLOWERS }) }
}
pub fn de_opt_followers<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    with(d, |v: &Option<u32>| v.map_or(Ok(()), followers))
}
pub fn de_opt_name<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    with(d, |v: &Option<String>| v.as_deref().map_or(Ok(()), name))
}
pub fn de_id<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    with(d, |s: &String| id(s))
}
pub fn de_idea<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    with(d, |s: &String| idea(s))
}
pub fn de_opt_id<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    with(d, |v: &Option<String>| v.as_deref().map_or(Ok(()), id))
}
pub fn de_ideas<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<super::ideas::Idea>, D::Error> {
    with(d, |v: &Vec<super::ideas::Idea>| super::ideas::check_ideas(v))
}

// Reviews and ambassadors (`super::voices`).

/// Asks a week for a review: a busy shop serves a few hundred customers a week; asking more
/// than 100 of them is a typo, or a campaign, not a routine.
pub const MAX_ASKS_PER_WEEK: u32 = 100;
/// Review sites a routine reads: Google, Facebook and a trade's own few (estimate).
pub const MAX_REVIEW_SITES: usize = 10;
/// People a plan keeps as ambassadors: a small business knows its few dozen best voices.
pub const MAX_AMBASSADORS: usize = 200;
/// Agreements kept per ambassador, given and withdrawn: years of changes of mind.
pub const MAX_CONSENTS: usize = 50;

/// One line of the owner's words (what to send an ambassador): no control character, not
/// blank, at most [`MAX_IDEA_CHARS`].
pub fn line(s: &str) -> Result<(), Broken> {
    if s.chars().any(is_hidden_control) {
        Err(Broken::NameControl)
    } else if s.trim().is_empty() {
        Err(Broken::Blank)
    } else if s.chars().count() > MAX_IDEA_CHARS {
        Err(Broken::TextTooLong { max: MAX_IDEA_CHARS })
    } else {
        Ok(())
    }
}
pub fn asks(n: u32) -> Result<(), Broken> {
    Limits::from(0.0, f64::from(MAX_ASKS_PER_WEEK)).check(f64::from(n))
}
pub fn de_opt_line<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    with(d, |v: &Option<String>| v.as_deref().map_or(Ok(()), line))
}
pub fn de_asks<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    with(d, |v: &u32| asks(*v))
}
pub fn de_review_sites<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    with(d, |v: &Vec<String>| super::voices::check_sites(v))
}
pub fn de_ambassadors<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<super::voices::Ambassador>, D::Error> {
    with(d, |v: &Vec<super::voices::Ambassador>| super::voices::check_ambassadors(v))
}

// The monthly check-in (`super::checkin`).

/// A month has at most 31 × 24 hours: more minutes than that in one month is a typo.
pub const MAX_MONTH_MINUTES: f64 = 31.0 * 24.0 * 60.0;
pub const MONTH_MINUTES: Limits = Limits::from(0.0, MAX_MONTH_MINUTES);
/// More than 3,000 results a day (messages, followers gained…) is not a small business's
/// month: a typo, or a number pasted in the wrong box.
pub const MAX_MONTH_RESULTS: u32 = 100_000;
/// Forty platforms for ten years: a plan keeps every month an owner can record.
pub const MAX_MONTH_RECORDS: usize = 4_800;
/// Months before this year predate the platforms the catalogue lists.
pub const FIRST_YEAR: i32 = 2000;

/// A month from the year 2000 on (a later check refuses a month still to come).
pub fn month(m: super::checkin::Month) -> Result<(), Broken> {
    if m.year >= FIRST_YEAR { Ok(()) } else { Err(Broken::NotAMonth { text: m.to_string() }) }
}

/// A month recorded once it has begun: figures for a month still to come are a mistake.
pub fn month_not_after(m: super::checkin::Month, now: super::checkin::Month) -> Result<(), Broken> {
    if m <= now { Ok(()) } else { Err(Broken::MonthInFuture { month: m.to_string(), now: now.to_string() }) }
}

pub fn month_results(n: u32) -> Result<(), Broken> {
    Limits::from(0.0, f64::from(MAX_MONTH_RESULTS)).check(f64::from(n))
}
pub fn de_opt_month_minutes<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    with_optional_number(d, |v| MONTH_MINUTES.check(v))
}
pub fn de_opt_results<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    with(d, |v: &Option<u32>| v.map_or(Ok(()), month_results))
}

// The owner's seasons (model/seasons.rs; docs/method.md, "The year's seasons").

/// Seasons a plan keeps: a few busy and quiet times a year, with room for each trade moment
/// an owner makes one of.
pub const MAX_SEASONS: usize = 24;
/// A season is at most half a year: longer, it is the plan's usual time, and the rest the season.
pub const MAX_SEASON_DAYS: i64 = 183;
/// The share of the usual posts kept in a season or its preparation: none to three times as many.
pub const SEASON_CADENCE: Limits = Limits::from(0.0, 3.0);
/// Weeks of preparation before a season: up to about a quarter (the longest lead a trade
/// moment of the table asks is six weeks).
pub const MAX_PREPARE_WEEKS: u8 = 12;

pub fn season_days(days: i64) -> Result<(), Broken> {
    if (1..=MAX_SEASON_DAYS).contains(&days) {
        Ok(())
    } else {
        Err(Broken::SeasonTooLong { days, max: MAX_SEASON_DAYS })
    }
}
pub fn prepare_weeks(weeks: u8) -> Result<(), Broken> {
    Limits::from(0.0, f64::from(MAX_PREPARE_WEEKS)).check(f64::from(weeks))
}
pub fn de_season_cadence<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    with_number(d, |v| SEASON_CADENCE.check(v))
}
pub fn de_prepare_weeks<'de, D: Deserializer<'de>>(d: D) -> Result<u8, D::Error> {
    with(d, |w: &u8| prepare_weeks(*w))
}
pub fn de_opt_moment_id<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    with(d, |v: &Option<String>| v.as_deref().map_or(Ok(()), id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closing_comes_after_opening_the_same_day_or_after_midnight_by_six() {
        let ok =
            |o: (u16, u16), c: (u16, u16)| opening_hours(Clock::hm(o.0, o.1), Clock::hm(c.0, c.1)).is_ok();
        assert!(ok((9, 0), (17, 0)) && ok((0, 0), (24, 0)));
        assert!(ok((18, 0), (1, 0)), "a bar closing at 01:00");
        assert!(ok((18, 0), (0, 0)), "closing at midnight");
        assert!(ok((22, 0), (6, 0)));
        assert!(!ok((22, 0), (6, 30)), "later than 06:00 is a slip");
        assert!(!ok((9, 0), (8, 0)), "an hour before opening is a slip");
        assert!(!ok((9, 0), (9, 0)), "no time open");
        assert!(ok((7, 0), (2, 0)), "a café-bar's 19 hours");
        assert!(!ok((7, 0), (6, 0)) && !ok((5, 0), (4, 59)), "23 hours: a slip");
    }

    #[test]
    fn map_positions_stay_in_the_unit_square() {
        assert!(unit(0.0).is_ok() && unit(1.0).is_ok() && unit(0.5).is_ok());
        assert!(unit(-0.01).is_err() && unit(1.01).is_err());
        assert!(unit(f64::NAN).is_err() && unit(f64::INFINITY).is_err());
    }

    #[test]
    fn names_and_texts_hold_no_control_characters() {
        for bad in ["a\nb", "a\tb", "\u{1b}[31mred", "a\u{202E}b"] {
            assert!(name(bad).is_err(), "{bad:?}");
        }
        assert!(text("line one\nline two\tand a tab").is_ok());
        assert!(text("\u{1b}[2J").is_err() && text("a\u{7}").is_err());
    }

    #[test]
    fn a_response_target_is_at_least_a_quarter_of_an_hour() {
        assert!(response_hours(1e-300).is_err() && response_hours(0.2).is_err());
        assert!(response_hours(MIN_RESPONSE_HOURS).is_ok() && response_hours(MAX_RESPONSE_HOURS).is_ok());
        assert!(response_hours(MAX_RESPONSE_HOURS + 1.0).is_err());
    }

    #[test]
    fn negative_zero_is_read_as_zero() {
        #[derive(serde::Deserialize)]
        struct T {
            #[serde(deserialize_with = "de_minutes")]
            m: f64,
        }
        let t: T = ron::from_str("(m: -0.0)").unwrap();
        assert!(t.m == 0.0 && t.m.is_sign_positive());
    }

    #[test]
    fn names_that_look_the_same_are_the_same_name() {
        let nfc = "\u{c9}t\u{e9}";
        let nfd = "E\u{301}te\u{301}";
        assert_ne!(nfc, nfd);
        assert!(same_name(nfc, nfd));
        assert!(same_name("My plan", "my plan"));
        assert!(same_name("My plan", " My\u{a0}plan "));
        assert!(same_name("My plan", "My\u{200B} plan"));
        assert!(same_name("My plan", "My  plan"));
        assert!(!same_name("My plan", "Myplan"));
        assert!(!same_name("Plan A", "Plan-A"));
    }

    #[test]
    fn hidden_characters_are_shown_as_escapes() {
        assert_eq!(escape_hidden("a\u{1b}[2Jb\u{202E}c"), "a\\u{001B}[2Jb\\u{202E}c");
        assert_eq!(escape_hidden("\u{200F}x"), "\\u{200F}x");
        assert_eq!(escape_hidden("Été"), "Été");
    }

    #[test]
    fn an_idea_is_one_line_that_says_something() {
        assert!(idea("Three questions to ask your florist").is_ok());
        assert_eq!(idea("  "), Err(Broken::EmptyIdea));
        assert!(idea("one\ntwo").is_err() && idea("\u{1b}[2J").is_err());
        assert!(idea(&"x".repeat(MAX_IDEA_CHARS)).is_ok() && idea(&"x".repeat(MAX_IDEA_CHARS + 1)).is_err());
    }

    #[test]
    fn names_must_say_something() {
        assert!(name("Croissant").is_ok());
        assert!(name("   ").is_err());
        assert!(name(&"x".repeat(MAX_NAME_CHARS + 1)).is_err());
    }

    #[test]
    fn a_week_has_one_to_seven_open_days_and_a_day_24_hours() {
        assert!(open_days(0).is_err() && open_days(8).is_err() && open_days(7).is_ok());
        assert!(open_hours(0.0).is_err() && open_hours(24.5).is_err() && open_hours(24.0).is_ok());
    }

    #[test]
    fn every_edit_range_lies_within_its_rule() {
        for limits in [
            UNIT,
            WEIGHT,
            POSTS_PER_WEEK,
            RESPONSE_HOURS,
            WEEKLY_HOURS,
            OPEN_HOURS,
            MINUTES,
            REPLIES_PER_WEEK,
        ] {
            let range = limits.edit_range();
            assert!(limits.check(*range.start()).is_ok(), "{limits:?}");
            assert!(limits.check(*range.end()).is_ok(), "{limits:?}");
            assert_eq!(limits.check(limits.min).is_ok(), limits.min_allowed, "{limits:?}");
            assert!(limits.check(limits.max + 0.001).is_err(), "{limits:?}");
        }
    }
}
