//! What can be wrong with a plan or its file, as data: the rules, the validator and the loader
//! say *what* is wrong; the faces turn it into words in their language with [`Broken::words`],
//! the one home of these sentences in French and in English.

use std::cell::RefCell;
use std::fmt;

use super::goal::Goal;
use super::language::Language;
use super::opening::{Clock, Weekday};
use crate::format;

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
    ClosesBeforeOpens {
        opens: Clock,
        closes: Clock,
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
            Output::Pdf => lang.pick("le PDF", "the PDF"),
            Output::Calendar => lang.pick("le calendrier", "the calendar"),
            Output::Plan => lang.pick("le plan écrit", "the plan written"),
            Output::Summary => lang.pick("le résumé", "the summary"),
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
            Items::Products => lang.pick("produits", "products"),
            Items::Scenarios => lang.pick("scénarios", "scenarios"),
            Items::ChosenPlatforms => lang.pick("plateformes choisies", "chosen platforms"),
            Items::CustomPlatforms => lang.pick("plateformes personnelles", "custom platforms"),
            Items::CalendarEvents => lang.pick("évènements de calendrier", "calendar events"),
        }
    }
}

impl Broken {
    /// The sentence for the owner, in `lang`: numbers through `crate::format`, French spacing
    /// through `format::typography` (applied to our words only, never to a name or a file's text).
    pub fn words(&self, lang: Language) -> String {
        match lang {
            Language::En => self.english(),
            Language::Fr => self.french(),
        }
    }

    /// The sentence for the owner in the window, who sees platforms by their names and never a
    /// file's fields: each platform id is said by `name_of` it, and a reuse that cannot be is
    /// told with what to do there rather than which field to remove.
    pub fn words_named(&self, lang: Language, name_of: &dyn Fn(&str) -> String) -> String {
        use Broken as B;
        let quoted = |id: &str| match lang {
            Language::Fr => guillemets(&name_of(id)),
            Language::En => format!("\"{}\"", name_of(id)),
        };
        match self {
            B::ReuseNotChosen { platform, source } => match lang {
                Language::En => format!(
                    "{} reuses the posts of {}, which is not chosen in this scenario: choose it too, or let {} \
                     make its own posts",
                    quoted(platform),
                    quoted(source),
                    quoted(platform)
                ),
                Language::Fr => french(
                    "{} reprend les publications de {}, qui n'est pas choisie dans ce scénario : choisissez-la \
                     aussi, ou laissez {} faire ses propres publications",
                    &[&quoted(platform), &quoted(source), &quoted(platform)],
                ),
            },
            B::ReusesItself { platform } => match lang {
                Language::En => format!(
                    "{} cannot reuse its own posts: let it make them, or pick another chosen platform",
                    quoted(platform)
                ),
                Language::Fr => french(
                    "{} ne peut pas reprendre ses propres publications : laissez-la les faire, ou choisissez \
                     une autre plateforme",
                    &[&quoted(platform)],
                ),
            },
            // No name to give: the window says what to do rather than list the catalogue's ids.
            B::UnknownPlatform { id, .. } => match lang {
                Language::En => format!(
                    "{} is neither in the catalogue nor one of your own platforms: take it out of the plan",
                    quoted(id)
                ),
                Language::Fr => french(
                    "{} n'est ni dans le catalogue ni parmi vos propres plateformes : retirez-la du plan",
                    &[&quoted(id)],
                ),
            },
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

    fn english(&self) -> String {
        let n = |v: f64| figure(v, Language::En);
        use Broken as B;
        match self {
            B::NotANumber { value } => format!("{value} is not a number this plan can use"),
            B::OutOfRange { value, min, max, min_allowed: true } => {
                format!("{} must be from {} to {}", n(*value), n(*min), n(*max))
            }
            B::OutOfRange { value, min, max, min_allowed: false } => {
                format!("{} must be more than {} and at most {}", n(*value), n(*min), n(*max))
            }
            B::OffTheMap { value } => format!("{} is outside the map: use a number from 0 to 1", n(*value)),
            B::ResponseTarget { value, min, max } => format!(
                "{} hours: a response target is from {} (a quarter of an hour) to {} (four weeks)",
                n(*value),
                n(*min),
                n(*max)
            ),
            B::OpenDaysCount { days } => format!("{days} open days: a week has 1 to 7"),
            B::OpenHours { hours } => {
                format!("{} open hours: a day has more than 0 and at most 24", n(*hours))
            }
            B::DailyLimit { hours } => {
                format!("{} hours a day: the daily limit is more than 0 and at most 24", n(*hours))
            }
            B::Followers { value, max } => {
                format!("{} followers: at most {}", n(f64::from(*value)), n(f64::from(*max)))
            }
            B::MoreThanAWeek { platform, hours, week_hours } => format!(
                "\"{platform}\" alone would take {} h a week, more than the {} h a week has: lower its \
                 posts, followers, replies or minutes",
                format::number(*hours, 0, Language::En),
                format::number(*week_hours, 0, Language::En)
            ),
            B::NameControl => {
                "the name holds a control character (a line break, a tab, an escape): write it on one line"
                    .into()
            }
            B::Blank => "the name is empty".into(),
            B::NameTooLong { max } => format!("the name is longer than {max} characters"),
            B::TextControl => "the text holds a control character other than a line break or a tab".into(),
            B::TextTooLong { max } => format!("the text is longer than {} characters", n(*max as f64)),
            B::NoOpenDay => "no open day: list at least one, as [Mon, Tue, Wed, Thu, Fri]".into(),
            B::DayTwice { day } => format!("{day:?} is listed twice: list each open day once"),
            B::ClosesBeforeOpens { opens, closes } => format!(
                "closes at {closes}, not after it opens at {opens}: closing must come later the same day"
            ),
            B::NotATime { text } => {
                format!("\"{text}\" is not a time of day: write it as \"HH:MM\", from \"00:00\" to \"24:00\"")
            }
            B::TooMany { count, max, what } => {
                format!("{count} {}: at most {max} are allowed", what.words(Language::En))
            }
            B::NoScenario => "a plan needs at least one scenario".into(),
            B::NoFormat => "a platform takes at least one format".into(),
            B::GoalTwice { goal } => format!("{goal:?} is listed twice: keep each goal once"),
            B::SameName { what: Items::Scenarios, name } => {
                format!("two scenarios are called \"{name}\": give each its own name")
            }
            B::SameName { what, name } => {
                format!("two {} are called \"{name}\": give each its own name", what.words(Language::En))
            }
            B::SameCustomId { id } => format!("two custom platforms have the id \"{id}\""),
            B::IdTaken { id } => {
                format!("\"{id}\" is already the id of a platform in the catalogue: pick another id")
            }
            B::UnknownInbox { group, known } => format!(
                "no inbox group is called \"{group}\": use one of {} or a group another custom platform names",
                known.join(", ")
            ),
            B::UnknownScenario { name, known } => {
                format!("no scenario is called \"{name}\"; the scenarios are {}", quoted(known))
            }
            B::UnknownPlatform { id, known } => {
                format!("no platform has the id \"{id}\"; known ids: {}", known.join(", "))
            }
            B::ChosenTwice { platform } => {
                format!("\"{platform}\" is chosen twice: keep one choice per platform")
            }
            B::ReusesItself { platform } => {
                format!("\"{platform}\" cannot reuse its own posts: name another chosen platform")
            }
            B::ReuseCycle { platform, source } => format!(
                "\"{platform}\" reuses \"{source}\", which reuses \"{platform}\": a reuse cycle; one of them \
                 must make its own posts"
            ),
            B::ReuseChain { source, further } => format!(
                "\"{source}\" itself reuses \"{further}\": reuse straight from a platform that makes its own posts"
            ),
            B::ReuseNotChosen { platform, source } => format!(
                "\"{platform}\" reuses \"{source}\", which is not chosen in this scenario: choose it too, or \
                 remove reuse_from"
            ),
            B::UnknownLanguage { code } => format!("unknown language \"{code}\": use \"fr\" or \"en\""),
            B::BadId => "an id holds only letters, digits, - and _ (at most 64; an event's UID also . and @): \
                 leave it as socialplan wrote it, or delete the line to get a new one"
                .into(),
            B::SameScenarioId { id } => format!(
                "two scenarios have the id \"{id}\", a copy made by hand perhaps: delete the id line of the \
                 copy, and it gets its own"
            ),
            B::NotADate { text } => format!("\"{text}\" is not a date: write it as \"YYYY-MM-DD\""),
            B::OtherFormat { found, expected } => format!("format {found} is not format {expected}"),
            B::NewerFormat { found, reads } => format!(
                "this plan was written by a newer version of socialplan (plan format {found}); this version \
                 reads format {reads}. Update socialplan to open it: it is not opened here, so that nothing \
                 in it is lost"
            ),
            B::NoSuchFormat { found, oldest, newest } => {
                format!("plan format {found} does not exist; this version reads formats {oldest} to {newest}")
            }
            B::NotInFormat { field, format, since } => {
                format!("a format {format} plan has no `{field}`: it came with format {since}")
            }
            B::FormerField { field, now, format } => {
                format!("`{field}` belongs to older formats; format {format} writes `{now}` instead")
            }
            B::Cadence { posts, every_weeks } => format!(
                "{posts} post(s) every {every_weeks} weeks is not a cadence: write whole posts a week \
                 (`posts: 2`), or one post every 2, 3 or 4 weeks (`posts: 1, every_weeks: 3`)"
            ),
            B::ListedTwice => "an entry is listed twice: list each once".into(),
            B::ChoicesOutsideScenarios => "in format 2 the choices go inside a scenario: \
                 `scenarios: [(name: \"My plan\", choices: [...])]`"
                .into(),
            B::BothDayForms => "write either `open_days` or the older `open_days_per_week`, not both".into(),
            B::BothHourForms => {
                "write either `opens` and `closes` or the older `open_hours_per_day`, not both".into()
            }
            B::Missing { field, example: None } => format!("the field `{field}` is missing"),
            B::Missing { field, example: Some(example) } => {
                format!("the field `{field}` is missing, as `{example}`")
            }
            B::UnknownField { found, expected } => {
                format!(
                    "unknown field `{found}` (a typo?); the fields allowed here are: {}",
                    expected.join(", ")
                )
            }
            B::FieldTwice { field } => format!("the field `{field}` is written twice"),
            B::NotAllowed { found, expected } => {
                format!("`{found}` is not allowed here; use one of: {}", expected.join(", "))
            }
            B::ExpectedNumber => "expected a number here".into(),
            B::ExpectedText => "expected a text in double quotes here".into(),
            B::ExpectedFieldName => {
                "expected a field name here: is a bracket or a comma out of place?".into()
            }
            B::ExpectedComma => "expected a comma here".into(),
            B::WrongStructName { expected, found } => {
                format!("expected `{expected}(...)` or just `(...)`, found `{found}`")
            }
            B::EndsEarly => "the file ends too early: a closing bracket or parenthesis is missing".into(),
            B::TooDeep => "the file nests brackets too deeply to be a plan".into(),
            B::NotUtf8 => {
                "the file is not UTF-8 text: was it saved by another program? Save it as UTF-8 text".into()
            }
            B::TooBig { max_bytes } => format!(
                "the file holds more than {} ({} bytes), the most this file can hold: is it really the right file?",
                mebibytes(*max_bytes, Language::En),
                format::number(*max_bytes as f64, 0, Language::En)
            ),
            B::LinkToNothing => "a link to nothing: name a real file".into(),
            B::IsThePlan { output } => format!(
                "that is the plan itself: {} would replace it; choose another name",
                output.words(Language::En)
            ),
            B::NotAnEarlier { output: Output::Pdf } => {
                "this file is not a PDF (a plan? a text?), so it is not replaced: choose another name".into()
            }
            B::NotAnEarlier { output: Output::Calendar } => {
                "this file is not a calendar (a plan? a text?), so it is not replaced: choose another name"
                    .into()
            }
            B::NotAnEarlier { output: Output::Plan } => {
                "this file is not a plan (a text? a calendar?), so it is not replaced: choose another name".into()
            }
            B::NotAnEarlier { output: Output::Summary } => {
                "this file is not an earlier summary, so it is not replaced: choose another name".into()
            }
            B::ReadOnlyFile => {
                "the file is marked read-only, so it is not replaced: make it writable, or choose another name"
                    .into()
            }
            B::Locked { lock } => format!(
                "another socialplan is changing this plan right now (it holds {lock}): nothing was written; \
                 try again in a moment"
            ),
            B::NotOurCalendar { prodid } => format!(
                "this calendar was written by another program ({prodid}), so it is not replaced: choose \
                 another name"
            ),
            B::CalendarOfAnotherPlan => "this calendar was written by socialplan for another plan (or by an \
                 older version), so it is not replaced: choose another name"
                .into(),
            B::NothingToExport { scenario } => format!(
                "the scenario \"{scenario}\" has no platform chosen: a calendar needs at least one event; \
                 choose a platform first"
            ),
            B::NotAFile { kind } => match kind {
                NotAFile::Folder => "that is a folder, not a file".into(),
                NotAFile::Pipe => {
                    "that is a pipe (FIFO), not a file: it is not read, since it could wait forever".into()
                }
                NotAFile::Device => "that is a device, not a file: it is not read".into(),
                NotAFile::Socket => "that is a socket, not a file: it is not read".into(),
                NotAFile::Other => "that is not an ordinary file: it is not read".into(),
            },
            B::FileMissing => "the file or its folder does not exist".into(),
            B::NoPermission => {
                "permission denied: the file or folder is read-only, or belongs to someone else".into()
            }
            B::DiskFull => "the disk is full: free some space and save again".into(),
            B::ReadOnlyDisk => "the disk is read-only: save the plan somewhere else".into(),
            B::ReadingPrevious(why) => format!("reading the previous version: {}", why.english()),
            B::KeepingPrevious(why) => format!("keeping the previous version: {}", why.english()),
            B::Said(text) => text.clone(),
        }
    }

    fn french(&self) -> String {
        let n = |v: f64| figure(v, Language::Fr);
        let fr = french;
        use Broken as B;
        match self {
            B::NotANumber { value } => {
                fr("{} n'est pas un nombre que ce plan peut utiliser", &[&value.to_string()])
            }
            B::OutOfRange { value, min, max, min_allowed: true } => {
                fr("{} doit être compris entre {} et {}", &[&n(*value), &n(*min), &n(*max)])
            }
            B::OutOfRange { value, min, max, min_allowed: false } => {
                fr("{} doit être supérieur à {} et inférieur ou égal à {}", &[&n(*value), &n(*min), &n(*max)])
            }
            B::OffTheMap { value } => {
                fr("{} est hors de la carte : prenez un nombre entre 0 et 1", &[&n(*value)])
            }
            B::ResponseTarget { value, min, max } => fr(
                "{} h : un délai de réponse va de {} h (un quart d'heure) à {} h (quatre semaines)",
                &[&n(*value), &n(*min), &n(*max)],
            ),
            B::OpenDaysCount { days } => {
                fr("{} jours d'ouverture : une semaine en compte de 1 à 7", &[&days.to_string()])
            }
            B::OpenHours { hours } => {
                fr("{} h d'ouverture par jour : une journée en compte plus de 0 et au plus 24", &[&n(*hours)])
            }
            B::DailyLimit { hours } => fr(
                "{} h par jour : la limite quotidienne est de plus de 0 h et d'au plus 24 h",
                &[&n(*hours)],
            ),
            B::Followers { value, max } => {
                fr("{} abonnés : au plus {}", &[&n(f64::from(*value)), &n(f64::from(*max))])
            }
            B::MoreThanAWeek { platform, hours, week_hours } => fr(
                "{} prendrait à elle seule {} h par semaine, plus que les {} h d'une semaine : réduisez ses \
                 publications, ses abonnés, ses réponses ou ses minutes",
                &[
                    &guillemets(platform),
                    &format::number(*hours, 0, Language::Fr),
                    &format::number(*week_hours, 0, Language::Fr),
                ],
            ),
            B::NameControl => fr(
                "le nom contient un caractère de contrôle (un saut de ligne, une tabulation, un échappement) : \
                 écrivez-le sur une seule ligne",
                &[],
            ),
            B::Blank => fr("le nom est vide", &[]),
            B::NameTooLong { max } => fr("le nom dépasse {} caractères", &[&max.to_string()]),
            B::TextControl => fr(
                "le texte contient un caractère de contrôle autre qu'un saut de ligne ou une tabulation",
                &[],
            ),
            B::TextTooLong { max } => fr("le texte dépasse {} caractères", &[&n(*max as f64)]),
            B::NoOpenDay => {
                fr("aucun jour d'ouverture : indiquez-en au moins un, comme [Mon, Tue, Wed, Thu, Fri]", &[])
            }
            B::DayTwice { day } => fr(
                "{} ({}) figure deux fois : indiquez chaque jour d'ouverture une seule fois",
                &[day.name(Language::Fr), &format!("{day:?}")],
            ),
            B::ClosesBeforeOpens { opens, closes } => fr(
                "ferme à {}, pas après l'ouverture à {} : la fermeture doit venir plus tard le même jour",
                &[&closes.to_string(), &opens.to_string()],
            ),
            B::NotATime { text } => fr(
                "{} n'est pas une heure : écrivez-la «\u{a0}HH:MM\u{a0}», de «\u{a0}00:00\u{a0}» à «\u{a0}24:00\u{a0}»",
                &[&guillemets(text)],
            ),
            B::TooMany { count, max, what } => fr(
                "{} {} : le plan en accepte au plus {}",
                &[&count.to_string(), what.words(Language::Fr), &max.to_string()],
            ),
            B::NoScenario => fr("un plan a besoin d'au moins un scénario", &[]),
            B::NoFormat => fr("une plateforme accepte au moins un format", &[]),
            B::GoalTwice { goal } => fr(
                "l'objectif {} figure deux fois : gardez chaque objectif une seule fois",
                &[&guillemets(goal.label(Language::Fr))],
            ),
            B::SameName { what, name } => fr(
                "deux {} s'appellent {} : donnez à chacun son propre nom",
                &[what.words(Language::Fr), &guillemets(name)],
            ),
            B::SameCustomId { id } => {
                fr("deux plateformes personnelles ont l'identifiant {}", &[&guillemets(id)])
            }
            B::IdTaken { id } => fr(
                "{} est déjà l'identifiant d'une plateforme du catalogue : choisissez-en un autre",
                &[&guillemets(id)],
            ),
            B::UnknownInbox { group, known } => fr(
                "aucun groupe de messagerie ne s'appelle {} : prenez l'un de {} ou un groupe qu'une autre \
                 plateforme personnelle nomme",
                &[&guillemets(group), &known.join(", ")],
            ),
            B::UnknownScenario { name, known } => fr(
                "aucun scénario ne s'appelle {} ; les scénarios sont {}",
                &[&guillemets(name), &known.iter().map(|k| guillemets(k)).collect::<Vec<_>>().join(", ")],
            ),
            B::UnknownPlatform { id, known } => fr(
                "aucune plateforme n'a l'identifiant {} ; identifiants connus : {}",
                &[&guillemets(id), &known.join(", ")],
            ),
            B::ChosenTwice { platform } => {
                fr("{} est choisie deux fois : gardez un seul choix par plateforme", &[&guillemets(platform)])
            }
            B::ReusesItself { platform } => fr(
                "{} ne peut pas reprendre ses propres publications : nommez une autre plateforme choisie",
                &[&guillemets(platform)],
            ),
            B::ReuseCycle { platform, source } => fr(
                "{} reprend {}, qui reprend {} : les reprises tournent en rond ; l'une des deux doit faire \
                 ses propres publications",
                &[&guillemets(platform), &guillemets(source), &guillemets(platform)],
            ),
            B::ReuseChain { source, further } => fr(
                "{} reprend elle-même {} : reprenez directement d'une plateforme qui fait ses propres publications",
                &[&guillemets(source), &guillemets(further)],
            ),
            B::ReuseNotChosen { platform, source } => fr(
                "{} reprend {}, qui n'est pas choisie dans ce scénario : choisissez-la aussi, ou retirez reuse_from",
                &[&guillemets(platform), &guillemets(source)],
            ),
            B::UnknownLanguage { code } => {
                fr("langue inconnue {} : écrivez \"fr\" ou \"en\"", &[&guillemets(code)])
            }
            B::BadId => fr(
                "un identifiant ne contient que des lettres, des chiffres, - et _ (64 au plus ; l'UID d'un \
                 évènement aussi . et @) : laissez-le tel que socialplan l'a écrit, ou supprimez la ligne \
                 pour en obtenir un nouveau",
                &[],
            ),
            B::SameScenarioId { id } => fr(
                "deux scénarios ont l'identifiant {}, sans doute une copie faite à la main : supprimez la \
                 ligne id de la copie, elle en recevra un",
                &[&guillemets(id)],
            ),
            B::NotADate { text } => {
                fr("{} n'est pas une date : écrivez-la «\u{a0}AAAA-MM-JJ\u{a0}»", &[&guillemets(text)])
            }
            B::OtherFormat { found, expected } => {
                fr("le format {} n'est pas le format {}", &[&found.to_string(), &expected.to_string()])
            }
            B::NewerFormat { found, reads } => fr(
                "ce plan a été écrit par une version plus récente de socialplan (format de plan {}) ; cette \
                 version lit le format {}. Mettez socialplan à jour pour l'ouvrir : il n'est pas ouvert ici, \
                 pour que rien de ce qu'il contient ne soit perdu",
                &[&found.to_string(), &reads.to_string()],
            ),
            B::NoSuchFormat { found, oldest, newest } => fr(
                "le format de plan {} n'existe pas ; cette version lit les formats {} à {}",
                &[&found.to_string(), &oldest.to_string(), &newest.to_string()],
            ),
            B::NotInFormat { field, format, since } => fr(
                "un plan au format {} n'a pas de {} : il est apparu avec le format {}",
                &[&format.to_string(), &code(field), &since.to_string()],
            ),
            B::FormerField { field, now, format } => fr(
                "{} appartient aux anciens formats ; le format {} écrit {} à la place",
                &[&code(field), &format.to_string(), &code(now)],
            ),
            B::Cadence { posts, every_weeks } => fr(
                "{} publication(s) toutes les {} semaines n'est pas un rythme : écrivez des publications \
                 entières par semaine ({}), ou une publication toutes les 2, 3 ou 4 semaines ({})",
                &[
                    &posts.to_string(),
                    &every_weeks.to_string(),
                    &code("posts: 2"),
                    &code("posts: 1, every_weeks: 3"),
                ],
            ),
            B::ListedTwice => fr("une entrée figure deux fois : indiquez chacune une seule fois", &[]),
            B::ChoicesOutsideScenarios => fr(
                "au format 2, les choix vont dans un scénario : {}",
                &[&code("scenarios: [(name: \"Mon plan\", choices: [...])]")],
            ),
            B::BothDayForms => fr(
                "écrivez soit {}, soit l'ancien {}, pas les deux",
                &[&code("open_days"), &code("open_days_per_week")],
            ),
            B::BothHourForms => fr(
                "écrivez soit {} et {}, soit l'ancien {}, pas les deux",
                &[&code("opens"), &code("closes"), &code("open_hours_per_day")],
            ),
            B::Missing { field, example: None } => fr("le champ {} manque", &[&code(field)]),
            B::Missing { field, example: Some(example) } => {
                fr("le champ {} manque, par exemple {}", &[&code(field), &code(example)])
            }
            B::UnknownField { found, expected } => fr(
                "champ inconnu {} (une faute de frappe, peut-être) ; les champs permis ici sont : {}",
                &[&code(found), &expected.join(", ")],
            ),
            B::FieldTwice { field } => fr("le champ {} est écrit deux fois", &[&code(field)]),
            B::NotAllowed { found, expected } => {
                fr("{} n'est pas permis ici ; prenez l'un de : {}", &[&code(found), &expected.join(", ")])
            }
            B::ExpectedNumber => fr("un nombre est attendu ici", &[]),
            B::ExpectedText => fr("un texte entre guillemets droits (\"…\") est attendu ici", &[]),
            B::ExpectedFieldName => fr(
                "un nom de champ est attendu ici : une parenthèse ou une virgule est-elle mal placée ?",
                &[],
            ),
            B::ExpectedComma => fr("une virgule est attendue ici", &[]),
            B::WrongStructName { expected, found } => fr(
                "{} ou simplement {} est attendu, pas {}",
                &[&code(&format!("{expected}(...)")), &code("(...)"), &code(found)],
            ),
            B::EndsEarly => {
                fr("le fichier s'arrête trop tôt : il manque un crochet ou une parenthèse fermante", &[])
            }
            B::TooDeep => fr("le fichier imbrique trop de crochets pour être un plan", &[]),
            B::NotUtf8 => fr(
                "le fichier n'est pas du texte UTF-8 : a-t-il été enregistré par un autre programme ? \
                 Enregistrez-le en texte UTF-8",
                &[],
            ),
            B::TooBig { max_bytes } => fr(
                "le fichier contient plus de {} ({} octets), le plus qu'il puisse contenir : est-ce bien le \
                 bon fichier ?",
                &[&mebibytes(*max_bytes, Language::Fr), &format::number(*max_bytes as f64, 0, Language::Fr)],
            ),
            B::LinkToNothing => fr("un lien vers rien : nommez un vrai fichier", &[]),
            B::IsThePlan { output } => fr(
                "c'est le plan lui-même : {} le remplacerait ; choisissez un autre nom",
                &[output.words(Language::Fr)],
            ),
            B::NotAnEarlier { output: Output::Pdf } => fr(
                "ce fichier n'est pas un PDF (un plan ? un texte ?), il n'est donc pas remplacé : choisissez un autre nom",
                &[],
            ),
            B::NotAnEarlier { output: Output::Calendar } => fr(
                "ce fichier n'est pas un calendrier (un plan ? un texte ?), il n'est donc pas remplacé : choisissez un autre nom",
                &[],
            ),
            B::NotAnEarlier { output: Output::Plan } => fr(
                "ce fichier n'est pas un plan (un texte ? un calendrier ?), il n'est donc pas remplacé : choisissez un autre nom",
                &[],
            ),
            B::NotAnEarlier { output: Output::Summary } => fr(
                "ce fichier n'est pas un résumé précédent, il n'est donc pas remplacé : choisissez un autre nom",
                &[],
            ),
            B::ReadOnlyFile => fr(
                "le fichier est en lecture seule, il n'est donc pas remplacé : rendez-le modifiable, ou \
                 choisissez un autre nom",
                &[],
            ),
            B::Locked { lock } => fr(
                "un autre socialplan modifie ce plan en ce moment (il tient {}) : rien n'a été écrit ; \
                 réessayez dans un instant",
                &[lock.as_str()],
            ),
            B::NotOurCalendar { prodid } => fr(
                "ce calendrier a été écrit par un autre programme ({}), il n'est donc pas remplacé : \
                 choisissez un autre nom",
                &[prodid.as_str()],
            ),
            B::CalendarOfAnotherPlan => fr(
                "ce calendrier a été écrit par socialplan pour un autre plan (ou par une version plus \
                 ancienne), il n'est donc pas remplacé : choisissez un autre nom",
                &[],
            ),
            B::NothingToExport { scenario } => fr(
                "le scénario {} n'a aucune plateforme choisie : un calendrier a besoin d'au moins un \
                 évènement ; choisissez d'abord une plateforme",
                &[&guillemets(scenario)],
            ),
            B::NotAFile { kind } => fr(
                match kind {
                    NotAFile::Folder => "c'est un dossier, pas un fichier",
                    NotAFile::Pipe => {
                        "c'est un tube (FIFO), pas un fichier : il n'est pas lu, car il pourrait attendre sans fin"
                    }
                    NotAFile::Device => "c'est un périphérique, pas un fichier : il n'est pas lu",
                    NotAFile::Socket => "c'est un socket, pas un fichier : il n'est pas lu",
                    NotAFile::Other => "ce n'est pas un fichier ordinaire : il n'est pas lu",
                },
                &[],
            ),
            B::FileMissing => fr("le fichier ou son dossier n'existe pas", &[]),
            B::NoPermission => fr(
                "accès refusé : le fichier ou le dossier est en lecture seule, ou appartient à quelqu'un d'autre",
                &[],
            ),
            B::DiskFull => fr("le disque est plein : libérez de la place et enregistrez à nouveau", &[]),
            B::ReadOnlyDisk => fr("le disque est en lecture seule : enregistrez le plan ailleurs", &[]),
            B::ReadingPrevious(why) => fr("en lisant la version précédente : {}", &[&why.french()]),
            B::KeepingPrevious(why) => fr("en gardant la version précédente : {}", &[&why.french()]),
            B::Said(text) => text.clone(),
        }
    }
}

/// In English, as the command line and the plan files' messages have always read.
impl fmt::Display for Broken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.english())
    }
}

impl std::error::Error for Broken {}

/// A figure as a plan holds it: up to three decimals, in the language's way.
fn figure(value: f64, lang: Language) -> String {
    if value.is_finite() { format::number(value, 3, lang) } else { value.to_string() }
}

fn quoted(items: &[String]) -> String {
    items.iter().map(|k| format!("\"{k}\"")).collect::<Vec<_>>().join(", ")
}

/// A name or an id quoted the French way.
fn guillemets(text: &str) -> String {
    format!("«\u{a0}{text}\u{a0}»")
}

/// Text written as the file writes it; kept apart from the sentence's French spacing.
fn code(text: &str) -> String {
    format!("`{text}`")
}

/// `template` with French spacing, then each `{}` replaced by the next of `values` as it is
/// (a name, an id or a piece of a file keeps its own spelling).
fn french(template: &str, values: &[&str]) -> String {
    let template = format::typography(template, Language::Fr);
    let mut out = String::with_capacity(template.len() + 32);
    let mut values = values.iter();
    let mut rest = template.as_str();
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        out.push_str(values.next().copied().unwrap_or_default());
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

/// "16 MiB" / "16 Mio": exact, so a file one byte over is told so.
fn mebibytes(bytes: u64, lang: Language) -> String {
    if bytes.is_multiple_of(1024 * 1024) {
        format!("{} {}", bytes / (1024 * 1024), lang.pick("Mio", "MiB"))
    } else {
        format!("{} {}", format::number(bytes as f64, 0, lang), lang.pick("octets", "bytes"))
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
            .filter(|broken| broken.english() == message)
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
            Broken::NameTooLong { max: 200 },
            Broken::TextControl,
            Broken::TextTooLong { max: 20_000 },
            Broken::NoOpenDay,
            Broken::DayTwice { day: Weekday::Mon },
            Broken::ClosesBeforeOpens { opens: Clock::hm(9, 0), closes: Clock::hm(8, 0) },
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
