//! What can be wrong with a plan or its file, as data: the rules, the validator and the loader
//! say *what* is wrong; the faces turn it into words in their language with [`Broken::words`],
//! the one home of these sentences in French and in English.

use std::cell::RefCell;
use std::fmt;

use super::goal::Goal;
use super::language::Language;
use super::opening::{Clock, Weekday};
use crate::format;
use crate::locale::Sentence as S;

/// One thing wrong with a value, a plan or a file.
#[derive(Clone, Debug, PartialEq)]
pub enum Broken {
    // Numbers.
    /// NaN or infinite.
    NotANumber {
        value: f64,
    },
    /// Outside `min..=max`; `min` itself is refused when `min_allowed` is false.
    OutOfRange {
        value: f64,
        min: f64,
        max: f64,
        min_allowed: bool,
    },
    /// A place on the map or a share, outside 0 to 1.
    OffTheMap {
        value: f64,
    },
    /// A response target outside a quarter of an hour to four weeks.
    ResponseTarget {
        value: f64,
        min: f64,
        max: f64,
    },
    OpenDaysCount {
        days: u8,
    },
    OpenHours {
        hours: f64,
    },
    DailyLimit {
        hours: f64,
    },
    Followers {
        value: u32,
        max: u32,
    },
    /// One chosen platform (by name) alone would take more hours than a week has.
    MoreThanAWeek {
        platform: String,
        hours: f64,
        week_hours: f64,
    },

    // Names and texts.
    NameControl,
    Blank,
    /// A post idea with nothing in it (model/ideas.rs).
    EmptyIdea,
    NameTooLong {
        max: usize,
    },
    TextControl,
    TextTooLong {
        max: usize,
    },

    // The week.
    NoOpenDay,
    DayTwice {
        day: Weekday,
    },
    /// "24:00" as an opening time: the end of a day, when nothing opens.
    OpensAtEndOfDay,
    /// A busy time that ends before it starts.
    RushEndsBeforeStart {
        from: Clock,
        to: Clock,
    },
    ClosesBeforeOpens {
        opens: Clock,
        closes: Clock,
        /// The latest closing after midnight.
        latest: Clock,
        /// The longest day, in hours, when closing is after midnight.
        longest: u16,
    },
    NotATime {
        text: String,
    },

    // Lists and names that must be unique or known.
    TooMany {
        count: usize,
        max: usize,
        what: Items,
    },
    NoScenario,
    NoFormat,
    GoalTwice {
        goal: Goal,
    },
    SameName {
        what: Items,
        name: String,
    },
    SameCustomId {
        id: String,
    },
    IdTaken {
        id: String,
    },
    UnknownInbox {
        group: String,
        known: Vec<String>,
    },
    UnknownScenario {
        name: String,
        known: Vec<String>,
    },
    UnknownPlatform {
        id: String,
        known: Vec<String>,
    },
    ChosenTwice {
        platform: String,
    },
    ReusesItself {
        platform: String,
    },
    ReuseCycle {
        platform: String,
        source: String,
    },
    ReuseChain {
        source: String,
        further: String,
    },
    ReuseNotChosen {
        platform: String,
        source: String,
    },
    UnknownLanguage {
        code: String,
    },
    /// An id (the plan's, a scenario's, an event's) with other characters than an id holds.
    BadId,
    SameScenarioId {
        id: String,
    },
    NotADate {
        text: String,
    },

    // The owner's seasons (model/seasons.rs).
    NotADayOfTheYear {
        text: String,
    },
    SeasonTooLong {
        days: i64,
        max: i64,
    },

    // The monthly check-in (model/checkin.rs).
    NotAMonth {
        text: String,
    },
    MonthInFuture {
        month: String,
        now: String,
    },
    MonthTwice {
        month: String,
        platform: String,
    },
    /// An ambassador's agreement withdrawn before the day it was given (model/voices.rs).
    WithdrawnBeforeGiven {
        given: String,
        withdrawn: String,
    },
    /// Minutes per task that add up to more than the month's total.
    PartsOverTotal {
        parts: f64,
        total: f64,
    },

    // The file's format.
    OtherFormat {
        found: u32,
        expected: u32,
    },
    NewerFormat {
        found: u64,
        reads: u32,
    },
    NoSuchFormat {
        found: u64,
        oldest: u32,
        newest: u32,
    },
    /// A field of a later format (`scenarios` since 2, `posts` since 3) in an older file.
    NotInFormat {
        field: String,
        format: u32,
        since: u32,
    },
    /// An older format's field (`posts_per_week`) in a file of a format that replaced it.
    FormerField {
        field: String,
        now: String,
        format: u32,
    },
    /// Posts and weeks that make no cadence: several posts every few weeks, or more than four.
    Cadence {
        posts: u32,
        every_weeks: u8,
    },
    /// An entry of a list that may hold each one once, listed twice.
    ListedTwice,
    ChoicesOutsideScenarios,
    BothDayForms,
    BothHourForms,
    /// A field the plan needs; `example` shows how it is written.
    Missing {
        field: String,
        example: Option<String>,
    },
    UnknownField {
        found: String,
        expected: Vec<String>,
    },
    FieldTwice {
        field: String,
    },
    NotAllowed {
        found: String,
        expected: Vec<String>,
    },
    ExpectedNumber,
    ExpectedText,
    ExpectedFieldName,
    ExpectedComma,
    WrongStructName {
        expected: String,
        found: String,
    },
    EndsEarly,
    TooDeep,

    // The file itself.
    NotUtf8,
    TooBig {
        max_bytes: u64,
    },
    NotAFile {
        kind: NotAFile,
    },
    FileMissing,
    NoPermission,
    DiskFull,
    ReadOnlyDisk,
    /// While reading the plan's previous version, to keep it as `.bak`.
    ReadingPrevious(Box<Broken>),
    /// While writing the previous version to `.bak`.
    KeepingPrevious(Box<Broken>),

    // Where a PDF or a calendar is written.
    /// A link that points at nothing.
    LinkToNothing,
    /// The plan itself, under this or another spelling: the output would replace it.
    IsThePlan {
        output: Output,
    },
    /// A file that is not an earlier output of that kind (a plan, a text): not replaced.
    NotAnEarlier {
        output: Output,
    },
    /// The file is marked read-only: the owner said not to change it.
    ReadOnlyFile,
    /// Another run of socialplan holds the plan's lock file (`NAME.ron.lock`).
    Locked {
        lock: String,
    },
    /// A calendar written by another program (its PRODID): not replaced.
    NotOurCalendar {
        prodid: String,
    },
    /// A calendar socialplan wrote for another plan (or before plans had ids): not replaced.
    CalendarOfAnotherPlan,
    /// The scenario has nothing to put in a calendar, and nothing to cancel.
    NothingToExport {
        scenario: String,
    },

    /// Words from outside this program (the system, ron), shown as they come.
    Said(String),
}

/// What the program writes besides plans.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Output {
    Pdf,
    Calendar,
    /// A plan written elsewhere than the plan read (`fit -o`).
    Plan,
    /// The summary as Markdown.
    Summary,
}

impl Output {
    fn words(self, lang: Language) -> &'static str {
        match self {
            Output::Pdf => lang.word(S::ThePDF),
            Output::Calendar => lang.word(S::TheCalendar),
            Output::Plan => lang.word(S::ThePlanWritten),
            Output::Summary => lang.word(S::TheSummary),
        }
    }
}

/// The lists a plan holds, named in counts and duplicates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Items {
    Products,
    Scenarios,
    ChosenPlatforms,
    CustomPlatforms,
    CalendarEvents,
    Ideas,
    MonthRecords,
    Seasons,
    Ambassadors,
    ReviewSites,
    Consents,
}

/// What stands at a path where a file was expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotAFile {
    Folder,
    Pipe,
    Device,
    Socket,
    Other,
}

impl Items {
    fn words(self, lang: Language) -> &'static str {
        match self {
            Items::Products => lang.word(S::ProductsInSentence),
            Items::Scenarios => lang.word(S::Scenarios),
            Items::ChosenPlatforms => lang.word(S::ChosenPlatformsInSentence),
            Items::CustomPlatforms => lang.word(S::CustomPlatforms),
            Items::CalendarEvents => lang.word(S::CalendarEvents),
            Items::Ideas => lang.word(S::IdeasInSentence),
            Items::MonthRecords => lang.word(S::MonthRecords),
            Items::Seasons => lang.word(S::SeasonsInSentence),
            Items::Ambassadors => lang.word(S::AmbassadorsInSentence),
            Items::ReviewSites => lang.word(S::ReviewSitesInSentence),
            Items::Consents => lang.word(S::ConsentsInSentence),
        }
    }
}

impl Broken {
    /// The sentence for the owner, in `lang`: numbers through `crate::format`, the words from
    /// the locale (`locale/en.rs`, `locale/fr.rs`), where a name or a file's text is a value and
    /// keeps its own spelling and spacing.
    pub fn words(&self, lang: Language) -> String {
        use Broken as B;
        let n = |v: f64| figure(v, lang);
        let say = |sentence: S, values: &[(&str, &dyn fmt::Display)]| lang.say(sentence, values);
        let quoted = |name: &str| lang.say(S::BrokenQuotedName, &[("name", &name)]);
        match self {
            B::NotANumber { value } => say(S::BrokenNotANumber, &[("value", value)]),
            B::OutOfRange { value, min, max, min_allowed } => {
                // 168.0001 is not "168 must be from 0 to 168": a value rounded onto a bound is
                // shown as it is.
                let shown = n(*value);
                let shown = if shown == n(*min) || shown == n(*max) { value.to_string() } else { shown };
                say(
                    if *min_allowed { S::BrokenFromTo } else { S::BrokenMoreThan },
                    &[("value", &shown), ("min", &n(*min)), ("max", &n(*max))],
                )
            }
            B::OffTheMap { value } => say(S::BrokenOffTheMap, &[("value", &n(*value))]),
            B::ResponseTarget { value, min, max } => {
                say(S::BrokenResponseTarget, &[("value", &n(*value)), ("min", &n(*min)), ("max", &n(*max))])
            }
            B::OpenDaysCount { days } => say(S::BrokenOpenDaysCount, &[("days", days)]),
            B::OpenHours { hours } => say(S::BrokenOpenHours, &[("hours", &n(*hours))]),
            B::DailyLimit { hours } => say(S::BrokenDailyLimit, &[("hours", &n(*hours))]),
            B::Followers { value, max } => {
                say(S::BrokenFollowers, &[("value", &n(f64::from(*value))), ("max", &n(f64::from(*max)))])
            }
            B::MoreThanAWeek { platform, hours, week_hours } => say(
                S::BrokenMoreThanAWeek,
                &[
                    ("platform", platform),
                    ("hours", &format::number(*hours, 0, lang)),
                    ("week_hours", &format::number(*week_hours, 0, lang)),
                ],
            ),
            B::NameControl => say(S::BrokenNameControl, &[]),
            B::Blank => say(S::BrokenBlank, &[]),
            B::EmptyIdea => say(S::BrokenEmptyIdea, &[]),
            B::NameTooLong { max } => say(S::BrokenNameTooLong, &[("max", max)]),
            B::TextControl => say(S::BrokenTextControl, &[]),
            B::TextTooLong { max } => say(S::BrokenTextTooLong, &[("max", &n(*max as f64))]),
            B::NoOpenDay => say(S::BrokenNoOpenDay, &[]),
            B::DayTwice { day } => {
                say(S::BrokenDayTwice, &[("day", &format!("{day:?}")), ("day_name", &day.name(lang))])
            }
            B::OpensAtEndOfDay => say(S::BrokenOpensAtEndOfDay, &[]),
            B::RushEndsBeforeStart { from, to } => {
                say(S::BrokenRushEndsBeforeStart, &[("from", from), ("to", to)])
            }
            B::ClosesBeforeOpens { opens, closes, latest, longest } => say(
                S::BrokenClosesBeforeOpens,
                &[("closes", closes), ("opens", opens), ("latest", latest), ("longest", longest)],
            ),
            B::NotATime { text } => say(S::BrokenNotATime, &[("text", text)]),
            B::TooMany { count, max, what } => {
                say(S::BrokenTooMany, &[("count", count), ("what", &what.words(lang)), ("max", max)])
            }
            B::NoScenario => say(S::BrokenNoScenario, &[]),
            B::NoFormat => say(S::BrokenNoFormat, &[]),
            B::GoalTwice { goal } => {
                say(S::BrokenGoalTwice, &[("goal", &format!("{goal:?}")), ("goal_label", &goal.label(lang))])
            }
            B::SameName { what, name } => {
                say(S::BrokenSameName, &[("what", &what.words(lang)), ("name", name)])
            }
            B::SameCustomId { id } => say(S::BrokenSameCustomId, &[("id", id)]),
            B::IdTaken { id } => say(S::BrokenIdTaken, &[("id", id)]),
            B::UnknownInbox { group, known } => {
                say(S::BrokenUnknownInbox, &[("group", group), ("known", &known.join(", "))])
            }
            B::UnknownScenario { name, known } => {
                let known: Vec<String> = known.iter().map(|k| quoted(k)).collect();
                say(S::BrokenUnknownScenario, &[("name", name), ("known", &known.join(", "))])
            }
            B::UnknownPlatform { id, known } => {
                say(S::BrokenUnknownPlatform, &[("id", id), ("known", &known.join(", "))])
            }
            B::ChosenTwice { platform } => say(S::BrokenChosenTwice, &[("platform", platform)]),
            B::ReusesItself { platform } => say(S::BrokenReusesItself, &[("platform", platform)]),
            B::ReuseCycle { platform, source } => {
                say(S::BrokenReuseCycle, &[("platform", platform), ("source", source)])
            }
            B::ReuseChain { source, further } => {
                say(S::BrokenReuseChain, &[("source", source), ("further", further)])
            }
            B::ReuseNotChosen { platform, source } => {
                say(S::BrokenReuseNotChosen, &[("platform", platform), ("source", source)])
            }
            B::UnknownLanguage { code } => say(S::BrokenUnknownLanguage, &[("code", code)]),
            B::BadId => say(S::BrokenBadId, &[]),
            B::SameScenarioId { id } => say(S::BrokenSameScenarioId, &[("id", id)]),
            B::NotADate { text } => say(S::BrokenNotADate, &[("text", text)]),
            B::NotADayOfTheYear { text } => say(S::BrokenNotADayOfTheYear, &[("text", text)]),
            B::SeasonTooLong { days, max } => say(S::BrokenSeasonTooLong, &[("days", days), ("max", max)]),
            B::NotAMonth { text } => say(S::BrokenNotAMonth, &[("text", text)]),
            B::MonthInFuture { month, now } => say(S::BrokenMonthInFuture, &[("month", month), ("now", now)]),
            B::MonthTwice { month, platform } => {
                say(S::BrokenMonthTwice, &[("month", month), ("platform", platform)])
            }
            B::WithdrawnBeforeGiven { given, withdrawn } => {
                say(S::BrokenWithdrawnBeforeGiven, &[("given", given), ("withdrawn", withdrawn)])
            }
            B::PartsOverTotal { parts, total } => say(
                S::BrokenPartsOverTotal,
                &[("parts", &format::minutes(*parts, lang)), ("total", &format::minutes(*total, lang))],
            ),
            B::OtherFormat { found, expected } => {
                say(S::BrokenOtherFormat, &[("found", found), ("expected", expected)])
            }
            B::NewerFormat { found, reads } => {
                say(S::BrokenNewerFormat, &[("found", found), ("reads", reads)])
            }
            B::NoSuchFormat { found, oldest, newest } => {
                say(S::BrokenNoSuchFormat, &[("found", found), ("oldest", oldest), ("newest", newest)])
            }
            B::NotInFormat { field, format, since } => {
                say(S::BrokenNotInFormat, &[("format", format), ("field", &code(field)), ("since", since)])
            }
            B::FormerField { field, now, format } => {
                say(S::BrokenFormerField, &[("field", &code(field)), ("format", format), ("now", &code(now))])
            }
            B::Cadence { posts, every_weeks } => say(
                S::BrokenCadence,
                &[
                    ("posts", posts),
                    ("every_weeks", every_weeks),
                    ("whole", &code("posts: 2")),
                    ("spread", &code("posts: 1, every_weeks: 3")),
                ],
            ),
            B::ListedTwice => say(S::BrokenListedTwice, &[]),
            B::ChoicesOutsideScenarios => {
                say(S::BrokenChoicesOutsideScenarios, &[("example", &lang.word(S::BrokenScenariosExample))])
            }
            B::BothDayForms => say(
                S::BrokenBothDayForms,
                &[("new", &code("open_days")), ("old", &code("open_days_per_week"))],
            ),
            B::BothHourForms => say(
                S::BrokenBothHourForms,
                &[
                    ("opens", &code("opens")),
                    ("closes", &code("closes")),
                    ("old", &code("open_hours_per_day")),
                ],
            ),
            B::Missing { field, example: None } => say(S::BrokenMissing, &[("field", &code(field))]),
            B::Missing { field, example: Some(example) } => {
                say(S::BrokenMissingAs, &[("field", &code(field)), ("example", &code(example))])
            }
            B::UnknownField { found, expected } => {
                say(S::BrokenUnknownField, &[("found", &code(found)), ("expected", &expected.join(", "))])
            }
            B::FieldTwice { field } => say(S::BrokenFieldTwice, &[("field", &code(field))]),
            B::NotAllowed { found, expected } => {
                say(S::BrokenNotAllowed, &[("found", &code(found)), ("expected", &expected.join(", "))])
            }
            B::ExpectedNumber => say(S::BrokenExpectedNumber, &[]),
            B::ExpectedText => say(S::BrokenExpectedText, &[]),
            B::ExpectedFieldName => say(S::BrokenExpectedFieldName, &[]),
            B::ExpectedComma => say(S::BrokenExpectedComma, &[]),
            B::WrongStructName { expected, found } => say(
                S::BrokenWrongStructName,
                &[
                    ("expected", &code(&format!("{expected}(...)"))),
                    ("bare", &code("(...)")),
                    ("found", &code(found)),
                ],
            ),
            B::EndsEarly => say(S::BrokenEndsEarly, &[]),
            B::TooDeep => say(S::BrokenTooDeep, &[]),
            B::NotUtf8 => say(S::BrokenNotUtf8, &[]),
            B::TooBig { max_bytes } => say(
                S::BrokenTooBig,
                &[
                    ("size", &mebibytes(*max_bytes, lang)),
                    ("bytes", &format::number(*max_bytes as f64, 0, lang)),
                ],
            ),
            B::LinkToNothing => say(S::BrokenLinkToNothing, &[]),
            B::IsThePlan { output } => say(S::BrokenIsThePlan, &[("output", &output.words(lang))]),
            B::NotAnEarlier { output } => say(
                match output {
                    Output::Pdf => S::BrokenNotAnEarlierPdf,
                    Output::Calendar => S::BrokenNotAnEarlierCalendar,
                    Output::Plan => S::BrokenNotAnEarlierPlan,
                    Output::Summary => S::BrokenNotAnEarlierSummary,
                },
                &[],
            ),
            B::ReadOnlyFile => say(S::BrokenReadOnlyFile, &[]),
            B::Locked { lock } => say(S::BrokenLocked, &[("lock", lock)]),
            B::NotOurCalendar { prodid } => say(S::BrokenNotOurCalendar, &[("prodid", prodid)]),
            B::CalendarOfAnotherPlan => say(S::BrokenCalendarOfAnotherPlan, &[]),
            B::NothingToExport { scenario } => say(S::BrokenNothingToExport, &[("scenario", scenario)]),
            B::NotAFile { kind } => say(
                match kind {
                    NotAFile::Folder => S::BrokenFolder,
                    NotAFile::Pipe => S::BrokenPipe,
                    NotAFile::Device => S::BrokenDevice,
                    NotAFile::Socket => S::BrokenSocket,
                    NotAFile::Other => S::BrokenNotOrdinaryFile,
                },
                &[],
            ),
            B::FileMissing => say(S::BrokenFileMissing, &[]),
            B::NoPermission => say(S::BrokenNoPermission, &[]),
            B::DiskFull => say(S::BrokenDiskFull, &[]),
            B::ReadOnlyDisk => say(S::BrokenReadOnlyDisk, &[]),
            B::ReadingPrevious(why) => say(S::BrokenReadingPrevious, &[("why", &why.words(lang))]),
            B::KeepingPrevious(why) => say(S::BrokenKeepingPrevious, &[("why", &why.words(lang))]),
            B::Said(text) => text.clone(),
        }
    }

    /// The sentence for the owner in the window, who sees platforms by their names and never a
    /// file's fields: each platform id is said by `name_of` it, and a reuse that cannot be is
    /// told with what to do there rather than which field to remove.
    pub fn words_named(&self, lang: Language, name_of: &dyn Fn(&str) -> String) -> String {
        use Broken as B;
        let quoted = |id: &str| lang.say(S::BrokenQuotedName, &[("name", &name_of(id))]);
        match self {
            B::ReuseNotChosen { platform, source } => lang.say(
                S::BrokenReuseNotChosenNamed,
                &[("platform", &quoted(platform)), ("source", &quoted(source))],
            ),
            B::ReusesItself { platform } => {
                lang.say(S::BrokenReusesItselfNamed, &[("platform", &quoted(platform))])
            }
            // No name to give: the window says what to do rather than list the catalogue's ids.
            B::UnknownPlatform { id, .. } => {
                lang.say(S::BrokenUnknownPlatformNamed, &[("platform", &quoted(id))])
            }
            B::ChosenTwice { platform } => B::ChosenTwice { platform: name_of(platform) }.words(lang),
            B::ReuseCycle { platform, source } => {
                B::ReuseCycle { platform: name_of(platform), source: name_of(source) }.words(lang)
            }
            B::ReuseChain { source, further } => {
                B::ReuseChain { source: name_of(source), further: name_of(further) }.words(lang)
            }
            other => other.words(lang),
        }
    }
}

/// In English, as the command line and the plan files' messages have always read.
impl fmt::Display for Broken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.words(Language::En))
    }
}

impl std::error::Error for Broken {}

/// A figure as a plan holds it: up to three decimals, in the language's way.
fn figure(value: f64, lang: Language) -> String {
    if value.is_finite() { format::number(value, 3, lang) } else { value.to_string() }
}

/// Text written as the file writes it; kept apart from the sentence's French spacing.
fn code(text: &str) -> String {
    format!("`{text}`")
}

/// "16 MiB" / "16 Mio": exact, so a file one byte over is told so.
fn mebibytes(bytes: u64, lang: Language) -> String {
    if bytes.is_multiple_of(1024 * 1024) {
        format!("{} {}", bytes / (1024 * 1024), lang.word(S::MiB))
    } else {
        format!("{} {}", format::number(bytes as f64, 0, lang), lang.word(S::Bytes))
    }
}

// serde's custom errors carry only text. A rule that refuses a value while a file is read keeps
// what it refused here too, on the reading thread, so the loader can get the kind back and the
// window can say it in its own language; any other reader sees the English words, as before.
thread_local! {
    static LAST_REFUSED: RefCell<Option<Broken>> = const { RefCell::new(None) };
}

impl Broken {
    /// `self` as a serde error, remembered for [`Broken::recall`].
    pub fn refuse<E: serde::de::Error>(self) -> E {
        let error = E::custom(&self);
        LAST_REFUSED.with(|last| *last.borrow_mut() = Some(self));
        error
    }

    /// The kind behind a serde error's `message`: the last one refused on this thread when its
    /// words are these, else the message as it came (from outside this program).
    pub fn recall(message: &str) -> Broken {
        LAST_REFUSED
            .with(|last| last.borrow_mut().take())
            .filter(|broken| broken.words(Language::En) == message)
            .unwrap_or_else(|| Broken::Said(message.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Language::{En, Fr};

    const NNBSP: char = '\u{202F}';

    #[test]
    fn a_value_out_of_range_reads_in_both_languages() {
        let broken = Broken::OutOfRange { value: 1234.5, min: 0.0, max: 168.0, min_allowed: true };
        assert_eq!(broken.words(En), "1,234.5 must be from 0 to 168");
        assert_eq!(broken.words(Fr), "1\u{202F}234,5 doit être compris entre 0 et 168");
        let map = Broken::OffTheMap { value: 1.5 };
        assert_eq!(map.words(En), "1.5 is outside the map: use a number from 0 to 1");
        assert_eq!(map.words(Fr), format!("1,5 est hors de la carte{NNBSP}: prenez un nombre entre 0 et 1"));
    }

    #[test]
    fn a_response_target_names_its_limits_with_the_languages_decimals() {
        let broken = Broken::ResponseTarget { value: 0.1, min: 0.25, max: 672.0 };
        assert!(broken.words(En).starts_with("0.1 hours: a response target is from 0.25"), "{broken}");
        assert!(
            broken.words(Fr).starts_with("0,1 h\u{202F}: un délai de réponse va de 0,25 h"),
            "{}",
            broken.words(Fr)
        );
    }

    #[test]
    fn names_keep_their_own_spelling_and_only_french_sentences_get_french_spacing() {
        let broken = Broken::SameName { what: Items::Products, name: "Pain : blanc ?".into() };
        assert_eq!(broken.words(En), "two products are called \"Pain : blanc ?\": give each its own name");
        assert_eq!(
            broken.words(Fr),
            format!(
                "deux produits s'appellent «\u{a0}Pain : blanc ?\u{a0}»{NNBSP}: donnez à chacun son propre nom"
            )
        );
        let blank = Broken::Blank;
        assert_eq!(
            (blank.words(En).as_str(), blank.words(Fr).as_str()),
            ("the name is empty", "le nom est vide")
        );
    }

    #[test]
    fn a_file_example_is_not_respaced() {
        let broken = Broken::Missing { field: "opens".into(), example: Some("opens: \"09:00\"".into()) };
        assert_eq!(broken.words(En), "the field `opens` is missing, as `opens: \"09:00\"`");
        assert_eq!(broken.words(Fr), "le champ `opens` manque, par exemple `opens: \"09:00\"`");
    }

    #[test]
    fn a_platform_over_a_week_and_a_file_too_big_use_the_languages_numbers() {
        let week = Broken::MoreThanAWeek { platform: "own".into(), hours: 2000.0, week_hours: 168.0 };
        assert!(week.words(En).contains("would take 2,000 h a week, more than the 168 h"), "{week}");
        assert!(
            week.words(Fr).contains("2\u{202F}000 h par semaine, plus que les 168 h"),
            "{}",
            week.words(Fr)
        );
        let big = Broken::TooBig { max_bytes: 16 * 1024 * 1024 };
        assert!(big.words(En).contains("more than 16 MiB (16,777,216 bytes)"), "{big}");
        assert!(
            big.words(Fr).contains("plus de 16 Mio (16\u{202F}777\u{202F}216 octets)"),
            "{}",
            big.words(Fr)
        );
    }

    /// One of each kind (but `Said`, which is not ours to word).
    fn one_of_each() -> Vec<Broken> {
        let s = |t: &str| t.to_owned();
        let known = vec![s("meta"), s("google")];
        let inner = Box::new(Broken::DiskFull);
        vec![
            Broken::NotANumber { value: f64::NAN },
            Broken::OutOfRange { value: 2.0, min: 0.0, max: 1.0, min_allowed: false },
            Broken::OffTheMap { value: 2.0 },
            Broken::ResponseTarget { value: 0.1, min: 0.25, max: 672.0 },
            Broken::OpenDaysCount { days: 8 },
            Broken::OpenHours { hours: 25.0 },
            Broken::DailyLimit { hours: 25.0 },
            Broken::Followers { value: 2_000_000_000, max: 1_000_000_000 },
            Broken::MoreThanAWeek { platform: s("x"), hours: 200.0, week_hours: 168.0 },
            Broken::NameControl,
            Broken::Blank,
            Broken::EmptyIdea,
            Broken::NameTooLong { max: 200 },
            Broken::TextControl,
            Broken::TextTooLong { max: 20_000 },
            Broken::NoOpenDay,
            Broken::DayTwice { day: Weekday::Mon },
            Broken::OpensAtEndOfDay,
            Broken::RushEndsBeforeStart { from: Clock::hm(17, 0), to: Clock::hm(14, 0) },
            Broken::ClosesBeforeOpens {
                opens: Clock::hm(9, 0),
                closes: Clock::hm(8, 0),
                latest: Clock::hm(6, 0),
                longest: 20,
            },
            Broken::NotATime { text: s("7h") },
            Broken::TooMany { count: 61, max: 60, what: Items::ChosenPlatforms },
            Broken::NoScenario,
            Broken::NoFormat,
            Broken::GoalTwice { goal: Goal::Sales },
            Broken::SameName { what: Items::Scenarios, name: s("A") },
            Broken::SameCustomId { id: s("x") },
            Broken::IdTaken { id: s("facebook") },
            Broken::UnknownInbox { group: s("g"), known: known.clone() },
            Broken::UnknownScenario { name: s("B"), known: vec![s("A")] },
            Broken::UnknownPlatform { id: s("myspace"), known: known.clone() },
            Broken::ChosenTwice { platform: s("x") },
            Broken::ReusesItself { platform: s("x") },
            Broken::ReuseCycle { platform: s("x"), source: s("y") },
            Broken::ReuseChain { source: s("y"), further: s("z") },
            Broken::ReuseNotChosen { platform: s("x"), source: s("y") },
            Broken::UnknownLanguage { code: s("de") },
            Broken::OtherFormat { found: 3, expected: 2 },
            Broken::NewerFormat { found: 3, reads: 2 },
            Broken::NoSuchFormat { found: 0, oldest: 1, newest: 2 },
            Broken::NotInFormat { field: s("reach"), format: 1, since: 2 },
            Broken::FormerField { field: s("posts_per_week"), now: s("posts: 3"), format: 3 },
            Broken::Cadence { posts: 2, every_weeks: 3 },
            Broken::ListedTwice,
            Broken::ChoicesOutsideScenarios,
            Broken::BothDayForms,
            Broken::BothHourForms,
            Broken::Missing { field: s("time"), example: None },
            Broken::UnknownField { found: s("colour"), expected: known.clone() },
            Broken::FieldTwice { field: s("time") },
            Broken::NotAllowed { found: s("Gif"), expected: known },
            Broken::ExpectedNumber,
            Broken::ExpectedText,
            Broken::ExpectedFieldName,
            Broken::ExpectedComma,
            Broken::WrongStructName { expected: s("Plan"), found: s("Plam") },
            Broken::EndsEarly,
            Broken::TooDeep,
            Broken::NotUtf8,
            Broken::TooBig { max_bytes: 1024 },
            Broken::NotAFile { kind: NotAFile::Pipe },
            Broken::FileMissing,
            Broken::NoPermission,
            Broken::DiskFull,
            Broken::ReadOnlyDisk,
            Broken::ReadingPrevious(inner.clone()),
            Broken::KeepingPrevious(inner),
            Broken::BadId,
            Broken::SameScenarioId { id: s("a1") },
            Broken::NotADate { text: s("2026-02-30") },
            Broken::NotADayOfTheYear { text: s("02-29") },
            Broken::SeasonTooLong { days: 200, max: 183 },
            Broken::NotAMonth { text: s("2026-13") },
            Broken::MonthInFuture { month: s("2027-01"), now: s("2026-12") },
            Broken::MonthTwice { month: s("2026-11"), platform: s("instagram") },
            Broken::PartsOverTotal { parts: 90.0, total: 60.0 },
            Broken::WithdrawnBeforeGiven { given: s("2026-11-10"), withdrawn: s("2026-11-09") },
            Broken::ReadOnlyFile,
            Broken::Locked { lock: s("plan.ron.lock") },
            Broken::NotOurCalendar { prodid: s("-//Mozilla.org//EN") },
            Broken::CalendarOfAnotherPlan,
            Broken::NothingToExport { scenario: s("Summer") },
            Broken::NotAnEarlier { output: Output::Pdf },
            Broken::NotAnEarlier { output: Output::Calendar },
            Broken::NotAnEarlier { output: Output::Plan },
            Broken::NotAnEarlier { output: Output::Summary },
        ]
    }

    #[test]
    fn every_kind_is_worded_in_both_languages_with_frenchs_own_spacing() {
        for broken in one_of_each() {
            let (en, fr) = (broken.words(En), broken.words(Fr));
            assert!(!en.is_empty() && en != fr, "{broken:?}: {en} / {fr}");
            // Outside a piece of the file (`…`), French never has a plain space before : ; ? !
            let prose: String = fr.split('`').step_by(2).collect();
            for mark in [" :", " ;", " ?", " !"] {
                assert!(!prose.contains(mark), "{broken:?}: {fr}");
            }
            assert!(!en.contains(NNBSP), "{broken:?}: {en}");
        }
    }

    #[test]
    fn the_window_names_platforms_by_their_names_and_never_a_field() {
        let name = |id: &str| match id {
            "google_business" => "Google Business Profile".to_owned(),
            "pinterest" => "Pinterest".to_owned(),
            other => other.to_owned(),
        };
        let kinds = [
            Broken::ReuseNotChosen { platform: "google_business".into(), source: "pinterest".into() },
            Broken::ReusesItself { platform: "pinterest".into() },
            Broken::ReuseCycle { platform: "google_business".into(), source: "pinterest".into() },
            Broken::ReuseChain { source: "pinterest".into(), further: "google_business".into() },
            Broken::ChosenTwice { platform: "pinterest".into() },
        ];
        for broken in kinds {
            for lang in Language::ALL {
                let words = broken.words_named(lang, &name);
                assert!(words.contains("Pinterest"), "{lang:?}: {words}");
                for id in ["pinterest", "google_business", "reuse_from", "`"] {
                    assert!(!words.contains(id), "{lang:?}: {words}");
                }
            }
        }
        assert_eq!(
            Broken::ReuseNotChosen { platform: "google_business".into(), source: "pinterest".into() }
                .words_named(Fr, &name),
            format!(
                "«\u{a0}Google Business Profile\u{a0}» reprend les publications de «\u{a0}Pinterest\u{a0}», qui \
                 n'est pas choisie dans ce scénario{NNBSP}: choisissez-la aussi, ou laissez «\u{a0}Google \
                 Business Profile\u{a0}» faire ses propres publications"
            )
        );
        let unknown = Broken::UnknownPlatform { id: "myspace".into(), known: vec!["facebook".into()] };
        assert_eq!(
            unknown.words_named(En, &name),
            "\"myspace\" is neither in the catalogue nor one of your own platforms: take it out of the plan"
        );
        assert!(!unknown.words_named(Fr, &name).contains("facebook"));
        // Anything else reads as it always has.
        assert_eq!(Broken::Blank.words_named(En, &name), Broken::Blank.words(En));
    }

    #[test]
    fn outside_words_are_shown_as_they_come() {
        let said = Broken::Said("Expected option: x".into());
        assert_eq!(said.words(Fr), "Expected option: x");
    }

    #[test]
    fn a_refused_value_is_recalled_only_by_its_own_words() {
        let broken = Broken::OpenDaysCount { days: 8 };
        let error: ron::Error = broken.clone().refuse();
        assert_eq!(Broken::recall(&error.to_string()), broken);
        // Taken once: another message does not pick up a stale kind.
        let _: ron::Error = Broken::Blank.refuse();
        assert_eq!(Broken::recall("something else"), Broken::Said("something else".into()));
        assert_eq!(Broken::recall("the name is empty"), Broken::Said("the name is empty".into()));
    }
}
