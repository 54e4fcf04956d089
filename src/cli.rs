//! The command line: `check`, `recommend`, `cost`, `summary`, `fit`, `compare`, `week`, `drill`, `ideas`, `ics`, `pdf`, `log`; with no subcommand, the window.
//!
//! Every subcommand that writes a file takes `-o/--output` and writes through the one guarded
//! output path (`storage::destination`, `writing`): a test runs every subcommand clap defines
//! and checks that those without `-o` write nothing.

mod log;
mod writing;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::analysis;
use crate::model::{Catalogue, FORMAT_VERSION, Plan, rules};
use crate::report;
use crate::storage::{self, LoadError};
use socialplan_pdf::Paper;

#[derive(Parser, Debug)]
#[command(
    name = "socialplan",
    version,
    about = "Which social networks should your business be on, and how many hours a week will that cost?",
    long_about = "Which social networks should your business be on, and how many hours a week will that cost?\n\n\
                  With no subcommand, opens the planner window (on PLAN if given)."
)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A plan file to open in the window.
    pub plan: Option<PathBuf>,
}

/// The plan a subcommand works on, and which of its scenarios.
#[derive(Args, Debug, Clone)]
pub struct PlanArg {
    /// The plan file (.ron).
    pub plan: PathBuf,
    /// Work on this scenario [default: the plan's current one].
    #[arg(long, value_name = "NAME")]
    pub scenario: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check that a plan file is valid; print a one-line summary or the error.
    Check {
        #[command(flatten)]
        plan: PlanArg,
    },
    /// Rank every platform for the plan, best first: rank, id, score, reason (tab-separated).
    Recommend {
        #[command(flatten)]
        plan: PlanArg,
        /// Show only the N best platforms.
        #[arg(long, value_name = "N")]
        top: Option<usize>,
    },
    /// The weekly time cost of each chosen platform, against the owner's budget.
    Cost {
        #[command(flatten)]
        plan: PlanArg,
        /// Minutes per week as tab-separated values, for a spreadsheet or a script.
        #[arg(long)]
        tsv: bool,
    },
    /// The plan summary for a person, in the plan's language.
    Summary {
        #[command(flatten)]
        plan: PlanArg,
        #[arg(long, value_enum, default_value_t = SummaryFormat::Text)]
        format: SummaryFormat,
    },
    /// Find the best scenario for the hours you have: which platforms, how many posts a week,
    /// which format, reuse, and the fastest answers the hours allow. Adds it to the plan as a
    /// new scenario and makes it the current one; your own scenarios stay as they are.
    /// Exit code 3 when not even one platform fits.
    ///
    /// A week is better when its platforms are where your audience is (one below 75% of the
    /// best platform's score is not worth your hours), posting often enough to be remembered,
    /// in a format that reaches there, and when it does each of these at least once: every goal
    /// of the plan served well; your products shown to their buyers (a platform near them on the
    /// map); for a local or regional business, a place where local customers look it up (Google
    /// Business Profile), whatever its score. The platform ranked first is in whenever it fits alone.
    /// In full: docs/method.md, "Fit my week".
    #[command(after_help = "Examples:\n  socialplan fit saves/boulangerie.ron -o fitted.ron\n  \
                            socialplan fit plan.ron --hours 2.5 --name \"Winter\"\n  \
                            socialplan fit plan.ron --from 2026-12-14 --name \"Christmas rush\"")]
    Fit {
        #[command(flatten)]
        plan: PlanArg,
        /// Hours a week to fit, from 0 to 168 [default: the scenario's budget, or with --from
        /// the hours of that date's season].
        #[arg(long, value_name = "H", value_parser = parse_hours, allow_negative_numbers = true)]
        hours: Option<f64>,
        /// Fit the week of this date (YYYY-MM-DD) as its season has it: that season's hours and
        /// share of posts [default: the usual week].
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        from: Option<NaiveDate>,
        /// The new scenario's name [default: "Fitted to H h" / "Ajusté à H h"]; when a scenario
        /// has it already, the next free one ("NAME 2"): a scenario is never replaced.
        #[arg(long, value_name = "NAME", value_parser = parse_name)]
        name: Option<String>,
        /// Where to write the plan with the new scenario [default: PLAN itself, keeping PLAN.bak].
        /// An existing OUT.ron is replaced only when it is a plan (its copy kept as OUT.ron.bak).
        #[arg(short, long, value_name = "OUT.ron")]
        output: Option<PathBuf>,
    },
    /// The plan's scenarios side by side: hours by part, total against budget, platforms,
    /// response promises, goals served and how much of the audience the platforms reach.
    Compare {
        #[command(flatten)]
        plan: PlanArg,
        /// One row per scenario and platform, tab-separated, minutes per week.
        #[arg(long)]
        tsv: bool,
    },
    /// Write the printable summary as a PDF: the map, the recommendation, the weekly time
    /// with its chart, the reactivity plan and the checklist. Prints the path written.
    #[command(after_help = "Examples:\n  socialplan pdf saves/boulangerie.ron\n  \
                            socialplan pdf plan.ron -o ~/plan-printed.pdf --paper letter")]
    Pdf {
        #[command(flatten)]
        plan: PlanArg,
        /// Where to write the PDF [default: the plan's path with .pdf].
        #[arg(short, long, value_name = "OUT.pdf")]
        output: Option<PathBuf>,
        /// Paper size [default: from the locale (LC_ALL, LC_PAPER, LANG): letter in the US,
        /// Canada, Mexico…, a4 elsewhere or when no locale names a country].
        #[arg(long, value_enum)]
        paper: Option<PaperName>,
        /// Typeset with your own copy of the template (assets/summary.typ in the source).
        #[arg(long, value_name = "FILE.typ")]
        template: Option<PathBuf>,
        /// Replace OUT.pdf even when it is not a PDF (a copy of it is kept as OUT.pdf.bak).
        /// An earlier PDF is replaced without it; the plan itself never is.
        #[arg(long)]
        force: bool,
    },
    /// The week laid out day by day: day, time, minutes, platform, what, who; then the minutes
    /// per day and what to know (a day over your daily limit, moves set aside).
    #[command(
        after_help = "Examples:\n  socialplan week saves/boulangerie.ron\n  socialplan week plan.ron --tsv\n  \
                      socialplan week plan.ron --from 2026-12-07"
    )]
    Week {
        #[command(flatten)]
        plan: PlanArg,
        /// The week holding this date (YYYY-MM-DD), with the hours and posts of that date's
        /// season (or its preparation), and the holidays and trade moments of that week
        /// [default: today].
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        from: Option<NaiveDate>,
        /// Tab-separated: day, time, minutes, kind, platform ids, what, who, key.
        #[arg(long)]
        tsv: bool,
    },
    /// The bad-news drill: how long a message waits for its answer with the week as it is laid
    /// out (your moves included), per platform: the median, nine in ten, the worst wait, the
    /// share answered within a day, and whether the week keeps the promise made there.
    #[command(
        after_help = "Examples:\n  socialplan drill saves/boulangerie.ron\n  socialplan drill plan.ron --tsv"
    )]
    Drill {
        #[command(flatten)]
        plan: PlanArg,
        /// Tab-separated: platform, promise_hours, promise_kind (anytime or opening_hours),
        /// median_hours, p90_hours, worst_hours (clock hours), kept (yes or no).
        #[arg(long)]
        tsv: bool,
    },
    /// What to post in the coming weeks: for each publication of the week, a date, the
    /// platform, a product in turn by weight, a kind of idea (useful, important, fun, or an
    /// offer: at most about one post in five) and an idea, yours or a starter one.
    #[command(after_help = "Examples:\n  socialplan ideas saves/boulangerie.ron\n  \
                            socialplan ideas plan.ron --weeks 8 --from 2027-01-04 --tsv")]
    Ideas {
        #[command(flatten)]
        plan: PlanArg,
        /// How many weeks, from 1 to 52.
        #[arg(long, default_value_t = 4, value_parser = parse_weeks)]
        weeks: u32,
        /// The first week: the one holding this date (YYYY-MM-DD) [default: today].
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        from: Option<NaiveDate>,
        /// Tab-separated: date, platform ids, product, kind (useful, important, fun, offer), idea.
        #[arg(long)]
        tsv: bool,
    },
    /// Write the week as an iCalendar file for your calendar (Thunderbird, Google, Apple,
    /// Outlook): one weekly event per item, starting this week. With seasons, the twelve months
    /// from --from: each season's weeks follow its hours and posts; the public holidays and
    /// trade moments of the plan's country are marked as all-day events. Importing it again updates the
    /// events instead of doubling them, and cancels those the plan no longer holds: the plan
    /// keeps what was exported (it is saved, keeping PLAN.bak). Prints the path written.
    #[command(
        after_help = "Examples:\n  socialplan ics saves/boulangerie.ron\n  socialplan ics plan.ron -o ~/week.ics\n  \
                      socialplan ics plan.ron --from 2027-01-04"
    )]
    Ics {
        #[command(flatten)]
        plan: PlanArg,
        /// The first day of the twelve months (YYYY-MM-DD) [default: today].
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        from: Option<NaiveDate>,
        /// Where to write the calendar [default: the plan's path with .ics]. Only a calendar
        /// written by socialplan for this plan is replaced; the plan or any other file never is.
        #[arg(short, long, value_name = "OUT.ics")]
        output: Option<PathBuf>,
    },
    /// The monthly check-in. With figures, records what a month really took and brought on one
    /// platform (every figure optional; recording the same month and platform again replaces
    /// its figures, and says so) and writes the plan. Without, prints the months planned
    /// against real, what the plan learned from them, and keep or drop per platform.
    #[command(
        after_help = "Examples:\n  socialplan log plan.ron --month 2026-11 --platform instagram --minutes 300 \
                            --messages 14 --enquiries 3\n  socialplan log plan.ron\n  \
                            socialplan log plan.ron --month 2026-11 --tsv\n  socialplan log plan.ron --csv > months.csv"
    )]
    Log {
        #[command(flatten)]
        plan: PlanArg,
        /// The month, as YYYY-MM; not one still to come.
        #[arg(long, value_name = "YYYY-MM", value_parser = log::parse_month)]
        month: Option<crate::model::Month>,
        /// The platform: its id (instagram) or its name.
        #[arg(long, value_name = "ID")]
        platform: Option<String>,
        /// Minutes spent there in the month, in all.
        #[arg(long, value_name = "MIN", value_parser = log::parse_month_minutes, allow_negative_numbers = true)]
        minutes: Option<f64>,
        /// Of which: making posts and Stories.
        #[arg(long, value_name = "MIN", value_parser = log::parse_month_minutes, allow_negative_numbers = true)]
        writing: Option<f64>,
        /// Of which: answering messages and comments.
        #[arg(long, value_name = "MIN", value_parser = log::parse_month_minutes, allow_negative_numbers = true)]
        answering: Option<f64>,
        /// Of which: looking at messages and notifications.
        #[arg(long, value_name = "MIN", value_parser = log::parse_month_minutes, allow_negative_numbers = true)]
        looking: Option<f64>,
        /// Messages received (customer service).
        #[arg(long, value_name = "N", value_parser = log::parse_count, allow_negative_numbers = true)]
        messages: Option<u32>,
        /// Enquiries: a customer asking about buying (sales).
        #[arg(long, value_name = "N", value_parser = log::parse_count, allow_negative_numbers = true)]
        enquiries: Option<u32>,
        /// Bookings or orders you put down to the platform (sales).
        #[arg(long, value_name = "N", value_parser = log::parse_count, allow_negative_numbers = true)]
        bookings: Option<u32>,
        /// Reviews received (awareness).
        #[arg(long, value_name = "N", value_parser = log::parse_count, allow_negative_numbers = true)]
        reviews: Option<u32>,
        /// Followers gained (awareness).
        #[arg(long, value_name = "N", value_parser = log::parse_count, allow_negative_numbers = true)]
        followers: Option<u32>,
        /// Candidates who applied (recruiting).
        #[arg(long, value_name = "N", value_parser = log::parse_count, allow_negative_numbers = true)]
        candidates: Option<u32>,
        /// Read the months back as tab-separated values (of --month and --platform, if given).
        #[arg(long, conflicts_with = "csv")]
        tsv: bool,
        /// Every month as comma-separated values for a spreadsheet.
        #[arg(long)]
        csv: bool,
        /// Where to write the plan with the month [default: PLAN itself, keeping PLAN.bak].
        /// An existing OUT.ron is replaced only when it is a plan (its copy kept as OUT.ron.bak).
        #[arg(short, long, value_name = "OUT.ron")]
        output: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PaperName {
    A4,
    Letter,
}

impl From<PaperName> for Paper {
    fn from(name: PaperName) -> Paper {
        match name {
            PaperName::A4 => Paper::A4,
            PaperName::Letter => Paper::Letter,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SummaryFormat {
    Text,
    Markdown,
}

/// Exit codes: 0 done, 1 a bad plan or a failure, 2 bad usage, 3 nothing fits.
const BAD_PLAN: u8 = 1;
const USAGE: u8 = 2;
const NOTHING_FITS: u8 = 3;

/// Why a subcommand did not do its job, and so its exit code.
#[derive(Debug)]
pub(crate) enum Failure {
    /// What the owner typed cannot be: an unknown scenario (clap catches the rest).
    Usage(String),
    /// The plan, a file or the system said no.
    Failed(String),
    /// `fit` found nothing useful within the hours.
    NothingFits(String),
}

impl From<String> for Failure {
    fn from(message: String) -> Failure {
        Failure::Failed(message)
    }
}

/// `--hours`: a number of hours a week, by the rule a plan's hours follow, refused in its words
/// (clap shows what was typed).
fn parse_hours(typed: &str) -> Result<f64, String> {
    let hours = typed.trim().parse::<f64>().map_err(|_| crate::model::Broken::ExpectedNumber.to_string())?;
    rules::WEEKLY_HOURS.check(hours).map(|()| hours + 0.0).map_err(|why| why.to_string())
}

/// `--weeks`: how many weeks of ideas, by the plan rules' range.
fn parse_weeks(typed: &str) -> Result<u32, String> {
    let weeks = typed.trim().parse::<u32>().map_err(|_| crate::model::Broken::ExpectedNumber.to_string())?;
    if rules::IDEA_WEEKS.contains(&weeks) {
        Ok(weeks)
    } else {
        let (min, max) = (*rules::IDEA_WEEKS.start(), *rules::IDEA_WEEKS.end());
        Err(crate::model::Broken::OutOfRange {
            value: f64::from(weeks),
            min: f64::from(min),
            max: f64::from(max),
            min_allowed: true,
        }
        .to_string())
    }
}

/// `--from`: a date as YYYY-MM-DD.
fn parse_date(typed: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(typed.trim(), "%Y-%m-%d")
        .map_err(|_| crate::model::Broken::NotADate { text: typed.to_owned() }.to_string())
}

/// Today, on the shop's clock.
fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// `--name`: a scenario's name, by the rule for names.
fn parse_name(typed: &str) -> Result<String, String> {
    let name = typed.trim();
    rules::name(name).map(|()| name.to_owned()).map_err(|why| why.to_string())
}

/// Runs a subcommand, writing to `out`. Errors go to stderr.
pub fn run(command: Command, out: &mut dyn Write) -> ExitCode {
    let catalogue = Catalogue::built_in();
    let result: Result<String, Failure> = match &command {
        Command::Check { plan } => check(plan, catalogue),
        Command::Recommend { plan, top } => {
            load(plan, catalogue).map(|p| report::recommend_tsv(&p, catalogue, *top))
        }
        Command::Cost { plan, tsv } => load(plan, catalogue)
            .map(|p| if *tsv { report::cost_tsv(&p, catalogue) } else { cost_table(&p, catalogue) }),
        Command::Summary { plan, format } => load(plan, catalogue).map(|p| {
            let summary = report::summarize(&p, catalogue);
            match format {
                SummaryFormat::Text => report::to_text(&summary),
                SummaryFormat::Markdown => report::to_markdown(&summary),
            }
        }),
        Command::Fit { plan, hours, from, name, output } => {
            writing::fit(plan, *hours, *from, name.as_deref(), output.as_deref(), catalogue)
        }
        Command::Compare { plan, tsv } => load(plan, catalogue).map(|p| {
            if *tsv { report::compare_tsv(&p, catalogue) } else { report::compare_text(&p, catalogue) }
        }),
        Command::Week { plan, tsv, from } => load(plan, catalogue).map(|p| {
            let date = from.unwrap_or_else(today);
            // The week as that date's season has it.
            let in_season = analysis::year::on(&p, date);
            let week = analysis::week(&in_season, catalogue);
            if *tsv {
                report::week_tsv(&week, p.language)
            } else {
                // The week's posts with this week's ideas under the table.
                let slots = analysis::ideas_of_week(&in_season, &week, date, 1);
                let mut text = report::week_heading(&p, date);
                text += &report::week_text(&week, p.language);
                if !slots.is_empty() {
                    text.push('\n');
                    text += &report::ideas_text(&slots, p.language);
                }
                text
            }
        }),
        Command::Ideas { plan, weeks, from, tsv } => load(plan, catalogue).map(|p| {
            let slots = analysis::ideas(&p, catalogue, from.unwrap_or_else(today), *weeks);
            if *tsv { report::ideas_tsv(&slots, p.language) } else { report::ideas_text(&slots, p.language) }
        }),
        Command::Drill { plan, tsv } => load(plan, catalogue).map(|p| {
            let lines = report::drill_of(&p, catalogue);
            if *tsv { report::drill_tsv(&lines) } else { report::drill_text(&lines, p.language) }
        }),
        Command::Ics { plan, output, from } => writing::ics(plan, output.as_deref(), *from, catalogue),
        Command::Log {
            plan,
            month,
            platform,
            minutes,
            writing,
            answering,
            looking,
            messages,
            enquiries,
            bookings,
            reviews,
            followers,
            candidates,
            tsv,
            csv,
            output,
        } => {
            let request = log::LogRequest {
                plan,
                month: *month,
                platform: platform.as_deref(),
                time: crate::model::TimeSpent {
                    total: *minutes,
                    writing: *writing,
                    answering: *answering,
                    looking: *looking,
                },
                results: [*messages, *enquiries, *bookings, *reviews, *followers, *candidates],
                tsv: *tsv,
                csv: *csv,
                output: output.as_deref(),
            };
            log::log(&request, catalogue)
        }
        Command::Pdf { plan, output, paper, template, force } => {
            let request = writing::PdfRequest {
                plan,
                output: output.as_deref(),
                paper: paper.map(Paper::from),
                template: template.as_deref(),
                force: *force,
            };
            writing::pdf(&request, catalogue)
        }
    };
    let (message, code) = match result {
        Ok(text) => match out.write_all(text.as_bytes()) {
            Ok(()) => return ExitCode::SUCCESS,
            // A closed pipe (`| head`) is not an error worth a message.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return ExitCode::SUCCESS,
            Err(e) => (e.to_string(), BAD_PLAN),
        },
        Err(Failure::Usage(message)) => (message, USAGE),
        Err(Failure::Failed(message)) => (message, BAD_PLAN),
        Err(Failure::NothingFits(message)) => (message, NOTHING_FITS),
    };
    // A path or a name as typed may hold what a terminal would obey: shown, line by line.
    let lines: Vec<String> = message.split('\n').map(rules::escape_hidden).collect();
    eprintln!("socialplan: {}", lines.join("\n"));
    ExitCode::from(code)
}

/// The plan, with the scenario asked for made the current one.
fn load(arg: &PlanArg, catalogue: &Catalogue) -> Result<Plan, Failure> {
    load_file(arg, catalogue).map(|loaded| loaded.plan)
}

fn load_file(arg: &PlanArg, catalogue: &Catalogue) -> Result<storage::Loaded, Failure> {
    let mut loaded = storage::load_file(&arg.plan, catalogue).map_err(|e: LoadError| e.to_string())?;
    if let Some(name) = &arg.scenario {
        select(&mut loaded.plan, arg, name)?;
    }
    Ok(loaded)
}

/// `--scenario NAME`: a usage error when the plan has none of that name (capitals, spaces and
/// how accents are written aside), told with what was typed shown, never obeyed.
fn select(plan: &mut Plan, arg: &PlanArg, name: &str) -> Result<(), Failure> {
    plan.select_scenario(name).map_err(|why| {
        let why = match why {
            crate::model::Broken::UnknownScenario { name, known } => {
                crate::model::Broken::UnknownScenario { name: rules::escape_hidden(&name), known }
            }
            other => other,
        };
        Failure::Usage(format!("{}: --scenario: {why}", arg.plan.display()))
    })
}

fn check(arg: &PlanArg, catalogue: &Catalogue) -> Result<String, Failure> {
    let loaded = load_file(arg, catalogue)?;
    let plan = &loaded.plan;
    let mut out = format!(
        "ok: {}: \"{}\", {} product(s), {} goal(s), {} scenario(s), {} chosen platform(s) in \"{}\", {} custom platform(s)\n",
        arg.plan.display(),
        plan.business.name,
        plan.products.len(),
        plan.audience.goals.len(),
        plan.scenarios.len(),
        plan.current_choices().len(),
        plan.current().map_or("", |s| s.name.as_str()),
        plan.custom_platforms.len()
    );
    if loaded.migrated() {
        out += &format!(
            "note: the file is plan format {}; it opens as format {} and will be saved as format {} (the .bak keeps the old file)\n",
            loaded.file_format, FORMAT_VERSION, FORMAT_VERSION
        );
        for moved in &loaded.migrations {
            out += &format!("note: {}\n", moved.words(plan.language));
        }
    }
    Ok(out)
}

fn cost_table(plan: &Plan, catalogue: &Catalogue) -> String {
    // The summary's own time section, so the terminal and the printed plan agree.
    let summary = report::summarize(plan, catalogue);
    let title = format!("{} — {}", summary.business_name, summary.words.time);
    let mut out =
        format!("{title}\n{}\n\n{}", "=".repeat(title.chars().count()), report::time_text(&summary));
    if let Some(shared) = analysis::cost(plan, catalogue).sharing.describe(catalogue, plan.language) {
        out += &format!("\n{shared}.\n");
    }
    out
}
